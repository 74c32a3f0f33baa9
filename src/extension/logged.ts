// Every provider and command runs through `logged`: an exception in one is written to the
// output channel with its stack and answers "nothing", so VS Code keeps asking the others and
// the writer sees one line in the log rather than a broken feature. No `vscode` import, so this
// is unit-tested in plain Node.

export interface ErrorLog {
  error(message: string): void;
}

/** Runs `work`; on an exception logs `what failed: stack` and resolves to undefined. */
export async function logged<T>(log: ErrorLog, what: string, work: () => T | PromiseLike<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    // A cancelled request is not a failure: VS Code asked us to stop.
    if (error instanceof Error && error.name === 'Canceled') return undefined;
    log.error(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return undefined;
  }
}
