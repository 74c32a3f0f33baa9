import assert from 'node:assert/strict';
import { createMatcher } from '../../src/core/config/glob.js';
import { formatProblem, parseConfig, type ConfigProblem } from '../../src/core/config/load.js';
import { CONFIG_KEYS, CONFIG_SCHEMA, jsonSchemaOf, vscodeSettingsProperties, yamlNameOf } from '../../src/core/config/schema.js';
import { defaultConfig } from '../../src/core/config/types.js';

const FILE = 'groundwork.yaml';

/** Problems as `line:column: message`, the way a user reads them. */
function problemsOf(yaml: string): string[] {
  return parseConfig(yaml, FILE).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
}

describe('config: groundwork.yaml', () => {
  it('reads require-citations, off by default, and names it when it is not true or false', () => {
    assert.equal(parseConfig('', FILE).config.requireCitations, false);
    assert.equal(parseConfig('require-citations: true\n', FILE).config.requireCitations, true);
    assert.deepEqual(problemsOf('require-citations: yes please'), ['1:20: `require-citations` must be `true` or `false`']);
    assert.deepEqual(problemsOf('requireCitations: true'), ['1:1: unknown setting `requireCitations`; did you mean `require-citations`?']);
  });

  it('gives the defaults for an empty file', () => {
    for (const text of ['', '# only a comment\n', '---\n']) {
      const { config, problems } = parseConfig(text, FILE);
      assert.deepEqual(problems, []);
      assert.deepEqual(config, defaultConfig());
    }
  });

  it('reads every setting', () => {
    const { config, problems } = parseConfig(
      [
        'sources: [ "seeds/**", research/*.pdf ]',
        'drafts: drafts/**/*.md',
        'exclude:',
        '  - drafts/archive/**',
        'threshold: 0.6',
        'severity:',
        '  unsupported-statement: info',
        '  number-mismatch: off',
        'aliases:',
        '  Guo Jiakun: [ Guo ]',
        '  Zhou Mi: Zhou',
        'cache: .cache/groundwork',
      ].join('\n'),
      FILE,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.sources, ['seeds/**', 'research/*.pdf']);
    assert.deepEqual(config.drafts, ['drafts/**/*.md']);
    assert.deepEqual(config.exclude, [...defaultConfig().exclude, 'drafts/archive/**']);
    assert.equal(config.threshold, 0.6);
    assert.deepEqual(config.severity, {
      ...defaultConfig().severity,
      'unsupported-statement': 'info',
      'number-mismatch': 'off',
    });
    assert.deepEqual(config.aliases, { 'Guo Jiakun': ['Guo'], 'Zhou Mi': ['Zhou'] });
    assert.equal(config.cache, '.cache/groundwork');
  });

  it('treats a key without a value as unset', () => {
    const { config, problems } = parseConfig('aliases:\nthreshold:\n', FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, defaultConfig());
  });

  it('formats a problem as file:line:column: error: message', () => {
    const problem: ConfigProblem = { file: FILE, line: 3, column: 12, message: '`threshold` must be a number between 0 and 1' };
    assert.equal(formatProblem(problem), 'groundwork.yaml:3:12: error: `threshold` must be a number between 0 and 1');
  });

  it('reports a threshold out of range or of the wrong type at its value, and keeps the default', () => {
    const yaml = 'sources: seeds/**\ndrafts: "**/*.md"\nthreshold: 1.5\n';
    const { config, problems } = parseConfig(yaml, FILE);
    assert.deepEqual(problems.map(formatProblem), ['groundwork.yaml:3:12: error: `threshold` must be a number between 0 and 1']);
    assert.equal(problems[0]!.endLine, 3);
    assert.equal(problems[0]!.endColumn, 15);
    assert.equal(config.threshold, defaultConfig().threshold);
    assert.deepEqual(config.sources, ['seeds/**'], 'the other settings still apply');
    assert.deepEqual(problemsOf('threshold: "0.5"'), ['1:12: `threshold` must be a number between 0 and 1']);
    assert.deepEqual(problemsOf('threshold: -0.1'), ['1:12: `threshold` must be a number between 0 and 1']);
    assert.deepEqual(problemsOf('threshold: .nan'), ['1:12: `threshold` must be a number between 0 and 1']);
  });

  it('reports an unknown setting at its key, suggesting the closest one', () => {
    assert.deepEqual(problemsOf('threshold: 0.5\n  \ntreshold: 0.4\n'), ['3:1: unknown setting `treshold`; did you mean `threshold`?']);
    assert.deepEqual(problemsOf('Sources: seeds/**'), ['1:1: unknown setting `Sources`; did you mean `sources`?']);
    assert.deepEqual(problemsOf('colour: blue'), [
      '1:1: unknown setting `colour`; expected one of sources, drafts, exclude, threshold, severity, aliases, cache, require-citations, archive',
    ]);
  });

  it('reports unknown finding codes and severities, keeping the other entries', () => {
    const yaml = ['severity:', '  misquotes: error', '  unsupported-statement: warn', '  number-mismatch: info'].join('\n');
    const { config, problems } = parseConfig(yaml, FILE);
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column}: ${p.message}`),
      [
        '2:3: unknown finding code `misquotes`; did you mean `misquote`?',
        '3:26: severity of `unsupported-statement` must be error, warning, info or off, not `warn`; did you mean `warning`?',
      ],
    );
    assert.equal(config.severity['unsupported-statement'], 'warning');
    assert.equal(config.severity['number-mismatch'], 'info');
    assert.deepEqual(problemsOf('severity: error'), [
      '1:11: `severity` must map finding codes to error, warning, info or off, like `misquote: error`',
    ]);
  });

  it('refuses absolute globs and globs that reach outside the workspace', () => {
    const yaml = ['sources:', '  - seeds/**', '  - /home/me/notes/**', 'exclude: [ "../other/**", C:\\data ]', 'cache: ~/cache'].join('\n');
    const { config, problems } = parseConfig(yaml, FILE);
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column}: ${p.message}`),
      [
        '3:5: `sources` glob `/home/me/notes/**` is absolute; write it relative to the workspace folder',
        '4:12: `exclude` glob `../other/**` reaches outside the workspace folder',
        '4:27: `exclude` glob `C:\\data` is absolute; write it relative to the workspace folder',
        '5:8: `cache` `~/cache` is absolute; write it relative to the workspace folder',
      ],
    );
    assert.deepEqual(config.sources, defaultConfig().sources, 'a list with a bad glob keeps its default');
    assert.deepEqual(config.exclude, defaultConfig().exclude);
    assert.equal(config.cache, defaultConfig().cache);
    assert.deepEqual(problemsOf('drafts: [ "a/../../b/*.md" ]'), ['1:11: `drafts` glob `a/../../b/*.md` reaches outside the workspace folder']);
  });

  it('reports values of the wrong type at the value', () => {
    assert.deepEqual(problemsOf('sources: { a: 1 }'), ['1:10: `sources` must be a glob or a list of globs, like `seeds/**`']);
    assert.deepEqual(problemsOf('drafts:\n  - 3\n'), ['2:5: `drafts` must be a glob or a list of globs, like `seeds/**`']);
    assert.deepEqual(problemsOf('aliases: [ Guo ]'), ['1:10: `aliases` must map a name to its aliases, like `Guo Jiakun: [ Guo ]`']);
    assert.deepEqual(problemsOf('aliases:\n  Guo Jiakun: { short: Guo }\n'), [
      '2:15: aliases of `Guo Jiakun` must be a name or a list of names, like `[ Guo ]`',
    ]);
    assert.deepEqual(problemsOf('cache: [ a ]'), ['1:8: `cache` must be a folder path, like `.groundwork/cache`']);
  });

  it('reports a file that is not a mapping', () => {
    assert.deepEqual(problemsOf('- seeds/**\n'), ['1:1: the configuration must be a mapping of settings, like `threshold: 0.5`']);
  });

  it('reports YAML syntax errors where they are, and still applies the intact settings', () => {
    const yaml = 'threshold: 0.7\nsources: [ "seeds/**"\ndrafts: x\n';
    const { config, problems } = parseConfig(yaml, FILE);
    assert.ok(problems.length >= 1);
    assert.ok(problems.every((p) => p.line >= 2), problems.map(formatProblem).join('\n'));
    assert.equal(config.threshold, 0.7);
    assert.deepEqual(config.sources, defaultConfig().sources);
    const tab = problemsOf('severity:\n\tmisquote: error\n');
    assert.equal(tab.length, 1);
    assert.match(tab[0]!, /^2:1: /);
  });

  it('reports a duplicated setting', () => {
    const problems = problemsOf('threshold: 0.5\nthreshold: 0.6\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^2:1: .*unique/);
  });

  it('counts columns in a file with CRLF line endings and a multi-byte name', () => {
    assert.deepEqual(problemsOf('aliases:\r\n  Café Zhou: [ Zhou ]\r\nthreshold: 2\r\n'), ['3:12: `threshold` must be a number between 0 and 1']);
  });
});

describe('config: schema', () => {
  it('describes every setting of GroundworkConfig', () => {
    assert.deepEqual([...CONFIG_KEYS].sort(), Object.keys(defaultConfig()).sort());
    for (const key of CONFIG_KEYS) {
      assert.equal(CONFIG_SCHEMA[key].key, key);
      assert.ok(CONFIG_SCHEMA[key].description.length > 20, key);
    }
  });

  it('gives JSON Schema for package.json with defaults and constraints', () => {
    const threshold = jsonSchemaOf(CONFIG_SCHEMA.threshold);
    assert.deepEqual(
      { type: threshold.type, minimum: threshold.minimum, maximum: threshold.maximum, default: threshold.default },
      { type: 'number', minimum: 0, maximum: 1, default: 0.5 },
    );
    const severity = jsonSchemaOf(CONFIG_SCHEMA.severity);
    assert.deepEqual(severity.properties?.['misquote']?.enum, ['error', 'warning', 'info', 'off']);
    assert.equal(severity.additionalProperties, false);
    assert.match(CONFIG_SCHEMA.exclude.description, /`\*\*\/node_modules\/\*\*`/);
  });

  it('names the VS Code settings groundwork.<key>', () => {
    const properties = vscodeSettingsProperties();
    assert.deepEqual(Object.keys(properties), CONFIG_KEYS.map((key) => `groundwork.${key}`));
    assert.deepEqual(properties['groundwork.sources']?.default, ['seeds/**']);
    assert.deepEqual(properties['groundwork.sources']?.items, { type: 'string' });
  });

  it('accepts its own defaults written out as YAML', () => {
    const yaml = CONFIG_KEYS.map((key) => `${yamlNameOf(key)}: ${JSON.stringify(CONFIG_SCHEMA[key].default)}`).join('\n');
    const { config, problems } = parseConfig(yaml, FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, defaultConfig());
  });

  it('accepts every documented example', () => {
    for (const key of CONFIG_KEYS) {
      assert.deepEqual(problemsOf(`${yamlNameOf(key)}: ${CONFIG_SCHEMA[key].example}`), [], key);
    }
  });
});

describe('config: path matching', () => {
  const matcher = createMatcher({
    ...defaultConfig(),
    sources: ['seeds/**', 'research/*.pdf', 'notes'],
    drafts: ['**/*.md'],
    exclude: [...defaultConfig().exclude, 'seeds/private/**', 'drafts/archive/**'],
  });

  it('matches sources by glob, folder name and not when excluded', () => {
    assert.ok(matcher.isSource('seeds/global-times.txt'));
    assert.ok(matcher.isSource('seeds/deep/er/a.md'));
    assert.ok(matcher.isSource('./seeds/a.txt'));
    assert.ok(matcher.isSource('research/paper.pdf'));
    assert.ok(!matcher.isSource('research/deep/paper.pdf'));
    assert.ok(matcher.isSource('notes/interview.md'), 'a bare folder name means everything under it');
    assert.ok(!matcher.isSource('seeds/private/leak.txt'));
    assert.ok(!matcher.isSource('drafts/report.md'));
  });

  it('makes drafts of Markdown files that are neither sources nor excluded', () => {
    assert.ok(matcher.isDraft('drafts/report.md'));
    assert.ok(matcher.isDraft('notes.md'));
    assert.ok(!matcher.isDraft('seeds/notes.md'), 'a source is never a draft');
    assert.ok(!matcher.isDraft('drafts/archive/old.md'));
    assert.ok(!matcher.isDraft('node_modules/pkg/README.md'));
    assert.ok(!matcher.isDraft('drafts/report.txt'));
    assert.ok(!matcher.isDraft('.github/notes.md'), 'hidden folders are not searched');
  });

  it('never makes a draft of a project file: README, CHANGELOG, LICENSE, CONTRIBUTING, CODE_OF_CONDUCT, in any case and folder', () => {
    for (const path of ['README.md', 'readme.md', 'docs/README.fr.md', 'CHANGELOG.md', 'LICENSE.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'packages/x/Changelog.md']) {
      assert.ok(!matcher.isDraft(path), path);
    }
    assert.ok(matcher.isDraft('drafts/license-fees.md'), 'only the file names themselves');
  });

  it('excludes the built-in folders, hidden or not', () => {
    assert.ok(matcher.isExcluded('.groundwork/cache/index.json'));
    assert.ok(matcher.isExcluded('a/node_modules/b/c.md'));
    assert.ok(matcher.isExcluded('.git/HEAD'));
    assert.ok(!matcher.isExcluded('seeds/a.txt'));
  });

  it('matches nothing for empty lists', () => {
    const none = createMatcher({ ...defaultConfig(), sources: [], drafts: [], exclude: [] });
    assert.ok(!none.isSource('seeds/a.txt'));
    assert.ok(!none.isDraft('a.md'));
    assert.ok(!none.isExcluded('a.md'));
  });
});
