import assert from 'node:assert/strict';
import { parseCommandLine } from '../../src/cli/args.js';
import { CliError } from '../../src/cli/cli-error.js';
import { wantsColor } from '../../src/cli/colors.js';
import { readPair } from '../../src/cli/pairs.js';
import { warningLine } from '../../src/cli/warning-line.js';

describe('CLI arguments', () => {
  it('reads check options with their defaults', () => {
    assert.deepEqual(parseCommandLine(['check']), {
      name: 'check', paths: [], config: undefined, sources: undefined, format: 'text', failOn: 'error', quiet: false, verbose: false, noColor: false,
    });
    const command = parseCommandLine(['check', 'drafts', 'x.md', '--sources', 'a/**', '--sources=b/**', '--format', 'sarif', '--fail-on', 'warning', '--quiet', '--no-color']);
    assert.equal(command.name, 'check');
    if (command.name !== 'check') return;
    assert.deepEqual(command.paths, ['drafts', 'x.md']);
    assert.deepEqual(command.sources, ['a/**', 'b/**']);
    assert.equal(command.format, 'sarif');
    assert.equal(command.failOn, 'warning');
    assert.equal(command.quiet, true);
    assert.equal(command.noColor, true);
  });

  it('reads --output FILE (or -o) for check, and html as a format', () => {
    const command = parseCommandLine(['check', '--format', 'html', '-o', 'report.html']);
    assert.equal(command.name === 'check' && command.output, 'report.html');
    assert.equal(command.name === 'check' && command.format, 'html');
    const plain = parseCommandLine(['check']);
    assert.equal(plain.name === 'check' && plain.output, undefined);
  });

  it('refuses unknown commands, unknown options and values out of range, naming them', () => {
    const refused = (argv: string[], pattern: RegExp) =>
      assert.throws(() => parseCommandLine(argv), (e: unknown) => e instanceof CliError && pattern.test(e.message));
    refused(['lint'], /unknown command 'lint'/);
    refused(['check', '--colour'], /--colour/);
    refused(['check', '--format', 'xml'], /--format must be one of text, json, sarif, github, html \(got 'xml'\)/);
    refused(['check', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, info, none/);
    refused(['score'], /--pairs/);
    refused(['index', '--format', 'sarif'], /--format must be one of text, json/);
  });

  it('says what is wrong with an argument in its own words, with a did-you-mean', () => {
    const message = (argv: string[]): string => {
      try {
        parseCommandLine(argv);
      } catch (e) {
        assert.ok(e instanceof CliError);
        return e.lines[0]!;
      }
      assert.fail(`accepted ${argv.join(' ')}`);
    };
    assert.equal(message(['check', '--formt', 'json']), 'groundwork check: unknown option --formt; did you mean --format?');
    assert.equal(message(['check', '--fail-no', 'warning']), 'groundwork check: unknown option --fail-no; did you mean --fail-on?');
    assert.equal(message(['index', '--source', 'a/**']), 'groundwork index: unknown option --source; did you mean --sources?');
    assert.equal(message(['check', '--zebra']), 'groundwork check: unknown option --zebra');
    assert.equal(message(['check', '-x']), 'groundwork check: unknown option -x');
    assert.equal(message(['check', '--format']), 'groundwork check: --format needs a value (text, json, sarif, github, html)');
    assert.equal(message(['check', '--quiet=yes']), 'groundwork check: --quiet takes no value');
    assert.equal(message(['index', 'extra']), "groundwork index: unexpected argument 'extra'");
    assert.equal(message(['chek']), "groundwork: unknown command 'chek'; did you mean check?");
    assert.equal(message(['check', '--format', 'jsno']), "groundwork: --format must be one of text, json, sarif, github, html (got 'jsno'); did you mean json?");
    for (const argv of [['check', '--formt'], ['check', '--format']]) assert.doesNotMatch(message(argv), /positional|as in|ERR_/);
    // What is right still parses: grouped shorts, an inline value, a value after `--`.
    assert.equal((parseCommandLine(['check', '-qv', '-fjson', '--fail-on=none', '--', '--odd.md']) as { paths: string[] }).paths[0], '--odd.md');
  });

  it('help and version', () => {
    assert.deepEqual(parseCommandLine([]), { name: 'help', topic: undefined });
    assert.deepEqual(parseCommandLine(['check', '--help']), { name: 'help', topic: 'check' });
    assert.deepEqual(parseCommandLine(['help', 'score']), { name: 'help', topic: 'score' });
    assert.deepEqual(parseCommandLine(['--version']), { name: 'version' });
  });
});

describe('CLI colours', () => {
  it('colours a TTY unless told not to; FORCE_COLOR colours a pipe', () => {
    assert.equal(wantsColor({ noColorFlag: false, env: {}, isTTY: true }), true);
    assert.equal(wantsColor({ noColorFlag: false, env: {}, isTTY: false }), false);
    assert.equal(wantsColor({ noColorFlag: false, env: { NO_COLOR: '1' }, isTTY: true }), false);
    assert.equal(wantsColor({ noColorFlag: false, env: { NO_COLOR: '' }, isTTY: true }), true);
    assert.equal(wantsColor({ noColorFlag: true, env: { FORCE_COLOR: '1' }, isTTY: true }), false);
    assert.equal(wantsColor({ noColorFlag: false, env: { FORCE_COLOR: '1' }, isTTY: false }), true);
    assert.equal(wantsColor({ noColorFlag: false, env: { FORCE_COLOR: '0' }, isTTY: true }), false);
  });
});

describe('CLI messages', () => {
  it('a source warning names the file once', () => {
    assert.equal(warningLine({ path: 'seeds/x.txt', message: 'seeds/x.txt looks binary (NUL bytes)' }), 'warning: seeds/x.txt: looks binary (NUL bytes)');
    assert.equal(warningLine({ path: 'seeds/x.txt', message: 'seeds/x.txt: bad' }), 'warning: seeds/x.txt: bad');
    assert.equal(warningLine({ path: 'seeds/x.pdf', message: 'page 3 has no text' }), 'warning: seeds/x.pdf: page 3 has no text');
  });
});

describe('score input lines', () => {
  it('reads a pair, or says what is wrong with the line', () => {
    assert.deepEqual(readPair('{"id":"a","source":"S.","claim":"C."}'), { id: 'a', source: 'S.', claim: 'C.' });
    assert.deepEqual(readPair('{"id":7,"source":"S.","claim":"C."}'), { id: 7, source: 'S.', claim: 'C.' });
    assert.match((readPair('{"id":') as { error: string }).error, /^not valid JSON/);
    assert.deepEqual(readPair('[1]'), { id: null, error: 'expected a JSON object {"id", "source", "claim"}' });
    assert.deepEqual(readPair('{"id":"b","source":"S."}'), { id: 'b', error: '"claim" must be a string' });
    assert.deepEqual(readPair('{"source":"S.","claim":"C."}'), { id: null, error: '"id" must be a string or a number' });
  });
});
