// Runs one command line to an exit code. Everything the process gives comes in through `ctx`.
import { printable } from '../core/text/printable.js';
import { VERSION } from './about.js';
import { parseCommandLine } from './args.js';
import { CliError } from './cli-error.js';
import { runArchive } from './commands/archive.js';
import { runCheck } from './commands/check.js';
import { runIndex } from './commands/index-command.js';
import { runScore } from './commands/score.js';
import type { CliContext } from './context.js';
import { helpText } from './help.js';

/** Exit codes: 0 clean, 1 findings at or above `--fail-on`, 2 usage, configuration or I/O error. */
export async function run(argv: string[], ctx: CliContext): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help':
        ctx.stdout.write(helpText(command.topic));
        return 0;
      case 'version':
        ctx.stdout.write(VERSION + '\n');
        return 0;
      case 'check':
        return await runCheck(command, ctx);
      case 'score':
        return await runScore(command, ctx);
      case 'index':
        return await runIndex(command, ctx);
      case 'archive':
        return await runArchive(command, ctx);
    }
  } catch (error) {
    if (error instanceof CliError) {
      ctx.stderr.write(error.lines.map((line) => printable(line)).join('\n') + '\n');
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    // A file system error's message holds a path, which can hold anything; a stack's lines are ours.
    const shown = e && e.code ? printable(e.message) : e instanceof Error && e.stack ? e.stack.split('\n').map((line) => printable(line)).join('\n') : printable(String(error));
    ctx.stderr.write(`groundwork: ${shown}\n`);
    return 2;
  }
}
