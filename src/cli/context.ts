// What a command gets from the process: passed in, so that the commands can run inside a test.
import type { Readable, Writable } from 'node:stream';

export type OutputStream = Writable & { isTTY?: boolean };

export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: Readable;
}
