import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config/types.js';
import type { Draft, DraftReport, Evidence, Finding, Severity, Statement, StatementResult, Verdict } from '../../src/core/model.js';
import { LineIndex } from '../../src/core/text/lines.js';
import { COLORS, NO_COLORS } from '../../src/cli/colors.js';
import { annotation, GithubReporter } from '../../src/cli/report/github-reporter.js';
import { JsonReporter, type JsonReport } from '../../src/cli/report/json-reporter.js';
import { InMemoryReporter } from '../../src/cli/report/memory-reporter.js';
import { addToSummary, emptySummary, failsAt, type CheckedDraft, type CheckReporter } from '../../src/cli/report/reporter.js';
import { SarifReporter } from '../../src/cli/report/sarif-reporter.js';
import { TextReporter } from '../../src/cli/report/text-reporter.js';

// A draft of four statements: supported, misquoted, unsupported (suppressed), unsupported.
const DRAFT_TEXT = [
  '# Pax Silica',
  '',
  'Nine countries signed the declaration. Guo said it was "a small circle, of sorts".',
  '',
  'The alliance is doomed. The alliance will fail.',
  '',
].join('\n');

const SOURCE_SENTENCE = 'Guo Jiakun said the alliance was "a small clique" formed by a few countries.';

function evidence(source = 'seeds/global-times.txt', line = 17, text = SOURCE_SENTENCE, page?: number): Evidence {
  return {
    docId: 'global-times',
    source,
    span: { start: 400, end: 400 + text.length },
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
    text,
    score: 0.71,
    ...(page !== undefined ? { page } : {}),
  };
}

function statement(index: number, sentence: string, suppressed = false): Statement {
  const start = DRAFT_TEXT.indexOf(sentence);
  assert.ok(start >= 0, sentence);
  return {
    index,
    text: sentence,
    span: { start, end: start + sentence.length },
    runs: [{ text: 0, draft: start, length: sentence.length }],
    quotes: [],
    block: 'paragraph',
    ...(suppressed ? { suppression: { all: true, codes: [] } } : {}),
  };
}

const lines = new LineIndex(DRAFT_TEXT);

function result(s: Statement, verdict: Verdict, finding?: Omit<Finding, 'range' | 'span'> & { focus?: string }): StatementResult {
  const r: StatementResult = { statement: s, range: lines.rangeOf(s.span), verdict };
  if (finding) {
    const { focus, ...rest } = finding;
    const at = focus ? DRAFT_TEXT.indexOf(focus, s.span.start) : s.span.start;
    const span = focus ? { start: at, end: at + focus.length } : s.span;
    r.finding = { ...rest, span, range: lines.rangeOf(span) };
  }
  return r;
}

function sampleDraft(severityOfUnsupported: Severity = 'warning'): CheckedDraft {
  const supported = statement(0, 'Nine countries signed the declaration.');
  const misquoted = statement(1, 'Guo said it was "a small circle, of sorts".');
  const suppressed = statement(2, 'The alliance is doomed.', true);
  const unsupported = statement(3, 'The alliance will fail.');
  const quoteDiff = [
    { op: 'equal' as const, text: 'a small' },
    { op: 'delete' as const, text: 'circle, of sorts' },
    { op: 'insert' as const, text: 'clique' },
  ];
  const results = [
    result(supported, { kind: 'supported', score: 0.92, message: 'Supported by seeds/global-times.txt (support 0.92)', evidence: [evidence()] }),
    result(
      misquoted,
      { kind: 'misquote', score: 0.4, message: 'Quote not verbatim in seeds/global-times.txt', evidence: [evidence()], quote: { draft: 'a small circle, of sorts', diff: quoteDiff } },
      {
        code: 'misquote',
        severity: 'error',
        message: 'Quote not verbatim in seeds/global-times.txt',
        evidence: [evidence()],
        fixes: [{ title: 'Replace with the source\'s words: "a small clique"', span: { start: DRAFT_TEXT.indexOf('a small circle'), end: DRAFT_TEXT.indexOf('a small circle') + 'a small circle, of sorts'.length }, replacement: 'a small clique' }],
        focus: 'a small circle, of sorts',
      },
    ),
    result(suppressed, { kind: 'unsupported', score: 0.1, message: 'No source supports: doomed', evidence: [] }),
    result(
      unsupported,
      { kind: 'unsupported', score: 0.2, message: 'No source supports: fail', evidence: [evidence('seeds/minerals.pdf', 3, 'The alliance will secure supply chains.', 2)] },
      { code: 'unsupported-statement', severity: severityOfUnsupported, message: 'No source supports: fail', evidence: [evidence('seeds/minerals.pdf', 3, 'The alliance will secure supply chains.', 2)], fixes: [] },
    ),
  ];
  const draft: Draft = { path: 'drafts/pax silica.md', text: DRAFT_TEXT, statements: results.map((r) => r.statement) };
  const report: DraftReport = { path: draft.path, results };
  return { draft, report };
}

/** Feeds drafts to a reporter the way `check` does, and returns what it wrote. */
function render(make: (out: { write(t: string): void }) => CheckReporter, drafts: CheckedDraft[]): string {
  let text = '';
  const reporter = make({ write: (t) => (text += t) });
  const summary = emptySummary();
  for (const d of drafts) {
    addToSummary(summary, d.report);
    reporter.draftChecked(d);
  }
  reporter.finished(summary);
  return text;
}

describe('CLI reporters', () => {
  describe('text', () => {
    it('lists each flagged statement as path:line:col severity code message, with its best evidence and the quote diff', () => {
      const text = render((out) => new TextReporter(out, { colors: NO_COLORS, verbose: false }), [sampleDraft()]);
      const out = text.split('\n');
      assert.equal(out[0], 'drafts/pax silica.md:3:57 error misquote Quote not verbatim in seeds/global-times.txt');
      assert.equal(out[1], `    evidence: seeds/global-times.txt:18:1  "${SOURCE_SENTENCE}"`);
      assert.equal(out[2], '    diff: a small [-circle, of sorts-] {+clique+}');
      // PDF evidence: the page, not the line of the extracted text.
      assert.equal(out[3], 'drafts/pax silica.md:5:25 warning unsupported-statement No source supports: fail');
      // The nearest passage of an unsupported statement is labelled as such, not as evidence.
      assert.equal(out[4], '    closest: seeds/minerals.pdf p. 2  "The alliance will secure supply chains."');
      assert.ok(!text.includes('Nine countries'), 'supported statements are not listed');
      assert.ok(!text.includes('doomed'), 'suppressed statements are not listed');
      assert.equal(out.at(-2), '4 statements, 1 supported, 2 flagged (1 error, 1 warning, 0 info) in 1 file');
      assert.ok(!text.includes('\u001b['), 'no colour codes');
    });

    it('lists supported and silenced statements too with --verbose', () => {
      const text = render((out) => new TextReporter(out, { colors: NO_COLORS, verbose: true }), [sampleDraft()]);
      assert.match(text, /^drafts\/pax silica\.md:3:1 supported Supported by seeds\/global-times\.txt/m);
      assert.match(text, /^drafts\/pax silica\.md:5:1 off unsupported-statement No source supports: doomed$/m);
    });

    it('colours severities when asked to', () => {
      const text = render((out) => new TextReporter(out, { colors: COLORS, verbose: false }), [sampleDraft()]);
      assert.ok(text.includes('\u001b[31merror\u001b[39m'));
    });
  });

  describe('json', () => {
    it('reports every statement with 1-based ranges, verdict, code, severity, evidence and fixes', () => {
      const report = JSON.parse(render((out) => new JsonReporter(out), [sampleDraft()])) as JsonReport;
      assert.equal(report.version, 1);
      assert.equal(report.files.length, 1);
      const [supported, misquote, suppressed, unsupported] = report.files[0]!.statements;
      assert.equal(report.files[0]!.path, 'drafts/pax silica.md');
      assert.equal(report.files[0]!.statements.length, 4);
      assert.deepEqual(
        { code: supported!.code, severity: supported!.severity, verdict: supported!.verdict, range: supported!.range },
        { code: 'supported', severity: 'none', verdict: 'supported', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 39 } } },
      );
      assert.equal(supported!.text, 'Nine countries signed the declaration.');
      assert.deepEqual(supported!.evidence[0], {
        source: 'seeds/global-times.txt',
        range: { start: { line: 18, column: 1 }, end: { line: 18, column: SOURCE_SENTENCE.length + 1 } },
        text: SOURCE_SENTENCE,
        score: 0.71,
      });
      assert.equal(misquote!.code, 'misquote');
      assert.equal(misquote!.severity, 'error');
      assert.equal(misquote!.score, 0.4);
      assert.deepEqual(misquote!.fixes, [
        { title: 'Replace with the source\'s words: "a small clique"', range: { start: { line: 3, column: 57 }, end: { line: 3, column: 81 } }, replacement: 'a small clique' },
      ]);
      assert.deepEqual(misquote!.findingRange, { start: { line: 3, column: 57 }, end: { line: 3, column: 81 } });
      assert.equal(suppressed!.code, 'unsupported-statement');
      assert.equal(suppressed!.severity, 'off');
      assert.equal(unsupported!.evidence[0]!.page, 2);
      assert.equal(unsupported!.fixes, undefined);
      assert.deepEqual(
        { statements: report.summary.statements, supported: report.summary.supported, flagged: report.summary.flagged },
        { statements: 4, supported: 1, flagged: 2 },
      );
    });

    it('is valid JSON with no drafts, and with several', () => {
      assert.deepEqual(JSON.parse(render((out) => new JsonReporter(out), [])).files, []);
      const two = JSON.parse(render((out) => new JsonReporter(out), [sampleDraft(), sampleDraft()])) as JsonReport;
      assert.equal(two.files.length, 2);
      assert.equal(two.summary.statements, 8);
    });
  });

  describe('sarif', () => {
    const sarifOf = (drafts: CheckedDraft[]) =>
      JSON.parse(render((out) => new SarifReporter(out, defaultConfig()), drafts)) as {
        $schema: string;
        version: string;
        runs: { tool: { driver: { name: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string } }[] } }; results: any[] }[];
      };

    it('is a SARIF 2.1.0 log with one rule per finding code and one result per finding', () => {
      const log = sarifOf([sampleDraft('info')]);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const driver = log.runs[0]!.tool.driver;
      assert.equal(driver.name, 'groundwork');
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepEqual(driver.rules.map((r) => r.id), ['unsupported-statement', 'misquote', 'misattributed-quote', 'number-mismatch', 'contradicted-statement', 'citation-mismatch', 'broken-citation', 'uncited-statement']);
      for (const rule of driver.rules) {
        assert.ok(rule.shortDescription.text && rule.fullDescription.text);
        // Each rule's help is its own entry of the README.
        assert.ok(rule.helpUri.startsWith('https://') && rule.helpUri.endsWith(`#${rule.id}`), rule.helpUri);
      }
      assert.equal(driver.rules[0]!.defaultConfiguration.level, 'warning');
      const results = log.runs[0]!.results;
      assert.deepEqual(results.map((r) => [r.ruleId, r.level]), [['misquote', 'error'], ['unsupported-statement', 'note']]);
      const location = results[0].locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'drafts/pax%20silica.md');
      assert.deepEqual(location.region, { startLine: 3, startColumn: 57, endLine: 3, endColumn: 81 });
      assert.equal(results[0].message.text, 'Quote not verbatim in seeds/global-times.txt');
      const related = results[0].relatedLocations[0];
      assert.equal(related.physicalLocation.artifactLocation.uri, 'seeds/global-times.txt');
      assert.equal(related.physicalLocation.region.startLine, 18);
      assert.equal(related.physicalLocation.region.snippet.text, SOURCE_SENTENCE);
      // PDF lines are lines of extracted text: no line numbers, the page in the message.
      const pdf = results[1].relatedLocations[0];
      assert.equal(pdf.physicalLocation.region.startLine, undefined);
      assert.match(pdf.message.text, /page 2/);
      assert.equal(results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'a small clique');
    });

    it('fingerprints a statement the same way from run to run, and repeated sentences apart', () => {
      const first = sarifOf([sampleDraft()]).runs[0]!.results.map((r) => r.partialFingerprints);
      const again = sarifOf([sampleDraft()]).runs[0]!.results.map((r) => r.partialFingerprints);
      assert.deepEqual(first, again);
      assert.notDeepEqual(first[0], first[1]);
      const twice = sampleDraft();
      twice.report.results.push({ ...twice.report.results[3]! });
      const prints = sarifOf([twice]).runs[0]!.results.map((r) => JSON.stringify(r.partialFingerprints));
      assert.equal(new Set(prints).size, prints.length);
    });
  });

  describe('github', () => {
    it('writes one workflow command per finding, notice for info', () => {
      const text = render((out) => new GithubReporter(out), [sampleDraft('info')]);
      const commands = text.split('\n').filter((l) => l.startsWith('::'));
      assert.equal(commands.length, 2);
      assert.ok(commands[0]!.startsWith('::error file=drafts/pax silica.md,line=3,col=57,endLine=3,endColumn=81,title=groundwork misquote::Quote not verbatim in seeds/global-times.txt%0Aevidence: seeds/global-times.txt:18:1'));
      assert.ok(commands[1]!.startsWith('::notice '));
    });

    it('escapes %, CR, LF in messages, and also : and , in properties', () => {
      const finding: Finding = {
        code: 'number-mismatch',
        severity: 'warning',
        message: '100% wrong:\r\nsays 9, not 10',
        span: { start: 0, end: 1 },
        range: { start: { line: 0, character: 0 }, end: { line: 1, character: 4 } },
        evidence: [],
        fixes: [],
      };
      assert.equal(
        annotation('a:b,c%.md', finding),
        '::warning file=a%3Ab%2Cc%25.md,line=1,endLine=2,title=groundwork number-mismatch::100%25 wrong:%0D%0Asays 9, not 10',
      );
    });
  });

  describe('exit status', () => {
    it('--fail-on counts findings at or above its level', () => {
      const summary = emptySummary();
      addToSummary(summary, sampleDraft().report); // 1 error, 1 warning
      assert.equal(failsAt(summary, 'error'), true);
      assert.equal(failsAt(summary, 'none'), false);
      const warningsOnly = emptySummary();
      addToSummary(warningsOnly, { ...sampleDraft().report, results: sampleDraft().report.results.filter((r) => r.finding?.code !== 'misquote') });
      assert.equal(failsAt(warningsOnly, 'error'), false);
      assert.equal(failsAt(warningsOnly, 'warning'), true);
      assert.equal(failsAt(warningsOnly, 'info'), true);
    });
  });

  it('the in-memory reporter keeps the drafts and the summary', () => {
    const reporter = new InMemoryReporter();
    render(() => reporter, [sampleDraft()]);
    assert.equal(reporter.drafts.length, 1);
    assert.equal(reporter.summary?.flagged, 2);
  });
});
