// Whom a "he" or "she" stands for when the sentence before names no one but describes them: "The
// night porter told investigators that he had ... . He had worked 15 hours ..." is about the
// night porter, as a reader takes it.
import type { Corpus } from '../index/corpus.js';
import { quotationSpans } from '../index/quotes.js';
import type { Passage } from '../model.js';
import { STOPWORDS, type Token } from '../text/tokens.js';
import { passageProfile } from './passage-profile.js';

// A sentence that opens on a person by a pronoun, and one that opens on someone it describes.
const PRONOUN_OPENING = /^\s*(?:he|she|they)\b/i;
const DESCRIBED_OPENING = /^\s*the\s/i;
/** How many words a description that opens a sentence may have ("the night duty manager"). */
export const DESCRIPTION_WORDS = 4;

/**
 * The opening words (content words, up to DESCRIPTION_WORDS) of the description a passage's
 * opening "he", "she" or "they" stands for: the sentence just before it, in its paragraph, opens
 * on "the" and someone it describes, and names no person outside its quotations (who might be
 * "he"). The description ends where its verb starts, which a word list cannot tell: the words are
 * the sentence's first ("night", "porter", "told", "investigators"), for the caller to weigh a
 * statement's description against, from the first.
 */
export function describedReferent(corpus: Corpus, passage: Passage): Token[] | undefined {
  if (!PRONOUN_OPENING.test(passage.text)) return undefined;
  const before = corpus.passageBeside(passage, -1);
  if (!before || before.paragraph.start !== passage.paragraph.start || !DESCRIBED_OPENING.test(before.text)) return undefined;
  const profile = passageProfile(before);
  const quoted = quotationSpans(before.text);
  if (profile.names.some((n) => n.kind === 'person' && !quoted.some((q) => q.start <= n.start && n.end <= q.end))) return undefined;
  const opening: Token[] = [];
  for (const t of profile.tokens) {
    if (opening.length >= DESCRIPTION_WORDS) break;
    if (!STOPWORDS.has(t.norm) && !STOPWORDS.has(t.text.toLowerCase())) opening.push(t);
  }
  return opening;
}

/** Whether a statement opens on "the" and a description ("The night porter had ..."). */
export function opensDescribed(text: string): boolean {
  return DESCRIBED_OPENING.test(text);
}
