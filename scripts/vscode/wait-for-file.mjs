// Waits for a file another process writes, without a fixed sleep: polls until it exists, a
// deadline passes, or `giveUp` (checked on every poll) names a reason to stop, e.g. the writer died.
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * @param {string} file
 * @param {{ timeoutMs: number, what: string, giveUp?: () => string | undefined, intervalMs?: number }} options
 */
export async function waitForFile(file, { timeoutMs, what, giveUp = () => undefined, intervalMs = 200 }) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    const reason = giveUp();
    if (reason) throw new Error(`gave up waiting for ${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`${what} did not appear within ${Math.round(timeoutMs / 1000)} s`);
    await delay(intervalMs);
  }
}

/** Whether a process with this id still runs (signal 0 only checks). */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
