import type { Corpus } from '../index/corpus.js';
import { shorten } from '../text/shorten.js';
import { otherMultiple, otherSideOfFigure } from './figure-sides.js';
import { keptWhereWithdrawn } from './withdrawn.js';
import { flippedNegationMessage, oppositeWordMessage, reversedRolesMessage, speakerMadeActorMessage, swappedNameMessage } from '../findings/contradicted-statement.js';
import { misattributedMessage } from '../findings/misattributed-quote.js';
import { meaningChangedMessage, notFoundMessage, notVerbatimMessage } from '../findings/misquote.js';
import { numberMismatchMessage } from '../findings/number-mismatch.js';
import { answeredNoMessage, answeredOtherwiseMessage, askedOnlyMessage, bidiControlMessage, deniedCauseMessage, droppedHedgeMessage, negatesPassageMessage, noPassageMessage, otherConditionMessage, otherReasonMessage, overstatedMessage, recordUnboundedMessage, toldAsDoneMessage, unlinkedCauseMessage, unlinkedPointsMessage, unsupportedMessage } from '../findings/unsupported-statement.js';
import { causeUndetermined, deniedCause, otherReason, unlinkedCause } from './causal-links.js';
import { deedOfAnother, swappedSubject } from './subject-swaps.js';
import { figureOfAnotherPerson } from './figure-holders.js';
import { crossedClauses } from './crossed-clauses.js';
import { postOfAnother, roleOfAnother } from './officers.js';
import { findNames } from '../index/names.js';
import { forEachContentTerm } from '../index/terms.js';
import { speakerOf } from '../index/quotes.js';
import type { Evidence, Passage, SourceDocument, Span, Statement, Verdict } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { NEGATIONS, normalizeWord, STOPWORDS, type Token } from '../text/tokens.js';
import { findQuantities, vagueCounts, writtenVotes, type Quantity } from '../text/numbers.js';
import { wordDiff } from './diff.js';
import { describesPerson, holdsPost } from './described.js';
import { closestQuote, locateQuote, quoteCandidates } from './quote-match.js';
import { supportFeatures, type SupportFeatures } from './features.js';
import { align, alignedDocuments, analyse, type StatementAnalysis, beforeNegation, deniedOutright, deniesPlainly, flippedNegation, hasNegation, negatedTerms, otherWordsIn, reversedContrast, type Alignment } from './support.js';
import { CONTEXT as OPPOSITE_REACH, opposedWords, swappedAntonym } from './antonyms.js';
import { areOpposites, hasOpposite, lemmas, relation } from '../lexicon/index.js';
import { otherNumbered, rivalKind } from './rival-kinds.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';
import { figureInPlaceOfAnother, figureOfAnother, figureOfAnotherClause, numberMismatch, partOfWhole, otherChangeEnd, otherEndOfChangeBy, otherUnit, otherWeekday, reversedChange, shareOrDifference, supersededFigure, swappedComparison, swappedFigures, unnamedWeekday, wayAgainstFigures } from './figure-conflicts.js';
import { noCommentTold } from './no-comment.js';
import { otherBound, otherProportion, reversedComparison, reversedLikelier, reversedOverTime, shareAgainstCount } from './proportions.js';
import { otherPeriod } from './periods.js';
import { otherTimeOfYear } from './seasons.js';
import { assentDenied, conditionDropped, conditionWaived, madePermanent, otherCondition, requirementDenied } from './conditions.js';
import { answeredNo, answeredOtherwise, approvedWhereProposed, askedOnly, boosted, causeHedgeDropped, confirmedExpected, droppedHedge, effectHedgeDropped, expectedNot, hedgedDone, notSettled, overclaimed, overstatedScope, possibleToldDone, recordUnbounded, stateHedgeDropped, studyOverclaimed, tentativeTold, toldAsDone, tooEarlyTold, undecidedTold } from './hedges.js';
import { ALIGNED, displacedPlace, MOTION_SENTENCES, namesAlike, reversedOutranking, reversedRoles, sameName, speakerMadeActor, swappedMotionRole, swappedName, swappedOutlet, swappedRole, swappedSpeaker, type Swap } from './name-swaps.js';
import { claimSupport, supportReasons } from './support-model.js';
import type { GramCounts, SentenceSupport } from './claim-features.js';

export interface JudgeOptions {
  /** Support score under which a statement is unsupported. */
  threshold: number;
}

const MAX_EVIDENCE = 3;
// Coverage above which an opposite word of the passage is weighed (lower than ALIGNED: a
// statement that turns a word around loses the coverage of that word).
const ANTONYM_ALIGNED = 0.4;

const lineIndexes = new WeakMap<SourceDocument, LineIndex>();
function linesOf(doc: SourceDocument): LineIndex {
  let index = lineIndexes.get(doc);
  if (!index) lineIndexes.set(doc, (index = new LineIndex(doc.text)));
  return index;
}

export function evidenceOf(corpus: Corpus, docId: string, span: Span, score: number): Evidence | undefined {
  const doc = corpus.getDocument(docId);
  if (!doc) return undefined;
  const evidence: Evidence = { docId, source: doc.path, span, range: linesOf(doc).rangeOf(span), text: doc.text.slice(span.start, span.end), score: round(score) };
  if (doc.pageStarts?.length) {
    let page = 1;
    doc.pageStarts.forEach((start, i) => {
      if (start <= span.start) page = i + 1;
    });
    evidence.page = page;
  }
  return evidence;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

function passageEvidence(corpus: Corpus, alignments: Alignment[]): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<number>();
  for (const a of alignments) {
    for (const p of a.passages) {
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      const e = evidenceOf(corpus, p.docId, p.span, a.coverage);
      if (e) out.push(e);
      if (out.length >= MAX_EVIDENCE) return out;
    }
  }
  return out;
}

// Embeddings, overrides and isolates; the marks (U+200E, U+200F, U+061C) change no order of letters.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

function quoted(text: string): string {
  return `"${shorten(text, QUOTED, '...')}"`;
}

const QUOTED = 120;
// How much of a passage a quote keeps before the word it is quoted for.
const LEAD_IN = 40;

/** A passage quoted for one of its words: a long passage from a little before that word. */
function quotedAround(text: string, norm: string): string {
  const at = tokenizeCached(text).find((t) => t.norm === norm)?.start ?? 0;
  if (at + LEAD_IN <= QUOTED) return quoted(text);
  const from = text.lastIndexOf(' ', at - LEAD_IN) + 1;
  return `"...${shorten(text.slice(from), QUOTED - 3, '...')}"`;
}

/** Everything known about one statement before a verdict is given: what the trainer learns from. */
export interface Assessment {
  analysis: ReturnType<typeof analyse>;
  alignments: Alignment[];
  evidence: Evidence[];
  /** A quote not verbatim in any source, or credited to the wrong speaker. */
  quoteVerdict?: Verdict;
  verifiedQuoteSpans: Span[];
  /**
   * The verified quotes that are speech, not a title or a term in quotation marks ("Salt and
   * Iron"): of four words or more. They carry their own support; the rest of the sentence is
   * attribution, not checked for opposites, negations and hedges.
   */
  spokenQuoteSpans: Span[];
  figure?: NonNullable<ReturnType<typeof numberMismatch>>;
  swap?: Swap;
  flipped?: { word: string; passageText: string };
  /** The statement's negation is another sentence of the joined passage's, in its own words: no flip. */
  negationJoined?: boolean;
  /** A word whose opposite the aligned passage has instead ("decreased" for "increased"). */
  /** `passage`: where the source says it, when not a passage of the alignment (a motion's vote, sentences on). */
  antonym?: { draft: string; source: string; span: Span; alternative?: boolean; passage?: Passage };
  features: SupportFeatures;
  /** Word runs and content words the sources have: summed over a claim's sentences. */
  counts: GramCounts;
}

/**
 * Whether two names end in the same word: a transcript's label ("CITY MANAGER KERRIGAN") gives its
 * speaker's post and surname, "City Manager Thomas Kerrigan" the full name.
 */
function sameSurname(a: string, b: string): boolean {
  const last = (name: string): string => name.trim().split(/\s+/).at(-1)!.replace(/[.,]$/, '').toLowerCase();
  return last(a).length > 1 && last(a) === last(b);
}

// Someone a source quotes without naming: "One Year 6 pupil told inspectors:", "A resident said".
const DESCRIBED_SPEAKER = /(?:^|[.!?]["”’]?\s+|\n)\s*((?:a|an|one)\s+[^.!?"“”:;,]{1,50}?)\s+(?:told|said|says|added|explained|wrote|commented|remarked)\b[^"“”.!?]{0,60}?[:,]?\s*["“]?$/iu;


/** Whom the sentence before a source's quotation credits it to, where it names no one ("one Year 6 pupil"). */
function describedSpeaker(docText: string, quoteStart: number): string | undefined {
  const before = docText.slice(Math.max(0, quoteStart - 200), quoteStart);
  const who = DESCRIBED_SPEAKER.exec(before)?.[1]?.trim();
  // (Not where a name stands among its words: "a man named John Smith told" names him.)
  if (!who || /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(who.replace(/^(?:a|an|one)\s+/i, ''))) return undefined;
  return who.charAt(0).toLowerCase() + who.slice(1);
}

/** Checks quotes, figures, names and negations and measures support, without deciding. */
export function assessStatement(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes' | 'antecedent'>): Assessment {
  const text = statement.text;
  const analysis = analyse(corpus, text);
  const alignments = align(corpus, analysis);
  const best = alignments[0];
  const evidence = passageEvidence(corpus, alignments);
  const coverage = best?.coverage ?? 0;

  // 1. Quotes: verbatim, then attributed to the source's speaker.
  const verifiedQuoteSpans: Span[] = [];
  // A statement written all in lower case carries no case to compare.
  const caseless = !/\p{Lu}/u.test(text);
  let quoteVerdict: Verdict | undefined;
  for (const q of statement.quotes) {
    if (!/[\p{L}\p{N}]/u.test(q.text)) continue;
    // A quote of only small words ("E", "to be") cannot be looked up by its words: it is read as
    // the statement's own words, which the support check judges.
    if (!hasIndexedWord(q.text)) continue;
    const candidates = quoteCandidates(corpus, q.text);
    // Capitals are a house style, not the speaker's words: a quote that differs from its source
    // only in case ("Step Back in Time" for "Step Back In Time") is verbatim.
    const location = locateQuote(corpus, q.text, { ignoreCase: caseless }, candidates) ?? (caseless ? undefined : locateQuote(corpus, q.text, { ignoreCase: true }, candidates));
    if (location?.meaningChange) {
      // Every word matches, but an elision or a bracket drops or replaces what carries the meaning.
      const doc = corpus.getDocument(location.docId);
      const sourceText = doc?.text.slice(location.span.start, location.span.end) ?? '';
      const quoteEvidence = evidenceOf(corpus, location.docId, location.span, 1);
      quoteVerdict = {
        kind: 'misquote',
        score: round(Math.min(coverage, 0.5)),
        message: meaningChangedMessage(doc?.path, location.meaningChange),
        evidence: quoteEvidence ? [quoteEvidence, ...evidence.filter((e) => e.span.start !== quoteEvidence.span.start)].slice(0, MAX_EVIDENCE) : evidence,
        quote: { draft: q.text, source: location.sourceQuote, sourcePath: doc?.path, diff: wordDiff(q.text, sourceText) },
        focus: q.span,
        conflict: { draft: q.text, source: sourceText },
      };
      break;
    }
    if (!location) {
      const closest = closestQuote(corpus, q.text, candidates);
      const doc = closest && corpus.getDocument(closest.docId);
      const near = closest && closest.similarity >= 0.5 ? closest : undefined;
      const diff = near ? wordDiff(q.text, near.text) : undefined;
      const quoteEvidence = near ? evidenceOf(corpus, near.docId, near.span, near.similarity) : undefined;
      quoteVerdict = {
        kind: 'misquote',
        score: round(Math.min(coverage, near?.similarity ?? 0)),
        message: near ? notVerbatimMessage(doc?.path, quoted(near.text)) : notFoundMessage(quoted(q.text)),
        evidence: quoteEvidence ? [quoteEvidence, ...evidence.filter((e) => e.span.start !== quoteEvidence.span.start)].slice(0, MAX_EVIDENCE) : evidence,
        quote: { draft: q.text, source: near?.sourceQuote, sourcePath: doc?.path, diff },
        focus: q.span,
        ...(near ? { conflict: { draft: q.text, source: near.text } } : {}),
      };
      break;
    }
    verifiedQuoteSpans.push(q.span);
    const sourceQuote = location.sourceQuote;
    // "he said" credits the person the draft's paragraph named last; a fix puts the source's
    // speaker in the pronoun's place.
    const named = speakerOf(text, q.span);
    const pronoun = named || !statement.antecedent ? undefined : creditingPronoun(text, statement.quotes);
    const written = named ?? (pronoun ? statement.antecedent : undefined);
    if (written && (sourceQuote?.speakerId || sourceQuote?.speakerName)) {
      const writtenEntity = corpus.findEntity(written, location.docId);
      // A transcript's speaker may be named only in its turns ("Ben: ..."), no entity of the index.
      const sourceSpeaker = sourceQuote.speakerId ? corpus.entityById(sourceQuote.speakerId) : { id: undefined, name: sourceQuote.speakerName!, aliases: [] };
      const same = sourceSpeaker && ((sourceSpeaker.id !== undefined
        ? writtenEntity?.id === sourceSpeaker.id || sameName(written, sourceSpeaker.name, sourceSpeaker.aliases)
        : namesAlike(written, sourceSpeaker.name) || sameSurname(written, sourceSpeaker.name))
        // A post the source credits ("the Chair wrote") held by the person the statement names.
        || holdsPost(corpus, sourceSpeaker.name, written, text, location.docId)
        // The source's speaker with the post written before the name: "Forecaster Elise Marchetti".
        || titledName(written, sourceSpeaker.name));
      if (sourceSpeaker && !same) {
        const quoteEvidence = evidenceOf(corpus, location.docId, location.span, 1);
        const doc = corpus.getDocument(location.docId);
        quoteVerdict = {
          kind: 'misattributed',
          score: round(coverage),
          message: misattributedMessage(pronoun ? `${written} ("${pronoun.text}")` : written, doc?.path, sourceSpeaker.name),
          evidence: quoteEvidence ? [quoteEvidence] : evidence,
          quote: { draft: q.text, source: sourceQuote, sourcePath: doc?.path, attributedTo: sourceSpeaker.name },
          conflict: { draft: pronoun?.text ?? written, source: sourceSpeaker.name },
          focus: q.span,
        };
        break;
      }
    } else if (named && sourceQuote && !sourceQuote.speakerId && !sourceQuote.speakerName) {
      // A quotation the source gives to someone it does not name ("One Year 6 pupil told
      // inspectors: ..."), credited to a person the source names in another post.
      const doc = corpus.getDocument(location.docId);
      const who = doc && describedSpeaker(doc.text, sourceQuote.span.start);
      if (who && !describesPerson(corpus, who, named, text, location.docId)) {
        const quoteEvidence = evidenceOf(corpus, location.docId, location.span, 1);
        quoteVerdict = {
          kind: 'misattributed',
          score: round(coverage),
          message: misattributedMessage(named, doc.path, who),
          evidence: quoteEvidence ? [quoteEvidence] : evidence,
          quote: { draft: q.text, source: sourceQuote, sourcePath: doc.path, attributedTo: who },
          focus: q.span,
        };
        break;
      }
    }
  }

  const spokenQuoteSpans = verifiedQuoteSpans.filter((s) => wordCount(text.slice(s.start, s.end)) >= SPOKEN_WORDS);
  // A change told as another proportion ("fallen by about a quarter" where the source says
  // "roughly halved"), a time bounded the other way ("within a week" against "at least a week"),
  // a comparison the passage's figures make the other way, a share told in words that the
  // passage's count of the same thing falls outside ("most of" where "three of the seven").
  const proportionOf = (a: Alignment): Assessment['figure'] => {
    const found = otherProportion(text, a.passages) ?? otherBound(text, a.passages) ?? reversedComparison(text, a.passages) ?? reversedOverTime(text, a.passages) ?? reversedLikelier(text, a.passages) ?? shareAgainstCount(text, a.passages);
    return found && { ...found, coverage: a.coverage };
  };

  // 2. Figures and dates outside verified quotes must agree with the aligned passage.
  // A count given by its order of size ("dozens of people") has a rival too: "at least three".
  const figures = [...analysis.quantities, ...vagueCounts(text)].filter((n) => !verifiedQuoteSpans.some((s) => s.start <= n.start && n.end <= s.end));
  const figure = (figures.length && best ? numberMismatch(corpus, text, figures, alignments) ?? otherUnit(text, figures, alignments) ?? shareOrDifference(text, figures, alignments) ?? swappedFigures(text, figures, alignments) ?? otherChangeEnd(text, figures, alignments) ?? reversedChange(text, figures, alignments) ?? wayAgainstFigures(text, figures, alignments) ?? swappedComparison(text, figures, alignments) ?? otherEndOfChangeBy(text, figures, alignments) ?? figureOfAnother(text, figures, alignments) ?? figureOfAnotherClause(corpus, text, figures, alignments) ?? partOfWhole(corpus, text, figures, alignments) ?? supersededFigure(text, figures, alignments) ?? figureInPlaceOfAnother(text, figures, alignments) ?? otherWeekday(corpus, text, alignments) : undefined)
    ?? (best && verifiedQuoteSpans.length === 0 ? unnamedWeekday(corpus, text, alignments) : undefined)
    ?? (best && best.coverage >= ALIGNED && spokenQuoteSpans.length === 0 ? proportionOf(best) : undefined);

  // 3. Aligned but saying something else: a swapped name, a flipped negation, an opposite word.
  let swap: Assessment['swap'];
  let flipped: Assessment['flipped'];
  let negationJoined = false;
  let antonym: Assessment['antonym'];
  if (best && best.coverage >= ALIGNED) {
    swap = notSaidElsewhere(swappedName(corpus, text, best.passages), alignments) ?? swappedSpeaker(corpus, text, alignments, statement.antecedent) ?? swappedSubject(corpus, text, alignments) ?? swappedRole(corpus, text, best.passages) ?? postOfAnother(corpus, text, best.passages[0]!.docId) ?? roleOfAnother(corpus, text, best.passages[0]!.docId) ?? swappedMotionRole(corpus, text, best.passages, best.coverage) ?? swappedOutlet(text, alignments) ?? speakerMadeActor(text, best.passages) ?? displacedPlace(text, best.passages) ?? reversedRoles(text, best.passages) ?? reversedOutranking(text, best.passages) ?? crossedClauses(corpus, text, alignments) ?? figureOfAnotherPerson(corpus, text, figures, best) ?? rivalKind(corpus, text, best.passages) ?? otherNumbered(text, passagesOfFirst(alignments, (x) => x.coverage >= ALIGNED && x.passages[0]!.docId === best.passages[0]!.docId)) ?? deedOfAnother(corpus, text, alignments);
    // A joined alignment may have taken in the sentence that holds the statement's name
    // ("NASA's Hubble Space Telescope" three paragraphs on, "South Korea's industries" in the
    // next sentence): each sentence the statement may rewrite can still have another name in
    // its place, word for word around it.
    if (!swap && best.passages.length > 1) {
      let titled: Span[] | undefined;
      const single = alignments.find((a) => a.passages.length === 1 && a.coverage >= ALIGNED);
      for (const p of new Set([...best.passages, ...(single?.passages ?? [])])) {
        // A sentence that says all the statement says but a name, whose name the other sentence
        // gave ("Takaichi condemned the moves" where Katayama did, and Takaichi made remarks two
        // sentences on): the name stands in the place of the sentence's own.
        const terms = passageProfile(p).terms;
        const lacks = analysis.content.filter((t) => !terms.has(t.norm));
        // (A person's post written before the name is the name's: "Managing director Adrian Pike
        // discovered ..." where the sentence says "your IT manager, Mr Lewis Okafor, discovered".)
        // (And one plain word besides a titled name: "the company's warehouse" for "your warehouse".)
        const inTitledName = (t: Token): boolean => (titled ??= titledNameSpans(text)).some((n) => n.start <= t.start && t.end <= n.end);
        const plainLacks = lacks.filter((t) => !/^\p{Lu}/u.test(t.text) && !inTitledName(t)).length;
        const butName = lacks.length > 0 && lacks.length <= 3 + TITLE_WORDS && (plainLacks === 0 || (plainLacks === 1 && lacks.some(inTitledName) && lacks.length - plainLacks >= 2));
        const own = alignments.find((a) => a.passages.length === 1 && a.passages[0]!.index === p.index)?.coverage ?? ALIGNED;
        swap = notSaidElsewhere(swappedName(corpus, text, [p], butName ? {} : { samePlace: true }), alignments, own);
        if (swap) break;
      }
    }
    // Of a joined alignment, the sentence that names the rival is the evidence to show first.
    if (swap && !swap.passage && best.passages.length > 1) {
      const rivalAt = best.passages.find((p) => p.text.includes(swap!.source));
      if (rivalAt) swap.passage = { passage: rivalAt, coverage: best.coverage };
    }
  } else if (best && coverageBesideNames(analysis, best) >= ALIGNED) {
    // A swapped name is itself a word the passage lacks, and a rare one weighs much: the rest of
    // the statement decides whether the passage is the one it rewrites.
    swap = swappedName(corpus, text, best.passages);
  }
  // A flipped negation, on a passage aligned once a word's other forms count ("remorse" for
  // "remorseful": "accepted that Fenn had shown remorse" against "I do not accept ... that you
  // have been remorseful").
  if (best && (best.coverage >= ALIGNED || coverageWithForms(analysis, best) >= ALIGNED)) {
    const passageText = best.passages.map((p) => p.text).join(' ');
    const word = spokenQuoteSpans.length === 0 ? affirmedNow(flippedNegation(text, passageText) ?? flipOfOneSentence(text, best.passages), best.passages, text) : undefined;
    // Of a joined alignment, the sentence that says the opposite is the one to quote.
    const saying = word && best.passages.length > 1 ? best.passages.find((p) => flippedNegation(text, p.text) === word) : undefined;
    // A negated statement whose negation another sentence of the join gives in its own words
    // ("Front-desk staff cannot work remotely": "Employees may work remotely ..." then "Employees
    // at the front desk are not eligible") says what the two say together.
    if (saying && analysis.negated && !hasNegation(saying.text)) {
      // What the negation is said of is the negating sentence's, not the affirming one's.
      const subject = beforeNegation(text);
      const saysMore = (p: Passage): number => subject.filter((t) => passageProfile(p).terms.has(t.norm)).length;
      negationJoined = best.passages.some((p) => p !== saying && hasNegation(p.text) && saysMore(p) > saysMore(saying));
    }
    // Of joins as good as the best, which sorts first is chance: a sentence joined in for one word
    // ("No patient was waiting more than two years" for the statement's "patients") says no
    // opposite where another join as good, without it, says none ("The number of patients waiting
    // more than 12 hours ...").
    const chance = saying !== undefined && joinedForWord(analysis.content, word!, saying, best.passages) && alignments.slice(1, 5).some((a) => a.coverage >= best.coverage
      && !a.passages.some((p) => p.index === saying.index)
      && !flippedNegation(text, a.passages.map((p) => p.text).join(' ')) && !flipOfOneSentence(text, a.passages));
    if (word && !negationJoined && !chance && !deniedElsewhere(corpus, analysis, word, best.passages)) flipped = { word, passageText: saying?.text ?? passageText };
  }
  // A contrast told the other way round ("refusing the vaccine itself rather than the appointment
  // times" where the source says they are not saying no to the vaccine but to a Tuesday morning
  // appointment, the sentence after) is evidence enough on a looser alignment, as an opposite
  // word is: both sides said the other way rarely turn up by chance.
  if (!flipped && !negationJoined && best && best.coverage >= ANTONYM_ALIGNED && spokenQuoteSpans.length === 0) {
    const read = corpus.withFollowing(best.passages, 1);
    const contrast = reversedContrast(text, read.map((p) => p.text));
    if (contrast) flipped = { word: contrast, passageText: read.find((p) => passageProfile(p).norms.includes(contrast))?.text ?? best.passages.map((p) => p.text).join(' ') };
  }
  // An opposite word is evidence enough on a looser alignment: it rarely turns up by chance.
  if (best && best.coverage >= ANTONYM_ALIGNED && spokenQuoteSpans.length > 0) {
    // Around a verified quotation, the statement's own words still say what happened: "Lowfield
    // lost the toss ... on what their coach called "a proper four-day pitch"" where they won it.
    // (The quotation's words are the speaker's, blanked so that no opposite is read in them.)
    antonym = oppositeWord(blanked(text, spokenQuoteSpans), best.passages);
  } else if (best && best.coverage >= ANTONYM_ALIGNED) {
    antonym = oppositeWord(text, best.passages) ?? otherRank(text, best.passages) ?? otherDegree(text, best.passages) ?? otherSideOfFigure(text, best.passages) ?? otherMultipleOf(text, best.passages) ?? keptWhereWithdrawnOf(text, best.passages) ?? otherDayOfWeek(text, best.passages) ?? otherTimeOfYearOf(text, best.passages) ?? otherPeriodOf(text, best.passages) ?? changeDenied(corpus, text, alignments) ?? oppositeDirection(text, best.passages) ?? dividedVote(corpus, text, best.passages) ?? voteOutcome(corpus, text, best.passages) ?? swappedVote(corpus, text, best.passages) ?? motionOutcome(corpus, text, best.passages) ?? noCommentTold(text, best.passages);
    // Alignments as good as the best are as much the statement's passage: which of them sorts
    // first is chance ("a minor consumer market" against "a major consumer market" in one of three).
    const seen = new Set([best.passages.map((p) => p.index).join(' ')]);
    const opposed = antonym ? new Set<string>() : opposedWords(tokenizeCached(text).map((t) => t.norm));
    for (const a of opposed.size ? alignments.slice(0, 5) : []) {
      if (antonym || a.coverage < best.coverage) continue;
      const key = a.passages.map((p) => p.index).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      // The best's sentences with another that adds nothing to its cover are not another reading.
      if (best.passages.every((p) => a.passages.some((q) => q.index === p.index))) continue;
      // Only a passage that has one of the statement's opposites can give one.
      if (a.passages.some((p) => { const terms = passageProfile(p).terms; for (const o of opposed) if (terms.has(o)) return true; return false; })) antonym = oppositeWord(text, a.passages);
    }
  }

  const { features, counts } = supportFeatures(corpus, analysis, alignments, { figure: !!figure, name: !!swap, negation: !!flipped });
  return { analysis, alignments, evidence, quoteVerdict, verifiedQuoteSpans, spokenQuoteSpans, figure, swap, flipped, ...(negationJoined ? { negationJoined } : {}), antonym, features, counts };
}

/** The "he" or "she" outside the quotes that credits them ("...," he said; He added: "..."). */
function creditingPronoun(text: string, quotes: readonly { span: Span }[]): { text: string; start: number } | undefined {
  for (const m of text.matchAll(/\b(?:he|she)\b/giu)) {
    if (!quotes.some((q) => q.span.start <= m.index && m.index < q.span.end)) return { text: m[0], start: m.index };
  }
  return undefined;
}

/**
 * A swapped name, unless another aligned passage has the statement's name and says the statement
 * as well: "Germany is one of the largest exporters" aligns best with "Japan is one of the
 * largest producers", but "Germany is the largest exporter" says it.
 */
function notSaidElsewhere(swap: Swap | undefined, alignments: Alignment[], own = ALIGNED): Swap | undefined {
  if (!swap) return undefined;
  const name = swap.draft.toLowerCase();
  // Saying as much as the sentence the swap was found in: "The men were injured in Barcelona"
  // has the name of "Police arrested two men in Barcelona" but not the arrest.
  const enough = Math.max(ALIGNED, own);
  const elsewhere = alignments.slice(0, 5).some((a) => a.coverage >= enough && a.passages.some((p) => p.text.toLowerCase().includes(name)) && !a.passages.some((p) => p.text.includes(swap.source)));
  return elsewhere ? undefined : swap;
}

/** Judges one statement: quotes first, then figures, then contradiction and support. */
export function judgeStatement(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes' | 'antecedent'>, options: JudgeOptions): Verdict {
  const a = assessStatement(corpus, statement);
  return judgeAssessed(corpus, statement, a, [a], options);
}

/**
 * The verdict on one sentence whose assessment is done, with the support of the claim it belongs
 * to (`claim`: its sentences' assessments, this one among them; a draft statement is a claim of
 * one sentence).
 */
export function judgeAssessed(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes' | 'antecedent'>, a: Assessment, claim: readonly SentenceSupport[], options: JudgeOptions): Verdict {
  const text = statement.text;
  const best = a.alignments[0];
  const evidence = a.evidence;
  let score = claimSupport(claim);
  if (a.quoteVerdict) return { ...a.quoteVerdict, score: round(Math.min(a.quoteVerdict.score, score)) };

  // A bidirectional control shows the words in another order than they are stored and checked
  // (`26` stored, `62` shown): whatever the sources say, the reader sees something else.
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    const code = bidi[0].charCodeAt(0).toString(16).toUpperCase();
    return {
      kind: 'unsupported',
      score: round(Math.min(score, 0.4)),
      message: bidiControlMessage(code),
      evidence,
      focus: { start: bidi.index, end: bidi.index + bidi[0].length },
    };
  }

  if (a.figure) {
    const mismatch = a.figure;
    const e = evidenceOf(corpus, mismatch.passage.docId, mismatch.passage.span, mismatch.coverage);
    return {
      kind: 'number-mismatch',
      score: round(Math.min(score, 0.4)),
      message: numberMismatchMessage(mismatch.draft.text, mismatch.said === mismatch.source.text ? mismatch.source.text : `${mismatch.said} (${mismatch.source.text})`),
      evidence: e ? [e, ...evidence.filter((x) => x.span.start !== e.span.start)].slice(0, MAX_EVIDENCE) : evidence,
      number: { draft: mismatch.draft.text, source: mismatch.source.text },
      focus: { start: mismatch.draft.start, end: mismatch.draft.end },
    };
  }
  if (a.swap) {
    const at = a.swap.passage;
    const e = at && evidenceOf(corpus, at.passage.docId, at.passage.span, at.coverage);
    return {
      kind: 'contradicted',
      score: round(Math.min(score, 0.3)),
      message: a.swap.reported ? speakerMadeActorMessage(a.swap.draft, quoted(a.swap.reported)) : a.swap.reversed ? reversedRolesMessage(a.swap.reversed) : swappedNameMessage(a.swap.source, a.swap.draft),
      evidence: e ? [e, ...evidence.filter((x) => x.span.start !== e.span.start)].slice(0, MAX_EVIDENCE) : evidence,
      conflict: { draft: a.swap.draft, source: a.swap.source },
      focus: a.swap.span,
    };
  }
  if (a.antonym) {
    // The sentence that says the source's word is the evidence to show first.
    // (Where a rule found it in a passage of its own, that passage.)
    const at = a.antonym.passage;
    const e = at && evidenceOf(corpus, at.docId, at.span, best?.coverage ?? 0);
    const said = a.antonym.source.toLowerCase();
    const saying = e ? -1 : evidence.findIndex((x) => x.text.toLowerCase().includes(said));
    return {
      kind: 'contradicted',
      score: round(Math.min(score, 0.3)),
      message: oppositeWordMessage(a.antonym.source, a.antonym.draft, !!a.antonym.alternative),
      evidence: e ? [e, ...evidence.filter((x) => x.span.start !== e.span.start)].slice(0, MAX_EVIDENCE) : saying > 0 ? [evidence[saying]!, ...evidence.filter((_, i) => i !== saying)] : evidence,
      conflict: { draft: a.antonym.draft, source: a.antonym.source },
      focus: a.antonym.span,
    };
  }
  if (a.flipped) {
    const { word, passageText } = a.flipped;
    return {
      kind: 'contradicted',
      score: round(Math.min(score, 0.3)),
      message: flippedNegationMessage(negatedTerms(text).has(word), quotedAround(passageText, word)),
      evidence,
      conflict: { draft: text, source: passageText },
    };
  }

  // A requirement said not to hold where the passage does it, or a rule applied to what the
  // passage says it does not apply to: the passage that says so shown first.
  const denial = best && best.coverage >= ANTONYM_ALIGNED && !a.spokenQuoteSpans.length ? requirementDenied(text, best.passages) ?? assentDenied(text, best.passages) : undefined;
  if (denial) {
    const e = evidenceOf(corpus, denial.passage.docId, denial.passage.span, best!.coverage);
    return {
      kind: 'contradicted',
      score: round(Math.min(score, 0.3)),
      message: flippedNegationMessage(denial.negates, quoted(denial.passage.text)),
      evidence: e ? [e, ...evidence.filter((x) => x.span.start !== e.span.start || x.docId !== e.docId)].slice(0, MAX_EVIDENCE) : evidence,
      conflict: { draft: text.slice(denial.span.start, denial.span.end), source: denial.passage.text },
      focus: denial.span,
    };
  }
  // 4. Support.
  if (a.spokenQuoteSpans.length && statement.quotes.length) {
    // A verified quotation carries its own support; the rest of the sentence is attribution.
    score = Math.max(score, quoteShare(text, a.spokenQuoteSpans));
  }
  const missingTokens = best ? best.missing : a.analysis.content;
  const missing = missingTokens.map((t) => t.text);
  if (score < options.threshold || !best) {
    // A word the closest passage lacks may stand elsewhere in the sources: said so apart, for
    // "not in the sources" is a claim a writer checks.
    const listed = (found: boolean): string => [...new Set(missingTokens.filter((t) => corpus.hasTerm(t.norm) === found).map((t) => t.text))].slice(0, 6).map((w) => `"${w}"`).join(', ');
    return {
      kind: 'unsupported',
      score: round(score),
      message: best ? unsupportedMessage(round(score).toFixed(2), listed(false), listed(true), reasonsOf(claim)) : noPassageMessage(),
      evidence,
      missing: [...new Set(missing)],
    };
  }
  // A flipped negation is a contradiction only on a passage that is aligned with the statement;
  // on a looser one, a negation the statement adds still withholds support: "the company never
  // planned layoffs" is not supported by "the company is planning layoffs", however the other
  // words weigh. (The other way round, a passage's "no longer" against a statement's "previously
  // had to", is as often a change of tense as a contradiction.)
  const passageText = best.passages.map((p) => p.text).join(' ');
  const flip = a.flipped || a.negationJoined || a.spokenQuoteSpans.length ? undefined : affirmedNow(flippedNegation(text, passageText), best.passages, text);
  if (flip && negatedTerms(text).has(flip) && !deniedElsewhere(corpus, a.analysis, flip, best.passages)) {
    return {
      kind: 'unsupported',
      score: round(Math.min(score, 0.4)),
      message: negatesPassageMessage(quoted(passageText)),
      evidence,
      conflict: { draft: text, source: passageText },
      missing: [...new Set(missing)],
    };
  }
  // "will not be feasible" where the passage says "may not be feasible": more than the source says.
  const aligned = best.coverage >= ALIGNED && !a.spokenQuoteSpans.length;
  // A booster ("will definitely spread") against a hedge ("is likely"), or "permanently" against
  // "on a trial basis", is evidence enough on a looser alignment, as an opposite word is: it
  // rarely turns up by chance.
  const hedge = (aligned ? droppedHedge(text, best.passages) ?? expectedNot(text, best.passages) ?? conditionDropped(text, best.passages) ?? overclaimed(text, best.passages) ?? hedgedDone(text, best.passages) ?? undecidedTold(text, best.passages) ?? studyOverclaimed(text, () => alignedDocuments(corpus, a.alignments, 3).flat()) ?? stateHedgeDropped(text, best.passages) ?? causeHedgeDropped(text, best.passages) ?? effectHedgeDropped(text, best.passages) ?? confirmedExpected(text, best.passages) ?? approvedWhereProposed(text, best.passages, (p) => corpus.passageBeside(p, 1)) : undefined)
    ?? (best.coverage >= ANTONYM_ALIGNED && !a.spokenQuoteSpans.length ? boosted(text, best.passages) ?? madePermanent(text, best.passages) ?? conditionWaived(text, best.passages) ?? notSettled(text, best.passages, () => alignedDocuments(corpus, a.alignments, 3).flat()) ?? tooEarlyTold(text, best.passages) : undefined)
    ?? (aligned && !a.spokenQuoteSpans.length ? tentativeTold(text, best.passages, () => alignedDocuments(corpus, a.alignments, 3).flat()) : undefined);
  const early = !hedge && aligned ? toldAsDone(text, best.passages, (p) => corpus.passageBeside(p, 1)) ?? possibleToldDone(text, best.passages) : undefined;
  // Unsupported as the statement says it, at its words, with the passage that says otherwise
  // shown first.
  const notAsSaid = (message: string, found: { span: Span; passage?: Passage }): Verdict => {
    const first = found.passage && evidenceOf(corpus, found.passage.docId, found.passage.span, best.coverage);
    const shown = first ? [first, ...evidence.filter((e) => e.span.start !== first.span.start || e.docId !== first.docId)].slice(0, MAX_EVIDENCE) : evidence;
    return { kind: 'unsupported', score: round(Math.min(score, 0.45)), message, evidence: shown, focus: found.span, missing: [...new Set(missing)] };
  };
  if (early) return notAsSaid(toldAsDoneMessage(early.said), early);
  const asked = !hedge && aligned ? askedOnly(text, best.passages, (p) => corpus.passageBeside(p, 1)) : undefined;
  if (asked) return notAsSaid(askedOnlyMessage(quoted(asked.text)), { span: { start: 0, end: text.length }, passage: asked });
  // (Of joins that cover as much as the best, which sorts first is chance: the question and its
  // answer may be any of them.)
  const refused = !hedge && aligned ? answeredNo(text, passagesOfFirst(a.alignments, (x) => x.coverage >= best.coverage), (p, step) => corpus.passageBeside(p, step), hasNegation) : undefined;
  if (refused) return notAsSaid(answeredNoMessage(quoted(refused.text)), { span: { start: 0, end: text.length }, passage: refused });
  const otherwise = !hedge && aligned ? answeredOtherwise(text, best.passages, (p, step) => corpus.passageBeside(p, step)) : undefined;
  if (otherwise) return notAsSaid(answeredOtherwiseMessage(quoted(otherwise.text)), { span: { start: 0, end: text.length }, passage: otherwise });
  if (hedge) return { ...notAsSaid(droppedHedgeMessage(hedge.said), hedge), hedge: { draft: text.slice(hedge.span.start, hedge.span.end), source: hedge.said, ...(hedge.fix ? { fix: hedge.fix } : {}) } };
  // "All four hospitals" where the passage says "two of the four hospitals".
  const scope = aligned ? overstatedScope(text, best.passages) : undefined;
  if (scope) return notAsSaid(overstatedMessage(scope.said), scope);
  // "the most ... ever recorded" where the passage says "since 2011".
  const unbounded = aligned ? recordUnbounded(text, best.passages) : undefined;
  if (unbounded) return notAsSaid(recordUnboundedMessage(unbounded.said), unbounded);
  // "was mainly the result of" two things the source tells apart: both passages shown first.
  // "was the main cause of" what the source says it did not cause: the denial shown first.
  const denied = a.spokenQuoteSpans.length ? undefined : deniedCause(corpus, text, a.alignments) ?? (aligned ? causeUndetermined(corpus, text, best.passages) : undefined);
  if (denied) return notAsSaid(deniedCauseMessage(text.slice(denied.span.start, denied.span.end), quoted(denied.passage.text), denied.undecided), { span: denied.span, passage: denied.passage });
  // "because of a rota error" where the passage says "because of staff sickness": it shown first.
  const other = a.spokenQuoteSpans.length ? undefined : otherReason(corpus, text, a.alignments);
  if (other) return notAsSaid(otherReasonMessage(text.slice(other.span.start, other.span.end), quoted(other.passage.text)), other);
  // "depending on how much it can raise from new donors" where "depend on the performance of the endowment".
  const condition = aligned ? otherCondition(text, best.passages) : undefined;
  if (condition) return notAsSaid(otherConditionMessage(text.slice(condition.span.start, condition.span.end), condition.said), condition);
  const unlinked = a.spokenQuoteSpans.length ? undefined : unlinkedCause(corpus, text, a.alignments);
  if (unlinked?.points) return notAsSaid(unlinkedPointsMessage(text.slice(unlinked.span.start, unlinked.span.end), quoted(unlinked.before.text)), { span: unlinked.span, passage: unlinked.before });
  if (unlinked) {
    const first = [unlinked.before, unlinked.after].map((p) => evidenceOf(corpus, p.docId, p.span, best.coverage)).filter((e): e is Evidence => !!e);
    const rest = evidence.filter((e) => !first.some((f) => f.docId === e.docId && f.span.start === e.span.start));
    return { ...notAsSaid(unlinkedCauseMessage(text.slice(unlinked.span.start, unlinked.span.end), quoted(unlinked.before.text), quoted(unlinked.after.text)), { span: unlinked.span }), evidence: [...first, ...rest].slice(0, MAX_EVIDENCE) };
  }
  return {
    kind: 'supported',
    score: round(score),
    message: `Supported by ${evidence[0]?.source ?? 'the sources'} (support ${round(score).toFixed(2)})`,
    evidence,
    missing: [...new Set(missing)],
  };
}

// What someone once meant to do, and may no longer: "had previously said he intended to stand".
const SUPERSEDED = /\b(?:previously|originally|initially|formerly|earlier|used to|had (?:\w+ )?(?:said|planned|intended|hoped|expected|promised|vowed|pledged))\b/i;

// How far from a word another sentence's use of it is read for what it says it of.
const USE_REACH = 5;

/**
 * Of sentences read together, one that says the opposite of the statement, where the word the
 * other sentence affirms is said of other things: "The Ombudsman found fault with the content of
 * the final plan as well as with the delay" against "The Ombudsman did not find fault with the
 * content of the final plan", read with "... found that the council took 47 weeks".
 */
function flipOfOneSentence(text: string, passages: readonly Passage[]): string | undefined {
  if (passages.length < 2) return undefined;
  const mine = new Set(tokenizeCached(text).filter((t) => !STOPWORDS.has(t.norm)).map((t) => t.norm));
  for (const p of passages) {
    const word = flippedNegation(text, p.text);
    // (Only a word the sentence denies outright: an opposite prefix, "unflagged" against one
    // sentence's "flagged", may be what the other says, "had not been flagged".)
    if (!word || !deniesPlainly(p.text, word)) continue;
    // Another sentence that uses the word of two of the statement's other words says it too.
    const saidElsewhere = passages.some((q) => {
      if (q === p) return false;
      const tokens = passageProfile(q).tokens;
      return tokens.some((t, k) => t.norm === word || lemmas(t.text.toLowerCase()).includes(word)
        ? tokens.slice(Math.max(0, k - USE_REACH), k + USE_REACH + 1).filter((u) => u !== t && mine.has(u.norm) && !STOPWORDS.has(u.norm)).length >= 2
        : false);
    });
    if (!saidElsewhere) return word;
  }
  return undefined;
}

/**
 * Whether a sentence of a join gives the statement nothing but the word: each other content word
 * of the statement it has, another sentence of the join has too.
 */
function joinedForWord(content: readonly Token[], word: string, saying: Passage, passages: readonly Passage[]): boolean {
  const own = passageProfile(saying).terms;
  const others = passages.filter((p) => p !== saying).map((p) => passageProfile(p).terms);
  return content.every((t) => t.norm === word || lemmas(t.text.toLowerCase()).includes(word) || !own.has(t.norm) || others.some((terms) => terms.has(t.norm)));
}

// How many sentences of the aligned document are read, either side of the passage, for one that
// says the statement's denial too.
const DENIAL_REACH = 60;

/**
 * Whether a sentence of the aligned document near its passage denies what the statement denies
 * with "not", "no" or "never" right before it, of the same thing (another of the statement's words): "accepted that it should not have
 * declined Mrs Arkwright's claim for surgery" rewrites "The claim should not have been declined",
 * though the list item it aligns with best tells of "our decision ... to decline your claim for
 * £3,412.80 for surgery".
 */
function deniedElsewhere(corpus: Corpus, analysis: StatementAnalysis, word: string, passages: readonly Passage[]): boolean {
  if (!analysis.negated || !negatedTerms(analysis.text).has(word)) return false;
  const own = new Set(passages.map((p) => p.index));
  const others = analysis.content.filter((t) => t.norm !== word && !NEGATIONS.has(t.norm) && !lemmas(t.text.toLowerCase()).includes(word));
  for (const step of [-1, 1] as const) {
    for (let k = 0, p = corpus.passageBeside(passages[step < 0 ? 0 : passages.length - 1]!, step); k < DENIAL_REACH && p; k++, p = corpus.passageBeside(p, step)) {
      if (own.has(p.index) || !deniesPlainly(p.text, word) || !sameModals(analysis.text, p.text)) continue;
      const terms = passageProfile(p).terms;
      if (others.some((t) => terms.has(t.norm))) return true;
    }
  }
  return false;
}

const MODAL = /\b(?:should|would|could|must|might|may|ought|need)\b/gi;

/** Whether two sentences say what they say with the same modal verbs ("should not have" is no "did not"). */
function sameModals(a: string, b: string): boolean {
  const of = (text: string): string => [...new Set((text.match(MODAL) ?? []).map((m) => m.toLowerCase()))].sort().join();
  return of(a) === of(b);
}

/**
 * The flipped word, unless the passage affirms it only as what was once meant or said: "will
 * not stand for re-election" against "had previously said he intended to stand" reports a
 * change, not a contradiction. Read in the passage's sentence that has the word.
 */
function affirmedNow(word: string | undefined, passages: readonly Passage[], text: string): string | undefined {
  if (!word) return undefined;
  if (passages.some((p) => passageProfile(p).norms.includes(word) && SUPERSEDED.test(p.text))) return undefined;
  return passages.length > 1 && !flipCarried(text, word, passages) ? undefined : word;
}

// How many of the statement's other words a sentence that says the opposite must have to be
// about the same thing, where another sentence read with it has more.
const ABOUT_THE_SAME = 2;

/**
 * Of sentences read together, the one that says the opposite must be one the statement's word
 * was taken from: it has two of the statement's other words, or as many as any other sentence.
 * "Members adopted the accounts with 44 votes in favour, none against" takes nothing but "votes"
 * from "nothing will be decided without a members' vote" in the next paragraph.
 * (A flip only the sentences together make stands, and so does one of two neighbouring sentences
 * of a paragraph, or a denial of the word itself: "girls, not boys, were mainly affected" against
 * "Hundreds of boys have fallen sick".)
 */
function flipCarried(text: string, word: string, passages: readonly Passage[]): boolean {
  const saying = passages.filter((p) => flippedNegation(text, p.text) === word);
  if (!saying.length || saying.some((p) => deniedOutright(p.text, word))) return true;
  // Neighbours in one paragraph tell one thing: "Customers should ... contact Brightline for a
  // full refund. They do not need to return the base".
  const [first, second] = passages;
  if (passages.length === 2 && Math.abs(first!.index - second!.index) === 1 && first!.paragraph.start === second!.paragraph.start) return true;
  const most = (ps: readonly Passage[]): number => Math.max(0, ...ps.map((p) => otherWordsIn(text, word, p.text)));
  const own = most(saying);
  return own >= ABOUT_THE_SAME || own >= most(passages.filter((p) => !saying.includes(p)));
}

/** What, besides missing words, pulled the support down: the features that cost most. */
const REASONS: Partial<Record<keyof SupportFeatures, string>> = {
  novelNames: 'names the source never gives',
  novelFigures: 'figures the source never gives',
  passageNames: 'names from elsewhere in the source',
  passageFigures: 'figures from elsewhere in the source',
  pronounConflict: '"he" or "she" where the source says the other',
  editedCopy: 'a source sentence with words changed',
  antonymSwap: 'a word opposite to the source\'s',
  joinedPassages: 'joins parts of two source sentences',
};

function reasonsOf(claim: readonly SentenceSupport[]): string {
  const reasons = [...supportReasons(claim)]
    .filter(([feature, logit]) => logit <= -0.5 && feature !== 'claim' && REASONS[feature])
    .sort((a, b) => a[1] - b[1])
    .map(([feature]) => REASONS[feature as keyof SupportFeatures]!);
  return reasons.length ? `; ${reasons.join('; ')}` : '';
}

// Empty words between two sentences, as many as a word's context reaches either side.
const SENTENCE_GAP: readonly string[] = Array.from({ length: OPPOSITE_REACH }, () => '');

function oppositeWord(text: string, passages: Passage[]): Assessment['antonym'] {
  const tokens = tokenizeCached(text);
  const passageTokens = ([] as Token[]).concat(...passages.map((p) => passageProfile(p).tokens));
  // Sentences read together keep their words apart: a word's neighbours are its own sentence's
  // ("... JUDGE MORWENNA QUILLER" does not stand beside the next sentence's "January").
  const passageNorms = passages.flatMap((p, k) => [...(k ? SENTENCE_GAP : []), ...passageProfile(p).tokens.map((t) => t.norm)]);
  const pair = swappedAntonym(tokens.map((t) => t.norm), passageNorms);
  if (!pair) return oppositeCompound(tokens, passageTokens) ?? wordNetOpposite(tokens, passages.map((p) => passageProfile(p).tokens));
  // An opposite denied is the word itself: "are not included" says "are excluded", "did not
  // halt" says "continued".
  if (!pair[2] && (negatedTerms(text).has(pair[0]) || passages.some((p) => negatedTerms(p.text).has(pair[1])))) return undefined;
  // A statement that says both sides of a contrast the passage makes in other words: "accepted
  // most of the claim but refused to cover the ransom" against "accepting most of the claim, but
  // declining the part that relates to the ransom payment".
  // (The passage says the statement's word as a synonym, "declining" for "refused": a contrast
  // told the other way round, "keep" where the passage has "delete" for both, still counts.)
  const mine = tokens.find((t) => t.norm === pair[0])!;
  if (tokens.some((t) => t.norm === pair[1]) && !passageNorms.includes(pair[0]) && passageTokens.slice(0, MOST_SYNONYMS_READ).some((t) => t.norm !== pair[1] && relation(mine.text.toLowerCase(), t.text.toLowerCase()) === 'synonym')) return undefined;
  const theirs = passageTokens.filter((t) => t.norm === pair[1]);
  // A noun made of the verb ("savings", "earnings", "winnings") is no opposite of another verb:
  // "spent the money" against "recovered ... from Linwood's savings".
  const said = theirs.find((t) => GERUND_NOUN.test(t.text) === GERUND_NOUN.test(mine.text));
  if (!said) return undefined;
  return { draft: mine.text, source: said.text, span: { start: mine.start, end: mine.end }, ...(pair[2] ? { alternative: true } : {}) };
}

// How many of a passage's words are asked whether they are a statement word's synonym.
const MOST_SYNONYMS_READ = 400;

// How many of the first alignments are read as the statement's passages besides the best.
const MOST_TIED = 5;

/** The passages of the first few alignments that `keep` takes (those as good as the best, say), each once. */
function passagesOfFirst(alignments: readonly Alignment[], keep: (a: Alignment) => boolean): Passage[] {
  const out = new Map<number, Passage>();
  for (const x of alignments.slice(0, MOST_TIED)) if (keep(x)) for (const p of x.passages) out.set(p.index, p);
  return [...out.values()];
}

// Words WordNet is asked about: long enough to mean one thing, and few enough to stay quick on a
// hostile statement or passage.
const OPPOSITE_LENGTH = 6;
const MOST_OPPOSED = 48;
const OPPOSITE_CONTEXT = 4;

/**
 * A word the statement puts where the passage has its WordNet antonym, among the same words:
 * "Pruitt's predecessor as treasurer, Gail Sorensen" where the passage says "stepped down as
 * treasurer and his successor, Gail Sorensen". Only words of six letters or more that the other
 * side lacks, with two content words of their four either side in common.
 */
function wordNetOpposite(tokens: readonly Token[], sentences: readonly (readonly Token[])[]): Assessment['antonym'] {
  const mineNorms = new Set(tokens.map((t) => t.norm));
  const theirNorms = new Set(sentences.flatMap((s) => s.map((t) => t.norm)));
  const candidates = (side: readonly Token[], other: Set<string>): number[] => {
    const out: number[] = [];
    side.forEach((t, i) => { if (out.length < MOST_OPPOSED && t.text.length >= OPPOSITE_LENGTH && !other.has(t.norm) && !STOPWORDS.has(t.norm) && /^\p{Ll}+$/u.test(t.text) && hasOpposite(t.text)) out.push(i); });
    return out;
  };
  const mine = candidates(tokens, theirNorms);
  if (!mine.length) return undefined;
  // Each sentence's words apart: a word's neighbours are its own sentence's ("had its best year
  // since 2019. Frozen was weaker" says nothing weak of the year).
  const theirs = sentences.flatMap((side) => candidates(side, mineNorms).map((j) => [side, j] as const));
  const around = (side: readonly Token[], i: number): Set<string> => {
    const out = new Set<string>();
    for (let k = Math.max(0, i - OPPOSITE_CONTEXT); k <= Math.min(side.length - 1, i + OPPOSITE_CONTEXT); k++) if (k !== i && !STOPWORDS.has(side[k]!.norm)) out.add(side[k]!.norm);
    return out;
  };
  for (const i of mine) {
    const t = tokens[i]!;
    let context: Set<string> | undefined;
    for (const [passageTokens, j] of theirs) {
      const o = passageTokens[j]!;
      // "unaffected" against "affected", "changed little" against "unchanged", "stopped" against
      // "started": the negation checks read those, with what negates them.
      const [a, b] = [t.text.toLowerCase(), o.text.toLowerCase()];
      if (a.endsWith(b) || b.endsWith(a) || NEGATIONS.has(a) || NEGATIONS.has(b) || !areOpposites(a, b)) continue;
      context ??= around(tokens, i);
      let shared = 0;
      for (const w of around(passageTokens, j)) if (context.has(w)) shared++;
      if (shared >= 2) return { draft: t.text, source: o.text, span: { start: t.start, end: t.end } };
    }
  }
  return undefined;
}

// A plural noun made of a verb's "-ing" form.
const GERUND_NOUN = /\p{L}{2}ings$/iu;

/**
 * A compound whose first word is the opposite of the passage's, the rest alike: "high-income
 * students" where the passage says "low-income students", "long-term" for "short-term". The
 * passage does not also give the statement's compound.
 */
function oppositeCompound(tokens: readonly Token[], passageTokens: readonly Token[]): Assessment['antonym'] {
  const theirs = new Map<string, Token[]>();
  const their = new Set<string>();
  for (const t of passageTokens) {
    their.add(t.norm);
    const dash = t.text.indexOf('-');
    if (dash <= 0) continue;
    const rest = t.text.slice(dash).toLowerCase();
    let list = theirs.get(rest);
    if (!list) theirs.set(rest, (list = []));
    list.push(t);
  }
  if (!theirs.size) return undefined;
  for (const t of tokens) {
    const dash = t.text.indexOf('-');
    if (dash <= 0 || their.has(t.norm)) continue;
    const head = t.text.slice(0, dash).toLowerCase();
    const other = theirs.get(t.text.slice(dash).toLowerCase())?.find((o) => areOpposites(head, o.text.slice(0, o.text.indexOf('-')).toLowerCase()));
    if (other) return { draft: t.text, source: other.text, span: { start: t.start, end: t.end } };
  }
  return undefined;
}

// Words that give a change its direction, standing by its figure ("closed down 0.8%", "0.8% higher",
// "added 5,000 jobs", "fell by 5,000", "shaves 120 grams off", "120 grams heavier").
const COMPARED_UP = 'heavier|longer|larger|bigger|taller|wider|more|pricier|costlier|dearer';
const COMPARED_DOWN = 'lighter|shorter|smaller|narrower|fewer|less|cheaper';
const UP = `rose|rise|rises|rising|risen|up|higher|gained|gains|gain|climbed|climbs|increased|increases|jumped|jumps|advanced|added|adds|grew|grows|surged|soared|boosted|${COMPARED_UP}`;
const DOWN = `fell|fall|falls|falling|fallen|down|lower|lost|loses|dropped|drops|declined|declines|slipped|slips|decreased|decreases|shed|sheds|cut|cuts|slumped|plunged|tumbled|shrank|shrinks|shaves|shaved|trims|trimmed|${COMPARED_DOWN}`;
const DIRECTION_BEFORE = new RegExp(`\\b(${UP}|${DOWN})(?:\\s+(?:by|to|some|about|nearly|almost|over|more\\s+than|less\\s+than))?\\s+[$€£¥]?$`, 'i');
// After the figure, a comparative may follow its unit or its period: "120 grams heavier", "£33 a year more than".
const DIRECTION_AFTER = new RegExp(`^(?:\\s*(?:%|percent|per\\s+cent|points?|percentage\\s+points?))?\\s+(${UP}|${DOWN})\\b|^(?:\\s*[\\p{Ll}]{1,12}){1,2}\\s+(${COMPARED_UP}|${COMPARED_DOWN})\\s+than\\b`, 'iu');
const UPWARD = new RegExp(`^(?:${UP})$`, 'i');

interface Direction {
  word: string;
  up: boolean;
  start: number;
  /** Of a comparison ("£33 lower than the direct debit level"): the words before the figure and after "than", its two sides. */
  sides?: { before: Set<string>; than: Set<string> };
}

/** The word that gives a figure's change its direction, right before or after it, with where it stands. */
function directionOf(text: string, q: Quantity): Direction | undefined {
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  const b = DIRECTION_BEFORE.exec(before);
  if (b) return { word: b[1]!, up: UPWARD.test(b[1]!), start: q.start - before.length + b.index };
  const after = DIRECTION_AFTER.exec(text.slice(q.end, q.end + 40));
  if (after) {
    const word = after[1] ?? after[2]!;
    const end = q.end + after[0].length;
    const than = after[2] ? end : /^\s+than\b/i.test(text.slice(end, end + 8)) ? end + text.slice(end, end + 8).indexOf('than') + 4 : undefined;
    const sides = than === undefined ? undefined : { before: sideWords(text.slice(Math.max(0, q.start - SIDE_REACH), q.start)), than: sideWords(text.slice(than, than + SIDE_REACH)) };
    return { word, up: UPWARD.test(word), start: q.end + after[0].lastIndexOf(word), ...(sides ? { sides } : {}) };
  }
  return undefined;
}

// How far either side of a comparison its two sides are read.
const SIDE_REACH = 60;

function sideWords(text: string): Set<string> {
  return new Set(tokenizeCached(text).filter((t) => t.norm.length > 2 && !STOPWORDS.has(t.norm) && !/\d/.test(t.norm)).map((t) => t.norm));
}

/**
 * Whether a passage's comparison is the statement's told from the other side: each side of the
 * statement's stands on the other of the passage's, what it compares after the passage's "than"
 * and what it compares with before the passage's figure ("Prepayment customers pay £33 less than
 * direct debit customers" where "the direct debit level is £33 higher than the prepayment cap";
 * not "18 per cent fewer than a year earlier" where "18 per cent more than in the same quarter of
 * 2024").
 */
function otherSide(mine: Direction, theirs: Direction): boolean {
  if (!mine.sides || !theirs.sides) return false;
  const crosses = (from: Set<string>, to: Set<string>, stay: Set<string>): boolean => {
    for (const w of from) if (to.has(w) && !stay.has(w)) return true;
    return false;
  };
  return crosses(mine.sides.before, theirs.sides.than, theirs.sides.before) && crosses(mine.sides.than, theirs.sides.before, theirs.sides.than);
}

/**
 * A change told in the other direction: "The STOXX 600 ended 0.8% higher" where the passage says
 * it "closed down 0.8%", "added 5,000 jobs" for "fell by 5,000". The same figure, with a word of
 * rising by it on one side and of falling on the other.
 */
function oppositeDirection(text: string, passages: Passage[]): Assessment['antonym'] {
  const mine = findQuantities(text).filter((q) => q.kind === 'percent' || q.kind === 'money' || (q.kind === 'number' && !q.unit));
  if (!mine.length) return undefined;
  // The passages' directed figures, by kind and value: read once, then looked up (either side
  // may give thousands of figures).
  let theirs: Map<string, Direction[]> | undefined;
  for (const q of mine) {
    const d = directionOf(text, q);
    if (!d) continue;
    if (!theirs) {
      theirs = new Map();
      for (const p of passages) {
        for (const o of passageProfile(p).quantities) {
          const e = directionOf(p.text, o);
          if (!e) continue;
          const key = `${o.kind}|${o.value}`;
          const list = theirs.get(key);
          if (list) list.push(e);
          else theirs.set(key, [e]);
        }
      }
    }
    const other = theirs.get(`${q.kind}|${q.value}`)?.find((e) => e.up !== d.up && !otherSide(d, e));
    if (other) return { draft: d.word, source: other.word, span: { start: d.start, end: d.start + d.word.length } };
  }
  return undefined;
}

// "unanimously", "a unanimous vote", "without dissent": no one voted against.
const UNANIMOUS = /\b(?:unanimous(?:ly)?|without\s+(?:a\s+)?(?:dissent|objection|opposition)|with\s+no\s+(?:dissent|votes?\s+against))\b/iu;
// A vote with some against: "24–12", "5 in favor, 1 opposed", "3 for and 4 against", "2 nays".
const SPLIT_VOTE = /\b(\d{1,3})\s*[-–—]\s*([1-9]\d{0,2})\b(?![-–—]\d)|\b\d{1,3}\s+(?:in\s+favou?r|for|yes|ayes?)\b[^.;]{0,20}?\b([1-9]\d{0,2})\s+(?:opposed|against|no|nays?)\b|\b([1-9]\d{0,2})\s+(?:opposed|against|nays?|votes?\s+against)\b/iu;
// A split told in words: "reached by a majority of two to one", "a majority decision", "the
// dissenting view of Mr Haddow-Lowe".
const SPLIT_IN_WORDS = /\bby\s+(?:a\s+)?majority\b|\bmajority\s+(?:decision|verdict|vote|ruling)\b|\bdissenting\s+(?:view|opinion|vote|member|judgment|judgement)\b/iu;

/** What the statement says still holds where the passage says it was withdrawn: not an opposite word. */
function keptWhereWithdrawnOf(text: string, passages: Passage[]): Assessment['antonym'] {
  const found = keptWhereWithdrawn(text, passages);
  return found && { ...found, alternative: true };
}

/** A multiple told otherwise than the passage's figures make it: not an opposite word. */
function otherMultipleOf(text: string, passages: Passage[]): Assessment['antonym'] {
  const found = otherMultiple(text, passages);
  return found && { ...found, alternative: true };
}

/**
 * A vote told as unanimous where the passage gives one with votes against: "passed the Senate
 * unanimously" for "Passed Senate, 24–12", "approved without dissent" for "5 in favor, 1 opposed",
 * "unanimously decided" for "The decision was reached by a majority of two to one".
 */
function dividedVote(corpus: Corpus, text: string, passages: Passage[]): Assessment['antonym'] {
  const said = UNANIMOUS.exec(text);
  if (!said) return undefined;
  // The vote may come a few sentences on in the motion's paragraph ("MOTION to approve ...
  // Moved: Shah. Seconded: Ng. Vote: 5 in favor, 1 opposed").
  for (const p of corpus.withFollowing(passages, MOTION_SENTENCES)) {
    if (UNANIMOUS.test(p.text) || !/\b(?:vote[sd]?|voting|passed|approved|adopted|carried|failed|rejected|motion|ayes|nays|in\s+favou?r|opposed|decided|decision|verdict|ruling)\b/i.test(p.text)) continue;
    const vote = SPLIT_VOTE.exec(p.text) ?? SPLIT_IN_WORDS.exec(p.text);
    // Not an opposite word: "The source says "24–12" where the statement says "unanimously"".
    if (vote) return { draft: said[0], source: vote[0], span: { start: said.index, end: said.index + said[0].length }, alternative: true, passage: p };
  }
  return undefined;
}

// A motion's outcome told with its tally: "approved ... by a 4–3 vote", "was defeated 4–3".
const OUTCOME_TALLY = /\b(?:(approved|passed|adopted|carried|backed|endorsed)|(defeated|rejected|failed|voted\s+down))\b[^.;]{0,80}?\b(\d{1,3})\s*(?:[-–—]|\s+to\s+)\s*(\d{1,3})\b/iu;

/**
 * A motion told as passed where the passage's vote has more against than for, or as defeated
 * where it has more for: "Directors approved a three-year lease ... by a 4–3 vote" where the
 * minutes say "Vote: 3 in favor, 4 opposed. Motion failed."; or where the passage tells the same
 * tally with the other outcome ("The amendment failed 4-5" for "passed 5-4"). The tally alone
 * agrees (a score is both its numbers, in either order); the outcome does not.
 */
/** Two tallies of the same two numbers, in either order. */
function sameTally(a: number, b: number, x: number, y: number): boolean {
  return Math.max(a, b) === Math.max(x, y) && Math.min(a, b) === Math.min(x, y);
}

function voteOutcome(corpus: Corpus, text: string, passages: Passage[]): Assessment['antonym'] {
  const told = OUTCOME_TALLY.exec(text);
  if (!told) return undefined;
  const passed = told[1] !== undefined;
  const [a, b] = [Number(told[3]), Number(told[4])];
  if (a === b) return undefined;
  const word = told[1] ?? told[2]!;
  const at = told.index + told[0].indexOf(word);
  for (const p of corpus.withFollowing(passages, MOTION_SENTENCES)) {
    // The source's own outcome with the same tally: "The amendment failed 4-5" for "passed 5-4".
    const theirs = OUTCOME_TALLY.exec(p.text);
    if (theirs && sameTally(a, b, Number(theirs[3]), Number(theirs[4])) && (theirs[1] !== undefined) !== passed) {
      return { draft: word, source: theirs[0], span: { start: at, end: at + word.length }, alternative: true, passage: p };
    }
    const [vote] = writtenVotes(p.text);
    if (!vote) continue;
    const { inFavour, against } = vote;
    // The same two numbers, and an outcome they do not give.
    if (!sameTally(a, b, inFavour, against) || inFavour === against) continue;
    if ((inFavour > against) === passed) continue;
    return { draft: word, source: vote.text, span: { start: at, end: at + word.length }, alternative: true, passage: p };
  }
  return undefined;
}

/**
 * A vote written out with its two counts the other way round: "3,015 votes in favour and 2,870
 * against" where the source says "2,870 in favour and 3,015 against".
 */
function swappedVote(corpus: Corpus, text: string, passages: Passage[]): Assessment['antonym'] {
  const mine = writtenVotes(text);
  if (!mine.length) return undefined;
  for (const p of corpus.withFollowing(passages, MOTION_SENTENCES)) {
    for (const theirs of writtenVotes(p.text)) {
      const swapped = mine.find((m) => m.inFavour !== m.against && m.inFavour === theirs.against && m.against === theirs.inFavour);
      if (swapped) return { draft: swapped.text, source: theirs.text, span: { start: swapped.start, end: swapped.end }, alternative: true, passage: p };
    }
  }
  return undefined;
}

// A motion told as passed, with no tally: "The board approved the purchase", "Directors voted to
// authorize the lease".
const PASSED = /\b(approved|authori[sz]ed|passed|adopted|voted\s+to\s+(?:approve|authori[sz]e|adopt|accept))\b/iu;
// Before it, a word that says it did not happen: "did not approve", "never passed", "has yet to".
const NOT_PASSED = /\b(?:not|never|n['’]t|yet\s+to|failed\s+to|refused\s+to|declined\s+to)\s+(?:\w+\s+){0,2}$/iu;
// A motion in minutes ("MOTION to authorize the Executive Director to ...") and what became of it.
const MOTION = /\bMOTION\s+to\b/u;
const MOTION_END = /\b(?:(Motion\s+(?:failed|defeated|withdrawn|lost)|Motion\s+to\s+table\s+(?:carried|passed|approved)|[Tt]abled\b)|(Motion\s+carried|Motion\s+passed|Approved\b|Adopted\b|Carried\b))/u;

/**
 * A motion told as passed where the minutes say it failed, or was tabled: "The board approved the
 * purchase of a refrigerated truck" where they say "MOTION to authorize purchase ... MOTION to
 * table until the May meeting ... Motion to table carried 6–1". The first outcome the motion's
 * paragraph gives after it is the motion's.
 */
function motionOutcome(corpus: Corpus, text: string, passages: Passage[]): Assessment['antonym'] {
  const told = PASSED.exec(text);
  if (!told || NOT_PASSED.test(text.slice(Math.max(0, told.index - 30), told.index))) return undefined;
  for (const p of passages) {
    if (!MOTION.test(p.text)) continue;
    for (const q of corpus.withFollowing([p], MOTION_SENTENCES)) {
      // Past the motion's own words: "MOTION to approve the minutes ... Approved unanimously".
      const end = MOTION_END.exec(q === p ? p.text.slice(p.text.search(MOTION) + 6) : q.text);
      if (!end) continue;
      if (!end[1]) return undefined;
      return { draft: told[1]!, source: end[1], span: { start: told.index, end: told.index + told[1]!.length }, alternative: true, passage: q };
    }
  }
  return undefined;
}

/** A figure or thing given by another period ("a month" where the passage says "a year"): one of a set, not an opposite. */
function otherPeriodOf(text: string, passages: Passage[]): Assessment['antonym'] {
  const other = otherPeriod(text, passages);
  return other && { ...other, alternative: true };
}

// How much a comparison or a change is said to be: a little, or a lot ("a slightly larger
// deduction", "a much larger deduction"; "rose sharply", "rose slightly").
const DEGREE = /\b(slightly|marginally|somewhat|modestly|a\s+little|a\s+bit|much|far|significantly|substantially|considerably|vastly|dramatically|sharply|greatly|hugely|markedly)\s+([\p{L}-]+)/giu;
const LITTLE = /^(?:slightly|marginally|somewhat|modestly|a\s+little|a\s+bit)$/iu;
// How many degrees of a side are read.
const MOST_DEGREES = 16;

/**
 * A degree told the other way: "a much larger deduction could be argued" where the passage says
 * "a slightly larger deduction", of the same word after it. The passage does not also give the
 * statement's degree of that word.
 */
function otherDegree(text: string, passages: Passage[]): Assessment['antonym'] {
  for (const [scale, low] of DEGREE_SCALES) {
    const mine = [...text.matchAll(scale)].slice(0, MOST_DEGREES);
    if (!mine.length) continue;
    const theirs = passages.flatMap((p) => [...p.text.matchAll(scale)].slice(0, MOST_DEGREES));
    for (const m of mine) {
      const word = normalizeWord(m[2]!);
      const little = low.test(m[1]!);
      const same = theirs.filter((t) => normalizeWord(t[2]!) === word);
      if (!same.length || same.some((t) => low.test(t[1]!) === little)) continue;
      return { draft: m[1]!, source: same[0]![1]!, span: { start: m.index, end: m.index + m[1]!.length } };
    }
  }
  return undefined;
}

// How much of a thing a cause or a part is: "mainly caused by" against "partly caused by".
const SHARE_OF = /\b(mainly|largely|mostly|chiefly|primarily|principally|predominantly|partly|partially)\s+([\p{L}-]+)/giu;
const PART_ONLY = /^(?:partly|partially)$/iu;
// Each scale of degree, with the words at its low end.
const DEGREE_SCALES: readonly (readonly [RegExp, RegExp])[] = [[DEGREE, LITTLE], [SHARE_OF, PART_ONLY]];

// A superlative with the rank before it: "the second largest producer", "third-biggest", or
// "one of the largest producers" ("one of India's largest").
const RANKED = /\b(?:(one\s+of\s+(?:the|its|their|his|her|our|[\p{L}.-]+['’]s?))\s+|(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ]+)?(largest|biggest|smallest|highest|lowest|greatest|richest|poorest|oldest|youngest|fastest|slowest|most|least|best|worst)\s+([\p{L}-]+)/giu;

/**
 * A rank the passage does not give the same thing: "the second largest producer" where the
 * passage says "the largest producer", or the other way round; "the largest" where it says "one
 * of the largest" (the other way round says less, and is no conflict).
 */
function otherRank(text: string, passages: Passage[]): Assessment['antonym'] {
  const ranks = (s: string): { rank: string; superlative: string; noun: string; text: string; start: number; end: number }[] =>
    [...s.matchAll(RANKED)].map((m) => {
      const end = m.index + m[0].length - m[4]!.length;
      return { rank: m[1] ? 'one of' : (m[2] ?? 'first').toLowerCase(), superlative: m[3]!.toLowerCase(), noun: normalizeWord(m[4]!), text: s.slice(m.index, end).trim(), start: m.index, end };
    });
  const theirs = passages.flatMap((p) => ranks(p.text));
  for (const mine of ranks(text)) {
    const same = theirs.filter((t) => t.superlative === mine.superlative && t.noun === mine.noun);
    if (!same.length || mine.rank === 'one of' || same.some((t) => t.rank === mine.rank)) continue;
    return { draft: mine.text, source: same[0]!.text, span: { start: mine.start, end: mine.end }, alternative: true };
  }
  return undefined;
}

// A weekday named alone: "on Friday", not "Fridays" nor "every Friday".
const DAY_OF_WEEK = /(?<!\bevery\s)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!['’]?s\b)/gu;
const DAYS_OF_WEEK = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;
// A month named alone after a word of time ("in November", "since March"), not in a date with its
// day (a figure, weighed as one); "May" only so, being also a verb.
const MONTH_ALONE = /\b(?:in|since|until|by|from|during|early|late|mid-|last|next|this|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b)/gu;
const MONTHS_NAMED = /\b(January|February|March|April|June|July|August|September|October|November|December)\b|\b(?:in|since|until|by|from|during|early|late|mid-|last|next|this|of)\s+(May)\b/gu;

/**
 * The one weekday, or month, a statement gives alone when its passage gives one other and not
 * the statement's: "went on strike on Friday morning" where the passage says the workers "walked
 * off the job at 6 a.m. on Thursday"; "completed the acquisition in November" where the report
 * says "In September, we completed the acquisition". Passages that give two, or the statement's,
 * tell of more than one time and are left to the rest of the judgement.
 */
/** A season or month told as another the passage gives in its place ("in the autumn" for "in the spring"). */
function otherTimeOfYearOf(text: string, passages: Passage[]): Assessment['antonym'] {
  const found = otherTimeOfYear(text, passages);
  return found && { ...found, alternative: true };
}

function otherDayOfWeek(text: string, passages: Passage[]): Assessment['antonym'] {
  for (const [mine, given] of [[DAY_OF_WEEK, DAYS_OF_WEEK], [MONTH_ALONE, MONTHS_NAMED]] as const) {
    const named = [...text.matchAll(mine)];
    if (named.length !== 1) continue;
    const theirs = new Set(passages.flatMap((p) => [...p.text.matchAll(given)].map((m) => m[1] ?? m[2]!)));
    const said = named[0]!;
    const word = said[1]!;
    if (theirs.size !== 1 || theirs.has(word)) continue;
    const start = said.index + said[0].length - word.length;
    return { draft: word, source: [...theirs][0]!, span: { start, end: start + word.length }, alternative: true };
  }
  return undefined;
}

// A change the statement tells of its subject: "Bus fares will rise", "rents fell", "fares were
// raised"; and what a verb of change acts on: "raise fares", "cut the levy", "improved pupils'
// attitudes" (in lower case: "Maths Boost" is no verb). After "the" or "a" the word names a
// kind, not a change: "the reduced fare", "a lowered ceiling".
const CHANGED = /\b(\p{L}{3,})\s+(?:will\s+|would\s+|(?:is|are|was|were)\s+(?:set|due|expected)\s+to\s+)?(?:rise|rises|rose|risen|increase[sd]?|go\s+up|went\s+up|gone\s+up|fall|falls|fell|fallen|decrease[sd]?|drop(?:s|ped)?|(?:be|been|were|was|are|is)\s+(?:raised|cut|increased|reduced|lowered|changed|improved))\b/giu;
const CHANGES = /(?<!\b(?:the|a|an|its|their|his|her|our|this|that)\s+)\b(?:raise[sd]?|raising|increase[sd]?|increasing|cut(?:s|ting)?|reduce[sd]?|reducing|lower(?:s|ed|ing)?|improve[sd]?|improving|boost(?:s|ed|ing)?|worsen(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/gu;
// A source that says its subject will stay as it is: "Fares will not change", "rates were held
// unchanged", "the levy remains frozen"; or that something had no effect on it: "no effect on
// pupils' self-reported attitudes".
const UNCHANGED = /\b(\p{L}{3,})\s+(?:will\s+|would\s+|(?:is|are|was|were)\s+|to\s+)?(?:not\s+change|(?:remain|remains|remained|stay|stays|stayed|be|were|was|are|is|held)\s+(?:unchanged|the\s+same|frozen|flat|steady)|unchanged)\b/giu;
const NO_EFFECT = /\bno\s+(?:significant\s+|measurable\s+|clear\s+|discernible\s+)?(?:effect|impact|change|difference|improvement)s?\s+(?:on|in)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/giu;

/** What a source says stays as it is: its words, and the words of what stays. */
interface Kept {
  said: string;
  subjects: string[];
}

// A passage's subjects said to stay as they are, read once however many statements ask.
const unchangedOf = new WeakMap<Passage, Kept[]>();

function keptUnchanged(p: Passage): Kept[] {
  let found = unchangedOf.get(p);
  if (!found) {
    found = [];
    if (/\b(?:not\s+change|unchanged|the\s+same|frozen|flat|steady)\b/iu.test(p.text)) {
      for (const m of [...p.text.matchAll(UNCHANGED)].slice(0, MOST_KEPT)) found.push({ said: m[0], subjects: [normalizeWord(m[1]!)] });
    }
    if (/\bno\s/iu.test(p.text)) {
      for (const m of [...p.text.matchAll(NO_EFFECT)].slice(0, MOST_KEPT)) found.push({ said: withoutTrailing(m[0]), subjects: objectWords(m[1]!) });
    }
    unchangedOf.set(p, found);
  }
  return found;
}
// At most this many of a passage's (a hostile one may have thousands).
const MOST_KEPT = 20;

/** A phrase without the small words it ends on ("attitudes to" is "attitudes"). */
function withoutTrailing(phrase: string): string {
  let out = phrase.trimEnd();
  for (let m = /\s+(\S+)$/u.exec(out); m && STOPWORDS.has(m[1]!.toLowerCase()); m = /\s+(\S+)$/u.exec(out)) out = out.slice(0, m.index);
  return out;
}

/** The content words of what a verb acts on ("pupils' self-reported attitudes to"). */
function objectWords(phrase: string): string[] {
  return tokenizeCached(phrase).map((t) => t.norm).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

/**
 * A change the statement tells of something its documents say will not change, or that nothing
 * changed: "Bus fares will rise when the network is introduced" where the city says "Fares will
 * not change as a result of the redesign"; "Maths Boost improved pupils' self-reported attitudes
 * to mathematics" where the trial "found no effect on pupils' self-reported attitudes". The
 * documents of the best alignments are read, since the statement's other words may align it
 * with another sentence.
 */
function changeDenied(corpus: Corpus, text: string, alignments: readonly Alignment[]): Assessment['antonym'] {
  const changed = [...text.matchAll(CHANGED)].map((m) => ({ m, words: [normalizeWord(m[1]!)] }))
    .concat([...text.matchAll(CHANGES)].map((m) => ({ m, words: objectWords(m[1]!) })));
  if (!changed.length) return undefined;
  // What changes: a subject's word, or any content word of what a verb of change acts on
  // ("raise bus fares").
  const subjects = new Map(changed.flatMap(({ m, words }) => words.map((w) => [w, m] as const)));
  for (const passages of alignedDocuments(corpus, alignments, 3)) {
    for (const p of passages) {
      for (const kept of keptUnchanged(p)) {
        // What stays is named by its last word ("attitudes"), or the subject before "remains".
        const m = subjects.get(kept.subjects[kept.subjects.length - 1] ?? '');
        if (!m) continue;
        const draft = withoutTrailing(m[0]);
        return { draft, source: kept.said, span: { start: m.index, end: m.index + draft.length }, alternative: true, passage: p };
      }
    }
  }
  return undefined;
}

// A quotation of fewer words is a title or a term ("Salt and Iron", "Pax Silica"), not speech.
const SPOKEN_WORDS = 4;

/**
 * Whether `written` is `name` after a word or two that say what the person is ("Forecaster Elise
 * Marchetti", "Head Coach Martin Goswell", "Head of Highways Operations Gareth Pryce"): the name
 * in full, as a title is written before it. (The words that join a post's parts, "of", "for",
 * are not counted among its three.)
 */
function titledName(written: string, name: string): boolean {
  const words = written.trim().split(/\s+/);
  const theirs = name.trim().split(/\s+/);
  if (theirs.length < 2 || words.length <= theirs.length) return false;
  const post = words.slice(0, -theirs.length).filter((w) => !POST_JOINERS.has(w.toLowerCase()));
  if (post.length > TITLE_WORDS || words.length > theirs.length + 2 * TITLE_WORDS) return false;
  return words.slice(-theirs.length).join(' ').toLowerCase() === theirs.join(' ').toLowerCase();
}

// The words that join the parts of a post: "Head of Highways Operations", "Secretary for Health".
const POST_JOINERS = new Set(['of', 'for', 'the', 'and', '&']);

// How many words of a post may stand before a person's name ("Managing director", "IT manager").
const TITLE_WORDS = 3;
// A post of up to three words right before a name, no mark between: "Managing director Adrian Pike".
const TITLE_BEFORE = /(?:^|[\s(])((?:[\p{L}-]+\s+){1,3})$/u;

/** The spans of the statement's people's names with the post written right before each. */
function titledNameSpans(text: string): Span[] {
  return findNames(text).filter((n) => n.kind === 'person').map((n) => {
    const lead = TITLE_BEFORE.exec(text.slice(Math.max(0, n.start - 60), n.start))?.[1] ?? '';
    return { start: n.start - lead.length, end: n.end };
  });
}

/** The text with the spans blanked out, every other character where it was. */
function blanked(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function quoteShare(text: string, spans: Span[]): number {
  const quotedChars = spans.reduce((n, s) => n + (s.end - s.start), 0);
  return Math.min(1, 0.5 + quotedChars / Math.max(1, text.length));
}

/** Whether the index files some word of the text (a content word of two letters or more). */
function hasIndexedWord(text: string): boolean {
  let found = false;
  forEachContentTerm(text, () => { found = true; });
  return found;
}

/**
 * The alignment's coverage with a missing word counted where the passage has a word of the same
 * first five letters ("remorse", "remorseful").
 */
function coverageWithForms(analysis: ReturnType<typeof analyse>, a: Alignment): number {
  if (!a.missing.length) return a.coverage;
  const stems = new Set<string>();
  for (const p of a.passages) for (const t of passageProfile(p).tokens) if (t.norm.length >= STEM) stems.add(t.norm.slice(0, STEM));
  const missing = new Set(a.missing);
  let total = 0;
  let missed = 0;
  analysis.content.forEach((t, i) => {
    total += analysis.weights[i]!;
    if (missing.has(t) && !(t.norm.length >= STEM && stems.has(t.norm.slice(0, STEM)))) missed += analysis.weights[i]!;
  });
  return total > 0 ? 1 - missed / total : 0;
}

// How many first letters two forms of a word share.
const STEM = 5;

/** The alignment's coverage of the statement's words other than those of its names. */
function coverageBesideNames(analysis: ReturnType<typeof analyse>, a: Alignment): number {
  // Names and words both come in text order: one pass over each, however long the statement.
  const names = findNames(analysis.text);
  const missing = new Set(a.missing);
  let next = 0;
  let total = 0;
  let missed = 0;
  analysis.content.forEach((t, i) => {
    while (next < names.length && names[next]!.end <= t.start) next++;
    if (next < names.length && names[next]!.start <= t.start) return;
    total += analysis.weights[i]!;
    if (missing.has(t)) missed += analysis.weights[i]!;
  });
  return total > 0 ? 1 - missed / total : 0;
}

