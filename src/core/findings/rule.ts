// What every finding code declares about itself, in its own module under src/core/findings/: the
// CLI's rules and --help, SARIF, the README's table (scripts/gen-finding-docs.ts), the default
// severities and the editor's documentation links all read it from there.
import type { Draft, FindingCode, Fix, Severity, Statement, Verdict, VerdictKind } from '../model.js';

export interface FindingRule {
  code: FindingCode;
  /** The verdict this code reports, for the codes that report one. */
  verdict?: Exclude<VerdictKind, 'supported'>;
  /** One line: SARIF's short description, the README table's "meaning" column leads with it. */
  title: string;
  /** What the code means and what to do about it: SARIF's full description, the README's entry. */
  description: string;
  /** Default severity (`severity:` in groundwork.yaml, `groundwork.severity` in VS Code). */
  severity: Severity;
  /**
   * Quick fixes for a statement with this verdict (codes that report a verdict; the citation codes
   * build theirs with the finding).
   */
  fixes?(draft: Draft, statement: Statement, verdict: Verdict): Fix[];
}

/** The README heading that explains a code: `#### \`misquote\`` is found at `#misquote`. */
export function docsAnchor(code: FindingCode): string {
  return code;
}
