// Runs the built `groundwork` command as a user would, on small workspaces made for each test.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCli, groundwork, PACT_SOURCE, Workspaces } from '../helpers/cli-process.js';

const SOURCE = PACT_SOURCE + '\nThe agreement lists nine critical minerals, including lithium and cobalt.\n';

const SUPPORTED = 'The United States signed a critical minerals agreement with Japan on Thursday.\n';
const MISQUOTED = '# Notes\n\nGuo Jiakun said that "all parties should adhere to the principles of a planned economy and fair competition."\n';
const UNSUPPORTED = 'Penguins in Antarctica prefer jazz records to classical symphonies.\n';

const workspaces = new Workspaces('groundwork-cli-');
const workspace = (files: Record<string, string | Buffer>): string => workspaces.make(files);

describe('groundwork CLI (built, run as a process)', function () {
  this.timeout(60_000);

  before(buildCli);
  after(() => workspaces.removeAll());

  it('--version and --help', async () => {
    const cwd = workspace({});
    const version = await groundwork(cwd, ['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = await groundwork(cwd, ['check', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--fail-on/);
  });

  describe('check', () => {
    it('--output FILE writes the report to the file, whatever the format, and nothing to stdout', async () => {
      const cwd = workspace({ 'seeds/pact.txt': PACT_SOURCE, 'drafts/a.md': UNSUPPORTED });
      const stdout = await groundwork(cwd, ['check', '--format', 'json', '--fail-on', 'none']);
      const toFile = await groundwork(cwd, ['check', '--format', 'json', '--fail-on', 'none', '--output', 'out/report.json']);
      // A folder that does not exist is an I/O error (exit 2) naming the file.
      assert.equal(toFile.code, 2);
      assert.match(toFile.stderr, /cannot write out\/report\.json/);
      const ok = await groundwork(cwd, ['check', '--format', 'json', '--fail-on', 'none', '-o', 'report.json']);
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(ok.stdout, '');
      assert.equal(readFileSync(path.join(cwd, 'report.json'), 'utf8'), stdout.stdout);
      const text = await groundwork(cwd, ['check', '--fail-on', 'warning', '-o', 'report.txt'], { env: { FORCE_COLOR: '1' } });
      assert.equal(text.code, 1, 'the exit code is the check\'s');
      const written = readFileSync(path.join(cwd, 'report.txt'), 'utf8');
      assert.match(written, /unsupported-statement/);
      assert.doesNotMatch(written, /\u001b\[/, 'no colours in a file');
    });

    it('with no sources exits 2 and says how to point it at them, instead of flagging every statement', async () => {
      const cwd = workspace({ 'drafts/a.md': UNSUPPORTED });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 2, run.stderr + run.stdout);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /no sources to check against: no file matches seeds\/\*\*/);
      assert.match(run.stderr, /--sources/);
      assert.match(run.stderr, /groundwork\.yaml/);
      const configured = await groundwork(workspace({ 'groundwork.yaml': 'sources: [ research/** ]\n', 'a.md': UNSUPPORTED }), ['check']);
      assert.equal(configured.code, 2);
      assert.match(configured.stderr, /no file matches the sources of groundwork\.yaml/);
    });

    it('"index" with no sources exits 2 too, with the same advice, instead of indexing nothing', async () => {
      const run = await groundwork(workspace({ 'drafts/a.md': UNSUPPORTED }), ['index']);
      assert.equal(run.code, 2, run.stderr + run.stdout);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /no sources to index: no file matches seeds\/\*\*/);
      assert.match(run.stderr, /`groundwork index --sources "research\/\*\*"`/);
      assert.match(run.stderr, /groundwork\.yaml/);
      const json = await groundwork(workspace({ 'a.md': UNSUPPORTED }), ['index', '--format', 'json']);
      assert.equal(json.code, 2);
      assert.equal(json.stdout, '');
    });

    it('never checks a project\'s README, changelog, licence, contributor notes or dependencies\' docs, unless named', async () => {
      const cwd = workspace({
        'seeds/pact.txt': SOURCE,
        'drafts/clean.md': SUPPORTED,
        'README.md': UNSUPPORTED,
        'docs/readme.md': UNSUPPORTED,
        'CHANGELOG.md': UNSUPPORTED,
        'LICENSE.md': UNSUPPORTED,
        'CONTRIBUTING.md': UNSUPPORTED,
        'CODE_OF_CONDUCT.md': UNSUPPORTED,
        'node_modules/some-lib/guide.md': UNSUPPORTED,
      });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 0, run.stderr + run.stdout);
      assert.equal(run.stdout, '1 statement, 1 supported, 0 flagged (0 errors, 0 warnings, 0 info) in 1 file\n');
      const named = await groundwork(cwd, ['check', 'README.md']);
      assert.match(named.stdout, /README\.md:1:1 warning unsupported-statement/);
    });

    it('skips a draft that turns Groundwork off with <!-- groundwork-disable-file -->', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/off.md': `---\ntitle: Notes\n---\n<!-- groundwork-disable-file -->\n\n${UNSUPPORTED}` });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 0, run.stderr + run.stdout);
      assert.equal(run.stdout, '0 statements, 0 supported, 0 flagged (0 errors, 0 warnings, 0 info) in 1 file\n');
    });

    it('exits 0 when every statement is supported, and prints the summary', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/clean.md': SUPPORTED });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 0, run.stderr + run.stdout);
      assert.equal(run.stdout, '1 statement, 1 supported, 0 flagged (0 errors, 0 warnings, 0 info) in 1 file\n');
    });

    it('exits 1 on a misquote and shows path:line:col, the evidence and the diff', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/quote.md': MISQUOTED });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 1, run.stderr + run.stdout);
      assert.match(run.stdout, /^drafts\/quote\.md:3:\d+ error misquote .+$/m);
      assert.match(run.stdout, /^ {4}evidence: seeds\/pact\.txt:7:\d+ {2}".*market economy.*"$/m);
      assert.match(run.stdout, /\[-planned-\]/);
      assert.match(run.stdout, /1 flagged \(1 error, 0 warnings, 0 info\) in 1 file\n$/);
      assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    });

    it('--fail-on sets the level that fails: an unsupported statement is a warning', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/opinion.md': UNSUPPORTED });
      assert.equal((await groundwork(cwd, ['check'])).code, 0);
      assert.equal((await groundwork(cwd, ['check', '--fail-on', 'warning'])).code, 1);
      assert.equal((await groundwork(cwd, ['check', '--fail-on', 'info'])).code, 1);
      const misquote = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/quote.md': MISQUOTED });
      assert.equal((await groundwork(misquote, ['check', '--fail-on', 'none'])).code, 0);
    });

    it('FORCE_COLOR colours the output; NO_COLOR and --no-color do not', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/quote.md': MISQUOTED });
      assert.ok((await groundwork(cwd, ['check'], { env: { FORCE_COLOR: '1' } })).stdout.includes('\u001b[31m'));
      assert.ok(!(await groundwork(cwd, ['check', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout.includes('\u001b['));
    });

    it('--format json lists every statement, supported or not, with 1-based ranges', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/a.md': SUPPORTED + '\n' + UNSUPPORTED, 'drafts/b.md': MISQUOTED });
      const run = await groundwork(cwd, ['check', '--format', 'json']);
      assert.equal(run.code, 1, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.equal(report.version, 1);
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['drafts/a.md', 'drafts/b.md']);
      const [supported, unsupported] = report.files[0].statements;
      assert.equal(supported.verdict, 'supported');
      assert.equal(supported.code, 'supported');
      assert.equal(supported.severity, 'none');
      assert.deepEqual(supported.range.start, { line: 1, column: 1 });
      assert.equal(supported.evidence[0].source, 'seeds/pact.txt');
      assert.deepEqual(supported.evidence[0].range.start, { line: 5, column: 1 });
      assert.equal(unsupported.verdict, 'unsupported');
      assert.equal(unsupported.code, 'unsupported-statement');
      assert.equal(unsupported.severity, 'warning');
      assert.deepEqual(unsupported.range.start, { line: 3, column: 1 });
      assert.equal(typeof unsupported.score, 'number');
      assert.equal(report.files[1].statements[0].verdict, 'misquote');
      assert.deepEqual(
        { statements: report.summary.statements, supported: report.summary.supported, flagged: report.summary.flagged },
        { statements: 3, supported: 1, flagged: 2 },
      );
    });

    it('--format sarif writes a SARIF 2.1.0 log', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/quote.md': MISQUOTED });
      const run = await groundwork(cwd, ['check', '--format', 'sarif']);
      assert.equal(run.code, 1, run.stderr);
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      assert.ok(log.$schema);
      const [only] = log.runs;
      assert.equal(only.tool.driver.name, 'groundwork');
      assert.ok(only.tool.driver.rules.some((r: { id: string }) => r.id === 'misquote'));
      const [result] = only.results;
      assert.equal(result.ruleId, 'misquote');
      assert.equal(result.level, 'error');
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'drafts/quote.md');
      assert.equal(result.locations[0].physicalLocation.region.startLine, 3);
      assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'seeds/pact.txt');
      assert.ok(Object.values(result.partialFingerprints)[0]);
    });

    it('--format github writes workflow commands', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/quote.md': MISQUOTED, 'drafts/opinion.md': UNSUPPORTED });
      const run = await groundwork(cwd, ['check', '--format', 'github']);
      assert.equal(run.code, 1, run.stderr);
      const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
      assert.equal(commands.length, 2);
      assert.match(commands[0]!, /^::warning file=drafts\/opinion\.md,line=1,col=1,endLine=1,endColumn=\d+,title=groundwork unsupported-statement::/);
      assert.match(commands[1]!, /^::error file=drafts\/quote\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=groundwork misquote::[^\n]*%0Aevidence/);
    });

    it('checks only the drafts named, files or folders', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/quote.md': MISQUOTED, 'other/clean.md': SUPPORTED, 'other/notes.txt': UNSUPPORTED });
      const folder = await groundwork(cwd, ['check', 'other']);
      assert.equal(folder.code, 0, folder.stderr);
      assert.match(folder.stdout, /in 1 file\n$/);
      const file = await groundwork(cwd, ['check', 'drafts/quote.md', '--format', 'json']);
      assert.deepEqual(JSON.parse(file.stdout).files.map((f: { path: string }) => f.path), ['drafts/quote.md']);
    });

    it('a missing draft path is an error naming it (exit 2)', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'drafts/clean.md': SUPPORTED });
      const run = await groundwork(cwd, ['check', 'drafts/nope.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /drafts\/nope\.md: no such file or folder/);
      assert.equal(run.stdout, '');
    });

    it('a configuration problem prints file:line:col: error: and exits 2', async () => {
      const cwd = workspace({ 'groundwork.yaml': 'sources: [ "seeds/**" ]\nthreshold: high\n', 'seeds/pact.txt': SOURCE, 'a.md': SUPPORTED });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^groundwork\.yaml:2:\d+: error: .+/m);
      const explicit = await groundwork(cwd, ['check', '--config', 'missing.yaml']);
      assert.equal(explicit.code, 2);
      assert.match(explicit.stderr, /missing\.yaml/);
    });

    it('reads sources and drafts as the config says, from the config file\'s folder', async () => {
      const cwd = workspace({
        'project/groundwork.yaml': 'sources: [ "library/**" ]\ndrafts: [ "text/**/*.md" ]\n',
        'project/library/pact.txt': SOURCE,
        'project/text/clean.md': SUPPORTED,
        'project/notes.md': UNSUPPORTED,
      });
      const run = await groundwork(cwd, ['check', '--config', 'project/groundwork.yaml', '--format', 'json']);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['text/clean.md']);
      assert.equal(report.files[0].statements[0].evidence[0].source, 'library/pact.txt');
    });

    it('--sources replaces the config\'s sources', async () => {
      const cwd = workspace({ 'library/pact.txt': SOURCE, 'clean.md': SUPPORTED });
      // Without it the default seeds/** finds nothing: a setup error.
      assert.equal((await groundwork(cwd, ['check', '--fail-on', 'warning'])).code, 2);
      const run = await groundwork(cwd, ['check', '--sources', 'library/**', '--fail-on', 'warning']);
      assert.equal(run.code, 0, run.stdout);
    });

    it('a source that cannot be read is a warning on stderr and the rest is checked', async () => {
      const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0, 0, 0, 0]);
      const cwd = workspace({ 'seeds/pact.txt': SOURCE, 'seeds/broken.txt': binary, 'drafts/clean.md': SUPPORTED });
      const run = await groundwork(cwd, ['check']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /^warning: seeds\/broken\.txt: .+/m);
      assert.match(run.stdout, /1 supported/);
    });

    it('usage errors exit 2', async () => {
      const cwd = workspace({});
      const run = await groundwork(cwd, ['check', '--format', 'xml']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--format must be one of/);
      assert.equal((await groundwork(cwd, ['frobnicate'])).code, 2);
    });
  });

  describe('score', () => {
    const pairs = [
      JSON.stringify({ id: 'a', source: SOURCE, claim: 'The United States signed a critical minerals agreement with Japan.' }),
      '{"id": "broken", "source": ',
      JSON.stringify({ id: 7, source: SOURCE, claim: 'Penguins prefer jazz records to classical symphonies.' }),
      '',
    ].join('\n');

    it('writes one line per input line, in order; a malformed line gives an error line and the rest goes on', async () => {
      const cwd = workspace({ 'pairs.jsonl': pairs });
      const run = await groundwork(cwd, ['score', '--pairs', 'pairs.jsonl']);
      assert.equal(run.code, 0, run.stderr);
      const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 3);
      assert.equal(lines[0].id, 'a');
      assert.equal(lines[0].verdict, 'supported');
      assert.ok(lines[0].score >= 0 && lines[0].score <= 1);
      assert.deepEqual(Object.keys(lines[1]), ['id', 'line', 'error']);
      assert.equal(lines[1].id, null);
      assert.equal(lines[1].line, 2);
      assert.equal(lines[2].id, 7);
      assert.equal(lines[2].verdict, 'unsupported');
      assert.match(run.stderr, /pairs\.jsonl:2: not valid JSON/);
    });

    it('reads stdin with --pairs -, and streams a long input in order', async () => {
      const cwd = workspace({});
      const claim = JSON.stringify({ id: 0, source: 'The agreement lists nine critical minerals.', claim: 'The agreement lists nine minerals.' });
      const count = 2000;
      const input = Array.from({ length: count }, (_, i) => claim.replace('"id":0', `"id":${i}`)).join('\n') + '\n';
      const run = await groundwork(cwd, ['score', '--pairs', '-'], { input });
      assert.equal(run.code, 0, run.stderr);
      const ids = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
      assert.deepEqual(ids, Array.from({ length: count }, (_, i) => i));
    });

    it('threads (--jobs 2) give the same lines in the same order as the main thread alone (--jobs 1), errors included', async () => {
      const sources = [SOURCE, 'The museum reopened on Monday after a two-year renovation that cost 40 million euros.', 'Rainfall in March was twice the average, the weather service said.'];
      const claims = ['The museum reopened after a renovation.', 'The United States signed a critical minerals agreement with Japan.', 'Rainfall in March was half the average.'];
      const lines: string[] = [];
      for (let i = 0; i < 60; i++) {
        if (i === 40) lines.push('{"id": "broken", ');
        else if (i === 45) lines.push(JSON.stringify({ id: i, source: sources[0], claim: 42 }));
        else lines.push(JSON.stringify({ id: i, source: sources[i % 3], claim: claims[(i * 7) % 3] }));
      }
      const cwd = workspace({ 'pairs.jsonl': lines.join('\n') + '\n' });
      const alone = await groundwork(cwd, ['score', '--pairs', 'pairs.jsonl', '--jobs', '1']);
      const threads = await groundwork(cwd, ['score', '--pairs', 'pairs.jsonl', '--jobs', '2']);
      assert.equal(alone.code, 0, alone.stderr);
      assert.equal(threads.code, 0, threads.stderr);
      assert.equal(threads.stdout.trimEnd().split('\n').length, 60);
      assert.equal(threads.stdout, alone.stdout);
      assert.equal(threads.stderr, alone.stderr);
      assert.match(threads.stderr, /pairs\.jsonl:41: not valid JSON/);
      assert.match(threads.stderr, /pairs\.jsonl:46: "claim" must be a string/);
    });

    it('--jobs takes a whole number from 1 to 64', async () => {
      const cwd = workspace({ 'pairs.jsonl': pairs });
      for (const jobs of ['0', 'two', '65']) {
        const run = await groundwork(cwd, ['score', '--pairs', 'pairs.jsonl', '--jobs', jobs]);
        assert.equal(run.code, 2, jobs);
        assert.match(run.stderr, /--jobs needs a whole number from 1 to 64/);
      }
    });

    it('a pairs file that does not exist is an I/O error (exit 2)', async () => {
      const run = await groundwork(workspace({}), ['score', '--pairs', 'nope.jsonl']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /nope\.jsonl: no such file or folder/);
    });
  });

  describe('index', () => {
    it('summarises what was indexed; --format json lists entities and quotes', async () => {
      const cwd = workspace({ 'seeds/pact.txt': SOURCE });
      const text = await groundwork(cwd, ['index']);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^1 document, \d+ passages, \d+ entities.*, 1 quote, 0 warnings$/m);
      const json = await groundwork(cwd, ['index', '--format', 'json']);
      const index = JSON.parse(json.stdout);
      assert.equal(index.documents[0].path, 'seeds/pact.txt');
      assert.ok(index.entities.some((e: { name: string }) => e.name === 'Guo Jiakun'));
      assert.equal(index.quotes[0].speaker !== null, true);
      assert.equal(index.quotes[0].source, 'seeds/pact.txt');
      assert.equal(index.quotes[0].range.start.line, 7);
    });
  });

  describe('persisted index', () => {
    it('keeps the index in .groundwork/cache, reuses it, and reads again only a source that changed', async () => {
      const root = workspace({ 'seeds/pact.txt': SOURCE, 'draft.md': SUPPORTED });
      const first = await groundwork(root, ['check', '--format', 'json']);
      assert.equal(first.code, 0, first.stderr);
      const index = path.join(root, '.groundwork', 'cache', 'index.bin');
      assert.ok(existsSync(index), 'the first run writes the index');
      const written = statSync(index).mtimeMs;

      const second = await groundwork(root, ['check', '--format', 'json']);
      assert.equal(second.stdout, first.stdout, 'the same report from the index');
      assert.equal(statSync(index).mtimeMs, written, 'an unchanged corpus does not rewrite the index');

      // The source now says something else: the statement it backed is no longer supported.
      writeFileSync(path.join(root, 'seeds', 'pact.txt'), SOURCE.replace('signed a critical minerals agreement with Japan', 'rejected a fisheries treaty with Peru') + '\n');
      const third = await groundwork(root, ['check', '--format', 'json']);
      assert.equal(third.code, 1);
      assert.notEqual(JSON.parse(third.stdout).files[0].statements[0].verdict, 'supported');
    });

    it('many sources are read on threads: the same report and index as the cache gives, warnings and all', async () => {
      // Past the first sources read on the main thread, the rest go to worker threads.
      const files: Record<string, string | Buffer> = { 'draft.md': MISQUOTED + '\n' + SUPPORTED + '\nZhou Mi said exports fell 3 percent.\n' };
      for (let i = 0; i < 150; i++) files[`seeds/s${String(i).padStart(3, '0')}.txt`] = i % 50 === 7 ? SOURCE : `Zhou Mi, researcher number ${i}, said "exports fell ${i % 9} percent" in Tokyo on Monday. Guo Jiakun added that supply chains matter.\n`;
      files['seeds/empty.txt'] = '';
      files['seeds/bad.html'] = Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41]);
      const root = workspace(files);
      const cold = await groundwork(root, ['check', '--format', 'json']);
      const uncached = await groundwork(root, ['check', '--format', 'json', '--no-cache']);
      const warm = await groundwork(root, ['check', '--format', 'json']);
      assert.equal(cold.stdout, warm.stdout);
      assert.equal(cold.stdout, uncached.stdout);
      assert.equal(cold.code, warm.code);
      assert.match(cold.stderr, /empty\.txt: is empty/);
      assert.equal(cold.stderr, uncached.stderr);
    });

    it('saves the index after the report, as read: the same file as `index` writes, even when a draft checked is also a source', async () => {
      const files = { 'seeds/pact.txt': SOURCE, 'seeds/notes.md': '# Notes\n\nZhou Mi said exports fell 3 percent.\n', 'draft.md': SUPPORTED };
      const indexed = workspace(files);
      assert.equal((await groundwork(indexed, ['index'])).code, 0);
      const checked = workspace(files);
      // seeds/notes.md is a source, named as a draft: it is taken out of the corpus while it is checked.
      const run = await groundwork(checked, ['check', '--format', 'json', 'draft.md', 'seeds/notes.md']);
      assert.ok(JSON.parse(run.stdout).files.length === 2, run.stderr);
      const header = (root: string): unknown => {
        // The stamps (size, times, inode) differ between the two workspaces; everything else must not.
        const bytes = readFileSync(path.join(root, '.groundwork', 'cache', 'index.bin'));
        const length = bytes.readUInt32LE(8);
        const { stamps: _, ...rest } = JSON.parse(bytes.subarray(16, 16 + length).toString('utf8')) as { stamps: string[] };
        return { rest, after: bytes.subarray(16 + length).toString('base64') };
      };
      assert.deepEqual(header(checked), header(indexed));
    });

    it('a damaged index is rebuilt, never trusted; --no-cache neither reads nor writes it', async () => {
      const root = workspace({ 'seeds/pact.txt': SOURCE, 'draft.md': SUPPORTED, '.groundwork/cache/index.bin': Buffer.from('GWIX garbage garbage garbage') });
      const run = await groundwork(root, ['check']);
      assert.equal(run.code, 0, run.stderr + run.stdout);
      assert.notEqual(readFileSync(path.join(root, '.groundwork', 'cache', 'index.bin'), 'latin1').slice(5, 12), 'garbage');

      const fresh = workspace({ 'seeds/pact.txt': SOURCE, 'draft.md': SUPPORTED });
      const uncached = await groundwork(fresh, ['check', '--no-cache']);
      assert.equal(uncached.code, 0, uncached.stderr);
      assert.equal(existsSync(path.join(fresh, '.groundwork')), false);
    });
  });
});
