// micromark, our Markdown parser, slows down quadratically on a few constructs: emphasis
// delimiters that pair up far apart or never pair ("*a *a *a … a* a*", "*a_*a_*a_…"), and deep
// container nesting ("> > > > …", "- - - - …"), which also overflows its stack. A draft is typed
// by a person, so such input is rare, but the checker runs on every keystroke and must finish.
// Before parsing we estimate the cost of each paragraph and replace the offending markers with
// an inert character of the same length, so every offset the parser reports stays an offset of
// the draft. Those markers then read as literal characters; ordinary drafts are left untouched.
// micromark is also quadratic in the lines of one paragraph (its text resolver splices the event
// list once per line): in a paragraph of hundreds of lines, the line breaks between lines that can
// only continue it are read as spaces, which is what they mean there.

import { FENCE, HTML_OPENERS } from './pieces.js';

/** A private-use character: the parser reads it as a letter, with no Markdown meaning. */
const INERT = 0xe000;

/** Containers deeper than this (on one line, or by indentation) are read as text. */
export const MAX_CONTAINER_DEPTH = 16;
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
/**
 * Consecutive lines of one paragraph the parser reads as lines; past this, the line breaks
 * between lines that cannot start a block are read as spaces. 16,000 lines (1.3 MB) took 19 s
 * on lines, 4 s on one line.
 */
const MAX_PARAGRAPH_LINES = 64;

export interface DefusedMarkdown {
  /** The draft with pathological markers replaced; same length as the draft. */
  text: string;
  /** `inert[i] === 1` when character `i` was replaced; undefined when nothing was. */
  inert: Uint8Array | undefined;
  /** Offset of the first container marker nested deeper than MAX_CONTAINER_DEPTH, read as text. */
  tooDeep?: number;
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
  const spaced: number[] = [];
  const lines = scanLines(text, replaced);
  // scanLines pushes the markers of deep nesting first: the first of them is the first too deep.
  const tooDeep = replaced.length > 0 ? replaced[0] : undefined;
  defuseEmphasis(text, lines, replaced);
  defuseBrackets(text, lines, replaced);
  joinParagraphLines(text, lines, spaced);
  if (replaced.length === 0 && spaced.length === 0) return { text, inert: undefined };
  const deep = tooDeep === undefined ? {} : { tooDeep: firstNonSpace(text, tooDeep) };
  // Line breaks (and block quote markers) between joined lines become spaces, which the text
  // reads as the whitespace they stand for; markers made inert read as the draft's characters.
  const edits = new Map<number, number>();
  for (const at of spaced) edits.set(at, 32);
  for (const at of replaced) edits.set(at, INERT);
  const inert = replaced.length > 0 ? new Uint8Array(text.length) : undefined;
  const parts: string[] = [];
  let from = 0;
  for (const at of [...edits.keys()].sort((a, b) => a - b)) {
    const code = edits.get(at)!;
    if (code === INERT) inert![at] = 1;
    parts.push(text.slice(from, at), String.fromCharCode(code));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), inert, ...deep };
}

function firstNonSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
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

const FRONT_MATTER_OPENING = /^\uFEFF*(---|\+\+\+)[ \t]*$/;

/**
 * Whether a line's content (from `start`, past any block quote markers) may be anything but the
 * continuation of a paragraph before it: blank, a heading, a list item, a block quote, a fence,
 * HTML, a thematic break, a setext underline, a table row, a definition, indented code. Read after
 * all its indentation, so that a nested list marker counts whatever its depth. Errs on "may".
 */
function mayStartBlock(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) return true;
  // Indented code, unless a paragraph goes before it: which this scan cannot tell.
  if (columnOf(text, start, i) >= 4) return true;
  const content = text.slice(i, end);
  if (content.includes('|')) return true;
  const first = content[0]!;
  if ('>`~<[=#\\'.includes(first)) return true;
  if ('-+*_'.includes(first)) {
    if (first !== '_' && (content.length === 1 || isSpace(content.charCodeAt(1)))) return true;
    if (/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(content) || /^-+[ \t]*$/.test(content)) return true;
  }
  return /^\d{1,9}[.)](?:[ \t]|$)/.test(content);
}

/** The block quote markers that open a line: how many, and where the content after them starts. */
function quoteMarkers(text: string, line: Line): { depth: number; contentStart: number } {
  let depth = 0;
  let at = line.start;
  for (;;) {
    let i = at;
    while (i < line.end && isSpace(text.charCodeAt(i))) i++;
    if (i >= line.end || text.charCodeAt(i) !== 62 /* > */ || columnOf(text, at, i) >= 4) return { depth, contentStart: at };
    depth++;
    at = i + 1;
  }
}

/**
 * In runs of more than MAX_PARAGRAPH_LINES lines that can only continue a paragraph, the line
 * endings between them, and the block quote markers that open the next line, are read as spaces
 * (offsets of `spaced`). A line continues the run when its content cannot start a block and it
 * has no more block quote markers than the run's first line (with fewer, it is a lazy
 * continuation line). Not in front matter, not after a line that ends in a backslash (a hard
 * break), not past MAX_CONTAINER_DEPTH quotes.
 */
function joinParagraphLines(text: string, lines: Line[], spaced: number[]): void {
  let first = 0;
  if (lines.length > 0 && FRONT_MATTER_OPENING.test(text.slice(lines[0]!.start, lines[0]!.end))) {
    const fence = text.slice(lines[0]!.start, lines[0]!.end).replace(/^\uFEFF*/, '').trim();
    const closing = lines.findIndex((line, i) => i > 0 && text.slice(line.start, line.end).trim() === fence);
    if (closing < 0) return;
    first = closing + 1;
  }
  // Code and HTML blocks keep their lines: their text is not a paragraph's. Those that open at
  // column 0 are followed to their end; one that opens inside a container (a list item, a block
  // quote, or after indentation) also ends where the container does, which this scan cannot
  // tell: no line is joined until a line at column 0 after a blank line has closed every container.
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let htmlUntilBlank = false;
  let uncertain = false;
  let run: { first: number; depth: number; joins: [from: number, to: number][] } | undefined;
  const flush = (): void => {
    if (run && run.joins.length >= MAX_PARAGRAPH_LINES) {
      for (const [from, to] of run.joins) for (let k = from; k < to; k++) spaced.push(k);
    }
    run = undefined;
  };
  for (let l = first; l < lines.length; l++) {
    const line = lines[l]!;
    const raw = text.slice(line.start, line.end);
    if (uncertain) {
      const closesAll = l > first && lines[l - 1]!.blank && /^[^\s>]/.test(raw) && !line.opensItem;
      if (!closesAll) continue;
      uncertain = false;
    }
    if (fence || htmlEnd || htmlUntilBlank) {
      flush();
      if (fence) {
        const close = FENCE.exec(raw);
        if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && raw.slice(close[0].length).trim() === '') fence = undefined;
      } else if (htmlEnd) {
        if (htmlEnd.test(raw)) htmlEnd = undefined;
      } else if (line.blank) {
        htmlUntilBlank = false;
      }
      continue;
    }
    // After every container marker, list bullets included: where a fence or HTML would open.
    const inner = text.slice(line.contentStart, line.end);
    const atColumnZero = line.contentStart === line.start;
    const open = FENCE.exec(inner);
    if (open) {
      flush();
      if (atColumnZero) fence = { char: open[1]![0]!, length: open[1]!.length };
      else uncertain = true;
      continue;
    }
    if (inner.startsWith('<')) {
      flush();
      if (!atColumnZero) {
        uncertain = true;
        continue;
      }
      const opener = HTML_OPENERS.find(([start]) => start.test(inner));
      if (!opener) htmlUntilBlank = true;
      else if (!opener[1].test(inner.slice(opener[0].exec(inner)![0].length))) htmlEnd = opener[1];
      continue;
    }
    const { depth, contentStart } = quoteMarkers(text, line);
    if (depth > MAX_CONTAINER_DEPTH || mayStartBlock(text, contentStart, line.end)) {
      flush();
      continue;
    }
    if (run && depth <= run.depth) run.joins.push([lines[l - 1]!.end, contentStart]);
    else {
      flush();
      run = { first: l, depth, joins: [] };
    }
    // A backslash at the end is a hard break: the next line starts a new run.
    if (text.charCodeAt(line.end - 1) === 92) flush();
  }
  flush();
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
