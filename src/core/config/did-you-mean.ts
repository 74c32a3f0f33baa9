import { editDistance } from '../completion/prefix-distance.js';

/**
 * The candidate closest to a misspelt `word`, when it is close enough to be what was meant:
 * same letters ignoring case and `_`/`-`, an abbreviation of it (`warn` for `warning`), or
 * within an edit distance of a third of its length.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[_\s]+/g, '-');
  const target = normal(word);
  if (target.length >= 3) {
    const abbreviated = candidates.find((c) => normal(c).startsWith(target));
    if (abbreviated) return abbreviated;
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  const allowed = Math.max(1, Math.floor(target.length / 3));
  for (const candidate of candidates) {
    const distance = editDistance(target, normal(candidate), allowed);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
