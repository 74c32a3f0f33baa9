// Writes package.json's `contributes.configuration` from src/extension/settings-schema.ts, and
// prints the README's settings table. Run: npx tsx scripts/gen-settings.ts [--write]
import { execFileSync } from 'node:child_process';
import { SETTINGS, type SettingSpec } from '../src/extension/settings-schema.js';

const properties = Object.fromEntries(
  Object.entries(SETTINGS as Record<string, SettingSpec>).map(([name, spec]) => [
    name,
    { type: spec.type, default: spec.default, markdownDescription: spec.description, scope: 'resource', ...spec.schema },
  ]),
);
const configuration = { title: 'Groundwork', properties };

if (process.argv.includes('--write')) {
  // package.json is shared: edit it through npm, under the team's lock.
  execFileSync('flock', ['/tmp/gw-npm.lock', 'npm', 'pkg', 'set', `contributes.configuration=${JSON.stringify(configuration)}`, '--json'], { stdio: 'inherit' });
}

const rows = Object.entries(SETTINGS as Record<string, SettingSpec>).map(
  ([name, spec]) => `| \`${name}\` | ${spec.type} | \`${JSON.stringify(spec.default)}\` | ${spec.description.replace(/\|/g, '\\|')} |`,
);
process.stdout.write(['| setting | type | default | description |', '|---|---|---|---|', ...rows, ''].join('\n'));
