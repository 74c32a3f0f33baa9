// WordNet's morphy: the base forms of an inflected word are its listed exceptions ("went" ->
// "go") and whatever its part of speech's suffix rules make of it that is a lemma of that part of
// speech ("houses" -> "house", not "hous"). The rules are WordNet's own (morphy(7WN)).

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** One bit per part of speech, as the lemma table stores them. */
export const POS_BITS: Record<PartOfSpeech, number> = { n: 1, v: 2, a: 4, r: 8 };

const DETACHMENTS: readonly (readonly [PartOfSpeech, string, string])[] = [
  ['n', 's', ''], ['n', 'ses', 's'], ['n', 'xes', 'x'], ['n', 'zes', 'z'], ['n', 'ches', 'ch'], ['n', 'shes', 'sh'],
  ['n', 'men', 'man'], ['n', 'ies', 'y'],
  ['v', 's', ''], ['v', 'ies', 'y'], ['v', 'es', 'e'], ['v', 'es', ''], ['v', 'ed', 'e'], ['v', 'ed', ''], ['v', 'ing', 'e'], ['v', 'ing', ''],
  ['a', 'er', ''], ['a', 'est', ''], ['a', 'er', 'e'], ['a', 'est', 'e'],
];

/**
 * The base forms of `word`: itself when it is a lemma, its exception bases, and each suffix
 * detachment that lands on a lemma of the rule's part of speech. `posOf` answers a word's
 * part-of-speech bits (0 for no lemma).
 */
export function baseForms(word: string, posOf: (lemma: string) => number, exceptionBases: (form: string) => readonly string[] | undefined): string[] {
  const found: string[] = [];
  if (posOf(word) !== 0) found.push(word);
  for (const base of exceptionBases(word) ?? []) if (!found.includes(base)) found.push(base);
  for (const [pos, suffix, ending] of DETACHMENTS) {
    if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length) + ending;
    if ((posOf(base) & POS_BITS[pos]) !== 0 && !found.includes(base)) found.push(base);
  }
  return found;
}

/**
 * Whether `word` is a noun or a noun's plural: a noun lemma itself, a noun exception's form
 * ("children"), or a noun suffix rule away from one ("drivers"). Not "responded", "completed".
 */
export function nounForm(word: string, posOf: (lemma: string) => number, exceptionBases: (form: string) => readonly string[] | undefined): boolean {
  if ((posOf(word) & POS_BITS.n) !== 0) return true;
  if ((exceptionBases(word) ?? []).some((base) => (posOf(base) & POS_BITS.n) !== 0)) return true;
  for (const [pos, suffix, ending] of DETACHMENTS) {
    if (pos !== 'n' || word.length <= suffix.length || !word.endsWith(suffix)) continue;
    if ((posOf(word.slice(0, word.length - suffix.length) + ending) & POS_BITS.n) !== 0) return true;
  }
  return false;
}
