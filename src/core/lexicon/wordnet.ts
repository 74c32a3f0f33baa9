// How WordNet relates two words: the lemma-level view of its synsets that the support model asks
// about. The table comes from scripts/gen-lexicon.ts; see packed.ts for its encoding.
import { baseForms } from './morphy.js';
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
// Callers ask about the same few thousand words again and again; past this many the cache is
// dropped rather than kept in order, which is cheaper than an LRU and just as good here.
const CACHE_LIMIT = 100_000;

export class WordNet {
  readonly source: string;
  private readonly lemmaList: readonly string[];
  private readonly lemmaIds: Map<string, number>;
  private readonly posBits: Uint8Array;
  private readonly members: Rows;
  private readonly synsetsOf: Rows;
  private readonly broader: Rows;
  private readonly similar: Rows;
  private readonly derived: Rows;
  private readonly antonyms: Rows;
  private readonly exceptions: Map<string, readonly string[]>;
  private readonly cache = new Map<string, readonly number[]>();
  private readonly lemmaCache = new Map<string, readonly string[]>();
  /** Per synset, the synsets one or two hyponym steps below it (`broader` the other way), made when first needed. */
  private narrowerRows?: Rows;

  constructor(table: WordNetTable) {
    this.source = table.source;
    this.lemmaList = table.lemmas.split('\n');
    this.lemmaIds = new Map();
    this.lemmaList.forEach((w, i) => this.lemmaIds.set(w, i));
    this.posBits = new Uint8Array(this.lemmaList.length);
    for (let i = 0; i < this.posBits.length; i++) this.posBits[i] = parseInt(table.partsOfSpeech[i]!, 16);
    this.members = unpackRows(table.synsets);
    this.synsetsOf = invertRows(this.members, this.lemmaList.length);
    this.broader = unpackRows(table.broader);
    this.similar = unpackRows(table.similar);
    this.derived = unpackRows(table.derived);
    this.antonyms = unpackRows(table.antonyms);
    this.exceptions = new Map();
    for (const line of table.exceptions.split('\n')) {
      const [form, ...bases] = line.split(' ');
      if (form) this.exceptions.set(form, bases);
    }
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

  /** How WordNet relates b to a, after taking both to their lemmas; undefined when it does not. */
  relation(a: string, b: string): Relation | undefined {
    if (a === b) return 'same';
    const as = this.ids(a);
    const bs = this.ids(b);
    if (as.length === 0 || bs.length === 0) return undefined;
    for (const x of as) if (bs.includes(x)) return 'same';
    if (this.shareSynset(as, bs)) return 'synonym';
    for (const x of as) for (const y of bs) if (rowHas(this.derived, x, y)) return 'derivation';
    if (this.reaches(as, bs, this.broader)) return 'broader';
    if (this.reaches(bs, as, this.broader)) return 'narrower';
    if (this.reaches(as, bs, this.similar)) return 'similar';
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
    const { members, synsetsOf, derived } = this;
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
        if (anyMember(this.broader, s) || anyMember(this.narrower(), s) || anyMember(this.similar, s)) return true;
      }
    }
    return false;
  }

  private narrower(): Rows {
    return (this.narrowerRows ??= invertRows(this.broader, rowCount(this.members)));
  }

  /**
   * Whether WordNet lists the words as antonyms, after taking both to their lemmas and each one
   * derivation step further ("increasing" -> "increase", opposite "decrease").
   */
  areOpposites(a: string, b: string): boolean {
    if (a === b) return false;
    const as = this.ids(a);
    const bs = this.ids(b);
    if (as.length === 0 || bs.length === 0) return false;
    for (const x of as) if (bs.includes(x)) return false;
    // Lemmas can meet in a synset that the antonym pointer did not come from ("passing" and
    // "running" are opposite adjectives, "pass" and "run" synonyms): never both.
    if (this.shareSynset(as, bs)) return false;
    const wider = (ids: readonly number[]): number[] => {
      const all = [...ids];
      for (const x of ids) for (let i = this.derived.offsets[x]!; i < this.derived.offsets[x + 1]!; i++) all.push(this.derived.values[i]!);
      return all;
    };
    const xs = wider(as);
    const ys = wider(bs);
    for (const x of xs) for (const y of ys) if (rowHas(this.antonyms, x, y)) return true;
    return false;
  }

  private shareSynset(as: readonly number[], bs: readonly number[]): boolean {
    const { members, synsetsOf } = this;
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
    const { members, synsetsOf } = this;
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
