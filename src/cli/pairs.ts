// One line of `groundwork score --pairs` input.

export type Pair = { id: string | number; source: string; claim: string };

/** One input line, read: a pair, or why it is not one (with the id when it could be read). */
export function readPair(line: string): Pair | { id: string | number | null; error: string } {
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
  if (typeof record['source'] !== 'string') return { id, error: '"source" must be a string' };
  if (typeof record['claim'] !== 'string') return { id, error: '"claim" must be a string' };
  return { id, source: record['source'], claim: record['claim'] };
}
