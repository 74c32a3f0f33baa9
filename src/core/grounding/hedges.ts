// Certainty the source does not give: the statement says something will happen ("will not be
// feasible") where its passage says it may ("may not be feasible", "could lead to"). A reviewer
// reads the hedge as part of what the source says; a statement that drops it says more.
import type { Passage, Span } from '../model.js';
import { escapeRegExp } from '../text/regexp.js';
import { shorten } from '../text/shorten.js';
import { normalizeWord, STOPWORDS, type Token } from '../text/tokens.js';
import { contentWords, isContentNorm, passageProfile, sharedWords, tokenizeCached } from './passage-profile.js';
import { lemmas, relation, type Relation } from '../lexicon/index.js';

const CERTAIN = new Set(['will', "won't", 'shall']);
// What a statement says as certain: "can" too, denied ("can no longer finish first" is as certain
// as "will not").
const STATEMENT_CERTAIN = new Set([...CERTAIN, 'cannot', "can't", 'can']);
const HEDGES = new Set(['may', 'might', 'could']);
// Hedges followed by "to" and the verb: "are likely to proceed", "is unlikely to succeed"
// ("unlikely" says it may not happen). "Expected to" is not one: newsrooms write "will" for
// what members are expected to do.
const HEDGES_TO: Record<string, boolean> = { likely: false, unlikely: true };
// Words between a modal and its verb that change nothing here: "may not necessarily translate".
const BETWEEN = new Set(['not', "n't", 'never', 'no', 'longer', 'necessarily', 'even', 'also', 'still', 'likely', 'well', 'soon', 'eventually', 'ultimately', 'probably', 'be']);

export interface DroppedHedge {
  /** The statement's modal ("will"), where it stands. */
  span: Span;
  /** The passage's words from its hedge to its verb: "may not be feasible". */
  said: string;
  /** What a fix writes for the modal: the passage's "may" ("may not" for "won't"); none for "likely to". */
  fix?: string;
  /** The passage that says it, to show first. */
  passage?: Passage;
}

/** The verb a modal governs, as an index into the tokens, skipping "not", "necessarily", "be". */
function verbAfter(tokens: readonly { text: string }[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 4 && BETWEEN.has(tokens[j]!.text.toLowerCase())) j++;
  return j < tokens.length && j <= i + 4 ? j : -1;
}

/** Whether a modal is negated: "will not", "won't", "may not". */
function negatedAfter(tokens: readonly { text: string }[], i: number, verb: number): boolean {
  if (/n't$|^cannot$/i.test(tokens[i]!.text)) return true;
  for (let k = i + 1; k < verb; k++) if (/^(?:not|n't|never|no)$/i.test(tokens[k]!.text)) return true;
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
  // The hedges another verb may say the statement's with, listed once.
  let mayHappen: PassageModal[] | undefined;
  let allModals: PassageModal[] | undefined;
  // A sentence says "will" a few times; a hostile one of thousands has its first weighed so.
  let otherVerbs = 0;
  // A "would" the statement reports ("said ... it would not be viable") is the speaker's "will".
  let reported: Set<number> | undefined;
  const reportedWould = (t: Token): boolean => t.text.toLowerCase() === 'would' && (reported ??= new Set([...statement.matchAll(REPORTED_WOULD)].slice(0, MOST_CLAIMS).map((m) => m.index + m[0].length - 'would'.length))).has(t.start);
  for (let i = 0; i < mine.length; i++) {
    const reportedHere = reportedWould(mine[i]!);
    if (!STATEMENT_CERTAIN.has(mine[i]!.text.toLowerCase()) && !reportedHere) continue;
    const v = verbAfter(mine, i);
    // "will likely proceed", "will probably fall": the statement hedges too.
    if (v < 0 || mine.slice(i + 1, v).some((t) => /^(?:likely|probably)$/i.test(t.text))) continue;
    const negated = negatedAfter(mine, i, v);
    if (!negated && mine[i]!.text.toLowerCase() === 'can') continue;
    // The passages' modals are read once, however many "will"s the statement has.
    theirs ??= passageModals(passages);
    let same = (theirs.get(mine[v]!.norm) ?? []).filter((m) => m.negated === negated);
    // Said with another verb ("will keep some streets under water into the weekend" where the
    // passage says they "may stay under water into the weekend"): the hedge whose words after it
    // the statement's share.
    if (!same.length && otherVerbs++ < MOST_CLAIMS) {
      const words = predicate(mine, v, statement);
      // Only a hedge of what may happen (after "if", or "might"), not of what one may do:
      // "Employees may claim up to 300 euros" is what "the company will reimburse".
      // ("may need to", "may have to", "may be" say what may happen too.)
      mayHappen ??= [...theirs.values()].flat().filter((m) => m.certain || m.conditional || m.word === 'might' || MAY_HAPPEN.test(m.said));
      same = mayHappen.filter((m) => m.negated === negated && (sharedWords(words, m.predicate) >= SHARED_PREDICATE || sharesFigure(words, m.predicate)));
      // Or with a verb of the same sense ("will meet up to half the cost" where the fund "could
      // cover up to 50% of the cost"): a hedge (or a "will", which backs it) whose verb the
      // lexicon relates to the statement's, with a word after it the statement's.
      if (!same.length) {
        const verb = mine[v]!.text.toLowerCase();
        same = (allModals ??= [...theirs.values()].flat()).filter((m) => m.word !== 'can' && m.negated === negated && sharedWords(words, m.predicate) >= 1 && SAME_SENSE.has(relation(verb, m.verb) ?? 'same'));
      }
    }
    // "cannot be unreasonably withheld" is what "may not be unreasonably withheld" says: a "may
    // not" forbids as much as it doubts, so a denied "can" is weighed against "unlikely to",
    // "might" or "could" only.
    if (/^can/i.test(mine[i]!.text)) same = same.filter((m) => m.word !== 'may');
    // A reported "would" says less than "will": it drops a "may" or a "might", not a "could"
    // ("would be given the chance" for "could be given the chance").
    if (reportedHere) same = same.filter((m) => m.certain || m.word === 'may' || m.word === 'might');
    // A passage that also says it will happen backs the statement.
    if (same.some((m) => m.certain)) return undefined;
    const hedge = same[0];
    if (!hedge) continue;
    const fix = hedge.to ? undefined : /n't$|^cannot$/i.test(mine[i]!.text) ? `${hedge.word} not` : hedge.word;
    return { span: { start: mine[i]!.start, end: mine[i]!.end }, said: hedge.said, ...(fix ? { fix } : {}) };
  }
  return undefined;
}

// A "may" of what may happen, not of what someone may do: "owners may need to move out", "may
// have to", "may be used", "may take".
const MAY_HAPPEN = /^may\s+(?:not\s+)?(?:need|have|be|become|take|require|cost|last|face|mean|prove|rise|fall|grow|increase|decrease|drop|remain|continue)\b/i;

// What a passage says is not expected or meant to happen: "did not expect to reduce", "has no
// plans to close", "does not intend to sell". The verb.
const NOT_EXPECTED = /\b(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+(?:expect|intend|plan|anticipate)\s+to\s+(\p{L}+)|\b(?:has|have|had)\s+no\s+(?:plans?|intention)\s+to\s+(\p{L}+)/giu;

/**
 * What the statement says will happen ("Holt said the orchestra would cut the size of its
 * 68-strong core ensemble") where its passage says it is not expected to ("did not expect to
 * reduce the size of its 68-strong core ensemble, but that this could be reviewed"): a "will" or
 * a reported "would", not denied or hedged, of the passage's verb or one of the same sense, with
 * SHARED_PREDICATE of the words after it. The passage's words.
 */
export function expectedNot(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  if (STATEMENT_HEDGE.test(statement)) return undefined;
  const denied = passages.flatMap((p) => [...p.text.matchAll(NOT_EXPECTED)].slice(0, MOST_CLAIMS).map((m) => {
    const at = m.index + m[0].length - (m[1] ?? m[2])!.length;
    const clause = clauseFrom(p.text, at);
    return { said: m[0], verb: (m[1] ?? m[2])!.toLowerCase(), words: predicate(tokenizeCached(clause), 0, clause), passage: p };
  }));
  if (!denied.length) return undefined;
  const mine = tokenizeCached(statement);
  const reported = new Set([...statement.matchAll(REPORTED_WOULD)].slice(0, MOST_CLAIMS).map((m) => m.index));
  // A sentence says "will" a few times; a hostile one of thousands has its first weighed.
  let read = 0;
  for (let i = 0; i < mine.length && read < MOST_CLAIMS; i++) {
    if (!CERTAIN.has(mine[i]!.text.toLowerCase()) && !reported.has(mine[i]!.start)) continue;
    read++;
    const v = verbAfter(mine, i);
    if (v < 0 || negatedAfter(mine, i, v)) continue;
    const verb = mine[v]!.text.toLowerCase();
    const words = predicate(mine, v, statement);
    const found = denied.find((d) => sharedWords(words, d.words) >= SHARED_PREDICATE && (normalizeWord(d.verb) === mine[v]!.norm || SAME_SENSE.has(relation(verb, d.verb) ?? 'same')));
    if (found) return { span: { start: mine[i]!.start, end: mine[v]!.end }, said: found.said, passage: found.passage };
  }
  return undefined;
}

interface PassageModal {
  /** "will", "may", "likely" ... as written, lower-cased. */
  word: string;
  /** The verb it governs, as written, lower-cased. */
  verb: string;
  /** A hedge followed by "to" ("likely to proceed"). */
  to: boolean;
  certain: boolean;
  negated: boolean;
  /** The passage's words from the modal to its verb: "may not be feasible". */
  said: string;
  /** The content words of the verb and the few after it: what the modal is said of. */
  predicate: Set<string>;
  /** "If" or "unless" stands before the modal in its sentence: what may happen on a condition. */
  conditional: boolean;
}

const CONDITION = /\b(?:if|unless)\b/i;

// How the lexicon relates two verbs said of the same thing: "meet" and "cover", "cut" and "reduce".
const SAME_SENSE = new Set<Relation>(['synonym', 'broader', 'narrower']);

// How many words after a modal's verb (the verb too) tell what it is said of, and how many of
// them a statement's must share to say the same thing with another verb.
const PREDICATE_WORDS = 8;
const SHARED_PREDICATE = 2;

/**
 * Whether a clause ends between two tokens of `text`: a full stop, colon, semicolon or mark
 * between them, but not the colon of a time or the point of a figure ("a 21:00 sailing", "by
 * 7.5%"), which the tokens split.
 */
function clauseEndsBetween(text: string, before: Token, after: Token): boolean {
  if (!/[.;:!?]/.test(text.slice(before.start, after.start))) return false;
  return !(/^[.:]$/.test(text.slice(before.end, after.start)) && /\d$/.test(before.text) && /^\d/.test(after.text));
}

/** Whether two predicates give the same figure ("by more than 70 per cent", "could exceed 70 per cent"). */
function sharesFigure(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (/^\d/.test(w) && b.has(w)) return true;
  return false;
}

/** The content words (and figures) of the verb at `verb` of `text` and the few after it, up to the clause's end. */
function predicate(tokens: readonly Token[], verb: number, text: string): Set<string> {
  const out = new Set<string>();
  for (let k = verb; k < tokens.length && k < verb + PREDICATE_WORDS; k++) {
    if (k > verb && clauseEndsBetween(text, tokens[k - 1]!, tokens[k]!)) break;
    // (A figure too: "will cut emissions by more than 70 per cent" is said of what "the saving
    // could exceed 70 per cent" is.)
    if (isContentNorm(tokens[k]!.norm) || /^\d/.test(tokens[k]!.norm)) out.add(tokens[k]!.norm);
  }
  return out;
}

/** The passages' modals and hedges, by the verb each governs, in text order. */
function passageModals(passages: readonly Passage[]): Map<string, PassageModal[]> {
  const out = new Map<string, PassageModal[]>();
  for (const p of passages) {
    const theirs = passageProfile(p).tokens;
    // Where the passage's first "if" or "unless" ends: a modal after it is conditional.
    const condition = CONDITION.exec(p.text);
    const conditionEnd = condition ? condition.index + condition[0].length : Infinity;
    for (let k = 0; k < theirs.length; k++) {
      const word = theirs[k]!.text.toLowerCase();
      const to = HEDGES_TO[word] !== undefined && theirs[k + 1]?.text.toLowerCase() === 'to';
      // "can" too, of the same verb only: "The power base can overheat" is what may happen, and
      // "will overheat" says it will (another verb's "will" weighs only the hedges of mayHappen).
      if (!HEDGES.has(word) && !CERTAIN.has(word) && !to && word !== 'can') continue;
      const u = verbAfter(theirs, to ? k + 1 : k);
      if (u < 0) continue;
      const negated = to ? HEDGES_TO[word]! || negatedAfter(theirs, k + 1, u) : negatedAfter(theirs, k, u);
      const modal = { word, verb: theirs[u]!.text.toLowerCase(), to, certain: CERTAIN.has(word), negated, said: p.text.slice(theirs[k]!.start, theirs[u]!.end), predicate: predicate(theirs, u, p.text), conditional: conditionEnd <= theirs[k]!.start };
      const verb = theirs[u]!.norm;
      const list = out.get(verb);
      if (list) list.push(modal);
      else out.set(verb, [modal]);
    }
  }
  return out;
}

// "proves that", "shows", "confirmed that": a statement of certainty about what follows.
const CERTAINTY = /\b(proves?|proved|proven|shows?|showed|shown|demonstrates?|demonstrated|confirms?|confirmed|establish(?:es|ed)?)\b\s*(?:that\s+)?/giu;
// "we cannot conclude that", "does not prove", "no evidence that": the source says it is not known.
const DENIAL = /\b(?:cannot|can['’]t|could\s+not|couldn['’]t|(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+(?:yet\s+)?(?:conclude|prove|show|establish|demonstrate|confirm|say|determine)\b\s*(?:that\s+)?|\bno\s+(?:evidence|proof)\s+(?:that\s+)?/giu;
// How much of the source's words after its denial are quoted as what it says.
const CLAUSE = /^[^.;:!?]{1,160}/u;

// A passage's hedge on what happened: "is likely to have developed", "probably formed", "may
// have been caused", "is thought to have started". The verb is what the statement may say plainly.
// ("May soon include" is what may yet happen: the statement's "will" is droppedHedge's to weigh.)
const HEDGED_DONE = /\b(?:(?:is|are|was|were)\s+(?:likely|thought|believed|understood|suspected|presumed|assumed)\s+to\s+have\s+(?:been\s+)?|(?:may|might|could)\s+(?:well\s+)?have\s+(?:been\s+)?|(?:probably|possibly|likely)\s+(?:been\s+)?)(\p{L}{3,})/giu;
// The verb after such a hedge is a past participle: "developed", "grown", "built".
const PARTICIPLE = /(?:ed|en|wn)$|^(?:made|built|begun|done|gone|found|lost|led|left|held|kept|met|paid|sold|told|won|hit|cut|set|put|run|become|brought|bought|caught|taught|fought|sought|spent|sent|meant|felt|dealt|struck|stuck|shot|fled|fed|hid|slid)$/i;
// A statement that hedges in any of these words says it as the source does.
const STATEMENT_HEDGE = /\b(?:likely|probably|possibly|perhaps|presumably|apparently|may|might|could|thought|believed|suspected|alleged(?:ly)?|appears?|seems?|suggests?|suggested|unclear|uncertain|not\s+(?:yet\s+)?(?:clear|known|certain))\b/i;
// The words after the verb the two must share to say the same thing.
const SHARED_DONE = 2;
// How far after the verb, in characters, its clause is read (and before a hedge of a verb of the
// same sense), and where the clause ends.
const CLAUSE_REACH = 300;
const CLAUSE_BREAK = /[.;:]|,\s+(?:though|although|but|while|which)\b/u;
// The words of a hedge's clause a statement that tells it done with a verb of the same sense must have.
const SHARED_RELATED = 3;

/**
 * What the passage says probably happened, said by the statement as done: "the crack developed
 * gradually through repeated heating" where the passage says it "is likely to have developed
 * gradually through repeated heating". The statement has the passage's verb and the words after
 * it (or a verb of the same sense and the words of the hedge's clause), and no hedge of its own.
 */
export function hedgedDone(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  if (STATEMENT_HEDGE.test(statement)) return undefined;
  const mine = tokenizeCached(statement);
  // Where each word first stands, read once: a hostile passage may hedge thousands of verbs.
  let firstAt: Map<string, number> | undefined;
  const wordsAfter = new Map<number, Set<string>>();
  // The statement's verbs told as done ("had boosted"), and its words, read once.
  let told: number[] | undefined;
  let ourWords: Set<string> | undefined;
  let read = 0;
  for (const p of passages) {
    if (!/\b(?:likely|thought|believed|understood|suspected|presumed|assumed|probably|possibly|may|might|could)\b/i.test(p.text)) continue;
    for (const m of p.text.matchAll(HEDGED_DONE)) {
      if (++read > MOST_CLAIMS * 10) return undefined;
      if (!PARTICIPLE.test(m[1]!) || STOPWORDS.has(m[1]!.toLowerCase())) continue;
      const verb = normalizeWord(m[1]!.toLowerCase());
      if (!firstAt) {
        firstAt = new Map();
        mine.forEach((t, i) => { if (!firstAt!.has(t.norm)) firstAt!.set(t.norm, i); });
      }
      // The clause after each verb, within a reach (a hostile sentence may run for pages).
      const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + CLAUSE_REACH);
      const clause = after.split(CLAUSE_BREAK)[0]!;
      const at = firstAt.get(verb);
      if (at !== undefined) {
        let ours = wordsAfter.get(at);
        if (!ours) wordsAfter.set(at, (ours = contentWords(statement.slice(mine[at]!.end, mine[at]!.end + CLAUSE_REACH))));
        if (sharedWords(ours, contentWords(clause)) < SHARED_DONE) continue;
        return { span: { start: mine[at]!.start, end: mine[at]!.end }, said: shorten(`${m[0]}${clause}`.trim(), 80), passage: p };
      }
      // Told with a verb of the same sense, perhaps the other way round: "the introduction of
      // app voting ... had boosted turnout" where "the rise in turnout may have been helped by
      // the introduction of voting through the ... app". The hedge's clause, both sides of it,
      // has SHARED_RELATED of the statement's words.
      told ??= mine.flatMap((t, i) => (PARTICIPLE.test(t.text) && !STOPWORDS.has(t.text.toLowerCase()) ? [i] : []));
      const related = told.find((i) => SAME_SENSE.has(relation(mine[i]!.text.toLowerCase(), m[1]!.toLowerCase()) ?? 'same'));
      if (related === undefined) continue;
      const before = p.text.slice(Math.max(0, m.index - CLAUSE_REACH), m.index).split(CLAUSE_BREAK).at(-1)!;
      if (sharedWords((ourWords ??= contentWords(statement)), contentWords(`${before} ${clause}`)) < SHARED_RELATED) continue;
      return { span: { start: mine[related]!.start, end: mine[related]!.end }, said: shorten(`${m[0]}${clause}`.trim(), 80), passage: p };
    }
  }
  return undefined;
}

/**
 * A claim the statement says is proven ("The study proves that short sleep causes lower exam
 * scores") where its passage says it cannot be concluded ("we cannot conclude that short sleep
 * causes lower scores"): the statement's verb of certainty, and the source's words.
 */
export function overclaimed(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const promised = promisedDenied(statement, passages);
  if (promised) return promised;
  if (!/\b(?:prove|show|demonstrat|confirm|establish)/i.test(statement)) return undefined;
  // What the statement says is proven (not "cannot show that ...", which says what the source
  // says), read once; a sentence makes few such claims, and a hostile one of thousands is read
  // for its first.
  const claims = [...statement.matchAll(CERTAINTY)].filter((c) => !NEGATED_BEFORE.test(statement.slice(Math.max(0, c.index - 24), c.index))).slice(0, MOST_CLAIMS).map((c) => ({ c, words: contentWords(CLAUSE.exec(statement.slice(c.index + c[0].length))?.[0] ?? '') }));
  if (!claims.length) return undefined;
  for (const p of passages) {
    for (const denial of denialsOf(p)) {
      if (denial.words.size < 2) continue;
      for (const { c, words } of claims) {
        if (sharedWords(words, denial.words) >= 2) return { span: { start: c.index, end: c.index + c[1]!.length }, said: denial.said, passage: p };
      }
    }
  }
  return undefined;
}

// A statement's word of a promise: "guaranteed MPs that", "promised that", "pledged to".
const PROMISED = /\b(?:guarantee[ds]?|promise[ds]|assured|pledged|vowed)\b/giu;
// A source that declines to promise: "I don't want to give a guarantee I can't keep", "could not
// promise", "no guarantee", "refused to commit".
const PROMISE_DENIED = /(?:\b(?:not|never|no)\b|\b\p{L}+n['’]t\b)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:guarantee|guarantees|promise|promises|assurance|assurances|pledge|undertaking|commitment|commit)\b|\b(?:refused|refuses|declined|declines)\s+to\s+(?:guarantee|promise|commit|pledge)\b/iu;

/**
 * A promise the statement tells ("Mr Everleigh guaranteed MPs that cancellations would be below 3
 * per cent by June") where its passage declines to give one ("I would expect cancellations to be
 * below 3 per cent by June, but I don't want to give a guarantee I can't keep"): the sentence
 * that declines has two of the words promised, one of them no figure or date.
 */
function promisedDenied(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  if (!/\b(?:guarantee|promise|assured|pledged|vowed)/i.test(statement)) return undefined;
  const claims = [...statement.matchAll(PROMISED)].slice(0, MOST_CLAIMS).filter((c) => !NEGATED_BEFORE.test(statement.slice(Math.max(0, c.index - 24), c.index)));
  if (!claims.length) return undefined;
  for (const p of passages) {
    const denial = PROMISE_DENIED.exec(p.text);
    if (!denial) continue;
    const theirs = contentWords(p.text);
    for (const c of claims) {
      if (sameThingSettled(contentWords(CLAUSE.exec(statement.slice(c.index + c[0].length))?.[0] ?? ''), theirs)) return { span: { start: c.index, end: c.index + c[0].length }, said: denial[0].trim(), passage: p };
    }
  }
  return undefined;
}

/** A passage's denial that something can be said: its words ("cannot conclude that ..."), and the content words of what it denies. */
interface Denial {
  said: string;
  words: Set<string>;
}

const passageDenials = new WeakMap<Passage, Denial[]>();

/** A passage's denials (its first MOST_CLAIMS), read once however many statements ask. */
function denialsOf(p: Passage): Denial[] {
  let found = passageDenials.get(p);
  if (!found) {
    found = [];
    for (const d of p.text.matchAll(DENIAL)) {
      if (found.length >= MOST_CLAIMS) break;
      const clause = CLAUSE.exec(p.text.slice(d.index + d[0].length))?.[0] ?? '';
      found.push({ said: `${d[0]}${clause}`.trim(), words: contentWords(clause) });
    }
    passageDenials.set(p, found);
  }
  return found;
}
// Words that make what they qualify certain: "will definitely spread", "would certainly face".
const BOOSTER = /\b(?:definitely|certainly|surely|undoubtedly|inevitably|unquestionably|without\s+(?:a\s+)?doubt|(?:is|are|was|were)\s+(?:certain|bound|guaranteed)\s+to)\b/iu;
// What a passage hedges with: what may happen, what is likely, what is expected.
const PASSAGE_HEDGES = /\b(?:may|might|could|likely|unlikely|possibly|probably|perhaps|potentially|expected|forecast|risks?)\b(?:\s+[\p{L}'’-]+){0,3}/giu;

/**
 * Certainty the statement adds to a hedged passage: "the fire will definitely spread further to
 * the northeast" where the update says "further growth to the northeast is likely"; "would
 * definitely face shortages" where the chamber warned retailers "could face shortages". The
 * statement's booster, and the passage's hedge.
 */
export function boosted(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const booster = BOOSTER.exec(statement);
  if (!booster || NEGATED_BEFORE.test(statement.slice(Math.max(0, booster.index - 24), booster.index))) return undefined;
  for (const p of passages) {
    if (BOOSTER.test(p.text)) return undefined;
  }
  // The hedge that stands among most of the statement's words (the last of equals): the one
  // said of what the statement makes certain.
  const mine = contentWords(statement);
  let best: { said: string; passage: Passage; shared: number } | undefined;
  for (const p of passages) {
    let read = 0;
    for (const hedge of p.text.matchAll(PASSAGE_HEDGES)) {
      if (++read > MOST_CLAIMS) break;
      const around = contentWords(p.text.slice(Math.max(0, hedge.index - HEDGE_REACH), hedge.index + hedge[0].length + HEDGE_REACH));
      const shared = sharedWords(mine, around);
      if (!best || shared >= best.shared) best = { said: hedge[0], passage: p, shared };
    }
  }
  return best && { span: { start: booster.index, end: booster.index + booster[0].length }, said: best.said, passage: best.passage };
}
// How far either side of a hedge its words are read, in characters.
const HEDGE_REACH = 40;

// How many claims of a statement, and denials of a passage, are read.
const MOST_CLAIMS = 50;

// A study said to prove something: "The study proves that ...", "the trial established that".
const STUDY_PROVES = /\b(?:study|studies|research|trial|analysis|survey|data|paper|report|researchers|authors)\b[^.;]{0,40}?\b(proves?|proved|proven|establish(?:es|ed)|demonstrat(?:es|ed))\b\s*(?:that\s+)?/iu;
// What a source says of its own evidence that no proof can rest on.
const ONLY_ASSOCIATED = /\b(?:observational|correlational|(?:an?\s+)?association\s+(?:between|with)|correlat(?:es|ed|ion)\s+(?:with|between))\b/iu;

/**
 * A study said to prove what its source reports as observed, not proven: "The study proves that
 * planting trees on a city block lowers its temperature by about four degrees" where the report
 * says "The study is also observational" and the author "can't yet say exactly how much of the
 * cooling the trees themselves are responsible for". The statement's verb of proof, and the
 * source's words. `documents` gives the aligned documents' passages, asked for only when the
 * statement says a study proves something (the caveat is often a paragraph on).
 */
export function studyOverclaimed(statement: string, documents: () => readonly Passage[]): DroppedHedge | undefined {
  const proves = STUDY_PROVES.exec(statement);
  if (!proves) return undefined;
  const verbAt = proves.index + proves[0].indexOf(proves[1]!);
  if (NEGATED_BEFORE.test(statement.slice(Math.max(0, verbAt - 24), verbAt))) return undefined;
  const span = { start: verbAt, end: verbAt + proves[1]!.length };
  const claim = contentWords(CLAUSE.exec(statement.slice(proves.index + proves[0].length))?.[0] ?? '');
  for (const p of documents()) {
    if (ONLY_ASSOCIATED.test(p.text)) return { span, said: shorten(p.text, CAVEAT_CHARS, '...'), passage: p };
    const denial = denialsOf(p).find((d) => sharedWords(claim, d.words) >= 1);
    if (denial) return { span, said: denial.said, passage: p };
  }
  return undefined;
}
// How much of a sentence that calls the evidence observational is quoted.
const CAVEAT_CHARS = 120;
// A negation just before a verb of certainty: "cannot show", "does not prove", "didn't confirm".
const NEGATED_BEFORE = /\b(?:not|cannot|never|no)\s+(?:\p{L}+\s+)?$|n['’]t\s+(?:\p{L}+\s+)?$/iu;

// A claim said of all where the source says some: "all four hospitals", "every school",
// "always"; with the next three words, which say what of.
const UNIVERSAL = /\b(all|every|each|entire|whole)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:(?:[\p{L}\d'’-]|[,.](?=\d))+[ \t]*){1,3})|\b(always)\b/giu;
const PARTIAL = /\b(some|many|most|several|a\s+few|a\s+number\s+of|a\s+majority\s+of|half|part\s+of|parts\s+of|certain|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of|\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|these\s+|those\s+)?((?:[\p{L}\d'’-]+[ \t]*){1,3})|\b(often|sometimes|usually|frequently|mostly|largely|generally|occasionally)\b/giu;
// "All year", "all day long", "the whole morning": a length of time.
const DURATION = /^(?:year|day|night|week|month|season|summer|winter|spring|autumn|morning|afternoon|evening|weekend|time|long)s?\b/iu;
// Number words, which say how many, not of what.
const HOW_MANY = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)$/u;
// How many of a statement's quantifiers, and of a passage's, are read.
const MOST_QUANTIFIERS = 20;
const ANY_UNIVERSAL = new RegExp(UNIVERSAL.source, 'iu');
// A part of what was named before: "most of them", "some of these".
const OF_THEM = /^(?:of\s+)?(?:them|these|those|whom|which)\b/iu;
// A quantifier that is the subject of the verb after it: "Most were able to return home".
const ELLIPTICAL_SUBJECT = /^(?:were|was|are|is|have|had|has|could|did|would|will|can|remain(?:ed|s)?|returned|went|said|agreed)\b/iu;

// What someone denies, and so does not say: "denied a newspaper report that all operations
// would be cancelled", "rejected claims that every branch would close".
const DENIED_THAT = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b[^.;:!?]{0,60}\bthat\s+$/iu;

/** The words that say what a quantifier is of: its next words but numbers and small words. */
function quantified(words: string | undefined): Set<string> {
  return new Set(tokenizeCached(words ?? '').map((t) => t.norm).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !HOW_MANY.test(w)));
}

/** The last content word of a text, normalised, not a figure ("day" of "out of action on 23 days, and"). */
function lastContentWord(text: string): string | undefined {
  const tokens = tokenizeCached(text);
  for (let k = tokens.length - 1; k >= 0; k--) if (isContentNorm(tokens[k]!.norm) && !/\d/.test(tokens[k]!.norm)) return tokens[k]!.norm;
  return undefined;
}

/**
 * A statement that says of all what its passage says of some: "All four hospitals have moved to
 * the new system" where "Two of the four hospitals have moved"; "the service always runs late"
 * where it "often" does. The statement's quantifier, and the passage's words. Only where the
 * passage gives no "all" (or "always") of its own, and the two are said of the same thing.
 */
export function overstatedScope(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  // ("All year" is a length of time, not all of something.)
  const mine = [...statement.matchAll(UNIVERSAL)].slice(0, MOST_QUANTIFIERS).filter((m) => !DURATION.test(m[2] ?? '') && !DENIED_THAT.test(statement.slice(Math.max(0, m.index - 80), m.index)));
  if (!mine.length) return undefined;
  // A statement that says "some" of the same thing itself tells the two apart.
  const ownPartial = [...statement.matchAll(PARTIAL)].slice(0, MOST_QUANTIFIERS);
  let passageWords: Set<string> | undefined;
  const namedIn = (w: string): boolean => (passageWords ??= new Set(passages.flatMap((q) => tokenizeCached(q.text).map((t) => t.norm)))).has(w);
  for (const p of passages) {
    // (Asked of a copy without the global flag: a match left `UNIVERSAL.lastIndex` where it
    // ended, and the next statement's `matchAll` started reading there, missing its "All".)
    if (ANY_UNIVERSAL.test(p.text)) continue;
    const theirs = [...p.text.matchAll(PARTIAL)].slice(0, MOST_QUANTIFIERS);
    for (const m of mine) {
      // Of the same thing: "always" and "often", or a word of what each is of.
      // ("on each of them" is of what the statement named before: "on 23 days, and on each of
      // them" against "On 11 of those days".)
      // (What "them" are is the word before: "days" of "on 23 days, and on each of them", and the
      // passage's part must be of it, first: "On 11 of those days", not "81 per cent of scheduled days".)
      const them = m[2] !== undefined && OF_THEM.test(m[2]) ? lastContentWord(statement.slice(0, m.index)) : undefined;
      const of = quantified(m[2]);
      const sameThing = (t: RegExpMatchArray): boolean => (m[3] !== undefined ? t[3] !== undefined : [...quantified(t[2])].some((w) => of.has(w)) || (them !== undefined && [...quantified(t[2])][0] === them));
      if (ownPartial.some(sameThing)) continue;
      // "most of them" in the sentence the statement rewrites is most of what it names before:
      // "employs around 180 people, most of them at its factory" against "All of its roughly
      // 180 employees work at its factory".
      // So is a "most" that stands for them as the subject of its verb ("Police began evacuating
      // Tanner Street. Most were able to return home" against "All residents of Tanner Street
      // were able to return"), where the passages name what the statement's "all" is of.
      const partial = theirs.find((t) => sameThing(t) || (m[3] === undefined && t[2] !== undefined && (OF_THEM.test(t[2]) || (ELLIPTICAL_SUBJECT.test(t[2]) && [...of].some((w) => namedIn(w))))));
      if (!partial) continue;
      const word = m[1] ?? m[3]!;
      const at = m.index + m[0].indexOf(word);
      return { span: { start: at, end: at + word.length }, said: partial[0].trim(), passage: p };
    }
  }
  // "lost all of their funding" where the passage's cuts range "from 15% to 100%": all for some.
  const mineWords = contentWords(statement);
  for (const p of passages) {
    const range = UP_TO_ALL.exec(p.text);
    if (!range || Number(range[1]) >= 100 || sharedWords(mineWords, contentWords(p.text)) < SHARED_RANGE) continue;
    const m = mine.find((x) => x[1] !== undefined);
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    return { span: { start: at, end: at + m[1]!.length }, said: range[0].trim(), passage: p };
  }
  return undefined;
}

// A range of shares that ends at the whole: "ranging from 15% to 100%", "between 20 and 100 per cent".
const UP_TO_ALL = /\b(?:ranging\s+)?(?:from|between)\s+(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)?\s+(?:to|and)\s+100\s*(?:%|per\s*cent|percent)/iu;
// How many of the statement's words the passage with the range must have.
const SHARED_RANGE = 3;

// A record told as of all time: "the most the station had ever recorded", "an all-time high", "the
// highest in its history".
const EVER = /\b(?:ever|all[- ]time|of\s+all\s+time|in\s+(?:its|their|his|her|the\s+[\p{L}'’-]+)\s+history)\b/iu;
// A superlative or a record, what "ever" and "since 2011" bound.
const SUPERLATIVE = /\b(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|longest|shortest|busiest|wettest|driest|warmest|coldest|hottest|record|fastest|slowest|greatest|\p{L}{3,}est)\b/iu;
// A record the passage bounds in time: "since 2011", "since the 1990s", "in 15 years", "for a decade".
const TIME_BOUND = /\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{4}|the\s+\d{4}s|the\s+(?:late|early|mid)[\s-]+\d{4}s)\b|\b(?:in|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a)\s+(?:years|decades?)\b/iu;
// What says a record is of all the time there are records: "since records began", "on record".
const SINCE_RECORDS = /\bsince\s+records\s+began\b|\bon\s+record\b|\bever\b|\ball[- ]time\b/iu;
// How many words the statement and the passage that bounds the record must share.
const SHARED_RECORD = 2;

/**
 * A record told as of all time ("nineteen launches in a quarter was the most the station had ever
 * recorded") where its passage bounds it ("the most this station has recorded since 2011"): the
 * statement's "ever", and the passage's bound.
 */
export function recordUnbounded(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const ever = EVER.exec(statement);
  if (!ever || !SUPERLATIVE.test(statement)) return undefined;
  const mine = contentWords(statement);
  for (const p of passages) {
    const bound = TIME_BOUND.exec(p.text);
    if (!bound || SINCE_RECORDS.test(p.text) || !SUPERLATIVE.test(p.text)) continue;
    if (sharedWords(mine, contentWords(p.text)) < SHARED_RECORD) continue;
    return { span: { start: ever.index, end: ever.index + ever[0].length }, said: bound[0], passage: p };
  }
  return undefined;
}

// "has been moved", "have already closed", "already launched": told as done. After a modal, "have"
// tells of what would, could or will have been, not of what was: "more than a 3 per cent award
// would have cost", "may have closed", "will have finished".
const DONE = /\b(?:(?<!\b(?:would|could|should|might|may|will|shall)(?:\s+not)?\s+)(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?|already\s+(?:been\s+)?)(\p{L}+)/giu;
// "will be moved", "will close", "plans to close", "is to be moved", "is expected to finish",
// "may need to ask", "whether to issue": not done yet.
const TO_COME = /\b(?:will\s+(?:be\s+)?|(?:plans?|planned|aims?|intends?|is|are|expects?)\s+to\s+(?:be\s+)?|(?:is|are|was|were)\s+(?:expected|due|scheduled)\s+to\s+(?:be\s+)?|(?:may|might|could|would|will)\s+(?:need|have)\s+to\s+(?:be\s+)?|whether\s+(?:or\s+not\s+)?to\s+(?:be\s+)?)(\p{L}+)/giu;
// An act a thing waits on: "subject to approval", "pending the final decision", "awaiting sign-off".
const PENDING = /\b(?:subject\s+to|pending|awaiting)\s+(?:(?:the|a|its|their|final|formal|further)\s+)*(\p{L}{4,})/giu;
// How many of a passage's verbs to come, and of a statement's told as done, are read.
const MOST_VERBS = 50;

/**
 * What the statement tells as done ("All internal certificates have been moved to automated
 * renewal") where its passage says it will be ("will be moved ... by the end of the month"; "may
 * need to ask the regional team" against "had already asked"; "whether to issue" against "has
 * issued"), and does not also say it was: the statement's words and the passage's. The verb may
 * be the passage's in other words ("has completed its review" where "That review is expected to
 * finish"), where the passage's sentence has another of the statement's words.
 */
export function toldAsDone(statement: string, passages: readonly Passage[], next?: (p: Passage) => Passage | undefined): DroppedHedge | undefined {
  if (!/\b(?:has|have|had|already)\b/i.test(statement)) return undefined;
  const coming = new Map<string, { said: string; passage: Passage; verb: string }>();
  const done = new Set<string>();
  const mine = contentWords(statement);
  for (const p of [...passages, ...goingOn(passages, mine, next)]) {
    for (const m of [...p.text.matchAll(TO_COME)].slice(0, MOST_VERBS)) {
      const verb = normalizeWord(m[1]!.toLowerCase());
      if (!STOPWORDS.has(verb) && !coming.has(verb)) coming.set(verb, { said: m[0], passage: p, verb: m[1]!.toLowerCase() });
    }
    for (const m of [...p.text.matchAll(DONE)].slice(0, MOST_VERBS)) done.add(normalizeWord(m[1]!.toLowerCase()));
  }
  // What the passage says waits on the very act the statement tells as done: "subject to approval
  // at a cabinet meeting" against "has approved".
  const pending: { noun: string; said: string; passage: Passage }[] = [];
  for (const p of passages) for (const m of [...p.text.matchAll(PENDING)].slice(0, MOST_VERBS)) pending.push({ noun: m[1]!.toLowerCase(), said: m[0], passage: p });
  if (!coming.size && !pending.length) return undefined;
  for (const m of [...statement.matchAll(DONE)].slice(0, MOST_VERBS)) {
    const verb = normalizeWord(m[1]!.toLowerCase());
    if (done.has(verb)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const waiting = pending.find((w) => relation(m[1]!.toLowerCase(), w.noun) === 'derivation');
    if (waiting) return { span, said: waiting.said, passage: waiting.passage };
    // (The verb in any of its forms: "has gone live" against "is due to go live".)
    const said = coming.get(verb) ?? lemmas(m[1]!.toLowerCase()).map((l) => coming.get(normalizeWord(l))).find((c) => c !== undefined);
    if (said) return { span, said: said.said, passage: said.passage };
    // Another verb of the same sense, said of something the statement names.
    for (const other of coming.values()) {
      if (done.has(normalizeWord(other.verb)) || relation(m[1]!.toLowerCase(), other.verb) !== 'synonym') continue;
      const theirs = contentWords(other.passage.text);
      theirs.delete(normalizeWord(other.verb));
      if (sharedWords(mine, theirs) >= 1) return { span, said: other.said, passage: other.passage };
    }
  }
  return undefined;
}

// A sentence that goes on about what the one before named: "That review", "This work".
const GOES_ON = /^\s*(?:that|this|these|those)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/iu;

/**
 * The sentence after the last of the passages, in its paragraph, where it goes on about a thing
 * the statement names: "... asked Tallis Forensics to carry out a review of all of our systems.
 * That review is expected to finish by the end of August."
 */
function goingOn(passages: readonly Passage[], mine: ReadonlySet<string>, next: ((p: Passage) => Passage | undefined) | undefined): Passage[] {
  if (!next || !passages.length) return [];
  const last = passages.reduce((a, b) => (b.index > a.index ? b : a));
  const after = next(last);
  if (!after || after.paragraph.start !== last.paragraph.start || passages.some((p) => p.index === after.index)) return [];
  const opening = GOES_ON.exec(after.text);
  if (!opening) return [];
  const named = opening[0].trim().split(/\s+/).slice(1).map((w) => normalizeWord(w.toLowerCase()));
  return named.some((w) => mine.has(w)) ? [after] : [];
}

// A sentence that asks: its last mark a question mark (a closing quotation mark or bracket may follow).
const QUESTION = /\?["'”’)\]]*\s*$/u;
// A speaker's label and an opening quotation mark a sentence may start with ("CHIEF DAVIS: ").
const LABELLED = String.raw`(?:[\p{L}][\p{L}.'’ -]{0,48}:\s*)?["“]?`;
// How a question opens: an interrogative or an auxiliary, after a speaker's label or an "And".
const QUESTION_START = new RegExp(String.raw`^${LABELLED}(?:(?:and|but|so|or|then|now|well),?\s+)?(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|shouldn['’]t)\b`, 'iu');
// A statement that reports the asking, or says it is not known: "asked whether", "it is unclear if".
const ASKING = /\b(?:ask(?:s|ed|ing)?|question(?:s|ed|ing)?|whether|if|wonder(?:s|ed|ing)?|unclear|unknown|uncertain|undecided|queried|quer(?:y|ies)|inquir\p{L}*|enquir\p{L}*|debat\p{L}*)\b/iu;
// The next sentence answers yes: "Yes.", "CHIEF DAVIS: That's correct.", "We did."
const ANSWERED_YES = new RegExp(String.raw`^${LABELLED}(?:yes|yeah|yep|correct|right|absolutely|indeed|exactly|sure|certainly|definitely|of course|that['’]s (?:right|correct|true)|(?:we|i|it|they|he|she) (?:do|did|does|will|would|can|could|is|was|are|were|have|has|had)\b(?!\s*(?:not|n['’]t)\b))`, 'iu');

/**
 * What the statement says as known where its passage only asks it: "Phi Kappa Psi ... sue for
 * defamation" from "Can UVA, Phi Kappa Psi or any of the other fraternities on campus sue for
 * defamation?". Every passage the statement is aligned with is a question, the statement neither
 * asks nor reports the asking ("asked whether"), and the source's next sentence does not answer
 * yes. The question, to show.
 */
export function askedOnly(statement: string, passages: readonly Passage[], next: (p: Passage) => Passage | undefined): Passage | undefined {
  if (!passages.length || QUESTION.test(statement) || ASKING.test(statement)) return undefined;
  // One question each, opening as a question does: a passage that runs several sentences
  // together (a caption without a full stop, a source without sentence marks kept) asks only
  // at its end.
  if (!passages.every((p) => QUESTION.test(p.text) && QUESTION_START.test(p.text.trimStart()) && !/[.!?]["'”’)\]]*\s/u.test(p.text.trimEnd().slice(0, -1)))) return undefined;
  const last = passages.reduce((a, b) => (b.index > a.index ? b : a));
  const answer = next(last);
  if (answer && ANSWERED_YES.test(answer.text.trimStart())) return undefined;
  return passages[0];
}

// The next sentence answers no: "No.", "That bonus related to the year before, so no, I don't
// think it should.", "I don't think so."
const ANSWERED_NO = new RegExp(String.raw`^${LABELLED}(?:[^.?!]{0,100}?\b)?(?:no|nope)\s*[,.;!]|^${LABELLED}(?:[^.?!]{0,100}?\b)?(?:i|we)\s+(?:don['’]t|do\s+not)\s+(?:think|believe|accept|agree)\s+(?:it|that|so|they|he|she|we|this)\b`, 'iu');
// How many of the statement's words the question must have: what is asked is what it tells.
const ASKED_WORDS = 1;

/**
 * What the statement tells as so where its source asks it and the answer is no: "Mr Everleigh
 * agreed that the £1.2 million performance bonus should be returned" where a member asks "Should
 * that be returned?" and he answers "That bonus related to the year before the timetable change,
 * so no, I don't think it should." The statement denies nothing itself; the question (one of its
 * passages, or the sentence before one) has a word of the statement's, and the sentence after it
 * answers no. The answer, to show.
 */
export function answeredNo(statement: string, passages: readonly Passage[], beside: (p: Passage, step: number) => Passage | undefined, denies: (text: string) => boolean): Passage | undefined {
  if (QUESTION.test(statement) || denies(statement)) return undefined;
  const mine = contentWords(statement);
  for (const p of passages) {
    // The question, or the answer (the statement's words may align it with either).
    const q = QUESTION.test(p.text) ? p : beside(p, -1);
    if (!q || !QUESTION.test(q.text) || !QUESTION_START.test(q.text.trimStart())) continue;
    if (sharedWords(mine, contentWords(q.text)) < ASKED_WORDS) continue;
    const answer = q === p ? beside(q, 1) : p;
    if (answer && ANSWERED_NO.test(answer.text.trimStart())) return answer;
  }
  return undefined;
}

// A question that asks someone to bind themselves to a deed: "Will you commit to increasing that
// weighting?", "Would you agree to meet them?". The verb, and the deed's first word.
const ASKED_TO = /\b(?:will|would|can|could)\s+you\s+(commit|agree|promise|pledge|undertake)\s+to\s+(\p{L}+)/iu;

/**
 * What the statement says someone bound themselves to ("Owen Lacey committed to increasing the
 * weighting") where the source asks them to ("Will you commit to increasing that weighting?") and
 * the answer binds them to another deed ("I'll commit to reviewing it and consulting
 * shareholders"). The answer, to show.
 */
export function answeredOtherwise(statement: string, passages: readonly Passage[], beside: (p: Passage, step: number) => Passage | undefined): Passage | undefined {
  if (QUESTION.test(statement)) return undefined;
  for (const p of passages) {
    const q = QUESTION.test(p.text) ? p : beside(p, -1);
    const asked = q && ASKED_TO.exec(q.text);
    if (!q || !asked) continue;
    const [verb, deed] = [asked[1]!.toLowerCase(), asked[2]!.toLowerCase()];
    // The statement tells the deed asked for as bound: "committed to increasing".
    const told = new RegExp(`\\b${verb}(?:s|ed|ted|d)?\\s+to\\s+${escapeRegExp(deed)}\\b`, 'iu');
    if (!told.test(statement)) continue;
    const answer = q === p ? beside(q, 1) : p;
    const bound = answer && new RegExp(`\\b(?:i|we)(?:['’]ll|\\s+will|\\s+can)\\s+${verb}\\s+to\\s+(\\p{L}+)`, 'iu').exec(answer.text);
    if (bound && bound[1]!.toLowerCase() !== deed) return answer;
  }
  return undefined;
}

// What a passage says is only weighed, hoped for or put forward: "was considering whether to
// appeal", "has proposed increasing the weekly service charge", "hoped to move the event"; what
// is still to be decided ("a decision on whether to continue the campaign ... would be taken in
// May", "to decide whether to issue"); what is only not ruled out ("I can't rule one out for late
// August").
const TENTATIVE = /\b(?:(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|explor(?:es|ed|ing)|propos(?:es|ed|ing)|hop(?:es|ed|ing)|looking\s+at)\s+(?!by\b)(?:whether\s+(?:or\s+not\s+)?(?:to\s+)?|to\s+)?|(?:decid(?:e|es|ing)|decisions?\s+(?:on|about|over))\s+whether\s+(?:or\s+not\s+)?(?:to\s+)?|(?:can(?:not|['’]t)|could(?:\s+not|n['’]t)|(?:do|does|did)(?:\s+not|n['’]t))\s+rule\s+(?:[\p{L}'’-]+\s+){0,3}?out\s+)/giu;
// What is not ruled out, told by a pronoun: "can't rule one out", "could not rule it out".
const RULED_OUT_PRONOUN = /\brule\s+(?:one|it|this|that|them)\s+out\b/iu;
// Of those, the ones a speaker says of their own plans: a quotation tells them as they stand.
const UNDECIDED_OWN = /^(?:decid|decision|can|could|do|does|did)/iu;
// A "would" a statement reports ("said the campaign would be extended"): a "will" told in the
// past. (Not of a decision: "said a decision on extending it would be taken in May" tells when
// it will be decided, not what.) The verb of saying is looked for behind a "would" found first:
// a look behind at every character of a passage cost 4% of `groundwork score`.
const REPORTED_WOULD = /\bwould\b(?<=\b(?:said|says|told|announced|stated|insisted)\b(?:(?!\b(?:decision|decide|whether)\b)[^.;:!?]){1,80}?would)/giu;
// What a statement tells as settled: "has confirmed that it will appeal", "decided to move",
// "said the campaign would be extended".
const SETTLED = new RegExp(`\\b(?:confirm(?:s|ed)?|decided|agreed|announced|will)\\b|${REPORTED_WOULD.source}`, 'giu');
// What says it is settled in a passage ("It was RESOLVED to approve", in a meeting's minutes), or
// still open in a statement.
const SETTLED_IN_PASSAGE = /\b(?:confirm(?:s|ed)?|decided|agreed|approved|announced|voted|resolved(?=\s+(?:to|that)\b))\b/iu;
const STILL_OPEN = /\b(?:consider\p{L}*|weigh\p{L}*|explor\p{L}*|propos\p{L}*|hop(?:e|es|ed|ing)|may|might|could|whether|plans?|planned|wants?|aims?|seeks?|would)\b/iu;
// How many words of what is weighed the statement must tell as settled.
const SHARED_SETTLED = 2;
// A clause, a figure's decimal point in it ("by 7.5%").
const CLAUSE_WITH_FIGURES = /^(?:[^.;:!?]|\.(?=\d)){1,160}/u;

/** The clause of `text` from `at` on (a figure's decimal point in it), read in the characters it can span. */
function clauseFrom(text: string, at: number): string {
  return CLAUSE_WITH_FIGURES.exec(text.slice(at, at + 200))?.[0] ?? '';
}

/**
 * What the statement tells as settled ("Thornbury Logistics has confirmed that it will appeal",
 * "the weekly service charge will rise") where its passage says it is only weighed or proposed
 * ("was considering whether to appeal", "has proposed increasing the weekly service charge"), and
 * says nothing settled itself: the statement's word and the passage's.
 */
export function tentativeTold(statement: string, passages: readonly Passage[], documents: () => readonly Passage[]): DroppedHedge | undefined {
  // (A reported "would" is no "would" of what may be.)
  if (STILL_OPEN.test(statement.replace(REPORTED_WOULD, ''))) return undefined;
  const settled = [...statement.matchAll(SETTLED)].slice(0, MOST_CLAIMS).filter((m) => !NEGATED_BEFORE.test(statement.slice(Math.max(0, m.index - 24), m.index)));
  if (!settled.length) return undefined;
  const told = settled.map((m) => ({ m, words: contentWords(clauseFrom(statement, m.index + m[0].length)) }));
  // Whether the source says each told thing settled: read once a told thing, however many
  // passages weigh it.
  const settledElsewhere = new Map<RegExpExecArray, boolean>();
  const saidSettledOnce = (m: RegExpExecArray, words: Set<string>): boolean => {
    let known = settledElsewhere.get(m);
    if (known === undefined) settledElsewhere.set(m, (known = saidSettled(m[0], words, documents())));
    return known;
  };
  for (const [i, p] of passages.entries()) {
    if (SETTLED_IN_PASSAGE.test(p.text)) continue;
    for (const t of [...p.text.matchAll(TENTATIVE)].slice(0, MOST_CLAIMS)) {
      // (What a critic's quotation calls proposed is how they put it, not the plan's standing.)
      if (insideQuotation(p.text, t.index) && !UNDECIDED_OWN.test(t[0])) continue;
      const clause = clauseFrom(p.text, t.index + t[0].length);
      const weighed = contentWords(clause);
      // "I can't rule one out": what "one" is, the sentence before told.
      const before = passages[i - 1];
      if (RULED_OUT_PRONOUN.test(t[0]) && before?.index === p.index - 1) for (const w of contentWords(before.text)) weighed.add(w);
      const match = told.find(({ words }) => sharedWords(words, weighed) >= SHARED_SETTLED);
      // (Nor where the source tells it settled itself, here or elsewhere: "he will play and
      // develop", "the Ministry of Defence said the barracks will close".)
      if (match && !saidSettledOnce(match.m, match.words) && !decidedAfter(p, passages, match.words)) return { span: { start: match.m.index, end: match.m.index + match.m[0].length }, said: shorten(`${t[0]}${clause}`.trim(), 80), passage: p };
    }
  }
  return undefined;
}

/**
 * Whether a later sentence of the passage's paragraph, read with it, says a decision was taken
 * on what was weighed, of a word of what the statement tells (not only a date or a figure): "The
 * Council considered a request ... to increase the number of plots ... It was RESOLVED to approve
 * the subdivision on a trial basis for 12 months" settles "Councillors agreed, on a 12-month
 * trial, to split eight full plots".
 */
function decidedAfter(p: Passage, passages: readonly Passage[], words: ReadonlySet<string>): boolean {
  return passages.some((q) => {
    if (q.docId !== p.docId || q.paragraph.start !== p.paragraph.start || q.index <= p.index) return false;
    const decision = SETTLED_IN_PASSAGE.exec(q.text);
    return !!decision && [...contentWords(clauseFrom(q.text, decision.index + decision[0].length))].some((w) => words.has(w) && isThingWord(w));
  });
}

/** Whether `at` stands inside a quotation of `text`: after an opening mark not yet closed. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

// A month's name, as normalised: a date two clauses share says nothing of what each tells.
const MONTH_WORD = /^(?:januar|februar|march|april|may|june?|july?|august|septemb|octob|novemb|decemb)/u;

/** Whether a word says what a thing is, not only when or how many: "trial", not "31" or "march". */
function isThingWord(w: string): boolean {
  return !/\d/.test(w) && !MONTH_WORD.test(w);
}

/**
 * Whether a settled clause shares SHARED_SETTLED of the told words, one of them a word of what
 * is told, not only a date: "will run until 31 March" does not settle "would be extended beyond
 * 31 March".
 */
function sameThingSettled(words: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  let shared = 0;
  let thing = false;
  for (const w of words) {
    if (!theirs.has(w)) continue;
    shared++;
    if (isThingWord(w)) thing = true;
  }
  return shared >= SHARED_SETTLED && thing;
}

/** Whether a passage says of the same thing (two of its words) that it is settled, with the statement's word or another. */
function saidSettled(word: string, words: Set<string>, passages: readonly Passage[]): boolean {
  // (A reported "would" is the source's "will".)
  const mine = new RegExp(/^would$/i.test(word) ? '\\b(?:would|will)\\b' : `\\b${word}\\b`, 'iu');
  for (const p of passages) {
    if (!mine.test(p.text) && !SETTLED_IN_PASSAGE.test(p.text)) continue;
    for (const m of p.text.matchAll(SETTLED)) {
      if (sameThingSettled(words, contentWords(clauseFrom(p.text, m.index + m[0].length)))) return true;
    }
  }
  return false;
}

// What a statement tells as decided: "had agreed a staff shuttle", "the deal was finalised",
// "reached an agreement", "a final decision".
const TOLD_SETTLED = /\b(?:agreed|decided|settled|finali[sz]ed|approved|signed|concluded|reached\s+(?:an?\s+|the\s+)?(?:agreement|deal|decision|settlement)|final\s+(?:decision|agreement|deal|settlement))\b/giu;
// What a passage says is not yet decided: "nothing's agreed", "no decision has yet been taken",
// "has not yet been finalised", "is still to be agreed", "remains under discussion", "talks are
// continuing", "pending a decision", "subject to the highways authority approving the permit".
const NOT_SETTLED = /\b(?:nothing(?:['’]s|\s+(?:is|was|has|had))\s+(?:yet\s+)?(?:been\s+)?(?:agreed|decided|settled|finali[sz]ed|confirmed|signed)|no\s+(?:final\s+|firm\s+)?(?:decision|agreement|deal)\s+(?:(?:has|had|have)\s+(?:yet\s+)?been\s+(?:made|taken|reached|agreed|signed)|(?:has|had)\s+yet\s+to|yet|was\s+reached)|(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:agreed|decided|settled|finali[sz]ed|signed)|(?:yet|still)\s+to\s+be\s+(?:agreed|decided|settled|finali[sz]ed|confirmed|signed|determined)|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?under\s+(?:discussion|consideration|negotiation)|(?:talks|discussions|negotiations)\s+(?:are|were|is|was)\s+(?:still\s+)?(?:continuing|ongoing|under\s+way)|pending\s+(?:a\s+|the\s+|final\s+|further\s+){0,3}(?:decision|approval|agreement|outcome|confirmation)|subject\s+to\s+(?:[\p{L}'’-]+\s+){0,3}(?:approv(?:al|ing)|agreeing|signing|confirming|ratif(?:ying|ication)|confirmation))\b/iu;
// A denial earlier in the clause of a word of deciding ("no private sale has yet been agreed"),
// read back at most DENIAL_REACH characters.
const DENIED_IN_CLAUSE = /\b(?:no|not|never|nothing|none)\b[^,;:.!?]*$|n['’]t\b[^,;:.!?]*$/iu;
const DENIAL_REACH = 80;
// A statement that says it is not yet decided itself, or weighs it.
// ("may" in lower case: "on 4 and 5 May" is a month.)
const TOLD_OPEN = /\b(?:not\s+yet|yet\s+to|[Tt]alks?|[Tt]alking|[Dd]iscuss\p{L}*|[Nn]egotiat\p{L}*|[Cc]onsider\p{L}*|[Ww]hether|[Pp]ropos\p{L}*|[Pp]ending|[Pp]rovisional\p{L}*|may|[Mm]ight|[Cc]ould|[Ww]ould|[Ii]f|[Uu]nless|[Hh]op(?:e|es|ed|ing))\b/u;
// How many words of what is decided (not the word of deciding, nor only a date or figure) the
// passage's sentence must have.
const SHARED_UNSETTLED = 2;

/**
 * What the statement tells as decided or agreed ("Hartley said the club had agreed a loan deal
 * with Orwell Town for its reserve goalkeeper") where its passage says it is not ("We're talking
 * to Orwell about a loan for him, but nothing's agreed"), with SHARED_UNSETTLED of the
 * statement's words, and no sentence of the source says it settled: the statement's word and the
 * passage's.
 */
export function notSettled(statement: string, passages: readonly Passage[], documents: () => readonly Passage[]): DroppedHedge | undefined {
  if (TOLD_OPEN.test(statement)) return undefined;
  // (Not what the statement itself denies in its clause: "no private sale has yet been agreed".)
  const told = [...statement.matchAll(TOLD_SETTLED)].slice(0, MOST_CLAIMS).filter((m) => !NEGATED_BEFORE.test(statement.slice(Math.max(0, m.index - 24), m.index)) && !DENIED_IN_CLAUSE.test(statement.slice(Math.max(0, m.index - DENIAL_REACH), m.index)));
  if (!told.length) return undefined;
  for (const p of passages) {
    const open = NOT_SETTLED.exec(p.text);
    if (!open) continue;
    // (Not where the sentence says it settled besides: "nothing was agreed in May; in June the board approved the plan".)
    if (SETTLED_IN_PASSAGE.test(p.text.slice(0, open.index) + p.text.slice(open.index + open[0].length))) continue;
    const theirs = contentWords(p.text);
    for (const m of told) {
      // (The statement's words but those of its deciding.)
      const words = contentWords(statement);
      for (const w of contentWords(m[0])) words.delete(w);
      if ([...words].filter((w) => theirs.has(w) && isThingWord(w)).length < SHARED_UNSETTLED) continue;
      if (saidSettled(m[0].split(/\s+/)[0]!, words, documents().filter((d) => d !== p))) continue;
      return { span: { start: m.index, end: m.index + m[0].length }, said: shorten(open[0], 80), passage: p };
    }
  }
  return undefined;
}

// A passage that says nothing can yet be concluded: "it was too early to draw firm conclusions",
// "too soon to say", "no conclusions can yet be drawn".
const TOO_EARLY = /\b(?:too\s+(?:early|soon)\s+to\s+(?:draw\s+(?:any\s+|firm\s+|definite\s+)?conclusions?|say|tell|judge|conclude|know)|no\s+(?:firm\s+|definite\s+)?conclusions?\s+(?:can|could|should|may)\s+(?:yet\s+)?be\s+drawn)\b/iu;
// What a statement says is proven: "proving that", "demonstrates", "has proved". (Not "shows" or
// "confirms": "the figures show the stores traded ahead of plan" tells only what happened.)
const PROVEN = /\b(prov(?:es?|ed|en|ing)|demonstrat(?:es?|ed|ing))\b/giu;
// How many of the statement's words (not figures) the sentence that says it is too early must have.
const SHARED_TOO_EARLY = 3;

/**
 * What the statement says is proven or shown ("its two new clinics had beaten their targets,
 * proving that the model works") where its passage says it is too early to tell ("The new
 * clinics have beaten their targets, although the board cautioned that it was too early to draw
 * firm conclusions"): the sentence shares SHARED_TOO_EARLY of the statement's words. The
 * statement's verb of certainty, and the passage's words.
 */
export function tooEarlyTold(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  if (!/\b(?:prov|demonstrat)/i.test(statement) || STATEMENT_HEDGE.test(statement)) return undefined;
  const claim = [...statement.matchAll(PROVEN)].slice(0, MOST_CLAIMS).find((c) => !NEGATED_BEFORE.test(statement.slice(Math.max(0, c.index - 24), c.index)));
  if (!claim) return undefined;
  const mine = new Set([...contentWords(statement)].filter(isThingWord));
  for (const p of passages) {
    const early = TOO_EARLY.exec(p.text);
    if (early && sharedWords(mine, contentWords(p.text)) >= SHARED_TOO_EARLY) return { span: { start: claim.index, end: claim.index + claim[1]!.length }, said: early[0], passage: p };
  }
  return undefined;
}

// What a passage says someone may do, as their own step: "has indicated that it may challenge
// the decision", "said he might appeal", "could sue". The verb.
const MAY_DO = /\b(?:indicated|said|says|warned|signalled|signaled|suggested|threatened|hinted)\s+(?:that\s+)?(?:it|he|she|they|the\s+\p{L}+)\s+(?:may|might|could|would\s+consider\s+whether\s+to)\s+(?:yet\s+)?(\p{L}{4,})/giu;
// What a statement tells as done: "has launched a legal challenge", "had appealed", "filed a claim".
const DONE_STEP = /\b(?:(?:has|have|had)\s+(?:already\s+)?(?:\p{L}+ed|begun|brought|made|taken)|launched|lodged|filed|brought|began|started|issued|mounted)\b/iu;

/**
 * A step the statement tells as taken ("Ferrand has launched a legal challenge to the ruling")
 * where its passage says only that it may be ("Ferrand has indicated that it may challenge the
 * ruling"): the statement has the passage's verb (or its noun), and no hedge of its own. The
 * statement's words of doing, and the passage's.
 */
export function possibleToldDone(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const done = DONE_STEP.exec(statement);
  if (!done || STATEMENT_HEDGE.test(statement) || TOLD_OPEN.test(statement)) return undefined;
  const norms = new Set(tokenizeCached(statement).map((t) => t.norm));
  for (const p of passages) {
    for (const m of [...p.text.matchAll(MAY_DO)].slice(0, MOST_CLAIMS)) {
      const verb = normalizeWord(m[1]!.toLowerCase());
      if (STOPWORDS.has(verb) || !norms.has(verb)) continue;
      return { span: { start: done.index, end: done.index + done[0].length }, said: m[0], passage: p };
    }
  }
  return undefined;
}

// What a passage says is not settled either way: "no conclusion should be drawn about whether
// those individuals had committed any breach", "has not yet determined whether", "it is unclear
// whether". What follows "whether".
const UNDECIDED_WHETHER = /\b(?:no\s+conclusions?\s+(?:should|can|could|may)\s+(?:yet\s+)?be\s+drawn\s+(?:about|on|as\s+to)\s+whether|(?:has|have|had)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:been\s+)?(?:determined?|established?|decided?)\s+whether|(?:is|was|remains?|remained)\s+(?:not\s+(?:yet\s+)?(?:known|clear)|unclear|unknown)\s+whether|(?:has|have|had|was\s+given|were\s+given)\s+(?:yet\s+|[^.;:!?]{0,60}?\b(?:until|weeks?|days?|months?)\b[^.;:!?]{0,40}?)to\s+decide\s+whether|(?:is|are|was|were)\s+(?:still\s+)?(?:considering|deciding|weighing)\s+whether|(?:would|will|to)\s+consider\s+whether)\s+([^.;:!?]{3,160})/giu;
// A statement that denies, or says only what is alleged or looked into.
const TOLD_AS_OPEN = /\b(?:not|no|never|alleg\p{L}*|accus\p{L}*|suspect\p{L}*|investigat\p{L}*|inquir\p{L}*|enquir\p{L}*|review\p{L}*|claim\p{L}*)\b|n['’]t\b/iu;
// How many of the statement's words the passages read together must have besides.
const SHARED_UNDECIDED = 3;

/**
 * What the statement tells plainly ("The regulator said two former directors of Calder Finance
 * had breached its rules") where its passage says it is not settled ("It said no conclusion
 * should be drawn about whether those individuals had committed any breach"): a word of what the
 * passage leaves open is the statement's, and the passages read together have SHARED_UNDECIDED of
 * its words besides. The statement's word, and the passage's.
 */
export function undecidedTold(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  // (A "would" of reported speech is the speaker's "will": "said the council would require".)
  const plain = statement.replace(REPORTED_WOULD, 'will');
  if (STATEMENT_HEDGE.test(plain) || TOLD_OPEN.test(plain) || TOLD_AS_OPEN.test(statement)) return undefined;
  const tokens = tokenizeCached(statement);
  const mine = new Set(tokens.filter((t) => isContentNorm(t.norm) && isThingWord(t.norm)).map((t) => t.norm));
  for (const p of passages) {
    for (const m of [...p.text.matchAll(UNDECIDED_WHETHER)].slice(0, MOST_CLAIMS)) {
      const open = new Set([...contentWords(m[1]!)].filter((w) => mine.has(w)));
      if (!open.size) continue;
      // What is open is a deed ("whether to appeal", "whether to join"): the statement tells
      // that deed, in some form ("has lodged an appeal"), not merely names what it is about.
      const deed = /^to\s+(\p{L}+)/u.exec(m[1]!)?.[1]?.toLowerCase();
      if (deed && !tokens.some((t) => t.norm === normalizeWord(deed) || lemmas(t.text.toLowerCase()).includes(deed) || (t.norm.length > 3 && relation(t.text.toLowerCase(), deed) === 'derivation'))) continue;
      const rest = new Set(passages.flatMap((q) => [...contentWords(q.text)]));
      if ([...mine].filter((w) => rest.has(w) && !open.has(w)).length < SHARED_UNDECIDED) continue;
      const word = tokens.find((t) => open.has(t.norm))!;
      return { span: { start: word.start, end: word.end }, said: shorten(m[0].trim(), 100), passage: p };
    }
  }
  return undefined;
}

// A hedge on what is happening or has happened: "is likely to be contributing", "may have caused",
// "could well be delaying". (Not "may" of what one is allowed to do: "may claim".)
const HEDGED_STATE = /\b(?:(likely)\s+to\s+(?:be\s+|have\s+)?|(?:may|might|could)\s+(?:well\s+)?(?:be|have)\s+)(\p{L}+(?:ing|ed))\b/giu;
// A statement that hedges in its own words: what it tells is no certainty.
const OWN_HEDGE = /\b(?:likely|unlikely|may|might|could|would|should|possibly|probably|perhaps|appears?|seems?|suggest\w*|believed?|thought|expect\w*|estimat\w*|unclear|uncertain|not\s+clear)\b/iu;
// How many of a passage's hedges are read (a hostile passage has thousands).
const MOST_HEDGED = 8;

/**
 * A state or event the statement tells plainly ("the gap was contributing to recruitment
 * difficulties") where the passage says only that it is likely, or may be ("the gap is likely to
 * be contributing to recruitment difficulties"), with at least two of the words after the verb
 * the same; a statement with a hedge of its own anywhere is left alone.
 */
export function stateHedgeDropped(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  if (OWN_HEDGE.test(statement)) return undefined;
  const mine = tokenizeCached(statement);
  for (const p of passages) {
    let read = 0;
    for (const m of p.text.matchAll(HEDGED_STATE)) {
      if (++read > MOST_HEDGED) break;
      const verb = normalizeWord(m[2]!);
      const at = mine.findIndex((t) => t.norm === verb);
      if (at < 0) continue;
      // The verb's object told the same: two content words of the few after it in both.
      const after = new Set(mine.slice(at + 1, at + 7).map((t) => t.norm).filter((n) => isContentNorm(n)));
      const theirs = tokenizeCached(p.text.slice(m.index + m[0].length, m.index + m[0].length + 80)).slice(0, 6).map((t) => t.norm);
      if (theirs.filter((n) => after.has(n)).length < SHARED_PREDICATE) continue;
      // (A passage that also tells it plainly backs the statement.)
      const plainly = new RegExp(`\\b(?:is|are|was|were|has|have|had)\\s+(?:been\\s+)?${escapeRegExp(m[2]!)}\\b`, 'iu');
      if (passages.some((q) => plainly.test(q.text.replace(HEDGED_STATE, '')))) return undefined;
      return { span: { start: mine[at]!.start, end: mine[at]!.end }, said: shorten(`${m[0]} ${theirs.length ? p.text.slice(m.index + m[0].length).trim().split(/[,;.]/u)[0] : ''}`.trim(), 80), passage: p };
    }
  }
  return undefined;
}

// A passage that gives a cause as likely only, or says none is settled: "is being treated as the
// most likely cause", "the probable cause", "the cause has not yet been determined".
const CAUSE_HEDGED = /\b(?:(?:most\s+)?(?:likely|probable|possible|suspected)\s+cause|cause\s+(?:has|had|have)\s+(?:not\s+(?:yet\s+)?been|yet\s+to\s+be)\s+(?:determined|established|confirmed|identified)|cause\s+(?:is|was|remains|remained)\s+(?:(?:still\s+)?unknown|unclear|under\s+investigation|not\s+(?:yet\s+)?known)|other\s+(?:factors|causes)[^.;!?]{0,80}?\b(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?contribut\p{L}*)\b/iu;
// A statement that tells the cause as fact: "was started by", "was caused by", "blamed on".
const CAUSE_TOLD = /\b(?:(?:was|were|had\s+been|has\s+been)\s+(?:started|caused|sparked|triggered|ignited)\s+by|(?:started|caused|sparked|triggered)\s+(?:the|an?)\s+[\p{L}\p{N}]+|(?:was|were)\s+(?:the\s+)?cause\s+of|blamed\s+on)\b/iu;
// How many of the statement's words after its word of cause the passage must have: the cause told the same.
const SHARED_CAUSE = 2;

/**
 * A cause the statement tells as fact ("The fire was started by an electrical fault") where its
 * passage gives it as likely only, or unsettled ("an electrical fault is being treated as the
 * most likely cause"; "The cause has not yet been determined"): SHARED_CAUSE words of what the
 * statement says caused it are the passage's. A statement with a hedge of its own is left alone.
 */
export function causeHedgeDropped(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const told = CAUSE_TOLD.exec(statement);
  if (!told || OWN_HEDGE.test(statement)) return undefined;
  const cause = new Set(tokenizeCached(statement.slice(told.index + told[0].length)).map((t) => t.norm).filter((n) => isContentNorm(n)));
  const joined = passages.map((p) => p.text).join(' ');
  const hedged = CAUSE_HEDGED.exec(joined);
  if (!hedged) return undefined;
  const theirs = new Set(tokenizeCached(joined).map((t) => t.norm));
  if ([...cause].filter((n) => theirs.has(n)).length < SHARED_CAUSE) return undefined;
  const passage = passages.find((p) => CAUSE_HEDGED.test(p.text)) ?? passages[0];
  return { span: { start: told.index, end: told.index + told[0].length }, said: shorten(hedged[0], 80), ...(passage ? { passage } : {}) };
}

// A passage that gives a cause as what may be at work: "we may also be seeing the effect of more
// people carrying phones". What it may be the effect of.
const EFFECT_HEDGED = /\b(?:may|might|could)\s+(?:also\s+)?be\s+(?:seeing|witnessing|feeling)\s+(?:the\s+)?(?:effects?|impact|results?|consequences?)\s+of\s+((?:[^.;:!?]|[,.](?=\d)){3,120})/iu;
// A statement that tells it as a cause that was at work: "had added to the rise", "contributed to",
// "was driven by".
const EFFECT_TOLD = /\b(?:(?:has|have|had)\s+)?(?:added|contributed)\s+to\b|\b(?:was|were|has\s+been|had\s+been)\s+(?:driven|caused|fuelled|fueled)\s+by\b/iu;

/**
 * A cause the statement tells as at work ("more people carrying phones and calling for help earlier
 * had added to the rise") where its passage says only that the rise may be its effect ("we may also
 * be seeing the effect of more people carrying phones and calling for help earlier"): SHARED_CAUSE
 * words of what the passage says it may be the effect of are the statement's. A statement with a
 * hedge of its own is left alone.
 */
export function effectHedgeDropped(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  const told = EFFECT_TOLD.exec(statement);
  if (!told || OWN_HEDGE.test(statement)) return undefined;
  const mine = contentWords(statement);
  for (const p of passages) {
    const hedged = EFFECT_HEDGED.exec(p.text);
    if (!hedged || sharedWords(mine, contentWords(hedged[1]!)) < SHARED_CAUSE) continue;
    return { span: { start: told.index, end: told.index + told[0].length }, said: shorten(hedged[0], 80), passage: p };
  }
  return undefined;
}

// What a statement tells as approved: "Cabinet has approved a £1.1 million scheme", "the board
// adopted the plan".
const TOLD_APPROVED = /\b(?:(?:has|have|had)\s+(?:been\s+)?(?:approved|adopted|endorsed|signed\s+off)|(?:was|were)\s+(?:approved|adopted|endorsed|signed\s+off)|(?:approved|adopted|endorsed)\s+(?:a|an|the|its|their)\b)/iu;
// A passage that only recommends or proposes it, or seeks approval for it.
const ONLY_PROPOSED = /\b(?:recommended|proposed|to\s+seek\s+(?:[\p{L}'’]+\s+){0,2}(?:agreement|approval)|subject\s+to\s+(?:the\s+)?(?:outcome\s+of\s+)?(?:consultation|approval|a\s+business\s+case))\b/iu;
// A passage that says it was approved after all.
const SAID_APPROVED = /\b(?:approved|adopted|endorsed|agreed|signed\s+off|voted\s+(?:to|for))\b/iu;
// How many of the statement's words of what was approved its passage must have.
const SHARED_APPROVED = 2;

/**
 * What the statement tells as approved ("Cabinet has approved a £1.1 million average speed camera
 * scheme for the B6042") where its passages only recommend or propose it, or seek approval for
 * it ("consult on extending average speed enforcement to the B6042 ... Recommended, subject to the
 * outcome of consultation"), and none says it was approved: SHARED_APPROVED of the statement's
 * words are the proposing passage's.
 */
export function approvedWhereProposed(statement: string, passages: readonly Passage[], next?: (p: Passage) => Passage | undefined): DroppedHedge | undefined {
  const told = TOLD_APPROVED.exec(statement);
  if (!told || TOLD_OPEN.test(statement) || NEGATED_BEFORE.test(statement.slice(Math.max(0, told.index - 24), told.index))) return undefined;
  const words = contentWords(statement);
  for (const w of contentWords(told[0])) words.delete(w);
  for (const p of passages) {
    // The passage, or the sentence after it in its paragraph ("... at an estimated capital cost of
    // £1.1 million. Recommended, subject to the outcome of consultation."), only proposes it.
    const after = next?.(p);
    const read = after && after.paragraph.start === p.paragraph.start ? [p, after] : [p];
    const proposed = read.map((q) => ONLY_PROPOSED.exec(q.text)).find((m) => m);
    if (!proposed || read.some((q) => SAID_APPROVED.test(q.text))) continue;
    if ([...words].filter((w) => contentWords(p.text).has(w) && isThingWord(w)).length < SHARED_APPROVED) continue;
    return { span: { start: told.index, end: told.index + told[0].length }, said: shorten(proposed[0], 80), passage: p };
  }
  return undefined;
}

// A statement's word that someone made certain: "has confirmed that", "guaranteed".
const MADE_CERTAIN = /\b(?:confirm(?:s|ed)?|guarantee(?:s|d)?|assured|promised)\b\s*(?:that\s+)?/giu;
// A passage's word of what someone only expects: "expects patch supplies to begin returning".
const ONLY_EXPECTED = /\b(?:expect(?:s|ed|ing)?|anticipat(?:es|ed|ing)|estimat(?:es|ed|ing)|hop(?:es|ed|ing)|believ(?:es|ed|ing)|aim(?:s|ed|ing)?)\b\s*(?:that\s+)?/giu;
// A statement that tells an expectation in its own words.
const TOLD_EXPECTED = /\b(?:expect\p{L}*|anticipat\p{L}*|estimat\p{L}*|hop(?:e|es|ed|ing)|believ\p{L}*|aim\p{L}*|likely|may|might|could|should|forecast\p{L}*|project\p{L}*)\b/iu;

/**
 * What the statement says someone confirmed or guaranteed ("the wholesaler has confirmed that
 * patch supplies will return to normal in March") where its passage says they only expect, hope
 * or estimate it ("expects patch supplies to begin returning to normal in March"), and nowhere
 * that it was confirmed: the statement's word and the passage's.
 */
export function confirmedExpected(statement: string, passages: readonly Passage[]): DroppedHedge | undefined {
  if (TOLD_EXPECTED.test(statement)) return undefined;
  const told = [...statement.matchAll(MADE_CERTAIN)].slice(0, MOST_CLAIMS).filter((m) => !NEGATED_BEFORE.test(statement.slice(Math.max(0, m.index - 24), m.index)));
  if (!told.length) return undefined;
  const words = told.map((m) => ({ m, words: contentWords(clauseFrom(statement, m.index + m[0].length)) }));
  // (A passage that says the same thing was confirmed or decided backs the statement.)
  const settledOf = (p: Passage): Set<string> | undefined => {
    const d = SETTLED_IN_PASSAGE.exec(p.text);
    return d ? contentWords(clauseFrom(p.text, d.index + d[0].length)) : undefined;
  };
  const settled = passages.map(settledOf).filter((w): w is Set<string> => !!w);
  for (const p of passages) {
    for (const e of [...p.text.matchAll(ONLY_EXPECTED)].slice(0, MOST_CLAIMS)) {
      const clause = clauseFrom(p.text, e.index + e[0].length);
      const expected = contentWords(clause);
      const match = words.find((w) => sharedWords(w.words, expected) >= SHARED_SETTLED + 1 && !settled.some((d) => sharedWords(w.words, d) >= SHARED_SETTLED + 1));
      if (match) return { span: { start: match.m.index, end: match.m.index + match.m[0].trimEnd().length }, said: shorten(`${e[0]}${clause}`.trim(), 80), passage: p };
    }
  }
  return undefined;
}
