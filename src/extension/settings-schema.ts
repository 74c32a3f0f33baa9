// The `groundwork.*` settings. Those that mirror groundwork.yaml come from the core's schema
// (src/core/config/schema.ts), so the yaml, the settings UI and the README never disagree; the
// editor-only ones are written here. `npx tsx scripts/gen-settings.ts --write` puts them into
// package.json's `contributes.configuration`. No `vscode` import: the generator runs in plain Node.
import { CONFIG_SCHEMA, jsonSchemaOf, type JsonSchema } from '../core/config/schema.js';
import type { GroundworkConfig } from '../core/config/types.js';

/** Keys of groundwork.yaml that are also settings. `cache` is not: the extension keeps no index on disk. */
export const MIRRORED_KEYS = ['sources', 'drafts', 'exclude', 'threshold', 'severity', 'aliases'] as const satisfies readonly (keyof GroundworkConfig)[];

/** Where a setting and `groundwork.yaml` both speak, the yaml wins: it travels with the project. */
const PRECEDENCE: Record<(typeof MIRRORED_KEYS)[number], string> = {
  sources: 'A `sources` key in `groundwork.yaml` wins over this setting.',
  drafts: 'A `drafts` key in `groundwork.yaml` wins over this setting.',
  exclude: 'An `exclude` key in `groundwork.yaml` wins over this setting.',
  threshold: 'A `threshold` key in `groundwork.yaml` wins over this setting.',
  severity: 'Codes set under `severity` in `groundwork.yaml` win; the other codes come from here.',
  aliases: 'Merged with the `aliases` of `groundwork.yaml`.',
};

export const CHECK_DELAY_DEFAULT = 400;

export interface SettingProperty extends JsonSchema {
  scope: 'resource';
}

export const ENABLE_SETTING = 'enable';

/** Every setting as package.json declares it: `groundwork.<key>` -> JSON schema. */
export function settingProperties(): Record<string, SettingProperty> {
  const properties: Record<string, SettingProperty> = {};
  for (const key of MIRRORED_KEYS) {
    const schema = jsonSchemaOf(CONFIG_SCHEMA[key] as never) as JsonSchema;
    properties[`groundwork.${key}`] = { ...schema, markdownDescription: `${schema.markdownDescription} ${PRECEDENCE[key]}`, scope: 'resource' };
  }
  properties[`groundwork.${ENABLE_SETTING}`] = {
    type: 'boolean',
    default: true,
    markdownDescription: 'Check drafts in this workspace or folder. Groundwork acts only where it is set up (a `groundwork.yaml`, or source files where `sources` points); set this to `false` to turn it off even there.',
    scope: 'resource',
  };
  properties['groundwork.checkDelay'] = {
    type: 'number',
    minimum: 0,
    maximum: 10000,
    default: CHECK_DELAY_DEFAULT,
    markdownDescription: 'Milliseconds to wait after the last keystroke before a draft is checked again.',
    scope: 'resource',
  };
  return properties;
}
