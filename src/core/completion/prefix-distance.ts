// How far a mistyped beginning is from a word (typo-tolerant completion), or a mistyped word from
// another ("did you mean" for settings and options): one edit distance, bounded.

/**
 * The fewest edits (a letter inserted, deleted or replaced, or two neighbours swapped) that turn
 * `typed` into some beginning of `word`; `max + 1` as soon as more than `max` are needed.
 * "zhuo" is one edit from "zhou" and from "zho", so it finds Zhou Mi.
 */
export function prefixDistance(typed: string, word: string, max: number): number {
  return boundedDistance(typed, word, max, true);
}

/**
 * The fewest such edits that turn `a` into all of `b`, or `max + 1` as soon as more than `max`
 * are needed: the measure behind "did you mean" for mistyped settings and options.
 */
export function editDistance(a: string, b: string, max: number): number {
  return boundedDistance(a, b, max, false);
}

/** Both measures: rows over the letters of `word`, columns over the letters of `typed`. */
function boundedDistance(typed: string, word: string, max: number, prefix: boolean): number {
  const m = typed.length;
  // Rows run over the letters of the word, columns over the typed letters. Reused: a search
  // compares hundreds of words, and garbage is dear on the large heap of a big corpus.
  if (rows[0].length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let before = rows[0];
  let previous = rows[1];
  let row = rows[2];
  for (let k = 0; k <= m; k++) previous[k] = k;
  // A prefix may be empty; all of the word takes every one of its letters.
  let best = prefix || word.length === 0 ? m : max + 1;
  for (let i = 1; i <= word.length; i++) {
    const letter = word.charCodeAt(i - 1);
    row[0] = i;
    let rowBest = i;
    for (let k = 1; k <= m; k++) {
      const typedLetter = typed.charCodeAt(k - 1);
      let d = Math.min(previous[k]! + 1, row[k - 1]! + 1, previous[k - 1]! + (letter === typedLetter ? 0 : 1));
      if (i > 1 && k > 1 && letter === typed.charCodeAt(k - 2) && word.charCodeAt(i - 2) === typedLetter) d = Math.min(d, before[k - 2]! + 1);
      row[k] = d;
      if (d < rowBest) rowBest = d;
    }
    if (prefix && row[m]! < best) best = row[m]!;
    // Longer beginnings of the word only add edits once every column is past the limit.
    if (rowBest > max) break;
    if (!prefix && i === word.length) best = row[m]!;
    const spare = before;
    before = previous;
    previous = row;
    row = spare;
  }
  return Math.min(best, max + 1);
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];
