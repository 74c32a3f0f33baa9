// Writes package.json's `contributes.configuration` from src/extension/settings-schema.ts and
// prints the README's settings table. Run: npx tsx scripts/gen-settings.ts [--write]
import { execFileSync } from 'node:child_process';
import { settingProperties } from '../src/extension/settings-schema.js';

const properties = settingProperties();

if (process.argv.includes('--write')) {
  // package.json is shared: edit it through npm, under the team's lock.
  const configuration = JSON.stringify({ title: 'Groundwork', properties });
  execFileSync('npm', ['pkg', 'set', `contributes.configuration=${configuration}`, '--json'], { stdio: 'inherit' });
}

const rows = Object.entries(properties).map(([name, p]) => {
  const description = (p.markdownDescription ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `| \`${name}\` | ${p.type} | \`${JSON.stringify(p.default)}\` | ${description} |`;
});
process.stdout.write(['| setting | type | default | description |', '|---|---|---|---|', ...rows, ''].join('\n'));
