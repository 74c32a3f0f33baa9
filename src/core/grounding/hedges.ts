// Certainty the source does not give: the statement says something will happen ("will not be
// feasible") where its passage says it may ("may not be feasible", "could lead to"). A reviewer
// reads the hedge as part of what the source says; a statement that drops it says more.
import type { Passage, Span } from '../model.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';

const CERTAIN = new Set(['will', "won't", 'shall']);
const HEDGES = new Set(['may', 'might', 'could']);
// Hedges followed by "to" and the verb: "are likely to proceed", "is unlikely to succeed"
// ("unlikely" says it may not happen). "Expected to" is not one: newsrooms write "will" for
// what members are expected to do.
const HEDGES_TO: Record<string, boolean> = { likely: false, unlikely: true };
// Words between a modal and its verb that change nothing here: "may not necessarily translate".
const BETWEEN = new Set(['not', "n't", 'never', 'necessarily', 'even', 'also', 'still', 'likely', 'well', 'soon', 'eventually', 'ultimately', 'probably', 'be']);

export interface DroppedHedge {
  /** The statement's modal ("will"), where it stands. */
  span: Span;
  /** The passage's words from its hedge to its verb: "may not be feasible". */
  said: string;
  /** What a fix writes for the modal: the passage's "may" ("may not" for "won't"); none for "likely to". */
  fix?: string;
}

/** The verb a modal governs, as an index into the tokens, skipping "not", "necessarily", "be". */
function verbAfter(tokens: readonly { text: string }[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 4 && BETWEEN.has(tokens[j]!.text.toLowerCase())) j++;
  return j < tokens.length && j <= i + 4 ? j : -1;
}

/** Whether a modal is negated: "will not", "won't", "may not". */
function negatedAfter(tokens: readonly { text: string }[], i: number, verb: number): boolean {
  if (/n't$/i.test(tokens[i]!.text)) return true;
  for (let k = i + 1; k < verb; k++) if (/^(?:not|n't|never)$/i.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * Where the statement says "will" before a verb (or "be" and its complement) that the aligned
 * passage puts after "may", "might", "could", "likely to" or "unlikely to", with
 * the same negation, and nowhere after a certain modal: the hedge the statement dropped.
 */
export function droppedHedge(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const mine = tokenizeCached(statement);
  for (let i = 0; i < mine.length; i++) {
    if (!CERTAIN.has(mine[i]!.text.toLowerCase())) continue;
    const v = verbAfter(mine, i);
    // "will likely proceed", "will probably fall": the statement hedges too.
    if (v < 0 || mine.slice(i + 1, v).some((t) => /^(?:likely|probably)$/i.test(t.text))) continue;
    const verb = mine[v]!.norm;
    const negated = negatedAfter(mine, i, v);
    let found: DroppedHedge | undefined;
    for (const p of passages) {
      const theirs = passageProfile(p).tokens;
      for (let k = 0; k < theirs.length; k++) {
        const w = theirs[k]!.text.toLowerCase();
        const to = HEDGES_TO[w] !== undefined && theirs[k + 1]?.text.toLowerCase() === 'to';
        if (!HEDGES.has(w) && !CERTAIN.has(w) && !to) continue;
        const u = verbAfter(theirs, to ? k + 1 : k);
        if (u < 0 || theirs[u]!.norm !== verb || (to ? HEDGES_TO[w]! || negatedAfter(theirs, k + 1, u) : negatedAfter(theirs, k, u)) !== negated) continue;
        // A passage that also says it will happen backs the statement.
        if (CERTAIN.has(w)) return undefined;
        const fix = to ? undefined : /n't$/i.test(mine[i]!.text) ? `${w} not` : w;
        found ??= { span: { start: mine[i]!.start, end: mine[i]!.end }, said: p.text.slice(theirs[k]!.start, theirs[u]!.end), ...(fix ? { fix } : {}) };
      }
    }
    if (found) return found;
  }
  return undefined;
}
