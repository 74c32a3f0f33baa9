// Waits for a file another process writes, without a fixed sleep: polls until it exists or a
// deadline passes, and gives up early when `abandon` settles (e.g. the server died).
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * @param {string} file
 * @param {{ timeoutMs: number, what: string, abandon?: Promise<string>, intervalMs?: number }} options
 *   abandon resolves with a reason to stop waiting.
 */
export async function waitForFile(file, { timeoutMs, what, abandon, intervalMs = 200 }) {
  let abandoned;
  abandon?.then((reason) => (abandoned = reason));
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (abandoned) throw new Error(`gave up waiting for ${what}: ${abandoned}`);
    if (Date.now() > deadline) throw new Error(`${what} did not appear within ${Math.round(timeoutMs / 1000)} s`);
    await delay(intervalMs);
  }
}
