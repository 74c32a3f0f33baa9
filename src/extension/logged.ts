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

/**
 * A clock time as the log writes it (local time, milliseconds). Lines that say when something
 * happened write it out: the log stamps the lines it receives before its file is open (the first
 * second or so of a session) when it opens it.
 */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** The extension host's CPU time (all its threads, ms) when `activate` began. */
let cpuAtActivation = 0;

function hostCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Called as `activate` begins: `cpuSinceActivation` counts from here. */
export function markActivation(): void {
  cpuAtActivation = hostCpuMs();
}

/**
 * The extension host's CPU time since `activate` began (ms): on a loaded machine the clock counts
 * the waits for a core too, this only the work the host did (Groundwork's and the other
 * extensions'), for the log's lines on a first check.
 */
export function cpuSinceActivation(): number {
  return Math.round(hostCpuMs() - cpuAtActivation);
}
