// The archive a CLI run talks to: `--archive` or the config's `archive`, resolved and connected.
import { ArchiveError, connectArchive, connectionStringOf, type ArchiveConnection } from '../archive/postgres/connection.js';
import { CliError } from './cli-error.js';
import type { CliContext } from './context.js';
import type { OpenWorkspace } from './open-workspace.js';

/** The archive setting in force, or undefined when none is set. */
export function archiveSetting(workspace: OpenWorkspace, override?: string): string | undefined {
  const setting = override ?? workspace.config.archive;
  return setting.trim() === '' ? undefined : setting;
}

/** Connects to the archive; every failure is a CliError (exit 2) that never shows the password. */
export async function openArchive(setting: string, ctx: CliContext, options: { readOnly?: boolean } = {}): Promise<ArchiveConnection> {
  try {
    return await connectArchive(connectionStringOf(setting, ctx.env), options);
  } catch (error) {
    throw archiveCliError(error);
  }
}

/** An ArchiveError as the CLI prints it; anything else unchanged. */
export function archiveCliError(error: unknown): unknown {
  return error instanceof ArchiveError ? new CliError(`groundwork: archive: ${error.message}`) : error;
}

export function noArchiveError(command: string): CliError {
  return new CliError([
    `groundwork ${command}: no archive is set up`,
    'Add `archive: env:GROUNDWORK_ARCHIVE` to groundwork.yaml (with GROUNDWORK_ARCHIVE=postgresql://user@host/database in the environment), or pass --archive.',
  ]);
}
