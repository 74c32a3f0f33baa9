// A condition the source puts on what will happen, dropped: "the Trust expected to recruit six
// more band 5 nurses by March 2025" where the chief nurse said so "subject to approval of the
// workforce business case"; "was approved permanently" where the minutes approve it "on a trial
// basis for 12 months". A reviewer reads the condition as part of what the source says; a
// statement without it says more, though every word of it is the source's.
import type { Passage } from '../model.js';
import type { DroppedHedge } from './hedges.js';
import { negatedTerms } from './support.js';
import { contentWords, isContentNorm, sharedWords, tokenizeCached } from './passage-profile.js';
import { sameOrRelated } from '../lexicon/index.js';

// A condition a passage sets, to its clause's end: "subject to approval of the workforce business
// case", "only if crew availability allows", ", provided the grant is paid" ("provided" only
// after a comma: "the fund provided £2,000" is no condition).
const CONDITION = /(?:\b(?:subject\s+to|on\s+(?:the\s+)?condition\s+that|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|only\s+if|as\s+long\s+as|so\s+long\s+as)|,\s*(?:provided|providing)(?:\s+that)?)\s+(?:[^,.;:!?—–]|[,.](?=\d)){3,120}/giu;
// What a statement tells will happen: "will recruit", "expected to recruit", "plans to open",
// "has pledged to match".
const TO_HAPPEN = /\b(?:will|shall|would|(?:expects?|expected|plans?|planned|intends?|intended|aims?|aimed|due|set|going|pledge[sd]?|promise[sd]?|committed|undert(?:akes|aken|ook)|offer(?:s|ed))\s+to)\b/iu;
// A statement that sets a condition or a hedge of its own says it as the source does, or as
// another: "if the business case is approved", "once funding is agreed", "could".
// ("may" in lower case: "on 4 and 5 May" is a month.)
const OWN_CONDITION = /\b(?:[Ii]f|[Uu]nless|[Pp]rovided|[Pp]roviding|[Ss]ubject|[Pp]ending|[Dd]epend\p{L}*|[Cc]ondition\p{L}*|[Cc]ontingent|[Oo]nce|[Aa]ssuming|[Ll]ong\s+as|[Oo]nly|may|[Mm]ight|[Cc]ould|[Ll]ikely|[Hh]op(?:e|es|ed|ing)|[Aa]pprov\p{L}*)\b/u;
// A denial right before a condition: "not conditional on", "isn't subject to".
const DENIED_BEFORE_CONDITION = /(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:\p{L}+\s+)?$/iu;
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
    // The words of the passages read with this one, once a passage that sets a condition.
    let others: Set<string> | undefined;
    for (const c of [...p.text.matchAll(CONDITION)].slice(0, MOST_CONDITIONS)) {
      // (A condition denied is none: "they're not conditional on take-up in the village".)
      if (deniedCondition(p.text, c)) continue;
      mine ??= contentWords(statement);
      const rest = contentWords(p.text.slice(0, c.index) + p.text.slice(c.index + c[0].length));
      // (A word of the condition another passage read with it says, "appeal" of "an emergency
      // appeal" before "..., provided the appeal reaches £75,000", is no sign the statement sets it.)
      others ??= new Set(passages.filter((o) => o !== p).flatMap((o) => [...contentWords(o.text)]));
      const own = new Set([...contentWords(c[0])].filter((w) => !others!.has(w)));
      if (sharedWords(mine, own) > 0) continue;
      // (What the condition is set on may be told over the sentences read together: "The last 150
      // or so are the hard ones: mostly outlying farms ..." then "Our target for those is June
      // 2026, but ... it's subject to getting those wayleave agreements signed".)
      const shared = sharedWords(mine, rest);
      if (shared === 0 || (shared < SHARED_CONDITIONED && sharedWords(mine, new Set([...rest, ...others])) < SHARED_CONDITIONED)) continue;
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

// A condition a statement says does not hold, to its clause's end: "whatever the outcome of the
// spending review", "regardless of funding", "whether or not the grant is paid".
const WAIVED = /\b(?:whatever|regardless\s+of|irrespective\s+of|no\s+matter|whether\s+or\s+not|without\s+waiting\s+for|unconditional(?:ly)?)\s+[^,.;:!?]{3,120}/giu;
// A condition a passage sets, as CONDITION, or what it depends on: "depends on the spending review".
const DEPENDS = /\b(?:depend(?:s|ed|ing|ent)?\s+(?:on|upon)|hinges?\s+on)\s+[^,.;:!?]{3,120}/giu;
// How many words of the condition the statement says does not hold the passage's condition must have.
const SHARED_WAIVED = 2;

/** A passage's conditions (CONDITION, DEPENDS), the first MOST_CONDITIONS of each, but those it denies. */
function conditionsOf(text: string): RegExpExecArray[] {
  return [...[...text.matchAll(CONDITION)].slice(0, MOST_CONDITIONS), ...[...text.matchAll(DEPENDS)].slice(0, MOST_CONDITIONS)].filter((c) => !deniedCondition(text, c));
}

/** Whether a denial stands right before a condition: "they're not conditional on take-up". */
function deniedCondition(text: string, c: RegExpExecArray): boolean {
  return DENIED_BEFORE_CONDITION.test(text.slice(Math.max(0, c.index - 24), c.index));
}

/** A waiver's or a condition's words, its first word ("whatever", "subject") left out. */
function wordsOfCondition(said: string): Set<string> {
  return contentWords(said.replace(/^,?\s*[\p{L}]+(?:\s+(?:of|to|on|upon|not|or)){0,2}\s+/u, ''));
}

/**
 * What a statement says happens whatever a condition ("with the work going ahead whatever the
 * outcome of the spending review") where its passage sets that very condition ("subject to the
 * outcome of the spending review"): SHARED_WAIVED words of the two in common. The statement's
 * words, and the passage's.
 */
export function conditionWaived(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const waived = [...statement.matchAll(WAIVED)].slice(0, MOST_CONDITIONS);
  if (!waived.length) return undefined;
  for (const p of passages) {
    const conditions = conditionsOf(p.text);
    for (const mine of waived) {
      const words = wordsOfCondition(mine[0]);
      for (const theirs of conditions) {
        const shared = sharedWords(words, wordsOfCondition(theirs[0]));
        if (shared === 0 || shared < Math.min(SHARED_WAIVED, words.size)) continue;
        return { span: { start: mine.index, end: mine.index + mine[0].length }, said: theirs[0].replace(/^,\s*/u, '').trim(), passage: p };
      }
    }
  }
  return undefined;
}

/** A statement that says a requirement or rule does not hold, or holds, against its passage. */
export interface DeniedRequirement {
  /** The statement's words that say it. */
  span: { start: number; end: number };
  /** The passage that says otherwise. */
  passage: Passage;
  /** Whether the statement is the one that denies it ("saw no need to review the data"). */
  negates: boolean;
}

// What a statement says need not be done, and to what: "saw no need to review the data",
// "did not need to consult residents", "was not necessary to close the road".
const NO_NEED = /\b(?:no\s+(?:need|reason|requirement)|(?:not|never)\s+(?:[\p{L}]+\s+)?(?:need|needed|necessary|required)|[\p{L}]+n['’]t\s+(?:[\p{L}]+\s+)?(?:need|needed|necessary|required)|unnecessary)\s+(?:for\s+[\p{L}]+\s+)?to\s+([\p{L}]+)\s+([^,.;:!?]{3,80})/iu;
// A passage that itself says something need not be done.
const NO_NEED_SAID = /\b(?:no\s+need|need\s+not|needn['’]t|not\s+(?:[\p{L}]+\s+)?(?:need|needed|necessary|required)|[\p{L}]+n['’]t\s+(?:[\p{L}]+\s+)?(?:need|needed|necessary|required)|unnecessary)\b/iu;
// How many words after the passage's verb its object's words may stand.
const OBJECT_REACH = 10;
// How many of the object's words (the statement's first few) the passage must have there.
const SHARED_OBJECT = 2;
const OBJECT_WORDS = 6;

// What a rule applies to: "will also apply to cargo on PBX voyages".
const APPLIES = /\b(?:apply|applies|applied|applying)\s+(?:also\s+|equally\s+|too\s+)?to\s+([^,.;:!?]{2,80})/giu;
// What a passage says a rule does not apply to: "The LWS will not apply to PBX cargo".
const NOT_APPLIES = /(?:\b(?:not|never)|n['’]t)\s+(?:[\p{L}]+\s+)?(?:apply|applies|applied)\s+to\s+([^,.;:!?]{2,80})/giu;
// A denial just before a statement's "apply": "will not apply", "no longer applies".
const DENIED_JUST_BEFORE = /(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:[\p{L}]+\s+)?$/iu;

/**
 * A requirement the statement says does not hold where its passage says it is done ("Dr Ekman
 * said the board saw no need to review data from its weather stations" where the passage says
 * "We will review the data from our weather stations as a matter of course"), or a rule the
 * statement says applies to what the passage says it does not apply to ("The levy will also apply
 * to freight on night services" where "The levy will not apply to night freight", and no passage
 * read with it applies it to a word of the statement's that the denial has).
 */
export function requirementDenied(statement: string, passages: readonly Passage[]): DeniedRequirement | undefined {
  const noNeed = NO_NEED.exec(statement);
  if (noNeed) {
    const verb = tokenizeCached(noNeed[1]!)[0]?.norm;
    const object = [...contentWords(noNeed[2]!)].slice(0, OBJECT_WORDS);
    if (verb && isContentNorm(verb) && object.length >= SHARED_OBJECT) {
      for (const p of passages) {
        if (NO_NEED_SAID.test(p.text) || negatedTerms(p.text).has(verb)) continue;
        const tokens = tokenizeCached(p.text);
        const at = tokens.findIndex((t) => t.norm === verb);
        if (at < 0) continue;
        const after = new Set(tokens.slice(at + 1, at + 1 + OBJECT_REACH).map((t) => t.norm));
        if (object.filter((w) => after.has(w)).length >= SHARED_OBJECT) return { span: { start: noNeed.index, end: noNeed.index + noNeed[0].length }, passage: p, negates: true };
      }
    }
  }
  const ordered = orderedWhereNotRequired(statement, passages);
  if (ordered) return ordered;
  const applies = [...statement.matchAll(APPLIES)].filter((m) => !DENIED_JUST_BEFORE.test(statement.slice(Math.max(0, m.index - 24), m.index))).slice(0, MOST_CONDITIONS);
  if (!applies.length) return undefined;
  // The words of what the passages apply a rule to: a word of them is no word the denial alone has.
  const applied = new Set<string>();
  for (const p of passages) {
    for (const m of [...p.text.matchAll(APPLIES)].slice(0, MOST_CONDITIONS)) {
      if (!DENIED_JUST_BEFORE.test(p.text.slice(Math.max(0, m.index - 24), m.index))) for (const w of contentWords(m[1]!)) applied.add(w);
    }
  }
  for (const m of applies) {
    const mine = contentWords(m[1]!);
    for (const p of passages) {
      for (const d of [...p.text.matchAll(NOT_APPLIES)].slice(0, MOST_CONDITIONS)) {
        if ([...contentWords(d[1]!)].some((w) => mine.has(w) && !applied.has(w))) return { span: { start: m.index, end: m.index + m[0].length }, passage: p, negates: false };
      }
    }
  }
  return undefined;
}

// What a statement says someone was made to do: "has ordered the owner to", "required the club to".
const ORDERED = /\b(?:ordered|required|requires|instructed|directed|compelled|obliged|forced)\s+((?:[\p{L}'’-]+\s+){0,4}?)to\s+([^,.;:!?]{3,80})/iu;
// A passage that says it is not required: "recommends, but does not require, that the owner take",
// "is under no obligation to".
const NOT_REQUIRED = /(?:\b(?:not|never)|n['’]t)\s+(?:[\p{L}]+\s+)?(?:require[sd]?|compel(?:led|s)?|oblige[sd]?|order(?:ed|s)?)\b|\bunder\s+no\s+obligation\b/iu;
// How many of what the statement says was ordered the passage must have.
const SHARED_ORDERED = 2;

/**
 * What the statement says someone was ordered to do ("The Panel has ordered the owner to make the
 * bakehouse roof weathertight") where its passage says it is not required ("The Panel
 * recommends, but does not require, that the owner take interim measures to make the bakehouse
 * roof weathertight"), with SHARED_ORDERED of the words of what was to be done.
 */
function orderedWhereNotRequired(statement: string, passages: readonly Passage[]): DeniedRequirement | undefined {
  const m = ORDERED.exec(statement);
  if (!m || DENIED_JUST_BEFORE.test(statement.slice(Math.max(0, m.index - 24), m.index))) return undefined;
  const what = contentWords(m[2]!);
  for (const p of passages) {
    if (NOT_REQUIRED.test(p.text) && sharedWords(what, contentWords(p.text)) >= SHARED_ORDERED) return { span: { start: m.index, end: m.index + m[0].search(/\s/) }, passage: p, negates: false };
  }
  return undefined;
}

// A verb of assent to what follows: "the panel accepted that", "was satisfied that".
const ASSENT = /\b(?:accept(?:s|ed)?|agree(?:s|d)?|(?:was|were|is|are)\s+(?:satisfied|persuaded|convinced))\s+that\s+/giu;
// Its denial in a passage: "was not persuaded that", "did not accept that", "rejected the argument that".
const DISSENT = /\b(?:(?:was|were|is|are)\s+not\s+(?:satisfied|persuaded|convinced)|(?:did|does|do)\s+not\s+(?:accept|agree)|rejected\s+(?:the\s+|a\s+|an\s+)?(?:argument|claim|submission|suggestion|contention))\s+that\s+/giu;
// Assent to a thing proposed: "the Panel agreed the employers' proposal", "approved the plan";
// and its refusal in a passage: "declined to recommend ... a proposal", "rejected the plan".
const ASSENT_TO = /\b(?:agreed(?:\s+to)?|approved|accepted|endorsed|backed)\s+(?=(?:the|a|an|its|their|his|her)\s)/giu;
const REFUSED = /\b(?:declined\s+to\s+(?:recommend|approve|accept|endorse|back|support|agree(?:\s+to)?)|refused\s+to\s+(?:recommend|approve|accept|endorse|back|support|agree(?:\s+to)?)|rejected|turned\s+down)\s+/giu;
const DISSENT_ANYWHERE = new RegExp(`${DISSENT.source}|${REFUSED.source}`, 'iu');
// A negation just before a statement's verb of assent ("did not accept that").
const NOT_BEFORE = /\b(?:not|never|no)\s+$|n['’]t\s+$/iu;
// How many words the statement's assent must share with a denial the passage makes, beyond what
// the passage assents to.
const SHARED_DISSENT = 3;
// How far a clause after "that" is read (to a comma: "accepted that the height dropped, but was not
// persuaded that ..." assents to the drop only).
// (Nor past a contrast: "accepted that he had been holding the shirt but found that this did not
// explain the force".)
const THAT_CLAUSE = /^(?:(?!\s(?:but|while|although|though|whereas|yet)\s)[^.;:!?,]){1,160}/u;
// A negation in a clause: what it says is no assent.
const NEGATED_CLAUSE = /\b(?:not|never|no)\b|n['’]t\b/iu;

/**
 * What the statement says someone accepted ("The panel accepted that the drop in height amounted
 * to sudden and significant mitigation") where its passage says they were not persuaded of it
 * ("The panel was not persuaded that this amounted to sudden and significant mitigation"): at
 * least three words the statement assents to that the passage denies, and not among those it
 * assents to ("It accepted that Mr Pritchard's height dropped").
 */
export function assentDenied(statement: string, passages: readonly Passage[]): DeniedRequirement | undefined {
  // (A statement that tells the denial too says what the passage says.)
  if (DISSENT_ANYWHERE.test(statement)) return undefined;
  const told = [...statement.matchAll(ASSENT), ...statement.matchAll(ASSENT_TO)].slice(0, 8).filter((m) => !NOT_BEFORE.test(statement.slice(Math.max(0, m.index - 12), m.index)));
  if (!told.length) return undefined;
  const clauseAfter = (text: string, at: number): Set<string> => contentWords(THAT_CLAUSE.exec(text.slice(at, at + 200))?.[0] ?? '');
  const negatedAfter = (text: string, at: number): boolean => NEGATED_CLAUSE.test(THAT_CLAUSE.exec(text.slice(at, at + 200))?.[0] ?? '');
  const assented = new Set<string>();
  for (const p of passages) for (const a of [...p.text.matchAll(ASSENT), ...p.text.matchAll(ASSENT_TO)].slice(0, 8)) if (!NOT_BEFORE.test(p.text.slice(Math.max(0, a.index - 12), a.index))) for (const w of clauseAfter(p.text, a.index + a[0].length)) assented.add(w);
  for (const m of told) {
    if (negatedAfter(statement, m.index + m[0].length)) continue;
    const mine = [...clauseAfter(statement, m.index + m[0].length)].filter((w) => !assented.has(w));
    if (mine.length < SHARED_DISSENT) continue;
    for (const p of passages) {
      for (const d of [...p.text.matchAll(DISSENT), ...p.text.matchAll(REFUSED)].slice(0, 8)) {
        // (What is refused is read to the sentence's end: "declined to recommend a change to the
        // pay structure, including a proposal from the employers to merge ...".)
        const denied = /^(?:declined|refused|rejected|turned)/iu.test(d[0]) ? contentWords(/^[^.;:!?]{1,160}/u.exec(p.text.slice(d.index + d[0].length, d.index + d[0].length + 200))?.[0] ?? '') : clauseAfter(p.text, d.index + d[0].length);
        if (mine.filter((w) => denied.has(w)).length >= SHARED_DISSENT) return { span: { start: m.index, end: m.index + m[0].trimEnd().length }, passage: p, negates: false };
      }
    }
  }
  return undefined;
}

// What a thing is said to depend on: "depending on how much it can raise", "will depend on the
// performance of the endowment", "dependent on". The condition, to its clause's end.
const DEPENDS_ON = /\bdepend(?:s|ed|ing|ent)?\s+(?:up)?on\s+((?:[^,.;:!?]|[,.](?=\d)){3,100})/giu;
// How many of the statement's words the passage must have, its condition taken out.
const SHARED_DEPENDENT = 3;

/**
 * What the statement says a thing depends on ("funding fifteen scholarships from 2026, depending on
 * how much it can raise from new donors") where its passage says it depends on another ("that will
 * depend on the performance of the endowment"): no word of the one is the other's, nor one
 * WordNet relates to it. The statement's condition, and the passage's.
 */
export function otherCondition(statement: string, passages: readonly Passage[]): { span: { start: number; end: number }; said: string; passage: Passage } | undefined {
  const words = (text: string): string[] => tokenizeCached(text).filter((t) => isContentNorm(t.norm) && /\p{L}/u.test(t.text)).map((t) => t.text.toLowerCase());
  // Each condition of the statement, its words and the statement's words without it, read once.
  const mine = [...statement.matchAll(DEPENDS_ON)].slice(0, MOST_CONDITIONS).map((m) => ({ m, own: words(m[1]!), said: contentWords(statement.slice(0, m.index) + statement.slice(m.index + m[0].length)) }));
  if (!mine.length) return undefined;
  for (const p of passages) {
    for (const c of [...p.text.matchAll(DEPENDS_ON)].slice(0, MOST_CONDITIONS)) {
      const theirs = words(c[1]!);
      const rest = contentWords(p.text.slice(0, c.index) + p.text.slice(c.index + c[0].length));
      for (const { m, own, said } of mine) {
        if (!own.length || !theirs.length) continue;
        if (sharedWords(said, rest) < SHARED_DEPENDENT) continue;
        if (own.some((u) => theirs.some((w) => u === w || sameOrRelated(u, w)))) continue;
        return { span: { start: m.index, end: m.index + m[0].length }, said: c[0].trim(), passage: p };
      }
    }
  }
  return undefined;
}
