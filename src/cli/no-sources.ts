// `check` and `index` without a single source file: a setup problem (exit 2) with how to fix it,
// never a report that every statement is unsupported or an index of nothing.
import { listSources } from '../core/workspace.js';
import { printable } from '../core/text/printable.js';
import { CliError } from './cli-error.js';
import type { OpenWorkspace } from './open-workspace.js';

export async function requireSources(workspace: OpenWorkspace, command: 'check' | 'index'): Promise<void> {
  if ((await listSources(workspace.files, workspace.config)).length > 0) return;
  const where = workspace.configFile ? `the sources of ${workspace.configFile}` : workspace.config.sources.join(', ');
  throw new CliError([
    `groundwork: no sources to ${command === 'check' ? 'check against' : 'index'}: no file matches ${printable(where)} under ${printable(workspace.root)}`,
    `Point Groundwork at the source documents (txt, md, html, pdf) with --sources, e.g. \`groundwork ${command} --sources "research/**"\`,`,
    'or a groundwork.yaml in the workspace root with `sources: [ "research/**" ]`.',
  ]);
}
