// Finds and reads the configuration; the workspace root is the config file's folder, else the cwd.
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { formatProblem, MAX_CONFIG_CHARS, parseConfig } from '../core/config/load.js';
import { printable } from '../core/text/printable.js';
import { isWithinFolder, linkOutsideMessage } from '../core/workspace-bounds.js';
import { defaultConfig, type GroundworkConfig } from '../core/config/types.js';
import type { WorkspaceOptions } from './args.js';
import { CliError } from './cli-error.js';
import { NodeWorkspaceFiles } from './node-files.js';

export const CONFIG_FILE_NAME = 'groundwork.yaml';

export interface OpenWorkspace {
  root: string;
  config: GroundworkConfig;
  /** The config file as named in messages (relative to the cwd), when there is one. */
  configFile?: string;
  files: NodeWorkspaceFiles;
}

export async function openWorkspace(cwd: string, options: Pick<WorkspaceOptions, 'config'> & { sources?: string[] }): Promise<OpenWorkspace> {
  const explicit = options.config !== undefined;
  const shown = options.config ?? CONFIG_FILE_NAME;
  const file = path.resolve(cwd, shown);
  let text: string | undefined;
  try {
    // The workspace's own groundwork.yaml is read only where it really lies in the workspace: a
    // link to a key file would otherwise have its lines quoted back in parse errors. A file named
    // with --config is the user's choice.
    if (!explicit && (await lstat(file)).isSymbolicLink() && !isWithinFolder(await realpath(cwd), await realpath(file))) {
      throw new CliError(`groundwork: ${linkOutsideMessage(printable(shown))}`);
    }
    // Not read at all when far too big to be a configuration: parseConfig refuses it anyway.
    const size = (await stat(file)).size;
    if (size > 4 * MAX_CONFIG_CHARS) throw new CliError(`${printable(shown)}:1:1: error: the file is ${size} bytes; a configuration of more than ${MAX_CONFIG_CHARS} characters is refused`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit || code !== 'ENOENT') throw new CliError(`groundwork: cannot read config file ${shown}: ${reasonOf(error)}`);
  }
  let config = defaultConfig();
  let root = cwd;
  if (text !== undefined) {
    const parsed = parseConfig(text, shown);
    if (parsed.problems.length > 0) throw new CliError(parsed.problems.map(formatProblem));
    config = parsed.config;
    root = path.dirname(file);
  }
  if (options.sources && options.sources.length > 0) config = { ...config, sources: options.sources };
  return { root, config, configFile: text !== undefined ? shown : undefined, files: new NodeWorkspaceFiles(root) };
}

/** An fs error in words: `no such file or directory`, not `ENOENT: no such file or directory, open '/x'`. */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string') {
    switch (e.code) {
      case 'ENOENT':
        return 'no such file or folder';
      case 'EACCES':
      case 'EPERM':
        return 'permission denied';
      case 'EISDIR':
        return 'is a folder';
      case 'ENOTDIR':
        return 'not a folder';
    }
  }
  return error instanceof Error ? error.message : String(error);
}
