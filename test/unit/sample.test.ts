import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import type { DraftReport, VerdictKind } from '../../src/core/model.js';
import { seedCorpus } from '../helpers/seeds.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DRAFT = 'examples/pax-silica-draft.md';

// The sample draft is the README's demo: each of its statements pins one verdict a reviewer
// would agree with.
const EXPECTED: [string, VerdictKind][] = [
  ['The US is forming a coalition at a summit on Friday', 'supported'],
  ['The move follows the signing of a preamble agreement', 'supported'],
  ['The Pax Silica Declaration brings Singapore', 'supported'],
  ['Foreign Ministry Spokesperson Guo Jiakun said', 'supported'],
  ['"All parties should adhere', 'supported'],
  ['The partnership also includes Canada', 'contradicted'],
  ['Zhou Mi, a senior researcher', 'supported'],
  ['"Companies are likely to proceed quickly,"', 'misquote'],
  ['Existing related investment projects', 'contradicted'],
  ['"China\'s dual role', 'misattributed'],
  ['An industry expert surnamed Gao', 'supported'],
  ['The G7 unveiled 26 new investments', 'number-mismatch'],
  ['Under President Trump', 'supported'],
  ['The US Geological Survey added 10 new items', 'supported'],
  ['The alliance is expected to create two million jobs', 'unsupported'],
  ["Our correspondent's own assessment", 'unsupported'],
];

describe('the sample draft', () => {
  let report: DraftReport;
  before(() => {
    const draft = parseDraft(readFileSync(join(ROOT, DRAFT), 'utf8'), DRAFT);
    report = checkDraft(seedCorpus(), draft, defaultConfig());
  });

  for (const [start, kind] of EXPECTED) {
    it(`${start}… is ${kind}`, () => {
      const result = report.results.find((r) => r.statement.text.startsWith(start));
      assert.ok(result, `statement starting ${start}`);
      assert.equal(result.verdict.kind, kind, result.verdict.message);
      if (kind !== 'supported') assert.ok(result.verdict.evidence.length > 0 || kind === 'unsupported');
    });
  }

  it('a suppressed statement has a verdict but no finding', () => {
    const result = report.results.find((r) => r.statement.text.startsWith("Our correspondent's own assessment"));
    assert.equal(result?.finding, undefined);
  });

  it('headings, front matter and code are not checked', () => {
    const texts = report.results.map((r) => r.statement.text);
    assert.ok(!texts.some((t) => /Pax Silica: a minerals alliance|Sample desk|Code is never checked/.test(t)));
  });

  it('cites its sources in a mix of styles and shows each citation code (with require-citations)', () => {
    const draftText = readFileSync(join(ROOT, DRAFT), 'utf8');
    const cited = checkDraft(seedCorpus(), parseDraft(draftText, DRAFT), { ...defaultConfig(), requireCitations: true });
    const codeOf = (start: string): string | undefined => cited.results.find((r) => r.statement.text.startsWith(start))?.finding?.code;
    const styles = cited.results.flatMap((r) => (r.cited ? r.statement.citations!.map((c) => c.style) : []));
    assert.deepEqual([...new Set(styles)].sort(), ['footnote', 'inline', 'reference']);
    assert.equal(codeOf('The US is forming a coalition'), undefined);
    assert.equal(codeOf('The Pax Silica Declaration brings'), undefined);
    assert.equal(codeOf('Under President Trump'), 'citation-mismatch');
    assert.equal(codeOf('The US Geological Survey added 10 new items'), 'broken-citation');
    assert.equal(codeOf('The move follows the signing'), 'uncited-statement');
    // The labels of citations are not judged as the statement's words: the verdicts are those of the uncited draft.
    assert.deepEqual(cited.results.map((r) => r.verdict.kind), report.results.map((r) => r.verdict.kind));
    assert.ok(cited.results.every((r) => !/Global Times|USGS/.test(r.statement.text)));
  });

  it('a finding underlines the quote or figure at fault, not the whole statement', () => {
    const draftText = readFileSync(join(ROOT, DRAFT), 'utf8');
    const figure = report.results.find((r) => r.verdict.kind === 'number-mismatch')!.finding!;
    assert.equal(draftText.slice(figure.span.start, figure.span.end), 'eight');
    assert.deepEqual(figure.fixes.map((f) => f.replacement), ['nine']);
    const misquote = report.results.find((r) => r.verdict.kind === 'misquote')!.finding!;
    assert.equal(draftText.slice(misquote.span.start, misquote.span.end), 'Companies are likely to proceed quickly,');
  });
});
