// What the benchmark scripts read of their own process: CPU time and peak memory.
import { readFileSync } from 'node:fs';

/** CPU milliseconds of this process so far (all threads): less swayed than wall time by other busy processes. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Peak RSS in bytes of the calling process. On Linux from /proc (maxRSS of a child process can
 * report its parent's peak at the time of the fork).
 */
export function highWaterRss(): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}
