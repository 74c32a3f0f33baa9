// `--format sarif`: SARIF 2.1.0, one run, one rule per finding code, one result per finding.
// All text is plain text (SARIF `message.text`), never Markdown.
import { jsonPrintable } from '../../core/text/printable.js';
import { createHash } from 'node:crypto';
import type { GroundworkConfig } from '../../core/config/types.js';
import { docsAnchor, FINDING_CODES, FINDING_RULES } from '../../core/findings/index.js';
import { type Evidence, type Finding, type LineRange, type SeveritySetting, type StatementResult } from '../../core/model.js';
import { LineIndex } from '../../core/text/lines.js';
import { README_URL, TOOL_NAME, VERSION } from '../about.js';
import { hasFileLines } from './evidence-location.js';
import type { CheckedDraft, CheckReporter, Output } from './reporter.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// Paths in results are relative to the workspace root, which code scanning calls the source root.
const ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
}

export class SarifReporter implements CheckReporter {
  private readonly results: unknown[] = [];

  constructor(
    private readonly out: Output,
    private readonly config: GroundworkConfig,
  ) {}

  draftChecked({ draft, report }: CheckedDraft): void {
    const lines = new LineIndex(draft.text);
    // Identical sentences in one draft get distinct fingerprints by their order of appearance.
    const seen = new Map<string, number>();
    for (const result of report.results) {
      const finding = result.finding;
      if (!finding) continue;
      const key = `${report.path}\u0000${finding.code}\u0000${normalise(result.statement.text)}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      this.results.push(this.sarifResult(report.path, result, finding, lines, fingerprint(key, occurrence)));
    }
  }

  finished(): void {
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: TOOL_NAME,
              version: VERSION,
              semanticVersion: VERSION,
              informationUri: README_URL,
              rules: FINDING_RULES.map(({ code, title, description }) => ({
                id: code,
                name: code,
                shortDescription: { text: title },
                fullDescription: { text: description },
                helpUri: `${README_URL}#${docsAnchor(code)}`,
                defaultConfiguration: ruleConfiguration(this.config.severity[code]),
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: this.results,
        },
      ],
    };
    this.out.write(jsonPrintable(JSON.stringify(log, null, 2)) + '\n');
  }

  private sarifResult(path: string, result: StatementResult, finding: Finding, lines: LineIndex, partialFingerprint: string): unknown {
    const sarif: Record<string, unknown> = {
      ruleId: finding.code,
      ruleIndex: FINDING_CODES.indexOf(finding.code),
      level: levelOf(finding.severity),
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(path), uriBaseId: ROOT }, region: region(finding.range) } }],
      partialFingerprints: { 'groundworkStatement/v1': partialFingerprint },
      properties: { verdict: result.verdict.kind, score: result.verdict.score, statement: result.statement.text },
    };
    if (finding.evidence.length > 0) sarif['relatedLocations'] = finding.evidence.map((e, i) => relatedLocation(e, i + 1));
    if (finding.fixes.length > 0) {
      sarif['fixes'] = finding.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: { uri: encodePath(path), uriBaseId: ROOT },
            replacements: [fix, ...(fix.more ?? [])].map((edit) => ({ deletedRegion: region(lines.rangeOf(edit.span)), insertedContent: { text: edit.replacement } })),
          },
        ],
      }));
    }
    return sarif;
  }
}

function relatedLocation(evidence: Evidence, id: number): unknown {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: encodePath(evidence.source), uriBaseId: ROOT } };
  // Lines of text extracted from html or pdf are not lines of the file: give the passage as a snippet only.
  if (hasFileLines(evidence.source)) physicalLocation['region'] = { ...region(evidence.range), snippet: { text: evidence.text } };
  else physicalLocation['region'] = { snippet: { text: evidence.text } };
  const page = evidence.page !== undefined ? ` (page ${evidence.page})` : '';
  return {
    id,
    message: { text: `Evidence${page}, support ${evidence.score.toFixed(2)}: ${evidence.text}` },
    physicalLocation,
  };
}

function region(range: LineRange): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function levelOf(severity: Finding['severity']): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

function ruleConfiguration(setting: SeveritySetting): { level: SarifLevel; enabled?: boolean } {
  return setting === 'off' ? { level: 'none', enabled: false } : { level: levelOf(setting) };
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Stable across runs and line moves: the draft, the code, the sentence and which repeat of it. */
function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
}
