// micromark, our Markdown parser, slows down quadratically on a few constructs: emphasis
// delimiters that pair up far apart or never pair ("*a *a *a … a* a*", "*a_*a_*a_…"), and deep
// container nesting ("> > > > …", "- - - - …"), which also overflows its stack. A draft is typed
// by a person, so such input is rare, but the checker runs on every keystroke and must finish.
// Before parsing we estimate the cost of each paragraph and replace the offending markers with
// an inert character of the same length, so every offset the parser reports stays an offset of
// the draft. Those markers then read as literal characters; ordinary drafts are left untouched.

/** A private-use character: the parser reads it as a letter, with no Markdown meaning. */
const INERT = 0xe000;

/** Containers deeper than this on one line are read as text. */
const MAX_CONTAINER_DEPTH = 16;
/** Estimated delimiter-matching work (in characters walked) allowed for one paragraph... */
const PARAGRAPH_BUDGET = 200_000;
/** ...and for the whole draft; past it, only paragraphs that are cheap keep their emphasis. */
const DRAFT_BUDGET = 5_000_000;
const CHEAP_PARAGRAPH = 10_000;
/**
 * Square brackets one paragraph may hold and keep their meaning (links, footnote calls). Label
 * and footnote resolution is quadratic in them: 20,000 pairs take seconds, 40,000 nested take
 * tens of seconds. No paragraph a person writes holds 500 links.
 */
const MAX_BRACKETS = 1_000;

export interface DefusedMarkdown {
  /** The draft with pathological markers replaced; same length as the draft. */
  text: string;
  /** `inert[i] === 1` when character `i` was replaced; undefined when nothing was. */
  inert: Uint8Array | undefined;
}

interface Line {
  start: number;
  /** End of the line's content, before its line ending. */
  end: number;
  /** First offset after the container markers (`>`, list bullets) that open the line. */
  contentStart: number;
  /** True when a list item starts on this line: a new paragraph for emphasis matching. */
  opensItem: boolean;
  blank: boolean;
}

export function defuseMarkdown(text: string): DefusedMarkdown {
  const replaced: number[] = [];
  const lines = scanLines(text, replaced);
  defuseEmphasis(text, lines, replaced);
  defuseBrackets(text, lines, replaced);
  if (replaced.length === 0) return { text, inert: undefined };
  replaced.sort((a, b) => a - b);
  const inert = new Uint8Array(text.length);
  const parts: string[] = [];
  let from = 0;
  for (const at of replaced) {
    if (inert[at]) continue;
    inert[at] = 1;
    parts.push(text.slice(from, at), String.fromCharCode(INERT));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), inert };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The column of `at` on the line starting at `start`, tabs expanded to multiples of 4 (CommonMark). */
function columnOf(text: string, start: number, at: number): number {
  let column = 0;
  for (let k = start; k < at; k++) column = text.charCodeAt(k) === 9 ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** Splits the text into lines, reading each line's container markers; defuses deep nesting. */
function scanLines(text: string, replaced: number[]): Line[] {
  const lines: Line[] = [];
  // Content columns of the list items that lines nested by indentation ("- a", "  - b",
  // "    - c" ...) keep open: such nesting is as costly to parse as markers on one line.
  const openItems: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let i = start;
    let depth = 0;
    let opensItem = false;
    let first = true;
    for (;;) {
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) break;
      const code = text.charCodeAt(i);
      let marker = -1;
      let next = i + 1;
      if (code === 62 /* > */) marker = i;
      else if ((code === 45 || code === 43 || code === 42) /* - + * */ && isSpace(text.charCodeAt(i + 1))) {
        marker = i;
        opensItem = true;
      } else if (isDigit(code)) {
        let j = i;
        while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
        const after = text.charCodeAt(j);
        if ((after === 46 || after === 41) /* . ) */ && isSpace(text.charCodeAt(j + 1))) {
          marker = j;
          next = j + 1;
          opensItem = true;
        }
      }
      if (marker < 0) break;
      if (first && code !== 62 /* > */) {
        // A list item at this indentation closes the items indented deeper; it opens inside the rest.
        // Columns, not characters: a tab indents to the next multiple of 4, so one tab per level
        // nests as deep as two or four spaces.
        const column = columnOf(text, start, i);
        while (openItems.length > 0 && openItems[openItems.length - 1]! > column) openItems.pop();
        if (openItems.length >= MAX_CONTAINER_DEPTH) {
          // Too deep: the marker and its indentation become text of the item above (a lazy
          // continuation line), so the words are still read and checked.
          for (let k = start; k <= marker; k++) replaced.push(k);
          break;
        }
        openItems.push(column + (next - i) + 1);
      }
      first = false;
      depth++;
      if (depth > MAX_CONTAINER_DEPTH) replaced.push(marker);
      i = next;
    }
    let blank = true;
    for (let k = start; k < end && blank; k++) if (!isSpace(text.charCodeAt(k))) blank = false;
    // Text at column 0 after a blank line closes every list (and is where a long draft is cut
    // into pieces, so each piece is read as it is in the whole).
    if (!blank && depth === 0 && !isSpace(text.charCodeAt(start)) && (lines.length === 0 || lines[lines.length - 1]!.blank)) openItems.length = 0;
    lines.push({ start, end, contentStart: i, opensItem, blank });
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return lines;
}

function isEmphasisMarker(code: number): boolean {
  return code === 42 || code === 95 || code === 126; // * _ ~
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

function classOf(ch: string | undefined): 'space' | 'punctuation' | 'other' {
  if (ch === undefined || /\s/.test(ch)) return 'space';
  return PUNCTUATION.test(ch) ? 'punctuation' : 'other';
}

/**
 * Walks the paragraphs (runs of non-blank lines, a list item starting a new one) and estimates
 * the work micromark's delimiter matching will do: for each closing run, the distance walked
 * back to its opener, or to the paragraph start when there is none. Paragraphs over budget
 * lose their emphasis markers.
 */
function defuseEmphasis(text: string, lines: Line[], replaced: number[]): void {
  let total = 0;
  for (const [first, last] of paragraphsOf(lines, true)) {
    const cost = emphasisCost(text, lines, first, last);
    const overBudget = cost > PARAGRAPH_BUDGET || (total + cost > DRAFT_BUDGET && cost > CHEAP_PARAGRAPH);
    if (overBudget) {
      for (let l = first; l <= last; l++) {
        const line = lines[l]!;
        for (let k = line.contentStart; k < line.end; k++) if (isEmphasisMarker(text.charCodeAt(k))) replaced.push(k);
      }
    } else {
      total += cost;
    }
  }
}

/** Paragraphs with more square brackets than anyone writes read them as text. */
function defuseBrackets(text: string, lines: Line[], replaced: number[]): void {
  for (const [first, last] of paragraphsOf(lines, false)) {
    const brackets: number[] = [];
    for (let l = first; l <= last; l++) {
      const line = lines[l]!;
      for (let k = line.contentStart; k < line.end; k++) {
        const code = text.charCodeAt(k);
        if (code === 91 || code === 93) brackets.push(k); // [ ]
      }
    }
    if (brackets.length > MAX_BRACKETS) for (const at of brackets) replaced.push(at);
  }
}

/** The first and last line of each run of non-blank lines; with `itemsApart`, a list item starts a new run. */
function* paragraphsOf(lines: Line[], itemsApart: boolean): Generator<[number, number]> {
  let first = 0;
  while (first < lines.length) {
    if (lines[first]!.blank) {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < lines.length && !lines[last + 1]!.blank && !(itemsApart && lines[last + 1]!.opensItem)) last++;
    yield [first, last];
    first = last + 1;
  }
}

function emphasisCost(text: string, lines: Line[], first: number, last: number): number {
  const paragraphStart = lines[first]!.contentStart;
  const openers = new Map<number, number[]>();
  let cost = 0;
  for (let l = first; l <= last; l++) {
    const line = lines[l]!;
    let k = line.contentStart;
    while (k < line.end) {
      const code = text.charCodeAt(k);
      if (!isEmphasisMarker(code)) {
        k++;
        continue;
      }
      let runEnd = k + 1;
      while (runEnd < line.end && text.charCodeAt(runEnd) === code) runEnd++;
      const before = classOf(k > line.contentStart ? text[k - 1] : undefined);
      const after = classOf(runEnd < line.end ? text[runEnd] : undefined);
      const leftFlanking = after !== 'space' && (after !== 'punctuation' || before !== 'other');
      const rightFlanking = before !== 'space' && (before !== 'punctuation' || after !== 'other');
      const underscore = code === 95;
      const canOpen = leftFlanking && (!underscore || !rightFlanking || before === 'punctuation');
      const canClose = rightFlanking && (!underscore || !leftFlanking || after === 'punctuation');
      let stack = openers.get(code);
      let matched = false;
      if (canClose) {
        const opener = stack?.pop();
        cost += opener === undefined ? k - paragraphStart : k - opener;
        matched = opener !== undefined;
      }
      if (canOpen && !matched) {
        if (!stack) openers.set(code, (stack = []));
        stack.push(k);
      }
      k = runEnd;
    }
  }
  return cost;
}
