import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config/types.js';
import { listDrafts, loadSources, type LoadWarning, type WorkspaceFiles } from '../../src/core/workspace.js';

/** A workspace held in memory: path -> text (or bytes). */
function memoryFiles(files: Record<string, string | Uint8Array>): WorkspaceFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    listFiles: async () => Object.keys(files),
    readFile: async (path) => {
      reads.push(path);
      const content = files[path];
      if (content === undefined) throw new Error(`${path}: no such file`);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
}

const ARTICLE_A = 'Alliance formed\n\nThe United States launched the Pax Silica initiative with eight partners in December.\n';
const ARTICLE_B = 'Minerals\n\nGuo Jiakun said the plan was "a small circle" of countries.\n';

describe('workspace loading', () => {
  it('indexes every source, and a source that cannot be read gives one warning naming it', async () => {
    const files = memoryFiles({
      'seeds/b.txt': ARTICLE_B,
      'seeds/a.txt': ARTICLE_A,
      'seeds/broken.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0, 0]),
      'drafts/report.md': 'A draft.',
    });
    const warnings: LoadWarning[] = [];
    const corpus = await loadSources(files, defaultConfig(), (w) => warnings.push(w));
    assert.deepEqual(corpus.documents.map((d) => d.path), ['seeds/a.txt', 'seeds/b.txt']);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.path, 'seeds/broken.txt');
    assert.match(warnings[0]!.message, /seeds\/broken\.txt/);
    assert.ok(!files.reads.includes('drafts/report.md'), 'drafts are not read as sources');
    assert.ok(corpus.quotes.some((q) => q.text === 'a small circle'));
  });

  it('skips files of other formats with a warning, and hidden files silently', async () => {
    const files = memoryFiles({ 'seeds/a.txt': ARTICLE_A, 'seeds/notes.docx': 'x', 'seeds/.DS_Store': 'x' });
    const warnings: LoadWarning[] = [];
    const corpus = await loadSources(files, defaultConfig(), (w) => warnings.push(w));
    assert.equal(corpus.documents.length, 1);
    assert.deepEqual(warnings.map((w) => w.path), ['seeds/notes.docx']);
    assert.ok(!files.reads.includes('seeds/.DS_Store'));
  });

  it('follows the config: sources globs and excludes', async () => {
    const files = memoryFiles({ 'library/a.txt': ARTICLE_A, 'library/old/b.txt': ARTICLE_B, 'seeds/c.txt': ARTICLE_B });
    const config = { ...defaultConfig(), sources: ['library/**'], exclude: ['library/old/**'] };
    const corpus = await loadSources(files, config, () => assert.fail('no warning expected'));
    assert.deepEqual(corpus.documents.map((d) => d.path), ['library/a.txt']);
  });

  it('reports progress up to the number of sources', async () => {
    const files = memoryFiles({ 'seeds/a.txt': ARTICLE_A, 'seeds/b.txt': ARTICLE_B });
    const seen: [number, number][] = [];
    await loadSources(files, defaultConfig(), () => {}, (done, total) => seen.push([done, total]));
    assert.deepEqual(seen.at(-1), [2, 2]);
  });

  it('gives the same corpus whatever order the files are listed in', async () => {
    const one = await loadSources(memoryFiles({ 'seeds/a.txt': ARTICLE_A, 'seeds/b.txt': ARTICLE_B }), defaultConfig(), () => {});
    const two = await loadSources(memoryFiles({ 'seeds/b.txt': ARTICLE_B, 'seeds/a.txt': ARTICLE_A }), defaultConfig(), () => {});
    assert.deepEqual(one.passages.map((p) => p.text), two.passages.map((p) => p.text));
  });

  it('lists drafts: Markdown outside the sources and the excludes, sorted', async () => {
    const files = memoryFiles({
      'seeds/source.md': '# A source',
      'z.md': 'x',
      'drafts/report.md': 'x',
      'drafts/notes.txt': 'x',
      '.groundwork/cache/x.md': 'x',
    });
    assert.deepEqual(await listDrafts(files, defaultConfig()), ['drafts/report.md', 'z.md']);
  });
});
