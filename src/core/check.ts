// The one entry point both front ends call: a draft and a corpus in, a verdict per statement out.
import type { GroundworkConfig } from './config/types.js';
import { DEFAULT_THRESHOLD } from './config/types.js';
import type { Corpus } from './index/corpus.js';
import type { Draft, DraftReport, Finding, FindingCode, Severity, SourceDocument, Statement, StatementResult, Verdict, VerdictKind } from './model.js';
import { citedCorpus, resolveCitations, type ResolvedCitation } from './citations.js';
import { brokenCitationFinding } from './findings/broken-citation.js';
import type { CitationContext } from './findings/citation-context.js';
import { citationMismatchFinding } from './findings/citation-mismatch.js';
import { codeOfVerdict, ruleOf } from './findings/index.js';
import { focusSpan } from './findings/spans.js';
import { uncitedFinding } from './findings/uncited-statement.js';
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
  const ctx: CitationContext = { corpus, draft, statement, config, lines, citations, severity: (code) => shown(statement, code, config) };
  const broken = brokenCitationFinding(ctx, verdict);
  const finding = (fromVerdict?.code === 'unsupported-statement' ? broken ?? fromVerdict : fromVerdict ?? broken)
    ?? citationMismatchFinding(ctx, overall, supporter)
    ?? uncitedFinding(ctx, verdict);
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
  const code = codeOfVerdict(verdict.kind);
  const severity = shown(statement, code, config);
  if (!severity) return undefined;
  const span = focusSpan(statement, verdict);
  return { code, severity, message: verdict.message, span, range: lines.rangeOf(span), evidence: verdict.evidence, fixes: ruleOf(code).fixes?.(draft, statement, verdict) ?? [] };
}

function uniqueDocs(citations: ResolvedCitation[]): SourceDocument[] {
  const docs = new Map<string, SourceDocument>();
  for (const c of citations) if ('doc' in c) docs.set(c.doc.id, c.doc);
  return [...docs.values()];
}

/** Scores a claim (one or more plain-text sentences) against one source text: `groundwork score`. */
export function scoreClaim(source: string, claim: string, config?: GroundworkConfig): { score: number; verdict: VerdictKind } {
  return scoreClaimAgainst(source, claim, { threshold: config?.threshold ?? DEFAULT_THRESHOLD });
}
