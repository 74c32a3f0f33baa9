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
  let theirs: Map<string, PassageModal[]> | undefined;
  for (let i = 0; i < mine.length; i++) {
    if (!CERTAIN.has(mine[i]!.text.toLowerCase())) continue;
    const v = verbAfter(mine, i);
    // "will likely proceed", "will probably fall": the statement hedges too.
    if (v < 0 || mine.slice(i + 1, v).some((t) => /^(?:likely|probably)$/i.test(t.text))) continue;
    const negated = negatedAfter(mine, i, v);
    // The passages' modals are read once, however many "will"s the statement has.
    theirs ??= passageModals(passages);
    const same = (theirs.get(mine[v]!.norm) ?? []).filter((m) => m.negated === negated);
    // A passage that also says it will happen backs the statement.
    if (same.some((m) => m.certain)) return undefined;
    const hedge = same[0];
    if (!hedge) continue;
    const fix = hedge.to ? undefined : /n't$/i.test(mine[i]!.text) ? `${hedge.word} not` : hedge.word;
    return { span: { start: mine[i]!.start, end: mine[i]!.end }, said: hedge.said, ...(fix ? { fix } : {}) };
  }
  return undefined;
}

interface PassageModal {
  /** "will", "may", "likely" ... as written, lower-cased. */
  word: string;
  /** A hedge followed by "to" ("likely to proceed"). */
  to: boolean;
  certain: boolean;
  negated: boolean;
  /** The passage's words from the modal to its verb: "may not be feasible". */
  said: string;
}

/** The passages' modals and hedges, by the verb each governs, in text order. */
function passageModals(passages: readonly Passage[]): Map<string, PassageModal[]> {
  const out = new Map<string, PassageModal[]>();
  for (const p of passages) {
    const theirs = passageProfile(p).tokens;
    for (let k = 0; k < theirs.length; k++) {
      const word = theirs[k]!.text.toLowerCase();
      const to = HEDGES_TO[word] !== undefined && theirs[k + 1]?.text.toLowerCase() === 'to';
      if (!HEDGES.has(word) && !CERTAIN.has(word) && !to) continue;
      const u = verbAfter(theirs, to ? k + 1 : k);
      if (u < 0) continue;
      const negated = to ? HEDGES_TO[word]! || negatedAfter(theirs, k + 1, u) : negatedAfter(theirs, k, u);
      const modal = { word, to, certain: CERTAIN.has(word), negated, said: p.text.slice(theirs[k]!.start, theirs[u]!.end) };
      const verb = theirs[u]!.norm;
      const list = out.get(verb);
      if (list) list.push(modal);
      else out.set(verb, [modal]);
    }
  }
  return out;
}
