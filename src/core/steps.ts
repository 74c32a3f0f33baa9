// Long work written as a generator that yields now and then: run at once where nothing waits on
// it (the CLI, tests), or cut into slices with pauses between them where a host must stay
// responsive (the editor).

/**
 * Work between two yields to a host that must stay responsive (the editor's extension host): short
 * enough that typing never waits on it, long enough that yielding costs little.
 */
export const SLICE_MS = 15;

/** How a caller that must stay responsive has long work cut: slices of about `sliceMs`, awaiting `pause` between them. */
export interface Slices {
  pause: () => Promise<void>;
  sliceMs?: number;
  /** Asked before each slice: true stops the work there (the generator can be resumed). */
  cancelled?: () => boolean;
  /** Hears how long each slice took. */
  onSlice?: (ms: number) => void;
}

/** Runs a generator of work to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a generator of work to its end, pausing between slices when asked to. */
export async function drain<T>(steps: Generator<void, T>, slices?: Slices): Promise<T> {
  if (!slices) return finish(steps);
  const result = await runInSlices(steps, { ...slices, cancelled: undefined });
  return result!.value;
}

/**
 * Runs a generator of work in slices of about `sliceMs`, awaiting `pause` between them, to its
 * end ({ value }) or until `cancelled` says so before a slice (undefined; the generator is left
 * where it stopped, to be resumed or finished later).
 */
export async function runInSlices<T>(steps: Generator<void, T>, slices: Slices): Promise<{ value: T } | undefined> {
  const sliceMs = slices.sliceMs ?? SLICE_MS;
  for (;;) {
    if (slices.cancelled?.()) return undefined;
    const start = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        slices.onSlice?.(performance.now() - start);
        return { value: step.value };
      }
      if (performance.now() - start >= sliceMs) break;
    }
    slices.onSlice?.(performance.now() - start);
    await slices.pause();
  }
}
