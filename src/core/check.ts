// The one entry point both front ends call: a draft and a corpus in, a verdict per statement out.
import type { GroundworkConfig } from './config/types.js';
import { DEFAULT_THRESHOLD } from './config/types.js';
import { draftOffsetOf } from './draft/parse.js';
import type { Corpus } from './index/corpus.js';
import {
  CODE_OF_VERDICT, type Draft, type DraftReport, type Finding, type Fix, type Span, type Statement,
  type StatementResult, type Verdict, type VerdictKind,
} from './model.js';
import { scoreClaim as scoreClaimAgainst } from './grounding/claim.js';
import { judgeStatement } from './grounding/verdict.js';
import { LineIndex } from './text/lines.js';

/** Checks every statement of a parsed draft against the corpus. */
export function checkDraft(corpus: Corpus, draft: Draft, config: GroundworkConfig): DraftReport {
  const lines = new LineIndex(draft.text);
  return { path: draft.path, results: draft.statements.map((s) => checkStatement(corpus, draft, s, config, lines)) };
}

/** Checks one statement of a draft; the extension calls this for the statements an edit touched. */
export function checkStatement(corpus: Corpus, draft: Draft, statement: Statement, config: GroundworkConfig, lines = new LineIndex(draft.text)): StatementResult {
  const verdict = judgeStatement(corpus, statement, { threshold: config.threshold });
  const range = lines.rangeOf(statement.span);
  const result: StatementResult = { statement, range, verdict };
  if (verdict.kind === 'supported') return result;
  const code = CODE_OF_VERDICT[verdict.kind];
  const severity = config.severity[code];
  const suppressed = statement.suppression && (statement.suppression.all || statement.suppression.codes.includes(code));
  if (severity === 'off' || suppressed) return result;
  const span = focusSpan(statement, verdict);
  const finding: Finding = {
    code,
    severity,
    message: verdict.message,
    span,
    range: lines.rangeOf(span),
    evidence: verdict.evidence,
    fixes: fixesFor(draft, statement, verdict),
  };
  result.finding = finding;
  return result;
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
