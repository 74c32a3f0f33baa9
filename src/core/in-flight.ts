// Reading sources is mostly waiting on the disk (and PDF parsing yields often): a few reads in
// flight keep a large corpus fast without opening hundreds of files at once.
export const READS_IN_FLIGHT = 8;

/**
 * `work` applied to every item, at most `inFlight` at a time, the results in the items' order.
 * `onDone` hears of each item as it finishes.
 */
export async function mapInFlight<T, R>(items: readonly T[], work: (item: T) => Promise<R>, inFlight = READS_IN_FLIGHT, onDone?: () => void): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
      onDone?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return out;
}
