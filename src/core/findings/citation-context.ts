// What the citation codes read to build their findings: the statement, its resolved citations
// and its verdict, and the severity the configuration and the statement's suppressions leave.
import type { ResolvedCitation } from '../citations.js';
import type { GroundworkConfig } from '../config/types.js';
import type { Corpus } from '../index/corpus.js';
import type { Draft, FindingCode, Severity, Statement } from '../model.js';
import type { LineIndex } from '../text/lines.js';

export interface CitationContext {
  corpus: Corpus;
  draft: Draft;
  statement: Statement;
  config: GroundworkConfig;
  lines: LineIndex;
  citations: ResolvedCitation[];
  /** The code's severity for this statement, or undefined when it is off or suppressed. */
  severity(code: FindingCode): Severity | undefined;
}
