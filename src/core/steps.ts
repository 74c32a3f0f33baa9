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
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices && performance.now() - start >= (slices.sliceMs ?? SLICE_MS)) {
      await slices.pause();
      start = performance.now();
    }
  }
}
