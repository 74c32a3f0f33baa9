// The one entry point both front ends call: a draft and a corpus in, a verdict per statement out.
import type { GroundworkConfig } from './config/types.js';
import { DEFAULT_THRESHOLD } from './config/types.js';
import { draftOffsetOf } from './draft/parse.js';
import type { Corpus } from './index/corpus.js';
import {
  CODE_OF_VERDICT, type Draft, type DraftReport, type Finding, type FindingCode, type Fix, type Severity, type SourceDocument,
  type Span, type Statement, type StatementResult, type Verdict, type VerdictKind,
} from './model.js';
import { changeCitationFix, citedCorpus, draftStyle, insertCitationFix, resolveCitations, type ResolvedCitation } from './citations.js';
import { scoreClaim as scoreClaimAgainst } from './grounding/claim.js';
import { evidenceOf, judgeStatement } from './grounding/verdict.js';
import { LineIndex } from './text/lines.js';

/** Checks every statement of a parsed draft against the corpus. */
export function checkDraft(corpus: Corpus, draft: Draft, config: GroundworkConfig): DraftReport {
  const lines = new LineIndex(draft.text);
  return { path: draft.path, results: draft.statements.map((s) => checkStatement(corpus, draft, s, config, lines)) };
}

/** Checks one statement of a draft; the extension calls this for the statements an edit touched. */
export function checkStatement(corpus: Corpus, draft: Draft, statement: Statement, config: GroundworkConfig, lines = new LineIndex(draft.text)): StatementResult {
  const options = { threshold: config.threshold };
  const overall = judgeStatement(corpus, statement, options);
  const citations = resolveCitations(corpus, draft.path, statement, config);
  const citedDocs = uniqueDocs(citations);
  // A statement that cites sources is judged against them first; supported there, it is grounded
  // in what it cites. Judged against the whole corpus it stays when they do not support it.
  let verdict = overall;
  let supporter: SourceDocument | undefined;
  if (citedDocs.length > 0) {
    const own = judgeStatement(citedCorpus(corpus, citedDocs, config), statement, options);
    if (own.kind === 'supported') {
      verdict = { ...own, evidence: own.evidence.map((e) => evidenceOf(corpus, e.docId, e.span, e.score) ?? e) };
    } else if (overall.kind === 'supported') {
      const best = overall.evidence[0];
      const doc = best && corpus.getDocument(best.docId);
      if (doc && !citedDocs.some((d) => d.id === doc.id)) supporter = doc;
    }
  }
  const range = lines.rangeOf(statement.span);
  const result: StatementResult = { statement, range, verdict };
  if (citedDocs.length > 0) result.cited = citedDocs.map((d) => d.path);
  // A broken citation explains an unsupported statement better than "unsupported" does; a
  // misquote, a wrong figure or a contradiction is worse than either.
  const fromVerdict = verdictFinding(draft, statement, verdict, config, lines);
  const broken = brokenCitationFinding(corpus, draft, statement, verdict, citations, config, lines);
  const finding = (fromVerdict?.code === 'unsupported-statement' ? broken ?? fromVerdict : fromVerdict ?? broken)
    ?? mismatchFinding(corpus, draft, statement, overall, citations, supporter, config, lines)
    ?? uncitedFinding(corpus, draft, statement, verdict, citations, config, lines);
  if (finding) result.finding = finding;
  return result;
}

function shown(statement: Statement, code: FindingCode, config: GroundworkConfig): Severity | undefined {
  const severity = config.severity[code];
  const suppressed = statement.suppression && (statement.suppression.all || statement.suppression.codes.includes(code));
  return severity === 'off' || suppressed ? undefined : severity;
}

function verdictFinding(draft: Draft, statement: Statement, verdict: Verdict, config: GroundworkConfig, lines: LineIndex): Finding | undefined {
  if (verdict.kind === 'supported') return undefined;
  const code = CODE_OF_VERDICT[verdict.kind];
  const severity = shown(statement, code, config);
  if (!severity) return undefined;
  const span = focusSpan(statement, verdict);
  return { code, severity, message: verdict.message, span, range: lines.rangeOf(span), evidence: verdict.evidence, fixes: fixesFor(draft, statement, verdict) };
}

function brokenCitationFinding(corpus: Corpus, draft: Draft, statement: Statement, verdict: Verdict, citations: ResolvedCitation[], config: GroundworkConfig, lines: LineIndex): Finding | undefined {
  const broken = citations.find((c): c is Extract<ResolvedCitation, { broken: string }> => 'broken' in c);
  const severity = broken && shown(statement, 'broken-citation', config);
  if (!broken || !severity) return undefined;
  const best = verdict.kind === 'supported' ? verdict.evidence[0] : undefined;
  const doc = best && corpus.getDocument(best.docId);
  const fix = doc && changeCitationFix(corpus, draft, broken.citation, doc, config);
  return {
    code: 'broken-citation',
    severity,
    message: `The citation ${broken.citation.target} is not a source: ${broken.broken}${doc ? `; ${doc.path} supports the statement` : verdict.kind === 'unsupported' ? '; no other source supports the statement' : ''}`,
    span: broken.citation.span,
    range: lines.rangeOf(broken.citation.span),
    evidence: verdict.kind === 'supported' ? verdict.evidence : [],
    fixes: fix ? [fix] : [],
  };
}

function mismatchFinding(corpus: Corpus, draft: Draft, statement: Statement, overall: Verdict, citations: ResolvedCitation[], supporter: SourceDocument | undefined, config: GroundworkConfig, lines: LineIndex): Finding | undefined {
  const severity = supporter && shown(statement, 'citation-mismatch', config);
  if (!supporter || !severity) return undefined;
  const cited = citations.filter((c): c is Extract<ResolvedCitation, { doc: SourceDocument }> => 'doc' in c);
  const first = cited[0]!;
  const fix = changeCitationFix(corpus, draft, first.citation, supporter, config);
  const names = [...new Set(cited.map((c) => c.doc.path))].join(', ');
  return {
    code: 'citation-mismatch',
    severity,
    message: `The cited source (${names}) does not support this statement; ${supporter.path} does (support ${overall.score.toFixed(2)})`,
    span: first.citation.span,
    range: lines.rangeOf(first.citation.span),
    evidence: overall.evidence,
    fixes: fix ? [fix] : [],
  };
}

function uncitedFinding(corpus: Corpus, draft: Draft, statement: Statement, verdict: Verdict, citations: ResolvedCitation[], config: GroundworkConfig, lines: LineIndex): Finding | undefined {
  if (!config.requireCitations || verdict.kind !== 'supported' || citations.length > 0) return undefined;
  const severity = shown(statement, 'uncited-statement', config);
  if (!severity) return undefined;
  const best = verdict.evidence[0];
  const doc = best && corpus.getDocument(best.docId);
  return {
    code: 'uncited-statement',
    severity,
    message: `This statement cites no source${doc ? `; ${doc.path} supports it` : ''}`,
    span: statement.span,
    range: lines.rangeOf(statement.span),
    evidence: verdict.evidence,
    fixes: doc ? [insertCitationFix(corpus, draft, statement, doc, draftStyle(corpus, draft, config), config)] : [],
  };
}

function uniqueDocs(citations: ResolvedCitation[]): SourceDocument[] {
  const docs = new Map<string, SourceDocument>();
  for (const c of citations) if ('doc' in c) docs.set(c.doc.id, c.doc);
  return [...docs.values()];
}

/** The draft range a finding underlines: the quote or figure at fault, else the statement. */
function focusSpan(statement: Statement, verdict: Verdict): Span {
  if (!verdict.focus) return statement.span;
  return { start: draftOffsetOf(statement, verdict.focus.start), end: draftOffsetOf(statement, verdict.focus.end - 1) + 1 };
}

/**
 * The draft range of a quote's words, without the punctuation the writer put around them inside
 * the marks (`"... uncertain,"`): the source's words replace the words, the writer's comma stays.
 */
function quotedWordsSpan(statement: Statement, focus: Span): Span {
  const quote = statement.text.slice(focus.start, focus.end);
  const lead = quote.length - quote.replace(/^\s+/, '').length;
  const trail = quote.length - quote.replace(/[\s,.;:!?]+$/, '').length;
  const start = focus.start + lead;
  const end = Math.max(start + 1, focus.end - trail);
  return { start: draftOffsetOf(statement, start), end: draftOffsetOf(statement, end - 1) + 1 };
}

function fixesFor(draft: Draft, statement: Statement, verdict: Verdict): Fix[] {
  const fixes: Fix[] = [];
  if (verdict.kind === 'misquote' && verdict.focus && verdict.conflict) {
    fixes.push({ title: `Replace with the source's words: "${verdict.conflict.source}"`, span: quotedWordsSpan(statement, verdict.focus), replacement: verdict.conflict.source });
  }
  if (verdict.kind === 'number-mismatch' && verdict.focus && verdict.number) {
    fixes.push({ title: `Change ${verdict.number.draft} to ${verdict.number.source}, as the source says`, span: focusSpan(statement, verdict), replacement: verdict.number.source });
  }
  if (verdict.kind === 'misattributed' && verdict.conflict) {
    const at = statement.text.indexOf(verdict.conflict.draft, verdict.focus?.end ?? 0);
    const start = at >= 0 ? at : statement.text.indexOf(verdict.conflict.draft);
    if (start >= 0) {
      const span = { start: draftOffsetOf(statement, start), end: draftOffsetOf(statement, start + verdict.conflict.draft.length - 1) + 1 };
      if (draft.text.slice(span.start, span.end) === verdict.conflict.draft) {
        fixes.push({ title: `Attribute the quote to ${verdict.conflict.source}`, span, replacement: verdict.conflict.source });
      }
    }
  }
  return fixes;
}

export { worseVerdict } from './grounding/claim.js';

/** Scores a claim (one or more plain-text sentences) against one source text: `groundwork score`. */
export function scoreClaim(source: string, claim: string, config?: GroundworkConfig): { score: number; verdict: VerdictKind } {
  return scoreClaimAgainst(source, claim, { threshold: config?.threshold ?? DEFAULT_THRESHOLD });
}
