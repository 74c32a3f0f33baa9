// The groundwork.yaml that "Groundwork: Set Up Workspace" writes: the chosen sources, and every
// other setting as a comment with its description and default, so a writer can see what exists.
import { CONFIG_KEYS, CONFIG_SCHEMA, yamlNameOf } from './schema.js';

/** A commented groundwork.yaml whose `sources` is the given folder (workspace-relative, `/`-separated). */
export function configTemplate(sourcesFolder: string): string {
  const folder = sourcesFolder.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
  const glob = folder === '' || folder === '.' ? '**' : `${folder}/**`;
  const lines = [
    '# Groundwork: the files statements are checked against, and how. Every key is optional;',
    '# remove the `#` before a key to change it from the default shown.',
    '',
  ];
  for (const key of CONFIG_KEYS) {
    const setting = CONFIG_SCHEMA[key];
    lines.push(`# ${setting.description.replace(/`/g, '')}`);
    if (key === 'sources') lines.push(`sources: [ ${JSON.stringify(glob)} ]`);
    else lines.push(`# ${yamlNameOf(key)}: ${yamlOf(setting.default)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function yamlOf(value: unknown): string {
  if (Array.isArray(value)) return `[ ${value.map((v) => JSON.stringify(v)).join(', ')} ]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${k}: ${yamlOf(v)}`).join(', ')} }` : '{}';
  }
  return typeof value === 'string' ? value : String(value);
}
