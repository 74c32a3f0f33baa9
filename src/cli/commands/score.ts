// `groundwork score --pairs FILE.jsonl|-`: one claim against one source text per line, streamed
// in order. Memory stays flat however long the input: a bounded number of lines is in hand at a
// time (one, scoring in the main thread; a few dozen per thread with --jobs), and reading waits
// whenever stdout asks us to (backpressure).
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { open } from 'node:fs/promises';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { GroundworkConfig } from '../../core/config/types.js';
import type { ScoreCommand } from '../args.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { openWorkspace, reasonOf } from '../open-workspace.js';
import { readPair, type Pair } from '../pairs.js';
import { ScorePool, scorePair, workerEntry, type Scored } from '../score-workers.js';

// Enough to see what is wrong with an input without burying the terminal under a million lines.
const MAX_ERROR_MESSAGES = 100;

export async function runScore(command: ScoreCommand, ctx: CliContext): Promise<number> {
  const { config } = await openWorkspace(ctx.cwd, { config: command.config });
  const shown = command.pairs === '-' ? '<stdin>' : command.pairs;
  const input = command.pairs === '-' ? ctx.stdin : await openPairs(path.resolve(ctx.cwd, command.pairs), shown);
  return scoreStream(input, shown, config, ctx, command.jobs ?? defaultJobs());
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

// The first lines are scored in the main thread: a short input is done before threads would
// have started. Past them, the rest go to worker threads.
const INLINE_LINES = 16;
// Results waiting to be written, per thread: enough to keep every thread busy, few enough that
// memory stays flat.
const IN_FLIGHT_PER_JOB = 32;

/** Threads `score` uses unless told: every core, up to four. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

async function scoreStream(input: Readable, shown: string, config: GroundworkConfig, ctx: CliContext, jobs: number): Promise<number> {
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
  const report = (lineNumber: number, message: string): void => {
    if (errorsShown++ < MAX_ERROR_MESSAGES) ctx.stderr.write(`groundwork: ${shown}:${lineNumber}: ${message}\n`);
  };
  const entry = jobs > 1 ? workerEntry() : undefined;
  let pool: ScorePool | undefined;
  // Output lines in input order; a scored one is a promise until its thread answers.
  const queue: { lineNumber: number; id: Pair['id'] | null; result: Scored | Promise<Scored> | string }[] = [];
  const writeFirst = async (): Promise<void> => {
    const { lineNumber, id, result } = queue.shift()!;
    let output: string;
    if (typeof result === 'string') {
      output = result;
    } else {
      const scored = await result;
      if ('error' in scored) {
        output = JSON.stringify({ id, line: lineNumber, error: scored.error });
        report(lineNumber, scored.error);
      } else {
        output = JSON.stringify({ id, score: scored.score, verdict: scored.verdict });
      }
    }
    if (outputError !== undefined) return;
    if (!ctx.stdout.write(output + '\n')) await once(ctx.stdout, 'drain');
  };
  let lineNumber = 0;
  let failure: unknown;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const pair = readPair(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
      if ('error' in pair) {
        report(lineNumber, pair.error);
        queue.push({ lineNumber, id: pair.id, result: JSON.stringify({ id: pair.id, line: lineNumber, error: pair.error }) });
      } else {
        if (!pool && entry && lineNumber > INLINE_LINES) pool = new ScorePool(entry, jobs, config);
        queue.push({ lineNumber, id: pair.id, result: pool ? pool.score(pair) : scorePair(pair, config) });
      }
      while (queue.length > (pool ? IN_FLIGHT_PER_JOB * jobs : 0) && outputError === undefined) await writeFirst();
      if (outputError !== undefined) break;
    }
    while (queue.length && outputError === undefined) await writeFirst();
  } catch (error) {
    // `once` rejects when stdout fails while we wait for it to drain; a pool rejects when a
    // thread is lost.
    if (outputError === undefined && (error as Error)?.message?.startsWith('a scoring thread')) failure = error;
    else outputError ??= error;
  } finally {
    input.off('error', onInputError);
    ctx.stdout.off('error', onOutputError);
    await pool?.close();
  }
  if (errorsShown > MAX_ERROR_MESSAGES) {
    ctx.stderr.write(`groundwork: ${errorsShown - MAX_ERROR_MESSAGES} more unreadable lines not shown\n`);
  }
  if (failure !== undefined) return fail(ctx, (failure as Error).message);
  // A reader that stops early (`| head`) is not a failure of ours.
  if (outputError !== undefined) return (outputError as NodeJS.ErrnoException).code === 'EPIPE' ? 0 : fail(ctx, `cannot write output: ${reasonOf(outputError)}`);
  if (inputError !== undefined) return fail(ctx, `cannot read ${shown}: ${reasonOf(inputError)}`);
  return 0;
}

function fail(ctx: CliContext, message: string): number {
  ctx.stderr.write(`groundwork: ${message}\n`);
  return 2;
}
