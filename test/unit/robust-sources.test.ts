// A sources folder full of hostile files, on disk, read as the CLI reads it: every bad file gives
// one warning naming it, and every good file is still indexed and checkable.
import assert from 'node:assert/strict';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/node-files.js';
import { warningLine } from '../../src/cli/warning-line.js';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { MAX_SOURCE_TEXT, readSource } from '../../src/core/sources/read.js';
import { loadSources, sourceReadProblem, type LoadWarning, type WorkspaceFiles } from '../../src/core/workspace.js';

const GOOD = 'Minerals pact signed\n\nThe United States signed a critical minerals agreement with Japan on Thursday in Washington.\n';
const UTF16_TEXT = 'Port reopens\n\nThe port of Rotterdam reopened to container traffic on Friday after a two-day strike.\n';

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Writes about `megabytes` MB of ordinary article text without holding it all in memory. */
function writeLargeText(file: string, megabytes: number): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.from(`${'The agreement lists nine critical minerals, including lithium and cobalt, officials said. '.repeat(100)}\n\n`);
  for (let written = 0; written < megabytes * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
}

describe('robustness: a sources folder of hostile files', function () {
  this.timeout(120_000);
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'groundwork-robust-'));
    const seeds = path.join(root, 'seeds');
    mkdirSync(seeds);
    const put = (name: string, content: string | Buffer) => writeFileSync(path.join(seeds, name), content);
    put('good.txt', GOOD);
    put('empty.txt', '');
    put('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0xff, 0xfe, 0, 0, 1, 2, 3]));
    put('latin1.txt', Buffer.from('Caf\xe9 owners said the strike ended on Monday.\n', 'latin1'));
    put('utf16.txt', utf16le(UTF16_TEXT));
    put('crlf.txt', GOOD.replace(/\n/g, '\r\n').replace('Japan', 'Korea'));
    put('one-line.txt', 'The trade talks continued, '.repeat(Math.ceil((5 * 1024 * 1024) / 27)));
    put('nested.html', `${'<div>'.repeat(50_000)}<p>The deeply nested page says the ministry approved the plan.</p>${'</div>'.repeat(50_000)}`);
    put('corrupt.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage %%EOF');
    put('vanishing.txt', GOOD.replace('Japan', 'Canada'));
    put('locked.txt', GOOD.replace('Japan', 'Mexico'));
    chmodSync(path.join(seeds, 'locked.txt'), 0o000);
    writeLargeText(path.join(seeds, 'huge.txt'), 50);
    symlinkSync('self.txt', path.join(seeds, 'self.txt'));
    symlinkSync('.', path.join(seeds, 'again'));
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** The workspace on disk, except that one file disappears when its turn comes and one cannot be opened. */
  function hostileFiles(): WorkspaceFiles {
    const disk = new NodeWorkspaceFiles(root);
    return {
      listFiles: () => disk.listFiles(),
      listingProblems: () => disk.listingProblems(),
      readFile: async (relative) => {
        if (relative === 'seeds/vanishing.txt') unlinkSync(disk.absolute(relative));
        // chmod does not stop root from reading: refuse as the file system would.
        if (relative === 'seeds/locked.txt' && process.getuid?.() === 0) throw Object.assign(new Error(`EACCES: permission denied, open '${disk.absolute(relative)}'`), { code: 'EACCES' });
        return disk.readFile(relative);
      },
    };
  }

  it('gives one warning naming each bad file, and indexes every good one', async () => {
    const warnings: LoadWarning[] = [];
    const corpus = await loadSources(hostileFiles(), defaultConfig(), (w) => warnings.push(w));

    const byPath = new Map<string, string[]>();
    for (const w of warnings) byPath.set(w.path, [...(byPath.get(w.path) ?? []), w.message]);
    const expected: Record<string, RegExp> = {
      'seeds/empty.txt': /is empty/,
      'seeds/binary.txt': /looks binary/,
      'seeds/latin1.txt': /not valid UTF-8/,
      'seeds/corrupt.pdf': /not a readable PDF/,
      'seeds/vanishing.txt': /no such file \(deleted or renamed while indexing\?\)/,
      'seeds/locked.txt': /permission denied/,
      'seeds/huge.txt': /is 50\.\d MB; Groundwork reads sources of up to 10\.0 MB of text/,
      'seeds/self.txt': /symbolic link loop/,
      'seeds/again': /symbolic link back to a folder already read/,
    };
    assert.deepEqual([...byPath.keys()].sort(), Object.keys(expected).sort(), JSON.stringify(warnings, null, 1));
    for (const [file, pattern] of Object.entries(expected)) {
      const messages = byPath.get(file)!;
      assert.equal(messages.length, 1, `one warning for ${file}: ${messages.join(' | ')}`);
      assert.match(messages[0]!, pattern);
      assert.ok(messages[0]!.includes(file), `the message names ${file}: ${messages[0]}`);
      // No absolute path from an fs error, no stack.
      assert.ok(!messages[0]!.includes(root) && !messages[0]!.includes('    at '), messages[0]);
      assert.match(warningLine({ path: file, message: messages[0]! }), new RegExp(`^warning: ${file.replace(/\./g, '\\.')}: \\S`));
    }

    assert.deepEqual(
      corpus.documents.map((d) => d.path).sort(),
      ['seeds/crlf.txt', 'seeds/empty.txt', 'seeds/good.txt', 'seeds/latin1.txt', 'seeds/nested.html', 'seeds/one-line.txt', 'seeds/utf16.txt'],
    );
    assert.equal(corpus.getDocument(corpus.documentAt('seeds/utf16.txt')!.id)!.text, UTF16_TEXT);
  });

  it('checks a draft against what was read: UTF-16, CRLF and nested HTML sources support statements', async () => {
    const corpus = await loadSources(hostileFiles(), defaultConfig(), () => undefined);
    const text = [
      'The port of Rotterdam reopened to container traffic on Friday after a two-day strike.',
      '',
      'The United States signed a critical minerals agreement with Korea on Thursday in Washington.',
      '',
      'The deeply nested page says the ministry approved the plan.',
      '',
    ].join('\n');
    const report = checkDraft(corpus, parseDraft(text, 'draft.md'), defaultConfig());
    assert.deepEqual(report.results.map((r) => [r.verdict.kind, r.verdict.evidence[0]?.source]), [
      ['supported', 'seeds/utf16.txt'],
      ['supported', 'seeds/crlf.txt'],
      ['supported', 'seeds/nested.html'],
    ]);
  });

  it('reads a source just under the size limit, and refuses one over it without reading it all', async () => {
    const line = 'Officials said the talks would continue next week in Geneva. ';
    const under = line.repeat(Math.floor(MAX_SOURCE_TEXT / line.length));
    const document = await readSource('seeds/long.txt', new TextEncoder().encode(under));
    assert.equal(document.text.length, under.length);
    const over = new Uint8Array(MAX_SOURCE_TEXT + 1).fill(0x61);
    await assert.rejects(readSource('seeds/over.md', over), /seeds\/over\.md is 10\.0 MB; Groundwork reads sources of up to 10\.0 MB of text/);
    const html = new TextEncoder().encode(`<p>${'word '.repeat(MAX_SOURCE_TEXT / 5 + 10)}</p>`);
    await assert.rejects(readSource('seeds/over.html', html), /seeds\/over\.html holds 10\.0 MB of text/);
  });

  it('names file system errors in words, from Node and from VS Code alike', () => {
    const fsError = (code: string) => Object.assign(new Error(`${code}: something, open '/abs/seeds/a.txt'`), { code });
    assert.equal(sourceReadProblem('seeds/a.txt', fsError('ENOENT')), 'seeds/a.txt: no such file (deleted or renamed while indexing?); skipped');
    assert.equal(sourceReadProblem('seeds/a.txt', fsError('FileNotFound')), 'seeds/a.txt: no such file (deleted or renamed while indexing?); skipped');
    assert.equal(sourceReadProblem('seeds/a.txt', fsError('NoPermissions')), 'seeds/a.txt: permission denied; skipped');
    assert.equal(sourceReadProblem('seeds/a.txt', new Error('seeds/a.txt looks binary')), 'seeds/a.txt looks binary');
    assert.equal(sourceReadProblem('seeds/a.txt', 'odd'), 'seeds/a.txt: odd');
  });
});
