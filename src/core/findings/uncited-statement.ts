// `uncited-statement`: with `require-citations: true`, a supported statement that cites nothing.
import { draftStyle, insertCitationFix } from '../citations.js';
import type { Finding, Verdict } from '../model.js';
import type { CitationContext } from './citation-context.js';
import type { FindingRule } from './rule.js';

export const uncitedStatement: FindingRule = {
  code: 'uncited-statement',
  title: 'Supported statement that cites no source',
  description: 'With `require-citations: true` in groundwork.yaml, every supported statement must cite a source. The fix inserts a citation to the best evidence in the style the draft already uses (inline link, reference link or footnote).',
  severity: 'info',
};

export function uncitedFinding(ctx: CitationContext, verdict: Verdict): Finding | undefined {
  if (!ctx.config.requireCitations || verdict.kind !== 'supported' || ctx.citations.length > 0) return undefined;
  const severity = ctx.severity('uncited-statement');
  if (!severity) return undefined;
  const best = verdict.evidence[0];
  const doc = best && ctx.corpus.getDocument(best.docId);
  return {
    code: 'uncited-statement',
    severity,
    message: `This statement cites no source${doc ? `; ${doc.path} supports it` : ''}`,
    span: ctx.statement.span,
    range: ctx.lines.rangeOf(ctx.statement.span),
    evidence: verdict.evidence,
    fixes: doc ? [insertCitationFix(ctx.corpus, ctx.draft, ctx.statement, doc, draftStyle(ctx.corpus, ctx.draft, ctx.config), ctx.config)] : [],
  };
}
