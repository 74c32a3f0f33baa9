// `citation-mismatch`: the cited source does not support the statement, another source does.
import { changeCitationFix, type ResolvedCitation } from '../citations.js';
import type { Finding, SourceDocument, Verdict } from '../model.js';
import type { CitationContext } from './citation-context.js';
import type { FindingRule } from './rule.js';

export const citationMismatch: FindingRule = {
  code: 'citation-mismatch',
  title: 'Statement not supported by the source it cites',
  description: 'The statement cites a source (a link to the source file, its id or url, a reference link or a footnote) that does not support it, while another source does. The message names that source; the fix changes the citation to it.',
  severity: 'warning',
};

/** `overall` is the verdict against every source; `supporter` the source that supports the statement. */
export function citationMismatchFinding(ctx: CitationContext, overall: Verdict, supporter: SourceDocument | undefined): Finding | undefined {
  const severity = supporter && ctx.severity('citation-mismatch');
  if (!supporter || !severity) return undefined;
  const cited = ctx.citations.filter((c): c is Extract<ResolvedCitation, { doc: SourceDocument }> => 'doc' in c);
  const first = cited[0]!;
  const fix = changeCitationFix(ctx.corpus, ctx.draft, first.citation, supporter, ctx.config);
  const names = [...new Set(cited.map((c) => c.doc.path))].join(', ');
  return {
    code: 'citation-mismatch',
    severity,
    message: `The cited source (${names}) does not support this statement; ${supporter.path} does (support ${overall.score.toFixed(2)})`,
    span: first.citation.span,
    range: ctx.lines.rangeOf(first.citation.span),
    evidence: overall.evidence,
    fixes: fix ? [fix] : [],
  };
}
