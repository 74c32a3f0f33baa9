// `groundwork check` and `groundwork index` on workspaces that anyone could have touched, run in
// CI: nothing outside the workspace is read through a link, nothing printed can drive the terminal
// or the Actions runner, and the cache never writes through a link out of the workspace.
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import { linkRefusal, type LinkView } from '../../src/core/workspace-bounds.js';
import { PACT_SOURCE, Workspaces } from '../helpers/cli-process.js';

interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command line in-process, as `groundwork ARGS` in `cwd` with stdout and stderr piped. */
async function groundwork(cwd: string, args: string[]): Promise<InProcessRun> {
  const collect = () => {
    const stream = new PassThrough();
    let text = '';
    stream.setEncoding('utf8').on('data', (d: string) => (text += d));
    return { stream, text: () => text };
  };
  const stdout = collect();
  const stderr = collect();
  const code = await run(args, { cwd, env: {}, stdout: stdout.stream, stderr: stderr.stream, stdin: Readable.from([]) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const SECRET = 'The deploy key is gw-SECRET-7f3a9 and the database password is hunter2-plover.';
const SECRET_WORDS = ['gw-SECRET-7f3a9', 'hunter2-plover'];
// The second statement shares words with the secret, so a secret that was read would be its evidence.
const DRAFT = 'The United States signed a critical minerals agreement with Japan on Thursday.\n\nThe deploy key and the database password are kept together.\n';

const workspaces = new Workspaces('groundwork-hostile-');
const workspace = (files: Record<string, string | Buffer>): string => workspaces.make(files);

describe('hostile input: the groundwork command', function () {
  this.timeout(60_000);

  let outside: string;
  before(() => {
    outside = mkdtempSync(path.join(tmpdir(), 'groundwork-hostile-outside-'));
    mkdirSync(path.join(outside, 'keys'));
    writeFileSync(path.join(outside, 'secret.txt'), SECRET + '\n');
    writeFileSync(path.join(outside, 'keys', 'id.txt'), SECRET + '\n');
    writeFileSync(path.join(outside, 'notes.md'), DRAFT);
  });
  after(() => {
    workspaces.removeAll();
    rmSync(outside, { recursive: true, force: true });
  });

  describe('symbolic links out of the workspace', () => {
    it('are never read: the secret is not evidence in any output, and one warning names each link', async () => {
      const cwd = workspace({ 'seeds/pact.txt': PACT_SOURCE, 'drafts/report.md': DRAFT });
      symlinkSync(path.join(outside, 'secret.txt'), path.join(cwd, 'seeds', 'secret.txt'));
      symlinkSync(path.join(outside, 'keys'), path.join(cwd, 'seeds', 'keys'));
      symlinkSync(path.join(outside, 'notes.md'), path.join(cwd, 'drafts', 'linked.md'));

      for (const args of [['check', '--format', 'json'], ['check', '--format', 'sarif'], ['check'], ['index', '--format', 'json'], ['index']]) {
        const result = await groundwork(cwd, [...args, '--no-cache']);
        for (const word of SECRET_WORDS) {
          assert.ok(!result.stdout.includes(word), `${args.join(' ')}: the secret is in stdout:\n${result.stdout}`);
          assert.ok(!result.stderr.includes(word), `${args.join(' ')}: the secret is in stderr:\n${result.stderr}`);
        }
        assert.ok(!result.stderr.includes(outside) && !result.stdout.includes(outside), 'the link target is not named');
        const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning: '));
        for (const link of ['seeds/secret.txt', 'seeds/keys']) {
          assert.equal(warnings.filter((line) => line.startsWith(`warning: ${link}: `) && /outside the workspace/.test(line)).length, 1, `${args.join(' ')}: one warning for ${link}:\n${result.stderr}`);
        }
        if (args[0] === 'check') {
          assert.equal(warnings.filter((line) => line.startsWith('warning: drafts/linked.md: ')).length, 1, `${args.join(' ')}: one warning for the linked draft:\n${result.stderr}`);
        }
      }
      // The source's own statement is still checked: the secret is the one unsupported statement.
      const json = JSON.parse((await groundwork(cwd, ['check', '--format', 'json', '--no-cache'])).stdout) as { files: { path: string; statements: { verdict: string }[] }[] };
      assert.deepEqual(json.files.map((f) => [f.path, f.statements.map((s) => s.verdict)]), [['drafts/report.md', ['supported', 'unsupported']]]);
    });

    it('a draft named on the command line that links out of the workspace is refused', async () => {
      const cwd = workspace({ 'seeds/pact.txt': PACT_SOURCE });
      mkdirSync(path.join(cwd, 'drafts'));
      symlinkSync(path.join(outside, 'notes.md'), path.join(cwd, 'drafts', 'linked.md'));
      const result = await groundwork(cwd, ['check', '--format', 'json', '--no-cache', 'drafts/linked.md']);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /drafts\/linked\.md is a symbolic link to a place outside the workspace folder/);
      for (const word of SECRET_WORDS) assert.ok(!result.stdout.includes(word) && !result.stderr.includes(word));
    });

    it('a groundwork.yaml that links out of the workspace is not read: exit 2, naming the link, quoting nothing of its target', async () => {
      const cwd = workspace({ 'seeds/pact.txt': PACT_SOURCE, 'drafts/report.md': DRAFT });
      symlinkSync(path.join(outside, 'secret.txt'), path.join(cwd, 'groundwork.yaml'));
      for (const args of [['check'], ['index']]) {
        const result = await groundwork(cwd, [...args, '--no-cache']);
        assert.equal(result.code, 2, result.stderr);
        assert.match(result.stderr, /groundwork\.yaml is a symbolic link to a place outside the workspace folder; not read/);
        for (const word of SECRET_WORDS) assert.ok(!result.stdout.includes(word) && !result.stderr.includes(word), `${args[0]}: the secret is printed:\n${result.stderr}`);
        assert.ok(!result.stderr.includes(outside), 'the link target is not named');
      }
    });

    it('links that stay inside the workspace are still followed', async () => {
      const cwd = workspace({ 'archive/pact.txt': PACT_SOURCE, 'drafts/report.md': DRAFT.split('\n\n')[0]! + '\n' });
      mkdirSync(path.join(cwd, 'seeds'));
      symlinkSync(path.join('..', 'archive', 'pact.txt'), path.join(cwd, 'seeds', 'pact.txt'));
      const result = await groundwork(cwd, ['check', '--no-cache']);
      assert.equal(result.code, 0, result.stderr + result.stdout);
      assert.equal(result.stderr, '');
      assert.equal(readdirSync(path.join(cwd, 'seeds')).length, 1);
    });
  });

  describe('the editor\'s rule for links (the same rule, through the editor\'s file system)', () => {
    let root: string;
    /** The view the editor has of a local folder: lstat for links, realpath where they lead. */
    const localView = (folder: string, canResolve = true): LinkView => ({
      isLink: async (p) => {
        try {
          return lstatSync(path.join(folder, ...p.split('/'))).isSymbolicLink();
        } catch {
          return false;
        }
      },
      ...(canResolve ? { realPaths: async (p: string) => ({ folder: realpathSync(folder), target: realpathSync(path.join(folder, ...p.split('/'))) }) } : {}),
    });

    before(() => {
      root = workspace({ 'seeds/pact.txt': PACT_SOURCE, 'archive/old.txt': PACT_SOURCE });
      symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'seeds', 'secret.txt'));
      symlinkSync(path.join(outside, 'keys'), path.join(root, 'seeds', 'keys'));
      symlinkSync(path.join('..', 'archive', 'old.txt'), path.join(root, 'seeds', 'old.txt'));
    });

    it('a trusted workspace reads links that stay inside and refuses links out, naming the link only', async () => {
      const view = localView(root);
      assert.equal(await linkRefusal('seeds/pact.txt', view, { followLinks: true }), undefined);
      assert.equal(await linkRefusal('seeds/old.txt', view, { followLinks: true }), undefined);
      for (const link of ['seeds/secret.txt', 'seeds/keys/id.txt']) {
        const refusal = await linkRefusal(link, view, { followLinks: true });
        assert.equal(refusal, `${link} is a symbolic link to a place outside the workspace folder; not read`);
      }
    });

    it('an untrusted workspace, or a file system that cannot say where a link leads, follows no link', async () => {
      assert.match((await linkRefusal('seeds/old.txt', localView(root), { followLinks: false }))!, /untrusted workspace/);
      assert.match((await linkRefusal('seeds/old.txt', localView(root, false), { followLinks: true }))!, /outside the workspace folder/);
      assert.equal(await linkRefusal('seeds/pact.txt', localView(root, false), { followLinks: true }), undefined);
    });
  });

  describe('printed text', () => {
    // A source and file names that try to drive the terminal (clear it, retitle it, plant a
    // hyperlink) and the Actions runner (a newline, then a workflow command of their own).
    const ESCAPES = '\x1b[2J\x1b]0;owned\x07\x1b]8;;https://evil.example\x07';
    const SOURCE = `Port strike ends\n\nThe port authority said the strike ${ESCAPES}ended on Friday after two days.\n`;
    const INJECTED = 'seeds/notes\n::error file=README.md,line=1::pwned\r\n.txt';
    const RAW_CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

    const hostileWorkspace = (): string => {
      const cwd = workspace({
        // `**` never matches a name with a line break; `*` does.
        'groundwork.yaml': 'sources: [ "seeds/*.txt" ]\n',
        'seeds/port.txt': SOURCE,
        'seeds/pact.txt': PACT_SOURCE,
        // Empty: each gives a warning naming the file.
        [INJECTED]: '',
        'seeds/\x1b]0;retitled\x07.txt': '',
        // A bidi override in a draft's name shows "md.txt" reversed.
        'drafts/report\u202etxt.md': 'The port authority said the strike ended on Friday after three weeks.\n\nThe port authority said "the strike ended on Monday after two days."\n',
      });
      return cwd;
    };

    it('in text output and warnings, shows control characters escaped and never raw', async () => {
      const cwd = hostileWorkspace();
      for (const args of [['check', '--verbose'], ['index']]) {
        const result = await groundwork(cwd, [...args, '--no-cache']);
        for (const [name, text] of [['stdout', result.stdout], ['stderr', result.stderr]] as const) {
          const raw = RAW_CONTROLS.exec(text.replace(/\n/g, ''));
          assert.equal(raw, null, `${args.join(' ')}: a raw control character U+${raw?.[0].charCodeAt(0).toString(16)} in ${name}:\n${text}`);
        }
        const warnings = result.stderr.split('\n').filter(Boolean);
        assert.ok(warnings.every((line) => line.startsWith('warning: ')), `${args.join(' ')}: every stderr line is a warning:\n${result.stderr}`);
        assert.ok(warnings.includes('warning: seeds/notes\\n::error file=README.md,line=1::pwned\\r\\n.txt: the file is empty; indexed as empty') ||
          warnings.some((line) => line.startsWith('warning: seeds/notes\\n::error file=README.md,line=1::pwned\\r\\n.txt: ')), result.stderr);
        assert.ok(warnings.some((line) => line.startsWith('warning: seeds/\\x1b]0;retitled\\x07.txt: ')), result.stderr);
      }
      const check = await groundwork(cwd, ['check', '--no-cache']);
      assert.match(check.stdout, /^drafts\/report\\u202etxt\.md:1:\d+ /m);
      assert.ok(check.stdout.includes('strike \\x1b[2J\\x1b]0;owned\\x07'), `the source's escapes shown as text:\n${check.stdout}`);
    });

    it('in --format github, every line on stdout and stderr is one workflow command of ours, escaped', async () => {
      const cwd = hostileWorkspace();
      const result = await groundwork(cwd, ['check', '--format', 'github', '--no-cache']);
      const lines = [...result.stdout.split('\n'), ...result.stderr.split('\n')].filter(Boolean);
      for (const line of lines) {
        assert.ok(/^::(error|warning|notice) file=[^:\r\n]*::/.test(line) || line.startsWith('groundwork: '), `not a command of ours: ${JSON.stringify(line)}`);
        assert.ok(!/^::error file=README\.md/.test(line), `an injected command: ${line}`);
        assert.equal(RAW_CONTROLS.exec(line), null, `a raw control character in ${JSON.stringify(line)}`);
      }
      const stderr = result.stderr.split('\n').filter(Boolean);
      assert.ok(stderr.length >= 2 && stderr.every((line) => line.startsWith('::warning file=')), result.stderr);
      assert.ok(stderr.some((line) => line.startsWith('::warning file=seeds/notes%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Apwned%0D%0A.txt,')), result.stderr);
      assert.ok(stderr.some((line) => line.startsWith('::warning file=seeds/\\x1b]0;retitled\\x07.txt,')), result.stderr);
    });

    it('in JSON and SARIF, control characters are \\u escapes that parse back to the same text', async () => {
      const cwd = hostileWorkspace();
      for (const format of ['json', 'sarif']) {
        const result = await groundwork(cwd, ['check', '--format', format, '--no-cache']);
        assert.equal(RAW_CONTROLS.exec(result.stdout.replace(/\n/g, '')), null, `${format}: a raw control character:\n${result.stdout}`);
        const parsed = JSON.stringify(JSON.parse(result.stdout));
        if (format === 'json') assert.ok(parsed.includes('report\u202etxt.md'), `${format}: the path parses back to itself`);
        assert.ok(parsed.includes(JSON.stringify(`strike ${ESCAPES}ended`).slice(1, -1)), `${format}: the evidence parses back to the source's text`);
      }
    });
  });

  describe('the cache folder', () => {
    const SIMPLE = { 'seeds/pact.txt': PACT_SOURCE, 'drafts/report.md': 'The United States signed a critical minerals agreement with Japan on Thursday.\n' };

    for (const linked of ['.groundwork', '.groundwork/cache']) {
      it(`is refused, with a warning, when ${linked} is a symbolic link out of the workspace; the check runs without it`, async () => {
        const cwd = workspace(SIMPLE);
        const target = mkdtempSync(path.join(tmpdir(), 'groundwork-hostile-cache-'));
        try {
          mkdirSync(path.dirname(path.join(cwd, linked)), { recursive: true });
          symlinkSync(target, path.join(cwd, ...linked.split('/')));
          for (let run = 0; run < 2; run++) {
            const result = await groundwork(cwd, ['check']);
            assert.equal(result.code, 0, result.stderr + result.stdout);
            assert.match(result.stdout, /1 statement, 1 supported/);
            const warnings = result.stderr.split('\n').filter(Boolean);
            assert.equal(warnings.length, 1, result.stderr);
            assert.match(warnings[0]!, new RegExp(`^warning: \\.groundwork/cache: ${linked === '.groundwork' ? '\\.groundwork ' : ''}is a symbolic link to a place outside the workspace folder; .*without the cache`));
            assert.ok(!warnings[0]!.includes(target));
            assert.deepEqual(readdirSync(target, { recursive: true }), [], 'nothing written through the link');
          }
        } finally {
          rmSync(target, { recursive: true, force: true });
        }
      });
    }

    it('a cache folder linked inside the workspace is still used', async () => {
      const cwd = workspace({ ...SIMPLE, 'build/index/.keep': '' });
      symlinkSync(path.join('build', 'index'), path.join(cwd, '.groundwork'), 'dir');
      const result = await groundwork(cwd, ['check']);
      assert.equal(result.stderr, '');
      assert.ok(readdirSync(path.join(cwd, 'build', 'index', 'cache')).includes('index.bin'));
    });

    it('removes temporary index files that a killed run left behind, and never writes through one planted as a link', async () => {
      const cwd = workspace(SIMPLE);
      const cacheFolder = path.join(cwd, '.groundwork', 'cache');
      mkdirSync(cacheFolder, { recursive: true });
      // The pid of a process that has ended.
      const { spawnSync } = await import('node:child_process');
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      writeFileSync(path.join(cacheFolder, `index.bin.${gone}.tmp`), 'half an index');
      const victim = path.join(outside, 'victim.txt');
      writeFileSync(victim, 'unchanged');
      symlinkSync(victim, path.join(cacheFolder, `index.bin.${process.pid}.tmp`));
      const result = await groundwork(cwd, ['check']);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(!readdirSync(cacheFolder).includes(`index.bin.${gone}.tmp`), 'the leftover is removed');
      const { readFileSync } = await import('node:fs');
      assert.equal(readFileSync(victim, 'utf8'), 'unchanged');
    });
  });

  describe('shortened text', () => {
    const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    // 116 characters of words, then an emoji (two UTF-16 units) where a message cuts at 117.
    const LEAD = 'Penguins in the far south of Antarctica were heard humming along to old jazz records during the long polar night now';
    const QUOTE = `${LEAD.slice(0, 116)}😀 and then they all went quiet for a very long while afterwards, the keepers said later`;

    it('never cuts a character in two: no lone surrogate in JSON or SARIF, no U+FFFD in text', async () => {
      assert.equal(LEAD.slice(0, 116).length, 116);
      const cwd = workspace({ 'seeds/pact.txt': PACT_SOURCE, 'drafts/report.md': `Guo Jiakun said "${QUOTE}."\n` });
      const json = await groundwork(cwd, ['check', '--format', 'json', '--no-cache']);
      const report = JSON.parse(json.stdout) as { files: { statements: { message: string }[] }[] };
      const messages = report.files.flatMap((f) => f.statements.map((st) => st.message));
      assert.ok(messages.some((m) => m.includes('Penguins') && m.includes('...')), `the long quote is shortened: ${messages.join('\n')}`);
      for (const m of messages) assert.equal(LONE_SURROGATE.exec(m), null, `a lone surrogate in ${JSON.stringify(m)}`);
      const sarif = await groundwork(cwd, ['check', '--format', 'sarif', '--no-cache']);
      assert.ok(!/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i.test(sarif.stdout), 'no escaped lone surrogate in SARIF');
      assert.equal(LONE_SURROGATE.exec(JSON.stringify(JSON.parse(sarif.stdout))), null);
      const text = await groundwork(cwd, ['check', '--no-cache']);
      assert.ok(!text.stdout.includes('\ufffd') && LONE_SURROGATE.exec(text.stdout) === null, text.stdout);
    });

    it('cuts between the characters a reader sees: a flag or an accented letter stays whole', async () => {
      const { shorten } = await import('../../src/core/text/shorten.js');
      const flag = '🇯🇵';
      const text = `${'x'.repeat(197)}${flag} and more`;
      const short = shorten(text, 200);
      assert.ok(short.length <= 200 && short.endsWith('…'));
      assert.ok(!short.includes('\ud83c\uddef…'), 'no half flag');
      assert.equal(short, `${'x'.repeat(197)}…`);
      const accented = `${'y'.repeat(8)}e\u0301 done`;
      assert.equal(shorten(accented, 10), `${'y'.repeat(8)}…`);
    });
  });

  describe('a draft that is also a source', () => {
    it('never counts as evidence for itself, and is still a source for other drafts', async () => {
      const claims = 'Penguins in Antarctica prefer jazz records to classical symphonies.\n';
      const cwd = workspace({
        'groundwork.yaml': 'sources: [ "notes/**", "seeds/**" ]\n',
        'seeds/pact.txt': PACT_SOURCE,
        'notes/claims.md': claims,
        'drafts/other.md': claims,
      });
      const result = await groundwork(cwd, ['check', '--format', 'json', '--no-cache', 'notes/claims.md', 'drafts/other.md']);
      const report = JSON.parse(result.stdout) as { files: { path: string; statements: { verdict: string }[] }[] };
      assert.deepEqual(report.files.map((f) => [f.path, f.statements.map((s) => s.verdict)]), [
        ['notes/claims.md', ['unsupported']],
        ['drafts/other.md', ['supported']],
      ]);
    });
  });

  describe('big or odd configuration', function () {
    const base = { 'seeds/pact.txt': PACT_SOURCE, 'drafts/report.md': 'The United States signed a critical minerals agreement with Japan on Thursday.\n' };

    const refused: [string, string, RegExp][] = [
      ['250,000 alias keys', `aliases:\n${Array.from({ length: 250_000 }, (_, i) => `  N${i}: [ A${i} ]`).join('\n')}\n`, /^groundwork\.yaml:1:1: error: the file is \d+ (characters long|bytes); a configuration of more than \d+/],
      ['20,000 alias names in a smaller file', `aliases:\n${Array.from({ length: 10_001 }, (_, i) => `  N${i}: x`).join('\n')}\n`, /^groundwork\.yaml:2:3: error: `aliases` holds 20002 names; at most 10000 are read/],
      ['a glob of 70,000 characters', `sources: [ "${'a/'.repeat(35_000)}**" ]\n`, /^groundwork\.yaml:1:12: error: `sources` glob `a\/a\/.*…` is 70002 characters long; at most 4096 are read/],
      ['a NUL byte in cache', 'cache: ".groundwork/\\0cache"\n', /^groundwork\.yaml:1:8: error: `cache` `\.groundwork\/\\x00cache` holds a control character/],
      ['a line break in a glob', 'sources: [ "seeds/\\n**" ]\n', /^groundwork\.yaml:1:12: error: `sources` glob `seeds\/\\n\*\*` holds a control character/],
    ];
    for (const [what, yaml, error] of refused) {
      it(`${what}: refused at its line and column, exit 2, quickly`, async () => {
        const cwd = workspace({ ...base, 'groundwork.yaml': yaml });
        const started = Date.now();
        const result = await groundwork(cwd, ['check']);
        assert.equal(result.code, 2, result.stderr + result.stdout);
        assert.match(result.stderr, error);
        assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');
        assert.ok(result.stderr.length < 1000, `a short message: ${result.stderr.length} characters`);
        assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
      });
    }

    it('a --sources glob over the limit or with a control character is a usage error', async () => {
      const cwd = workspace(base);
      const long = await groundwork(cwd, ['check', '--sources', `${'a/'.repeat(35_000)}**`]);
      assert.equal(long.code, 2);
      assert.match(long.stderr, /^groundwork check: --sources `a\/a\/.*…` is 70002 characters long; at most 4096 are read\nTry 'groundwork check --help'\.\n$/);
      const nul = await groundwork(cwd, ['index', '--sources', 'seeds/\0**']);
      assert.equal(nul.code, 2);
      assert.match(nul.stderr, /^groundwork index: --sources `seeds\/\\x00\*\*` holds a control character/);
    });
  });

  describe('score --pairs', () => {
    it('a line of several megabytes is one error line, never read whole, and the rest is scored', async () => {
      const source = 'The agreement lists nine critical minerals. '.repeat(70_000); // about 3 MB
      const good = (id: number) => JSON.stringify({ id, source: 'The agreement lists nine critical minerals.', claim: 'The agreement lists nine minerals.' });
      const cwd = workspace({ 'pairs.jsonl': [good(1), JSON.stringify({ id: 'huge', source, claim: 'The agreement lists nine minerals.' }), good(3), ''].join('\n') });
      const started = Date.now();
      const result = await groundwork(cwd, ['score', '--pairs', 'pairs.jsonl']);
      assert.equal(result.code, 0, result.stderr);
      const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; line?: number; error?: string; verdict?: string });
      assert.deepEqual(lines.map((l) => l.id), [1, null, 3]);
      assert.equal(lines[1]!.line, 2);
      assert.match(lines[1]!.error!, /^the line is \d+ characters long; at most 1048576 are read$/);
      assert.equal(lines[0]!.verdict, 'supported');
      assert.match(result.stderr, /^groundwork: pairs\.jsonl:2: the line is \d+ characters long/);
      assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    });
  });

  describe('cache stamps', () => {
    it('an edit that keeps the size and puts the modification time back is still seen', async () => {
      const cwd = workspace({ 'seeds/pact.txt': PACT_SOURCE, 'drafts/report.md': 'The United States signed a critical minerals agreement with Japan on Thursday.\n' });
      const first = await groundwork(cwd, ['check']);
      assert.equal(first.code, 0, first.stderr + first.stdout);
      const file = path.join(cwd, 'seeds', 'pact.txt');
      const { statSync, utimesSync } = await import('node:fs');
      const before = statSync(file);
      await new Promise((resolve) => setTimeout(resolve, 20));
      writeFileSync(file, PACT_SOURCE.replace('with Japan', 'with Korea'));
      utimesSync(file, before.atime, before.mtime);
      assert.equal(statSync(file).size, before.size);
      assert.equal(Math.round(statSync(file).mtimeMs), Math.round(before.mtimeMs), 'the same modification time, to the millisecond');
      const second = await groundwork(cwd, ['check', '--format', 'json']);
      const report = JSON.parse(second.stdout) as { files: { statements: { verdict: string }[] }[] };
      assert.notEqual(report.files[0]!.statements[0]!.verdict, 'supported', 'the old verdict was kept');
    });
  });

  describe('text that used to escape review', () => {
    it('a claim in an HTML block or a footnote definition is checked', async () => {
      const cwd = workspace({
        'seeds/pact.txt': PACT_SOURCE,
        'drafts/report.md': [
          'The United States signed a critical minerals agreement with Japan on Thursday.[^1]',
          '',
          '<div><p>Penguins in Antarctica prefer jazz records to classical symphonies.</p></div>',
          '',
          '[^1]: The agreement was later cancelled by both governments in a secret ceremony.',
          '',
        ].join('\n'),
      });
      const result = await groundwork(cwd, ['check', '--format', 'json', '--no-cache']);
      const report = JSON.parse(result.stdout) as { files: { statements: { text: string; verdict: string; range: { start: { line: number } } }[] }[] };
      const statements = report.files[0]!.statements;
      assert.deepEqual(statements.map((s) => [s.range.start.line, s.verdict]), [[1, 'supported'], [3, 'unsupported'], [5, 'unsupported']]);
    });
  });
});
