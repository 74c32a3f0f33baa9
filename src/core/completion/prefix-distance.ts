// How far a mistyped beginning is from a word: the measure behind typo-tolerant completion.

/**
 * The fewest edits (a letter inserted, deleted or replaced, or two neighbours swapped) that turn
 * `typed` into some beginning of `word`; `max + 1` as soon as more than `max` are needed.
 * "zhuo" is one edit from "zhou" and from "zho", so it finds Zhou Mi.
 */
export function prefixDistance(typed: string, word: string, max: number): number {
  const m = typed.length;
  // Rows run over the letters of the word, columns over the typed letters. Reused: a search
  // compares hundreds of words, and garbage is dear on the large heap of a big corpus.
  if (rows[0].length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let before = rows[0];
  let previous = rows[1];
  let row = rows[2];
  for (let k = 0; k <= m; k++) previous[k] = k;
  let best = m;
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
    if (row[m]! < best) best = row[m]!;
    // Longer beginnings of the word only add edits once every column is past the limit.
    if (rowBest > max) break;
    const spare = before;
    before = previous;
    previous = row;
    row = spare;
  }
  return Math.min(best, max + 1);
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];
