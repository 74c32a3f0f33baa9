// How WordNet relates two words: the lemma-level view of its synsets that the support model asks
// about. The table comes from scripts/gen-lexicon.ts; see packed.ts for its encoding.
import { baseForms, nounForm } from './morphy.js';
import { invertRows, rowCount, rowHas, unpackRows, type Rows } from './packed.js';

/** The JSON shape of data/wordnet.json. Every string but `source` is newline-joined or packed. */
export interface WordNetTable {
  source: string;
  /** Plain-word lemmas, sorted; a lemma's id is its line number. */
  lemmas: string;
  /** Per lemma, one hex digit of part-of-speech bits (see POS_BITS). */
  partsOfSpeech: string;
  /** Per synset, its member lemma ids. */
  synsets: string;
  /** Per synset, the synsets one or two hypernym steps above it. */
  broader: string;
  /** Per adjective synset, its similar-to synsets. */
  similar: string;
  /** Per lemma, lemmas derivationally related to it or pertaining to it, both ways. */
  derived: string;
  /** Per lemma, its antonyms, both ways. */
  antonyms: string;
  /** Lines "form base base...": irregular forms and their lemmas. */
  exceptions: string;
}

/** How word b stands to word a. `broader`: b is a hypernym of a ("poodle" -> "dog"). */
export type Relation = 'same' | 'synonym' | 'derivation' | 'broader' | 'narrower' | 'similar';

/** Words read once to be related to many others: see `WordNet.wordSet` and `relatesToAny`. */
export interface WordSet {
  readonly words: ReadonlySet<string>;
  /** The lemma ids of the words. */
  readonly ids: ReadonlySet<number>;
}

const NONE: readonly number[] = [];

/** A value made when first read. */
class Lazy<T> {
  private made?: T;

  constructor(private readonly make: () => T) {}

  get value(): T {
    return (this.made ??= this.make());
  }

  get ready(): boolean {
    return this.made !== undefined;
  }
}

/** The value of each hexadecimal digit, by character code (the part-of-speech bits). */
const HEX_DIGIT = new Uint8Array(128);
for (let i = 0; i < 16; i++) HEX_DIGIT['0123456789abcdef'.charCodeAt(i)] = i;
// Callers ask about the same few thousand words again and again; past this many the cache is
// dropped rather than kept in order, which is cheaper than an LRU and just as good here.
const CACHE_LIMIT = 100_000;

export class WordNet {
  readonly source: string;
  private readonly lemmaList: readonly string[];
  private readonly lemmaIds: Map<string, number>;
  private readonly posBits: Uint8Array;
  private readonly exceptions: Map<string, readonly string[]>;
  private readonly cache = new Map<string, readonly number[]>();
  private readonly lemmaCache = new Map<string, readonly string[]>();
  // The relations are decoded when first asked about, each on its own: a first check asks for
  // lemmas long before it relates two words, and some checks never ask for antonyms.
  private readonly members: Lazy<Rows>;
  /** Per lemma, the synsets it is a member of. */
  private readonly synsetsOf: Lazy<Rows>;
  private readonly broader: Lazy<Rows>;
  /** Per synset, the synsets one or two hyponym steps below it (`broader` the other way). */
  private readonly narrower: Lazy<Rows>;
  private readonly similar: Lazy<Rows>;
  private readonly derived: Lazy<Rows>;
  private readonly antonyms: Lazy<Rows>;
  /** The relations in the order a check first needs them, for `decodeStep`. */
  private readonly relations: readonly Lazy<Rows>[];

  constructor(table: WordNetTable) {
    this.source = table.source;
    this.lemmaList = table.lemmas.split('\n');
    this.lemmaIds = new Map();
    this.lemmaList.forEach((w, i) => this.lemmaIds.set(w, i));
    this.posBits = new Uint8Array(this.lemmaList.length);
    for (let i = 0; i < this.posBits.length; i++) this.posBits[i] = HEX_DIGIT[table.partsOfSpeech.charCodeAt(i)]!;
    this.exceptions = new Map();
    for (const line of table.exceptions.split('\n')) {
      const [form, ...bases] = line.split(' ');
      if (form) this.exceptions.set(form, bases);
    }
    this.members = new Lazy(() => unpackRows(table.synsets));
    this.synsetsOf = new Lazy(() => invertRows(this.members.value, this.lemmaList.length));
    this.derived = new Lazy(() => unpackRows(table.derived));
    this.broader = new Lazy(() => unpackRows(table.broader));
    this.narrower = new Lazy(() => invertRows(this.broader.value, rowCount(this.members.value)));
    this.similar = new Lazy(() => unpackRows(table.similar));
    this.antonyms = new Lazy(() => unpackRows(table.antonyms));
    this.relations = [this.members, this.synsetsOf, this.derived, this.broader, this.narrower, this.similar, this.antonyms];
  }

  /**
   * Decodes one relation not decoded yet, and says whether any is left: lets a host decode them
   * while it is idle, in steps short enough not to keep it from other work.
   */
  decodeStep(): boolean {
    void this.relations.find((relation) => !relation.ready)?.value;
    return this.relations.some((relation) => !relation.ready);
  }

  /** Base forms of a lower-case word, the word itself first when it is a lemma. Shared: read it, never change it. */
  lemmas(word: string): readonly string[] {
    let lemmas = this.lemmaCache.get(word);
    if (!lemmas) {
      lemmas = this.ids(word).map((i) => this.lemmaList[i]!);
      if (this.lemmaCache.size >= CACHE_LIMIT) this.lemmaCache.clear();
      this.lemmaCache.set(word, lemmas);
    }
    return lemmas;
  }

  /** Whether a lower-case word is a noun or a noun's plural ("drivers"; not "responded"). */
  isNoun(word: string): boolean {
    return nounForm(word, (w) => {
      const id = this.lemmaIds.get(w);
      return id === undefined ? 0 : this.posBits[id]!;
    }, (w) => this.exceptions.get(w));
  }

  /** How WordNet relates b to a, after taking both to their lemmas; undefined when it does not. */
  relation(a: string, b: string): Relation | undefined {
    if (a === b) return 'same';
    const as = this.ids(a);
    const bs = this.ids(b);
    if (as.length === 0 || bs.length === 0) return undefined;
    for (const x of as) if (bs.includes(x)) return 'same';
    if (this.shareSynset(as, bs)) return 'synonym';
    for (const x of as) for (const y of bs) if (rowHas(this.derived.value, x, y)) return 'derivation';
    if (this.reaches(as, bs, this.broader.value)) return 'broader';
    if (this.reaches(bs, as, this.broader.value)) return 'narrower';
    if (this.reaches(as, bs, this.similar.value)) return 'similar';
    return undefined;
  }

  /** Words to ask `relatesToAny` about. */
  wordSet(words: Iterable<string>): WordSet {
    const set = new Set(words);
    const ids = new Set<number>();
    for (const w of set) for (const id of this.ids(w)) ids.add(id);
    return { words: set, ids };
  }

  /**
   * Whether `relation(a, b)` holds for some word b of the set: a walk of a's neighbours (its
   * lemmas' synsets, derived forms, broader, narrower and similar synsets) looked up among the
   * set's lemmas, rather than a walk per word of the set.
   */
  relatesToAny(a: string, set: WordSet): boolean {
    if (set.words.has(a)) return true;
    const as = this.ids(a);
    if (as.length === 0 || set.ids.size === 0) return false;
    const ids = set.ids;
    const members = this.members.value;
    const synsetsOf = this.synsetsOf.value;
    const derived = this.derived.value;
    const anyMember = (rows: Rows, r: number): boolean => {
      for (let k = rows.offsets[r]!; k < rows.offsets[r + 1]!; k++) {
        const t = rows.values[k]!;
        for (let m = members.offsets[t]!; m < members.offsets[t + 1]!; m++) if (ids.has(members.values[m]!)) return true;
      }
      return false;
    };
    for (const x of as) {
      if (ids.has(x)) return true;
      for (let k = derived.offsets[x]!; k < derived.offsets[x + 1]!; k++) if (ids.has(derived.values[k]!)) return true;
      for (let i = synsetsOf.offsets[x]!; i < synsetsOf.offsets[x + 1]!; i++) {
        const s = synsetsOf.values[i]!;
        for (let m = members.offsets[s]!; m < members.offsets[s + 1]!; m++) if (ids.has(members.values[m]!)) return true;
        if (anyMember(this.broader.value, s) || anyMember(this.narrower.value, s) || anyMember(this.similar.value, s)) return true;
      }
    }
    return false;
  }

  /**
   * Whether WordNet lists the words as antonyms, after taking both to their lemmas and each one
   * derivation step further ("increasing" -> "increase", opposite "decrease").
   */
  /**
   * Whether WordNet gives the word, its lemmas or the words derived from them any antonym: most
   * words have none, and need not be paired with every word of another text.
   */
  hasOpposite(word: string): boolean {
    const derived = this.derived.value;
    const antonyms = this.antonyms.value;
    const has = (x: number): boolean => antonyms.offsets[x + 1]! > antonyms.offsets[x]!;
    for (const x of this.ids(word)) {
      if (has(x)) return true;
      for (let i = derived.offsets[x]!; i < derived.offsets[x + 1]!; i++) if (has(derived.values[i]!)) return true;
    }
    return false;
  }

  areOpposites(a: string, b: string): boolean {
    if (a === b) return false;
    const as = this.ids(a);
    const bs = this.ids(b);
    if (as.length === 0 || bs.length === 0) return false;
    for (const x of as) if (bs.includes(x)) return false;
    // Lemmas can meet in a synset that the antonym pointer did not come from ("passing" and
    // "running" are opposite adjectives, "pass" and "run" synonyms): never both.
    if (this.shareSynset(as, bs)) return false;
    const derived = this.derived.value;
    const wider = (ids: readonly number[]): number[] => {
      const all = [...ids];
      for (const x of ids) for (let i = derived.offsets[x]!; i < derived.offsets[x + 1]!; i++) all.push(derived.values[i]!);
      return all;
    };
    const xs = wider(as);
    const ys = wider(bs);
    // A word and one derived from it are no opposites, though a third derived word has an
    // antonym ("employ" gives "employer", whose antonym is "employee").
    if (xs.some((x) => bs.includes(x)) || ys.some((y) => as.includes(y))) return false;
    for (const x of xs) for (const y of ys) if (rowHas(this.antonyms.value, x, y)) return true;
    return false;
  }

  private shareSynset(as: readonly number[], bs: readonly number[]): boolean {
    const members = this.members.value;
    const synsetsOf = this.synsetsOf.value;
    for (const x of as) {
      for (let i = synsetsOf.offsets[x]!; i < synsetsOf.offsets[x + 1]!; i++) {
        const s = synsetsOf.values[i]!;
        for (const y of bs) if (rowHas(members, s, y)) return true;
      }
    }
    return false;
  }

  /** Whether a synset of some `from` lemma has, through `edges`, a synset holding some `to` lemma. */
  private reaches(from: readonly number[], to: readonly number[], edges: Rows): boolean {
    const members = this.members.value;
    const synsetsOf = this.synsetsOf.value;
    for (const x of from) {
      for (let i = synsetsOf.offsets[x]!; i < synsetsOf.offsets[x + 1]!; i++) {
        const s = synsetsOf.values[i]!;
        for (let j = edges.offsets[s]!; j < edges.offsets[s + 1]!; j++) {
          const t = edges.values[j]!;
          for (const y of to) if (rowHas(members, t, y)) return true;
        }
      }
    }
    return false;
  }

  private ids(word: string): readonly number[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const forms = baseForms(
      word,
      (w) => {
        const id = this.lemmaIds.get(w);
        return id === undefined ? 0 : this.posBits[id]!;
      },
      (w) => this.exceptions.get(w),
    );
    const ids = forms.length === 0 ? NONE : forms.map((w) => this.lemmaIds.get(w)!);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, ids);
    return ids;
  }
}
