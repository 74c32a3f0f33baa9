// The built `groundwork` command on hostile workspaces: bad sources are one warning line each,
// every broken groundwork.yaml is exit 2 with file:line:col, and no run ever changes a file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { buildCli, groundwork as run, PACT_SOURCE as SOURCE, Workspaces } from '../helpers/cli-process.js';

const DRAFT = 'The United States signed a critical minerals agreement with Japan on Thursday.\n\nGuo Jiakun said that "all parties should adhere to the principles of a planned economy."\n';

const groundwork = (cwd: string, args: string[], input = '') => run(cwd, args, { input });
const workspaces = new Workspaces('groundwork-robust-cli-');
/** `groundwork check --format json`, killed if still running after 240 s (a hang). */
const checkOrKill = (cwd: string) => run(cwd, ['check', '--format', 'json'], { killAfterMs: 240_000 });
const workspace = (files: Record<string, string | Buffer>): string => workspaces.make(files);

/** Every file under root (links not followed): path -> hash of the bytes and modification time. */
function snapshot(root: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const info = lstatSync(full);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) seen.set(path.relative(root, full), `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${info.mtimeMs}`);
      else seen.set(path.relative(root, full), `link ${info.mtimeMs}`);
    }
  };
  visit(root);
  return seen;
}

describe('robustness: the groundwork command', function () {
  this.timeout(120_000);

  before(buildCli);
  after(() => workspaces.removeAll());

  it('prints one warning line per bad source and checks the rest', async () => {
    const cwd = workspace({
      'seeds/pact.txt': SOURCE,
      'seeds/empty.txt': '',
      'seeds/binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      'seeds/latin1.md': Buffer.from('Caf\xe9 owners said the strike ended.\n', 'latin1'),
      'seeds/corrupt.pdf': '%PDF-1.4\nnot really\n%%EOF',
      'seeds/utf16.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SOURCE, 'utf16le').swap16()]),
      'drafts/report.md': DRAFT,
    });
    const fd = openSync(path.join(cwd, 'seeds', 'huge.txt'), 'w');
    const chunk = Buffer.from('Officials said the talks would continue next week in Geneva.\n'.repeat(1000));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    symlinkSync('loop.txt', path.join(cwd, 'seeds', 'loop.txt'));
    symlinkSync('..', path.join(cwd, 'seeds', 'up'));

    const run = await groundwork(cwd, ['check', '--format', 'json']);
    assert.equal(run.code, 1, run.stderr); // the misquote
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('warning: '));
    const named = (file: string) => warnings.filter((line) => line.startsWith(`warning: ${file}: `));
    for (const file of ['seeds/empty.txt', 'seeds/binary.txt', 'seeds/latin1.md', 'seeds/corrupt.pdf', 'seeds/huge.txt', 'seeds/loop.txt', 'seeds/up']) {
      assert.equal(named(file).length, 1, `one line for ${file} in:\n${run.stderr}`);
    }
    assert.equal(warnings.length, 7, run.stderr);
    assert.ok(!run.stderr.includes(cwd), 'no absolute paths');
    assert.ok(!/\n\s+at /.test(run.stderr), 'no stack trace');

    const report = JSON.parse(run.stdout) as { files: { path: string; statements: { verdict: string }[] }[] };
    assert.deepEqual(report.files.map((f) => f.path), ['drafts/report.md']);
    assert.deepEqual(report.files[0]!.statements.map((s) => s.verdict), ['supported', 'misquote']);
  });

  it('checks to the end with a 5 MB one-line source and a 29 MB text source in the sources folder', async function () {
    // Each took past 120 s. The limit below catches a hang, not a slowdown: `npm run stress` has the figures.
    this.timeout(300_000);
    const cwd = workspace({ 'drafts/report.md': 'The harbour authority said the dredging contract was signed in Rotterdam on Monday.\n\nThe mayor of Lagos resigned over the floods.\n' });
    mkdirSync(path.join(cwd, 'seeds'));
    const sentence = 'The ministry said the port reopened on Friday after a two-day strike by 26 workers. ';
    const half = sentence.repeat(Math.ceil((2.5 * 1024 * 1024) / sentence.length));
    writeFileSync(path.join(cwd, 'seeds', 'one-line.txt'), `${half}The harbour authority said the dredging contract was signed in Rotterdam on Monday. ${half}`);
    const fd = openSync(path.join(cwd, 'seeds', 'big.txt'), 'w');
    const paragraph = Buffer.from(`${'Officials said the talks would continue next week in Geneva, and the delegations agreed on a timetable. '.repeat(20)}\n\n`);
    for (let written = 0; written < 29 * 1024 * 1024; written += paragraph.length) writeSync(fd, paragraph);
    closeSync(fd);

    const run = await checkOrKill(cwd);
    assert.notEqual(run.code, null, 'the check was killed after 240 s');
    assert.equal(run.code, 0, run.stderr); // an unsupported statement is a warning: below the default --fail-on
    const warnings = run.stderr.split('\n').filter(Boolean);
    assert.equal(warnings.length, 1, run.stderr);
    assert.match(warnings[0]!, /^warning: seeds\/big\.txt: .*29\.\d MB; Groundwork reads sources of up to 10\.0 MB of text/);
    const report = JSON.parse(run.stdout) as { files: { statements: { verdict: string; evidence?: { source: string }[] }[] }[] };
    const statements = report.files[0]!.statements;
    assert.deepEqual(statements.map((s) => s.verdict), ['supported', 'unsupported']);
    assert.equal(statements[0]!.evidence?.[0]?.source, 'seeds/one-line.txt');
  });

  it('warns at its line and column where lists nest more than 16 deep, and still checks the deeper items', async () => {
    const deep = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- The United States signed a critical minerals agreement with Japan on Thursday.`).join('\n') + '\n';
    const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/deep.md': deep, 'drafts/plain.md': DRAFT });
    const text = await groundwork(cwd, ['check', '--format', 'json']);
    const warnings = text.stderr.split('\n').filter(Boolean);
    assert.deepEqual(warnings, ['warning: drafts/deep.md:17:33: lists or block quotes nested more than 16 deep from here on: the deeper items are read as text of the 16th level, and still checked'], text.stderr);
    const report = JSON.parse(text.stdout) as { files: { path: string; statements: { text: string; verdict: string }[] }[] };
    const statements = report.files.find((f) => f.path === 'drafts/deep.md')!.statements;
    assert.equal(statements.map((s) => s.text).join(' ').split('signed a critical minerals agreement').length - 1, 20, 'every item is read');
    const github = await groundwork(cwd, ['check', '--format', 'github']);
    assert.ok(github.stderr.split('\n').includes('::warning file=drafts/deep.md,line=17,col=33,title=groundwork::drafts/deep.md:17:33: lists or block quotes nested more than 16 deep from here on: the deeper items are read as text of the 16th level, and still checked'), github.stderr);
  });

  const brokenConfigs: Record<string, { yaml: string | Buffer; at: RegExp }> = {
    'a YAML syntax error': { yaml: 'sources: [ "seeds/**"\nthreshold: 0.5\n', at: /^groundwork\.yaml:\d+:\d+: error: / },
    'a tab in the indentation': { yaml: 'severity:\n\tmisquote: error\n', at: /^groundwork\.yaml:2:\d+: error: / },
    'a threshold of the wrong type': { yaml: 'threshold: high\n', at: /^groundwork\.yaml:1:12: error: `threshold` must be a number/ },
    'a threshold out of range': { yaml: 'threshold: 7\n', at: /^groundwork\.yaml:1:12: error: / },
    'sources that are not globs': { yaml: 'sources: { a: 1 }\n', at: /^groundwork\.yaml:1:10: error: `sources` must be a glob/ },
    'a severity that is not a level': { yaml: 'severity:\n  misquote: loud\n', at: /^groundwork\.yaml:2:13: error: severity of `misquote`/ },
    'an unknown finding code': { yaml: 'severity:\n  misquotes: error\n', at: /^groundwork\.yaml:2:3: error: unknown finding code `misquotes`; did you mean `misquote`\?/ },
    'aliases of the wrong type': { yaml: 'aliases: [ Guo ]\n', at: /^groundwork\.yaml:1:10: error: `aliases` must map/ },
    'an unknown key': { yaml: 'sources: [ "seeds/**" ]\ntreshold: 0.6\n', at: /^groundwork\.yaml:2:1: error: unknown setting `treshold`; did you mean `threshold`\?/ },
    'a glob reaching outside the workspace': { yaml: 'sources: [ "../secrets/**" ]\n', at: /^groundwork\.yaml:1:12: error: `sources` glob `..\/secrets\/\*\*` reaches outside the workspace folder/ },
    'a brace alternative reaching outside': { yaml: 'drafts: "{..,drafts}/**/*.md"\n', at: /^groundwork\.yaml:1:9: error: `drafts` glob .* reaches outside the workspace folder/ },
    'an absolute glob': { yaml: 'sources: /etc/**\n', at: /^groundwork\.yaml:1:10: error: .* is absolute/ },
    'a Windows drive glob': { yaml: 'exclude: [ "C:\\\\Users\\\\**" ]\n', at: /^groundwork\.yaml:1:12: error: .* is absolute/ },
    'a cache folder outside the workspace': { yaml: 'cache: ../../tmp\n', at: /^groundwork\.yaml:1:8: error: `cache`/ },
    'a list instead of a mapping': { yaml: '- seeds/**\n', at: /^groundwork\.yaml:1:1: error: the configuration must be a mapping/ },
    'a duplicated key': { yaml: 'threshold: 0.5\nthreshold: 0.6\n', at: /^groundwork\.yaml:2:1: error: / },
    'an alias bomb': { yaml: `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`, at: /^groundwork\.yaml:1:1: error: unknown setting `a`/ },
    'bytes that are not UTF-8': { yaml: Buffer.from('threshold: \xff\xfe\n', 'latin1'), at: /^groundwork\.yaml:1:12: error: / },
  };
  for (const [name, { yaml, at }] of Object.entries(brokenConfigs)) {
    it(`exits 2 with file:line:col for ${name}, for check and index alike`, async () => {
      const cwd = workspace({ 'groundwork.yaml': yaml, 'seeds/pact.txt': SOURCE, 'drafts/report.md': DRAFT });
      for (const args of [['check'], ['index']]) {
        const run = await groundwork(cwd, args);
        assert.equal(run.code, 2, `${args[0]}: ${run.stderr}`);
        assert.match(run.stderr, at);
        assert.ok(run.stderr.split('\n').filter(Boolean).every((line) => /^groundwork\.yaml:\d+:\d+: error: \S/.test(line)), run.stderr);
        assert.equal(run.stdout, '');
      }
    });
  }

  it('carries hostile source text in SARIF as plain text only, never as Markdown', async () => {
    const hostile = '"Click [here](command:workbench.action.quit) <img src=x onerror=alert(1)> <script>alert(2)</script> **now**," said Mallory Quint.';
    const cwd = workspace({
      'seeds/hostile.txt': `Hostile page\n\n${hostile}\n`,
      'drafts/report.md': 'Mallory Quint said "Click here now."\n',
    });
    const run = await groundwork(cwd, ['check', '--format', 'sarif', '--fail-on', 'none']);
    assert.equal(run.code, 0, run.stderr);
    const keys: string[] = [];
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          keys.push(key);
          if (key === 'text' && typeof inner === 'string') texts.push(inner);
          walk(inner);
        }
      }
    };
    walk(JSON.parse(run.stdout));
    assert.ok(!keys.includes('markdown'), 'no message is given as Markdown');
    assert.ok(texts.some((t) => t.includes('onerror')), 'the evidence is there, as text');
  });

  it('never writes to a file of the workspace, whatever command and format runs; only its index in .groundwork/cache', async () => {
    const cwd = workspace({
      'groundwork.yaml': 'sources: [ "seeds/**" ]\ndrafts: [ "drafts/**/*.md" ]\n',
      'seeds/pact.txt': SOURCE,
      'seeds/crlf.txt': SOURCE.replace(/\n/g, '\r\n'),
      'seeds/notes.md': '---\ntitle: Notes\n---\n\n# Notes\n\nThe ministry said so on Monday.\n',
      'seeds/page.html': '<html><body><p>The port reopened on Friday.</p><script>alert(1)</script></body></html>',
      'drafts/report.md': DRAFT,
      'pairs.jsonl': `${JSON.stringify({ id: 1, source: SOURCE, claim: 'The pact was signed.' })}\n`,
    });
    const before = snapshot(cwd);
    for (const format of ['text', 'json', 'sarif', 'github']) await groundwork(cwd, ['check', '--format', format, '--verbose']);
    await groundwork(cwd, ['check', 'drafts/report.md', '--fail-on', 'none']);
    await groundwork(cwd, ['index']);
    await groundwork(cwd, ['index', '--format', 'json']);
    await groundwork(cwd, ['score', '--pairs', 'pairs.jsonl']);
    await groundwork(cwd, ['score', '--pairs', '-'], readFileSync(path.join(cwd, 'pairs.jsonl'), 'utf8'));
    const after = snapshot(cwd);
    const index = path.join('.groundwork', 'cache', 'index.bin');
    assert.ok(after.has(index), 'the persisted index is kept in the cache folder');
    after.delete(index);
    assert.deepEqual(after, before);
  });
});
