import { normalizeWord, STOPWORDS } from '../text/tokens.js';

// The same words as `contentTokens` (text/tokens.ts), found without building Token objects:
// indexing meets every word of every source, and a newsroom archive repeats a small vocabulary,
// so each written form is normalised once and remembered.
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

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
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text))) {
    const term = contentTermOf(match[0]);
    if (term) visit(term);
  }
}
