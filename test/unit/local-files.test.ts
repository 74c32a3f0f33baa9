// The editor lists a local workspace itself (node:fs) instead of asking VS Code's file search: it
// must find the same files that search finds (ripgrep with --hidden and --follow).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { listLocalFiles } from '../../src/extension/local-files.js';

describe('listing a local workspace folder', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'groundwork-list-'));
    const file = (relative: string) => {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), 'text');
    };
    for (const f of ['seeds/a.txt', 'seeds/deep/b.md', '.env', '.hidden/h.md', 'node_modules/pkg/readme.md', 'seeds/node_modules/c.txt', '.git/HEAD', 'sub/.git/config']) file(f);
    symlinkSync('a.txt', path.join(root, 'seeds', 'linked.txt'));
    symlinkSync('seeds/deep', path.join(root, 'deep-link'));
    symlinkSync('..', path.join(root, 'seeds', 'deep', 'up'));
    symlinkSync('nothing-there', path.join(root, 'dangling.txt'));
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists hidden files and follows links, skipping node_modules, .git, loops and links to nothing', async () => {
    const files = (await listLocalFiles(root, new Set(['node_modules', '.git']))).sort();
    assert.deepEqual(files, [
      '.env',
      '.hidden/h.md',
      // deep-link -> seeds/deep; its "up" leads to seeds, which is not a folder deep-link is inside.
      'deep-link/b.md',
      'deep-link/up/a.txt',
      'deep-link/up/deep/b.md',
      'deep-link/up/linked.txt',
      'seeds/a.txt',
      'seeds/deep/b.md',
      'seeds/linked.txt',
    ]);
  });

  it('lists nothing for a folder that is not there', async () => {
    assert.deepEqual(await listLocalFiles(path.join(root, 'missing'), new Set()), []);
  });
});
