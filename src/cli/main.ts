// The `groundwork` command (bundled to dist/cli.cjs, run by bin/groundwork.cjs). The same bundle
// runs the worker threads of `groundwork score` and those that read sources for a cold index.
import { run } from './run.js';
import { isAnalyseWorker, runAnalyseWorker } from '../threads/analyse-workers.js';
import { isScoreWorker, runScoreWorker } from './score-workers.js';

if (isScoreWorker()) runScoreWorker();
else if (isAnalyseWorker()) runAnalyseWorker();
else main(process.argv.slice(2));

function main(argv: string[]): void {
  // A reader that stops early (`groundwork score ... | head`) closes our stdout. For `score` that
  // is the reader's choice and not a failure; for `check` and `index` the report was not
  // delivered, so the run cannot count as clean. Either way, no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(argv[0] === 'score' ? 0 : 2);
    process.stderr.write(`groundwork: cannot write output: ${error.message}\n`);
    process.exit(2);
  });

  run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  }).then(
    (code) => {
      // Not process.exit(): output still queued for a pipe must be written first.
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`groundwork: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
