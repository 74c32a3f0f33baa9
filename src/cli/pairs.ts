// One line of `groundwork score --pairs` input.

/** A claim and its source text; with an archive set, a claim alone (the archive finds its source). */
export type Pair = { id: string | number; source: string; claim: string } | { id: string | number; source?: undefined; claim: string };

/**
 * One input line, read: a pair, or why it is not one (with the id when it could be read).
 * `archive`: whether an archive is set, so that a claim may come without its source.
 */
export function readPair(line: string, options: { archive?: boolean } = {}): Pair | { id: string | number | null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'expected a JSON object {"id", "source", "claim"}' };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record['id'] === 'string' || typeof record['id'] === 'number' ? record['id'] : null;
  if (id === null) return { id, error: '"id" must be a string or a number' };
  const source = record['source'];
  const absent = source === undefined || source === null;
  if (typeof source !== 'string' && !(absent && options.archive)) {
    return { id, error: absent ? '"source" is missing: give the source text, or set an archive (--archive, or archive: in groundwork.yaml) to score a claim against it' : '"source" must be a string' };
  }
  if (typeof record['claim'] !== 'string') return { id, error: '"claim" must be a string' };
  return typeof source === 'string' ? { id, source, claim: record['claim'] } : { id, claim: record['claim'] };
}
