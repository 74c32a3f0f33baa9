// Words that say the opposite of each other in news prose. A statement that copies its passage
// but puts "decreased" where the passage says "increased" contradicts it while sharing almost
// every word. Pairs go both ways; each word is matched in its normalised form (see tokenize).
import { normalizeWord, STOPWORDS } from '../text/tokens.js';

const PAIRS = `
increase decrease, increased decreased, increases decreases, increasing decreasing, rise fall, rose fell,
risen fallen, rising falling, gain loss, gained lost, gains losses, grow shrink, grew shrank, growth decline,
up down, higher lower, high low, highest lowest, more fewer, more less, most least, many few,
larger smaller, large small, big small, bigger smaller, biggest smallest, long short, longer shorter,
longest shortest, old new, older newer, oldest newest, old young, older younger, early late, earlier later,
first last, before after, past future, ancient modern, start end, started ended, begin end, began ended,
open close, opened closed, opening closing, win lose, won lost, winning losing, winner loser, victory defeat,
success failure, succeeded failed, successful unsuccessful, accept reject, accepted rejected, approve reject,
approved rejected, allow ban, allowed banned, permit forbid, legal illegal, guilty innocent, convicted acquitted,
arrest release, arrested released, hire fire, hired fired, join leave, joined left, enter exit, entered exited,
buy sell, bought sold, buyer seller, import export, imports exports, borrow lend, lent borrowed,
add remove, added removed, adding removing, add reduce, adding reducing, include exclude, included excluded,
keep delete, kept deleted, keep remove, save delete, support oppose, supported opposed, supporter opponent,
supporters opponents, agree disagree, agreed disagreed, ally enemy, allies enemies, friend enemy, friends enemies,
praise criticise, praised criticised, praise criticize, praised criticized, praise condemn,
praised condemned, welcome condemn, welcomed condemned, applaud condemn, applauded condemned,
welcome criticise, welcomed criticised, welcome criticize, welcomed criticized, incoming outgoing,
endorse reject, endorsed rejected, love hate, loved hated,
like dislike, liked disliked, popular unpopular, popularity unpopularity, positive negative, good bad,
better worse, best worst, strong weak, stronger weaker, strength weakness, rich poor, wealthy poor,
richest poorest, cheap expensive, cheaper costlier, profit loss, profits losses, surplus deficit,
boom bust, peace war, safe dangerous, safety danger, safe unsafe, healthy sick, alive dead, live die,
lived died, survive die, survived died, birth death, born died, male female, man woman, men women,
boy girl, boys girls, husband wife, son daughter, sons daughters, brother sister, brothers sisters,
father mother, king queen, mr mrs, he she, his her, him her, north south, east west, northern southern,
eastern western, north east, north west, south east, south west, northern eastern, northern western,
southern eastern, southern western, left right, inside outside, internal external, domestic foreign, national international,
public private, urban rural, day night, morning evening, summer winter, hot cold, warm cold, wet dry,
light dark, heavy light, fast slow, faster slower, quick slow, quickly slowly, easy difficult, easy hard,
easier harder, simple complex, full empty, true false, real fake, correct incorrect, right wrong,
possible impossible, likely unlikely, certain uncertain, known unknown, official unofficial,
formal informal, legal unlawful, voluntary mandatory, optional mandatory, voluntary compulsory,
permanent temporary, always never, all none, everyone nobody, everything nothing, with without,
crewed uncrewed, manned unmanned, armed unarmed, military civilian, commercial military, direct indirect,
direct roundabout, specific generic, general specific, major minor, majority minority, maximum minimum,
top bottom, above below, over under, upper lower, front back, forward backward, ahead behind,
ahead back, inbound outbound, arrive depart, arrived departed, arrival departure, come go, came went,
push pull, pushed pulled, raise lower, raised lowered, raise cut, raised cut, boost cut, boosted cut,
expand reduce, expanded reduced, expansion reduction, extend shorten, extended shortened, strengthen weaken,
strengthened weakened, enhance weaken, enhanced weakened, enhance undermine, enhanced undermined,
strengthen undermine, strengthened undermined, bolster undermine, bolstered undermined, bolster weaken,
bolstered weakened, improve worsen, improved worsened, improvement deterioration, ease tighten,
eased tightened, loosen tighten, lift impose, lifted imposed, impose remove, imposed removed,
attack defend, attacked defended, offence defence, offense defense, offensive defensive, guilty acquitted,
prosecution defence, plaintiff defendant, win loss, wins losses, winning losing, ally rival, confirm deny,
confirmed denied, admit deny, admitted denied, accept refuse, accepted refused, agree refuse, agreed refused,
include omit, continue stop, continued stopped, continue halt, continued halted, resume suspend,
resumed suspended, resume halt, resumed halted, start stop, started stopped, launch cancel, launched cancelled,
launch scrap, launched scrapped, create destroy, created destroyed, build demolish, built demolished,
construct destroy, constructed destroyed, found dissolve, founded dissolved, appoint dismiss, appointed dismissed,
elect defeat, elected defeated, passed defeated, carried defeated, passed rejected, carried rejected, upheld dismissed, uphold dismiss, upholds dismisses, upheld overturned,
uphold overturn, upheld quashed, granted refused, grant refuse, promote demote, promoted demoted, reward punish, rewarded punished,
legalise ban, legalised banned, legalize ban, legalized banned, encourage discourage, encouraged discouraged,
help hinder, helped hindered, help hurt, helped hurt, benefit harm, benefited harmed, protect threaten,
protected threatened, increase cut, increased cut, increase reduce, increased reduced, increase lower,
increased lowered, rise drop, rose dropped, gain drop, gained dropped, climb fall, climbed fell,
surge plunge, surged plunged, soar plummet, soared plummeted, jump slump, jumped slumped, recover decline,
recovered declined, thriving struggling, triumphant troubled, optimistic pessimistic, happy sad, happy unhappy,
calm angry, hopeful fearful, willing unwilling, able unable, ready unready, present absent, available unavailable,
visible invisible, common rare, frequent rare, usual unusual, normal abnormal, regular irregular, stable unstable,
same different, similar different, equal unequal, fair unfair, just unjust, honest dishonest, ethical unethical,
responsible irresponsible, friendly hostile, peaceful violent, employed unemployed, employment unemployment,
insured uninsured, vaccinated unvaccinated, dependent independent, democratic authoritarian, democrat republican,
democrats republicans, liberal conservative, left-wing right-wing, upstream downstream, uphill downhill,
import export, minimum maximum, minor adult, adults children, parent child, parents children, teacher student,
teachers students, employer employee, employers employees, landlord tenant, landlords tenants, host guest,
home away, inbound outbound, online offline, wireless wired, sell purchase, sold purchased, send receive,
sent received, give take, gave took, giving taking, give receive, gave received, pay receive, paid received,
spend save, spent saved, lend repay, win draw, won drew, offensive defensive, attack retreat, advance retreat,
advanced retreated, invade withdraw, invaded withdrew, deploy withdraw, deployed withdrew, arrive leave,
arrived left, asleep awake, on off, in out, inside outside, indoor outdoor, indoors outdoors,
hold cancel, held cancelled, held canceled, holding cancelling, hold postpone, held postponed,
adhere abandon, adhered abandoned, follow abandon, followed abandoned, uphold abandon, upheld abandoned,
keep abandon, kept abandoned, maintain abandon, maintained abandoned,
largest smallest, greatest smallest, eager reluctant, keen reluctant, willing reluctant, eager unwilling,
secure precarious, stable precarious, safe precarious, expand shrink, expanded shrank, expanding shrinking,
expands shrinks, modest sharp, modestly sharply, slight sharp, slightly sharply, gradual sharp,
gradually sharply, modest steep, slight steep, modest dramatic, modestly dramatically, slight dramatic,
slightly dramatically, marginal sharp, marginally sharply, heavy light, heavier lighter,
heaviest lightest, cancel delay, cancelled delayed, canceled delayed, cancel postpone,
cancelled postponed, canceled postponed, scrapped delayed, scrapped postponed,
meet miss, met missed, meets misses,
climb ease, climbed eased, climbing easing, rise ease, rose eased, risen eased, rising easing
`;

// A form that normalises to a modal verb ("willing" to "will") is left to the prefix check, which
// reads words as written: else the modal "will" would be the opposite of "unwilling".
const MODALS = new Set(['will', 'can', 'may', 'might', 'must', 'shall', 'should', 'would', 'could'].map(normalizeWord));

const opposites = new Map<string, Set<string>>();
for (const pair of PAIRS.split(',')) {
  const words = pair.trim().split(/\s+/);
  if (words.length !== 2) continue;
  const [a, b] = words.map(normalizeWord) as [string, string];
  if (a === b || MODALS.has(a) || MODALS.has(b)) continue;
  if (!opposites.has(a)) opposites.set(a, new Set());
  if (!opposites.has(b)) opposites.set(b, new Set());
  opposites.get(a)!.add(b);
  opposites.get(b)!.add(a);
}

// Function words with opposites ("in"/"out", "he"/"she") shift too easily between a statement
// and its passage to count on their own.
const TOO_COMMON = new Set(['in', 'out', 'on', 'off', 'up', 'down', 'he', 'she', 'his', 'her', 'him', 'with', 'without', 'all', 'more', 'most', 'first', 'last', 'before', 'after', 'over', 'under', 'above', 'below', 'left', 'right', 'man', 'men', 'new', 'old', 'home', 'back', 'go', 'come', 'went', 'came', 'going', 'coming', 'take', 'give', 'took', 'gave', 'taking', 'giving', 'say', 'like'].map(normalizeWord));

/** Normalised words opposite in meaning to this normalised word. */
export function opposite(norm: string): ReadonlySet<string> | undefined {
  return TOO_COMMON.has(norm) ? undefined : opposites.get(norm);
}

// Words of which one thing has only one: an event falls on one weekday and in one month; an
// administration, a term or a round has one ordinal ("the second Trump administration"). Not
// opposites, but one where the passage has another in the same place is just as wrong. "May"
// and "March" are left out: as words ("may be", "they march") they stand anywhere.
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
// How many times something grows: "double its capacity" is not "triple" it.
const MULTIPLIERS = [['double', 'triple', 'quadruple'], ['doubled', 'tripled', 'quadrupled'], ['doubling', 'tripling', 'quadrupling'], ['twofold', 'threefold', 'fourfold', 'fivefold', 'tenfold']];
const alternatives = new Map<string, { set: readonly string[]; sameNext: boolean }>();
for (const set of MULTIPLIERS) for (const w of set) alternatives.set(normalizeWord(w), { set: set.map(normalizeWord), sameNext: false });
for (const w of WEEKDAYS) alternatives.set(normalizeWord(w), { set: WEEKDAYS.map(normalizeWord), sameNext: false });
for (const w of MONTHS) alternatives.set(normalizeWord(w), { set: MONTHS.map(normalizeWord), sameNext: false });
// A family tie: "Mr Wójcik's partner" is not his sister.
const KIN = ['mother', 'father', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'partner', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'fiancee', 'fiance', 'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'widow', 'widower'];
for (const w of KIN) alternatives.set(normalizeWord(w), { set: KIN.map(normalizeWord), sameNext: false });
// An ordinal counts only before the same word on both sides ("first Trump" / "second Trump"), or after
// the same content word ("finished fourth" / "finished fifth"):
// alone it is too common ("first said", "for the first time").
for (const w of ORDINALS) alternatives.set(normalizeWord(w), { set: ORDINALS.map(normalizeWord), sameNext: true });
// A side of the body, a road or a stage, as an ordinal is: only before the same word on both
// sides ("his left elbow" / "his right elbow", "the left lane" / "the right lane"), or after the
// same content word; alone "left" is mostly a verb and "right" a judgement.
const SIDES = ['left', 'right'];
for (const w of SIDES) alternatives.set(normalizeWord(w), { set: SIDES.map(normalizeWord), sameNext: true });
// A verb of starting or stopping tells of what it starts or stops: it opposes the other only
// before the same word or after the same content word, as an ordinal does ("the museum stopped
// charging admission" is no opposite of "people started to feel the museum was theirs", but
// "stopped charging" is of "started charging").
const ASPECTUAL = new Set(['start', 'started', 'starts', 'starting', 'stop', 'stopped', 'stops', 'stopping', 'begin', 'began', 'begun', 'begins',
  'beginning', 'cease', 'ceased', 'ceases', 'ceasing', 'resume', 'resumed', 'resumes', 'resuming'].map(normalizeWord));
// An ordinal joined to its word ("a second-year student", "the third-placed team"): the word is
// the same on both sides, so one where the passage has another ordinal in the same place is as
// wrong as the ordinal alone.
const ORDINAL_COMPOUND = new RegExp(`^(${ORDINALS.join('|')})(-\\p{L}.*)$`, 'u');
const compounds = new Map<string, { set: readonly string[]; sameNext: boolean } | undefined>();

/** The set a word is one of (a weekday, an ordinal, "second-year"), if any. */
function alternativeOf(w: string): { set: readonly string[]; sameNext: boolean } | undefined {
  const alt = alternatives.get(w);
  if (alt || !w.includes('-')) return alt;
  let found = compounds.get(w);
  if (found === undefined && !compounds.has(w)) {
    const m = ORDINAL_COMPOUND.exec(w);
    found = m ? { set: ORDINALS.map((o) => `${o}${m[2]}`), sameNext: false } : undefined;
    if (compounds.size > 1000) compounds.clear();
    compounds.set(w, found);
  }
  return found;
}

// The two sides of one relation: a text about either names both ("Small employer means an
// employer with fewer than 10 employees"), so one stands in the other's place only with the same
// word after it, or the same content word before ("employers must provide" / "employees must
// provide"), not merely nearby ("Businesses with fewer than ten employees could be reimbursed").
const RELATIONAL = new Set(['employer', 'employee', 'employers', 'employees', 'landlord', 'tenant', 'landlords', 'tenants',
  'buyer', 'seller', 'buyers', 'sellers', 'teacher', 'student', 'teachers', 'students', 'plaintiff', 'defendant',
  'parent', 'child', 'parents', 'children', 'host', 'guest', 'hosts', 'guests'].map(normalizeWord));

/** Whether a passage place of the opposite has the statement word's next word, or its content word before. */
function sameNeighbour(statementNorms: readonly string[], i: number, passageNorms: readonly string[], places: readonly number[]): boolean {
  const next = statementNorms[i + 1];
  const before = statementNorms[i - 1];
  return places.some((j) => (next !== undefined && passageNorms[j + 1] === next)
    || (before !== undefined && !STOPWORDS.has(before) && passageNorms[j - 1] === before));
}

// Words of a relation between two parties that its opposite tells from the other side: "A
// finished behind B" is "B finished ahead of A", "A beat B" is "B lost to A".
const CONVERSES = new Set(['ahead', 'behind', 'higher', 'lower', 'older', 'younger', 'earlier', 'later', 'bigger', 'smaller',
  'larger', 'longer', 'shorter', 'heavier', 'lighter', 'faster', 'slower', 'richer', 'poorer', 'stronger', 'weaker', 'better', 'worse',
  'cheaper', 'costlier', 'won', 'lost', 'beat', 'bought', 'sold', 'lent', 'borrowed', 'gave', 'received', 'sent', 'paid'].map(normalizeWord));

// How far either side of a word of a relation its two parties are looked for.
const PARTY_REACH = 6;

/** The content words (not figures) up to PARTY_REACH words before or after place `at`. */
function partyWords(norms: readonly string[], at: number, step: -1 | 1): Set<string> {
  const out = new Set<string>();
  for (let k = at + step, n = 0; k >= 0 && k < norms.length && n < PARTY_REACH; k += step, n++) {
    const w = norms[k]!;
    if (w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w)) out.add(w);
  }
  return out;
}

/**
 * Whether the passage tells the statement's relation the other way round: what stands before the
 * statement's word stands after the passage's opposite and not before it ("Kiprono finished 52
 * seconds behind the winner" where the winner "crossed the line 52 seconds ahead of Kenya's Elias
 * Kiprono"). "Sales fell" against "sales rose" keeps its parties on one side.
 */
function conversed(statementNorms: readonly string[], i: number, passageNorms: readonly string[], j: number): boolean {
  const before = partyWords(passageNorms, j, -1);
  for (const w of partyWords(passageNorms, j, 1)) if (!before.has(w) && partyWords(statementNorms, i, -1).has(w)) return true;
  // (A subject pronoun right before the statement's word is its party, not the words before it:
  // "Calderway, which he paid" has him paying.)
  return (!SUBJECT_PRONOUNS.has(statementNorms[i - 1] ?? '') && fromParty(passageNorms, j, partyWords(statementNorms, i, -1)))
    || pronounParties(statementNorms, i, passageNorms, j);
}

const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'it'].map(normalizeWord));
const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them'].map(normalizeWord));
const AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'also', 'then', 'now'].map(normalizeWord));

/** The subject pronoun right before a word, over auxiliaries ("we will also pay"), if one. */
function subjectPronounBefore(norms: readonly string[], at: number): string | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = norms[k]!;
    if (SUBJECT_PRONOUNS.has(w)) return w;
    if (!AUXILIARIES.has(w)) return undefined;
  }
  return undefined;
}

/**
 * Whether the passage's parties are pronouns, one each side of its word, and the statement's word
 * has another before it: "we will pay you £3,065.30" in a letter is what "Mrs Arkwright will
 * receive £3,065.30" says ("we will receive" would not).
 */
function pronounParties(statementNorms: readonly string[], i: number, passageNorms: readonly string[], j: number): boolean {
  if (!OBJECT_PRONOUNS.has(passageNorms[j + 1] ?? '')) return false;
  const theirs = subjectPronounBefore(passageNorms, j);
  if (theirs === undefined) return false;
  let k = i - 1;
  while (k >= 0 && AUXILIARIES.has(statementNorms[k]!)) k--;
  const mine = statementNorms[k];
  return mine !== undefined && mine !== theirs && !STOPWORDS.has(mine) && !/\d/.test(mine);
}

// How far from the passage's word its "from" may stand: "a company from which he received".
const FROM_REACH = 4;

/**
 * Whether the passage names, by "from", the party the statement puts before its word: "Calderway
 * Renewables, which paid him" against "Calderway Renewables Ltd, a company from which he
 * received", or "he received £4,000 a month from Calderway".
 */
function fromParty(passageNorms: readonly string[], j: number, statementParty: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, j - FROM_REACH); k < j; k++) {
    if (passageNorms[k] === 'from' && [...partyWords(passageNorms, k, -1)].some((w) => statementParty.has(w))) return true;
  }
  for (let k = j + 1; k < passageNorms.length && k <= j + PARTY_REACH; k++) {
    if (passageNorms[k] === 'from' && [...partyWords(passageNorms, k, 1)].some((w) => statementParty.has(w))) return true;
  }
  return false;
}

// How many words either side of an opposite word must share a content word with the other side.
export const CONTEXT = 4;

function contextOf(norms: readonly string[], at: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, at - CONTEXT); k <= Math.min(norms.length - 1, at + CONTEXT); k++) {
    const w = norms[k]!;
    if (k !== at && w.length > 2 && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

/**
 * Contexts of some places, filed so that the most words one of them shares with another context
 * is a few look-ups: each context's subsets are kept (a context has at most 2 × CONTEXT words),
 * and a context shares k words with one of them where one of its k-word subsets is kept.
 */
class Contexts {
  private readonly subsets = new Set<string>();
  private readonly seen = new Set<string>();
  private largest = 0;

  add(context: Set<string>): void {
    const words = [...context].sort();
    const whole = words.join('\u0000');
    if (this.seen.has(whole)) return;
    this.seen.add(whole);
    this.largest = Math.max(this.largest, words.length);
    for (let mask = 1; mask < 1 << words.length; mask++) this.subsets.add(subset(words, mask));
  }

  /** Whether one of the contexts shares more than `n` words with `context`. */
  sharesMore(context: Set<string>, n: number): boolean {
    const words = [...context].sort();
    const k = n + 1;
    if (k > Math.min(words.length, this.largest)) return false;
    for (let mask = 1; mask < 1 << words.length; mask++) if (bits(mask) === k && this.subsets.has(subset(words, mask))) return true;
    return false;
  }

  /** The most words one of the contexts shares with `context`. */
  most(context: Set<string>): number {
    for (let k = Math.min(context.size, this.largest); k > 0; k--) if (this.sharesMore(context, k - 1)) return k;
    return 0;
  }
}

function subset(sorted: readonly string[], mask: number): string {
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) if (mask & (1 << i)) out.push(sorted[i]!);
  return out.join('\u0000');
}

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** A word list's places by word, and their contexts, made once per list. */
class WordPlaces {
  private readonly places = new Map<string, number[]>();
  private readonly contexts: (Set<string> | undefined)[] = [];
  private readonly ofWord = new Map<string, Contexts>();

  constructor(readonly norms: readonly string[]) {
    norms.forEach((w, i) => {
      let at = this.places.get(w);
      if (!at) this.places.set(w, (at = []));
      at.push(i);
    });
  }

  placesOf(word: string): readonly number[] {
    return this.places.get(word) ?? [];
  }

  context(at: number): Set<string> {
    return (this.contexts[at] ??= contextOf(this.norms, at));
  }

  /** The contexts of the word's places. */
  contextsOf(word: string): Contexts {
    let found = this.ofWord.get(word);
    if (!found) {
      found = new Contexts();
      for (const j of this.placesOf(word)) found.add(this.context(j));
      this.ofWord.set(word, found);
    }
    return found;
  }
}

// A statement and its passages are asked about word by word: each list's places are read once.
const placesOfList = new WeakMap<readonly string[], WordPlaces>();

function wordPlaces(list: readonly string[]): WordPlaces {
  let found = placesOfList.get(list);
  if (!found || found.norms.length !== list.length) placesOfList.set(list, (found = new WordPlaces(list)));
  return found;
}

/**
 * Whether `word` stands somewhere in `list` with a neighbouring content word in common with
 * position `at` of `other`: the same word in the same place, not one elsewhere in the sentence.
 */
export function standsAlike(list: readonly string[], word: string, other: readonly string[], at: number): boolean {
  return wordPlaces(list).contextsOf(word).sharesMore(wordPlaces(other).context(at), 0);
}

// Particles that make another verb of the verb before them ("sent off", "carried out", "passed
// away"). "Up" and "down" mostly finish the same act ("close up", "shut down") and are left out.
const PARTICLES = new Set(['off', 'out', 'away', 'back']);

/** The opposites and alternatives of the list's words: the words a passage must have to oppose it. */
export function opposedWords(norms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of norms) {
    const alt = alternativeOf(w);
    for (const o of alt ? alt.set : opposite(w) ?? []) if (o !== w) out.add(o);
  }
  return out;
}

/**
 * A word of the statement where its passage has the opposite (or, for weekdays, months and ordinals,
 * another of the same set) in the same place: the two words share a neighbouring content word
 * ("sales decreased" against "sales increased"). An opposite elsewhere in the passage ("winning"
 * in one clause, "drew" in another about something else) is no conflict, and neither is a word
 * each side also has in that same place. Both sides are word lists in order. Returns [statement
 * word, passage word, whether they are alternatives rather than opposites].
 */
/** The figures among the `reach` words before the `i`th. */
function figuresWithin(norms: readonly string[], i: number, reach: number): string[] {
  return norms.slice(Math.max(0, i - reach), i).filter((w) => /\d/.test(w));
}

// How many words before an ordinal the figure it is told of may stand: "2.36 per cent in the
// second half".
const ORDINAL_FIGURE_REACH = 5;
const ORDINAL_SET = new Set(ORDINALS.map(normalizeWord));
// The count of a fraction before its ordinal: "a third", "two fifths".
const FRACTION_COUNT = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map(normalizeWord));

/** The figures among the three words before the `i`th. */
function figuresBefore(norms: readonly string[], i: number): string[] {
  return norms.slice(Math.max(0, i - 3), i).filter((w) => /\d/.test(w));
}

// Words that tell which way a figure moved. With a figure right after them ("fell 6 per cent",
// "fell by 6 per cent") they are tied to it: where the passage has the statement's word tied to
// the same figure, its opposite elsewhere ("serious assaults rose by 3 per cent" beside "assaults
// fell by 6 per cent") is told of another figure, and opposes nothing of the statement's.
const DIRECTIONS = new Set(`increase decrease increased decreased increases decreases increasing decreasing rise rises rose
risen rising fall falls fell fallen falling gain gained gains loss losses grow grows grew shrink shrank growth decline declined
declines declining higher lower climb climbed drop dropped surge surged plunge plunged soar soared plummet plummeted jump
jumped slump slumped cut cuts raise raised reduce reduced ease eased easing climbing recover recovered`.split(/\s+/).map(normalizeWord));
// How many words after a word of direction its figure may stand ("fell by 6", "rose to about 40").
const DIRECTION_REACH = 3;

/** The figures among the DIRECTION_REACH words after the `i`th. */
function figuresAfter(norms: readonly string[], i: number): string[] {
  return norms.slice(i + 1, i + 1 + DIRECTION_REACH).filter((w) => /\d/.test(w));
}

export function swappedAntonym(statementNorms: readonly string[], passageNorms: readonly string[]): [string, string, boolean?] | undefined {
  // Most statements have no word with an opposite: nothing else need be read.
  const opposed: (Iterable<string> | undefined)[] = statementNorms.map((w) => {
    const alt = alternativeOf(w);
    return alt ? alt.set.filter((o) => o !== w) : opposite(w);
  });
  if (!opposed.some((o) => o !== undefined)) return undefined;
  // Nor have most passages one of those opposites.
  const inPassage = new Set(passageNorms);
  if (!opposed.some((o) => o !== undefined && [...o].some((x) => inPassage.has(x)))) return undefined;
  // Both sides may be thousands of words long, with an opposite word at every turn: places and
  // contexts are looked up, not read again for every word.
  const statement = wordPlaces(statementNorms);
  const passage = wordPlaces(passageNorms);
  // The passage's places of an opposite where the statement does not have that word in the same
  // place too; with a particle, only those before it.
  const rivalsOf = new Map<string, number[]>();
  const rivals = (o: string): number[] => {
    let found = rivalsOf.get(o);
    if (!found) rivalsOf.set(o, (found = passage.placesOf(o).filter((j) => !statement.contextsOf(o).sharesMore(passage.context(j), 0))));
    return found;
  };
  const contextsOf = new Map<string, Contexts>();
  const rivalContexts = (o: string, particle: string | undefined): Contexts => {
    const key = particle === undefined ? o : `${o}\u0000${particle}`;
    let found = contextsOf.get(key);
    if (!found) {
      found = new Contexts();
      for (const j of rivals(o)) if (particle === undefined || passageNorms[j + 1] === particle) found.add(passage.context(j));
      contextsOf.set(key, found);
    }
    return found;
  };
  // The passage's places of an ordinal told of a figure the statement does not give ("2.36 per
  // cent in the second half" beside "2.48 per cent a year earlier"), for a statement whose own
  // ordinal is told of its own figure ("from 2.48 per cent in the first half"): the two ordinals
  // are of two figures, and oppose nothing.
  const mineFigures = new Set(statementNorms.filter((w) => /\d/.test(w)));
  const ofOtherFigure = (j: number): boolean => {
    const told = figuresWithin(passageNorms, j, ORDINAL_FIGURE_REACH);
    return told.length > 0 && !told.some((f) => mineFigures.has(f));
  };
  const ownFigureOf = new Map<string, number[]>();
  const rivalsOfOwn = (o: string): number[] => {
    let found = ownFigureOf.get(o);
    if (!found) ownFigureOf.set(o, (found = rivals(o).filter((j) => !ofOtherFigure(j))));
    return found;
  };
  const beforeOf = new Map<string, Set<string | undefined>>();
  const rivalsBefore = (o: string, figured = false): Set<string | undefined> => {
    const key = figured ? `${o}\u0000` : o;
    let found = beforeOf.get(key);
    if (!found) beforeOf.set(key, (found = new Set((figured ? rivalsOfOwn(o) : rivals(o)).map((j) => passageNorms[j - 1]))));
    return found;
  };
  const nextOf = new Map<string, Set<string | undefined>>();
  const rivalsNext = (o: string, figured = false): Set<string | undefined> => {
    const key = figured ? `${o}\u0000` : o;
    let found = nextOf.get(key);
    if (!found) nextOf.set(key, (found = new Set((figured ? rivalsOfOwn(o) : rivals(o)).map((j) => passageNorms[j + 1]))));
    return found;
  };
  for (let i = 0; i < statementNorms.length; i++) {
    const w = statementNorms[i]!;
    const alt = alternativeOf(w);
    const opp = opposed[i];
    if (!opp) continue;
    // A fraction ("a third of votes") is a figure: the figure checks weigh it against the
    // passage's ("31.1 per cent against", "more than a fifth").
    if (ORDINAL_SET.has(w) && statementNorms[i + 1] === 'of' && FRACTION_COUNT.has(statementNorms[i - 1] ?? '')) continue;
    // A verb with its particle is another verb: "sent off" is not the opposite of "received".
    const particle = PARTICLES.has(statementNorms[i + 1] ?? '') ? statementNorms[i + 1] : undefined;
    // The passage has the statement's own word too: the opposite conflicts only where it stands
    // more alike ("remain precarious" against "remain secure", beside a headline's "to secure
    // AI supply chains" that a joined alignment took in).
    const around = statement.context(i);
    // A figure right before it ties the word to its place: "62% of Democrats back the plan"
    // where the passage has "62% of Democrats and 41% of Republicans back the plan".
    const figures = figuresBefore(statementNorms, i);
    if (figures.length && passage.placesOf(w).some((j) => figuresBefore(passageNorms, j).some((f) => figures.includes(f)))) continue;
    const moved = DIRECTIONS.has(w) ? figuresAfter(statementNorms, i) : [];
    if (moved.length && passage.placesOf(w).some((j) => figuresAfter(passageNorms, j).some((f) => moved.includes(f)))) continue;
    const own = passage.contextsOf(w).most(around);
    for (const o of opp) {
      if (RELATIONAL.has(w)) {
        if (sameNeighbour(statementNorms, i, passageNorms, rivals(o))) return [w, o];
        continue;
      }
      if (alt?.sameNext || ASPECTUAL.has(w)) {
        // Before the same word ("second Trump administration"), or after the same content word
        // ("finished fourth" where the passage says "finished fifth").
        // The passage's own word elsewhere leaves it only where it stands the same way too
        // ("his right knee ... left the ground" still conflicts with "his left knee").
        const next = statementNorms[i + 1];
        const before = statementNorms[i - 1];
        const keyed = (j: number): boolean => (next !== undefined && passageNorms[j + 1] === next) || (before !== undefined && !STOPWORDS.has(before) && passageNorms[j - 1] === before);
        const figured = ORDINAL_SET.has(w) && figuresWithin(statementNorms, i, ORDINAL_FIGURE_REACH).length > 0;
        if (!passage.placesOf(w).some(keyed) && ((next !== undefined && rivalsNext(o, figured).has(next)) || (before !== undefined && !STOPWORDS.has(before) && rivalsBefore(o, figured).has(before)))) return alt ? [w, o, true] : [w, o];
        continue;
      }
      if (CONVERSES.has(w) && rivals(o).some((j) => conversed(statementNorms, i, passageNorms, j))) continue;
      if (rivalContexts(o, alt ? undefined : particle).sharesMore(around, own)) return alt ? [w, o, true] : [w, o];
    }
  }
  return undefined;
}
