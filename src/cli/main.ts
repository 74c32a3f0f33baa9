// The `groundwork` command (bundled to dist/cli.cjs, run by bin/groundwork.cjs).
import { run } from './run.js';

run(process.argv.slice(2), {
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
