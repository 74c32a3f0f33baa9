// A condition the source puts on what will happen, dropped: "the Trust expected to recruit six
// more band 5 nurses by March 2025" where the chief nurse said so "subject to approval of the
// workforce business case"; "was approved permanently" where the minutes approve it "on a trial
// basis for 12 months". A reviewer reads the condition as part of what the source says; a
// statement without it says more, though every word of it is the source's.
import type { Passage } from '../model.js';
import type { DroppedHedge } from './hedges.js';
import { contentWords, sharedWords } from './passage-profile.js';

// A condition a passage sets, to its clause's end: "subject to approval of the workforce business
// case", "only if crew availability allows", ", provided the grant is paid" ("provided" only
// after a comma: "the fund provided £2,000" is no condition).
const CONDITION = /(?:\b(?:subject\s+to|on\s+(?:the\s+)?condition\s+that|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|only\s+if|as\s+long\s+as|so\s+long\s+as)|,\s*(?:provided|providing)(?:\s+that)?)\s+[^,.;:!?]{3,120}/giu;
// What a statement tells will happen: "will recruit", "expected to recruit", "plans to open".
const TO_HAPPEN = /\b(?:will|shall|would|(?:expects?|expected|plans?|planned|intends?|intended|aims?|aimed|due|set|going)\s+to)\b/iu;
// A statement that sets a condition or a hedge of its own says it as the source does, or as
// another: "if the business case is approved", "once funding is agreed", "could".
const OWN_CONDITION = /\b(?:if|unless|provided|providing|subject|pending|depend\p{L}*|condition\p{L}*|contingent|once|assuming|long\s+as|only|may|might|could|likely|hop(?:e|es|ed|ing)|approv\p{L}*)\b/iu;
// How many of the statement's words the passage, its condition taken out, must have: the
// statement tells what the condition is set on.
const SHARED_CONDITIONED = 4;
// How many of a passage's conditions are read.
const MOST_CONDITIONS = 10;

/**
 * What the statement tells will happen ("the Trust expected to recruit six more band 5 nurses to
 * the ED by March 2025") where its passage says so on a condition the statement drops ("...,
 * subject to approval of the workforce business case"): the statement sets no condition or hedge
 * of its own, has no word of the condition, and SHARED_CONDITIONED of the words the passage says
 * it of. The statement's words of what will happen, and the condition.
 */
export function conditionDropped(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const toHappen = TO_HAPPEN.exec(statement);
  if (!toHappen || OWN_CONDITION.test(statement)) return undefined;
  let mine: Set<string> | undefined;
  for (const p of passages) {
    for (const c of [...p.text.matchAll(CONDITION)].slice(0, MOST_CONDITIONS)) {
      mine ??= contentWords(statement);
      if (sharedWords(mine, contentWords(c[0])) > 0) continue;
      const rest = contentWords(p.text.slice(0, c.index) + p.text.slice(c.index + c[0].length));
      if (sharedWords(mine, rest) < SHARED_CONDITIONED) continue;
      return { span: { start: toHappen.index, end: toHappen.index + toHappen[0].length }, said: c[0].replace(/^,\s*/u, '').trim(), passage: p };
    }
  }
  return undefined;
}

// What a statement tells is for good: "approved permanently", "a permanent post".
const PERMANENT = /\bpermanent(?:ly)?\b/iu;
// A denial before it: "not permanently", "no permanent".
const DENIED_BEFORE = /\b(?:not|no|never)\s+(?:\p{L}+\s+)?$|n['’]t\s+(?:\p{L}+\s+)?$/iu;
// What a passage says is for a time only, to its clause's end: "on a trial basis for 12 months",
// "a six-month pilot", "temporarily", "an interim", "for the time being". ("Trial" alone may be a
// court's or a drug's.)
const FOR_A_TIME = /\b(?:on\s+an?\s+(?:[\p{L}\d-]+\s+)?(?:trial|pilot|experimental)\b|(?:trial|pilot)\s+(?:basis|period|scheme)\b|[\p{L}\d]+[\s-](?:day|week|month|year)\s+(?:trial|pilot)\b|temporar(?:y|ily)\b|interim\b|provisional(?:ly)?\b|for\s+the\s+time\s+being\b)[^,.;:!?()]{0,40}/iu;
// How many of the statement's words the passage that says it is for a time must have.
const SHARED_FOR_A_TIME = 2;

/**
 * What the statement tells is for good ("The Brook Field subdivision was approved permanently")
 * where its passage says it is for a time ("It was RESOLVED to approve the subdivision on a trial
 * basis for 12 months"), and no passage read with it says "permanent": the statement's word, and
 * the passage's.
 */
export function madePermanent(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const permanent = PERMANENT.exec(statement);
  if (!permanent || DENIED_BEFORE.test(statement.slice(Math.max(0, permanent.index - 24), permanent.index))) return undefined;
  if (passages.some((p) => PERMANENT.test(p.text))) return undefined;
  const mine = contentWords(statement);
  for (const p of passages) {
    const forATime = FOR_A_TIME.exec(p.text);
    if (forATime && sharedWords(mine, contentWords(p.text)) >= SHARED_FOR_A_TIME) return { span: { start: permanent.index, end: permanent.index + permanent[0].length }, said: forATime[0].trim(), passage: p };
  }
  return undefined;
}
