// `groundwork archive load PATHS...` and `groundwork archive status`.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { ArchiveLoader, type LoadedSource } from '../../archive/postgres/load.js';
import { archiveStatus } from '../../archive/postgres/status.js';
import { SourceError, sourceFormatOf } from '../../core/sources/read.js';
import type { ArchiveCommand } from '../args.js';
import { archiveCliError, archiveSetting, noArchiveError, openArchive } from '../archive-connection.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { NodeWorkspaceFiles } from '../node-files.js';
import { openWorkspace, reasonOf } from '../open-workspace.js';

export async function runArchive(command: ArchiveCommand, ctx: CliContext): Promise<number> {
  const workspace = await openWorkspace(ctx.cwd, command);
  const setting = archiveSetting(workspace, command.archive);
  if (!setting) throw noArchiveError(`archive ${command.action}`);
  if (command.action === 'load' && command.paths.length === 0) throw new CliError(['groundwork archive load: name the source files or folders to load', "Try 'groundwork archive --help'."]);
  // The files are listed before connecting: a typo in a path costs no connection.
  const files = command.action === 'load' ? await sourceFiles(ctx.cwd, workspace.root, command.paths) : [];
  const connection = await openArchive(setting, ctx, { readOnly: command.action === 'status' });
  try {
    if (command.action === 'status') {
      const s = await archiveStatus(connection);
      if (command.format === 'json') ctx.stdout.write(JSON.stringify({ archive: connection.target, ...s }, null, 2) + '\n');
      else {
        ctx.stdout.write([
          `Archive: ${connection.target}`,
          `  ${s.documents} documents, ${s.passages} passages, ${s.terms} distinct terms, ${s.outlets} outlets`,
          s.published ? `  published ${s.published.from} to ${s.published.to}` : '  no publication dates',
          s.lastLoaded ? `  last loaded ${s.lastLoaded}` : '  nothing loaded yet',
          `  database size ${(s.databaseBytes / 1024 / 1024).toFixed(1)} MB`,
          '',
        ].join('\n'));
      }
      return 0;
    }
    const loader = new ArchiveLoader(connection);
    const counts = { added: 0, replaced: 0, unchanged: 0, passages: 0 };
    const problems: string[] = [];
    for (const file of files) {
      let loaded: LoadedSource;
      try {
        loaded = await loader.load(file.relative, await readFile(file.absolute), command.outlet !== undefined ? { outlet: command.outlet } : {});
      } catch (error) {
        if (error instanceof SourceError) problems.push(`groundwork: cannot load ${file.relative}: ${error.message}`);
        else if (error instanceof Error && (error as NodeJS.ErrnoException).code && !/^[0-9A-Z]{5}$/.test((error as NodeJS.ErrnoException).code!)) problems.push(`groundwork: cannot read ${file.relative}: ${reasonOf(error)}`);
        else throw error;
        continue;
      }
      counts[loaded.outcome]++;
      counts.passages += loaded.passages;
      if (!command.quiet) ctx.stderr.write(`${loaded.outcome.padEnd(9)} ${loaded.path} (${loaded.id})\n`);
      for (const warning of loaded.warnings) ctx.stderr.write(`warning: ${warning}\n`);
    }
    ctx.stdout.write(`Loaded ${files.length - problems.length} of ${files.length} sources into ${connection.target}: ${counts.added} added, ${counts.replaced} replaced, ${counts.unchanged} unchanged (${counts.passages} passages written)\n`);
    if (problems.length > 0) {
      ctx.stderr.write(problems.join('\n') + '\n');
      return 2;
    }
    return 0;
  } catch (error) {
    throw archiveCliError(error);
  } finally {
    await connection.close();
  }
}

interface SourceFile {
  absolute: string;
  /** Relative to the workspace root, forward slashes: the document's path and the seed of its id. */
  relative: string;
}

/** The source files PATHS name: files as given, folders walked for txt, md, html and pdf files. */
async function sourceFiles(cwd: string, root: string, paths: string[]): Promise<SourceFile[]> {
  const out = new Map<string, SourceFile>();
  const missing: string[] = [];
  const add = (absolute: string): void => {
    out.set(absolute, { absolute, relative: path.relative(root, absolute).split(path.sep).join('/') });
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((error: unknown) => error as Error);
    if (info instanceof Error) {
      missing.push(`groundwork: ${given}: ${reasonOf(info)}`);
    } else if (info.isDirectory()) {
      const folder = new NodeWorkspaceFiles(absolute);
      for (const file of await folder.listFiles()) if (sourceFormatOf(file)) add(folder.absolute(file));
    } else if (sourceFormatOf(absolute)) {
      add(absolute);
    } else {
      missing.push(`groundwork: ${given} is not a source format Groundwork reads (.txt, .md, .html, .pdf)`);
    }
  }
  if (missing.length > 0) throw new CliError(missing);
  return [...out.values()].sort((a, b) => a.relative.localeCompare(b.relative));
}
