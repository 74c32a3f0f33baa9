// `npm test` on a fresh clone, before scripts/vscode/install.sh has run: it stops at once and names
// the command to run, instead of failing minutes later with a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPTS = join(ROOT, 'scripts', 'vscode');

describe('npm test on a fresh clone', () => {
  let clone: string;
  before(() => {
    // A checkout with the scripts but without .vscode-test/, as after git clone.
    clone = mkdtempSync(join(tmpdir(), 'groundwork-fresh-'));
    mkdirSync(join(clone, 'scripts', 'vscode'), { recursive: true });
    for (const file of ['paths.mjs', 'require-installed.mjs']) copyFileSync(join(SCRIPTS, file), join(clone, 'scripts', 'vscode', file));
  });
  after(() => rmSync(clone, { recursive: true, force: true }));

  it('checks for code-server and Chromium before anything else', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.match(scripts.test!, /^node scripts\/vscode\/require-installed\.mjs && /);
  });

  it('without code-server stops at once, naming the one command to run and how long it takes', () => {
    const run = spawnSync(process.execPath, [join(clone, 'scripts', 'vscode', 'require-installed.mjs')], { encoding: 'utf8', env: { ...process.env, GROUNDWORK_VSCODE: '' } });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /not installed yet: code-server/);
    assert.match(run.stderr, /^ {4}bash scripts\/vscode\/install\.sh$/m);
    assert.match(run.stderr, /1 to 5 minutes/);
    assert.doesNotMatch(run.stderr, /\bat .*\.m?js:\d+/, 'no stack trace');
  });

  it('names Chromium when it is the one missing, and passes when everything is there', () => {
    const missing = spawnSync(process.execPath, [join(SCRIPTS, 'require-installed.mjs')], { encoding: 'utf8', env: { ...process.env, GROUNDWORK_VSCODE: '', GROUNDWORK_CHROMIUM: join(clone, 'no-chromium') } });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /Chromium/);
    assert.match(missing.stderr, /bash scripts\/vscode\/install\.sh/);
    // A downloaded VS Code needs neither.
    const electron = spawnSync(process.execPath, [join(clone, 'scripts', 'vscode', 'require-installed.mjs')], { encoding: 'utf8', env: { ...process.env, GROUNDWORK_VSCODE: 'electron' } });
    assert.equal(electron.status, 0, electron.stderr);
  });
});
