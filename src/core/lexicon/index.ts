// The lexicon as plain functions over the generated tables in ./data (scripts/gen-lexicon.ts).
// The tables are JSON of strings (the bundles read them from files beside them, see esbuild.mjs);
// each is decoded the first time one of its functions is called (WordNet's relations each when
// first asked about, a word's vector when the word is), and kept. A host with idle time can
// decode them ahead with `prepareLexiconStep`.
import wordNetTable from './data/wordnet.json' with { type: 'json' };
import vectorTable from './data/vectors.json' with { type: 'json' };
import placeTable from './data/places.json' with { type: 'json' };
import { WordNet, type Relation, type WordSet } from './wordnet.js';
import { WordVectors } from './vectors.js';
import { Places } from './places.js';
import { normalizeWord } from '../text/tokens.js';

export type { Relation } from './wordnet.js';
export { WordNet } from './wordnet.js';
export { WordVectors } from './vectors.js';
export { Places } from './places.js';

let wordNet: WordNet | undefined;
let vectors: WordVectors | undefined;
let places: Places | undefined;

export function defaultWordNet(): WordNet {
  return (wordNet ??= new WordNet(wordNetTable));
}

export function defaultWordVectors(): WordVectors {
  return (vectors ??= new WordVectors(vectorTable));
}

export function defaultPlaces(): Places {
  return (places ??= new Places(placeTable));
}

/**
 * Decodes one piece of the lexicon not decoded yet (a table, or one of WordNet's relations) and
 * says whether any is left: for a host to call while idle, so that a first check does not wait
 * for the decoding. Each piece takes a few milliseconds, tens on a cold, busy machine.
 */
export function prepareLexiconStep(): boolean {
  if (!wordNet) {
    defaultWordNet();
    return true;
  }
  if (wordNet.decodeStep()) return true;
  if (!vectors) {
    defaultWordVectors();
    return true;
  }
  defaultPlaces();
  return false;
}

/** Base forms of a lower-case word ("went" -> ["go"], "houses" -> ["house"]), itself first when a lemma (shared: never change it). */
export function lemmas(word: string): readonly string[] {
  return defaultWordNet().lemmas(word);
}

/** Whether a lower-case word is a noun or a noun's plural, as WordNet has it ("drivers"; not "responded"). */
export function isNoun(word: string): boolean {
  return defaultWordNet().isNoun(word);
}

/** How WordNet relates b to a: `broader` when b is a hypernym of a ("poodle", "dog"). */
export function relation(a: string, b: string): Relation | undefined {
  return defaultWordNet().relation(a, b);
}

/**
 * Words many others are compared with (a statement's new words with its passages' words): read
 * once, so that asking about another word is one walk of its WordNet neighbours and one pass
 * over the vectors.
 */
export class WordGroup {
  private wordSet?: WordSet;
  private rows?: Int32Array;

  constructor(private readonly words: readonly string[]) {}

  /** Whether `relation(word, b)` holds for some word b of the group. */
  relatesTo(word: string): boolean {
    const wordNet = defaultWordNet();
    return wordNet.relatesToAny(word, (this.wordSet ??= wordNet.wordSet(this.words)));
  }

  /** Whether `similarity(word, b)` is at least `min` for some word b of the group. */
  closeTo(word: string, min: number): boolean {
    const vectors = defaultWordVectors();
    return vectors.closeToAny(word, (this.rows ??= vectors.rowsOf(this.words)), min);
  }
}

/**
 * Whether two lower-case words name the same thing: the same word, the same normalised form, or
 * related in WordNet either way ("spokesman", "spokesperson").
 */
export function sameOrRelated(a: string, b: string): boolean {
  return a === b || normalizeWord(a) === normalizeWord(b) || relation(a, b) !== undefined || relation(b, a) !== undefined;
}

/** Whether WordNet gives a lower-case word (or its lemmas, or words derived from them) any antonym. */
export function hasOpposite(word: string): boolean {
  return defaultWordNet().hasOpposite(word);
}

/** Whether WordNet lists the two words (or their lemmas, or words derived from them) as antonyms. */
export function areOpposites(a: string, b: string): boolean {
  return defaultWordNet().areOpposites(a, b);
}

/** Cosine similarity of the two lower-case words' vectors; undefined when either is not in the table. */
export function similarity(a: string, b: string): number | undefined {
  return defaultWordVectors().similarity(a, b);
}

/** ISO alpha-3 code of the country named by a country name, capital or demonym ("Washington" -> "USA"). */
export function placeKey(name: string): string | undefined {
  return defaultPlaces().placeKey(name);
}

/** Whether a name is a country's subdivision WordNet knows as a place ("Nevada", "Ontario"). */
export function isRegion(name: string): boolean {
  return defaultPlaces().isRegion(name);
}
