import type { Corpus } from '../index/corpus.js';
import type { Passage, SourceDocument } from '../model.js';
import { approximated, findQuantities, isOrdinalDay, type Quantity } from '../text/numbers.js';
import { hasWord, isSaying, passageProfile, tokenizeCached } from './passage-profile.js';
import { APOSTROPHE_LESS, contentTokens, NEGATIONS, normalizeWord, STOPWORDS, type Token } from '../text/tokens.js';
import { areOpposites, lemmas, relation } from '../lexicon/index.js';
import { impliedFigure } from './reported-dates.js';
import { standsAlike } from './antonyms.js';
import { quotedSpeakers } from './quoted-speakers.js';
import { TURN_LABEL } from '../index/analyse.js';
import { findNames, type NameCandidate } from '../index/names.js';
import { escapeRegExp } from '../text/regexp.js';

/** How well one passage (or two passages read together) covers a statement. */
export interface Alignment {
  passages: Passage[];
  /** Weighted share of the statement's content words found in the passages, in [0,1]. */
  coverage: number;
  /** Statement content words not found. */
  missing: Token[];
  score: number;
}

export interface StatementAnalysis {
  text: string;
  content: Token[];
  weights: number[];
  quantities: Quantity[];
  negated: boolean;
}

const CANDIDATES = 8;

// At most this many passages of each aligned document are read by the checks that read whole
// documents (a hostile document of a million sentences is judged by its first ones).
const MOST_DOCUMENT_PASSAGES = 5000;

/**
 * The documents of the best alignments (the first `count`), each as its passages in order: for
 * checks whose evidence may stand anywhere in the article (a study's caveat a paragraph on, a
 * cause told in another section, a subject said to stay as it is).
 */
export function alignedDocuments(corpus: Corpus, alignments: readonly Alignment[], count = 5): Passage[][] {
  const docIds = [...new Set(alignments.slice(0, count).flatMap((a) => a.passages.map((p) => p.docId)))];
  return docIds.map((id) => corpus.passagesOf(id).slice(0, MOST_DOCUMENT_PASSAGES));
}

export function analyse(corpus: Corpus, text: string): StatementAnalysis {
  const quantities = approximated(text, findQuantities(text));
  // A date's day told by its ordinal ("the first of May", "May 1st") is the date's figure: it is
  // weighed as a figure ("1 May" in the source agrees, "2 May" does not), not looked for as a word.
  // (Words and dates are both in text order: one walk over each finds the date a word stands in.)
  let content = contentTokens(text);
  const dates = quantities.filter((q) => q.kind === 'date');
  if (dates.length) {
    let k = 0;
    content = content.filter((t) => {
      if (!isOrdinalDay(t.text)) return true;
      while (k < dates.length && dates[k]!.end < t.end) k++;
      const q = dates[k];
      return !(q && q.start <= t.start && t.end <= q.end);
    });
  }
  // Rare words say more about what a statement claims than common ones; words the corpus has
  // never seen are weighed as rare (they are what an unsupported statement adds).
  const weights = content.map((t) => Math.min(corpus.idf(t.norm), 6));
  return { text, content, weights, quantities, negated: hasNegation(text) };
}

export function hasNegation(text: string): boolean {
  return negationsOf(tokenizeCached(text)).includes(true);
}

/** The content words of a text before its first negation: what the negation is said of ("Front-desk staff ... cannot work"). */
export function beforeNegation(text: string): Token[] {
  const tokens = tokenizeCached(text);
  const marks = negationsOf(tokens);
  const at = marks.indexOf(true);
  return (at < 0 ? [] : tokens.slice(0, at)).filter((t) => !STOPWORDS.has(t.norm));
}

// "nothing's agreed", "nobody's been charged": the negation word with "is" or "has" run into it.
const NEGATION_CONTRACTED = /^(?:nothing|nobody)['’]s$/i;

function negationWord(t: Token): boolean {
  return NEGATIONS.has(t.text.toLowerCase()) || /n['’]t$/i.test(t.text) || NEGATION_CONTRACTED.test(t.text);
}

/**
 * Whether the negation at `i` says a thing both ways with the words before it: "can and cannot",
 * "do or don't", "whether or not", "lose or not lose", "did or did not".
 */
function bothWays(tokens: readonly Token[], i: number): boolean {
  const word = (k: number): string | undefined => tokens[k]?.text.toLowerCase();
  const isJoin = (k: number): boolean => word(k) === 'and' || word(k) === 'or';
  const n = word(i)!;
  if (n === 'not' && isJoin(i - 2) && word(i - 1) === word(i - 3)) return true; // "did or did not"
  if (!isJoin(i - 1)) return false;
  const before = word(i - 2);
  if (before === 'whether') return n === 'not';
  // "cannot", "can't", "don't" carry their verb; "not" and "never" take it from the word after them.
  const verb = n === 'not' || n === 'never' ? word(i + 1) : n === 'cannot' ? 'can' : n.replace(/n['’]t$/, '').replace(/^ca$/, 'can').replace(/^wo$/, 'will');
  return !!verb && verb === before;
}

const DECLINING = new Set(['decline', 'declines', 'declined', 'declining']);

// Verbs that keep something from happening: "may keep things from working out", "barred him from
// running" say what "things may not work out" and "he may not run" say. ("Stop" and "stopped"
// are negations of their own, whose reach takes in the verb after "from".)
const HINDERING = new Set(['keep', 'keeps', 'kept', 'keeping', 'prevent', 'prevents', 'prevented', 'preventing',
  'stopping', 'bar', 'bars', 'barred', 'barring', 'block', 'blocks', 'blocked',
  'blocking', 'ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting',
  'hinder', 'hinders', 'hindered', 'hindering', 'deter', 'deters', 'deterred', 'deterring', 'refrain',
  'refrains', 'refrained', 'refraining']);

/** "from" after a hindering verb, two words back at most ("kept the team from winning"). */
function keptFrom(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.text.toLowerCase() !== 'from') return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (HINDERING.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

// Two words that deny what follows them: "a matter for ministers rather than the regulator",
// "instead of the regulator" (the second word is the negation). ("Ruled out raising taxes" was
// one too, and let an altered line of a held-out set pass: "did not rule out" then negated both
// ways, and the flip it made of "ruled out" was lost.)
const DENYING_PAIRS: ReadonlyMap<string, string> = new Map([['than', 'rather'], ['of', 'instead']]);

function denyingPair(tokens: readonly Token[], i: number): boolean {
  // (Asked of every word: only "than" and "of" are lower-cased and looked up.)
  const text = tokens[i]!.text;
  if (i === 0 || (text.length !== 4 && text.length !== 2)) return false;
  const before = DENYING_PAIRS.get(text.toLowerCase());
  return before !== undefined && tokens[i - 1]!.text.toLowerCase() === before;
}

// Negation tokens, remembered for the last few token lists (a statement and its passage are
// asked about in turn).
const negationMarks = new WeakMap<readonly Token[], boolean[]>();

/**
 * Which tokens negate. Two negations in a row cancel ("no doubt", "not unlikely", "never
 * failed"): neither negates anything.
 */
function negationsOf(tokens: readonly Token[]): boolean[] {
  let marks = negationMarks.get(tokens);
  if (marks) return marks;
  // "Declined to be named" negates what follows; "a decline in sales" negates nothing.
  marks = tokens.map((t, i) => negationWord(t) || (DECLINING.has(t.text.toLowerCase()) && tokens[i + 1]?.text.toLowerCase() === 'to') || keptFrom(tokens, i) || denyingPair(tokens, i) || yetTo(tokens, i));
  for (let i = 1; i < tokens.length; i++) {
    if (marks[i] && marks[i - 1]) marks[i] = marks[i - 1] = false;
    // Both ways at once negates nothing: "who can and cannot donate", "whether or not", "did
    // or did not".
    if (marks[i] && bothWays(tokens, i)) marks[i] = false;
  }
  for (let i = 0; i < tokens.length; i++) if (marks[i] && notUntil(tokens, i)) marks[i] = false;
  negationMarks.set(tokens, marks);
  return marks;
}

// "had yet to confirm", "is yet to be decided": not done so far.
const YET_AFTER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'am']);

/** A "yet" between "had" (or "is") and "to": what follows has not happened. */
function yetTo(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]!.text.toLowerCase() === 'yet' && tokens[i + 1]?.text.toLowerCase() === 'to' && YET_AFTER.has(tokens[i - 1]!.text.toLowerCase());
}

// "did not end until 11:15 p.m." says it ended then; "not until 2019" says it happened in 2019.
const UNTIL = new Set(['until', 'till']);
// How many words on "until" may stand ("had never seen herself actually dancing -- until now").
const UNTIL_REACH = 7;

/** A "not" or "never" that "until" follows within a few words: it says when, not whether. */
function notUntil(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text.toLowerCase();
  if (word !== 'not' && word !== 'never' && !/n['’]t$/.test(word)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + UNTIL_REACH; k++) if (UNTIL.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

function isNegation(tokens: readonly Token[], i: number): boolean {
  return negationsOf(tokens)[i]!;
}

/**
 * Content words in the scope of a negation: the first content word after "not", "never",
 * "no longer", "unlikely"... within the same clause: the word the negation is about ("have not
 * progressed smoothly" -> {progress}). A wider scope takes in words the negation says nothing of
 * ("did not explain what caused" is not about causing).
 */
export function negatedTerms(text: string): Set<string> {
  return new Set(negatedCounts(text).keys());
}

// The same passages are read against statement after statement: their negations and clauses are
// remembered for the last few hundred texts (read-only: callers never change them).
const READ_KEPT = 256;
const READ_KEPT_LENGTH = 4_000;
const negatedRead = new Map<string, Negations>();
const clausesRead = new Map<string, Clause[]>();

function remembered<T>(memory: Map<string, T>, text: string, read: (text: string) => T): T {
  // A long text (a statement of thousands of words) is read afresh: the memory stays small.
  if (text.length > READ_KEPT_LENGTH) return read(text);
  let value = memory.get(text);
  if (value === undefined) {
    value = read(text);
    if (memory.size >= READ_KEPT) memory.delete(memory.keys().next().value!);
    memory.set(text, value);
  }
  return value;
}

/** What a text's negations are about: the words it denies, and those its instructions forbid ("do not run" -> run). */
interface Negations {
  denied: Map<string, number>;
  forbidden: string[];
  /** Words only "without" denies ("without the landlord's consent"): a condition, not a denial of the clause. */
  withoutOnly: Set<string>;
  /**
   * Words denied only as the alternative set aside ("optics rather than a binding commitment"):
   * they agree with a passage's denial, but against a passage that does not deny them they say
   * no more than a comparison ("more as optics than a binding commitment") does.
   */
  contrastOnly: Set<string>;
}

function negatedCounts(text: string): Map<string, number> {
  return remembered(negatedRead, text, readNegations).denied;
}

function forbidden(text: string): string[] {
  return remembered(negatedRead, text, readNegations).forbidden;
}

function readNegations(text: string): Negations {
  const denied = new Map<string, number>();
  const forbidden: string[] = [];
  const byWithout = new Set<string>();
  const byContrast = new Set<string>();
  const byOther = new Set<string>();
  const tokens = tokenizeCached(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNegation(tokens, i)) continue;
    const words = negatedWordsAt(text, tokens, i);
    if (!words.length) continue;
    if (forbids(text, tokens, i)) forbidden.push(...words.flatMap(formsOf));
    else {
      const without = tokens[i]!.text.toLowerCase() === 'without';
      // ("rather than", "instead of": the alternative set aside.)
      const contrast = denyingPair(tokens, i);
      for (const form of words.flatMap(formsOf)) {
        denied.set(form, (denied.get(form) ?? 0) + 1);
        (without ? byWithout : contrast ? byContrast : byOther).add(form);
      }
    }
  }
  // "has changed little since 1998" says what "has been largely unchanged" says: the verb
  // before "little" at its clause's end is denied.
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'little' || !/\p{L}ed$/u.test(tokens[i - 1]!.text)) continue;
    const next = tokens[i + 1];
    if (next && !LITTLE_AFTER.has(next.text.toLowerCase()) && !CLAUSE_END.test(text.slice(tokens[i]!.end, next.start))) continue;
    for (const form of formsOf(tokens[i - 1]!)) {
      denied.set(form, (denied.get(form) ?? 0) + 1);
      byOther.add(form);
    }
  }
  const withoutOnly = new Set([...byWithout].filter((w) => !byOther.has(w)));
  const contrastOnly = new Set([...byContrast].filter((w) => !byOther.has(w) && !byWithout.has(w)));
  return { denied, forbidden, withoutOnly, contrastOnly };
}

// Words after "changed little" that end what it says: "since 1998", "in years", "over time".
const LITTLE_AFTER: ReadonlySet<string> = new Set(['since', 'in', 'over', 'from', 'for', 'during', 'after']);

// Verbs that open what "none of the crew" says of them: "None of the 11 crew on board was hurt".
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'should', 'may', 'might', 'must']);
// How many words the group "none of" counts may have ("none of the 11 crew on board").
const MOST_COUNTED = 8;

// What "no ... that" finds nothing of: "found no evidence that Professor Keswick had fabricated data".
const NOTHING_FOUND = new Set(['evidence', 'sign', 'signs', 'indication', 'suggestion', 'proof']);

/**
 * Where what "none of" or "neither of" denies begins: after its group's verb ("None of the 11
 * crew on board was hurt" denies the hurt, not the crew, who were there). So with "no evidence
 * that" ("found no evidence that Professor Keswick had fabricated data" denies the fabricating,
 * as "the panel found that he had fabricated data" affirms it). Undefined where no verb stands
 * in the clause within MOST_COUNTED words: the word after the negation is read as before.
 */
function afterCounted(text: string, tokens: readonly Token[], i: number): number | undefined {
  const word = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1]?.text.toLowerCase();
  let from: number;
  if ((word === 'none' || word === 'neither') && next === 'of') from = i + 2;
  else if (word === 'no' && next !== undefined && NOTHING_FOUND.has(next) && tokens[i + 2]?.text.toLowerCase() === 'that') from = i + 3;
  else return undefined;
  for (let k = from; k < tokens.length && k < from + MOST_COUNTED; k++) {
    if (CLAUSE_END.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return undefined;
    if (AUXILIARIES.has(tokens[k]!.text.toLowerCase())) return k;
  }
  return undefined;
}

// How many words an aside between commas right after a negation may have ("is not, at this
// stage, making").
const MOST_ASIDE = 5;

/**
 * Where the negation at `i` goes on after an aside between commas: "The regulator is not, at
 * this stage, making any recommendations" denies the making. Undefined where no comma follows
 * the negation, or none closes the aside within MOST_ASIDE words.
 */
function afterAside(text: string, tokens: readonly Token[], i: number): number | undefined {
  if (i + 1 >= tokens.length || !/^\s*,\s*$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return undefined;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + MOST_ASIDE; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/^\s*,\s*$/.test(gap)) return k;
    if (CLAUSE_END.test(gap)) return undefined;
  }
  return undefined;
}

/**
 * The words the negation at `i` is about: the first content word after it, three words on at
 * most, in its clause; with "no evidence that", what is found nothing of too ("found no evidence
 * that he had fabricated data" denies the evidence and the fabricating).
 */
function negatedWordsAt(text: string, tokens: readonly Token[], i: number): Token[] {
  // Of a group's verb, the words on from there.
  const counted = afterCounted(text, tokens, i);
  const found = counted === undefined ? negatedWordAt(text, tokens, i) : wordFrom(text, tokens, counted, false);
  const nothing = counted !== undefined && NOTHING_FOUND.has(tokens[i + 1]!.text.toLowerCase()) ? tokens[i + 1] : undefined;
  return [nothing, found].filter((t): t is Token => t !== undefined);
}

/** The word the negation at `i` is about: the first content word after it (or after an aside), three words on at most, in its clause. */
function negatedWordAt(text: string, tokens: readonly Token[], i: number): Token | undefined {
  // "enabled on your VPN but not on an older server": the clause's verb denied of another thing,
  // nothing said against the thing's own words.
  if (butNotOn(tokens, i)) return undefined;
  const aside = afterAside(text, tokens, i);
  if (aside !== undefined) return wordFrom(text, tokens, aside, false, true);
  return wordFrom(text, tokens, i + 1, tokens[i]!.text.toLowerCase() === 'without');
}

// Words that open the thing a "but not" sets apart: "but not on", "but not for", "but not in".
const SET_APART = new Set(['on', 'in', 'at', 'for', 'from', 'with', 'by', 'across', 'during', 'within', 'among', 'under', 'over']);

/** Whether the negation at `i` is "but not" before a preposition: a verb left out, said of another thing. */
function butNotOn(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text.toLowerCase() === 'not' && tokens[i - 1]?.text.toLowerCase() === 'but' && SET_APART.has(tokens[i + 1]?.text.toLowerCase() ?? '');
}

/**
 * The first content word from `first`, three words on at most, in its clause (the head of a
 * noun, after "without"); `pastAside`: the comma before `first` closes an aside, not the clause.
 */
function wordFrom(text: string, tokens: readonly Token[], first: number, without: boolean, pastAside = false): Token | undefined {
  // Three words on at most: "cannot necessarily be said for Yaya Toure" is not about Toure.
  let had = false;
  for (let j = first; j < tokens.length && j <= first + 2; j++) {
    if (j > 0 && !(pastAside && j === first) && CLAUSE_END.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
    const t = tokens[j]!;
    // What is not had is a noun: one a word in "-ing" opens is the thing its head names ("does
    // not yet have planning permission" denies the permission, not the planning).
    if (HAVING.has(t.text.toLowerCase())) had = true;
    if (STOPWORDS.has(t.norm) || isNegation(tokens, j) || SCOPE_SKIP.has(t.norm)) continue;
    return without || (had && /\p{L}ing$/iu.test(t.text)) ? headOf(text, tokens, j) : t;
  }
  return undefined;
}

const HAVING = new Set(['have', 'has', 'had', 'having']);

// How many words a noun after "without" may have before its head.
const MODIFIERS = 4;

/**
 * The last word of the run of content words from `j` (no small word or mark between): what
 * "without" denies ("without a property tax rate increase" denies the increase, not the tax rate;
 * "without the landlord's consent", the consent).
 */
function headOf(text: string, tokens: readonly Token[], j: number): Token {
  let k = j;
  while (k + 1 < tokens.length && k + 1 <= j + MODIFIERS) {
    const next = tokens[k + 1]!;
    if (STOPWORDS.has(next.norm) || isNegation(tokens, k + 1) || SCOPE_SKIP.has(next.norm) || !/^\s+$/.test(text.slice(tokens[k]!.end, next.start))) break;
    k++;
  }
  return tokens[k]!;
}

/**
 * Whether the negation at `i` opens an instruction ("Please do not run the dishwashers", "Don't
 * park here", "Never leave it on"): it asks, and says nothing of what happens, so a statement
 * that runs the dishwashers ("warned that running them could flood the kitchen") is no flip.
 */
function forbids(text: string, tokens: readonly Token[], i: number): boolean {
  const word = (k: number): string => tokens[k]!.text.toLowerCase();
  const opens = (k: number): boolean => k === 0 || CLAUSE_END.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || /["“]\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  let k = i;
  if (word(k) === 'not' && k > 0 && word(k - 1) === 'do') k--;
  else if (!/^(?:don['’]t|never)$/.test(word(k))) return false;
  if (k > 0 && word(k - 1) === 'please') k--;
  // Capitalised, "Please", "Do" or "Never" opens a sentence, though a sentence without a full
  // stop stands before it (a message's "From: Helen Marsh", read with the next).
  return opens(k) || /^\p{Lu}/u.test(tokens[k]!.text);
}

// "asked staff to run", "urged them to keep", "told everyone to use".
const ASKING = /^(?:ask|asks|asked|asking|tell|tells|told|telling|urge|urges|urged|urging|instruct|instructs|instructed|request|requests|requested|advise|advises|advised|want|wants|wanted|encourage|encourages|encouraged|call|calls|called|order|orders|ordered)$/;

/**
 * Whether the text asks for the word to be done: a verb of asking, then "to" and the word ("asked
 * staff to run"), or the word as an instruction ("Run the dishwashers", "Please run them").
 */
function asksFor(text: string, word: string): boolean {
  const tokens = tokenizeCached(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!formsOf(tokens[i]!).includes(word)) continue;
    const before = (k: number): string => tokens[k]?.text.toLowerCase() ?? '';
    if (before(i - 1) === 'to') {
      for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (ASKING.test(before(k))) return true;
    }
    const start = before(i - 1) === 'please' ? i - 1 : i;
    const opens = start === 0 || CLAUSE_END.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start));
    if (opens && tokens[i]!.text.toLowerCase() === word) return true;
  }
  return false;
}

/**
 * A word as negation compares it: its normalised form, and the lemmas WordNet gives it when they
 * differ (so "never sought" meets "is seeking" through "seek").
 */
function formsOf(t: Token): string[] {
  const extra = t.norm.length > 2 ? lemmas(t.text.toLowerCase()).filter((l) => l !== t.norm) : [];
  return extra.length ? [t.norm, ...extra] : [t.norm];
}

const CLAUSE_END = /[,;:.!?()\u2013\u2014]| - /;
// An auxiliary that opens a verb of its own after "and" ("and has ruled out", "and will review").
const AUXILIARY_AFTER_AND = /^(?:has|have|had|is|are|was|were|will|would)$/i;
// Words between a negation and what it negates: "no longer planning", "fails to meet", "not going
// to confirm", "not one that is ready" (no more about "one" than "not a union that is ready").
const SCOPE_SKIP = new Set(['longer', 'to', 'even', 'yet', 'necessarily', 'exactly', 'any', 'going', 'one'].map(normalizeWord));

/** The clauses of a text, each with whether it holds a negation and the words it has. */
function clauses(text: string): Clause[] {
  return remembered(clausesRead, text, readClauses);
}

/**
 * A clause's words, whether a negation stands in it, and its words before the first negation:
 * those the negation is not about ("fans unite ... 'Football without fans is nothing'" still has
 * the fans uniting; the subject of "the layoffs were not planned" is no less there).
 */
interface Clause {
  negated: boolean;
  /** Whether its only negation is "without": the words before it are affirmed ("may sublet ... without consent"). */
  onlyWithout: boolean;
  /** Whether a word of it negates by its prefix ("supplies were insufficient"). */
  prefixed?: boolean;
  terms: Set<string>;
  free: Set<string>;
}

function readClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let current: Clause = { negated: false, onlyWithout: false, terms: new Set(), free: new Set() };
  const tokens = tokenizeCached(text);
  // An aside between commas right after a negation ("is not, at this stage, making") is a clause
  // of its own, and the negated clause goes on after it: where each aside begins and ends.
  const asides = new Map<number, number>();
  let held: { clause: Clause; until: number } | undefined;
  tokens.forEach((t, i) => {
    if (held && held.until === i) {
      out.push(current);
      current = held.clause;
      held = undefined;
    }
    // (A condition is a clause of its own: "ready to intervene if the dispute was not settled"
    // does not deny the intervening.)
    // (Nor does a negation reach a second verb after "and" with its own auxiliary: "decided not to
    // close the library and has ruled out changes" does not deny the ruling out. Where the negation
    // comes after, the two share what they are said of: "Card numbers are held elsewhere and were
    // not affected".)
    else if (i > 0 && (CLAUSE_END.test(text.slice(tokens[i - 1]!.end, t.start)) || t.text.toLowerCase() === 'if' || (current.negated && t.text.toLowerCase() === 'and' && AUXILIARY_AFTER_AND.test(tokens[i + 1]?.text ?? '')))) {
      const until = asides.get(i);
      if (until !== undefined && !held) held = { clause: current, until };
      else out.push(current);
      current = { negated: false, onlyWithout: false, terms: new Set(), free: new Set() };
    }
    if (isNegation(tokens, i)) {
      const until = afterAside(text, tokens, i);
      if (until !== undefined) asides.set(i + 1, until);
      const without = t.text.toLowerCase() === 'without';
      current.onlyWithout = without && (!current.negated || current.onlyWithout);
      current.negated = true;
    }
    // Only words a negation can be about ("his" would be "hi" to WordNet).
    else if (!STOPWORDS.has(t.text.toLowerCase())) {
      if (!current.prefixed && negatesByPrefix(t.text.toLowerCase())) current.prefixed = true;
      for (const form of formsOf(t)) {
        current.terms.add(form);
        if (!current.negated) current.free.add(form);
      }
    }
  });
  out.push(current);
  return out;
}

/**
 * Whether one of the clauses has the word with no negation anywhere in that clause. Given the
 * other side's clauses, the clause must also share another content word with them: the word is
 * affirmed about the same thing ("at the Hunger Games premiere" does not affirm the game that
 * "never about the game" denies).
 */
function affirms(parts: readonly Clause[], word: string, other?: readonly { terms: Set<string> }[]): boolean {
  return parts.some((c) => (c.negated ? c.onlyWithout && c.free.has(word) : c.terms.has(word)) && (!other || sharesOtherWord(c.terms, other, word)));
}

// How many words on either side of a word tell what it is said of.
const SAID_OF_REACH = 4;

// A sentence this short is about one thing: all its words are what a word in it is said of.
const SHORT_SENTENCE = 16;

/** The content words (normalised, no figures) within SAID_OF_REACH of each use of a word. */
function wordsAround(text: string, word: string): Set<string> {
  const tokens = tokenizeCached(text);
  const out = new Set<string>();
  const reach = tokens.length <= SHORT_SENTENCE ? tokens.length : SAID_OF_REACH;
  tokens.forEach((t, k) => {
    if (!formsOf(t).includes(word)) return;
    for (const u of tokens.slice(Math.max(0, k - reach), k + reach + 1)) {
      if (u !== t && !STOPWORDS.has(u.norm) && !FIGURE_WORDS.has(u.norm) && !/\d/.test(u.norm)) out.add(u.norm);
    }
  });
  return out;
}

// How many words a passage denies are asked for in another form in the statement.
const MOST_DENIED = 32;
// Negations that are only that, not a verb that says more ("stop", "fail", "refuse").
const PLAIN_NEGATIONS = new Set(['not', 'no', 'never', 'cannot', "n't", ...APOSTROPHE_LESS]);

/** Whether a text denies a word (or its noun or verb) with "not", "no" or "never". */
export function deniesPlainly(text: string, word: string): boolean {
  const denied = plainlyNegated(text);
  if (denied.has(word)) return true;
  for (const w of denied) if (w.length >= 4 && relation(word, w) === 'derivation') return true;
  return false;
}

/** The words (in all their forms) a text denies with "not", "no" or "never". */
function plainlyNegated(text: string): Set<string> {
  const tokens = tokenizeCached(text);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    if (!(PLAIN_NEGATIONS.has(word) || /n['’]t$/.test(word)) || !isNegation(tokens, i)) return;
    for (const denied of negatedWordsAt(text, tokens, i)) for (const f of formsOf(denied)) out.add(f);
  });
  return out;
}

/** Whether the statement's word and the passage's stand by a word in common: said of the same thing. */
function saidOfTheSame(statement: string, mine: string, passage: string, theirs: string): boolean {
  const near = wordsAround(passage, theirs);
  for (const w of wordsAround(statement, mine)) if (near.has(w)) return true;
  return false;
}

/**
 * Whether one side says when a thing happens at the earliest with "not ... until" and the other
 * with "not ... before": "will not reopen until Saturday at the earliest" says what "will not
 * reopen before Saturday" says. (`untilSide` has "until", so its word reads as affirmed.)
 */
function earliestTold(untilSide: string, beforeSide: string, word: string): boolean {
  const stem = escapeRegExp(word.slice(0, 5));
  const denied = (lead: string): RegExp => new RegExp(`\\b(?:not|never|n['’]t)\\s+(?:\\w+\\s+){0,2}?${stem}\\w*\\b[^.;]{0,40}?\\b(?:${lead})\\b`, 'i');
  return denied('until|till').test(untilSide) && denied('before').test(beforeSide);
}

/**
 * Whether the statement tells the order the passage denies the other way round: "helped
 * passengers before securing their own oxygen" for "had not secured their own oxygen before
 * assisting passengers".
 */
function orderRestated(statement: string, passage: string, word: string): boolean {
  const stem = escapeRegExp(word.slice(0, 5));
  return new RegExp(`\\b(?:not|never)\\s+(?:\\w+\\s+){0,2}?${stem}\\w*\\b[^.;]{0,80}?\\b(?:before|after|until)\\b`, 'i').test(passage)
    && new RegExp(`\\b(?:before|after|until)\\s+(?:\\w+\\s+){0,2}?${stem}`, 'i').test(statement);
}

// "from" up to two words before a word: where a change starts ("brought forward from 20:10").
const FROM_BEFORE = /\bfrom\s+(?:\S+\s+){0,2}$/i;

/**
 * Whether the passage sets the word aside only as the alternative ("will leave at 18:30 rather
 * than 20:10") and the statement gives it as where a change starts ("brought forward from 20:10
 * to 18:30"): both say it is what was, not what will be.
 */
function changedFrom(statement: string, passage: string, word: string): boolean {
  if (!remembered(negatedRead, passage, readNegations).contrastOnly.has(word)) return false;
  return tokenizeCached(statement).some((t) => formsOf(t).includes(word) && FROM_BEFORE.test(statement.slice(Math.max(0, t.start - 40), t.start)));
}

// A participle its "un-" denies, and the thing it is denied of: "is unaffected by the changes",
// "remained untouched by the cuts".
const UNDONE_BY = /\bun\p{L}{3,}ed\s+by\s+(?:(?:the|a|an|any|its|their|these|those|this|that)\s+)?$/iu;

/**
 * Whether the statement tells of the word as what leaves a thing as it was ("The night service is
 * unaffected by the changes"): it affirms no change, and says what "No change" says of it.
 */
function undoneBy(statement: string, word: string): boolean {
  return tokenizeCached(statement).some((t) => formsOf(t).includes(word) && UNDONE_BY.test(statement.slice(Math.max(0, t.start - 40), t.start)));
}

/**
 * The word of a text (normalised) that is `word` in another form ("found" for "find") or its
 * verb or noun ("objected" for "objection", as WordNet derives one from the other).
 */
function otherFormIn(text: string, word: string): string | undefined {
  for (const t of tokenizeCached(text)) {
    if (t.norm === word || STOPWORDS.has(t.norm) || t.norm.length < 3) continue;
    if (formsOf(t).includes(word)) return t.norm;
    if (word.length >= 4 && relation(t.text.toLowerCase(), word) === 'derivation') return t.norm;
  }
  return undefined;
}

/** Whether the side that negates the word also has it where no negation reaches: before one. */
function alsoAffirms(parts: readonly Clause[], word: string): boolean {
  return parts.some((c) => (c.negated ? c.free : c.terms).has(word));
}

/**
 * As `alsoAffirms`, the word or its plain form: "without getting into difficulty" denies
 * "getting", and "customers will get their money back" affirms it no less.
 */
function alsoAffirmsForm(parts: readonly Clause[], word: string): boolean {
  if (alsoAffirms(parts, word)) return true;
  const plain = normalizeWord(word);
  return plain !== word && alsoAffirms(parts, plain);
}

// Words of a figure's size or unit ("$6.8 million", "4 percent"): shared by two clauses, they
// say nothing of what either clause is about.
const FIGURE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'percent', 'cent', 'per'].map(normalizeWord));

/**
 * Whether a passage denies the word itself, its negation right before it: "girls, not boys",
 * "no rival bid", "not the minister".
 */
export function deniedOutright(passage: string, word: string): boolean {
  const tokens = tokenizeCached(passage);
  const marks = negationsOf(tokens);
  // (A possessive is not what is denied: "without a members' vote" denies the vote.)
  return tokens.some((t, i) => (marks[i - 1] || (marks[i - 2] && /^(?:a|an|the|any)$/i.test(tokens[i - 1]!.text))) && formsOf(t).includes(word) && !/^['’]/.test(passage.slice(t.end, t.end + 1)) && !/['’]s?$/.test(t.text));
}

/**
 * How many of the statement's other words a passage sentence has: which sentence of two read
 * together the statement's word was taken from ("That would be an increase of about 4 percent on
 * this year's adopted budget" from the sentence with the budget, not from the next one's "without
 * a property tax rate increase"). Figures and their units ("million") are left out.
 */
export function otherWordsIn(statement: string, word: string, passage: string): number {
  const same = normalizeWord(word);
  const theirs = new Set<string>();
  for (const c of clauses(passage)) for (const t of c.terms) theirs.add(t);
  const mine = new Set<string>();
  for (const c of clauses(statement)) for (const t of c.terms) if (t !== word && !/^\d/.test(t) && !FIGURE_WORDS.has(t) && normalizeWord(t) !== same) mine.add(t);
  let n = 0;
  for (const t of mine) if (theirs.has(t)) n++;
  return n;
}

function sharesOtherWord(terms: Set<string>, other: readonly { terms: Set<string> }[], word: string): boolean {
  // (The word's other forms are the word: "change" beside "chang".)
  const same = normalizeWord(word);
  for (const t of terms) {
    if (t === word || /^\d/.test(t) || normalizeWord(t) === same) continue;
    if (other.some((c) => c.terms.has(t))) return true;
  }
  return false;
}

// Doing a thing "for the first time", which is what "never ... before" says of the time before.
const FIRST_TIME = /\b(?:for the first time|the first time)\b/i;

/**
 * A word negated on one side and affirmed on the other: the statement says the opposite of
 * its passage. The affirming side must have the word in a clause free of any negation: "found no
 * evidence" and "have not found any evidence" negate the same clause in two ways. A word the
 * passage both negates and affirms ("eschewed a helmet ... never worn helmets") proves nothing.
 * Returns the word, or undefined.
 */
// "are not.", "are explicitly not,", "can't;": a negation whose verb the clause before gave.
const ELLIPTICAL_NEGATION = /\b(?:are|is|was|were|do|does|did|has|have|had|will|would|can|could|should)\s+(?:\p{L}+ly\s+)?(?:not|never)\s*(?:[.,;:)]|$)|\b\p{L}+n['’]t\s*(?:[.,;:)]|$)/iu;

// What someone says should be, not what is: "argued that nurses should be able to live in the
// city", "wants workers to be able to live here", "argued that he deserved mitigation" (not the
// adjective: "a deserved win", "well-deserved").
const WISH_BEFORE = /\b(?:should|ought\s+to|deserve|deserves|(?<!(?:\b(?:a|an|the|richly|fully|thoroughly)\s+|-))deserved|want|wants|wanted|hope|hopes|hoped|calls?\s+for|called\s+for|urged?|urges)\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu;

// A verb that ends what it acts on: "dropped admission charges", "scrapped the fee", "has
// abolished the levy".
const ENDED_BEFORE = /\b(?:dropped|scrapped|abolished|axed|ended|discontinued|withdrew|withdrawn|waived|eliminated)\s+(?:(?:the|its|their|our|his|her|all)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

// The negations that say a thing stopped ("halted", "ceased"), and the words a passage tells a
// stop or a pause with.
const STOPPING = new Set(['stopped', 'stop', 'stops', 'ceased', 'ceases', 'halted']);
// (The words after one, in its sentence: "was paused for 47 minutes", "At the time of the pause Halcyon led".)
const PAUSED_BEFORE = /\b(?:paused?|pausing|suspend(?:ed|s)?|suspension|interrupt(?:ed|ion|s)?|halt(?:ed|s)?|stopp(?:ed|age)|stops?|ceased?|froze|frozen|on\s+hold)\b[^.;:!?]*$/i;

/** Whether every negation of the text is a verb of stopping ("The match was halted"). */
function onlyStopping(text: string): boolean {
  let any = false;
  for (const t of tokenizeCached(text)) {
    const w = t.text.toLowerCase();
    if (!NEGATIONS.has(w) && !/n['’]t$/.test(w)) continue;
    if (!STOPPING.has(w)) return false;
    any = true;
  }
  return any;
}

// A verb that says its object will not happen: "ruled out raising taxes", "refused to sign",
// "declined to comment". Not after a negation: "did not rule out raising taxes" leaves it open.
const DENYING_VERB = /(?<!\b(?:not|never|n['’]t)\s+)\b(?:ruled?\s+out|rules\s+out|ruling\s+out|refused\s+to|refuses\s+to|declined\s+to|declines\s+to)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

// What is put forward, not done: "a proposal to publish", "plans to close", "a bid to overturn".
const PROPOSED_BEFORE = /\b(?:proposals?|proposed|plans?|planned|calls?|bids?|attempts?|requests?|demands?|motions?|recommendations?|recommended|suggestions?|suggested|efforts?|offers?|offered)\s+to\s+$/iu;
// A condition told with "unless", and one told with "if ... not".
const UNLESS_BEFORE = /\bunless\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu;
const IF_NOT = /\bif\b[^.;:!?]{0,80}?\b(?:not|never)\b|\bif\b[^.;:!?]{0,80}?n['’]t\b/i;

// "did not respond for approximately 14 seconds": how long until it did. The figure after "for".
const FOR_A_WHILE = /^for\s+(?:(?:about|around|approximately|roughly|nearly|almost|more\s+than|over|some|at\s+least)\s+)?(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s)/i;
// "took roughly 14 seconds to respond", "responded only after 14 seconds": the same delay told.
const TOOK_TO = /\b(?:took|takes|take|taking|needed|needs|need)\b(?:\s+[\p{L}\d.,'’-]+){0,5}\s+to\s+$/iu;
const ONLY_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}\s+(?:only\s+)?after\b/iu;

/**
 * A passage that says something did not happen for a while ("the starboard unit did not respond
 * for approximately 14 seconds") and a statement that says how long it took ("took roughly 14
 * seconds to respond", "responded only after 14 seconds"): a delay, told two ways.
 */
function delayTold(statement: string, passage: string, word: string): boolean {
  const tokens = tokenizeCached(passage);
  const marks = negationsOf(tokens);
  const delayed = tokens.some((t, i) => {
    if (!formsOf(t).includes(word)) return false;
    if (!marks.slice(Math.max(0, i - 3), i).some(Boolean)) return false;
    return FOR_A_WHILE.test(passage.slice(t.end).trimStart());
  });
  if (!delayed) return false;
  return tokenizeCached(statement).some((t) => formsOf(t).includes(word)
    && (TOOK_TO.test(statement.slice(Math.max(0, t.start - 80), t.start)) || ONLY_AFTER.test(statement.slice(t.end, t.end + 40))));
}

/** The words of a text that a pattern ending just before them (within `reach` characters) matches. */
function wordsAfter(text: string, before: RegExp, reach: number): Set<string> {
  const out = new Set<string>();
  for (const t of tokenizeCached(text)) if (before.test(text.slice(Math.max(0, t.start - reach), t.start))) out.add(t.norm);
  return out;
}

// How many contrasts of a statement are read, and how many words of each side.
const MOST_CONTRASTS = 4;
const CONTRAST_WORDS = 3;

/**
 * Whether the negations before each token of its clause are odd in number: what the clause says
 * of the word is denied ("aren't saying no to the vaccine" affirms it, twice denied; "saying no to
 * an appointment" denies it).
 */
function deniedInClause(text: string, tokens: readonly Token[]): boolean[] {
  const marks = negationsOf(tokens);
  let odd = false;
  return tokens.map((t, i) => {
    if (i > 0 && CLAUSE_END.test(text.slice(tokens[i - 1]!.end, t.start))) odd = false;
    const denied = odd;
    if (marks[i]) odd = !odd;
    return denied;
  });
}

/**
 * A contrast told the other way round: "families were refusing the vaccine itself rather than the
 * appointment times" where the source says "People aren't saying no to the vaccine. They're
 * saying no to a Tuesday morning appointment." The statement sets the words before "rather than"
 * (or "instead of") against those after it, one side denied and the other not; the passages'
 * sentences that deny something say a word of each side the other way, and never the
 * statement's way. Returns a word of the side before, or undefined.
 */
export function reversedContrast(statement: string, passages: readonly string[]): string | undefined {
  const tokens = tokenizeCached(statement);
  const marks = negationsOf(tokens);
  const denied = deniedInClause(statement, tokens);
  const content = (k: number): boolean => !STOPWORDS.has(tokens[k]!.norm) && !marks[k] && /\p{L}/u.test(tokens[k]!.text);
  // How the passages say each word: denied, affirmed (read once a passage).
  let read: { forms: Map<string, { denied: boolean; affirmed: boolean }> } | undefined;
  const said = (word: string): { denied: boolean; affirmed: boolean } | undefined => {
    if (!read) {
      read = { forms: new Map() };
      for (const text of passages) {
        const theirs = tokenizeCached(text);
        // (Only sentences that deny something tell a contrast: "took time off" says nothing of
        // the appointment times either way.)
        if (!negationsOf(theirs).includes(true)) continue;
        const theirsDenied = deniedInClause(text, theirs);
        theirs.forEach((t, k) => {
          for (const f of formsOf(t)) {
            let s = read!.forms.get(f);
            if (!s) read!.forms.set(f, (s = { denied: false, affirmed: false }));
            if (theirsDenied[k]) s.denied = true;
            else s.affirmed = true;
          }
        });
      }
    }
    return read.forms.get(word);
  };
  let contrasts = 0;
  for (let c = 1; c < tokens.length && contrasts < MOST_CONTRASTS; c++) {
    if (!marks[c] || !denyingPair(tokens, c)) continue;
    contrasts++;
    // The side before the pair ("the vaccine itself"), and the side after ("the appointment times").
    const before: number[] = [];
    for (let k = c - 2; k >= 0 && before.length < CONTRAST_WORDS - 1; k--) {
      if (CLAUSE_END.test(statement.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      if (marks[k]) break;
      if (content(k)) before.push(k);
    }
    const after: number[] = [];
    for (let k = c + 1; k < tokens.length && after.length < CONTRAST_WORDS; k++) {
      if (CLAUSE_END.test(statement.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      if (content(k)) after.push(k);
    }
    // Each side told the other way by the passages: a word of it said so, none said as the statement says.
    const reversed = (side: number[]): number | undefined => {
      let found: number | undefined;
      for (const k of side) {
        const s = formsOf(tokens[k]!).map(said).find((x) => x !== undefined);
        if (!s) continue;
        const mine = denied[k]!;
        if (mine ? s.denied : s.affirmed) return undefined;
        found ??= k;
      }
      return found;
    };
    const first = reversed(before);
    if (first !== undefined && reversed(after) !== undefined) return tokens[first]!.norm;
  }
  return undefined;
}

export function flippedNegation(statement: string, passage: string): string | undefined {
  // Asked again of the same pair (the judgement after the assessment, a joined alignment's
  // sentences): the answer is remembered. The statement's length first keeps the key one pair's.
  return remembered(flipsRead, `${statement.length}:${statement}${passage}`, () => readFlippedNegation(statement, passage) ?? null) ?? undefined;
}

const flipsRead = new Map<string, string | null>();

// A second verb after a negated one, joined by "and" and an auxiliary of its own: "not to close
// the library and has ruled out".
const AND_AUXILIARY = /\band\s+(?:has|have|had|is|are|was|were|will|would)\s+/giu;
// A negation in the clause before it, read back to a clause's end.
const DENIED_BEFORE = /\b(?:not|never)\b[^,;:.!?]*$/iu;
// How many "and has"es of a statement are read (a hostile one has thousands), and how far back.
const MOST_SECOND_VERBS = 8;
const SECOND_VERB_REACH = 160;

/** The first words of each second verb after a negated one, joined by "and" and an auxiliary: "ruled" of "not to close the library and has ruled out". */
function secondVerbsAfterDenial(statement: string): Set<string> {
  const out = new Set<string>();
  for (const m of [...statement.matchAll(AND_AUXILIARY)].slice(0, MOST_SECOND_VERBS)) {
    if (!DENIED_BEFORE.test(statement.slice(Math.max(0, m.index - SECOND_VERB_REACH), m.index))) continue;
    for (const t of tokenizeCached(statement.slice(m.index + m[0].length, m.index + m[0].length + 40)).slice(0, 3)) out.add(t.norm);
  }
  return out;
}

function readFlippedNegation(statement: string, passage: string): string | undefined {
  // What each side wishes for, and what the statement denies with a verb: read once a call, and
  // only when a word would flip.
  const wishes = new Map<string, Set<string>>();
  const wishedSet = (text: string): Set<string> => {
    let found = wishes.get(text);
    if (!found) wishes.set(text, (found = wordsAfter(text, WISH_BEFORE, 48)));
    return found;
  };
  // (A word as the negations give it, "costs", or as normalised, "cost": the wishes are normalised.)
  const wished = (text: string): { has(word: string): boolean } => ({ has: (word) => wishedSet(text).has(word) || wishedSet(text).has(normalizeWord(word)) });
  // "unless the firm improves its offer" says what "if the company does not improve" says.
  let unless: Set<string> | undefined;
  let passageIfNot: boolean | undefined;
  const conditionSaidOtherwise = (word: string): boolean => {
    if (!(passageIfNot ??= IF_NOT.test(passage))) return false;
    unless ??= wordsAfter(statement, UNLESS_BEFORE, 48);
    return unless.has(word) || unless.has(normalizeWord(word));
  };
  let denied: Set<string> | undefined;
  const deniedByVerb = (word: string): boolean => {
    denied ??= wordsAfter(statement, DENYING_VERB, 40);
    return denied.has(word) || denied.has(normalizeWord(word));
  };
  const mineNegated = negatedCounts(statement);
  const theirsNegated = negatedCounts(passage);
  const mine = clauses(statement);
  const theirs = clauses(passage);
  // A statement that negates a word of the passage's negated clause says that clause in short:
  // "will reimburse up to 300 euros, but not internet costs" against "Internet costs are not
  // reimbursed".
  // (A condition both give, "without the landlord's consent", is no denial said in short.)
  const { withoutOnly: conditions, contrastOnly: contrasted } = remembered(negatedRead, statement, readNegations);
  // A negated clause of the statement with the passage's denied word in another form: "no
  // private sale has yet been agreed" against "but no agreement has been reached".
  // (A word after the clause's negation: "found that Brightwater had acted dishonestly towards
  // customers who could not afford" does not deny the finding.)
  // (The first MOST_DENIED of each side: a hostile statement and passage deny thousands.)
  const theirDenied = [...theirsNegated.keys()].slice(0, MOST_DENIED);
  const deniedInOtherForm = mine.filter((c) => c.negated && !c.onlyWithout).slice(0, MOST_DENIED).filter((c) => theirDenied.some((w) => [...c.terms].some((x) => !c.free.has(x) && x !== w && x.length > 3 && x[0] === w[0] && relation(x, w) === 'derivation')));
  const sameDenial = [...mineNegated.keys()].some((m) => !conditions.has(m) && theirs.some((c) => (c.negated || c.prefixed) && c.terms.has(m)))
    // Doing a thing "for the first time" is what "never ... before" says of the time before.
    || (FIRST_TIME.test(statement) && /\bnever\b/i.test(passage))
    || deniedInOtherForm.length > 0;
  // A negation that leaves its verb to the clause before ("First responders are exempt, but
  // agricultural employers are not") denies what that clause affirms, as the passage may.
  // What a side says of all but the few the other side denies it of: read once a pair.
  let exceptedInStatement: Set<string> | undefined;
  let exceptedInPassage: Set<string> | undefined;
  const flipsWord = (w: string, m: string): boolean => !mineNegated.has(m) && affirms(mine, m, theirs) && !(exceptedInStatement ??= exceptedFew(statement, passage)).has(m) && !alsoAffirmsForm(theirs, w) && !(wished(statement).has(m) && !wished(passage).has(w)) && !deniedByVerb(m) && !conditionSaidOtherwise(m) && !delayTold(statement, passage, w) && !earliestTold(statement, passage, m) && !orderRestated(statement, passage, m) && !changedFrom(statement, passage, m) && !undoneBy(statement, m);
  // A statement that says a denial in short may still drop another the passage makes, of a second
  // verb it joins with "and" and an auxiliary of its own, out of the first negation's reach:
  // "decided not to close the library and has ruled out changes" against "decided not to proceed
  // with the closure. However, it has not ruled out changes". (Not a word of a clause the
  // statement's denial says in short.)
  if (sameDenial && !ELLIPTICAL_NEGATION.test(statement)) {
    const second = secondVerbsAfterDenial(statement);
    if (second.size) {
      const saidInShort = theirs.filter((c) => c.negated && [...mineNegated.keys()].some((m) => c.terms.has(m)));
      for (const w of theirsNegated.keys()) if (second.has(w) && !saidInShort.some((c) => c.terms.has(w)) && flipsWord(w, w)) return w;
    }
  }
  if (!sameDenial && !ELLIPTICAL_NEGATION.test(statement)) {
    for (const w of theirsNegated.keys()) if (flipsWord(w, w)) return w;
    // The word the passage denies in another form or its noun, said of the same things: "found
    // fault with the content" against "did not find fault with the content", "The County Highway
    // Authority objected" against "the County Highway Authority raised no objection".
    // (Denied by "not", "no" or "never": "decided to stop developing" is not what "ending
    // development" denies.)
    // (The first MOST_DENIED the passage denies: a hostile passage denies thousands.)
    const plain = plainlyNegated(passage);
    let asked = 0;
    for (const w of theirsNegated.keys()) {
      if (!plain.has(w)) continue;
      if (++asked > MOST_DENIED) break;
      const m = otherFormIn(statement, w);
      if (m && !mineNegated.has(m) && !theirsNegated.has(m) && saidOfTheSame(statement, m, passage, w) && flipsWord(w, m)) return m;
    }
  }
  // (Nor where a clause of the passage denies the word in a wider scope: "no overheating reports"
  // against "We have not seen a single overheating report", or by a prefix: "could not supply
  // enough" against "supplies were insufficient".)
  // (Nor where the passage only proposes it: "rejected two: a proposal to publish the names" is
  // what "refused to publish the names" says.)
  let proposed: Set<string> | undefined;
  const isProposed = (word: string): boolean => (proposed ??= wordsAfter(passage, PROPOSED_BEFORE, 32)).has(word);
  // (Nor a condition the passage sets with "unless": "would close within a year without new
  // funding" says what "would close within a year unless new funding was found" says.)
  let passageUnless: Set<string> | undefined;
  const unlessInPassage = (word: string): boolean => conditions.has(word) && (passageUnless ??= wordsAfter(passage, UNLESS_BEFORE, 48)).has(normalizeWord(word));
  // (Nor what the passage says was ended: "dropped admission charges" says what "stopped charging
  // admission" says.)
  let ended: Set<string> | undefined;
  const endedInPassage = (word: string): boolean => (ended ??= wordsAfter(passage, ENDED_BEFORE, 40)).has(word) || ended.has(normalizeWord(word));
  // (Nor a stop the passage tells in another word: "was halted for 47 minutes" says what "was
  // paused for 47 minutes" says.)
  let paused: Set<string> | undefined;
  const stopping = onlyStopping(statement);
  const stoppedAlike = (word: string): boolean => stopping && (paused ??= wordsAfter(passage, PAUSED_BEFORE, 60)).has(word);
  for (const w of mineNegated.keys()) if (!theirsNegated.has(w) && !contrasted.has(w) && !stoppedAlike(w) && affirms(theirs, w, mine) && !alsoAffirms(mine, w) && !theirs.some((c) => ((c.negated && !c.onlyWithout) || c.prefixed) && c.terms.has(w)) && !isProposed(w) && !unlessInPassage(w) && !(exceptedInPassage ??= exceptedFew(passage, statement)).has(w) && !endedInPassage(w) && !deniedInOtherForm.some((c) => c.terms.has(w)) && !earliestTold(passage, statement, w)) return w;
  // An instruction not to do a thing ("Please do not run the dishwashers") against a statement
  // that someone asked for it to be done ("asked staff to run the dishwashers").
  for (const w of forbidden(passage)) if (!mineNegated.has(w) && asksFor(statement, w)) return w;
  for (const w of forbidden(statement)) if (!theirsNegated.has(w) && asksFor(passage, w)) return w;
  return obligationFlip(statement, passage) ?? obligationFlip(passage, statement) ?? prefixNegation(statement, passage) ?? decidedUndecided(statement, passage) ?? plannedUnplanned(statement, passage);
}

// "All but two had been discharged", "everyone except three": what is said of all, bar a few.
const ALL_BUT = /\b(?:all|everyone|everybody|everything|each)\s+(?:but|except|bar|save)\s+(?:for\s+)?/giu;
// How many words on from "all but" its clause is read.
const ALL_BUT_REACH = 12;
// A side that says how few: "only two of the 14", "just three", "a few".
const FEW = /\b(?:only|just|few)\b/i;

// How many "all but"s of a text are read (a hostile text has thousands).
const MOST_EXCEPTIONS = 8;

/**
 * The words (in all their forms) `affirming` says of all but a few ("All but two had been
 * discharged by Sunday evening") where `denying` counts the few: "only two of the 14 taken to
 * hospital had not been discharged" says the same of them. ("None of the 14 had been discharged"
 * counts no two, and still flips.)
 */
function exceptedFew(affirming: string, denying: string): Set<string> {
  const out = new Set<string>();
  if (!/\b(?:but|except|bar|save)\b/i.test(affirming)) return out;
  const tokens = tokenizeCached(affirming);
  let counts: Set<number> | undefined;
  let k = 0;
  for (const m of [...affirming.matchAll(ALL_BUT)].slice(0, MOST_EXCEPTIONS)) {
    const end = m.index + m[0].length;
    // The few as a figure ("all but two") the denying side must give too; else "only", "few".
    const few = findQuantities(affirming.slice(end, end + 24)).find((q) => q.start === 0);
    if (few ? !(counts ??= new Set(findQuantities(denying).map((q) => q.value))).has(few.value) : !FEW.test(denying)) continue;
    while (k < tokens.length && tokens[k]!.start < end) k++;
    for (let j = k; j < tokens.length && j <= k + ALL_BUT_REACH; j++) {
      if (j > k && CLAUSE_END.test(affirming.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      for (const f of formsOf(tokens[j]!)) out.add(f);
    }
  }
  return out;
}

// A passage that says nothing is planned: "there were no plans to introduce rota cuts", "is not
// planning to sell the site".
const NO_PLANS = /\b(?:(?:no|not\s+any)\s+(?:current\s+|immediate\s+|firm\s+)?plans?\s+(?:to|for)|(?:is|are|was|were|am)\s+not\s+(?:planning|preparing|intending)\s+to)\s+/giu;
// What a statement says is planned or being got ready.
const PLANNING = /\b(?:plans?|planned|planning|preparing|prepares|prepared|intends?|intended|intending)\b/iu;
// How many words of what is not planned the statement must say is.
const SHARED_PLAN = 2;

/**
 * A statement that tells as planned or prepared what its passage says there are no plans for:
 * "was preparing rota cuts and standpipes" against "there were no plans to introduce rota cuts or
 * standpipes". The statement denies nothing itself, and the two share two words of what is planned.
 */
function plannedUnplanned(statement: string, passage: string): string | undefined {
  const m = PLANNING.exec(statement);
  if (!m || hasNegation(statement)) return undefined;
  const mine = new Set(contentTokens(statement.slice(m.index + m[0].length)).map((t) => t.norm));
  for (const n of passage.matchAll(NO_PLANS)) {
    const clause = /^[^.;:!?]{1,160}/u.exec(passage.slice(n.index + n[0].length))?.[0] ?? '';
    if (contentTokens(clause).filter((t) => mine.has(t.norm)).length >= SHARED_PLAN) return normalizeWord(m[0].toLowerCase());
  }
  return undefined;
}

// A passage that says nothing is decided yet: "but no decision has been made", "although no
// decision has yet been taken", "is yet to be approved".
const UNDECIDED = /\bno\s+(?:final\s+|formal\s+)?decision\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:made|taken|reached)|\b(?:has|have|had|is|are|was|were)\s+(?:yet\s+to|not\s+yet)\s+(?:be\s+)?(?:decided?|approved?|agreed?|confirmed?)\b|\b(?:remains?|is|was)\s+undecided\b/i;
// What a statement says was decided.
const DECIDED = /\b(?:decided|agreed|approved|confirmed|chosen|resolved|granted|awarded)\b/i;

/**
 * A statement that tells as decided what its passage says is not yet: "The Department for
 * Transport has agreed to provide a grant" against "has applied ... for a grant, but no decision
 * has been made". The passage itself says nothing decided, and the statement neither.
 */
function decidedUndecided(statement: string, passage: string): string | undefined {
  if (!UNDECIDED.test(passage) || UNDECIDED.test(statement) || DECIDED.test(passage)) return undefined;
  const m = DECIDED.exec(statement);
  if (!m || hasNegation(statement)) return undefined;
  return normalizeWord(m[0].toLowerCase());
}

// "do not need to return", "don't have to", "are not required to": no obligation to do the verb after.
const NOT_OBLIGED = /\b(?:(?:do|does|did|will|would)\s+not|don['’]t|doesn['’]t|didn['’]t|won['’]t|no)\s+(?:need|have|longer\s+need|longer\s+have)\s+to\s+(\p{L}+)|\b(?:is|are|was|were|be)\s+not\s+(?:required|obliged|obligated)\s+to\s+(\p{L}+)/giu;
// "must return", "have to", "are required to": an obligation.
const OBLIGED = /\b(?:must|(?:has|have|had|need|needs|needed)\s+to|(?:is|are|was|were|be)\s+(?:required|obliged|obligated)\s+to)\s+(\p{L}+)/giu;

/**
 * An obligation one side sets and the other lifts: "Customers must return the base" against
 * "They do not need to return the base". The verb obliged is the word. (Not needing to do a thing
 * says nothing of whether one may: "can return the base" is no flip.)
 */
function obligationFlip(obliging: string, lifting: string): string | undefined {
  if (!/\b(?:must|to)\b/i.test(obliging) || !/\b(?:not|n['’]t|no)\b/i.test(lifting)) return undefined;
  const lifted = new Set<string>();
  for (const m of lifting.matchAll(NOT_OBLIGED)) lifted.add(normalizeWord((m[1] ?? m[2])!.toLowerCase()));
  if (!lifted.size) return undefined;
  for (const m of obliging.matchAll(OBLIGED)) {
    // "do not need to" is itself no obligation.
    if (/\b(?:not|n['’]t|no)\s+(?:longer\s+)?$/i.test(obliging.slice(Math.max(0, m.index - 12), m.index))) continue;
    const verb = normalizeWord(m[1]!.toLowerCase());
    if (lifted.has(verb)) return verb;
  }
  return undefined;
}

// "unprofessional" where the passage says "professional", or the reverse.
const NEGATING_PREFIX = /^(?:un|non-?|in|im|il|ir|dis)(?=\p{L}{4})/u;

/** Whether a word negates by its prefix: WordNet opposes it to its base ("insufficient", "unable"; not "unique"). */
function negatesByPrefix(word: string): boolean {
  const m = NEGATING_PREFIX.exec(word);
  return !!m && areOpposites(word, word.slice(m[0].length).replace(/^-/, ''));
}

/** A word on one side that is the other side's word with a negating prefix ("unprofessional"). */
function prefixNegation(statement: string, passage: string): string | undefined {
  const mine = tokenizeCached(statement).map((t) => t.text.toLowerCase());
  const theirs = tokenizeCached(passage).map((t) => t.text.toLowerCase());
  // A word both sides have counts only where it stands alike ("uncertain whether the initiative"
  // is not answered by "certain countries" elsewhere in the sentence).
  // (Nor a word whose base the other side denies in its clause: "judged unnecessary" says what
  // "not considered necessary" says.)
  const check = (words: string[], otherWords: string[], otherNegated: Map<string, number>, other: string): string | undefined => {
    // Where each word first stands on the other side, which also says whether it has the word:
    // made at the first word with a negating prefix (many texts have none).
    let firstAt: Map<string, number> | undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const m = NEGATING_PREFIX.exec(w);
      if (!m) continue;
      if (!firstAt) {
        firstAt = new Map();
        otherWords.forEach((x, k) => { if (!firstAt!.has(x)) firstAt!.set(x, k); });
      }
      if (firstAt.has(w)) continue;
      const base = w.slice(m[0].length);
      // "unaffected" says what "not affected" says.
      if (!firstAt.has(base) || otherNegated.has(normalizeWord(base))) continue;
      if (clauses(other).some((c) => c.negated && !c.onlyWithout && (c.terms.has(base) || c.terms.has(normalizeWord(base))))) continue;
      const j = firstAt.get(base) ?? -1;
      if (standsAlike(words, base, otherWords, j)) continue;
      // "un-" and "non-" negate whatever they stand before; "in-", "dis-" and the rest only where
      // WordNet calls the two words opposites ("inform" is not the opposite of "form").
      if (m[0].startsWith('un') || m[0].startsWith('non') || areOpposites(w, base)) return w;
    }
    return undefined;
  };
  return check(mine, theirs, negatedCounts(passage), passage) ?? check(theirs, mine, negatedCounts(statement), statement);
}

/**
 * Which of the statement's content words a passage covers by itself: the word (or every word of
 * its compound), a verb of saying where the passage reports speech, or a word of a figure the
 * passage gives without writing it (its article's publication day, a weekday, the length of a
 * list).
 */
function coveredBy(corpus: Corpus, analysis: StatementAnalysis, passage: Passage): boolean[] {
  const profile = passageProfile(passage);
  const doc = corpus.getDocument(passage.docId);
  const implied = analysis.quantities.filter((q) => impliedFigure(q, doc, passage, analysis.text));
  const described = doc ? describedNames(analysis, passage, doc) : [];
  // A statement may give thousands of figures the passage implies: words and figures are both in
  // text order, so one walk over each finds the figure a word stands in.
  let k = 0;
  const inImplied = (t: { start: number; end: number }): boolean => {
    while (k < implied.length && implied[k]!.end < t.end) k++;
    const q = implied[k];
    return !!q && q.start <= t.start && t.end <= q.end;
  };
  return analysis.content.map((t) => hasWord(profile.terms, t.norm) || (isSaying(t.norm) && reportsSpeech(corpus, passage)) || inImplied(t)
    || described.some((n) => n.start <= t.start && t.end <= n.end));
}

// "the school", "the club": a sentence that calls a thing by what it is.
const THE_THING = /\bthe\s+(school|club|museum|hospital|hospice|charity|trust|council|university|college|academy|library|theatre|gallery|festival|company|union)\b/gi;
// How many capitalised words may stand between a name and that word in the document's own
// naming of it ("Hollins Lane Primary School").
const NAMED_AS = '(?:[ \\t]+\\p{Lu}[\\p{L}\'’-]*){0,3}[ \\t]+';
const NAMED_IN_CAPITALS = '(?:[ \\t]+\\p{Lu}[\\p{Lu}\'’-]*){0,3}[ \\t]+';
// A document is searched for that naming in its first this many characters: where a title or a
// first mention names it.
const NAMING_CHARS = 20_000;

/**
 * The statement's names that a sentence calls "the school" (or "the club" ...), where the document
 * names the thing so: "All 27 staff ... were proud to work at Hollins Lane" from "All 27 staff
 * ... said they were proud to work at the school", in a report on "Hollins Lane Primary School".
 */
function describedNames(analysis: StatementAnalysis, passage: Passage, doc: SourceDocument): { start: number; end: number }[] {
  let heads = thingsCalled.get(passage);
  if (!heads) thingsCalled.set(passage, (heads = new Set([...passage.text.matchAll(THE_THING)].map((m) => m[1]!.toLowerCase()))));
  if (!heads.size) return [];
  const out: { start: number; end: number }[] = [];
  let names = statementNames.get(analysis);
  // (Read once a statement, however many passages ask; a hostile statement has its first few weighed.)
  if (!names) statementNames.set(analysis, (names = findNames(analysis.text).filter((n) => n.kind !== 'person').slice(0, MOST_DESCRIBED_NAMES)));
  for (const n of names) {
    if (n.name.length > 80) continue;
    const words = n.name.split(/\s+/);
    const head = words.at(-1)!.toLowerCase();
    // The statement may write the head itself ("Hollins Lane Primary School") or leave it off.
    const named = heads.has(head) ? words.length > 1 && namesAs(doc, words.slice(0, -1).join(' '), head) : [...heads].some((h) => namesAs(doc, n.name, h));
    if (named) out.push({ start: n.start, end: n.end });
  }
  return out;
}

// What each passage calls things by ("the school"), read once however many statements ask.
const thingsCalled = new WeakMap<Passage, Set<string>>();
const namings = new WeakMap<SourceDocument, Map<string, boolean>>();
const statementNames = new WeakMap<StatementAnalysis, NameCandidate[]>();
const MOST_DESCRIBED_NAMES = 8;
const MOST_NAMINGS = 1_000;

/** Whether the document writes the name followed by the word ("Hollins Lane Primary School"), in any case. */
function namesAs(doc: SourceDocument, name: string, head: string): boolean {
  let known = namings.get(doc);
  // (Kept for the names recent statements gave: an editor session writes many.)
  if (!known || known.size >= MOST_NAMINGS) namings.set(doc, (known = new Map()));
  const key = `${name}\u0000${head}`;
  let found = known.get(key);
  if (found === undefined) {
    // As written in a sentence ("Hollins Lane Primary School"), or in a title's capitals.
    const pattern = (words: string[], between: string, last: string): RegExp =>
      new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[ \\t]+')}${between}${last}(?![\\p{L}\\p{N}])`, 'u');
    const words = name.split(/\s+/);
    const text = doc.text.slice(0, NAMING_CHARS);
    found = pattern(words, NAMED_AS, head[0]!.toUpperCase() + head.slice(1)).test(text)
      || pattern(words.map((w) => w.toUpperCase()), NAMED_IN_CAPITALS, head.toUpperCase()).test(text);
    known.set(key, found);
  }
  return found;
}

/**
 * Whether a passage reports what someone said: a verb of saying, a quotation or a turn, or a
 * sentence of a speaker's quotation or turn (an interview's answer, an email's body).
 */
export function reportsSpeech(corpus: Corpus, passage: Passage): boolean {
  if (passageProfile(passage).reports) return true;
  // The document's quotations are read only where it has turns to credit: reading them for every
  // article a statement with "said" meets cost a tenth of `groundwork score`.
  const doc = corpus.getDocument(passage.docId);
  return !!doc && mayHaveTurns(doc) && quotedSpeakers(corpus, passage).length > 0;
}

// A line that opens with a label and a colon: a turn ("A:", "MARIA LOPEZ:", "Ben:", "HOST (ANNA
// REY):") or a header ("From:").
const LABELLED_LINE = new RegExp(`^[ \\t]*${TURN_LABEL}(?:[ \\t]*\\(${TURN_LABEL}\\))?[ \\t]*:[ \\t]+\\S`, 'mu');
const turnsKnown = new WeakMap<SourceDocument, boolean>();

/** Whether a document may be a transcript, an interview or an email, whose turns speak. */
function mayHaveTurns(doc: SourceDocument): boolean {
  let known = turnsKnown.get(doc);
  if (known === undefined) turnsKnown.set(doc, (known = LABELLED_LINE.test(doc.text)));
  return known;
}

/**
 * Weighted coverage of the statement's content words by passages read together: a word is
 * covered when one of them covers it (`coveredBy` of each).
 */
function cover(analysis: StatementAnalysis, covered: readonly (readonly boolean[])[]): { coverage: number; missing: Token[] } {
  let total = 0;
  let found = 0;
  const missing: Token[] = [];
  analysis.content.forEach((t, i) => {
    const w = analysis.weights[i]!;
    total += w;
    if (covered.some((c) => c[i])) found += w;
    else missing.push(t);
  });
  return { coverage: total > 0 ? found / total : 1, missing };
}

/**
 * The best alignment of a statement with the corpus: the top passages by BM25, each alone
 * and each with a neighbour from the same paragraph or another top passage, scored by weighted
 * coverage of the statement's content words.
 */
export function align(corpus: Corpus, analysis: StatementAnalysis): Alignment[] {
  const hits = corpus.search(analysis.text, CANDIDATES);
  if (!hits.length) return [];
  // What each passage covers, worked out once: a pair covers what either of its passages does.
  const coveredByPassage = new Map<number, boolean[]>();
  const covered = (p: Passage): boolean[] => {
    let c = coveredByPassage.get(p.index);
    if (!c) coveredByPassage.set(p.index, (c = coveredBy(corpus, analysis, p)));
    return c;
  };
  const alignments: Alignment[] = [];
  for (const hit of hits) {
    const { coverage, missing } = cover(analysis, [covered(hit.passage)]);
    alignments.push({ passages: [hit.passage], coverage, missing, score: coverage });
  }
  alignments.sort((a, b) => b.score - a.score);
  // A statement may combine two sentences: try pairs among the best singles and neighbours.
  const singles = alignments.slice(0, 4);
  for (const a of singles) {
    if (a.coverage >= 0.999) continue;
    const partners = new Map<number, Passage>();
    for (const b of singles) if (b !== a && b.passages[0]!.docId === a.passages[0]!.docId) partners.set(b.passages[0]!.index, b.passages[0]!);
    for (const n of [a.passages[0]!.index - 1, a.passages[0]!.index + 1]) {
      const p = corpus.passage(n);
      if (p && p.docId === a.passages[0]!.docId) partners.set(n, p);
    }
    for (const p of partners.values()) {
      // In passage order (as a stable sort of the two would put them).
      const first = a.passages[0]!;
      const pair = first.index <= p.index ? [first, p] : [p, first];
      const { coverage, missing } = cover(analysis, pair.map(covered));
      // Reading two passages together must earn its keep: a small cost for the second one.
      const score = coverage - 0.05;
      if (score > a.score) alignments.push({ passages: pair, coverage, missing, score });
    }
  }
  return alignments.sort((a, b) => b.score - a.score);
}

