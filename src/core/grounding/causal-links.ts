// A cause the source does not give. A summary that links two things the source tells apart ("The
// decline in revenue was mainly the result of the delay to the launch", where the report blames
// weak demand for the decline and tells of the delay in another paragraph) says more than the
// source: each half is found, so word overlap calls it supported. What gives it away is that the
// two halves are said in different places, and nowhere together, or as two points of one
// sentence ("said ..., and that ..."). So too a reason where the source gives another for the
// same thing ("because of a rota error" against "because of staff sickness"), and a link the
// source denies or leaves open ("was not designed to assess whether delays contributed to").
import type { Corpus } from '../index/corpus.js';
import type { Passage, Span } from '../model.js';
import { sameOrRelated, similarity } from '../lexicon/index.js';
import { contentWords, passageProfile, sharedWords, tokenizeCached } from './passage-profile.js';
import { alignedDocuments, type Alignment } from './support.js';

// The statement's link: what comes before it is the effect ("because", "due to", "the result
// of", "caused by", "driven by"), or the cause ("led to", "caused", "resulted in", "was the main
// cause of", "contributed to", "pushed up", "had pushed its costs up"). "Due to" before
// a verb is a schedule, not a cause ("due to go live", "due to open").
const LINK = /\b(?:because(?:\s+of)?|due\s+to(?!\s+(?:go|open|start|begin|close|end|finish|arrive|take|be|vest|launch|expire|retire|meet|resume|return|appear|come|make|leave|run|hold|sign|complete|stand)\b)|owing\s+to|as\s+a\s+result\s+of|(?:was|were|is|are)\s+(?:mainly\s+|largely\s+|partly\s+|mostly\s+|primarily\s+)?(?:the\s+)?(?:direct\s+)?result\s+of|(?:was|were|is|are)\s+(?:the\s+)?(?:main\s+|chief\s+|primary\s+|principal\s+|biggest\s+|root\s+|direct\s+|sole\s+|only\s+)?causes?\s+of|led\s+to|leads\s+to|contribut(?:ed|es|e|ing)\s+to|push(?:ed|es|ing)?\s+(?:up|down)|push(?:ed|es|ing)?(?=(?:\s+[^\s.,;:!?]+){1,5}?\s+(?:up|down)\b)|caused\s+by|caused|causes|resulted\s+in|thanks\s+to|blamed\s+on|attributed\s+to|driven\s+by)\b/iu;

// How much of the effect the cause accounts for, said just before the link.
const DEGREE_BEFORE = /(?:[,;]?\s+(?:largely|mainly|mostly|partly|partially|primarily|chiefly|principally|entirely|wholly|solely|simply|only|just|almost|in\s+part|in\s+large\s+part))+\s*$/iu;

// Each side is read from its own clause next to the link, at most this many content words.
const SIDE_WORDS = 5;
// A side is said where a passage has at least this share of its words.
const SAID = 0.5;

/** A passage's content words and their first five letters, read once. */
const wordsOf = new WeakMap<Passage, { words: Set<string>; stems: Set<string> }>();

function passageWords(p: Passage): { words: Set<string>; stems: Set<string> } {
  let found = wordsOf.get(p);
  if (!found) {
    const words = new Set([...passageProfile(p).terms].filter((w) => /\p{L}/u.test(w)));
    found = { words, stems: new Set([...words].filter((w) => w.length > 4).map((w) => w.slice(0, 5))) };
    wordsOf.set(p, found);
  }
  return found;
}

/** The share of a side's words a passage (or two) has, as written or by their first five letters ("declined" for "decline"). */
function shareSaid(side: ReadonlySet<string>, passages: readonly Passage[]): number {
  let n = 0;
  for (const w of side) {
    if (passages.some((p) => { const { words, stems } = passageWords(p); return words.has(w) || (w.length > 4 && stems.has(w.slice(0, 5))); })) n++;
  }
  return n / side.size;
}

export interface UnlinkedCause {
  /** The statement's link ("was mainly the result of"), where it stands. */
  span: Span;
  /** The passages that say the side before the link and the side after it, apart. */
  before: Passage;
  after: Passage;
  /** Whether they are one passage that tells the two as points of their own ("..., and that ..."). */
  points: boolean;
}

// Links after which the statement gives the cause ("because of the drought"); the others give it
// before them ("the bug led to 300 tickets").
// ("was the main cause of the shortfall" gives its cause before.)
const CAUSE_AFTER = /^(?:because|due|owing|as|(?:was|were|is|are)(?!\s+(?:the\s+)?(?:\p{L}+\s+)?causes?\s+of)|caused\s+by|thanks|blamed|attributed|driven)/iu;

// A source sentence that gives a cause of what it does not name again: "The cause was an expired
// TLS certificate", "It was caused by ...". The words after the marker are the cause.
const CAUSE_GIVEN = /\b(?:cause\s+(?:was|is|has\s+been)|caused\s+by|due\s+to|because\s+of|reason\s+(?:was|is)|blamed\s+on|traced\s+to|result(?:ed)?\s+(?:of|from))\b/iu;
// At most this many content words before such a marker: the sentence names nothing else as what
// was caused.
const GIVEN_ALONE = 2;

/**
 * A link of cause the statement makes between two things its documents each say, but in other
 * places: no passage, nor two neighbouring ones of one paragraph, says both; no sentence gives
 * the statement's cause as the cause of what it does not name ("The cause was ..."); and the
 * cause is not what the document's title is about (what an article tells may all follow from
 * its headline's event). Undefined where a side is said nowhere: that is the rest of the
 * judgement's to weigh.
 */
export function unlinkedCause(corpus: Corpus, text: string, alignments: readonly Alignment[]): UnlinkedCause | undefined {
  const link = LINK.exec(text);
  if (!link) return undefined;
  const sides = sidesOf(text, link);
  if (!sides) return undefined;
  const { before, after, cause } = sides;
  const documents = alignedDocuments(corpus, alignments);
  // A link the statement denies ("rejected the suggestion that the delay caused the shortfall")
  // is what a passage that denies a cause of the same thing says.
  if (sides.denied && documents.some((passages) => passages.some((p, i) => deniesCauseOf(passages, i, sides, true)))) return undefined;
  let saysBefore: { p: Passage; share: number } | undefined;
  let saysAfter: { p: Passage; share: number } | undefined;
  // A passage that says both, as points of their own.
  let points: Passage | undefined;
  for (const passages of documents) {
    // The headline's event.
    if (passages[0] && shareSaid(cause, [passages[0]]) >= SAID) return undefined;
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i]!;
      const b = shareSaid(before, [p]);
      const a = shareSaid(after, [p]);
      if (b > (saysBefore?.share ?? 0)) saysBefore = { p, share: b };
      if (a > (saysAfter?.share ?? 0)) saysAfter = { p, share: a };
      if (b >= SAID && a >= SAID) {
        if (!toldAsPoints(p, sides)) return undefined;
        points ??= p;
        continue;
      }
      const next = passages[i + 1];
      if (next && next.paragraph.start === p.paragraph.start && !saysAsPoints(next, sides) && shareSaid(before, [p, next]) >= SAID && shareSaid(after, [p, next]) >= SAID) return undefined;
      if (givesCause(p, cause)) return undefined;
      if (shareSaid(sides.effect, [p]) >= SAID && causedByWhatCameBefore(passages, i, cause)) return undefined;
    }
  }
  const span = { start: link.index, end: link.index + link[0].length };
  if (points) return { span, before: points, after: points, points: true };
  if (!saysBefore || !saysAfter || saysBefore.share < SAID || saysAfter.share < SAID) return undefined;
  return { span, before: saysBefore.p, after: saysAfter.p, points: false };
}

// A cause told as what came before: "We will pay you £50 for the distress this caused", "which
// led to", "It resulted in".
const CAUSED_BY_THAT = /\b(?:this|that|it|which)\s+(?:(?:has|had|have|may\s+have|also)\s+)?(?:caused|causes|led\s+to|resulted\s+in|contributed\s+to)\b|\bcaused\s+by\s+(?:this|that|it)\b/iu;
// How many sentences before it, in its paragraph, such a cause is looked for.
const CAUSE_BEFORE_REACH = 5;

/**
 * Whether passage `i` gives a cause by pointing back ("the distress this caused") and a sentence
 * before it in its paragraph says the statement's cause ("I have listened to the recording of
 * your call"): "the distress caused by the call" is what the paragraph says.
 */
function causedByWhatCameBefore(passages: readonly Passage[], i: number, cause: ReadonlySet<string>): boolean {
  const p = passages[i]!;
  if (!CAUSED_BY_THAT.test(p.text)) return false;
  for (let k = i - 1; k >= 0 && k >= i - CAUSE_BEFORE_REACH && passages[k]!.paragraph.start === p.paragraph.start; k--) {
    if (shareSaid(cause, [passages[k]!]) >= SAID) return true;
  }
  return false;
}

// Where a sentence goes on to another point of what was said: "The company said passenger
// numbers remained 12% below 2019 levels, and that fuel costs had risen by £2.3 million".
const NEXT_POINT = /,?\s+and\s+that\s+/iu;
// But "that" as what did it, the point before: "We held our prices down while our costs rose,
// and that squeezed our margins" (a verb in the past, then what it did it to), "and that has
// cut the waiting list".
const THAT_DID = /^(?:(?:has|had|have|also)\s+)?\p{Ll}+(?:ed|t)\s+(?:our|the|its|their|his|her|my|your|us|them|it|to|a|an)\b/u;

/**
 * Whether the passage says one side of the link before "and that" and the other after it, and
 * links nothing by cause: two points of what someone said, told side by side, not one as the
 * other's cause.
 */
function toldAsPoints(p: Passage, sides: LinkSides): boolean {
  const m = NEXT_POINT.exec(p.text);
  if (!m || LINK.test(p.text) || THAT_DID.test(p.text.slice(m.index + m[0].length))) return false;
  const parts = [p.text.slice(0, m.index), p.text.slice(m.index + m[0].length)].map(contentWords);
  const says = (side: ReadonlySet<string>, k: number): boolean => sharedWords(side, parts[k]!) / side.size >= SAID;
  return (says(sides.cause, 0) && says(sides.effect, 1) && !says(sides.cause, 1)) || (says(sides.effect, 0) && says(sides.cause, 1) && !says(sides.cause, 0));
}

/** Whether the passage says both sides of the link, as points of their own (see toldAsPoints). */
function saysAsPoints(p: Passage, sides: LinkSides): boolean {
  return shareSaid(sides.before, [p]) >= SAID && shareSaid(sides.after, [p]) >= SAID && toldAsPoints(p, sides);
}

/** A link's two sides, which is the cause and which the effect, and whether the text denies the link. */
interface LinkSides {
  before: Set<string>;
  after: Set<string>;
  cause: Set<string>;
  effect: Set<string>;
  denied: boolean;
  /** Denied as left open: "could not say whether ...". */
  undecided: boolean;
}

// Before a link, what leaves it open: a negated verb of finding out before "whether" ("The audit
// was not designed to assess whether delays contributed to any death", "could not say whether",
// "unable to establish whether").
const UNDECIDED_BEFORE = /(?:\b(?:not|never|unable\s+to|impossible\s+to)|n['’]t)\s+(?:[\p{L}]+\s+){0,3}?(?:assess|determine|establish|say|tell|judge|show|prove|conclude|confirm|know|examine)\s+whether\s+[^.;:!?]{0,120}$/iu;
// Before a link, what denies it: what leaves it open, a negation right before ("was not caused
// by", "did not lead to"), or a verb that denies what "that" opens ("would not accept that our
// delay caused", "rejected the suggestion that the delay caused", "denied that ...").
const DENIED_BEFORE = new RegExp(`${UNDECIDED_BEFORE.source}|(?:\\b(?:not|never)|n['’]t)\\s+(?:[\\p{L}]+\\s+)?$|(?:(?:\\b(?:not|never)|n['’]t)\\s+(?:accept|agree|believe|think|say)|\\b(?:rejected|rejects|reject|rejecting|denied|denies|deny|denying|disputed|disputes|dispute|disputing|dismissed|dismisses|dismiss)(?:\\s+(?:the|a|any)\\s+(?:suggestion|claim|idea|notion|argument|view|assertion|allegation|charge)s?)?)\\s+that\\s+[^.;:!?]{0,120}$`, 'iu');

// What a link "pushed" pushes up or down, before the "up".
const PUSHED = /^((?:\s+[^\s.,;:!?]+){1,5}?)\s+(?:up|down)\b/u;

/**
 * The two sides of the link `link` of `text`, each read from its clause next to the link; undefined
 * where a side has no word. The clause either side of the link: "the organisation had $612,000,
 * while revenue was 6% under budget, mostly because ..." links only the revenue. (A word of
 * degree before the link is the link's: "..., largely because of a junior section" links what the
 * clause before it says.) `afterComma`: a link set off by a comma ("... on shift, rather than the
 * usual two, because of staff sickness") reads the clause before the comma; without it, such a
 * link has no side before, as the checks of links told apart want it (a reason after a comma is
 * as often a gloss on the whole story: "..., due to cybersecurity worries").
 */
function sidesOf(text: string, link: RegExpExecArray, afterComma = false): LinkSides | undefined {
  const head = text.slice(0, link.index);
  const bare = head.replace(DEGREE_BEFORE, '');
  const beforeClause = (afterComma ? bare.replace(/[,;]\s*$/u, '') : bare).split(/[,;:]\s|\s(?:while|but|and|which|who|that)\s/u).pop()!;
  const rest = text.slice(link.index + link[0].length);
  // ("pushed its fuel and insurance costs up": what is pushed up stands before "up".)
  const pushed = /^push\p{L}*$/iu.test(link[0]) ? PUSHED.exec(rest)?.[1] : undefined;
  const afterClause = pushed ?? rest.split(/[,;:]\s|\s(?:while|but|and|which|who)\s/u)[0]!;
  const before = new Set(wordsOfLetters(beforeClause).slice(-SIDE_WORDS));
  const after = new Set(wordsOfLetters(afterClause).slice(0, SIDE_WORDS));
  if (!before.size || !after.size) return undefined;
  const causeAfter = CAUSE_AFTER.test(link[0]);
  // (The sentence the link stands in: a denial in the sentence before is not this link's.)
  const sentence = head.slice(Math.max(0, head.search(/[^.!?]*$/u)));
  return { before, after, cause: causeAfter ? after : before, effect: causeAfter ? before : after, denied: DENIED_BEFORE.test(sentence), undecided: UNDECIDED_BEFORE.test(sentence) };
}

// A passage's links, read once however many statements ask.
const linksRead = new WeakMap<Passage, LinkSides[]>();
// How many links of one passage are read (a hostile passage has thousands).
const MOST_LINKS = 16;

function linksOf(p: Passage): LinkSides[] {
  let found = linksRead.get(p);
  if (!found) {
    found = [];
    for (const m of p.text.matchAll(LINKS)) {
      const sides = sidesOf(p.text, m);
      if (sides) found.push(sides);
      if (found.length >= MOST_LINKS) break;
    }
    linksRead.set(p, found);
  }
  return found;
}

const LINKS = new RegExp(LINK.source, 'giu');
// After a denied link, the cause the passage gives instead: "was not caused by the wiring but by
// a discarded cigarette".
const OTHER_CAUSE = /^[^.;!?]{0,80}?\b(?:but|rather|instead)\b/iu;

// How many sentences either side of a denial, in its paragraph, may tell what is denied.
const PARAGRAPH_REACH = 3;

/**
 * Whether the `i`th passage denies a link whose effect is the statement's (half its words in that
 * passage) and whose cause the passage, with the sentences of its paragraph, says: "But I would
 * not accept that our delay caused the driver shortfall. That shortfall existed before we were
 * late." denies that the late timetable caused the shortage of drivers. `loosely`: a cause's word
 * may be the passage's with an ending ("lateness" for "late"), as a denied cause is often told
 * in other words. A passage that gives another cause after the denial ("not by the wiring but
 * by ...") denies no cause the neighbours say.
 */
function deniesCauseOf(passages: readonly Passage[], i: number, sides: LinkSides, loosely: boolean): boolean {
  const p = passages[i]!;
  if (!linksOf(p).some((l) => l.denied)) return false;
  if (shareSaid(sides.effect, [p]) < SAID) return false;
  const around = passages.slice(Math.max(0, i - PARAGRAPH_REACH), i + PARAGRAPH_REACH + 1).filter((q) => q.paragraph.start === p.paragraph.start);
  // (A neighbour that itself gives a cause, "It was caused by retirements", gives another.)
  const telling = around.filter((q) => q === p ? !OTHER_CAUSE.test(p.text.slice(p.text.search(LINK))) : !linksOf(q).some((l) => !l.denied));
  return (loosely ? shareLoosely(sides.cause, telling) : shareSaid(sides.cause, telling)) >= SAID;
}

/** shareSaid, where a word may also be a passage's word with an ending, or the passage's with one ("lateness", "late"). */
function shareLoosely(side: ReadonlySet<string>, passages: readonly Passage[]): number {
  let n = 0;
  for (const w of side) {
    if (shareSaid(new Set([w]), passages) > 0) n++;
    else if (w.length >= 4 && passages.some((p) => { for (const u of passageWords(p).words) if (u.length >= 4 && (w.startsWith(u) || u.startsWith(w))) return true; return false; })) n++;
  }
  return n / side.size;
}

/** A link the statement makes (`span`) that a passage of its documents denies (`passage`), or leaves open (`undecided`). */
export interface DeniedCause {
  span: Span;
  passage: Passage;
  undecided: boolean;
}

/**
 * A link of cause the statement makes that its source denies: "Dr Ruiz said the late timetable
 * was the main cause of the driver shortfall" where she said "I would not accept that our delay
 * caused the driver shortfall. That shortfall existed before we were late." Not where a passage
 * of the documents makes the link itself, about the same two things.
 */
export function deniedCause(corpus: Corpus, text: string, alignments: readonly Alignment[]): DeniedCause | undefined {
  const link = LINK.exec(text);
  if (!link) return undefined;
  const sides = sidesOf(text, link);
  if (!sides || sides.denied) return undefined;
  let found: Passage | undefined;
  for (const passages of alignedDocuments(corpus, alignments)) {
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i]!;
      if (linksOf(p).some((l) => !l.denied) && shareSaid(sides.cause, [p]) >= SAID && shareSaid(sides.effect, [p]) >= SAID) return undefined;
      if (!found && deniesCauseOf(passages, i, sides, false)) found = p;
    }
  }
  return found && { span: { start: link.index, end: link.index + link[0].length }, passage: found, undecided: linksOf(found).some((l) => l.undecided) };
}

// A number written in words counts what the clause speaks of; it is no cause or effect of its own
// ("Of 38 collisions reported, five caused injuries").
const COUNT_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions)$/;

/** A text's content words that have a letter (no figures, nor numbers in words), each once, in order. */
function wordsOfLetters(text: string): string[] {
  return [...contentWords(text)].filter((w) => /\p{L}/u.test(w) && !COUNT_WORD.test(w));
}

// What a passage gives as a cause alone (see givesCause), read once however many statements ask.
const givenCauses = new WeakMap<Passage, Set<string> | null>();

/** The words after a marker of cause with few words before it ("The cause was ..."), if the passage has one. */
function causeGivenAlone(p: Passage): Set<string> | null {
  let found = givenCauses.get(p);
  if (found === undefined) {
    const m = CAUSE_GIVEN.exec(p.text);
    found = m && wordsOfLetters(p.text.slice(0, m.index)).length <= GIVEN_ALONE ? contentWords(p.text.slice(m.index + m[0].length)) : null;
    givenCauses.set(p, found);
  }
  return found;
}

/** Whether a passage gives the cause alone: a marker of cause with few words before it, the cause's words after. */
function givesCause(p: Passage, cause: ReadonlySet<string>): boolean {
  const said = causeGivenAlone(p);
  return said !== null && sharedWords(cause, said) / cause.size >= SAID;
}

/** A reason the statement gives (`span`, its link) where the passage that tells of the same thing gives another. */
export interface OtherReason {
  span: Span;
  passage: Passage;
}

// How close two words' vectors must be for one reason to be the other's words ("engineer" and
// "staff" are, "error" and "sickness" are not).
const SAME_REASON = 0.45;
// Words of a reason that tell only when it held ("because it was still being erected at the
// time"): their vectors are near those of many words.
const WHEN_HELD = /\b(?:still|already|yet|also|just|even|then|now|again|at\s+(?:the|that)\s+time)\b/giu;

/**
 * A reason the statement gives for what its passage says happened, where that passage gives
 * another: "Only one engineer was on shift because of a rota error" where the source says "Only
 * one engineer was on shift, rather than the usual two, because of staff sickness". The
 * passage says at least half the words of the statement's effect before its own link ("because
 * of", "due to"), and no word of the reason after that link is the statement's reason's, nor
 * one WordNet or the word vectors relate to it ("because staff were ill"). Not where a passage
 * (or two neighbouring ones of a paragraph) of the documents says both the effect and the
 * statement's reason, nor where the passage's own paragraph says that reason next to it.
 */
export function otherReason(corpus: Corpus, text: string, alignments: readonly Alignment[]): OtherReason | undefined {
  const link = LINK.exec(text);
  if (!link || !CAUSE_AFTER.test(link[0])) return undefined;
  const sides = sidesOf(text, link, true);
  if (!sides || sides.denied) return undefined;
  const mine = reasonWords(text.slice(link.index + link[0].length).split(/[,;:]\s|\s(?:while|but|which|who)\s/u)[0]!);
  if (!mine.length) return undefined;
  let found: Passage | undefined;
  for (const passages of alignedDocuments(corpus, alignments)) {
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i]!;
      const near = [passages[i - 1], p, passages[i + 1]].filter((q): q is Passage => !!q && q.paragraph.start === p.paragraph.start);
      if (shareSaid(sides.effect, near) >= SAID && shareSaid(sides.cause, near) >= SAID) return undefined;
      if (!found && givesOtherReason(p, sides.effect, mine)) found = p;
    }
  }
  return found && { span: { start: link.index, end: link.index + link[0].length }, passage: found };
}

/** A text's content words as written, lower-cased, with a letter: what WordNet and the vectors read. */
function reasonWords(text: string): string[] {
  text = text.replace(WHEN_HELD, ' ');
  const content = contentWords(text);
  return [...new Set(tokenizeCached(text).filter((t) => content.has(t.norm) && /\p{L}/u.test(t.text) && !COUNT_WORD.test(t.norm)).map((t) => t.text.toLowerCase()))];
}

/**
 * Whether the passage gives a reason (after "because of", "due to" ...) for what it says before
 * the link, that says the statement's effect (half its words), and no reason of the passage's
 * is the statement's (`mine`, its reason's words): no word of it the same, nor related.
 */
function givesOtherReason(p: Passage, effect: ReadonlySet<string>, mine: readonly string[]): boolean {
  let gives = false;
  let read = 0;
  for (const m of p.text.matchAll(LINKS)) {
    if (++read > MOST_LINKS) break;
    if (!CAUSE_AFTER.test(m[0]) || DENIED_BEFORE.test(p.text.slice(0, m.index))) continue;
    if (!gives) {
      const head = contentWords(p.text.slice(0, m.index));
      if (sharedWords(effect, head) / effect.size < SAID) return false;
      gives = true;
    }
    const theirs = reasonWords(p.text.slice(m.index + m[0].length).split(/[.;!?]/u)[0]!);
    if (theirs.some((w) => mine.some((u) => sameOrRelated(u, w) || (similarity(u, w) ?? 0) >= SAME_REASON))) return false;
  }
  return gives;
}

// A statement that names a cause as found: "has been identified as the cause of the leak", "was
// the cause of", "the cause was". (Not the links of LINK, which deniedCause reads.)
const CAUSE_FOUND = /\b(?:(?:identified|confirmed|established|named|found)\s+as\s+the\s+(?:cause|source)|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:the\s+|found\s+to\s+be\s+the\s+)?(?:root\s+|main\s+|direct\s+)?cause\s+of|the\s+cause\s+(?:of\s+(?:the\s+)?[\p{L}-]+\s+)?(?:was|is|has\s+been))\b/iu;
// A statement that leaves it open itself: "may have been", "suspected", "is thought to".
const CAUSE_HEDGED = /\b(?:may|might|could|possibl\p{L}*|probabl\p{L}*|likely|suspect\p{L}*|thought|believed|not\s+yet|unclear|unknown|investigat\p{L}*)\b/iu;
// A passage that says the cause is not known yet: "Cause not yet determined", "the cause has yet
// to be established", "the cause is unknown", "the cause remains under investigation".
const CAUSE_OPEN = /\bcauses?\s+(?:(?:is|are|was|were|has|have|had|remains?|remained)\s+)?(?:(?:not\s+(?:yet\s+)?(?:been\s+)?(?:determined|established|known|confirmed|identified))|(?:yet\s+to\s+be\s+(?:determined|established|confirmed|identified))|unknown|undetermined|unclear|under\s+investigation)\b/iu;
// How many sentences either side of an aligned passage, in its paragraph, are read for it.
const OPEN_REACH = 3;

/**
 * A cause told as found ("External corrosion has been identified as the cause of the leak")
 * where a sentence by the passage the statement aligns with, in its paragraph, says the cause is
 * not known yet ("Cause not yet determined. Initial inspection shows external corrosion around
 * the failure point"). The statement's words, and that sentence.
 */
export function causeUndetermined(corpus: Corpus, text: string, passages: readonly Passage[]): DeniedCause | undefined {
  const found = CAUSE_FOUND.exec(text);
  if (!found || CAUSE_HEDGED.test(text)) return undefined;
  for (const p of passages) {
    for (const step of [0, -1, 1] as const) {
      let q: Passage | undefined = p;
      for (let k = 0; q && k <= (step === 0 ? 0 : OPEN_REACH); k++, q = step === 0 ? undefined : corpus.passageBeside(q, step)) {
        if (q.paragraph.start !== p.paragraph.start) break;
        if (CAUSE_OPEN.test(q.text)) return { span: { start: found.index, end: found.index + found[0].length }, passage: q, undecided: true };
      }
    }
  }
  return undefined;
}
