// What the statement says still stands where the source says it was withdrawn: "The Section said
// the peak magnitude of 9.0 forecast in its earlier Bulletin 2025/04 remains its central estimate"
// where the bulletin says "The peak magnitude of 9.0 forecast in Bulletin 2025/04 is withdrawn".
// Every word but the verb is the source's, so overlap calls it supported.
import type { Passage, Span } from '../model.js';
import { contentWords, sharedWords } from './passage-profile.js';

// What a statement says still holds: "remains its central estimate", "still stands", "continues
// to apply".
const STILL = /\b(?:remains|remained|still\s+(?:stands|stood|holds|held|applies|applied)|continues\s+to\s+(?:stand|apply|hold)|stands|still\s+in\s+(?:force|place))\b/iu;
// A denial before it: "no longer stands", "does not remain".
const DENIED_BEFORE = /(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:\p{L}+\s+)?$/iu;
// What a passage says was taken back: "is withdrawn", "has been scrapped", "was revoked".
const WITHDRAWN = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?(?:withdrawn|scrapped|abandoned|revoked|rescinded|superseded|cancell?ed|retracted)\b/iu;
// How many of the statement's other words the passage must have: it tells of the same thing.
const SHARED_WITHDRAWN = 3;

/** The statement's word of what still holds, and the passage's of its withdrawal, if they meet. */
export function keptWhereWithdrawn(text: string, passages: readonly Passage[]): { draft: string; source: string; span: Span; passage: Passage } | undefined {
  const still = STILL.exec(text);
  if (!still || DENIED_BEFORE.test(text.slice(Math.max(0, still.index - 24), still.index))) return undefined;
  const mine = contentWords(text.slice(0, still.index) + text.slice(still.index + still[0].length));
  for (const p of passages) {
    const withdrawn = WITHDRAWN.exec(p.text);
    if (!withdrawn || DENIED_BEFORE.test(p.text.slice(Math.max(0, withdrawn.index - 24), withdrawn.index))) continue;
    if (sharedWords(mine, contentWords(p.text)) < SHARED_WITHDRAWN) continue;
    return { draft: still[0], source: withdrawn[0], span: { start: still.index, end: still.index + still[0].length }, passage: p };
  }
  return undefined;
}
