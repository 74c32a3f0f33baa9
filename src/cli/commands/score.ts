// `groundwork score --pairs FILE.jsonl|-`: one claim against one source text per line, streamed
// in order. Memory stays flat however long the input: one line is read, scored and written at a
// time, and reading waits whenever stdout asks us to (backpressure).
import { printable } from '../../core/text/printable.js';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { scoreClaim } from '../../core/check.js';
import type { GroundworkConfig } from '../../core/config/types.js';
import type { ScoreCommand } from '../args.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { openWorkspace, reasonOf } from '../open-workspace.js';
import { readPair } from '../pairs.js';

// Enough to see what is wrong with an input without burying the terminal under a million lines.
const MAX_ERROR_MESSAGES = 100;

export async function runScore(command: ScoreCommand, ctx: CliContext): Promise<number> {
  const { config } = await openWorkspace(ctx.cwd, { config: command.config });
  const shown = command.pairs === '-' ? '<stdin>' : command.pairs;
  const input = command.pairs === '-' ? ctx.stdin : await openPairs(path.resolve(ctx.cwd, command.pairs), shown);
  return scoreStream(input, shown, config, ctx);
}

async function openPairs(file: string, shown: string): Promise<Readable> {
  try {
    const handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    throw new CliError(`groundwork: cannot read ${shown}: ${reasonOf(error)}`);
  }
}

async function scoreStream(input: Readable, shown: string, config: GroundworkConfig, ctx: CliContext): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let inputError: unknown;
  let outputError: unknown;
  const onInputError = (error: unknown): void => {
    inputError ??= error;
    lines.close();
  };
  const onOutputError = (error: unknown): void => {
    outputError ??= error;
    lines.close();
  };
  input.on('error', onInputError);
  ctx.stdout.on('error', onOutputError);
  let errorsShown = 0;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const pair = readPair(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
      let output: string;
      if ('error' in pair) {
        output = JSON.stringify({ id: pair.id, line: lineNumber, error: pair.error });
        if (errorsShown++ < MAX_ERROR_MESSAGES) ctx.stderr.write(`groundwork: ${printable(shown)}:${lineNumber}: ${printable(pair.error)}\n`);
      } else {
        try {
          const { score, verdict } = scoreClaim(pair.source, pair.claim, config);
          output = JSON.stringify({ id: pair.id, score, verdict });
        } catch (error) {
          const message = `cannot score: ${error instanceof Error ? error.message : String(error)}`;
          output = JSON.stringify({ id: pair.id, line: lineNumber, error: message });
          if (errorsShown++ < MAX_ERROR_MESSAGES) ctx.stderr.write(`groundwork: ${printable(shown)}:${lineNumber}: ${printable(message)}\n`);
        }
      }
      if (outputError !== undefined) break;
      if (!ctx.stdout.write(output + '\n')) await once(ctx.stdout, 'drain');
    }
  } catch (error) {
    // `once` rejects when stdout fails while we wait for it to drain.
    outputError ??= error;
  } finally {
    input.off('error', onInputError);
    ctx.stdout.off('error', onOutputError);
  }
  if (errorsShown > MAX_ERROR_MESSAGES) {
    ctx.stderr.write(`groundwork: ${errorsShown - MAX_ERROR_MESSAGES} more unreadable lines not shown\n`);
  }
  // A reader that stops early (`| head`) is not a failure of ours.
  if (outputError !== undefined) return (outputError as NodeJS.ErrnoException).code === 'EPIPE' ? 0 : fail(ctx, `cannot write output: ${reasonOf(outputError)}`);
  if (inputError !== undefined) return fail(ctx, `cannot read ${shown}: ${reasonOf(inputError)}`);
  return 0;
}

function fail(ctx: CliContext, message: string): number {
  ctx.stderr.write(`groundwork: ${printable(message)}\n`);
  return 2;
}
