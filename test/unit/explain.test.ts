import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { evidenceRows, excerpt, explainStatement, markPassage, type MarkedText } from '../../src/core/explain.js';
import type { Corpus } from '../../src/core/index/corpus.js';
import type { DraftReport, StatementResult } from '../../src/core/model.js';
import { Corpus as CorpusClass } from '../../src/core/index/corpus.js';
import { seedDocuments } from '../helpers/seeds.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DRAFT = 'examples/pax-silica-draft.md';

function marked(parts: MarkedText[], mark: MarkedText['mark']): string[] {
  return parts.filter((p) => p.mark === mark).map((p) => p.text);
}

describe('explaining a verdict', () => {
  let corpus: Corpus;
  let report: DraftReport;
  const result = (start: string): StatementResult => {
    const found = report.results.find((r) => r.statement.text.startsWith(start));
    assert.ok(found, `a statement starting "${start}"`);
    return found;
  };

  before(() => {
    // Titles and dates as the source readers find them in the seeds' headers.
    corpus = CorpusClass.build(seedDocuments().map((d) => ({ ...d, title: `Title of ${d.id}`, published: '2025-12-12' })));
    report = checkDraft(corpus, parseDraft(readFileSync(join(ROOT, DRAFT), 'utf8'), DRAFT), defaultConfig());
  });

  it('a misquote shows the one source quote it departs from, and no diff syntax in its reason', () => {
    const explained = explainStatement(corpus, result('Zhou Mi, a senior researcher'));
    const quoted = report.results.find((r) => r.verdict.kind === 'misquote')!;
    const misquote = explainStatement(corpus, quoted);
    assert.equal(misquote.title, 'Misquote');
    assert.equal(misquote.rows.length, 1);
    assert.equal(misquote.rows[0]!.label, 'Source quote');
    assert.equal(misquote.rows[0]!.role, 'conflicts');
    assert.match(misquote.reason, /which has "Companies are likely to proceed cautiously"/);
    assert.doesNotMatch(misquote.reason, /\{\+|\[-/);
    assert.ok(misquote.diff?.some((p) => p.op === 'insert' && p.text === 'cautiously'));
    assert.equal(explained.kind, 'supported');
  });

  it('a figure that differs is marked in the passage, the draft figure in the statement', () => {
    const explained = explainStatement(corpus, report.results.find((r) => r.verdict.kind === 'number-mismatch')!);
    assert.equal(explained.rows.length, 1);
    assert.equal(explained.rows[0]!.label, 'Passage with the figure');
    assert.deepEqual(marked(explained.rows[0]!.passage, 'conflict'), ['nine']);
    assert.deepEqual(marked(explained.statement, 'conflict'), ['eight']);
    assert.equal(explained.rows[0]!.title, 'Title of global-times-pax-silica-alliance');
    assert.equal(explained.rows[0]!.published, '2025-12-12');
  });

  it('a supported statement lists only passages that support it, best first, with shared words marked', () => {
    const explained = explainStatement(corpus, result('Foreign Ministry Spokesperson Guo Jiakun said'));
    assert.ok(explained.rows.length >= 1);
    assert.ok(explained.rows.every((r) => r.role === 'supports' && r.label === 'Supporting passage'));
    const scores = explained.rows.map((r) => r.evidence.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    assert.ok(marked(explained.rows[0]!.passage, 'match').some((t) => /Guo Jiakun/.test(t)), JSON.stringify(explained.rows[0]!.passage));
    assert.deepEqual(explained.missing, []);
  });

  it('an unsupported statement marks the words no source has and shows no unrelated passage', () => {
    const explained = explainStatement(corpus, result('The alliance is expected to create two million jobs'));
    assert.equal(explained.kind, 'unsupported');
    const missing = marked(explained.statement, 'missing').join(' ');
    assert.match(missing, /Ohio/);
    assert.match(missing, /jobs/);
    // Support 0.00: the nearest passage is about something else.
    assert.deepEqual(explained.rows, []);
  });

  it('every flagged statement of the sample has at most one row, every row bears on the verdict', () => {
    for (const r of report.results) {
      const rows = evidenceRows(r.verdict);
      if (r.verdict.kind !== 'supported') assert.ok(rows.length <= 1, `${r.verdict.kind}: ${rows.length} rows`);
      assert.ok(rows.length <= r.verdict.evidence.length);
    }
  });
});

describe('marking a passage', () => {
  it('joins neighbouring shared words into one run and keeps every character', () => {
    const text = 'The Critical Minerals Production Alliance has nine members.';
    const parts = markPassage(text, new Set(['critical', 'mineral']), ['nine']);
    assert.equal(parts.map((p) => p.text).join(''), text);
    assert.deepEqual(marked(parts, 'match'), ['Critical Minerals']);
    assert.deepEqual(marked(parts, 'conflict'), ['nine']);
  });

  it('marks a conflicting term only as a whole word', () => {
    const parts = markPassage('Canadian officials met in Canada.', new Set(), ['Canada']);
    assert.deepEqual(marked(parts, 'conflict'), ['Canada']);
    assert.equal(parts.map((p) => p.text).join(''), 'Canadian officials met in Canada.');
  });
});

describe('an evidence excerpt', () => {
  const long = 'The US-led move follows an announcement by the Group of Seven (G7), which on November 1 unveiled a total of 26 new investments and partnerships under the so-called Critical Minerals Production Alliance with nine allied countries to secure critical minerals supply chains.';

  it('keeps the figure it is cited for when the passage is longer than the room', () => {
    const cut = excerpt(long, 120, ['nine']);
    assert.ok(cut.length <= 120, `${cut.length}: ${cut}`);
    assert.match(cut, /\bnine allied countries\b/);
    assert.ok(cut.startsWith('…'));
  });

  it('cuts at the end, on a word boundary, when the figure is near the start or there is none', () => {
    const cut = excerpt(long, 80, ['G7']);
    assert.ok(cut.endsWith('…') && !cut.startsWith('…'));
    assert.ok(cut.length <= 80);
    assert.match(cut, /\w…$/);
    assert.equal(excerpt('Short text.', 80, ['nine']), 'Short text.');
  });
});
