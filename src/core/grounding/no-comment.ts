// A reaction the source says was never given: "The Environment Agency welcomed the study" where
// "The Environment Agency declined to comment on the study". Every word of the statement is in the
// passage but the verb, and the verb is no opposite of "declined": word overlap calls it
// supported.
import type { Passage, Span } from '../model.js';
import { STOPWORDS } from '../text/tokens.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';

// What a passage says of one who gave no comment.
const NO_COMMENT = /\b(?:(?:declined|refused)\s+to\s+comment|would\s+not\s+comment|(?:had|made)\s+no\s+comment|did\s+not\s+(?:respond|reply)\s+to\s+(?:a\s+|our\s+)?requests?\s+for\s+comment)\b/iu;
// A reaction a statement may credit: a verb of stance towards something, not a verb of saying
// (what one who declined to comment said, "saying it had not had time to read it", may be told).
const STANCE = /\b(welcomed|praised|criticised|criticized|condemned|backed|endorsed|rejected|dismissed|disputed|questioned|challenged|applauded|hailed|attacked|defended|accepted|opposed|supported)\b/iu;
// The words before a verb that name who acts: this many content words at most.
const SUBJECT_WORDS = 4;

/** The content words (normalised) of the end of `text`: who its next verb is said of. */
function subjectWords(text: string): Set<string> {
  const clause = text.split(/[.;:!?,]\s/u).pop()!;
  return new Set(tokenizeCached(clause).filter((t) => t.norm.length > 1 && !STOPWORDS.has(t.norm)).slice(-SUBJECT_WORDS).map((t) => t.norm));
}

/**
 * A reaction (welcomed, criticised, backed ...) the statement credits to one the aligned passage
 * says declined to comment, where the passage tells no reaction: the statement's words before its
 * verb share a word with the passage's before "declined".
 */
export function noCommentTold(text: string, passages: readonly Passage[]): { draft: string; source: string; span: Span; alternative: boolean; passage: Passage } | undefined {
  const stance = STANCE.exec(text);
  if (!stance || NO_COMMENT.test(text)) return undefined;
  const mine = subjectWords(text.slice(0, stance.index));
  if (!mine.size) return undefined;
  for (const p of passages) {
    const none = NO_COMMENT.exec(p.text);
    if (!none || STANCE.test(p.text)) continue;
    const theirs = subjectWords(p.text.slice(0, none.index));
    if (![...mine].some((w) => theirs.has(w))) continue;
    // (A passage that also gives the verb's word says the reaction, in words of its own.)
    if (passageProfile(p).terms.has(tokenizeCached(stance[1]!)[0]!.norm)) continue;
    return { draft: stance[1]!, source: none[0], span: { start: stance.index, end: stance.index + stance[1]!.length }, alternative: true, passage: p };
  }
  return undefined;
}
