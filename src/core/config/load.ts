import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { FINDING_CODES, type FindingCode, type SeveritySetting } from '../model.js';
import { closestMatch } from './did-you-mean.js';
import { BUILT_IN_EXCLUDES, CONFIG_KEYS, CONFIG_SCHEMA, SEVERITY_SETTINGS, YAML_NAMES, yamlNameOf, type SettingSchema } from './schema.js';
import { defaultConfig, type GroundworkConfig } from './types.js';
import { shorten } from '../text/shorten.js';

export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  message: string;
  /** 1-based end of the offending text (exclusive column), when known. */
  endLine?: number;
  endColumn?: number;
}

/** `groundwork.yaml:3:12: error: \`threshold\` must be a number between 0 and 1` */
export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: error: ${p.message}`;
}

type Range = readonly [number, number];

/** The longest `groundwork.yaml` read, in characters. */
export const MAX_CONFIG_CHARS = 256 * 1024;
/** The longest glob or path read: the glob library recurses over longer ones until the stack runs out. */
export const MAX_PATTERN_LENGTH = 4096;
/** The most alias names read, over all entities. */
export const MAX_ALIAS_NAMES = 10_000;

/**
 * Reads `groundwork.yaml`. Every problem carries the line and column of the offending text.
 * A setting with a problem keeps its default; the rest of the file still applies. Settings
 * are all-or-nothing, except `severity` and `aliases`, whose entries apply one by one.
 */
export function parseConfig(text: string, file: string): { config: GroundworkConfig; problems: ConfigProblem[] } {
  // A configuration is a few lines; a huge one (250,000 alias keys) would take minutes and gigabytes to read.
  if (text.length > MAX_CONFIG_CHARS) {
    return { config: defaultConfig(), problems: [{ file, line: 1, column: 1, message: `the file is ${text.length} characters long; a configuration of more than ${MAX_CONFIG_CHARS} is refused` }] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const reader = new ConfigReader(file, lineCounter, document);
  const config = reader.read();
  return { config, problems: reader.problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  private readonly syntaxErrorOffsets: number[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
    private readonly document: Document.Parsed,
  ) {}

  read(): GroundworkConfig {
    const config = defaultConfig();
    for (const error of [...this.document.errors, ...this.document.warnings]) {
      this.syntaxErrorOffsets.push(error.pos[0]);
      this.report(error.pos, firstLine(error.message));
    }
    const root = this.document.contents;
    if (root === null || (isScalar(root) && root.value === null)) return config;
    if (!isMap(root)) {
      this.report(rangeOf(root), 'the configuration must be a mapping of settings, like `threshold: 0.5`');
      return config;
    }
    let previousEnd = -1;
    for (const pair of root.items) {
      const key = pair.key as Node | null;
      const keyRange = rangeOf(key) ?? rangeOf(root) ?? [0, 0];
      const value = this.resolve(pair.value as Node | null);
      // A setting with a syntax error in or just before it was already reported; its default stays.
      const end = Math.max(rangeOf(pair.value as Node | null)?.[1] ?? keyRange[1], keyRange[1]);
      const broken = this.syntaxErrorOffsets.some((offset) => offset > previousEnd && offset <= end);
      previousEnd = end;
      if (broken) continue;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.report(keyRange, 'setting names must be text, like `threshold`');
        continue;
      }
      const written = key.value;
      const name = CONFIG_KEYS.find((k) => yamlNameOf(k) === written);
      if (!name) {
        this.report(keyRange, `unknown setting \`${written}\`${this.suggestion(written, YAML_NAMES)}`);
        continue;
      }
      if (value === null || (isScalar(value) && value.value === null)) continue;
      this.apply(config, name, value, keyRange);
    }
    return config;
  }

  private apply(config: GroundworkConfig, name: keyof GroundworkConfig, value: Node, keyRange: Range): void {
    const setting: SettingSchema<keyof GroundworkConfig> = CONFIG_SCHEMA[name];
    const at = rangeOf(value) ?? keyRange;
    switch (setting.kind) {
      case 'globs': {
        const globs = this.readGlobs(name, value, at);
        if (globs === undefined) return;
        if (name === 'exclude') config.exclude = [...BUILT_IN_EXCLUDES, ...globs];
        else if (name === 'sources' || name === 'drafts') config[name] = globs;
        return;
      }
      case 'number': {
        const number = isScalar(value) && typeof value.value === 'number' ? value.value : undefined;
        if (number === undefined || !Number.isFinite(number) || number < setting.minimum || number > setting.maximum) {
          this.report(at, `\`${name}\` must be a number between ${setting.minimum} and ${setting.maximum}`);
          return;
        }
        if (name === 'threshold') config.threshold = number;
        return;
      }
      case 'severities':
        this.readSeverities(config, value, at);
        return;
      case 'aliases':
        this.readAliases(config, value, at);
        return;
      case 'path': {
        if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') {
          this.report(at, `\`${name}\` must be a folder path, like \`${setting.default}\``);
          return;
        }
        const problem = workspacePathProblem(value.value);
        if (problem) {
          this.report(at, `\`${name}\` \`${shorten(value.value, 80)}\` ${problem}`);
          return;
        }
        if (name === 'cache') config.cache = value.value.trim();
        return;
      }
      case 'boolean': {
        if (!isScalar(value) || typeof value.value !== 'boolean') {
          this.report(at, `\`${yamlNameOf(name)}\` must be \`true\` or \`false\``);
          return;
        }
        if (name === 'requireCitations') config.requireCitations = value.value;
        return;
      }
      case 'connection': {
        // The value is never quoted back: it may hold a password.
        const text = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : undefined;
        if (text === undefined || (text !== '' && !archiveSettingOk(text))) {
          this.report(at, `\`${name}\` must be a PostgreSQL connection string (\`postgresql://user@host/database\`) or \`env:NAME\` naming an environment variable that holds one`);
          return;
        }
        if (name === 'archive') config.archive = text;
        return;
      }
    }
  }

  private readGlobs(name: string, value: Node, at: Range): string[] | undefined {
    const items = isSeq(value) ? value.items.map((item) => this.resolve(item as Node | null)) : [value];
    const globs: string[] = [];
    let ok = true;
    for (const item of items) {
      const itemAt = rangeOf(item) ?? at;
      if (!isScalar(item) || typeof item.value !== 'string') {
        this.report(itemAt, `\`${name}\` must be a glob or a list of globs, like \`seeds/**\``);
        ok = false;
        continue;
      }
      const glob = item.value.trim();
      const problem = globProblem(glob);
      if (problem) {
        this.report(itemAt, `\`${name}\` glob \`${shorten(item.value, 80)}\` ${problem}`);
        ok = false;
        continue;
      }
      globs.push(glob);
    }
    return ok ? globs : undefined;
  }

  private readSeverities(config: GroundworkConfig, value: Node, at: Range): void {
    if (!isMap(value)) {
      this.report(at, `\`severity\` must map finding codes to ${orList(SEVERITY_SETTINGS)}, like \`misquote: error\``);
      return;
    }
    for (const pair of value.items) {
      const key = pair.key as Node | null;
      const keyAt = rangeOf(key) ?? at;
      const code = isScalar(key) ? String(key.value) : '';
      if (!(FINDING_CODES as readonly string[]).includes(code)) {
        this.report(keyAt, `unknown finding code \`${code}\`${this.suggestion(code, FINDING_CODES)}`);
        continue;
      }
      const level = this.resolve(pair.value as Node | null);
      const levelAt = rangeOf(level) ?? keyAt;
      const written = isScalar(level) ? String(level.value) : '';
      if (!isScalar(level) || !(SEVERITY_SETTINGS as readonly string[]).includes(written)) {
        const shown = isScalar(level) && level.value !== null ? `, not \`${written}\`` : '';
        const hint = written ? this.suggestion(written, SEVERITY_SETTINGS) : '';
        this.report(levelAt, `severity of \`${code}\` must be ${orList(SEVERITY_SETTINGS)}${shown}${hint}`);
        continue;
      }
      config.severity[code as FindingCode] = written as SeveritySetting;
    }
  }

  private readAliases(config: GroundworkConfig, value: Node, at: Range): void {
    if (!isMap(value)) {
      this.report(at, '`aliases` must map a name to its aliases, like `Guo Jiakun: [ Guo ]`');
      return;
    }
    const aliases: Record<string, string[]> = {};
    for (const pair of value.items) {
      const key = pair.key as Node | null;
      const keyAt = rangeOf(key) ?? at;
      const name = isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value).trim() : '';
      if (name === '') {
        this.report(keyAt, '`aliases` names must be text, like `Guo Jiakun`');
        continue;
      }
      const list = this.resolve(pair.value as Node | null);
      const listAt = rangeOf(list) ?? keyAt;
      const items = isSeq(list) ? list.items.map((item) => this.resolve(item as Node | null)) : [list];
      const names: string[] = [];
      let ok = true;
      for (const item of items) {
        if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number') || String(item.value).trim() === '') {
          this.report(rangeOf(item) ?? listAt, `aliases of \`${name}\` must be a name or a list of names, like \`[ Guo ]\``);
          ok = false;
          continue;
        }
        names.push(String(item.value).trim());
      }
      if (ok) aliases[name] = names;
    }
    const count = Object.values(aliases).reduce((n, list) => n + 1 + list.length, 0);
    if (count > MAX_ALIAS_NAMES) {
      this.report(at, `\`aliases\` holds ${count} names; at most ${MAX_ALIAS_NAMES} are read`);
      return;
    }
    config.aliases = aliases;
  }

  private resolve(node: Node | null): Node | null {
    if (node && isAlias(node)) return (node.resolve(this.document) as Node | undefined) ?? null;
    return node;
  }

  private suggestion(word: string, candidates: readonly string[]): string {
    const match = closestMatch(word, candidates);
    return match ? `; did you mean \`${match}\`?` : `; expected one of ${candidates.join(', ')}`;
  }

  private report(range: Range | undefined, message: string): void {
    const [start, end] = range ?? [0, 0];
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    this.problems.push({
      file: this.file,
      line: from.line,
      column: from.col,
      message,
      endLine: to.line,
      endColumn: to.col,
    });
  }
}

function rangeOf(node: Node | null | undefined): Range | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
}

function orList(words: readonly string[]): string {
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Why a glob (of the file or of `--sources`) cannot be used, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  return glob.trim() === '' ? 'is empty' : workspacePathProblem(glob.trim().replace(/^!/, ''));
}

/** Why a workspace-relative path or glob is not one, or undefined when it is fine. */
function workspacePathProblem(path: string): string | undefined {
  if (path.length > MAX_PATTERN_LENGTH) return `is ${path.length} characters long; at most ${MAX_PATTERN_LENGTH} are read`;
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'holds a control character (a NUL byte, a tab or a line break), which no file name needs';
  if (/^(?:[/\\~]|[A-Za-z]:[/\\]?)/.test(path)) return 'is absolute; write it relative to the workspace folder';
  // Brace alternatives count too: `{..,seeds}/**` names the parent folder.
  if (path.split(/[/\\{},]/).includes('..')) return 'reaches outside the workspace folder';
  return undefined;
}

/** `env:NAME`, or a `postgres://` / `postgresql://` URL. */
export function archiveSettingOk(text: string): boolean {
  return /^env:[A-Za-z_][A-Za-z0-9_]*$/.test(text) || /^postgres(ql)?:\/\/[^\s]*$/.test(text);
}
