// micromark's work grows with the square of the number of containers (lists, block quotes) in
// one parse: every container it closes rebuilds the event list. A long draft is therefore parsed
// in pieces, cut where no construct can continue: before a line that starts at column 0 after a
// blank line, outside fenced code, multi-line HTML (comments, <pre>, <script>...) and front
// matter. Such a line closes every open container, so each piece parses as it would in the
// whole draft. This scan is a close reading of CommonMark, not a parser: the caller checks each
// cut against the parse of the piece before it.
import type { Span } from '../model.js';

interface Line {
  start: number;
  /** End of the content, before the line ending. */
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    lines.push({ start, end });
    if (end >= text.length) return lines;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** A fence that opens or closes fenced code. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that end at a closer (not at a blank line): their opener and their closer. */
export const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)/;

/**
 * Pieces of `text` from `from` on, each at least `pieceSize` long but the last. One piece
 * when the text is short or no safe cut exists.
 */
export function piecesOf(text: string, from: number, pieceSize: number): Span[] {
  const whole = [{ start: from, end: text.length }];
  if (text.length - from <= pieceSize) return whole;
  const lines = linesOf(text);
  const pieces: Span[] = [];
  let pieceStart = from;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = true;
  let index = 0;
  // Front matter: no cut before its closing fence (none at all if it never closes).
  const first = lines[0]!;
  const opening = /^\uFEFF*(---|\+\+\+)[ \t]*$/.exec(text.slice(first.start, first.end));
  if (opening) {
    const fenceLine = new RegExp(`^${opening[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`);
    const closing = lines.findIndex((line, i) => i > 0 && fenceLine.test(text.slice(line.start, line.end)));
    if (closing < 0) return whole;
    index = closing + 1;
  }
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const content = text.slice(line.start, line.end);
    const blank = content.trim() === '';
    if (fence) {
      const close = FENCE.exec(content);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && content.slice(close[0].length).trim() === '') fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else {
      const canCut = previousBlank && !blank && !/^[ \t>\uFEFF]/.test(content) && !FRONT_MATTER_FENCE.test(content);
      if (canCut && line.start - pieceStart >= pieceSize) {
        pieces.push({ start: pieceStart, end: line.start });
        pieceStart = line.start;
      }
      const open = FENCE.exec(content);
      if (open) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else {
        for (const [opener, closer] of HTML_OPENERS) {
          const match = opener.exec(content);
          if (!match) continue;
          if (!closer.test(content.slice(match[0].length))) htmlEnd = closer;
          break;
        }
      }
    }
    previousBlank = blank;
  }
  pieces.push({ start: pieceStart, end: text.length });
  return pieces;
}
