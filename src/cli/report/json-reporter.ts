// `--format json`: every checked statement, supported or not, in a stable shape (version 1).
// Files are written as they are checked, so memory stays flat however many drafts there are.
import { jsonPrintable } from '../../core/text/printable.js';
import type { ArticleInfo, Evidence, Fix, StatementResult, VerdictKind } from '../../core/model.js';
import { LineIndex } from '../../core/text/lines.js';
import type { CheckedDraft, CheckReporter, CheckSummary, Output } from './reporter.js';
import { oneBased, type OneBasedRange } from './positions.js';
import { statusOf, type StatementSeverity } from './statement-status.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonEvidence {
  source: string;
  /** Lines and columns of the source's text (for html and pdf: of the extracted text). */
  range: OneBasedRange;
  text: string;
  score: number;
  page?: number;
  /** Evidence from the archive server: the article (id, title, published, url, outlet). */
  article?: ArticleInfo;
}

export interface JsonFix {
  title: string;
  range: OneBasedRange;
  replacement: string;
  /** Further edits made with this one (a footnote definition at the end of the draft). */
  edits?: { range: OneBasedRange; replacement: string }[];
}

export interface JsonStatement {
  text: string;
  range: OneBasedRange;
  verdict: VerdictKind;
  score: number;
  code: string;
  severity: StatementSeverity;
  message: string;
  evidence: JsonEvidence[];
  /** The part of the statement the finding is about (a quote, a figure), when flagged. */
  findingRange?: OneBasedRange;
  fixes?: JsonFix[];
  /** The sources the statement cites (paths), when it cites any. */
  cited?: string[];
}

export interface JsonFile {
  path: string;
  statements: JsonStatement[];
}

/** The summary has the reporter's counts; `finished` writes them in the documented key order. */
export type JsonSummary = CheckSummary;

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  files: JsonFile[];
  summary: JsonSummary;
}

export class JsonReporter implements CheckReporter {
  private filesWritten = 0;

  constructor(private readonly out: Output) {
    out.write(`{\n  "version": ${JSON_REPORT_VERSION},\n  "files": [`);
  }

  draftChecked({ draft, report }: CheckedDraft): void {
    const lines = new LineIndex(draft.text);
    const file: JsonFile = { path: report.path, statements: report.results.map((r) => jsonStatement(r, lines)) };
    const body = jsonPrintable(JSON.stringify(file, null, 2)).replace(/\n/g, '\n    ');
    this.out.write(`${this.filesWritten++ === 0 ? '' : ','}\n    ${body}`);
  }

  finished(summary: CheckSummary): void {
    const jsonSummary: JsonSummary = {
      statements: summary.statements,
      supported: summary.supported,
      flagged: summary.flagged,
      errors: summary.errors,
      warnings: summary.warnings,
      info: summary.info,
      files: summary.files,
    };
    const close = this.filesWritten > 0 ? '\n  ]' : ']';
    this.out.write(`${close},\n  "summary": ${JSON.stringify(jsonSummary)}\n}\n`);
  }
}

export function jsonStatement(result: StatementResult, draftLines: LineIndex): JsonStatement {
  const { code, severity } = statusOf(result);
  const finding = result.finding;
  const statement: JsonStatement = {
    text: result.statement.text,
    range: oneBased(result.range),
    verdict: result.verdict.kind,
    score: result.verdict.score,
    code,
    severity,
    message: finding?.message ?? result.verdict.message,
    evidence: (finding?.evidence ?? result.verdict.evidence).map(jsonEvidence),
  };
  if (finding) statement.findingRange = oneBased(finding.range);
  if (finding && finding.fixes.length > 0) statement.fixes = finding.fixes.map((f) => jsonFix(f, draftLines));
  if (result.cited) statement.cited = result.cited;
  return statement;
}

function jsonEvidence(e: Evidence): JsonEvidence {
  const out: JsonEvidence = { source: e.source, range: oneBased(e.range), text: e.text, score: e.score };
  if (e.page !== undefined) out.page = e.page;
  if (e.article) out.article = e.article;
  return out;
}

function jsonFix(fix: Fix, lines: LineIndex): JsonFix {
  const out: JsonFix = { title: fix.title, range: oneBased(lines.rangeOf(fix.span)), replacement: fix.replacement };
  if (fix.more?.length) out.edits = fix.more.map((e) => ({ range: oneBased(lines.rangeOf(e.span)), replacement: e.replacement }));
  return out;
}
