// Explainable evidence features of one statement against the sources: each one is something a
// writer can check by eye (a word, a name, a figure, a phrase the source does not have).
import type { Corpus } from '../index/corpus.js';
import { findNames, FORM_OF_ADDRESS, type NameCandidate } from '../index/names.js';
import { quotationSpans } from '../index/quotes.js';
import type { Passage, SourceDocument } from '../model.js';
import { findQuantities, type Quantity } from '../text/numbers.js';
import { firstAtLeast, partitionPoint } from '../bisect.js';
import { FigureIndex } from '../text/figure-index.js';
import { swappedAntonym } from './antonyms.js';
import { compoundParts, hasWord, isSaying, normsOfPassage, normsOfText, passageProfile, tokenizeCached, type PassageProfile } from './passage-profile.js';
import { WordPositions } from './word-positions.js';
import { hasNegation, reportsSpeech, type Alignment, type StatementAnalysis } from './support.js';
import { isNoun, placeKey, relation, WordGroup } from '../lexicon/index.js';
import { APOSTROPHE_LESS, normalizeWord, STOPWORDS, type Token } from '../text/tokens.js';
import { impliedFigure } from './reported-dates.js';
import type { GramCounts, SentenceSupport } from './claim-features.js';
import { quotedSpeakers } from './quoted-speakers.js';
import { officerSpeaking } from './officers.js';
import { DESCRIPTION_WORDS, describedReferent, opensDescribed } from './described.js';
import { LEAD_REACH, nameByInitials } from './initials.js';

/** What the support model sees. All values are small non-negative numbers. */
export interface SupportFeatures {
  /** Weighted content-word coverage by the best aligned passage(s). */
  passageCoverage: number;
  /** Weighted content-word coverage by the whole document(s) of the evidence. */
  documentCoverage: number;
  /** Content words found nowhere in the document(s), not even as a variant (log(1 + n)). */
  novelWords: number;
  /** Share of the statement's word pairs that occur in the document(s). */
  documentBigrams: number;
  /** Share of the statement's word triples that occur in the document(s). */
  documentTrigrams: number;
  /** Share of the statement's word pairs that occur in the best aligned passage(s). */
  passageBigrams: number;
  /** Longest common word subsequence with the best passage(s), as a share of the statement. */
  passageSubsequence: number;
  /** Names (capitalised words not opening the sentence) the document never mentions (log(1 + n)). */
  novelNames: number;
  /** Figures and dates the document never states (log(1 + n)). */
  novelFigures: number;
  /** A figure or date differs from the one the aligned passage gives. */
  figureConflict: number;
  /** A name stands where the aligned passage has another one of the same kind. */
  nameConflict: number;
  /** A word is negated on one side and affirmed on the other. */
  negationConflict: number;
  /** The statement negates something while its passage(s) have no negation. */
  unmatchedNegation: number;
  /** Length of the statement in content words (log(1 + n)): long claims hide more. */
  length: number;
  /** Names the document mentions, but not the aligned passage(s) (log(1 + n)): a name moved from elsewhere. */
  passageNames: number;
  /** Figures the document states, but not the aligned passage(s) (log(1 + n)). */
  passageFigures: number;
  /** "he" where the aligned passage only says "she", or the reverse. */
  pronounConflict: number;
  /**
   * A near copy of its passage (most words in the same order) with words the passage lacks,
   * even small ones ("not", "she"): an edited sentence (log(1 + n)).
   */
  editedCopy: number;
  /** The statement has a word whose opposite stands in the aligned passage ("decreased" for "increased"). */
  antonymSwap: number;
  /**
   * A near copy that needs two source sentences, neither covering it alone: a claim may join
   * what the source keeps apart (one sentence's subject, another's predicate).
   */
  joinedPassages: number;
  /**
   * Share of the statement's neighbouring content words ("found", "beach") that stand within a
   * few words of each other somewhere in the document: a paraphrase keeps words that belong
   * together close; a claim that re-links them ("found in the beach" when the source found
   * something else there) does not.
   */
  nearPairs: number;
  /** The same within two words: a phrase kept, give or take a word. */
  closePairs: number;
  /**
   * Content-word coverage by the document(s) where a word the sources lack still counts when
   * WordNet relates it to a word of the aligned passages (a synonym, a derived form, a broader
   * or narrower term: "purchase" for "bought", "dog" for "poodle"), and half when its word vector
   * is close to one (soft alignment; it never overrules a conflict, which is judged apart).
   */
  relatedCoverage: number;
  /** Content words neither the document(s) nor WordNet nor the vectors account for (log(1 + n)). */
  unexplainedWords: number;
}

export const FEATURE_NAMES: readonly (keyof SupportFeatures)[] = [
  'passageCoverage', 'documentCoverage', 'novelWords', 'documentBigrams', 'documentTrigrams',
  'passageBigrams', 'passageSubsequence', 'novelNames', 'novelFigures', 'figureConflict',
  'nameConflict', 'negationConflict', 'unmatchedNegation', 'length', 'passageNames', 'passageFigures',
  'pronounConflict', 'editedCopy', 'antonymSwap', 'joinedPassages', 'nearPairs', 'closePairs',
  'relatedCoverage', 'unexplainedWords',
];

// Cosine similarity of word vectors above which a word the sources lack counts as half explained.
const SIMILAR = 0.62;

// How far apart, in words, two content words of a pair may stand in the document.
const NEAR = 10;
const CLOSE = 3;

// The most words of a passage read in place for a pair of words; a longer one is looked up.
const SCANNED_PASSAGE = 256;

// Above this, one source sentence says nearly all of it and the other fills in a word or two.
const JOINED_SINGLE = 0.85;

const MALE = /\b(?:he|him|his|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;

function pronounConflict(statement: string, passage: string): boolean {
  const mineMale = MALE.test(statement);
  const mineFemale = FEMALE.test(statement);
  if (mineMale === mineFemale) return false;
  const theirsMale = MALE.test(passage);
  const theirsFemale = FEMALE.test(passage);
  return mineMale ? theirsFemale && !theirsMale : theirsMale && !theirsFemale;
}

/** The document's vocabulary, word pairs and triples and figures, built once per document. */
interface DocumentProfile {
  /** Every word of the document's passages in order: where each one stands. */
  positions: WordPositions;
  /** First five letters of every word: "elected" and "election" count as a variant. */
  prefixes: Set<string>;
  /** Whether these words, from `at` on, follow each other somewhere in the document. */
  hasRun(words: readonly string[], at: number, n: number): boolean;
  lower: string;
  quantities: Quantity[];
  /** The figures of `quantities`, found by value. */
  figures: FigureIndex;
  /** Countries the document names, by name, capital or demonym (ISO alpha-3). */
  places: Set<string>;
}

const profiles = new WeakMap<SourceDocument, DocumentProfile>();

function profileOf(corpus: Corpus, doc: SourceDocument): DocumentProfile {
  let p = profiles.get(doc);
  if (p) return p;
  // Read through the passages, whose words the alignment reuses.
  // A loop, not flatMap: flatMap reads each array it is given element by element, generically,
  // and every word of every document passes through here (a fifth of building a profile).
  // A passage no one has asked for is read where it lies, not made (with its profile) for this.
  const norms: string[] = [];
  corpus.forEachPassageOf(doc.id, (index, start, end) => {
    const made = corpus.madePassage(index);
    for (const norm of made ? normsOfPassage(made) : normsOfText(doc.text.slice(start, end))) norms.push(norm);
  });
  // Word pairs and triples are looked up where their first word stands, rather than kept as a
  // set of joined strings: a statement asks about a few dozen, a document has thousands.
  const positions = new WordPositions(norms);
  const spaced = positions.spaced;
  // A normalised word with a space in it (a compatibility ligature) makes joined pairs
  // ambiguous: such a document keeps the joined strings, as they always were compared.
  let joined: Set<string> | undefined;
  const joinedGrams = (): Set<string> => (joined ??= joinedRuns(norms, false));
  // With each part of a compound first word too, as its positions file it: the runs hasRun finds by positions.
  let frequent: Set<string> | undefined;
  const frequentGrams = (): Set<string> => (frequent ??= joinedRuns(norms, true));
  const hasRun = (words: readonly string[], at: number, n: number): boolean => {
    // Only the run's own words can make its joined form ambiguous (asking all of them made a long statement quadratic).
    let runSpaced = spaced;
    for (let k = at; !runSpaced && k < at + n && k < words.length; k++) runSpaced = words[k]!.includes(' ');
    if (runSpaced) return joinedGrams().has(words.slice(at, at + n).join(' '));
    const starts = positions.get(words[at]!);
    if (!starts) return false;
    // The run is read where its rarest word stands: "the autumn" at the few places of "autumn",
    // not at each of thousands of "the" (a long statement against a long document was quadratic).
    let places = starts;
    let pick = 0;
    for (let j = 1; j < n; j++) {
      const other = positions.get(words[at + j]!);
      if (!other) return false;
      if (other.length < places.length) [places, pick] = [other, j];
    }
    // Every word of the run thousands of times over (a long document against a long statement):
    // its runs as joined strings, read once, so each ask is one look-up.
    if (places.length > FREQUENT_RUN) return frequentGrams().has(words.slice(at, at + n).join(' '));
    for (const s of places) {
      const first = s - pick;
      if (first < 0 || (pick > 0 && (norms[s] !== words[at + pick] || starts[firstAtLeast(starts, first)] !== first))) continue;
      let k = 1;
      while (k < n && norms[first + k] === words[at + k]) k++;
      if (k === n) return true;
    }
    return false;
  };
  // Prefixes, lower-cased text and figures only matter to some statements.
  let prefixes: Set<string> | undefined;
  let lower: string | undefined;
  let quantities: Quantity[] | undefined;
  let figures: FigureIndex | undefined;
  let places: Set<string> | undefined;
  p = {
    positions, hasRun,
    get prefixes() {
      if (!prefixes) {
        prefixes = new Set<string>();
        for (const t of positions.keys()) if (t.length >= 5 && !/\d/.test(t)) prefixes.add(t.slice(0, 5));
      }
      return prefixes;
    },
    get lower() {
      return (lower ??= doc.text.toLowerCase());
    },
    get quantities() {
      return (quantities ??= findQuantities(doc.text));
    },
    get figures() {
      return (figures ??= new FigureIndex(this.quantities));
    },
    get places() {
      if (places) return places;
      places = new Set<string>();
      for (const passage of corpus.passagesOf(doc.id)) {
        const profile = passageProfile(passage);
        for (const n of profile.names) {
          const key = placeKey(n.name);
          if (key) places.add(key);
        }
        for (const t of profile.tokens) {
          const key = placeKey(t.text);
          if (key) places.add(key);
        }
      }
      return places;
    },
  };
  profiles.set(doc, p);
  return p;
}

/**
 * Whether the name starting at `start` says where something happens or where someone goes ("set
 * sail from Tokyo", "left Tokyo", "talks in Washington"): there a capital is the city, not its
 * country's government acting or owning ("Washington signed", "Washington's wish").
 */
export function namesWhere(text: string, start: number): boolean {
  return /\b(?:in|from|at|to|near|into|inside|outside|across|via|off|left|leaves|leaving|reached|visited|visits|visiting|toured|departed|fled|entered|crossed)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
}

/** How many of the statement's word runs of length n `has` finds, out of how many. */
// Places of a run's rarest word past which hasRun looks its run up among the document's joined runs.
const FREQUENT_RUN = 256;

/**
 * A document's word pairs and triples as joined strings; with `parts`, a first word that is a
 * compound also as each of its parts.
 */
function joinedRuns(norms: readonly string[], parts: boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < norms.length; i++) {
    const rest = ' ' + norms[i + 1];
    const third = i + 2 < norms.length ? rest + ' ' + norms[i + 2] : undefined;
    const firsts = parts ? [norms[i]!, ...(compoundParts(norms[i]!) ?? [])] : [norms[i]!];
    for (const first of firsts) {
      out.add(first + rest);
      if (third) out.add(first + third);
    }
  }
  return out;
}

function ngramCount(norms: readonly string[], n: 2 | 3, has: (at: number) => boolean): [found: number, total: number] {
  let total = 0;
  let found = 0;
  for (let i = 0; i + n <= norms.length; i++) {
    total++;
    if (has(i)) found++;
  }
  return [found, total];
}

/** Share of the statement's word runs of length n that `has` finds (1 when it has none). */
function ngramShare(norms: readonly string[], n: 2 | 3, has: (at: number) => boolean): number {
  const [found, total] = ngramCount(norms, n, has);
  return total ? found / total : 1;
}

// A passage's lower-cased words as partnerWords takes them: the same passages are aligned with many statements.
const partnersOfPassage = new WeakMap<Passage, string[]>();

/** The lower-cased words of the best aligned passages: what a novel word may be a rewording of. */
function partnerWords(alignments: Alignment[]): WordGroup {
  const out = new Set<string>();
  for (const a of alignments.slice(0, 3)) {
    for (const p of a.passages) {
      let words = partnersOfPassage.get(p);
      if (!words) {
        words = [];
        for (const t of passageProfile(p).tokens) {
          const w = t.text.toLowerCase();
          if (w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w)) words.push(w);
        }
        partnersOfPassage.set(p, words);
      }
      for (const w of words) out.add(w);
    }
  }
  return new WordGroup([...out]);
}

/** 1 when WordNet relates the word to a partner word, 0.5 when their vectors are close, else 0. */
function explained(word: string, partners: WordGroup): number {
  if (word.length <= 2 || /\d/.test(word)) return 0;
  if (partners.relatesTo(word)) return 1;
  return partners.closeTo(word, SIMILAR) ? 0.5 : 0;
}

/** Whether some occurrence of one word stands within `window` words of some occurrence of the other. */
function within(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined, window: number): boolean {
  if (!a || !b) return false;
  // Both lists are in document order: walk them together.
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const d = a[i]! - b[j]!;
    if (d !== 0 && Math.abs(d) <= window) return true;
    if (d < 0) i++; else j++;
  }
  return false;
}

/** Length of the longest common subsequence of two word lists (two rows of the usual table). */
// Longest common subsequences are read over at most this many words a side: a sentence of
// thousands of words against another would cost their product, and its share is as well told by
// its opening.
const LCS_WORDS = 1_000;

function lcs(whole: string[], other: string[]): number {
  const a = whole.length > LCS_WORDS ? whole.slice(0, LCS_WORDS) : whole;
  const b = other.length > LCS_WORDS ? other.slice(0, LCS_WORDS) : other;
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Whether the word lies inside one of the figures, sorted by where they start and not
 * overlapping (as findQuantities gives them): found by bisection.
 */
function inFigure(figures: readonly Quantity[], w: { start: number; end: number }): boolean {
  const q = figures[partitionPoint(figures.length, (i) => figures[i]!.start > w.start) - 1];
  return !!q && q.start <= w.start && w.end <= q.end;
}

/**
 * Both source sentences name someone the statement names ("Zhou Mi, a researcher, ..." and
 * "Zhou said ..."), or one is that person's quotation: joining them tells more about the same
 * actor, not a re-linked claim.
 */
function sameActor(corpus: Corpus, statementNorms: string[], passages: Passage[]): boolean {
  const mine = new Set(statementNorms);
  const [a, b] = passages.map(passageProfile) as [PassageProfile, PassageProfile];
  // A sentence of a quotation names its speaker, though the name stands in another sentence
  // ('"Companies are likely to proceed cautiously. ...," Zhou said.').
  const speakers = passages.map((p) => new Set(quotedSpeakers(corpus, p).flatMap((name) => tokenizeCached(name).map((t) => t.norm))));
  const has = (i: 0 | 1, norm: string): boolean => [a, b][i]!.terms.has(norm) || speakers[i]!.has(norm);
  const words = [...a.names, ...b.names].flatMap((n) => tokenizeCached(n.name).map((t) => t.norm));
  for (const w of [...words, ...speakers[0]!, ...speakers[1]!]) {
    if (w.length >= 3 && mine.has(w) && has(0, w) && has(1, w)) return true;
  }
  return false;
}

// A word the document uses this often is its topic ("critical minerals" in a piece on them).
const TOPIC_USES = 3;

/** Of joined sentences, the one that has most of the statement's words (the first of equals). */
function mainSentence(analysis: StatementAnalysis, terms: readonly Set<string>[]): number {
  const covered = terms.map((t) => analysis.content.filter((w) => hasWord(t, w.norm)).length);
  return covered.indexOf(Math.max(...covered));
}

const PARAPHRASED_WORDS = 3;

// Adverbs that say how a thing stands in time ("will still receive" for "continue to receive"):
// no part of another sentence's claim, wherever else the word stands.
const ASPECT_ADVERBS = new Set(['still', 'already', 'now', 'yet', 'again', 'currently']);
// A weekday the statement gives where the main sentence says "today" or "tonight": the day the
// document speaks on, which its heading dates ("Issued: Thursday 13 February"); the weekday checks
// weigh whether it is that day.
const WEEKDAY_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SPOKEN_DAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

/**
 * Whether the sentences besides the one that covers most of the statement give it more than one
 * plain word: two or more, or a name or a figure. One common word found elsewhere ("earned"
 * beside a heading's "Earnings") is a paraphrase of the main sentence, not a second sentence joined.
 */
function joinsParts(analysis: StatementAnalysis, passages: Passage[], author?: string): boolean {
  const terms = passages.map((p) => passageProfile(p).terms);
  // The document's author, named where the statement says whose view it is ("in Corrigan's view",
  // "the reviewer thinks"): the whole piece is that view, not a sentence of it joined.
  const byAuthor = author ? authorFrames(analysis.text, author) : [];
  const framed = (w: { start: number; end: number }): boolean => byAuthor.some((f) => f.start <= w.start && w.end <= f.end);
  const main = mainSentence(analysis, terms);
  // A word of a figure the main sentence gives in another spelling ("one trillion dollars" for
  // "US$1 trillion") is the main sentence's, wherever else the word stands ("one of the ...").
  const mainFigures = new FigureIndex(passageProfile(passages[main]!).quantities);
  const sameAsMain = analysis.quantities.filter((q) => mainFigures.has(q));
  const inMainFigure = (w: { start: number; end: number }): boolean => inFigure(sameAsMain, w);
  // A name the main sentence gives in initials ("the EC" for "the European Commission") is the
  // main sentence's, though the other sentence spells it out.
  const mainText = passages[main]!.text;
  const initialled = findNames(analysis.text).flatMap((n) => nameByInitials(analysis.text, n, mainText) ?? []);
  const inMainName = (w: { start: number; end: number }): boolean => initialled.some((n) => n.start <= w.start && w.end <= n.end);
  let extra = analysis.content.filter((w) => !hasWord(terms[main]!, w.norm) && !inMainFigure(w) && !inMainName(w) && !framed(w) && !ASPECT_ADVERBS.has(w.norm) && !(WEEKDAY_WORD.test(w.text) && SPOKEN_DAY.test(mainText)) && terms.some((t) => hasWord(t, w.norm)));
  // A common word the main sentence says in another word it relates to, standing in its place
  // (the content word after it the same), is the main sentence's paraphrased, though the other
  // sentence has the word ("how many of the eliminated jobs were in Northgate" for "how many of
  // the 140 positions were in Northgate", beside "Employees whose jobs are eliminated").
  // (Two or three words: more are a sentence joined.)
  if (extra.length >= 2 && extra.length <= PARAPHRASED_WORDS) {
    const mine = analysis.content;
    const myNorms = new Set(mine.map((m) => m.norm));
    const theirs = passageProfile(passages[main]!).tokens.filter((t) => !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.text.toLowerCase()));
    const inPlace = (w: Token): boolean => {
      const next = mine[mine.indexOf(w) + 1]?.norm;
      return next !== undefined && theirs.some((t, k) => theirs[k + 1]?.norm === next && t.text.length > 2 && !myNorms.has(t.norm) && relation(w.text.toLowerCase(), t.text.toLowerCase()) !== undefined);
    };
    extra = extra.filter((w) => /^\p{Lu}/u.test(w.text) || inFigure(analysis.quantities, w) || !inPlace(w));
  }
  return extra.length >= 2 || extra.some((w) => /^\p{Lu}/u.test(w.text) && w.start > 0) || extra.some((w) => inFigure(analysis.quantities, w));
}

// A byline near a document's top: "Reviewed by Matthew Corrigan", "By Ana Ruiz".
const BYLINE = /^[ \t]*(?:(?:reviewed|written|words|review|reporting)\s+by|by)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})[ \t]*$/imu;
// How far into a document its byline may stand.
const BYLINE_REACH = 600;

// Each document's author, read once however many statements align with it.
const authors = new WeakMap<SourceDocument, string | null>();

/** The author a document's byline names, if any. */
function authorOf(doc: SourceDocument | undefined): string | undefined {
  if (!doc) return undefined;
  let author = authors.get(doc);
  if (author === undefined) authors.set(doc, (author = BYLINE.exec(doc.text.slice(0, BYLINE_REACH))?.[1] ?? null));
  return author ?? undefined;
}

// Where a statement says whose view it gives: "in Corrigan's view", "Corrigan thinks", "the
// reviewer argues".
const VIEW_OF = /\b(?:in|by)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,3}?\p{Lu}[\p{L}-]+)['’]s?\s+(?:view|words|opinion|judgement|judgment|reading|estimation|account)\b|\b((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}-]+)\s+(?:thinks|writes|wrote|argues|argued|believes|finds|found|feels|felt|suggests|contends|concludes|calls|praises|singles)\b|\b(?:the|our)\s+(?:reviewer|critic|author|writer|columnist)(?:\s+(?:thinks|writes|argues|believes|finds|feels|says|suggests|concludes))?\b/gu;

/** The spans of a statement's frames that give the author's view (the author named, or "the reviewer"). */
function authorFrames(text: string, author: string): { start: number; end: number }[] {
  const surname = author.split(/\s+/).at(-1)!.toLowerCase();
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(VIEW_OF)) {
    const name = m[1] ?? m[2];
    if (name && name.split(/\s+/).at(-1)!.toLowerCase() !== surname) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Two sentences that follow each other, one of which gives the statement only its time, its
 * place, a figure or the article's topic ("In 2025, ... critical minerals" then "... added 10
 * items to the list"; "South Korea's industries ..." then "The Ministry of Trade ... held an
 * emergency meeting"), read as one: a setting, not a re-linked claim.
 */
function joinedForSetting(analysis: StatementAnalysis, passages: Passage[], topic: (norm: string) => boolean): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId || Math.abs(passages[0]!.index - passages[1]!.index) !== 1) return false;
  const [a, b] = passages.map((p) => passageProfile(p).terms) as [Set<string>, Set<string>];
  const onlyA = analysis.content.filter((t) => a.has(t.norm) && !b.has(t.norm));
  const onlyB = analysis.content.filter((t) => b.has(t.norm) && !a.has(t.norm));
  const minor = onlyA.length <= onlyB.length ? onlyA : onlyB;
  const places = findNames(analysis.text).filter((n) => n.kind === 'place' || placeKey(n.name) !== undefined);
  // A word starts inside the place's name ("Korea's" in "South Korea's").
  const inPlace = (t: { start: number; end: number }): boolean => places.some((n) => n.start <= t.start && t.start < n.end);
  return minor.every((t) => topic(t.norm) || inPlace(t) || inFigure(analysis.quantities, t));
}

// "the European Commission, the executive of the European Union, ...": what a name is said to be.
const APPOSITIVE = /^,\s+(?:the|an?)\s+([^,;.()"“”]{3,120})/;
// "Migaloo ... was the only documented all-white humpback whale in the world": the same, said with "is".
const COPULA = /^[^.;]{0,80}?\b(?:is|was|are|were)\s+(?:the|an?)\s+([^,;.()"“”]{3,120})/;
// A sentence that goes on about the one named before it.
const OPENING_PRONOUN = /^\s*(?:he|she|it|they)\b/i;

/**
 * One sentence says what a name is ("it's the European Commission, the executive of the European
 * Union"; "Migaloo ... was the only documented all-white humpback whale"), the other what it did
 * ("the EC has ordered ..."; "He has been sighted off the coast"): a statement that calls it by
 * what it is ("The executive of the European Union has ordered ...", "A humpback whale has been
 * spotted off the coast") says what the second says.
 */
function joinedForApposition(analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2) return false;
  const terms = passages.map((p) => passageProfile(p).terms);
  const main = mainSentence(analysis, terms);
  const other = passages[1 - main]!;
  const minor = analysis.content.filter((w) => !hasWord(terms[main]!, w.norm) && hasWord(terms[1 - main]!, w.norm));
  if (!minor.length) return false;
  const mainText = passages[main]!.text;
  // The main sentence goes on about the other's name with a pronoun when it follows it.
  const followsWithPronoun = other.docId === passages[main]!.docId && passages[main]!.index === other.index + 1 && OPENING_PRONOUN.test(mainText);
  const describes = (said: string | undefined): boolean => {
    if (!said) return false;
    const described = new Set(tokenizeCached(said).map((t) => t.norm));
    return minor.every((w) => described.has(w.norm));
  };
  // What the other sentence says its subject is, when the main one opens with "he", "she" ...
  if (followsWithPronoun && describes(COPULA.exec(other.text)?.[1])) return true;
  for (const n of passageProfile(other).names) {
    const after = other.text.slice(n.end);
    if (!describes(APPOSITIVE.exec(after)?.[1] ?? COPULA.exec(after)?.[1])) continue;
    if (mainText.toLowerCase().includes(n.name.toLowerCase()) || nameByInitials(other.text, n, mainText)) return true;
  }
  return false;
}

const FIGURE_GROUPS = 4;

/** Whether the `i`th token is a figure's digits after its thousands' comma: "000" of "210,000". */
function continuesFigure(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, before = tokens[i - 1];
  return !!before && before.end + 1 === t.start && /^\d{3}$/.test(t.text) && /\d$/.test(before.text);
}

// How far from the noun it qualifies a word of the other sentence may stand.
const QUALIFIER_REACH = 4;
// What stands before a noun the reader already knows. ("That" is as often a conjunction: "said
// that costs rose".)
const DEFINITE_WORD = /^(?:the|this|these|those)$/i;

/**
 * The main sentence says what happened to "the release"; the other says which release it is
 * ("the release date for version 4.2"): a statement that names it in full ("The release of
 * version 4.2 moved to the 21st") reads the two as a reader does. Every word the other sentence
 * adds stands, in the statement and in that sentence, within a few words of the noun both
 * sentences have, and the main sentence has that noun after "the".
 */
function joinedForReference(analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId) return false;
  const [a, b] = passages.map((p) => passageProfile(p)) as [PassageProfile, PassageProfile];
  return qualifies(analysis, a, b) || qualifies(analysis, b, a);
}

// A sentence that opens on what the sentence before it says, by a noun of that sentence's own
// word: "This projection", "These decisions".
const SHELL_OPENING = /^\s*(?:This|That|These|Those|Such)\s+(\p{Ll}[\p{L}-]{3,})/u;
const SHELL_RELATIONS = new Set(['same', 'synonym', 'derivation']);

/**
 * The later of two sentences of a paragraph opens on what the earlier says, named by a noun of
 * its word ("Management projects that annual matchday revenue will rise to £30.5 million ... .
 * This projection has not been audited"): the two are one claim, and a statement that tells it
 * whole ("The projection that matchday income will reach £30.5 million has not been audited")
 * joins nothing.
 */
function shellReference(passages: Passage[]): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId) return false;
  const [earlier, later] = passages[0]!.index < passages[1]!.index ? [passages[0]!, passages[1]!] : [passages[1]!, passages[0]!];
  if (later.index - earlier.index !== 1 || later.paragraph.start !== earlier.paragraph.start) return false;
  const noun = SHELL_OPENING.exec(later.text)?.[1]?.toLowerCase();
  // (A noun: "These included ..." opens on the things, not on what was said of them.)
  if (!noun || !isNoun(noun)) return false;
  // The same word's family: its first letters, and a relation WordNet knows.
  return passageProfile(earlier).tokens.some((t) => {
    const w = t.text.toLowerCase();
    return w.length > 3 && w.slice(0, 4) === noun.slice(0, 4) && !STOPWORDS.has(t.norm) && SHELL_RELATIONS.has(relation(noun, w) ?? '');
  });
}

/** Whether `other` only says which thing `own` speaks of (see `joinedForReference`). */
function qualifies(analysis: StatementAnalysis, own: PassageProfile, other: PassageProfile): boolean {
  const minor = analysis.content.filter((w) => !hasWord(own.terms, w.norm) && hasWord(other.terms, w.norm));
  if (!minor.length) return false;
  // The nouns "the" (or "this", "these", "those") stands before in the main sentence: things the
  // reader already knows ("We cannot keep mending this footbridge" after "... the timber
  // footbridge over Mill Brook").
  const definite = new Set<string>();
  own.tokens.forEach((t, k) => { if (k > 0 && DEFINITE_WORD.test(own.tokens[k - 1]!.text)) definite.add(t.norm); });
  const minorNorms = new Set(minor.map((w) => w.norm));
  const heads = new Set(analysis.content.filter((t) => !minorNorms.has(t.norm) && definite.has(t.norm) && hasWord(other.terms, t.norm)).map((t) => t.norm));
  if (!heads.size) return false;
  // Each word's neighbours, within the reach, on each side: read once, then looked up (and only
  // when there is a head to look for: they were a tenth of a score run's garbage).
  const statementNear = neighbours(tokenizeCached(analysis.text));
  const otherNear = neighbours(other.tokens);
  for (const head of heads) {
    if (minor.every((w) => statementNear.get(w.norm)?.has(head) && otherNear.get(w.norm)?.has(head))) return true;
  }
  return false;
}

/**
 * For each word of the list, the words standing within QUALIFIER_REACH of one of its places. A
 * form of address takes no place ("a panel chaired by Ms Philippa Graveney" has "Graveney" as near
 * "panel" as "the panel chaired by Philippa Graveney" has), nor does the part of a figure after its
 * thousands' comma ("210,000 pounds" is two places from "at", as "about 210 pounds" would be).
 */
function neighbours(tokens: readonly Token[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // The words at each place, and each word's place (-1, then the next word's, for a form of address).
  const places: string[][] = [];
  const placeOf = tokens.map((t, i) => {
    if (FORM_OF_ADDRESS.test(t.text)) return -1;
    // (A figure's groups share a place up to a billion's: a hostile "1,000,000,000,..." is read in steps.)
    if (!places.length || !continuesFigure(tokens, i) || places[places.length - 1]!.length >= FIGURE_GROUPS) places.push([]);
    places[places.length - 1]!.push(t.norm);
    return places.length - 1;
  });
  if (!places.length) places.push([]);
  for (let i = tokens.length - 1, next = places.length - 1; i >= 0; i--) {
    if (placeOf[i] === -1) placeOf[i] = next;
    else next = placeOf[i]!;
  }
  tokens.forEach((t, i) => {
    let near = out.get(t.norm);
    if (!near) out.set(t.norm, (near = new Set()));
    const at = placeOf[i]!;
    for (let k = Math.max(0, at - QUALIFIER_REACH); k <= Math.min(places.length - 1, at + QUALIFIER_REACH); k++) for (const w of places[k]!) near.add(w);
  });
  return out;
}

// Where a statement joins two clauses: "and", "but", "while", "whereas", ", although", a semicolon, ", with"
// ("... a third dry summer, with reservoirs at about 40% of average") or a comma before a verb in
// "-ing" ("... over two years, starting in August"), or the comma that ends an opening "once",
// "after" or "because" clause (the comma matched first: the look back is tried only at commas),
// or a comma before what the statement says of the biggest of them ("recorded 143 aftershocks,
// the biggest a magnitude 4.6 tremor").
const CLAUSE_JOIN = /(?:,\s*|\s+)(?:and|but|while|whereas)\s+|,\s*(?:although|though|even\s+though)\s+|,\s*with\s+|,\s*(?=the\s+(?:biggest|largest|smallest|highest|lowest|strongest|longest|shortest|greatest|deepest|heaviest|worst|best|latest|earliest)\s)|,\s*(?=\p{L}{3,}ing\s)|;\s+|,(?<=^\s*(?:once|after|when|before|because|since|although|though|until)\s[^,;]{3,160},)\s*/giu;

/**
 * A statement of two clauses joined by "and" (or "but", "while", a semicolon), each said by one
 * of the two sentences: "Three people were injured and two others were arrested". Two facts
 * told together, not one fact re-linked across sentences ("Netanyahu of the deal says Iran
 * reduce its centrifuges").
 */
const SAYING = /^(?:says?|said|saying|tells?|told|adds?|added|reports?|reported|notes?|noted|states?|stated)$/i;

function coordinatedClauses(analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2) return false;
  const [a, b] = passages.map((p) => passageProfile(p).terms) as [Set<string>, Set<string>];
  // The names each sentence may call "the operator" or "it", the other just before it naming them.
  const named = [referredNames(analysis, passages[0]!, passages[1]!), referredNames(analysis, passages[1]!, passages[0]!)];
  // Every word of the clause either sentence has, the one sentence has.
  // A verb of saying is the attribution's, whichever sentence has it ("the report says ..."); a
  // clause of five words or more may have one word in five the other sentence has and its own
  // gives in another form ("dry" in "dry-season", where its own says "dried").
  const saidBy = (words: Token[], own: Set<string>, other: Set<string>): boolean => {
    const referred = referent(named[own === a ? 0 : 1], words);
    return words.length >= 2 && words.filter((w) => !hasWord(own, w.norm) && hasWord(other, w.norm) && !SAYING.test(w.text) && !referred?.has(w.norm)).length <= Math.floor(words.length / 5);
  };
  // Of those names, the one the clause says, where the statement says each other one outside it.
  const referent = (names: Set<string>[] | undefined, clause: Token[]): Set<string> | undefined => {
    if (!names) return undefined;
    const inClause = new Set(clause.map((w) => w.norm));
    const clauseTokens = new Set(clause);
    const outside = new Set(analysis.content.filter((w) => !clauseTokens.has(w)).map((w) => w.norm));
    const said = names.filter((n) => [...n].every((w) => inClause.has(w)));
    return said.length === 1 && names.every((n) => n === said[0] || [...n].every((w) => outside.has(w))) ? said[0] : undefined;
  };
  for (const m of analysis.text.matchAll(CLAUSE_JOIN)) {
    const left = analysis.content.filter((w) => w.end <= m.index);
    const right = analysis.content.filter((w) => w.start >= m.index + m[0].length);
    if ((saidBy(left, a, b) && saidBy(right, b, a)) || (saidBy(left, b, a) && saidBy(right, a, b))) return true;
  }
  // ", which is expected to save ..." says its clause of what the clause before it tells: the
  // two are the source's own link when the sentence that says the second opens on what the other
  // tells, by its word or one made of it ("The reduction in hours is expected to save ..." where
  // the other says "opening hours will be reduced").
  for (const m of [...analysis.text.matchAll(RELATIVE_JOIN)].slice(0, MOST_RELATIVES)) {
    const left = analysis.content.filter((w) => w.end <= m.index);
    const right = analysis.content.filter((w) => w.start >= m.index + m[0].length);
    if ((saidBy(left, a, b) && saidBy(right, b, a) && opensOnWhatIsTold(passages[1]!, passages[0]!))
      || (saidBy(left, b, a) && saidBy(right, a, b) && opensOnWhatIsTold(passages[0]!, passages[1]!))) return true;
  }
  return false;
}

// A relative clause on the clause before it, and how many of a statement's are read.
const RELATIVE_JOIN = /,\s*which\s+/giu;
const MOST_RELATIVES = 4;
// How many words of the other sentence are asked whether the opening word is made of them.
const MOST_TOLD_WORDS = 80;

/** Whether the passage opens on "the" thing that `told` tells, by its word or one made of it ("reduction" of "reduced"). */
function opensOnWhatIsTold(passage: Passage, told: Passage): boolean {
  const m = DEFINITE_OPENING.exec(passage.text);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  const profile = passageProfile(told);
  if (hasWord(profile.terms, normalizeWord(word))) return true;
  return profile.tokens.slice(0, MOST_TOLD_WORDS).some((t) => {
    const kind = t.text.length > 2 && !STOPWORDS.has(t.norm) ? relation(word, t.text.toLowerCase()) : undefined;
    return kind === 'derivation' || kind === 'same';
  });
}

// A sentence that opens on something named before it by "the" and a noun, or by a pronoun: "The
// operator has said it will decide ...".
const REFERRING_OPENING = /^\s*(?:[Tt]he\s+(\p{Ll}[\p{L}-]+)|[Ii]t|[Tt]hey|[Hh]e|[Ss]he)\b/u;

/**
 * The names a sentence (`own`) may call by "the operator" or "it": those of the sentence just
 * before it (`other`, within ANTECEDENT_REACH), but places. "... and Southwestern Valley Trains
 * will decide by December" says, in the noun's place, the name "..., run by Southwestern Valley
 * Trains as a trial ..." gives, where the next sentence says "The operator has said it will decide
 * by December ...". `own` names no one itself, and the statement does not keep its noun.
 */
function referredNames(analysis: StatementAnalysis, own: Passage, other: Passage): Set<string>[] | undefined {
  if (own.docId !== other.docId || own.index <= other.index || own.index - other.index > ANTECEDENT_REACH) return undefined;
  const opening = REFERRING_OPENING.exec(own.text);
  if (!opening || passageProfile(own).names.length) return undefined;
  if (opening[1] && analysis.content.some((w) => w.norm === normalizeWord(opening[1]!))) return undefined;
  const names = passageProfile(other).names.filter((n) => n.kind !== 'place').slice(0, MOST_REFERRED);
  return names.length ? names.map((n) => new Set(tokenizeCached(n.name).map((t) => t.norm))) : undefined;
}

// How many names of the sentence before are weighed as what "the operator" may be.
const MOST_REFERRED = 8;

// A sentence that opens on what the one before it said: "That covers ...", "This means ...",
// "The cause was ...", "It ...", "She ...", "Both companies ..." (An interview's "A:" may stand
// before it.)
const CONTINUES = /^\s*(?:[QA]:\s*)?(?:(?:some|many|most|all|none|one|two|few|several|each|half)\s+of\s+(?:these|those|them|whom)\b|this|that|these|those|it|they|he|she|such|both|neither|the\s+(?:cause|reason|result|effect|outcome|move|decision|change|plan|measure|step|deal|increase|rise|fall|drop|decline|cut|delay|problem|issue))\b(?!\s*(?:[,:;-]|\b(?:is|was)\s+(?:why|how|what|when)\b))/i;
// How far apart, in sentences of one paragraph, the two may stand.
const CONTINUATION_REACH = 2;

// A negation in a passage, a chat's "hasnt" among them.
const PASSAGE_NEGATION = new RegExp(`\\b(?:not|no|never|n't|cannot|none|nobody|nothing|${APOSTROPHE_LESS.join('|')})\\b`, 'i');

// A sentence that opens on what the one before it named, as "the" (or "her", "its") thing: "The
// crack is likely to have developed ..." after "... found a cracked solder joint"; "The remainder
// consisted mostly of sprat" after "Sandeels made up 58 per cent".
const DEFINITE_OPENING = /^\s*(?:the|her|his|its|their)\s+(?:[\p{L}-]+['’]s\s+)?([\p{L}-]+)/iu;
const REMAINDER = /^(?:remainder|rest|balance|others|latter|former)$/i;

/**
 * Whether a sentence opens on "the" thing the sentence before it named, or on what is left of it.
 * It may name it by a word WordNet gives as the same or narrower: "The session ran nearly four
 * hours" after "... packed the auditorium for the meeting".
 */
function namedAgain(text: string, before: PassageProfile): boolean {
  const m = DEFINITE_OPENING.exec(text);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (REMAINDER.test(word) || hasWord(before.terms, normalizeWord(word))) return true;
  return before.tokens.some((t) => {
    const kind = t.text.length > 2 && !STOPWORDS.has(t.norm) ? relation(word, t.text.toLowerCase()) : undefined;
    return kind === 'synonym' || kind === 'broader';
  });
}

/**
 * A sentence that goes on about what the one just before it said ("The council gave us an extra
 * 180,000 euros a year. That covers two new full-time staff and the heating."), read with it as
 * a writer reads them: "... an extra 180,000 euros a year, which covers two new full-time staff".
 * The statement tells the earlier sentence's part first and the later's after it, as the source
 * does: the later sentence's words do not qualify the earlier's from the front.
 */
function continuedSentence(analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId) return false;
  const [earlier, later] = passages[0]!.index < passages[1]!.index ? [passages[0]!, passages[1]!] : [passages[1]!, passages[0]!];
  if (later.index - earlier.index > CONTINUATION_REACH || later.paragraph.start !== earlier.paragraph.start) return false;
  const profile = passageProfile(earlier);
  const a = profile.terms;
  const b = passageProfile(later).terms;
  const onlyA = analysis.content.findIndex((t) => hasWord(a, t.norm) && !hasWord(b, t.norm));
  const onlyB = analysis.content.findIndex((t) => hasWord(b, t.norm) && !hasWord(a, t.norm));
  if (onlyA < 0 || onlyB < 0) return false;
  if (onlyB > onlyA) return CONTINUES.test(later.text) || namedAgain(later.text, profile);
  // The later sentence is what follows from the earlier ("... failing to keep written records.
  // The compensatory award is therefore reduced by 20%."): the statement may tell the effect
  // first and its cause after "because" ("Her award was cut by 20% because she had failed ...").
  if (!CONSEQUENCE.test(later.text)) return false;
  const because = CAUSE_BEFORE.exec(analysis.text);
  return !!because && because.index >= analysis.content[onlyB]!.end && because.index < analysis.content[onlyA]!.start;
}

// A sentence that says what follows from the one before it.
const CONSEQUENCE = /\b(?:therefore|consequently|thus|hence|accordingly|as\s+a\s+result)\b/i;
// Where a statement gives a cause after its effect.
const CAUSE_BEFORE = /\b(?:because|since|due\s+to|owing\s+to|as\s+a\s+result\s+of|given\s+that)\b/i;

// Words that open a sentence on when it happened, not on who did it ("On Friday, ...").
const WHEN_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|morning|afternoon|evening|night|week|month|year|last|next|earlier|later|meanwhile|however|also|still)$/;

/**
 * A statement that takes its opening from one sentence and what follows from another, where that
 * other sentence says nothing before the words taken from it that the statement leaves out:
 * "Both were released to their parents", "In those departments, a joint committee ... will
 * review", "This is the Committee's second reduction". The second sentence goes on about the
 * first's subject; the statement names it. A re-linked claim takes its predicate from a sentence
 * about someone else ("The club's reserve goalkeeper has been advised ... not to play" told of
 * a full-back): that sentence names, before the words taken, who or what the statement drops.
 */
function subjectKept(corpus: Corpus, analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2) return false;
  const profiles = passages.map(passageProfile) as [PassageProfile, PassageProfile];
  const only = ([0, 1] as const).map((k) => analysis.content.filter((w) => hasWord(profiles[k].terms, w.norm) && !hasWord(profiles[1 - k]!.terms, w.norm)));
  if (!only[0]!.length || !only[1]!.length) return false;
  // The sentence the statement's later part comes from, and the words taken from it.
  const later = only[0]![0]!.start < only[1]![0]!.start ? 1 : 0;
  const taken = new Set(only[later]!.map((w) => w.norm));
  const mine = new Set(analysis.content.map((w) => w.norm));
  const tokens = profiles[later].tokens;
  const first = tokens.findIndex((t) => taken.has(t.norm));
  if (first < 0) return false;
  // Nor may that sentence name, anywhere, someone the statement does not: the speaker after a
  // quotation ('"... are not the same thing," said co-author Dr. Marcus Feeney').
  const named = [...profiles[later].names.map((n) => n.full), ...quotedSpeakers(corpus, passages[later]!)];
  if (named.some((name) => !tokenizeCached(name).some((t) => mine.has(t.norm)))) return false;
  return tokens.slice(0, first).every((t) => STOPWORDS.has(t.norm) || STOPWORDS.has(t.text.toLowerCase()) || mine.has(t.norm) || /\d/.test(t.text) || WHEN_WORDS.test(t.norm) || hasWord(profiles[1 - later]!.terms, t.norm));
}

// A sentence that goes on about someone named before it: a pronoun, or "the spokesperson".
const ANAPHOR = /\b(?:he|she|they|his|her|their|him|them)\b|\bthe\s+(?:spokes(?:person|man|woman)|minister|researcher|economist|analyst|expert|official|president|chairman|chairwoman|chief|secretary|ambassador|professor|scientist|company|firm|group|agency|ministry|government)\b/i;
// How many sentences back the person a pronoun stands for may have been named.
const ANTECEDENT_REACH = 3;

/**
 * The statement names the person (or body) a later source sentence calls "he" or "the
 * spokesperson": "Lin Jian said ..." from "Spokesperson Lin Jian held a press conference. He
 * said ...". It is the same claim, not two sentences joined, when all the statement takes from
 * the earlier sentence is that name, and that name is the last one given before the pronoun.
 */
function resolvedReference(corpus: Corpus, analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId) return false;
  const [earlier, later] = passages[0]!.index < passages[1]!.index ? [passages[0]!, passages[1]!] : [passages[1]!, passages[0]!];
  const inDoc = corpus.passagesOf(earlier.docId);
  const from = inDoc.indexOf(earlier);
  const to = inDoc.indexOf(later);
  if (from < 0 || to <= from) return false;
  // The statement's words that only one of the two sentences has.
  const earlierTerms = passageProfile(earlier).terms;
  const laterTerms = passageProfile(later).terms;
  const fromEarlier = analysis.content.filter((t) => earlierTerms.has(t.norm) && !laterTerms.has(t.norm));
  const fromLater = analysis.content.filter((t) => laterTerms.has(t.norm) && !earlierTerms.has(t.norm));
  // What a name is said to be holds for the document ("the programme" many paragraphs on).
  if (describedReference(earlier, later, fromEarlier)) return true;
  if (to - from > ANTECEDENT_REACH) return false;
  if (introducedName(earlier, later, fromLater)) return true;
  const anaphor = ANAPHOR.exec(later.text);
  if (!anaphor) return false;
  // "He" and "the minister" stand for a person, "the ministry" for a body, "they" for either.
  const word = anaphor[0].toLowerCase();
  const body = /company|firm|group|agency|ministry|government/.test(word);
  const plural = /^(?:they|their|them)$/.test(word);
  const fits = (n: NameCandidate): boolean =>
    n.kind !== 'place' && (plural || n.kind === 'unknown' || (body ? n.kind === 'organisation' : n.kind === 'person'));
  // The last name given before the pronoun: in the earlier sentence, then in any between.
  let antecedent: NameCandidate | undefined;
  // Names a later sentence quotes are the speaker's words, not who "she" is ('"... for people in
  // Ashcombe and Little Farrow ...," she said').
  const quoted = quotationSpans(inDoc[to]!.text);
  const unquoted = (n: NameCandidate): boolean => !quoted.some((q) => q.start <= n.start && n.end <= q.end);
  for (let k = from; k <= to; k++) {
    const names = passageProfile(inDoc[k]!).names.filter((n) => fits(n) && (k < to || (n.end <= anaphor.index && unquoted(n))));
    if (names.length) antecedent = names[names.length - 1];
    if (k === from && !antecedent) return false;
    if (k > from && names.length) return false;
  }
  // What the earlier sentence says the person is comes with the name ("Cllr Rukhsana Begum-Hart,
  // the council's cabinet member for highways, said ..." then '"... I am sorry," she said.'): the
  // antecedent is always the earlier sentence's, as a name in any sentence after it ends the search.
  return !!antecedent && onlyTheName(fromEarlier, antecedent, earlier.text);
}

/**
 * The statement names, by the description the source gives them, the person a source sentence
 * calls "he" or "she" after a sentence that opens on them described: "The second engineer spent
 * 16 hours on the pump before his shift" from "The second engineer told the inquiry that he had
 * ... . He had worked 16 hours on the pump before his shift." It is the same claim, not two
 * sentences joined, when all the statement takes from the other sentence of its join (wherever
 * that stands: the description may be in many) is its opening description, and the sentence
 * before the pronoun's opens on the same words.
 */
function describedAntecedent(corpus: Corpus, analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId || !opensDescribed(analysis.text)) return false;
  for (const k of [0, 1] as const) {
    const later = passages[k]!;
    const own = passageProfile(later).terms;
    const other = passageProfile(passages[1 - k]!).terms;
    const taken = analysis.content.filter((w) => !hasWord(own, w.norm) && hasWord(other, w.norm));
    // The words taken are the statement's opening words, its description.
    if (!taken.length || taken.length > DESCRIPTION_WORDS || taken.some((w, i) => analysis.content[i] !== w)) continue;
    const referent = describedReferent(corpus, later);
    if (referent && taken.every((w, i) => referent[i]?.norm === w.norm)) return true;
  }
  return false;
}

/**
 * Whether the words a statement takes from a sentence are some of a name's and no others (or of
 * what `text`, the sentence holding the name, says it is, after a comma: "the council's cabinet
 * member for highways").
 */
function onlyTheName(taken: readonly Token[], name: NameCandidate, text?: string): boolean {
  const nameWords = new Set(tokenizeCached(name.full).map((t) => t.norm));
  const described = text ? APPOSITIVE.exec(text.slice(name.end, name.end + DESCRIPTION_CHARS))?.[1] : undefined;
  if (described) for (const t of tokenizeCached(described)) nameWords.add(t.norm);
  // Or before it: "I asked our veterinary adviser, Ms Hester Calloway MRCVS, to review".
  const fullStart = name.end - name.full.length;
  const post = text ? POST_BEFORE.exec(text.slice(Math.max(0, fullStart - DESCRIPTION_CHARS), fullStart))?.[1] : undefined;
  if (post) for (const t of tokenizeCached(post)) nameWords.add(t.norm);
  return taken.length > 0 && taken.every((t) => nameWords.has(t.norm));
}

/**
 * One sentence is an officer's own words, saying "we" ("Ruth Amory: We cut supplies to 9,400
 * homes"), the other names the organisation the source makes them an officer of ("Witnesses:
 * Ruth Amory, Operations Director, Halden Water"): "Halden Water cut supplies to 9,400 homes"
 * says what the first says, when all it takes from the other is the organisation's name.
 */
function spokenFor(corpus: Corpus, analysis: StatementAnalysis, passages: Passage[]): boolean {
  if (passages.length !== 2 || passages[0]!.docId !== passages[1]!.docId) return false;
  for (const k of [0, 1] as const) {
    const own = passageProfile(passages[k]!).terms;
    const other = passageProfile(passages[1 - k]!).terms;
    const taken = analysis.content.filter((w) => !hasWord(own, w.norm) && hasWord(other, w.norm));
    if (!taken.length) continue;
    const name = findNames(analysis.text).find((n) => n.kind !== 'place' && taken.every((w) => n.start <= w.start && w.end <= n.end));
    if (name && officerSpeaking(corpus, passages[k]!, name.name)) return true;
  }
  return false;
}

// A sentence that tells of someone before naming them: "A former treasurer of the food bank was
// sentenced on Thursday ...", the newsroom's delayed lede.
const UNNAMED_OPENING = /^\s*(?:[Aa]n?|[Oo]ne)\s+\p{Ll}/u;

/**
 * The statement names the person a sentence tells of before naming them ("A former treasurer of
 * the Ashford Valley Community Food Bank was sentenced ...") where a following sentence opens with
 * that person's name ("Gareth Linwood, 52, of Pellham Road, pleaded guilty ..."): "Gareth Linwood,
 * a former treasurer of the food bank, was jailed ..." says what the first sentence says, when all
 * it takes from the second is the name.
 */
function introducedName(earlier: Passage, later: Passage, fromLater: readonly Token[]): boolean {
  if (!UNNAMED_OPENING.test(earlier.text)) return false;
  const opening = passageProfile(later).names.find((n) => n.start <= 1);
  return !!opening && (opening.kind === 'person' || opening.kind === 'unknown') && onlyTheName(fromLater, opening);
}

// How many of a sentence's names are read for what they are said to be, and how far after each.
const MOST_DESCRIBED = 50;
const DESCRIPTION_CHARS = 200;
// A post said before a name, between an article, a possessive or "one" and a comma: "our
// veterinary adviser, Ms Hester Calloway", "One member, Dr Kwame Asante".
const POST_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ne|[Aa]nother)\s+(\p{Ll}[\p{L}'’ -]{2,80}),\s*$/u;
// "the programme" in a later sentence: what it calls the thing, after "the".
const DEFINITE = /\b[Tt]he\s+(\p{Ll}[\p{L}-]{2,})/gu;
// The words before a name that say what it is: "the programme Maths Boost", "the insurer Aviva".
const DESCRIBED_BEFORE = /(?:^|\s)((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u;

/**
 * The statement names what a later source sentence calls by what it is: "Maths Boost cost about
 * 540 pounds per pupil" from "... a trial of Maths Boost, a programme in which tutors work with
 * groups of three pupils ..." and "The programme cost approximately 540 pounds per pupil". The
 * earlier sentence says what the name is (after it, "a programme", or before it, "the programme
 * Maths Boost"), and all the statement takes from it is the name.
 */
function describedReference(earlier: Passage, later: Passage, fromEarlier: readonly Token[]): boolean {
  if (!fromEarlier.length) return false;
  const heads = new Set([...later.text.matchAll(DEFINITE)].slice(0, 8).map((m) => normalizeWord(m[1]!)));
  if (!heads.size) return false;
  // (A sentence names a few things; a hostile one of thousands has its first weighed.)
  for (const n of passageProfile(earlier).names.slice(0, MOST_DESCRIBED)) {
    if (n.kind === 'place') continue;
    const after = earlier.text.slice(n.end, n.end + DESCRIPTION_CHARS);
    const described = APPOSITIVE.exec(after)?.[1] ?? COPULA.exec(after)?.[1] ?? '';
    const before = DESCRIBED_BEFORE.exec(earlier.text.slice(Math.max(0, n.start - 60), n.start))?.[1] ?? '';
    // The description's first few words: its head ("a programme in which ..." is a programme).
    const words = [...tokenizeCached(described).slice(0, 3), ...tokenizeCached(before)].map((t) => t.norm);
    if (words.some((w) => heads.has(w)) && onlyTheName(fromEarlier, n)) return true;
  }
  return false;
}

export interface Conflicts {
  figure: boolean;
  name: boolean;
  negation: boolean;
}

export function supportFeatures(corpus: Corpus, analysis: StatementAnalysis, alignments: Alignment[], conflicts: Conflicts): SentenceSupport {
  const best = alignments[0];
  const docs: SourceDocument[] = [];
  for (const a of alignments.slice(0, 3)) {
    const doc = corpus.getDocument(a.passages[0]!.docId);
    if (doc && !docs.includes(doc)) docs.push(doc);
  }
  const profilesOf = docs.map((d) => profileOf(corpus, d));
  const inDocs = (norm: string): boolean => profilesOf.some((p) => hasWord(p.positions, norm));
  const variantInDocs = (norm: string): boolean => norm.length >= 5 && !/\d/.test(norm) && profilesOf.some((p) => p.prefixes.has(norm.slice(0, 5)));

  const tokens = tokenizeCached(analysis.text);
  const norms = tokens.map((t) => t.norm);

  let total = 0;
  let found = 0;
  let novel = 0;
  let related = 0;
  let unexplained = 0;
  const partners = partnerWords(alignments);
  // Figures the passage gives without writing them (its publication day, a weekday, the length of
  // a list): their words ("December", "five") are the article's.
  const impliedFigures = best
    ? analysis.quantities.filter((q) => best.passages.some((p) => impliedFigure(q, corpus.getDocument(p.docId), p, analysis.text)))
    : [];
  // Figures the documents give in another spelling ("one trillion dollars" for "US$1 trillion"):
  // their words are the documents' too.
  const impliedSet = new Set(impliedFigures);
  const writtenFigures = new Set(analysis.quantities.filter((q) => profilesOf.some((p) => p.figures.has(q))));
  const knownFigures = analysis.quantities.filter((q) => impliedSet.has(q) || writtenFigures.has(q));
  // Asked of the content words in text order, as the figures are listed: one pass over both.
  let nextKnown = 0;
  const inKnownFigure = (t: { start: number; end: number }): boolean => {
    while (nextKnown < knownFigures.length && knownFigures[nextKnown]!.end < t.end) nextKnown++;
    const q = knownFigures[nextKnown];
    return !!q && q.start <= t.start && t.end <= q.end;
  };
  // A verb of saying is the passage's when the passage reports someone saying something.
  const reported = !!best && best.passages.some((p) => reportsSpeech(corpus, p));
  // Names the documents write in initials, or spell out where the statement has the initials
  // ("European Commission" and "EC"): their words are the documents'.
  const statementNames = findNames(analysis.text);
  const byInitials = new Map<NameCandidate, { start: number; end: number }>();
  // A name said again, with the same words before it, is looked for once (a long statement naming
  // one person thousands of times against a long document).
  const namedInDocs = new Map<string, boolean>();
  const initialsAt = new Map<string, { start: number; end: number } | undefined>();
  for (const n of statementNames) {
    const key = n.name.toLowerCase();
    let named = namedInDocs.get(key);
    if (named === undefined) namedInDocs.set(key, (named = profilesOf.some((p) => p.lower.includes(key))));
    if (named) continue;
    const context = analysis.text.slice(Math.max(0, n.start - LEAD_REACH), n.end);
    let found = initialsAt.get(context);
    if (!initialsAt.has(context)) {
      found = undefined;
      for (const d of docs) {
        const span = nameByInitials(analysis.text, n, d.text);
        if (span) {
          found = { start: span.start - n.start, end: span.end - n.start };
          break;
        }
      }
      initialsAt.set(context, found);
    }
    if (found) byInitials.set(n, { start: n.start + found.start, end: n.start + found.end });
  }
  const initialledSpans = [...byInitials.values()];
  const inInitialsName = (t: { start: number; end: number }): boolean => initialledSpans.some((n) => n.start <= t.start && t.end <= n.end);
  analysis.content.forEach((t, i) => {
    const w = analysis.weights[i]!;
    total += w;
    if (inDocs(t.norm) || inKnownFigure(t) || (isSaying(t.norm) && reported) || inInitialsName(t)) found += w;
    else if (variantInDocs(t.norm)) found += w / 2;
    else {
      novel++;
      const how = explained(t.text.toLowerCase(), partners);
      related += how * w;
      if (how === 0) unexplained++;
    }
  });

  const bestProfiles = best ? best.passages.map(passageProfile) : [];
  const passageNorms = ([] as string[]).concat(...bestProfiles.map((p) => p.norms));
  const passageTerms = new Set(passageNorms);
  // Whether the passages have the two words in a row: looked for where they stand, not as a set
  // of joined pairs made for every statement. Words with a space in them (a compatibility
  // ligature) make joined pairs ambiguous, and are compared joined, as they always were; and a
  // long passage gets the set (each look a read of the whole passage would grow with the square
  // of a long statement against it).
  const spacedPassage = passageNorms.length > SCANNED_PASSAGE || passageNorms.some((w) => w.includes(' '));
  let passageGrams: Set<string> | undefined;
  const passageHasPair = (a: string, b: string): boolean => {
    if (spacedPassage || a.includes(' ') || b.includes(' ')) {
      if (!passageGrams) {
        passageGrams = new Set<string>();
        for (let i = 0; i + 1 < passageNorms.length; i++) passageGrams.add(passageNorms[i] + ' ' + passageNorms[i + 1]);
      }
      return passageGrams.has(a + ' ' + b);
    }
    if (!passageTerms.has(a)) return false;
    for (let j = 0; j + 1 < passageNorms.length; j++) if (passageNorms[j] === a && passageNorms[j + 1] === b) return true;
    return false;
  };

  // Capitalised words after the first: names, places, organisations (lower-cased sources have none).
  const passageText = best ? best.passages.map((p) => p.text).join(' ') : '';
  const passageLower = bestProfiles.map((p) => p.lower).join(' ');
  let novelNames = 0;
  let passageNames = 0;
  const seenNames = new Set<string>();
  for (const n of statementNames) {
    const key = n.name.toLowerCase();
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    if (byInitials.has(n)) continue;
    if (profilesOf.some((p) => p.lower.includes(key))) {
      if (!passageLower.includes(key)) passageNames++;
      continue;
    }
    // A name whose every word appears in the document is a rewording ("Mr Lu" for "Lu Xincai"),
    // each word as the statement writes it whole ("BK-170" of "KettlePro BK-170", whose name
    // ends before the digits).
    const words = tokens.filter((t) => t.start < n.end && t.end > n.start).map((t) => t.norm);
    if (words.length && words.every((w) => inDocs(w))) continue;
    // A capital or a demonym for its country ("Washington", "American" for "the US"): newsroom
    // metonymy, not a new name, unless the statement says where something happens.
    const place = placeKey(n.name);
    if (place && !namesWhere(analysis.text, n.start) && profilesOf.some((p) => p.places.has(place))) continue;
    novelNames++;
  }

  let novelFigures = 0;
  let passageFigures = 0;
  const passageQuantities = new FigureIndex(([] as Quantity[]).concat(...bestProfiles.map((p) => p.quantities)));
  for (const q of analysis.quantities) {
    if (impliedSet.has(q)) continue;
    if (!writtenFigures.has(q)) novelFigures++;
    else if (!passageQuantities.has(q)) passageFigures++;
  }

  const passageNegated = best ? best.passages.some((p) => PASSAGE_NEGATION.test(p.text) || /n['’]t\b/i.test(p.text) || hasNegation(p.text)) : false;

  // How much the best source sentence covers on its own.
  const singleCoverage = Math.max(0, ...alignments.filter((a) => a.passages.length === 1).map((a) => a.coverage));
  const subsequence = norms.length ? lcs(norms, passageNorms) / norms.length : 0;
  const pairs = ngramShare(norms, 2, (i) => passageHasPair(norms[i]!, norms[i + 1]!));
  const [pairsFound, pairsTotal] = ngramCount(norms, 2, (i) => profilesOf.some((p) => p.hasRun(norms, i, 2)));
  const [triplesFound, triplesTotal] = ngramCount(norms, 3, (i) => profilesOf.some((p) => p.hasRun(norms, i, 3)));
  let nearFound = 0;
  let closeFound = 0;
  const contentPairs = Math.max(0, analysis.content.length - 1);
  for (let i = 0; i + 1 < analysis.content.length; i++) {
    const a = analysis.content[i]!.norm;
    const b = analysis.content[i + 1]!.norm;
    let near = false;
    let close = false;
    for (const p of profilesOf) {
      const pa = p.positions.get(a);
      const pb = p.positions.get(b);
      if (!near && within(pa, pb, NEAR)) near = true;
      if (near && within(pa, pb, CLOSE)) { close = true; break; }
    }
    if (near) nearFound++;
    if (close) closeFound++;
  }
  const counts: GramCounts = { pairs: pairsTotal, pairsFound, triples: triplesTotal, triplesFound, weight: total, weightFound: found, contentPairs, nearFound, closeFound };
  const features: SupportFeatures = {
    passageCoverage: best?.coverage ?? 0,
    documentCoverage: total > 0 ? found / total : 1,
    novelWords: Math.log1p(novel),
    documentBigrams: pairsTotal ? pairsFound / pairsTotal : 1,
    documentTrigrams: triplesTotal ? triplesFound / triplesTotal : 1,
    passageBigrams: pairs,
    passageSubsequence: subsequence,
    novelNames: Math.log1p(novelNames),
    novelFigures: Math.log1p(novelFigures),
    figureConflict: conflicts.figure ? 1 : 0,
    nameConflict: conflicts.name ? 1 : 0,
    negationConflict: conflicts.negation ? 1 : 0,
    unmatchedNegation: analysis.negated && !passageNegated ? 1 : 0,
    length: Math.log1p(analysis.content.length),
    passageNames: Math.log1p(passageNames),
    passageFigures: Math.log1p(passageFigures),
    pronounConflict: passageText && pronounConflict(analysis.text, passageText) ? 1 : 0,
    joinedPassages: best && best.passages.length > 1 && joinsParts(analysis, best.passages, authorOf(corpus.getDocument(best.passages[0]!.docId))) && !coordinatedClauses(analysis, best.passages) && !joinedForApposition(analysis, best.passages) && !joinedForReference(analysis, best.passages) && !shellReference(best.passages) && !joinedForSetting(analysis, best.passages, (norm) => profilesOf.some((p) => (p.positions.get(norm)?.length ?? 0) >= TOPIC_USES)) && subsequence >= 0.7 && singleCoverage < JOINED_SINGLE && !sameActor(corpus, norms, best.passages) && !resolvedReference(corpus, analysis, best.passages) && !describedAntecedent(corpus, analysis, best.passages) && !continuedSentence(analysis, best.passages) && !subjectKept(corpus, analysis, best.passages) && !spokenFor(corpus, analysis, best.passages) ? 1 : 0,
    antonymSwap: best && swappedAntonym(norms, passageNorms) ? 1 : 0,
    editedCopy: subsequence >= 0.7 ? Math.log1p(norms.filter((w) => !passageTerms.has(w)).length) : 0,
    relatedCoverage: total > 0 ? Math.min(1, (found + related) / total) : 1,
    unexplainedWords: Math.log1p(unexplained),
    nearPairs: contentPairs ? nearFound / contentPairs : 1,
    closePairs: contentPairs ? closeFound / contentPairs : 1,
  };
  return { features, counts };
}
