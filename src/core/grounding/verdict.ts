import type { Corpus } from '../index/corpus.js';
import { shorten } from '../text/shorten.js';
import { entityKey } from '../index/entities.js';
import { flippedNegationMessage, oppositeWordMessage, swappedNameMessage } from '../findings/contradicted-statement.js';
import { misattributedMessage } from '../findings/misattributed-quote.js';
import { meaningChangedMessage, notFoundMessage, notVerbatimMessage } from '../findings/misquote.js';
import { numberMismatchMessage } from '../findings/number-mismatch.js';
import { bidiControlMessage, negatesPassageMessage, noPassageMessage, unsupportedMessage } from '../findings/unsupported-statement.js';
import { findNames, type NameCandidate } from '../index/names.js';
import { forEachContentTerm } from '../index/terms.js';
import { SPEECH_VERBS } from '../index/gazetteer.js';
import { speakerOf } from '../index/quotes.js';
import type { Entity, Evidence, Passage, SourceDocument, Span, Statement, Verdict } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { normalizeWord, STOPWORDS } from '../text/tokens.js';
import { comparable, sameQuantity, type Quantity } from '../text/numbers.js';
import { wordDiff } from './diff.js';
import { closestQuote, locateQuote, quoteCandidates } from './quote-match.js';
import { supportFeatures, type SupportFeatures } from './features.js';
import { align, analyse, flippedNegation, negatedTerms, type Alignment } from './support.js';
import { swappedAntonym } from './antonyms.js';
import { impliedFigure, weekdayDates } from './reported-dates.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';
import { quotedSpeakers } from './quoted-speakers.js';
import { claimSupport, supportReasons } from './support-model.js';
import type { GramCounts, SentenceSupport } from './claim-features.js';
import { placeKey, relation, similarity } from '../lexicon/index.js';

export interface JudgeOptions {
  /** Support score under which a statement is unsupported. */
  threshold: number;
}

/** Coverage above which a statement is taken to talk about the same thing as its passage. */
const ALIGNED = 0.6;
const MAX_EVIDENCE = 3;
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
  return `"${shorten(text, 120, '...')}"`;
}

/** Everything known about one statement before a verdict is given: what the trainer learns from. */
export interface Assessment {
  analysis: ReturnType<typeof analyse>;
  alignments: Alignment[];
  evidence: Evidence[];
  /** A quote not verbatim in any source, or credited to the wrong speaker. */
  quoteVerdict?: Verdict;
  verifiedQuoteSpans: Span[];
  figure?: NonNullable<ReturnType<typeof numberMismatch>>;
  /** A name, speaker, title or outlet where the source has another; `passage` is where, when not the best aligned. */
  swap?: { draft: string; source: string; span: Span; passage?: { passage: Passage; coverage: number } };
  flipped?: { word: string; passageText: string };
  /** A word whose opposite the aligned passage has instead ("decreased" for "increased"). */
  antonym?: { draft: string; source: string; span: Span; alternative?: boolean };
  features: SupportFeatures;
  /** Word runs and content words the sources have: summed over a claim's sentences. */
  counts: GramCounts;
}

/** Checks quotes, figures, names and negations and measures support, without deciding. */
export function assessStatement(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes'>): Assessment {
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
    const written = speakerOf(text, q.span);
    if (written && (sourceQuote?.speakerId || sourceQuote?.speakerName)) {
      const writtenEntity = corpus.findEntity(written, location.docId);
      // A transcript's speaker may be named only in its turns ("Ben: ..."), no entity of the index.
      const sourceSpeaker = sourceQuote.speakerId ? corpus.entityById(sourceQuote.speakerId) : { id: undefined, name: sourceQuote.speakerName!, aliases: [] };
      const same = !sourceSpeaker || (sourceSpeaker.id !== undefined
        ? writtenEntity?.id === sourceSpeaker.id || sameName(written, sourceSpeaker.name, sourceSpeaker.aliases)
        : sameName(written, sourceSpeaker.name, []) || sameName(sourceSpeaker.name, written, []));
      if (sourceSpeaker && !same) {
        const quoteEvidence = evidenceOf(corpus, location.docId, location.span, 1);
        const doc = corpus.getDocument(location.docId);
        quoteVerdict = {
          kind: 'misattributed',
          score: round(coverage),
          message: misattributedMessage(written, doc?.path, sourceSpeaker.name),
          evidence: quoteEvidence ? [quoteEvidence] : evidence,
          quote: { draft: q.text, source: sourceQuote, sourcePath: doc?.path, attributedTo: sourceSpeaker.name },
          conflict: { draft: written, source: sourceSpeaker.name },
          focus: q.span,
        };
        break;
      }
    }
  }

  // 2. Figures and dates outside verified quotes must agree with the aligned passage.
  const figures = analysis.quantities.filter((n) => !verifiedQuoteSpans.some((s) => s.start <= n.start && n.end <= s.end));
  const figure = figures.length && best ? numberMismatch(corpus, text, figures, alignments) : undefined;

  // 3. Aligned but saying something else: a swapped name, a flipped negation, an opposite word.
  let swap: Assessment['swap'];
  let flipped: Assessment['flipped'];
  let antonym: Assessment['antonym'];
  if (best && best.coverage >= ALIGNED) {
    const passageText = best.passages.map((p) => p.text).join(' ');
    swap = swappedName(corpus, text, best.passages) ?? swappedSpeaker(corpus, text, alignments) ?? swappedRole(text, best.passages) ?? swappedOutlet(text, alignments);
    // A joined alignment may have taken in the sentence that holds the statement's name
    // ("NASA's Hubble Space Telescope" three paragraphs on, "South Korea's industries" in the
    // next sentence): each sentence the statement may rewrite can still have another name in
    // its place, word for word around it.
    if (!swap && best.passages.length > 1) {
      const single = alignments.find((a) => a.passages.length === 1 && a.coverage >= ALIGNED);
      for (const p of new Set([...best.passages, ...(single?.passages ?? [])])) {
        // A sentence that says all the statement says but a name, whose name the other sentence
        // gave ("Takaichi condemned the moves" where Katayama did, and Takaichi made remarks two
        // sentences on): the name stands in the place of the sentence's own.
        const terms = passageProfile(p).terms;
        const lacks = analysis.content.filter((t) => !terms.has(t.norm));
        const butName = lacks.length > 0 && lacks.length <= 3 && lacks.every((t) => /^\p{Lu}/u.test(t.text));
        swap = swappedName(corpus, text, [p], butName ? {} : { samePlace: true });
        if (swap) break;
      }
    }
    // Of a joined alignment, the sentence that names the rival is the evidence to show first.
    if (swap && !swap.passage && best.passages.length > 1) {
      const rivalAt = best.passages.find((p) => p.text.includes(swap!.source));
      if (rivalAt) swap.passage = { passage: rivalAt, coverage: best.coverage };
    }
    const word = verifiedQuoteSpans.length === 0 ? affirmedNow(flippedNegation(text, passageText), passageText) : undefined;
    if (word) flipped = { word, passageText };
  } else if (best && coverageBesideNames(analysis, best) >= ALIGNED) {
    // A swapped name is itself a word the passage lacks, and a rare one weighs much: the rest of
    // the statement decides whether the passage is the one it rewrites.
    swap = swappedName(corpus, text, best.passages);
  }
  // An opposite word is evidence enough on a looser alignment: it rarely turns up by chance.
  if (best && best.coverage >= ANTONYM_ALIGNED && verifiedQuoteSpans.length === 0) antonym = oppositeWord(text, best.passages);

  const { features, counts } = supportFeatures(corpus, analysis, alignments, { figure: !!figure, name: !!swap, negation: !!flipped });
  return { analysis, alignments, evidence, quoteVerdict, verifiedQuoteSpans, figure, swap, flipped, antonym, features, counts };
}

/** Judges one statement: quotes first, then figures, then contradiction and support. */
export function judgeStatement(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes'>, options: JudgeOptions): Verdict {
  const a = assessStatement(corpus, statement);
  return judgeAssessed(corpus, statement, a, [a], options);
}

/**
 * The verdict on one sentence whose assessment is done, with the support of the claim it belongs
 * to (`claim`: its sentences' assessments, this one among them; a draft statement is a claim of
 * one sentence).
 */
export function judgeAssessed(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes'>, a: Assessment, claim: readonly SentenceSupport[], options: JudgeOptions): Verdict {
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
      message: swappedNameMessage(a.swap.source, a.swap.draft),
      evidence: e ? [e, ...evidence.filter((x) => x.span.start !== e.span.start)].slice(0, MAX_EVIDENCE) : evidence,
      conflict: { draft: a.swap.draft, source: a.swap.source },
      focus: a.swap.span,
    };
  }
  if (a.antonym) {
    return {
      kind: 'contradicted',
      score: round(Math.min(score, 0.3)),
      message: oppositeWordMessage(a.antonym.source, a.antonym.draft, !!a.antonym.alternative),
      evidence,
      conflict: { draft: a.antonym.draft, source: a.antonym.source },
      focus: a.antonym.span,
    };
  }
  if (a.flipped) {
    const { word, passageText } = a.flipped;
    return {
      kind: 'contradicted',
      score: round(Math.min(score, 0.3)),
      message: flippedNegationMessage(negatedTerms(text).has(word), quoted(passageText)),
      evidence,
      conflict: { draft: text, source: passageText },
    };
  }

  // 4. Support.
  if (a.verifiedQuoteSpans.length && statement.quotes.length) {
    // A verified quotation carries its own support; the rest of the sentence is attribution.
    score = Math.max(score, quoteShare(text, a.verifiedQuoteSpans));
  }
  const missing = best ? best.missing.map((t) => t.text) : a.analysis.content.map((t) => t.text);
  if (score < options.threshold || !best) {
    const gaps = [...new Set(missing)].slice(0, 6).map((w) => `"${w}"`).join(', ');
    return {
      kind: 'unsupported',
      score: round(score),
      message: best ? unsupportedMessage(round(score).toFixed(2), gaps, reasonsOf(claim)) : noPassageMessage(),
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
  const flip = a.flipped || a.verifiedQuoteSpans.length ? undefined : affirmedNow(flippedNegation(text, passageText), passageText);
  if (flip && negatedTerms(text).has(flip)) {
    return {
      kind: 'unsupported',
      score: round(Math.min(score, 0.4)),
      message: negatesPassageMessage(quoted(passageText)),
      evidence,
      conflict: { draft: text, source: passageText },
      missing: [...new Set(missing)],
    };
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

/**
 * The flipped word, unless the passage affirms it only as what was once meant or said: "will
 * not stand for re-election" against "had previously said he intended to stand" reports a
 * change, not a contradiction. Read in the passage's sentence that has the word.
 */
function affirmedNow(word: string | undefined, passageText: string): string | undefined {
  if (!word) return undefined;
  for (const sentence of passageText.split(/(?<=[.!?])\s+/)) {
    if (tokenizeCached(sentence).some((t) => t.norm === word) && SUPERSEDED.test(sentence)) return undefined;
  }
  return word;
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

function oppositeWord(text: string, passages: Passage[]): Assessment['antonym'] {
  const tokens = tokenizeCached(text);
  const passageTokens = passages.flatMap((p) => passageProfile(p).tokens);
  const pair = swappedAntonym(tokens.map((t) => t.norm), passageTokens.map((t) => t.norm));
  if (!pair) return undefined;
  const mine = tokens.find((t) => t.norm === pair[0])!;
  const theirs = passageTokens.find((t) => t.norm === pair[1])!;
  return { draft: mine.text, source: theirs.text, span: { start: mine.start, end: mine.end }, ...(pair[2] ? { alternative: true } : {}) };
}

function sameName(written: string, name: string, aliases: string[]): boolean {
  const key = entityKey(written);
  return [name, ...aliases].some((n) => entityKey(n) === key || entityKey(n).split(' ').includes(key));
}

function quoteShare(text: string, spans: Span[]): number {
  const quotedChars = spans.reduce((n, s) => n + (s.end - s.start), 0);
  return Math.min(1, 0.5 + quotedChars / Math.max(1, text.length));
}

/**
 * The statement's figure the aligned passages contradict, and the passage's: `source.text` is the
 * figure as a fix writes it, `said` how the passage says it ("Thursday" for December 11, 2025).
 */
function numberMismatch(corpus: Corpus, text: string, figures: Quantity[], alignments: Alignment[]): { draft: Quantity; source: Quantity; said: string; passage: Passage; coverage: number } | undefined {
  const tokens = tokenizeCached(text);
  const norms = new Set(tokens.map((t) => t.norm));
  // Whether some figure of the statement is this passage figure, asked once per passage figure:
  // a statement may give thousands.
  const accounted = new Map<Quantity, boolean>();
  const accountedFor = (q: Quantity): boolean => {
    let known = accounted.get(q);
    if (known === undefined) accounted.set(q, (known = figures.some((f) => sameQuantity(f, q))));
    return known;
  };
  for (const figure of figures) {
    const mine = wordsAround(tokens, figure, FIGURE_CONTEXT);
    let agreed = false;
    let conflict: { source: Quantity; said: string; passage: Passage; coverage: number } | undefined;
    for (const a of alignments.slice(0, 5)) {
      for (const p of a.passages) {
        const doc = corpus.getDocument(p.docId);
        const written = passageProfile(p).quantities;
        if (written.some((q) => sameQuantity(figure, q)) || impliedFigure(figure, doc, p)) agreed = true;
        // A day the statement gives against the day a weekday of the passage points at.
        const theirs = figure.kind === 'date' && figure.date?.day ? [...written, ...weekdayDates(doc, p.text)] : written;
        // The rival is a figure of the same sort that no other figure of the statement accounts for.
        // and that stands where the statement's figure stands: some word next to it is a word next
        // to the statement's ("revenue of $5bn" against "revenue of $4bn"). A year of another
        // event in the passage ("first aired in 1969" against "Warner Bros.' 2020 film") is a
        // figure the source does not give, not one it contradicts.
        const rival = theirs.find((q) => comparable(figure, q) && sameUnitShape(figure, q) && sameThingCounted(figure, text, q, p.text) && !accountedFor(q)
          && sharesWord(mine, wordsAround(passageProfile(p).tokens, q, FIGURE_CONTEXT)) && datesTheSame(q, p.text, norms));
        if (rival && !conflict && a.coverage >= 0.5) conflict = { source: rival, said: p.text.slice(rival.start, rival.end), passage: p, coverage: a.coverage };
      }
      if (agreed) break;
    }
    if (!agreed && conflict) return { draft: figure, ...conflict };
  }
  return undefined;
}

// A year written before a noun, after an article or an owner: "a 2012 environmental impact
// assessment", "Warner Bros.' 2020 film".
const BEFORE_ATTRIBUTIVE_YEAR = /(?:\b(?:a|an|the|its|his|her|their|our|this|that)|['’]s?)\s+$/i;
const NOUN_RUN = /^\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * Whether a passage's year can date what the statement dates: a year that names one thing of
 * the passage ("a 2012 environmental impact assessment") dates that thing, so it is a rival only
 * where the statement speaks of the thing too ("the assessment of 2013"), not of another event
 * ("In June 2018, the FAA announced a review").
 */
function datesTheSame(q: Quantity, passageText: string, statementNorms: Set<string>): boolean {
  if (q.kind !== 'year') return true;
  if (!BEFORE_ATTRIBUTIVE_YEAR.test(passageText.slice(Math.max(0, q.start - 12), q.start))) return true;
  const run = NOUN_RUN.exec(passageText.slice(q.end, q.end + 80))?.[1]?.split(/\s+/) ?? [];
  // The noun the year goes with: the last word before a function word ends the run.
  const stop = run.findIndex((w) => STOPWORDS.has(w.toLowerCase()));
  const head = (stop < 0 ? run : run.slice(0, stop)).at(-1);
  return !head || statementNorms.has(normalizeWord(head));
}

/** Whether the index files some word of the text (a content word of two letters or more). */
function hasIndexedWord(text: string): boolean {
  let found = false;
  forEachContentTerm(text, () => { found = true; });
  return found;
}

/** Content words within this many words of a figure: what the figure is a figure of. */
const FIGURE_CONTEXT = 8;

function wordsAround(tokens: readonly { text: string; norm: string; start: number; end: number }[], span: Span, reach: number): Set<string> {
  // The first token ending after the span's start, by bisection: a statement may give thousands of figures.
  let first = 0;
  for (let hi = tokens.length; first < hi;) {
    const mid = (first + hi) >>> 1;
    if (tokens[mid]!.end > span.start) hi = mid;
    else first = mid + 1;
  }
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  const out = new Set<string>();
  for (let i = Math.max(0, first - reach); i < Math.min(tokens.length, last + reach); i++) {
    if (i >= first && i < last) continue;
    const { text, norm } = tokens[i]!;
    if (!STOPWORDS.has(text.toLowerCase()) && !STOPWORDS.has(norm) && !/^\d/.test(norm)) out.add(norm);
  }
  return out;
}

function sharesWord(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

// "Zhou Mi told the Global Times", "Gao said", "Zhou Mi, a senior researcher ..., told": the
// speech verbs the quote and name finders know.
const SPEECH_AFTER = new RegExp(`^\\s*(?:,[^,]{1,160},\\s*)?(?:${SPEECH_VERBS})\\b`, 'i');
const SPEECH_BEFORE = /\baccording to\s*$/i;

/** The people a text says spoke, with where their names stand. */
function speakers(text: string, names: readonly { name: string; kind: string; start: number; end: number }[]): { name: string; start: number; end: number }[] {
  return names.filter((n) => (n.kind === 'person' || n.kind === 'unknown')
    && (SPEECH_AFTER.test(text.slice(n.end, n.end + 200)) || SPEECH_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start))));
}

/**
 * What one person said, credited to another: the statement says X told an outlet (or said)
 * what the aligned source sentence has Y telling it, and that sentence does not name X. The
 * sentence is the one that best covers the rest of the statement.
 */
function swappedSpeaker(corpus: Corpus, text: string, alignments: Alignment[]): { draft: string; source: string; span: Span } | undefined {
  const mine = speakers(text, findNames(text));
  if (!mine.length) return undefined;
  const speakerWords = new Set(mine.flatMap((n) => tokenizeCached(n.name).map((t) => t.norm)));
  const content = tokenizeCached(text).filter((t) => !speakerWords.has(t.norm) && t.norm.length > 2);
  let best: { passage: Passage; coverage: number } | undefined;
  const seen = new Set<number>();
  for (const a of alignments.slice(0, 5)) {
    for (const p of a.passages) {
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      const terms = passageProfile(p).terms;
      const coverage = content.length ? content.filter((t) => terms.has(t.norm)).length / content.length : 0;
      if (!best || coverage > best.coverage) best = { passage: p, coverage };
    }
  }
  if (!best || best.coverage < ALIGNED) return undefined;
  const passage = best.passage;
  let theirs: { name: string }[] = speakers(passage.text, passageProfile(passage).names);
  // A sentence of a quotation or of a transcript's turn is its speaker's, named or not in it.
  if (!theirs.length) {
    theirs = quotedSpeakers(corpus, passage).map((name) => ({ name }));
  }
  if (!theirs.length) return undefined;
  const lower = passage.text.toLowerCase();
  for (const m of mine) {
    const entity = corpus.findEntity(m.name, passage.docId);
    const forms = entity ? [entity.name, ...entity.aliases] : [m.name];
    if (forms.some((f) => lower.includes(f.toLowerCase()))) continue;
    const rival = theirs.find((t) => {
      if (sameName(t.name, m.name, entity?.aliases ?? [])) return false;
      const rivalEntity = corpus.findEntity(t.name, passage.docId);
      // Neither known to the index (a transcript's speakers): their names tell them apart.
      return rivalEntity || entity ? rivalEntity?.id !== entity?.id : !sameName(m.name, t.name, []);
    });
    if (rival) return { draft: m.name, source: rival.name, span: { start: m.start, end: m.end } };
  }
  return undefined;
}

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

// Who heard it: "told the Global Times", "told Reuters", "told politico.com" (a name, or a site).
const TOLD = /\btold\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|news|info|io|[a-z]{2}))\b/gu;

/** The outlets a text says someone told, with where they stand. */
function outletsTold(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOLD)) {
    const name = m[1]!.replace(/['’]s?$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/** "Politico", "politico.com" and "POLITICO" are one outlet; "the Global Times" and "Global Times" too. */
function outletKey(name: string): string {
  return name.toLowerCase().replace(/^www\./, '').replace(/\.(?:com|org|net|news|info|io|[a-z]{2})$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * What someone told one outlet, credited to another: "Helberg told the Global Times" where the
 * source sentence that says the rest has him telling politico.com. Only where that sentence says
 * whom it was told; a joined alignment may have taken the outlet's name from another sentence.
 */
function swappedOutlet(text: string, alignments: Alignment[]): Assessment['swap'] {
  const mine = outletsTold(text);
  if (!mine.length) return undefined;
  const outletWords = new Set(mine.flatMap((m) => tokenizeCached(m.name).map((t) => t.norm)));
  const content = tokenizeCached(text).filter((t) => !outletWords.has(t.norm) && t.norm.length > 2 && !STOPWORDS.has(t.norm));
  let best: { passage: Passage; coverage: number } | undefined;
  for (const a of alignments.slice(0, 5)) {
    for (const p of a.passages) {
      const terms = passageProfile(p).terms;
      const coverage = content.length ? content.filter((t) => terms.has(t.norm)).length / content.length : 0;
      if (!best || coverage > best.coverage) best = { passage: p, coverage };
    }
  }
  if (!best || best.coverage < ALIGNED) return undefined;
  const theirs = outletsTold(best.passage.text);
  if (!theirs.length) return undefined;
  const keys = new Set(theirs.map((t) => outletKey(t.name)));
  const m = mine.find((o) => !keys.has(outletKey(o.name)));
  return m && { draft: m.name, source: theirs[0]!.name, span: { start: m.start, end: m.end }, passage: best };
}

/** The noun a title ends in ("Foreign Ministry Spokesperson" -> "spokesperson"; "senior researcher at ..." -> "researcher"). */
function roleHead(role: string): string {
  const core = role.split(/\s+(?:at|of|for|in|with|from|on)\s+/i)[0]!;
  return (core.trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
}

/**
 * A person given another title than the aligned passage gives them: "Foreign Minister Guo
 * Jiakun" where the source has "Foreign Ministry Spokesperson Guo Jiakun". Titles count as the
 * same when their last nouns are one word or WordNet relates them ("spokesman", "spokesperson").
 */
function swappedRole(text: string, passages: Passage[]): { draft: string; source: string; span: Span } | undefined {
  const mine = findNames(text).filter((n) => n.kind === 'person' && n.role);
  if (!mine.length) return undefined;
  const theirs = passages.flatMap((p) => passageProfile(p).names).filter((n) => n.kind === 'person' && n.role);
  for (const m of mine) {
    const key = entityKey(m.name);
    const same = theirs.find((t) => entityKey(t.name) === key);
    if (!same) continue;
    const mineHead = roleHead(m.role!);
    const theirHead = roleHead(same.role!);
    const sameHead = !mineHead || !theirHead || mineHead === theirHead || normalizeWord(mineHead) === normalizeWord(theirHead) || relation(mineHead, theirHead) || relation(theirHead, mineHead);
    if (sameHead && !otherPost(m.role!, same.role!)) continue;
    const at = text.lastIndexOf(m.role!, m.start);
    const span = at >= 0 ? { start: at, end: at + m.role!.length } : { start: m.start, end: m.end };
    return { draft: m.role!, source: same.role!, span };
  }
  return undefined;
}

// Words of a title that make it another post: a deputy is not the minister.
const RANKS = new Set(['deputy', 'under', 'vice', 'assistant', 'associate', 'acting']);

/** The words of a title before its last noun, without places ("Japan's", "US"): "Finance" of "Japan's Finance Minister". */
function roleQualifiers(role: string): string[] {
  const core = role.split(/\s+(?:at|of|for|in|with|from|on)\s+/i)[0]!.trim().split(/\s+/);
  return core.slice(0, -1)
    .map((w) => w.replace(/['’]s$/i, '').replace(/[^\p{L}.-]/gu, ''))
    .filter((w) => w && !/^u\.?s\.?$/i.test(w) && placeKey(w) === undefined)
    .map((w) => w.toLowerCase());
}

/**
 * Two titles with the same last noun that are still other posts: the statement's title has a word
 * the source's lacks ("Prime Minister" for "Finance Minister", "Under Secretary" for "Deputy
 * Secretary"), or it drops a rank ("Secretary of State" for "Deputy Secretary of State"). Dropping
 * any other word is shortening ("Minister" for "Finance Minister").
 */
function otherPost(mine: string, theirs: string): boolean {
  const a = roleQualifiers(mine);
  const b = roleQualifiers(theirs);
  const related = (w: string, others: string[]): boolean => others.some((o) => o === w || normalizeWord(o) === normalizeWord(w) || relation(w, o) !== undefined);
  if (a.some((w) => !related(w, b))) return true;
  return b.some((w) => RANKS.has(w) && !a.includes(w));
}

// The word a count counts: "20 kg", "five Chinese restaurants" (the first word after the figure).
const COUNTED = /^\s+([\p{L}][\p{L}'’-]*)/u;

/**
 * Whether two plain numbers can count the same thing: "20 kg of shark fin" does not count what
 * "five Chinese restaurants" does. Each is read by the word after it; they count the same thing
 * unless both have one, and the words are neither one word nor related in WordNet ("nations",
 * "countries"). A measure and a count never are.
 */
function sameThingCounted(a: Quantity, aText: string, b: Quantity, bText: string): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.unit || b.unit) return true;
  const wordAfter = (q: Quantity, text: string): string | undefined => {
    const w = COUNTED.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase();
    return w && !STOPWORDS.has(w) ? w : undefined;
  };
  const x = wordAfter(a, aText);
  const y = wordAfter(b, bText);
  if (!x || !y) return true;
  const measure = (w: string): boolean => MEASURES.has(w);
  if (measure(x) !== measure(y)) return false;
  if (x === y || normalizeWord(x) === normalizeWord(y) || relation(x, y) !== undefined || relation(y, x) !== undefined) return true;
  // Newsroom words WordNet does not relate ("nods" for "nominations") sit close in vector space;
  // things apart ("kg", "restaurants") do not.
  return (similarity(x, y) ?? 1) >= OTHER_THING;
}

// Word-vector similarity below which two counted words are surely other things.
const OTHER_THING = 0.3;

const MEASURES = new Set(['kg', 'kilograms', 'kilogram', 'g', 'grams', 'tonnes', 'tons', 'pounds', 'lb', 'lbs', 'ounces', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'm', 'feet', 'ft', 'inches', 'cm', 'mm', 'litres', 'liters', 'gallons', 'barrels', 'hectares', 'acres', 'degrees', 'mph', 'kph', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years']);

/** "15-year-old" is no rival for "22": a figure with a unit against one without is another thing. */
function sameUnitShape(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'number' || b.kind !== 'number') return true;
  return !a.unit === !b.unit;
}

/**
 * Whether a word is part of the name of someone the document names ("Takaichi" of "Prime
 * Minister Sanae Takaichi"). Only the passages that have the word are read.
 */
function personWord(corpus: Corpus, docId: string, word: string): boolean {
  if (word.length <= 2 || STOPWORDS.has(word.toLowerCase())) return false;
  // Found through the index, and only so many of its passages read: bounded whatever the
  // document's length or the statement's.
  let read = 0;
  let seen = 0;
  for (const index of corpus.passagesWithTerm(normalizeWord(word))) {
    if (++seen > PERSON_WORD_POSTINGS) break;
    const p = corpus.passage(index);
    if (!p || p.docId !== docId || !p.text.includes(word)) continue;
    if (passageProfile(p).names.some((n) => n.kind === 'person' && n.name.split(/\s+/).includes(word))) return true;
    if (++read >= PERSON_WORD_READS) break;
  }
  return false;
}

// Passages read to tell whether a word is part of a person's name, and entries of the word's
// posting list looked at for them.
const PERSON_WORD_READS = 8;
const PERSON_WORD_POSTINGS = 20_000;

/**
 * A person, place or organisation in the statement that the aligned passage does not name,
 * while the passage names another of the same kind where the statement has it. With `samePlace`,
 * only a rival with the same word before and after it counts.
 */
function swappedName(corpus: Corpus, text: string, passages: Passage[], options: { samePlace?: boolean } = {}): { draft: string; source: string; span: Span } | undefined {
  const docId = passages[0]!.docId;
  const theirs = passages.flatMap((p) => passageProfile(p).names);
  // Each name is looked up once, however many rivals it is weighed against.
  const entities = new Map<string, Entity | undefined>();
  const entityOf = (name: string): Entity | undefined => {
    if (entities.has(name)) return entities.get(name);
    const entity = corpus.findEntity(name, docId);
    entities.set(name, entity);
    return entity;
  };
  const resolve = (name: string): string => entityOf(name)?.id ?? entityKey(name);
  const surname = (name: string): boolean => !/\s/.test(name) && personWord(corpus, docId, name);
  const found: NameCandidate[] = findNames(text).map((n) => (n.kind === 'unknown' && surname(n.name) ? { ...n, kind: 'person' } : n));
  // A surname opening the statement ("Takaichi condemned ...") reads like any capitalised first word.
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(text);
  if (first && surname(first[0]) && !found.some((n) => n.start === 0)) found.unshift({ start: 0, end: first[0].length, name: first[0], full: first[0], kind: 'person', certain: false });
  const mine = found.filter((n) => n.kind === 'person' || n.kind === 'place' || n.kind === 'organisation');
  const passageText = passages.map((p) => p.text).join(' ').toLowerCase();
  // Names the passage gives as written need no entity: most statements end here, before the
  // source's entities are settled.
  if (mine.every((n) => passageText.includes(n.name.toLowerCase()))) return undefined;
  const theirIds = new Set(theirs.map((n) => resolve(n.name)));
  const myIds = new Set(mine.map((n) => resolve(n.name)));
  const textLower = text.toLowerCase();
  // Capitals and demonyms stand for their country ("Washington" where the source says "America").
  const theirPlaces = new Set(theirs.map((t) => placeKey(t.name)).filter((k) => k !== undefined));
  const myPlaces = new Set(mine.map((n) => placeKey(n.name)).filter((k) => k !== undefined));
  for (const n of mine) {
    const id = resolve(n.name);
    if (theirIds.has(id) || passageText.includes(n.name.toLowerCase())) continue;
    const place = placeKey(n.name);
    // ... when it acts or owns ("Washington signed", "Washington's wish"), not where something
    // happens or where someone goes: "set sail from Tokyo", "left Tokyo" are a place, and
    // Shizuoka another one.
    const located = /\b(?:in|from|at|to|near|into|inside|outside|across|via|off|left|leaves|leaving|reached|visited|visits|visiting|toured|departed|fled|entered|crossed)\s+$/i.test(text.slice(Math.max(0, n.start - 12), n.start));
    if (place && theirPlaces.has(place) && !located) continue;
    // A birth name ("was born Elizabeth Cleghorn Stevenson", "née Stevenson") is another name
    // of the same person, not one standing in another's place.
    if (/\b(?:born|n[ée]e)\s+$/i.test(text.slice(Math.max(0, n.start - 8), n.start))) continue;
    // Who a statement credits ("according to the US") is the speaker check's business: a name
    // there stands in no one's place in the passage's content.
    if (/\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) continue;
    const entity = entityOf(n.name);
    if (entity && [entity.name, ...entity.aliases].some((a) => passageText.includes(a.toLowerCase()))) continue;
    // A kind as the mention reads or as the document settles it: "the Hubble Space Telescope"
    // reads as an organisation where the document may have settled "Hubble" on a person.
    const kinds = [n.kind, entity?.kind];
    const rivals = theirs.filter((t) => {
      const tid = resolve(t.name);
      const tKinds = [t.kind, entityOf(t.name)?.kind];
      const tPlace = placeKey(t.name);
      return tKinds.some((k) => k !== undefined && kinds.includes(k)) && !myIds.has(tid) && !textLower.includes(t.name.toLowerCase()) && !(tPlace && myPlaces.has(tPlace));
    });
    // The name that stands where the statement's name stands: same word before it, or after it.
    const context = (s: string, start: number, end: number): [string, string] => [
      /([\p{L}]+)[^\p{L}]*$/u.exec(s.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase() ?? '',
      /^[^\p{L}]*([\p{L}]+)/u.exec(s.slice(end, end + 40))?.[1]?.toLowerCase() ?? '',
    ];
    const [myBefore, myAfter] = context(text, n.start, n.end);
    let rival: (typeof rivals)[number] | undefined;
    let rivalScore = -1;
    // A bare surname is weighed only against someone surely a person, in its place by a word:
    // two sentences' openings are no shared context.
    const bare = !entity && surname(n.name);
    for (const r of rivals) {
      if (bare && !(r.kind === 'person' && r.certain)) continue;
      const p = passages.find((x) => x.text.includes(r.full)) ?? passages[0]!;
      const [before, after] = context(p.text, r.start, r.end);
      const score = (before === myBefore && (before || !bare) ? 2 : 0) + (after === myAfter && (after || !bare) ? 1 : 0);
      if (score > rivalScore) [rival, rivalScore] = [r, score];
    }
    // A name the document gives elsewhere, standing nowhere near where the rival stands ("US
    // allies" against "China's dominance"), adds a detail rather than swapping a name.
    // A bare surname the document gives only in full needs the rival in its place, word for word.
    const needed = options.samePlace ? 3 : entity || bare ? 1 : 0;
    if (rival && rivalScore >= needed) return { draft: n.name, source: rival.name, span: { start: n.start, end: n.end } };
  }
  return undefined;
}
