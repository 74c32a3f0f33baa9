// A first start with no saved index reads the sources on worker threads (issue #11): the writer
// must get the index, and so the findings, that reading them on the extension host gives, and
// the same again when no thread can start. Every file this suite adds is removed again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { writePdf } from '../../fixtures/sources/pdf-writer.js';
import { closeAll, codeOf, groundwork, groundworkDiagnostics, openDraft, until, workspaceUri } from './groundwork-session.js';

const PEOPLE = ['Guo Jiakun', 'Zhou Mi', 'Jane Doe', 'Ruiz', 'Li Wei', 'Maria Santos'];
const PLACES = ['Beijing', 'Washington', 'Geneva', 'Nevada', 'Singapore', 'Canberra'];

/** A source of its own for `n`: names, quotes, figures and words that other sources share. */
function article(n: number): string {
  const who = PEOPLE[n % PEOPLE.length]!;
  const where = PLACES[(n * 5) % PLACES.length]!;
  return [
    `Report ${n}: supply chains and the Pax Silica alliance`,
    '',
    `${who}, a spokesperson in ${where}, said on Tuesday that exports of rare earths rose ${n + 2}.${n % 10} percent in March, to $${n + 1}.5 billion.`,
    '',
    `"We will respond firmly to any provocation," ${who} told reporters. The alliance was founded by ${n + 3} countries, according to the ministry.`,
    '',
    `Critics said the measures were "coercive" and would fail. ${PEOPLE[(n + 1) % PEOPLE.length]} disagreed: "The chains matter more than ever."`,
  ].join('\n');
}

const EXTRA = 24;
const extraUri = (n: number) => workspaceUri(`seeds/cold-${String(n).padStart(2, '0')}.txt`);
const pdfUri = workspaceUri('seeds/cold-report.pdf');

/** What the writer sees of a draft's check: each finding's place, code and message. */
async function findingsOf(document: vscode.TextDocument): Promise<string[]> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
  return groundworkDiagnostics(document.uri).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)} ${d.message}`).sort();
}

describe('a cold build on worker threads', function () {
  let document: vscode.TextDocument;
  const sources = 2 + EXTRA + 1;

  before(async () => {
    const api = await groundwork();
    for (let n = 0; n < EXTRA; n++) await vscode.workspace.fs.writeFile(extraUri(n), new TextEncoder().encode(article(n)));
    // A PDF among them: read on the host, between sources read on threads, in path order.
    await vscode.workspace.fs.writeFile(pdfUri, writePdf([{ lines: ['Exports of rare earths rose 4.2 percent in March, Guo Jiakun said in Beijing.'] }], { title: 'Cold report' }));
    await until('the new sources to be indexed', () => api.sourceCount() === sources);
    document = (await openDraft()).document;
  });

  after(async () => {
    const api = await groundwork();
    for (let n = 0; n < EXTRA; n++) await vscode.workspace.fs.delete(extraUri(n)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(pdfUri).then(undefined, () => undefined);
    await until('the added sources to leave the index', () => api.sourceCount() === 2);
    await closeAll();
  });

  it('gives the index, and the findings, of a build on the extension host alone', async () => {
    const api = await groundwork();
    await api.rebuildIndex({ threads: 0 });
    assert.equal(api.lastBuild().onThreads, 0);
    const alone = { index: api.indexDigest(), findings: await findingsOf(document) };
    assert.ok(alone.findings.length > 0, 'the draft has findings');
    for (const threads of [1, 2, 3]) {
      await api.rebuildIndex({ threads });
      assert.deepEqual(api.lastBuild(), { sources, reused: 0, fromStorage: false, onThreads: sources - 1, threads }, `${threads} threads`);
      assert.equal(api.indexDigest(), alone.index, `the index built on ${threads} threads`);
      assert.deepEqual(await findingsOf(document), alone.findings, `the findings with ${threads} threads`);
    }
  });

  it('reads every source on the host when the threads cannot start, to the same index', async () => {
    const api = await groundwork();
    await api.rebuildIndex({ threads: 0 });
    const alone = { index: api.indexDigest(), findings: await findingsOf(document) };
    await api.rebuildIndex({ threads: 2, workerFile: workspaceUri('no-such-thread.cjs').fsPath });
    assert.deepEqual(api.lastBuild(), { sources, reused: 0, fromStorage: false, onThreads: 0, threads: 2 });
    assert.equal(api.indexDigest(), alone.index);
    assert.deepEqual(await findingsOf(document), alone.findings);
  });
});
