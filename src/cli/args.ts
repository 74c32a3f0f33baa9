// The command line, parsed and checked. Anything wrong is a CliError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';
import { FAIL_ON_LEVELS, type FailOn } from './report/reporter.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
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
}

export interface ScoreCommand {
  name: 'score';
  /** A JSON Lines file, or `-` for stdin. */
  pairs: string;
  config?: string;
}

export interface IndexCommand extends WorkspaceOptions {
  name: 'index';
  format: IndexFormat;
  quiet: boolean;
  noColor: boolean;
}

export type Command =
  | CheckCommand
  | ScoreCommand
  | IndexCommand
  | { name: 'help'; topic?: 'check' | 'score' | 'index' }
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
} as const;

const SCORE_OPTIONS = {
  ...COMMON,
  pairs: { type: 'string' },
  config: { type: 'string', short: 'c' },
} as const;

const INDEX_OPTIONS = {
  ...COMMON,
  ...WORKSPACE,
  format: { type: 'string', short: 'f', default: 'text' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'no-color': { type: 'boolean', default: false },
} as const;

export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && topic !== 'check' && topic !== 'score' && topic !== 'index') throw unknownCommand(topic);
    return { name: 'help', topic };
  }
  if (first === '--version' || first === '-V') return { name: 'version' };
  switch (first) {
    case 'check': {
      const { values, positionals } = parse('check', rest, CHECK_OPTIONS, true);
      if (values.help) return { name: 'help', topic: 'check' };
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
      };
    }
    case 'score': {
      const { values } = parse('score', rest, SCORE_OPTIONS, false);
      if (values.help) return { name: 'help', topic: 'score' };
      if (values.pairs === undefined) throw new CliError(["groundwork: score needs --pairs FILE.jsonl (or --pairs - for stdin)", "Try 'groundwork score --help'."]);
      return { name: 'score', pairs: values.pairs, config: values.config };
    }
    case 'index': {
      const { values } = parse('index', rest, INDEX_OPTIONS, false);
      if (values.help) return { name: 'help', topic: 'index' };
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
    default:
      throw unknownCommand(first);
  }
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError([`groundwork ${command}: ${message}`, `Try 'groundwork ${command} --help'.`]);
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`groundwork: ${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function unknownCommand(name: string): CliError {
  return new CliError([`groundwork: unknown command '${name}'`, "Commands: check, score, index. Try 'groundwork --help'."]);
}
