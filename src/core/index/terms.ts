import { forEachWordSpan, normalizeWord, STOPWORDS } from '../text/tokens.js';

// The same words as `contentTokens` (text/tokens.ts), found by its scanner and without building
// Token objects: indexing meets every word of every source, and a newsroom archive repeats a
// small vocabulary, so each written form is normalised once and remembered.

/** Written form -> its normalised content term, or '' when the word is not a content word. */
const termOfWord = new Map<string, string>();
// Enough for any vocabulary a corpus has; past it the memory is dropped and refilled.
const MAX_REMEMBERED = 1_000_000;

export function contentTermOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    const norm = normalizeWord(word);
    term = !STOPWORDS.has(norm) && !STOPWORDS.has(word.toLowerCase()) && norm.length > 1 ? norm : '';
    if (termOfWord.size >= MAX_REMEMBERED) termOfWord.clear();
    termOfWord.set(word, term);
  }
  return term;
}

/** Calls `visit` with each content term of `text`, in order (terms repeat). */
export function forEachContentTerm(text: string, visit: (term: string) => void): void {
  forEachWord(text, (word) => {
    const term = contentTermOf(word);
    if (term) visit(term);
  });
}

/** Calls `visit` with each word of `text` as written, in order: what `contentTermOf` takes. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachWordSpan(text, (start, end) => visit(text.slice(start, end)));
}
