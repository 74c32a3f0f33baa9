// The candidate-source interface without a server: a second Corpus stands in for the archive
// through the workspace implementation, CorpusCandidates.
import assert from 'node:assert/strict';
import { checkDraftWithArchive } from '../../src/core/candidates/archive-check.js';
import { candidateQueryOf } from '../../src/core/candidates/candidate-source.js';
import { CorpusCandidates } from '../../src/core/candidates/corpus-candidates.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';

function doc(id: string, text: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  return textSource(`sources/${id}.txt`, text, { id, ...meta });
}

const WORKSPACE = Corpus.build([doc('pact', 'The United States signed a critical minerals agreement with Japan on Thursday in Washington.\n')]);
const ARCHIVE = Corpus.build([
  doc('harbour', 'The port authority of Valdoria postponed the harbour dredging project for a third time on Tuesday, citing a shortage of 12 barges.\n', {
    title: 'Harbour dredging postponed again', published: '2024-03-02', url: 'https://news.example/harbour',
  }),
]);

describe('candidate sources', () => {
  it('a query carries the statement\'s terms, names, figures and quotes', () => {
    const draft = parseDraft('Mayor Anna Berg said "we will not wait" about the 12 barges.\n', 'd.md');
    const q = candidateQueryOf(draft.statements[0]!);
    assert.ok(q.terms.includes('barg') || q.terms.some((t) => t.startsWith('barge')), q.terms.join(' '));
    assert.ok(q.names.some((n) => n.includes('Anna Berg')), q.names.join('|'));
    assert.deepEqual(q.figures, ['12']);
    assert.deepEqual(q.quotes, ['we will not wait']);
  });

  it('asks the second source only for what the first does not support, and names its article', async () => {
    const asked: string[] = [];
    const archive = new CorpusCandidates(ARCHIVE);
    const spy = { label: archive.label, fetchDocuments: archive.fetchDocuments.bind(archive), findPassages: (q: Parameters<typeof archive.findPassages>[0], n: number) => (asked.push(q.text), archive.findPassages(q, n)) };
    const draft = parseDraft([
      'The United States signed a critical minerals agreement with Japan on Thursday.',
      '',
      'The port authority of Valdoria postponed the harbour dredging project for a third time, citing a shortage of 14 barges.',
      '',
    ].join('\n'), 'drafts/d.md');
    const report = await checkDraftWithArchive(WORKSPACE, draft, defaultConfig(), spy);
    const [pact, harbour] = report.results;
    assert.equal(pact!.verdict.kind, 'supported');
    assert.equal(pact!.verdict.evidence[0]!.article, undefined);
    assert.equal(asked.length, 1, 'the supported statement is not looked up');
    assert.equal(harbour!.verdict.kind, 'number-mismatch');
    assert.equal(harbour!.finding?.code, 'number-mismatch');
    assert.deepEqual(harbour!.finding!.evidence[0]!.article, { id: 'harbour', title: 'Harbour dredging postponed again', published: '2024-03-02', url: 'https://news.example/harbour' });
  });
});
