// Every `groundwork.*` setting, written once. package.json's `contributes.configuration` is
// generated from this table (`npx tsx scripts/gen-settings.ts`), and so is the README's table.
// No `vscode` import: the generator runs in plain Node.
import { defaultConfig } from '../core/config/types.js';
import { FINDING_CODES } from '../core/model.js';

export interface SettingSpec {
  type: 'array' | 'number' | 'object' | 'boolean';
  default: unknown;
  description: string;
  /** JSON schema details beyond type and default. */
  schema?: Record<string, unknown>;
}

const defaults = defaultConfig();
const severityValues = ['error', 'warning', 'info', 'off'];

/** Where a setting and `groundwork.yaml` both speak, the yaml wins: it travels with the project. */
const YAML_WINS = 'A key set in `groundwork.yaml` wins over this setting.';

export const SETTINGS = {
  'groundwork.sources': {
    type: 'array',
    default: defaults.sources,
    description: `Globs of source files, relative to the workspace folder. ${YAML_WINS}`,
    schema: { items: { type: 'string' } },
  },
  'groundwork.drafts': {
    type: 'array',
    default: defaults.drafts,
    description: `Globs of drafts to check (files matching a source glob are never drafts). ${YAML_WINS}`,
    schema: { items: { type: 'string' } },
  },
  'groundwork.exclude': {
    type: 'array',
    default: defaults.exclude,
    description: `Globs never read, neither as source nor as draft. ${YAML_WINS}`,
    schema: { items: { type: 'string' } },
  },
  'groundwork.threshold': {
    type: 'number',
    default: defaults.threshold,
    description: `Support score (0 to 1) under which a statement is flagged as unsupported. ${YAML_WINS}`,
    schema: { minimum: 0, maximum: 1 },
  },
  'groundwork.severity': {
    type: 'object',
    default: defaults.severity,
    description: `Severity per finding code: error, warning, info or off. Codes that \`groundwork.yaml\` sets win; the others come from here.`,
    schema: {
      properties: Object.fromEntries(FINDING_CODES.map((code) => [code, { type: 'string', enum: severityValues }])),
      additionalProperties: false,
    },
  },
  'groundwork.aliases': {
    type: 'object',
    default: {},
    description: 'Extra names for entities: canonical name -> list of aliases, e.g. {"Guo Jiakun": ["Guo"]}. Merged with the aliases of `groundwork.yaml`.',
    schema: { additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
  'groundwork.checkDelay': {
    type: 'number',
    default: 400,
    description: 'Milliseconds to wait after the last keystroke before re-checking a draft.',
    schema: { minimum: 0, maximum: 10000 },
  },
} satisfies Record<string, SettingSpec>;

export type SettingName = keyof typeof SETTINGS;
