// `broken-citation`: a citation that points at something that is not a source.
import { changeCitationFix, type ResolvedCitation } from '../citations.js';
import type { Finding, Verdict } from '../model.js';
import type { CitationContext } from './citation-context.js';
import type { FindingRule } from './rule.js';

export const brokenCitation: FindingRule = {
  code: 'broken-citation',
  title: 'Citation to something that is not a source',
  description: 'A link in the statement points at a source file that was not read: it does not exist, is excluded, or could not be read. Fix the path, or add the file to the sources.',
  severity: 'error',
};

/** The finding for the statement's first broken citation, with a fix that cites what supports it. */
export function brokenCitationFinding(ctx: CitationContext, verdict: Verdict): Finding | undefined {
  const broken = ctx.citations.find((c): c is Extract<ResolvedCitation, { broken: string }> => 'broken' in c);
  const severity = broken && ctx.severity('broken-citation');
  if (!broken || !severity) return undefined;
  const best = verdict.kind === 'supported' ? verdict.evidence[0] : undefined;
  const doc = best && ctx.corpus.getDocument(best.docId);
  const fix = doc && changeCitationFix(ctx.corpus, ctx.draft, broken.citation, doc, ctx.config);
  return {
    code: 'broken-citation',
    severity,
    message: `The citation ${broken.citation.target} is not a source: ${broken.broken}${doc ? `; ${doc.path} supports the statement` : verdict.kind === 'unsupported' ? '; no other source supports the statement' : ''}`,
    span: broken.citation.span,
    range: ctx.lines.rangeOf(broken.citation.span),
    evidence: verdict.kind === 'supported' ? verdict.evidence : [],
    fixes: fix ? [fix] : [],
  };
}
