// Runs the built `groundwork` command as a user would, on workspaces made in a temporary folder.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin', 'groundwork.cjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Bundles the CLI alone, with the project's bundle options, to where bin/groundwork.cjs looks. */
export async function buildCli(): Promise<void> {
  const { bundleOptions } = (await import(pathToFileURL(path.join(REPO, 'esbuild.mjs')).href)) as { bundleOptions: BuildOptions };
  await build({ ...bundleOptions, absWorkingDir: REPO, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', sourcemap: true, logLevel: 'silent' });
}

/**
 * Runs `groundwork ARGS` in `cwd`; colour is off unless `env` sets FORCE_COLOR. With `killAfterMs`,
 * a run still going then is killed (a hang), and its `code` is null.
 */
export function groundwork(cwd: string, args: string[], options: { input?: string; env?: Record<string, string>; killAfterMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    if (!options.env || !('FORCE_COLOR' in options.env)) delete env['FORCE_COLOR'];
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Temporary workspaces (path -> content), removed by `removeWorkspaces`. */
export class Workspaces {
  private readonly roots: string[] = [];

  constructor(private readonly prefix: string) {}

  make(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(path.join(tmpdir(), this.prefix));
    this.roots.push(root);
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(root, ...name.split('/'));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    return root;
  }

  removeAll(): void {
    for (const root of this.roots.splice(0)) rmSync(root, { recursive: true, force: true });
  }
}

/** A short news source shared by the CLI tests. */
export const PACT_SOURCE = [
  'Minerals pact signed',
  '',
  'Published: Dec 12, 2025',
  '',
  'The United States signed a critical minerals agreement with Japan on Thursday in Washington.',
  '',
  '"All parties should adhere to the principles of a market economy and fair competition," Foreign Ministry Spokesperson Guo Jiakun said.',
  '',
].join('\n');
