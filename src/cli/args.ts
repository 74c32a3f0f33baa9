// The command line, parsed and checked. Anything wrong is a CliError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatch } from '../core/config/did-you-mean.js';
import { globProblem } from '../core/config/load.js';
import { shorten } from '../core/text/shorten.js';
import { CliError } from './cli-error.js';
import { FAIL_ON_LEVELS, type FailOn } from './report/reporter.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export const INDEX_FORMATS = ['text', 'json'] as const;
export type IndexFormat = (typeof INDEX_FORMATS)[number];

export interface WorkspaceOptions {
  /** `--config FILE`, as given. */
  config?: string;
  /** `--sources GLOB`, repeated: replaces the config's `sources`. */
  sources?: string[];
  /** `--no-cache`: read every source, and neither read nor write the persisted index. */
  noCache?: boolean;
}

export interface CheckCommand extends WorkspaceOptions {
  name: 'check';
  paths: string[];
  format: CheckFormat;
  failOn: FailOn;
  quiet: boolean;
  verbose: boolean;
  noColor: boolean;
  /** `--output FILE`: the report goes to this file (relative to the current folder) instead of stdout. */
  output?: string;
}

export interface ScoreCommand {
  name: 'score';
  /** A JSON Lines file, or `-` for stdin. */
  pairs: string;
  config?: string;
  /** Threads that score; 1 scores in the main thread. Unset: every core, up to four. */
  jobs?: number;
  /** `--archive CONNECTION|env:NAME`: replaces the config's `archive`, which scores claims given without a source. */
  archive?: string;
}

export interface IndexCommand extends WorkspaceOptions {
  name: 'index';
  format: IndexFormat;
  quiet: boolean;
  noColor: boolean;
}

export const ARCHIVE_FORMATS = ['text', 'json'] as const;

export interface ArchiveCommand {
  name: 'archive';
  action: 'load' | 'status';
  /** `load`: the files and folders to load. */
  paths: string[];
  config?: string;
  /** `--archive CONNECTION|env:NAME`: replaces the config's `archive`. */
  archive?: string;
  /** `--outlet NAME`: the outlet of every source loaded (else the host of each one's URL). */
  outlet?: string;
  quiet: boolean;
  format: (typeof ARCHIVE_FORMATS)[number];
}

export type HelpTopic = 'check' | 'score' | 'index' | 'archive';

export type Command =
  | CheckCommand
  | ScoreCommand
  | IndexCommand
  | ArchiveCommand
  | { name: 'help'; topic?: HelpTopic }
  | { name: 'version' };

const COMMON = {
  help: { type: 'boolean', short: 'h' },
} as const;

const WORKSPACE = {
  config: { type: 'string', short: 'c' },
  sources: { type: 'string', multiple: true },
  'no-cache': { type: 'boolean', default: false },
} as const;

const CHECK_OPTIONS = {
  ...COMMON,
  ...WORKSPACE,
  format: { type: 'string', short: 'f', default: 'text' },
  'fail-on': { type: 'string', default: 'error' },
  quiet: { type: 'boolean', short: 'q', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
  'no-color': { type: 'boolean', default: false },
  output: { type: 'string', short: 'o' },
} as const;

const SCORE_OPTIONS = {
  ...COMMON,
  pairs: { type: 'string' },
  config: { type: 'string', short: 'c' },
  jobs: { type: 'string', short: 'j' },
  archive: { type: 'string' },
} as const;

const INDEX_OPTIONS = {
  ...COMMON,
  ...WORKSPACE,
  format: { type: 'string', short: 'f', default: 'text' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'no-color': { type: 'boolean', default: false },
} as const;

const ARCHIVE_OPTIONS = {
  ...COMMON,
  config: { type: 'string', short: 'c' },
  archive: { type: 'string' },
  outlet: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !COMMAND_NAMES.includes(topic)) throw unknownCommand(topic);
    return { name: 'help', topic: topic as HelpTopic | undefined };
  }
  if (first === '--version' || first === '-V') return { name: 'version' };
  switch (first) {
    case 'check': {
      const { values, positionals } = parse('check', rest, CHECK_OPTIONS, true);
      if (values.help) return { name: 'help', topic: 'check' };
      checkSources('check', values.sources);
      return {
        name: 'check',
        paths: positionals,
        config: values.config,
        sources: values.sources,
        format: oneOf('--format', values.format, CHECK_FORMATS),
        failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON_LEVELS),
        quiet: values.quiet,
        verbose: values.verbose,
        noColor: values['no-color'],
        ...(values['no-cache'] ? { noCache: true } : {}),
        ...(values.output !== undefined ? { output: values.output } : {}),
      };
    }
    case 'score': {
      const { values } = parse('score', rest, SCORE_OPTIONS, false);
      if (values.help) return { name: 'help', topic: 'score' };
      if (values.pairs === undefined) throw new CliError(["groundwork: score needs --pairs FILE.jsonl (or --pairs - for stdin)", "Try 'groundwork score --help'."]);
      return {
        name: 'score',
        pairs: values.pairs,
        config: values.config,
        ...(values.jobs !== undefined ? { jobs: jobsOf(values.jobs) } : {}),
        ...(values.archive !== undefined ? { archive: values.archive } : {}),
      };
    }
    case 'index': {
      const { values } = parse('index', rest, INDEX_OPTIONS, false);
      if (values.help) return { name: 'help', topic: 'index' };
      checkSources('index', values.sources);
      return {
        name: 'index',
        config: values.config,
        sources: values.sources,
        format: oneOf('--format', values.format, INDEX_FORMATS),
        quiet: values.quiet,
        noColor: values['no-color'],
        ...(values['no-cache'] ? { noCache: true } : {}),
      };
    }
    case 'archive': {
      const { values, positionals } = parse('archive', rest, ARCHIVE_OPTIONS, true);
      const [action, ...paths] = positionals;
      if (values.help || action === undefined) return { name: 'help', topic: 'archive' };
      if (action !== 'load' && action !== 'status') {
        const guess = closestMatch(action, ['load', 'status']);
        throw new CliError([`groundwork archive: unknown action '${action}'${guess ? `; did you mean ${guess}?` : ''}`, "Actions: load, status. Try 'groundwork archive --help'."]);
      }
      if (action === 'status' && paths.length > 0) throw new CliError([`groundwork archive status: unexpected argument '${paths[0]}'`, "Try 'groundwork archive --help'."]);
      return {
        name: 'archive',
        action,
        paths,
        config: values.config,
        quiet: values.quiet,
        format: oneOf('--format', values.format, ARCHIVE_FORMATS),
        ...(values.archive !== undefined ? { archive: values.archive } : {}),
        ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
      };
    }
    default:
      throw unknownCommand(first);
  }
}

const MAX_JOBS = 64;

function jobsOf(value: string): number {
  const jobs = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new CliError([`groundwork: --jobs needs a whole number from 1 to ${MAX_JOBS}, not '${value}'`, "Try 'groundwork score --help'."]);
  }
  return jobs;
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: T, allowPositionals: boolean) {
  // Checked here first, so that every mistake reads in our words with a suggestion, not in the
  // parser's (`Unknown option '--formt'. To specify a positional argument ... as in '-- "--formt"'`).
  const problem = argumentProblem(args, options, allowPositionals);
  if (problem) throw new CliError([`groundwork ${command}: ${problem}`, `Try 'groundwork ${command} --help'.`]);
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError([`groundwork ${command}: ${message}`, `Try 'groundwork ${command} --help'.`]);
  }
}

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

/** The first thing wrong with the arguments, in words: an unknown option, a missing value, a stray argument. */
function argumentProblem(args: string[], options: Record<string, OptionSpec>, allowPositionals: boolean): string | undefined {
  const longs = Object.keys(options);
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  const needsValue = (name: string, i: number, inline: boolean): string | undefined => {
    if (options[name]!.type !== 'string' || inline) return undefined;
    const next = args[i + 1];
    return next === undefined || (next.startsWith('-') && next !== '-') ? `--${name} needs a value${valuesOf(name)}` : undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const [name, ...value] = arg.slice(2).split('=');
      if (!longs.includes(name!)) {
        const guess = closestMatch(name!, longs);
        return `unknown option --${name}${guess ? `; did you mean --${guess}?` : ''}`;
      }
      if (value.length > 0 && options[name!]!.type === 'boolean') return `--${name} takes no value`;
      const missing = needsValue(name!, i, value.length > 0);
      if (missing) return missing;
      if (options[name!]!.type === 'string' && value.length === 0) i++;
    } else if (arg.startsWith('-') && arg.length > 1) {
      // Short options, grouped or not (`-qv`, `-fjson`): letters up to one that takes a value.
      for (let k = 1; k < arg.length; k++) {
        const name = byShort.get(arg[k]!);
        if (!name) {
          const guess = closestMatch(arg.slice(k).replace(/^-+/, ''), longs);
          return `unknown option -${arg[k]}${guess && arg.length > 2 ? `; did you mean --${guess}?` : ''}`;
        }
        if (options[name]!.type === 'string') {
          const missing = needsValue(name, i, k + 1 < arg.length);
          if (missing) return missing;
          if (k + 1 === arg.length) i++;
          break;
        }
      }
    } else if (!allowPositionals) {
      return `unexpected argument '${arg}'`;
    }
  }
  return undefined;
}

const VALUES: Record<string, readonly string[]> = { format: CHECK_FORMATS, 'fail-on': FAIL_ON_LEVELS };

function valuesOf(name: string): string {
  const values = VALUES[name];
  return values ? ` (${values.join(', ')})` : '';
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closestMatch(value, allowed);
  throw new CliError(`groundwork: ${option} must be one of ${allowed.join(', ')} (got '${value}')${guess ? `; did you mean ${guess}?` : ''}`);
}

const COMMAND_NAMES = ['check', 'score', 'index', 'archive'];

/** `--sources` globs follow the rules of the config file's: a usage error otherwise. */
function checkSources(command: string, globs: string[] | undefined): void {
  for (const glob of globs ?? []) {
    const problem = globProblem(glob);
    if (problem) throw new CliError([`groundwork ${command}: --sources \`${shorten(glob, 80)}\` ${problem}`, `Try 'groundwork ${command} --help'.`]);
  }
}

function unknownCommand(name: string): CliError {
  const guess = closestMatch(name, COMMAND_NAMES);
  return new CliError([`groundwork: unknown command '${name}'${guess ? `; did you mean ${guess}?` : ''}`, "Commands: check, score, index, archive. Try 'groundwork --help'."]);
}
