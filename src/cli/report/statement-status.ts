import { codeOfVerdict } from '../../core/findings/index.js';
import type { Severity, StatementResult } from '../../core/model.js';

export type StatementSeverity = Severity | 'none' | 'off';

/**
 * The code and severity every format reports for a statement: `supported`/`none` when a source
 * supports it; the finding's code and severity when it is flagged; and for a statement whose
 * finding is suppressed by a comment or whose code's severity is `off`, the verdict's code with
 * severity `off` (so a reader can still tell what was silenced).
 */
export function statusOf(result: StatementResult): { code: string; severity: StatementSeverity } {
  if (result.finding) return { code: result.finding.code, severity: result.finding.severity };
  if (result.verdict.kind === 'supported') return { code: 'supported', severity: 'none' };
  return { code: codeOfVerdict(result.verdict.kind), severity: 'off' };
}
