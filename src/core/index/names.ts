import {
  NOT_NAMES, ORGANISATION_NAMES, ORGANISATION_WORDS, PLACES, REGION_DEMONYMS, ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS,
  WORK_NOUNS, WORK_WORDS,
} from './gazetteer.js';
import type { EntityKind, Span } from '../model.js';
import { isRegion, lemmas, placeKey } from '../lexicon/index.js';

/** A capitalised name found in a sentence, classified by the words in and around it. */
export interface NameCandidate extends Span {
  /** The name without its title: `Guo Jiakun`. */
  name: string;
  kind: Exclude<EntityKind, 'number' | 'date'> | 'unknown';
  /** False when the kind is a guess from the shape of the name alone. */
  certain: boolean;
  /** The title written before the name or in an appositive: `Foreign Ministry Spokesperson`. */
  role?: string;
  /** The whole capitalised run, title included. */
  full: string;
}

/** Capitalised abbreviations that are common nouns, not names. */
const IGNORED_ACRONYMS = new Set(['AI', 'PM', 'AM', 'GDP', 'TV', 'CEO', 'IT', 'OK', 'PhD', 'DNA', 'COVID', 'ID']);

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'da', 'di', 'von', 'van', 'bin', 'al', 'le', 'la', 'du', '&']);
// Hyphens split words, so "China-dominated" and "US-led" still yield "China" and "US".
const WORD = /[\p{Lu}\p{Lt}][\p{L}\p{N}'’.]*|[\p{Ll}][\p{L}]*|\d[\p{L}\p{N}]*|&/gu;
const SPEECH_AFTER = new RegExp(`^\\s*(?:${SPEECH_VERBS})\\b`, 'i');
// "Pell, 64, conceded": an age between commas after a name is a person's.
const AGE_AFTER = /^,[ \t]*(?:aged[ \t]+)?\d{1,3},/;

export interface Word extends Span {
  text: string;
  capital: boolean;
}

export function wordsOf(text: string): Word[] {
  const scan = takeScan(text);
  try {
    return scan.words(0, scan.count);
  } finally {
    releaseScan(scan);
  }
}

/**
 * The words of a sentence as `wordsOf` finds them, as offsets and flags in typed arrays: reading
 * names, the index meets every word of every source, and most are lower-case words that only end
 * a run of capitalised ones. A `Word` is made only for the words a name is read from.
 */
class WordScan {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  capitals = new Uint8Array(64);
  text = '';

  scan(text: string): void {
    this.text = text;
    this.count = 0;
    // Letters outside the BMP are rare in news: the regular expression handles them exactly.
    if (SURROGATE.test(text)) {
      for (const w of wordsOfByPattern(text)) this.push(w.start, w.end, w.capital);
      return;
    }
    const length = text.length;
    let i = 0;
    while (i < length) {
      const start = i;
      const k = classOf(text.charCodeAt(i));
      // The alternatives of WORD, in its order: capitalised, lower-case, digit-led, ampersand.
      if (k & UPPER) {
        i++;
        while (i < length && classOf(text.charCodeAt(i)) & (LETTER | NUMBER | NAME_PUNCT)) i++;
      } else if (k & LOWER) {
        i++;
        while (i < length && classOf(text.charCodeAt(i)) & LETTER) i++;
      } else if (k & DIGIT) {
        i++;
        while (i < length && classOf(text.charCodeAt(i)) & (LETTER | NUMBER)) i++;
      } else if (k & AMPERSAND) {
        i++;
      } else {
        i++;
        continue;
      }
      const end = trimmedEnd(text, start, i);
      if (end === start) continue;
      const first = classOf(text.charCodeAt(start));
      const capital = (first & UPPER) !== 0 || ((first & DIGIT) !== 0 && /\p{Lu}/u.test(text.slice(start, end)));
      // "Okafor-Lund": the second half of a hyphenated surname extends the word before it.
      const last = this.count - 1;
      if (capital && last >= 0 && this.capitals[last] === 1 && hyphenatedName(text, this.starts[last]!, this.ends[last]!, start, end)) this.ends[last] = end;
      else this.push(start, end, capital);
    }
  }

  /** The words `from` (included) to `to` (excluded) as `Word`s. */
  words(from: number, to: number): Word[] {
    const out: Word[] = [];
    for (let k = from; k < to; k++) out.push(this.word(k));
    return out;
  }

  word(k: number): Word {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    return { text: this.text.slice(start, end), start, end, capital: this.capitals[k] === 1 };
  }

  private push(start: number, end: number, capital: boolean): void {
    if (this.count === this.starts.length) {
      const size = 2 * this.count;
      const starts = new Int32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.ends = ends;
      const capitals = new Uint8Array(size);
      capitals.set(this.capitals);
      this.capitals = capitals;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.capitals[this.count++] = capital ? 1 : 0;
  }
}

// Scans free for use: one is taken per sentence read (a pool rather than one, should a caller
// ever read a sentence while reading another).
const freeScans: WordScan[] = [];

function takeScan(text: string): WordScan {
  const scan = freeScans.pop() ?? new WordScan();
  scan.scan(text);
  return scan;
}

function releaseScan(scan: WordScan): void {
  scan.text = '';
  freeScans.push(scan);
}

/** Where `trimWord` would end the word `text[start, end)`: without a possessive, nor a final dot but of initials. */
function trimmedEnd(text: string, start: number, end: number): number {
  let to = end;
  let trimmed = false;
  const last = text.charCodeAt(to - 1);
  if (last === 0x27 || last === 0x2019) {
    to--;
    trimmed = true;
  } else if (last === 0x73 /* s */ && end - start >= 2 && (text.charCodeAt(to - 2) === 0x27 || text.charCodeAt(to - 2) === 0x2019)) {
    to -= 2;
    trimmed = true;
  }
  if (to > start && text.charCodeAt(to - 1) === 0x2e && (trimmed || !initials(text, start, end))) to--;
  return to;
}

/** Whether `text[start, end)` is initials, `/^(?:[A-Z]\.)+$/`. */
function initials(text: string, start: number, end: number): boolean {
  if (end - start < 2 || (end - start) % 2 !== 0) return false;
  for (let k = start; k < end; k += 2) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90 || text.charCodeAt(k + 1) !== 0x2e) return false;
  }
  return true;
}

/** What `wordsOf` finds, by the regular expression it stands for (exported for the tests). */
export function wordsOfByPattern(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const word = trimWord(m[0]);
    if (!word) continue;
    const capital = /^[\p{Lu}\p{Lt}]/u.test(word) || /^\d/.test(word) && /\p{Lu}/u.test(word);
    const last = out[out.length - 1];
    if (capital && last?.capital && hyphenatedName(text, last.start, last.end, m.index, m.index + word.length)) {
      last.end = m.index + word.length;
      last.text = text.slice(last.start, last.end);
    } else out.push({ text: word, start: m.index, end: m.index + word.length, capital });
  }
  return out;
}

/**
 * Two capitalised words joined by a hyphen that make one name ("Okafor-Lund", "Rolls-Royce"),
 * not two names side by side ("US-China talks", "the Trump-Xi summit" of two places or people
 * the gazetteer knows, "Paris-based" whose second half is in lower case).
 */
function hyphenatedName(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  // (A name of many hyphens is no surname: a hostile run of them is joined no further.)
  if (bStart !== aEnd + 1 || text.charCodeAt(aEnd) !== 0x2d || bEnd - bStart < 2 || aEnd - aStart < 2 || aEnd - aStart > LONGEST_HYPHENATED) return false;
  // The part after the word's own hyphen, if it has one: "Lund" of "Okafor-Lund".
  const a = text.slice(Math.max(aStart, text.lastIndexOf('-', aEnd - 1) + 1), aEnd);
  const b = text.slice(bStart, bEnd);
  // Initials and acronyms ("US-led", "UK-EU") are names of their own.
  if (/^\p{Lu}+$/u.test(a) || /^\p{Lu}+$/u.test(b)) return false;
  // "the Trump-Xi summit", "the Harris-Walz ticket": two people's meeting or pairing.
  if (PAIRED_AFTER.test(text.slice(bEnd, bEnd + 24))) return false;
  return placeKey(a) === undefined && placeKey(b) === undefined && !isRegion(a) && !isRegion(b);
}

const LONGEST_HYPHENATED = 48;
const PAIRED_AFTER = /^\s+(?:summit|talks|meeting|meetings|call|deal|pact|accord|agreement|era|years|administration|government|coalition|relationship|relations|rivalry|ticket|race|match|fight|bout|debate|alliance|partnership|merger|axis|rift|feud|clash|trade|war|border|line|duo|pairing|partnership|combination)\b/i;

/** "US'" / "China's": the possessive is not part of the name; nor is a final dot, but in "U.S.". */
function trimWord(match: string): string {
  let word = match;
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x27 || last === 0x2019) word = word.slice(0, -1);
  else if (last === 0x73 /* s */ && word.length >= 2 && (word.charCodeAt(word.length - 2) === 0x27 || word.charCodeAt(word.length - 2) === 0x2019)) word = word.slice(0, -2);
  if (word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(match)) word = word.slice(0, -1);
  return word;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const KNOWN = 1;
const UPPER = 2; // Lu, Lt
const LOWER = 4; // Ll
const LETTER = 8; // L
const NUMBER = 16; // N
const DIGIT = 32; // 0-9
const NAME_PUNCT = 64; // ' ’ .
const AMPERSAND = 128;
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (/[\p{Lu}\p{Lt}]/u.test(ch)) k |= UPPER;
    if (/\p{Ll}/u.test(ch)) k |= LOWER;
    if (/\p{L}/u.test(ch)) k |= LETTER;
    if (/\p{N}/u.test(ch)) k |= NUMBER;
    if (c >= 48 && c <= 57) k |= DIGIT;
    if (c === 0x27 || c === 0x2019 || c === 0x2e) k |= NAME_PUNCT;
    if (c === 0x26) k |= AMPERSAND;
    classes[c] = k;
  }
  return k;
}

/** True when only spaces (no punctuation) separate two words. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

// "Pax Silica initiative": a name followed by one of the work nouns.
const WORK_NOUN_AFTER = new RegExp(`^\\s+(?:${[...WORK_NOUNS].join('|')})\\b`, 'i');

// A word of a person's name: "Halvorsen", and double-barrelled or with an apostrophe,
// "Wójcik-Harding", "O'Brien".
const PERSON_WORD = /^(?:\p{Lu}\p{Ll}*[-'’])*\p{Lu}[\p{Ll}'’-]+$/u;

// The last word of a name counted off, one of a series ("Division Two", "Stage Four").
const COUNTED_OFF = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

function classify(tokens: string[], after: string): NameCandidate['kind'] {
  const name = tokens.join(' ');
  const last = tokens[tokens.length - 1]!;
  // The hand list, then the subdivisions of the lexicon's generated place table ("Nevada").
  if (PLACES.has(name) || remembered(regions, name, isRegion)) return 'place';
  if (ORGANISATION_NAMES.has(name)) return 'organisation';
  if (WORK_WORDS.has(last)) return 'work';
  if (tokens.some((t) => ORGANISATION_WORDS.has(t))) return 'organisation';
  if (WORK_NOUN_AFTER.test(after) && !PLACES.has(name)) return 'work';
  if (/^(?:Island|Islands|River|Mountains?|Mount|Lake|Sea|Ocean|Province|State|County|Ridge|Valley|Bay|Strait|Peninsula|Desert|City|Street|Avenue|Road|Lane|Boulevard|Square|Highway|Plaza|Drive)$/.test(last) || tokens[0] === 'Mount') return 'place';
  if (tokens.length === 1 && /^[A-Z0-9]{2,6}$/.test(name)) return 'organisation';
  // "Division Two", "League One", "Channel Four": a name counted off, no person's.
  if (tokens.every((t) => PERSON_WORD.test(t)) && tokens.length >= 2 && tokens.length <= 4 && !COUNTED_OFF.test(last)) return 'person';
  return 'unknown';
}

// Whether a name is a region, and a word a country's name or demonym, as the lexicon's tables say:
// remembered, as every candidate name asks and names repeat (the tables' lookups fold case,
// accents and spaces first, most of the cost of reading a name).
const regions = new Map<string, boolean>();
const countries = new Map<string, boolean>();
const namesCountry = (word: string): boolean => placeKey(word) !== undefined;

function remembered(memory: Map<string, boolean>, value: string, test: (value: string) => boolean): boolean {
  let known = memory.get(value);
  if (known === undefined) {
    if (memory.size >= 100_000) memory.clear();
    memory.set(value, (known = test(value)));
  }
  return known;
}

/** A word without its final dot, if it has one (`/\.$/` replaced by nothing). */
function withoutFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word;
}

// A statement's names are asked for by several checks in turn, and a source sentence's by its
// corpus's entities and by the checker's passage profile: the names of the last few hundred
// sentences are remembered (dropped all at once when full, which is cheaper than an LRU), unless
// long: the memory stays small.
const RECENT_SENTENCES = 512;
const REMEMBERED_CHARS = 2000;
const recentNames = new Map<string, NameCandidate[]>();

/**
 * Capitalised names in one sentence (offsets relative to `sentence`). Titles before a name
 * become its role ("Deputy Secretary of State Christopher Landau"), and so do appositives
 * ("Zhou Mi, a senior researcher at ..., told"). The list and its names are shared between
 * callers: read them, never change them.
 */
export function findNames(sentence: string): NameCandidate[] {
  if (sentence.length > REMEMBERED_CHARS) return namesIn(sentence);
  let names = recentNames.get(sentence);
  if (names === undefined) {
    if (recentNames.size >= RECENT_SENTENCES) recentNames.clear();
    recentNames.set(sentence, (names = namesIn(sentence)));
  }
  return names;
}

/** What `findNames` finds, read afresh, not remembered (a fresh list, the caller's own). */
export function namesOfSentence(sentence: string): NameCandidate[] {
  return namesIn(sentence);
}

/** The person a text names last ("Guo Jiakun spoke on Friday." -> "Guo Jiakun"): whom a "he" or "she" after it means. */
export function lastPerson(text: string): string | undefined {
  const people = findNames(text).filter((n) => n.kind === 'person');
  return people[people.length - 1]?.name;
}

function namesIn(sentence: string): NameCandidate[] {
  const scan = takeScan(sentence);
  try {
    const { count, starts, ends, capitals } = scan;
    const out: NameCandidate[] = [];
    let i = 0;
    while (i < count) {
      if (!capitals[i]) {
        i++;
        continue;
      }
      // Extend the run over capitalised words and connectors between capitalised words.
      let j = i;
      while (j + 1 < count && spacesBetween(sentence, ends[j]!, starts[j + 1]!)) {
        if (capitals[j + 1]) {
          j++;
          continue;
        }
        if (j + 2 < count && capitals[j + 2] && CONNECTORS.has(sentence.slice(starts[j + 1]!, ends[j + 1]!)) && spacesBetween(sentence, ends[j + 1]!, starts[j + 2]!)) {
          j += 2;
          continue;
        }
        break;
      }
      let run = scan.words(i, j + 1);
      const last = listedEnd(sentence, scan, run, j);
      if (last !== j) run = scan.words(i, last + 1);
      i = last + 1;
      for (const part of splitRun(run)) {
        for (const piece of withoutAffiliation(part)) {
          const candidate = candidateOf(sentence, piece);
          if (candidate) out.push(candidate);
        }
      }
    }
    return out;
  } finally {
    releaseScan(scan);
  }
}

/** Whether only spaces and tabs, one or more, lie between two offsets (`adjacent`). */
function spacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * "Ministry of Trade, Industry and Resources", "Department of Agriculture, Fisheries and Forestry":
 * an organisation's name may end in a list of single capitalised words. The run (the scan's words
 * up to `last`) stopped at the list's first comma; the index of the list's last word when it is
 * one, else `last`.
 */
function listedEnd(sentence: string, scan: WordScan, run: Word[], last: number): number {
  const head = run.findIndex((w, k) => ORGANISATION_WORDS.has(w.text) && (run[k + 1]?.text === 'of' || run[k + 1]?.text === 'for'));
  // The list must follow the head's "of X" directly: "Ministry of Trade, Industry and Resources".
  if (head < 0 || head + 2 !== run.length - 1) return last;
  const lastEnd = scan.ends[last]!;
  const list = LISTED_TAIL.exec(sentence.slice(lastEnd));
  if (!list) return last;
  const end = lastEnd + list[0].length;
  let k = last;
  while (k + 1 < scan.count && scan.ends[k + 1]! <= end) k++;
  // Common nouns only ("Industry", "Fisheries"): "the Ministry of Finance, Samsung and Japan" lists three names.
  const listed = scan.words(last + 1, k + 1).filter((w) => w.text !== 'and' && w.text !== '&');
  if (!listed.every((w) => lemmas(w.text.toLowerCase()).length > 0 && !PLACES.has(w.text) && !ORGANISATION_NAMES.has(w.text))) return last;
  return k;
}

/**
 * What `findNames` finds, from the `Word`s of the regular expression (exported for the tests):
 * the reading `namesIn` does on offsets.
 */
export function findNamesByPattern(sentence: string): NameCandidate[] {
  const words = wordsOfByPattern(sentence);
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    if (!first.capital) {
      i++;
      continue;
    }
    // Extend the run over capitalised words and connectors between capitalised words.
    let j = i;
    while (j + 1 < words.length && adjacent(sentence, words[j]!, words[j + 1]!)) {
      const next = words[j + 1]!;
      if (next.capital) {
        j++;
        continue;
      }
      if (CONNECTORS.has(next.text) && j + 2 < words.length && words[j + 2]!.capital && adjacent(sentence, next, words[j + 2]!)) {
        j += 2;
        continue;
      }
      break;
    }
    j = listedEndOfWords(sentence, words, i, j);
    const run = words.slice(i, j + 1);
    i = j + 1;
    for (const part of splitRun(run)) {
      for (const piece of withoutAffiliation(part)) {
        const candidate = candidateOf(sentence, piece);
        if (candidate) out.push(candidate);
      }
    }
  }
  return out;
}

/**
 * "Ministry of Trade, Industry and Resources", "Department of Agriculture, Fisheries and Forestry":
 * an organisation's name may end in a list of single capitalised words. The run `first..last`
 * stopped at the list's first comma; the index of the list's last word when it is one, else `last`.
 */
function listedEndOfWords(sentence: string, words: Word[], first: number, last: number): number {
  const run = words.slice(first, last + 1);
  const head = run.findIndex((w, k) => ORGANISATION_WORDS.has(w.text) && (run[k + 1]?.text === 'of' || run[k + 1]?.text === 'for'));
  // The list must follow the head's "of X" directly: "Ministry of Trade, Industry and Resources".
  if (head < 0 || head + 2 !== run.length - 1) return last;
  const list = LISTED_TAIL.exec(sentence.slice(words[last]!.end));
  if (!list) return last;
  const end = words[last]!.end + list[0].length;
  let k = last;
  while (k + 1 < words.length && words[k + 1]!.end <= end) k++;
  // Common nouns only ("Industry", "Fisheries"): "the Ministry of Finance, Samsung and Japan" lists three names.
  const listed = words.slice(last + 1, k + 1).filter((w) => w.text !== 'and' && w.text !== '&');
  if (!listed.every((w) => lemmas(w.text.toLowerCase()).length > 0 && !PLACES.has(w.text) && !ORGANISATION_NAMES.has(w.text))) return last;
  return k;
}

const LISTED_TAIL = /^(?:,\s[\p{Lu}][\p{Ll}]+)+,?\s(?:and|&)\s[\p{Lu}][\p{Ll}]+(?![\p{L}\p{N}])/u;

/** Lists joined by "and" are several names unless a name-word says it is one ("Belt and Road Initiative"). */
function splitRun(run: Word[]): Word[][] {
  const hasAnd = run.some((w) => w.text === 'and' || w.text === '&');
  if (!hasAnd) return [run];
  const lastWord = run[run.length - 1]!.text;
  if (ORGANISATION_WORDS.has(lastWord) || WORK_WORDS.has(lastWord) || run.some((w) => ORGANISATION_WORDS.has(w.text))) return [run];
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (const w of run) {
    if (w.text === 'and' || w.text === '&') {
      if (current.length) parts.push(current);
      current = [];
    } else current.push(w);
  }
  if (current.length) parts.push(current);
  return parts;
}

const FISCAL_PERIOD = /^(?:FY['’]?\d{2}(?:\d{2})?|(?:Q[1-4]|H[12])(?:['’]?\d{2}(?:\d{2})?)?)$/;

function candidateOf(sentence: string, run: Word[]): NameCandidate | undefined {
  let words = run;
  // Read only where it counts, below: most candidates never ask.
  const afterArticle = (): boolean => /\b(?:the|The)\s+$/.test(sentence.slice(Math.max(0, run[0]!.start - 5), run[0]!.start)) || run[0]!.text === 'The';
  // Drop leading words that are capitalised only because they start a sentence or a clause.
  while (
    words.length &&
    ((NOT_NAMES.has(words[0]!.text) && !ROLE_WORDS.has(words[0]!.text) && !formalDemonym(words)) ||
      CONNECTORS.has(words[0]!.text) ||
      (words[0]!.text === 'Under' && words[1]?.text !== 'Secretary') ||
      IGNORED_ACRONYMS.has(words[0]!.text) ||
      (words.length > 1 && !ORGANISATION_WORDS.has(words[words.length - 1]!.text) && openingGerund(sentence, words[0]!)))
  ) {
    words = words.slice(1);
  }
  if (words.length === 1 && /^[A-Z]{5,}$/.test(words[0]!.text) && !ORGANISATION_NAMES.has(words[0]!.text)) return undefined;
  // A fiscal period ("FY2026", "Q3", "H1", "FY25") is a time, not a name.
  if (words.length === 1 && FISCAL_PERIOD.test(words[0]!.text)) return undefined;
  while (words.length && CONNECTORS.has(words[words.length - 1]!.text)) words = words.slice(0, -1);
  if (!words.length) return undefined;
  // Split a title off the front: the name is what follows the last title word.
  let role: string | undefined;
  let lastTitle = -1;
  for (let k = 0; k < words.length; k++) if (TITLE_WORDS.has(withoutFinalDot(words[k]!.text))) lastTitle = k;
  let nameWords = words;
  if (lastTitle >= 0 && lastTitle < words.length - 1) {
    const rest = words.slice(lastTitle + 1);
    const tail = rest.filter((w) => !CONNECTORS.has(w.text));
    const nameLength = rest[0] && CONNECTORS.has(rest[0].text) ? Math.min(2, tail.length) : Math.min(3, tail.length);
    nameWords = rest.slice(rest.length - nameLength);
    const roleWords = words.slice(0, words.length - nameLength);
    role = sentence.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end);
  } else if (lastTitle === words.length - 1 && words.every((w) => ROLE_WORDS.has(w.text) || CONNECTORS.has(w.text))) {
    return undefined; // a title alone: "the Foreign Minister said"
  }
  if (!nameWords.length) return undefined;
  const start = nameWords[0]!.start;
  const end = nameWords[nameWords.length - 1]!.end;
  const name = sentence.slice(start, end);
  const after = sentence.slice(end);
  const tokens = nameWords.map((w) => w.text);
  let kind = classify(tokens, after);
  let certain = kind !== 'person' && kind !== 'unknown';
  const before = sentence.slice(Math.max(0, start - 40), start);
  if ((role || /\bsurnamed\s+$/.test(before)) && (kind === 'unknown' || kind === 'person')) {
    kind = 'person';
    certain = true;
  }
  if ((kind === 'unknown' || kind === 'person') && tokens.length <= 3 && (SPEECH_AFTER.test(after) || AGE_AFTER.test(after) || /\baccording to\s+$/.test(before))) {
    kind = 'person';
    certain = true;
  }
  // "the Daily Wire": an article before a name that is not a title makes a person unlikely.
  if (kind === 'person' && !certain && afterArticle()) kind = 'organisation';
  // A form of address alone ("Mr Gary Lomax, a regional operations manager") says no post: the
  // one said after the name does.
  if ((!role || FORM_OF_ADDRESS.test(role)) && kind === 'person') role = appositiveRole(sentence, end) ?? prenominalRole(sentence, start) ?? copulaRole(sentence, end) ?? role;
  // A single lone word at the start of a sentence is too often a common word.
  if (kind === 'unknown' && tokens.length === 1 && start === firstWordStart(sentence)) return undefined;
  return { start, end, name, kind, certain, role, full: sentence.slice(words[0]!.start, end) };
}

/**
 * "Getting Bramble's records took 17 days": a verb's -ing form that opens a sentence is capitalised
 * for that alone, and is no part of the name after it. Not a place's name, nor one that opens an
 * organisation's ("Reading Borough Council").
 */
function openingGerund(sentence: string, word: Word): boolean {
  const text = word.text;
  if (text.length < 6 || !text.endsWith('ing') || PLACES.has(text) || word.start !== firstWordStart(sentence)) return false;
  const lower = text.toLowerCase();
  const stem = lower.slice(0, -3);
  return lemmas(lower).some((l) => l !== lower && (l === stem || l === `${stem}e` || l === stem.slice(0, -1)));
}

/**
 * "Professor Oskar Lindqvist-Mare of Harrowgate University": a titled person's name, then where
 * they work, are two names. The run is split at an "of" that has two or three words of a name
 * between it and the last title word, and after it an organisation's name (ended by an
 * organisation's word) or a place ("President Xi Jinping of China"). "Minister of Foreign Affairs Wang Yi" and "Secretary of State Antony
 * Blinken" have their "of" right after the title, and stay one.
 */
function withoutAffiliation(run: Word[]): Word[][] {
  if (run.length < 5) return [run];
  let lastTitle = -1;
  for (let k = 0; k < run.length; k++) if (TITLE_WORDS.has(withoutFinalDot(run[k]!.text))) lastTitle = k;
  if (lastTitle < 0) return [run];
  for (let k = lastTitle + 3; k < run.length - 1 && k <= lastTitle + 4; k++) {
    if (run[k]!.text !== 'of') continue;
    const named = run.slice(lastTitle + 1, k);
    if (named.some((x) => CONNECTORS.has(x.text) || ORGANISATION_WORDS.has(x.text) || NOT_NAMES.has(x.text))) return [run];
    const where = run.slice(k + 1);
    const place = where.length === 1 && (PLACES.has(where[0]!.text) || remembered(countries, where[0]!.text, namesCountry));
    return place || ORGANISATION_WORDS.has(run[run.length - 1]!.text) ? [run.slice(0, k), where] : [run];
  }
  return [run];
}

/** "Chinese Academy of Sciences": a demonym right before "Academy of", "Ministry for"... belongs to the name. */
function formalDemonym(words: Word[]): boolean {
  const first = words[0]!.text;
  return (remembered(countries, first, namesCountry) || REGION_DEMONYMS.has(first)) && ORGANISATION_WORDS.has(words[1]?.text ?? '') && (words[2]?.text === 'of' || words[2]?.text === 'for');
}

function firstWordStart(sentence: string): number {
  return /[\p{L}\p{N}]/u.exec(sentence)?.index ?? 0;
}

// A form of address, not a post ("Cllr", "Councillor": how a council's members are addressed,
// whatever their post).
export const FORM_OF_ADDRESS = /^(?:dr|mr|mrs|ms|miss|mx|sir|dame|cllr|councillor)\.?$/i;
// A post said right after a name: ", a senior researcher at ...,", ", Brackenridge's Director of
// Children's Services,", ", Head of Operations,", " (Secretary)".
const APPOSED_POST = /^,\s+(?:(?:an?|the)\s+([^,;"“”]{3,160}?)|((?:\p{Lu}[\p{L}-]*['’]s\s+)?\p{L}[^,;"“”()]{2,80}?)),\s|^\s+\((\p{Lu}[^()"“”]{1,60})\)/u;

/** "Zhou Mi, a senior researcher at the Chinese Academy ..., told"; "Fionnuala Breen (Secretary)" */
export function appositiveRole(sentence: string, end: number): string | undefined {
  const m = APPOSED_POST.exec(sentence.slice(end, end + 200));
  if (!m) return undefined;
  if (m[1]) return m[1].trim();
  // Without an article, it is a post only with a title's word in it ("Head of Operations", "chair
  // of the Merrowdale branch", not "London"), first when in lower case ("aged 52" is none).
  const post = (m[2] ?? m[3])!.trim();
  const words = post.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  const titled = (w: string): boolean => TITLE_WORDS.has(w.charAt(0).toUpperCase() + w.slice(1));
  return (/^\p{Ll}/u.test(post) ? titled(words[0]!) : words.some((w) => TITLE_WORDS.has(w))) ? post : undefined;
}

/**
 * "Jacob Helberg is the US Under Secretary of State for Economic Affairs": a title said of the
 * person with "is" or "was", when it has a title word in it (not "is the largest producer").
 */
function copulaRole(sentence: string, end: number): string | undefined {
  const m = /^\s+(?:is|was)\s+(?:the\s+|an?\s+)?([^,;:"“”()]{3,120}?)\s*(?:[.;:!?]\s*$|,|$)/.exec(sentence.slice(end));
  if (!m) return undefined;
  const role = m[1]!.trim();
  return role.split(/\s+/).some((w) => TITLE_WORDS.has(w.replace(/[.'’]s?$/, ''))) ? role : undefined;
}

/** "an industry expert surnamed Gao" */
function prenominalRole(sentence: string, start: number): string | undefined {
  const m = /\b(?:an?|the)\s+([\p{L} -]{3,60}?)\s+(?:surnamed|named|called)\s+$/u.exec(sentence.slice(Math.max(0, start - 80), start));
  return m?.[1]?.trim();
}
