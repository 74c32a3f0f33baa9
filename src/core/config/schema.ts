import { FINDING_CODES } from '../model.js';
import { defaultConfig, type GroundworkConfig } from './types.js';

// Every setting of groundwork.yaml, described once. The loader validates against it, and
// scripts generate package.json `contributes.configuration` and the README's settings table
// from it, so the three never disagree.

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const;

export type SettingKind =
  /** A glob or a list of globs, relative to the workspace folder. */
  | { kind: 'globs' }
  /** A number in [minimum, maximum]. */
  | { kind: 'number'; minimum: number; maximum: number }
  /** Finding code -> severity. */
  | { kind: 'severities' }
  /** Canonical name -> list of aliases. */
  | { kind: 'aliases' }
  /** A folder path relative to the workspace folder. */
  | { kind: 'path' }
  /** `true` or `false`. */
  | { kind: 'boolean' }
  /** A database connection string, or `env:NAME`: never echoed, it may hold a password. */
  | { kind: 'connection' };

export type SettingSchema<K extends keyof GroundworkConfig> = SettingKind & {
  key: K;
  /** The key as written in groundwork.yaml, when it is not `key` (`require-citations`). */
  name?: string;
  /** What the setting does, in Markdown: shown in the settings UI, the README and hovers. */
  description: string;
  /** The value written in groundwork.yaml when the key is absent. */
  default: GroundworkConfig[K];
  /** An example of the YAML value, for documentation. */
  example: string;
};

const defaults = defaultConfig();
/** Excludes that always apply; `exclude` adds to them. */
export const BUILT_IN_EXCLUDES: readonly string[] = defaults.exclude;

export const CONFIG_SCHEMA: { readonly [K in keyof GroundworkConfig]: SettingSchema<K> } = {
  sources: {
    key: 'sources',
    kind: 'globs',
    description: 'Globs of the source files (`.txt`, `.md`, `.html`, `.pdf`) that statements are checked against, relative to the workspace folder.',
    default: defaults.sources,
    example: '[ "seeds/**", "research/*.pdf" ]',
  },
  drafts: {
    key: 'drafts',
    kind: 'globs',
    description: 'Globs of the Markdown drafts to check. A file that is also a source is never checked as a draft.',
    default: defaults.drafts,
    example: '[ "drafts/**/*.md" ]',
  },
  exclude: {
    key: 'exclude',
    kind: 'globs',
    description: `Globs of files never read, neither as source nor as draft. Added to the built-in excludes: ${BUILT_IN_EXCLUDES.map((g) => `\`${g}\``).join(', ')}.`,
    default: [],
    example: '[ "drafts/archive/**" ]',
  },
  threshold: {
    key: 'threshold',
    kind: 'number',
    minimum: 0,
    maximum: 1,
    description: 'Support score, between 0 and 1, under which a statement is reported as unsupported. Higher is stricter.',
    default: defaults.threshold,
    example: '0.6',
  },
  severity: {
    key: 'severity',
    kind: 'severities',
    description: `Severity of each finding code: ${SEVERITY_SETTINGS.map((s) => `\`${s}\``).join(', ')}. \`off\` hides the code. Codes: ${FINDING_CODES.map((c) => `\`${c}\``).join(', ')}.`,
    default: defaults.severity,
    example: '{ unsupported-statement: info, misquote: error }',
  },
  aliases: {
    key: 'aliases',
    kind: 'aliases',
    description: 'Extra names of people and organisations: canonical name -> list of aliases, for names the sources shorten in ways Groundwork cannot guess.',
    default: defaults.aliases,
    example: '{ Guo Jiakun: [ Guo ] }',
  },
  cache: {
    key: 'cache',
    kind: 'path',
    description: 'Folder, relative to the workspace folder, where the source index is kept between runs.',
    default: defaults.cache,
    example: '.groundwork/cache',
  },
  requireCitations: {
    key: 'requireCitations',
    name: 'require-citations',
    kind: 'boolean',
    description: 'Every supported statement must cite a source (a link to the source file, a reference link or a footnote); one that cites nothing gets `uncited-statement`.',
    default: defaults.requireCitations,
    example: 'true',
  },
  archive: {
    key: 'archive',
    kind: 'connection',
    description: 'An archive server asked for the statements the workspace sources do not support: a PostgreSQL connection string (`postgresql://reader@db.example/news`), or `env:NAME` to read it from an environment variable so that no password is written in the file. Load it with `groundwork archive load`.',
    default: defaults.archive,
    example: 'env:GROUNDWORK_ARCHIVE',
  },
};

export const CONFIG_KEYS = Object.keys(CONFIG_SCHEMA) as (keyof GroundworkConfig)[];

/** The name of a setting in groundwork.yaml. */
export function yamlNameOf(key: keyof GroundworkConfig): string {
  return CONFIG_SCHEMA[key].name ?? key;
}

/** Every key of groundwork.yaml, as written there. */
export const YAML_NAMES: readonly string[] = CONFIG_KEYS.map(yamlNameOf);

/** A JSON Schema fragment, the form VS Code's `contributes.configuration` takes. */
export interface JsonSchema {
  type?: string | string[];
  items?: JsonSchema;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
  markdownDescription?: string;
}

/** The JSON Schema of one setting, with its description and default. */
export function jsonSchemaOf<K extends keyof GroundworkConfig>(setting: SettingSchema<K>): JsonSchema {
  const described = { markdownDescription: setting.description, default: setting.default };
  switch (setting.kind) {
    case 'globs':
      return { type: 'array', items: { type: 'string' }, ...described };
    case 'number':
      return { type: 'number', minimum: setting.minimum, maximum: setting.maximum, ...described };
    case 'severities':
      return {
        type: 'object',
        properties: Object.fromEntries(FINDING_CODES.map((code) => [code, { type: 'string', enum: SEVERITY_SETTINGS }])),
        additionalProperties: false,
        ...described,
      };
    case 'aliases':
      return { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, ...described };
    case 'path':
      return { type: 'string', ...described };
    case 'boolean':
      return { type: 'boolean', ...described };
    case 'connection':
      return { type: 'string', ...described };
  }
}

/** package.json `contributes.configuration.properties`: every setting as `groundwork.<key>`. */
export function vscodeSettingsProperties(): Record<string, JsonSchema> {
  return Object.fromEntries(CONFIG_KEYS.map((key) => [`groundwork.${key}`, jsonSchemaOf(CONFIG_SCHEMA[key])]));
}
