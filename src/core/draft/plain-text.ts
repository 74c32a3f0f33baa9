// The plain text of a block's inline content, each character tied to its place in the draft.
// Emphasis, strong, strikethrough and link text are kept; inline code, images (and their alt
// text), footnote references, inline HTML, autolinks and link targets are dropped; line breaks
// and runs of whitespace become one space.
//
// A text node's value differs from its source slice: escapes (`\*`), character references
// (`&amp;`), block quote markers and indentation on continuation lines are gone. The value is
// aligned with the slice the parser gave the node, never searched for elsewhere in the draft.
import type { Nodes, PhrasingContent } from 'mdast';
import { type MarkdownSource, spanOfNode } from './markdown-tree.js';

/** An inline element that wraps text (emphasis, a link): a sentence holding all its text also holds its markup. */
export interface Wrapper {
  /** Range of the wrapped text in the plain text, whitespace trimmed. */
  plainStart: number;
  plainEnd: number;
  /** Range of the whole element in the draft. */
  draftStart: number;
  draftEnd: number;
  /** A link or reference link (whose text may be a citation's label). */
  link?: boolean;
}

export interface PlainText {
  text: string;
  /** Draft offset of each character of `text` (for `\*`, the `*`; for `&amp;`, the `&`). */
  offsets: number[];
  /** Draft range of the markup each character stands for (for `\*`, both characters). */
  sourceStarts: number[];
  sourceEnds: number[];
  /** Wrapping elements in document order (by `plainStart`). */
  wrappers: Wrapper[];
}

/** How far past the expected place a value character is looked for in its node's source. */
const ALIGN_WINDOW = 256;

const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|[A-Za-z][A-Za-z0-9]{0,31});/y;

function isWhitespace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

function isLineEnding(code: number): boolean {
  return code === 10 || code === 13;
}

class PlainTextBuilder {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];
  readonly sourceStarts: number[] = [];
  readonly sourceEnds: number[] = [];
  readonly wrappers: Wrapper[] = [];
  /** Draft offset just after the last character placed: where position-less nodes start. */
  cursor: number;

  constructor(
    private readonly source: MarkdownSource,
    start: number,
  ) {
    this.cursor = start;
  }

  push(ch: string, at: number, sourceStart = at, sourceEnd = at + 1): void {
    const { inert } = this.source;
    if (inert && inert[at]) ch = this.source.text[at] ?? ch;
    if (isWhitespace(ch)) {
      const last = this.chars[this.chars.length - 1];
      if (last === undefined || last === ' ') return;
      ch = ' ';
    }
    this.chars.push(ch);
    this.offsets.push(at);
    this.sourceStarts.push(sourceStart);
    this.sourceEnds.push(sourceEnd);
    this.cursor = Math.max(this.cursor, sourceEnd);
  }

  /**
   * Places the characters of a text node's value, aligned with its source range [from, to);
   * with `emit` false only walks past them. Returns where the alignment ended in the source.
   */
  align(value: string, from: number, to: number, emit = true): number {
    const src = this.source.parsed;
    const push = emit ? this.push.bind(this) : (): void => {};
    const last = Math.max(from, to - 1);
    let p = from;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      const code = value.charCodeAt(i);
      if (isLineEnding(code)) {
        const q = this.find(src, p, to, (c) => isLineEnding(c));
        if (q < 0) {
          push(' ', Math.min(p, last));
          continue;
        }
        const crlf = src.charCodeAt(q) === 13 && src.charCodeAt(q + 1) === 10;
        if (crlf && value.charCodeAt(i + 1) === 10) i++;
        push(' ', q, q, crlf ? q + 2 : q + 1);
        p = crlf ? q + 2 : q + 1;
        continue;
      }
      // A reference may follow the indentation (or `>` markers) of a continuation line, which
      // the parser dropped from the value.
      const referenceStart = src[p] === '&' || src[p] === ch ? p : pastIndentation(src, p, to);
      if (src[referenceStart] === '&') {
        const reference = characterReferenceAt(src, referenceStart, to, value, i);
        if (reference) {
          for (let k = 0; k < reference.produced && i + k < value.length; k++) {
            push(value[i + k]!, Math.min(referenceStart + k, reference.end - 1), referenceStart, reference.end);
          }
          i += reference.produced - 1;
          p = reference.end;
          continue;
        }
      }
      // An escape first: `\\` is one backslash, so a backslash of the value read as a plain
      // one would leave the escaped one to stand for the next character.
      if (p + 1 < to && src[p] === '\\' && src[p + 1] === ch) {
        push(ch, p + 1, p, p + 2);
        p += 2;
        continue;
      }
      if (p < to && src[p] === ch) {
        push(ch, p);
        p++;
        continue;
      }
      if (ch === '\uFFFD' && src.charCodeAt(p) === 0) {
        push(ch, p);
        p++;
        continue;
      }
      // Skipped markup: block quote markers and indentation of a continuation line, trailing
      // spaces before a line ending.
      const q = this.find(src, p, to, (c) => c === code);
      if (q >= 0) {
        push(ch, q);
        p = q + 1;
      } else {
        push(ch, Math.min(p, last));
      }
    }
    this.cursor = Math.max(this.cursor, p);
    return p;
  }

  private find(src: string, from: number, to: number, test: (code: number) => boolean): number {
    const limit = Math.min(to, from + ALIGN_WINDOW);
    for (let q = from; q < limit; q++) if (test(src.charCodeAt(q))) return q;
    return -1;
  }
}

function pastIndentation(src: string, p: number, to: number): number {
  let q = p;
  while (q < to && (src[q] === ' ' || src[q] === '\t' || src[q] === '>')) q++;
  return q;
}

/**
 * The character reference at `p` of the source, when the parser decoded it into the value at
 * `at`: its end and how many UTF-16 units it produced. Numeric references always decode; an
 * unknown name (`&foo;`) stays as written.
 */
function characterReferenceAt(src: string, p: number, to: number, value: string, at: number): { end: number; produced: number } | undefined {
  CHARACTER_REFERENCE.lastIndex = p;
  const match = CHARACTER_REFERENCE.exec(src);
  if (!match || p + match[0].length > to) return undefined;
  const end = p + match[0].length;
  const hex = match[1];
  const decimal = match[2];
  if (hex !== undefined || decimal !== undefined) {
    const codePoint = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10);
    return { end, produced: codePoint > 0xffff && codePoint <= 0x10ffff ? 2 : 1 };
  }
  if (value.startsWith(match[0], at)) return undefined;
  // Named references give one unit; a few give two: an astral letter (`&Afr;`) or a
  // character and a combining mark (`&nvlt;`).
  const first = value.charCodeAt(at);
  const second = value[at + 1];
  const astral = first >= 0xd800 && first <= 0xdbff;
  const combined = second !== undefined && second !== src[end] && /\p{M}/u.test(second);
  return { end, produced: astral || combined ? 2 : 1 };
}

interface Frame {
  nodes: readonly Nodes[];
  index: number;
  wrapper?: { plainStart: number; draftStart: number; draftEnd: number; link?: boolean };
}

/** The text values below a node, concatenated. */
function valueOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(valueOf).join('') : '';
}

/**
 * The plain text of inline content. `start`/`end`: the block's draft range.
 *
 * Most nodes carry positions; those the GFM autolink transform makes by splitting a text node
 * do not. They are aligned from a cursor: the end of the last node placed.
 */
export function plainTextOf(content: readonly PhrasingContent[], source: MarkdownSource, start: number, end: number): PlainText {
  const builder = new PlainTextBuilder(source, start);
  // Iterative: nesting can be deep, the call stack is not.
  const stack: Frame[] = [{ nodes: content, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (frame.wrapper) {
        builder.wrappers.push({ ...frame.wrapper, plainEnd: builder.chars.length });
        builder.cursor = Math.max(builder.cursor, frame.wrapper.draftEnd);
      }
      continue;
    }
    const node = frame.nodes[frame.index++]!;
    const span = spanOfNode(node, source);
    switch (node.type) {
      case 'text':
        if (span) builder.align(node.value, span.start, span.end);
        else builder.align(node.value, builder.cursor, end);
        break;
      case 'break':
        builder.push(' ', span?.start ?? builder.cursor);
        break;
      case 'link':
        // An autolink (`<https://…>`, a bare `www.…`) is a target, not text: only `[text](…)`
        // keeps its text. Bare autolinks have no position: walk past their text.
        if (!span) {
          builder.align(valueOf(node), builder.cursor, end, false);
          break;
        }
        if (source.parsed[span.start] !== '[') {
          builder.cursor = Math.max(builder.cursor, span.end);
          break;
        }
        stack.push({ nodes: node.children, index: 0, wrapper: { plainStart: builder.chars.length, draftStart: span.start, draftEnd: span.end, link: true } });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        stack.push({
          nodes: node.children,
          index: 0,
          ...(span ? { wrapper: { plainStart: builder.chars.length, draftStart: span.start, draftEnd: span.end, ...(node.type === 'linkReference' ? { link: true } : {}) } } : {}),
        });
        break;
      default:
        // inlineCode, image, imageReference, footnoteReference, html: not prose.
        break;
    }
    // Elements with children move the cursor when left, the others now.
    if (span && !('children' in node)) builder.cursor = Math.max(builder.cursor, span.end);
  }
  const text = builder.chars.join('');
  let length = text.length;
  while (length > 0 && text[length - 1] === ' ') length--;
  const wrappers = builder.wrappers
    .map((w) => trimWrapper(w, text))
    .filter((w) => w.plainEnd > w.plainStart)
    .sort((a, b) => a.plainStart - b.plainStart);
  return {
    text: text.slice(0, length),
    offsets: builder.offsets.slice(0, length),
    sourceStarts: builder.sourceStarts.slice(0, length),
    sourceEnds: builder.sourceEnds.slice(0, length),
    wrappers,
  };
}

function trimWrapper(wrapper: Wrapper, text: string): Wrapper {
  let { plainStart, plainEnd } = wrapper;
  while (plainStart < plainEnd && text[plainStart] === ' ') plainStart++;
  while (plainEnd > plainStart && text[plainEnd - 1] === ' ') plainEnd--;
  return { ...wrapper, plainStart, plainEnd };
}

/**
 * The plain text without parenthesised links, `([Global Times, 2025-12-12](../seeds/gt.txt))`:
 * the label of a citation names a source, it claims nothing, and its words and dates would be
 * judged as the statement's. A link in the prose ("according to [the report](...)") stays.
 */
export function withoutCitationLabels(plain: PlainText): PlainText {
  const { text } = plain;
  const drop = new Uint8Array(text.length);
  let any = false;
  for (const w of plain.wrappers) {
    if (!w.link || text[w.plainStart - 1] !== '(' || text[w.plainEnd] !== ')') continue;
    let start = w.plainStart - 1;
    if (text[start - 1] === ' ') start--;
    drop.fill(1, start, w.plainEnd + 1);
    any = true;
  }
  if (!any) return plain;
  const kept: number[] = [];
  const newIndex = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    newIndex[i] = kept.length;
    if (!drop[i]) kept.push(i);
  }
  newIndex[text.length] = kept.length;
  const wrappers = plain.wrappers
    .map((w) => ({ ...w, plainStart: newIndex[w.plainStart]!, plainEnd: newIndex[w.plainEnd]! }))
    .filter((w) => w.plainEnd > w.plainStart);
  let out = kept.map((i) => text[i]).join('');
  let length = out.length;
  while (length > 0 && out[length - 1] === ' ') length--;
  out = out.slice(0, length);
  const pick = (a: number[]): number[] => kept.slice(0, length).map((i) => a[i]!);
  return { text: out, offsets: pick(plain.offsets), sourceStarts: pick(plain.sourceStarts), sourceEnds: pick(plain.sourceEnds), wrappers };
}
