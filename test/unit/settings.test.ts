// The settings are written once (src/extension/settings-schema.ts); package.json's
// contributes.configuration is generated from it (scripts/gen-settings.ts --write) and must not drift.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingProperties } from '../../src/extension/settings-schema.js';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));

describe('settings', () => {
  it('package.json declares exactly the generated settings', () => {
    assert.deepEqual(manifest.contributes.configuration.properties, JSON.parse(JSON.stringify(settingProperties())));
  });

  it('groundwork.enable is a boolean, on by default, settable per workspace and per folder', () => {
    const enable = manifest.contributes.configuration.properties['groundwork.enable'];
    assert.deepEqual({ type: enable.type, default: enable.default, scope: enable.scope }, { type: 'boolean', default: true, scope: 'resource' });
  });

  it('the README lists every setting', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    for (const name of Object.keys(settingProperties())) assert.match(readme, new RegExp(`\\| \`${name.replace('.', '\\.')}\` \\|`), name);
  });
});
