// `unsupported-statement`: no source passage covers the statement.
import type { Draft, Fix, Statement, Verdict } from '../model.js';
import type { FindingRule } from './rule.js';
import { focusSpan } from './spans.js';

export const unsupportedStatement: FindingRule = {
  code: 'unsupported-statement',
  verdict: 'unsupported',
  title: 'Statement not supported by any source',
  description: 'No passage of the sources (or two neighbouring ones read together) covers enough of the statement (its content words, names and figures) to support it. The message gives the support score, the words no source has, the words only other passages than the closest one have ("only elsewhere in the sources"), and what else cost support (names or figures the sources never give, parts of two sentences joined). A statement that says something will happen where its passage says it may, might or could ("will not be feasible" for "may not be feasible") is not supported as certain; the quick fix writes the source\'s "may", "might" or "could". Nor is one that makes certain what the source hedges ("will definitely spread" where the source says further growth "is likely"), nor a study said to prove what its source calls observational or says it cannot yet say, nor one that tells as confirmed or decided what the source says is only considered, proposed or hoped for ("has confirmed that it will appeal" where the company "was considering whether to appeal"), nor one that drops a condition the source sets on what will happen ("expected to recruit six more nurses by March" where it is "subject to approval of the workforce business case") or says will happen what the source does not expect ("would cut the size of its core ensemble" for "did not expect to reduce" it) or for good what the source says is for a time ("approved permanently" for "on a trial basis for 12 months"), nor one that says of all what the source says of some ("all four hospitals" where "two of the four hospitals"; "always" where "often"; "all of its 180 employees" where "most of them"). Nor is one that says a study proves what the source says cannot be concluded ("proves that short sleep causes lower scores" for "we cannot conclude that short sleep causes lower scores"), nor one that tells as done what the source says will be ("have been moved" for "will be moved"), nor one that says what the source only asks ("Phi Kappa Psi can sue for defamation" from "Can Phi Kappa Psi sue for defamation?", unless the next sentence answers yes) or binds someone to what a question asked of them where the answer binds them to something else ("committed to increasing the weighting" where "Will you commit to increasing that weighting?" is answered "I\'ll commit to reviewing it"), nor one that tells as approved what the source only recommends or proposes ("Cabinet has approved the scheme" where it is "Recommended, subject to the outcome of consultation"), nor one that tells as fact a cause the source gives as the most likely one or says other factors may have contributed to, nor one that links by cause ("because", "was the result of", "led to") two things the source tells apart, with no word of cause in a sentence (or two neighbouring ones) that says both. Add a source, cite the right one, or rephrase the statement to say what the source says.',
  severity: 'warning',
  // "will not be feasible" where the source says "may not be feasible": write the source's hedge.
  fixes: (_draft: Draft, statement: Statement, verdict: Verdict): Fix[] =>
    verdict.focus && verdict.hedge?.fix
      ? [{ title: `Write "${verdict.hedge.fix}", as the source says ("${verdict.hedge.source}")`, span: focusSpan(statement, verdict), replacement: verdict.hedge.fix }]
      : [],
};

/**
 * The support the statement has, the words no source has, those only other passages than the
 * closest have (each already quoted and joined), and what else cost it support.
 */
export function unsupportedMessage(score: string, absent: string, elsewhere: string, reasons: string): string {
  const gaps = [absent && `not in the sources: ${absent}`, elsewhere && `only elsewhere in the sources: ${elsewhere}`].filter(Boolean).join('; ');
  // Every word found, yet no passage says them together.
  return `No source supports this statement (support ${score}; ${gaps || 'its words are in the sources, but no passage says them together'}${reasons})`;
}

/** A negation the statement adds to its closest passage (`passage`, already in quotation marks), which is too loosely aligned to call a contradiction. */
export function negatesPassageMessage(passage: string): string {
  return `No source supports this statement: it negates what its closest source passage affirms (${passage})`;
}

/**
 * The statement links two things by cause (`link`: "because", "was the result of") that the
 * source tells apart (`before`, `after`: its passages, already in quotation marks).
 */
export function unlinkedCauseMessage(link: string, before: string, after: string): string {
  return `No source supports the link "${link}": the source says ${before} and, apart, ${after}`;
}

/** The statement links two things by cause (`link`) that the passage (`passage`, already in quotation marks) tells as points of their own. */
export function unlinkedPointsMessage(link: string, passage: string): string {
  return `No source supports the link "${link}": the source tells the two as separate points (${passage})`;
}

/**
 * The statement links two things by cause (`link`) where the source denies the link (`passage`,
 * already in quotation marks), or says it cannot tell (`undecided`: "not designed to assess whether").
 */
export function deniedCauseMessage(link: string, passage: string, undecided: boolean): string {
  return `No source supports the link "${link}": the source ${undecided ? 'leaves it open' : 'denies it'} (${passage})`;
}

/** The statement says a thing depends on one condition (`mine`) where the passage says another (`theirs`). */
export function otherConditionMessage(mine: string, theirs: string): string {
  return `No source supports "${mine}": the source says "${theirs}"`;
}

/** The statement gives a reason after its link (`link`) where the passage (`passage`, already in quotation marks) gives another. */
export function otherReasonMessage(link: string, passage: string): string {
  return `No source supports the link "${link}": the source gives another reason (${passage})`;
}

/** The statement says of all what its passage (`said`, a few words) says of some. */
export function overstatedMessage(said: string): string {
  return `No source supports this statement as said of all: the source says "${said}"`;
}

/** The statement tells a record as of all time where its passage (`said`, a few words) bounds it. */
export function recordUnboundedMessage(said: string): string {
  return `No source supports this statement as a record of all time: the source says "${said}"`;
}

/** The statement says something will happen where its passage (`said`, a few words) says it may. */
export function droppedHedgeMessage(said: string): string {
  return `No source supports this statement as certain: the source says "${said}"`;
}

/** The statement tells as done what its passage (`said`, a few words) says will be. */
export function toldAsDoneMessage(said: string): string {
  return `No source supports this statement as done: the source says "${said}"`;
}

/** The statement says what its passage (`asked`, already in quotation marks) only asks. */
export function askedOnlyMessage(asked: string): string {
  return `No source supports this statement: the source only asks it (${asked})`;
}

/** The statement says what its source asks and answers no to (`answer`, already in quotation marks). */
export function answeredNoMessage(answer: string): string {
  return `No source supports this statement: the source asks it and answers no (${answer})`;
}

/** The statement tells as promised what its source asks for, where the answer (`said`, in quotation marks) promises another thing. */
export function answeredOtherwiseMessage(said: string): string {
  return `No source supports this statement: the source asks it, and the answer promises something else (${said})`;
}

export function noPassageMessage(): string {
  return 'No source supports this statement (no source passage shares its words)';
}

/** A right-to-left override or another bidirectional control: the reader sees another text than is checked. */
export function bidiControlMessage(codePoint: string): string {
  return `The statement holds a bidirectional control character (U+${codePoint}), which shows its text in another order than it is checked; remove it`;
}
