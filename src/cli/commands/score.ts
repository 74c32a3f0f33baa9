// `groundwork score --pairs FILE.jsonl|-`: one claim against one source text per line, streamed
// in order. Memory stays flat however long the input: a bounded number of lines is in hand at a
// time (one, scoring in the main thread; a few dozen per thread with --jobs), and reading waits
// whenever stdout asks us to (backpressure).
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { PostgresCandidates } from '../../archive/postgres/candidates.js';
import { ArchiveError, type ArchiveConnection } from '../../archive/postgres/connection.js';
import { scoreClaimInArchive } from '../../core/candidates/archive-score.js';
import type { GroundworkConfig } from '../../core/config/types.js';
import { printable } from '../../core/text/printable.js';
import type { ScoreCommand } from '../args.js';
import { archiveSetting, openArchive } from '../archive-connection.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { openWorkspace, reasonOf } from '../open-workspace.js';
import { readPair, type Pair } from '../pairs.js';
import { ScorePool, scorePair, workerEntry, type Scored } from '../score-workers.js';

// Enough to see what is wrong with an input without burying the terminal under a million lines.
const MAX_ERROR_MESSAGES = 100;
// A pair is a claim and its source text: a long article is some tens of thousands of characters.
// A longer line is an error of its own, and is never held in memory whole.
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * The lines of a text stream (LF or CRLF), each as a string, or as the length of a line longer
 * than `max`, whose text is dropped as it arrives. Ends early when `stop` says so.
 */
async function* boundedLines(input: Readable, max: number, stop: () => boolean): AsyncGenerator<string | { tooLong: number }> {
  let parts: string[] = [];
  let length = 0;
  const finish = (): string | { tooLong: number } => {
    const line = length > max ? { tooLong: length } : parts.join('').replace(/\r$/, '');
    parts = [];
    length = 0;
    return line;
  };
  // Bytes are decoded across chunk boundaries: a character cut in two by a read stays whole.
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of input) {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        length += nl - from;
        if (length <= max) parts.push(text.slice(from, nl));
        yield finish();
        if (stop()) return;
        from = nl + 1;
      }
      length += text.length - from;
      if (length <= max) parts.push(text.slice(from));
      else parts = [];
      if (stop()) return;
    }
  } catch {
    // The input's 'error' listener has the error; the lines end here.
    return;
  }
  const rest = decoder.end();
  if (rest) {
    length += rest.length;
    if (length <= max) parts.push(rest);
  }
  if (length > 0) yield finish();
}

export async function runScore(command: ScoreCommand, ctx: CliContext): Promise<number> {
  const workspace = await openWorkspace(ctx.cwd, { config: command.config });
  const shown = command.pairs === '-' ? '<stdin>' : command.pairs;
  const input = command.pairs === '-' ? ctx.stdin : await openPairs(path.resolve(ctx.cwd, command.pairs), shown);
  const setting = archiveSetting(workspace, command.archive);
  const archive = setting === undefined ? undefined : new LazyArchive(setting, ctx);
  try {
    return await scoreStream(input, shown, workspace.config, ctx, command.jobs ?? defaultJobs(), archive);
  } finally {
    await archive?.close();
  }
}

/**
 * The archive of a score run, connected when the first claim without a source comes: a pair file
 * whose every line has its source never connects, so a server that is down costs it nothing.
 */
class LazyArchive {
  private connection?: Promise<ArchiveConnection>;
  private candidates?: PostgresCandidates;

  constructor(private readonly setting: string, private readonly ctx: CliContext) {}

  /** Scores a claim against the archive; an ArchiveError or a CliError when the archive fails. */
  async score(claim: string, config: GroundworkConfig): Promise<Scored> {
    this.connection ??= openArchive(this.setting, this.ctx, { readOnly: true });
    this.candidates ??= new PostgresCandidates(await this.connection);
    return scoreClaimInArchive(claim, this.candidates, config);
  }

  async close(): Promise<void> {
    const connection = await this.connection?.catch(() => undefined);
    await connection?.close();
  }
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

async function scoreStream(input: Readable, shown: string, config: GroundworkConfig, ctx: CliContext, jobs: number, archive: LazyArchive | undefined): Promise<number> {
  let inputError: unknown;
  let outputError: unknown;
  let stopped = false;
  const lines = boundedLines(input, MAX_LINE_CHARS, () => stopped);
  const onInputError = (error: unknown): void => {
    inputError ??= error;
    stopped = true;
  };
  const onOutputError = (error: unknown): void => {
    outputError ??= error;
    stopped = true;
  };
  input.on('error', onInputError);
  ctx.stdout.on('error', onOutputError);
  let errorsShown = 0;
  const report = (lineNumber: number, message: string): void => {
    if (errorsShown++ < MAX_ERROR_MESSAGES) ctx.stderr.write(`groundwork: ${printable(shown)}:${lineNumber}: ${printable(message)}\n`);
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
        output = JSON.stringify({ id, score: scored.score, verdict: scored.verdict, ...(scored.article ? { article: scored.article } : {}) });
      }
    }
    if (outputError !== undefined) return;
    // The lines written in one turn of the event loop leave in one write: with --jobs 1 a chunk
    // of input is scored in one turn, and a write call per line cost a system call each.
    if (!corked) {
      corked = true;
      ctx.stdout.cork();
      process.nextTick(() => {
        corked = false;
        ctx.stdout.uncork();
      });
    }
    if (!ctx.stdout.write(output + '\n')) await once(ctx.stdout, 'drain');
  };
  let corked = false;
  let lineNumber = 0;
  let failure: unknown;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (typeof line === 'string' && line.trim() === '') continue;
      const pair = typeof line === 'string'
        ? readPair(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, { archive: archive !== undefined })
        : { id: null, error: `the line is ${line.tooLong} characters long; at most ${MAX_LINE_CHARS} are read` };
      if ('error' in pair) {
        report(lineNumber, pair.error);
        queue.push({ lineNumber, id: pair.id, result: JSON.stringify({ id: pair.id, line: lineNumber, error: pair.error }) });
      } else if (pair.source === undefined) {
        // A claim alone: the archive gives its source, in this thread (the server does the work).
        const scored = archive!.score(pair.claim, config);
        // Handled when its turn to be written comes; until then a failure must not go unhandled.
        scored.catch(() => undefined);
        queue.push({ lineNumber, id: pair.id, result: scored });
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
    // An archive that cannot be reached or fails during the run ends it too: exit 2, in words.
    if (error instanceof ArchiveError || error instanceof CliError) failure = error;
    else if (outputError === undefined && (error as Error)?.message?.startsWith('a scoring thread')) failure = error;
    else outputError ??= error;
  } finally {
    input.off('error', onInputError);
    ctx.stdout.off('error', onOutputError);
    await pool?.close();
  }
  if (errorsShown > MAX_ERROR_MESSAGES) {
    ctx.stderr.write(`groundwork: ${errorsShown - MAX_ERROR_MESSAGES} more unreadable lines not shown\n`);
  }
  if (failure instanceof CliError) {
    ctx.stderr.write(failure.lines.map((line) => printable(line)).join('\n') + '\n');
    return 2;
  }
  if (failure instanceof ArchiveError) return fail(ctx, `archive: ${failure.message}`);
  if (failure !== undefined) return fail(ctx, (failure as Error).message);
  // A reader that stops early (`| head`) is not a failure of ours.
  if (outputError !== undefined) return (outputError as NodeJS.ErrnoException).code === 'EPIPE' ? 0 : fail(ctx, `cannot write output: ${reasonOf(outputError)}`);
  if (inputError !== undefined) return fail(ctx, `cannot read ${shown}: ${reasonOf(inputError)}`);
  return 0;
}

function fail(ctx: CliContext, message: string): number {
  ctx.stderr.write(`groundwork: ${printable(message)}\n`);
  return 2;
}
