// Keeps what a check produced, for tests and for callers that render it themselves.
import type { CheckedDraft, CheckReporter, CheckSummary } from './reporter.js';

export class InMemoryReporter implements CheckReporter {
  readonly drafts: CheckedDraft[] = [];
  summary?: CheckSummary;

  draftChecked(checked: CheckedDraft): void {
    this.drafts.push(checked);
  }

  finished(summary: CheckSummary): void {
    this.summary = summary;
  }
}
