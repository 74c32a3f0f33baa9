// Suppression comments, read from the draft's HTML nodes (block or inline; never from code):
//   <!-- groundwork-disable [codes] -->  …  <!-- groundwork-enable [codes] -->
//   <!-- groundwork-disable-next-line [codes] -->  the statements starting on the next line
//                                                  with text (blank and comment-only lines skipped)
//   <!-- groundwork-disable-line [codes] -->       the statements on the comment's line
//   <!-- groundwork-disable-file [codes] -->       the whole draft; without codes the draft has
//                                                  no statements at all (nothing to check)
// Without codes a comment covers every code. Codes are separated by commas or spaces; `--`
// ends them (what follows is a reason for the reader). Unknown codes are kept, and reported by
// `suppressionProblems` so front ends can warn.
import { FINDING_CODES, type Span, type Statement, type Suppression } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { parseMarkdownTrees, spanOfNode } from './markdown-tree.js';
import { outlineOf } from './outline.js';
import { partitionPoint } from '../bisect.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Codes named, lower-cased; empty: every code. */
  codes: string[];
  /** The whole comment in the draft. */
  span: Span;
}

export interface SuppressionProblem {
  span: Span;
  message: string;
}

const KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file'];
const PREFIX = 'groundwork-';
const KNOWN_CODES = new Set<string>(FINDING_CODES);

interface ReadDirectives {
  directives: SuppressionDirective[];
  problems: SuppressionProblem[];
}

/** Reads the directives of the comments inside the given HTML spans of the draft. */
export function readDirectives(text: string, htmlSpans: readonly Span[]): ReadDirectives {
  const directives: SuppressionDirective[] = [];
  const problems: SuppressionProblem[] = [];
  for (const html of htmlSpans) {
    // Searched within the node only: a draft can hold many HTML nodes.
    const node = text.slice(html.start, html.end);
    let at = node.indexOf('<!--');
    while (at >= 0) {
      const close = node.indexOf('-->', at + 4);
      if (close < 0) break;
      readComment(text, html.start + at, html.start + close, directives, problems);
      at = node.indexOf('<!--', close + 3);
    }
  }
  directives.sort((a, b) => a.span.start - b.span.start);
  return { directives, problems };
}

/** Reads one comment `<!--` at `open`, `-->` at `close`. */
function readComment(text: string, open: number, close: number, directives: SuppressionDirective[], problems: SuppressionProblem[]): void {
  let i = open + 4;
  while (i < close && /\s/.test(text[i]!)) i++;
  if (text.slice(i, i + PREFIX.length).toLowerCase() !== PREFIX) return;
  let nameEnd = i + PREFIX.length;
  while (nameEnd < close && /[A-Za-z-]/.test(text[nameEnd]!)) nameEnd++;
  const name = text.slice(i + PREFIX.length, nameEnd).toLowerCase();
  const span = { start: open, end: close + 3 };
  const kind = KINDS.find((k) => k === name);
  if (!kind) {
    problems.push({
      span: { start: i, end: nameEnd },
      message: `Unknown Groundwork comment "${text.slice(i, nameEnd)}": use ${KINDS.map((k) => PREFIX + k).join(', ')}.`,
    });
    return;
  }
  const codes: string[] = [];
  const token = /[^\s,]+/g;
  const rest = text.slice(nameEnd, close);
  let match: RegExpExecArray | null;
  while ((match = token.exec(rest))) {
    if (match[0].startsWith('--')) break;
    const code = match[0].toLowerCase();
    if (!KNOWN_CODES.has(code)) {
      const start = nameEnd + match.index;
      problems.push({ span: { start, end: start + match[0].length }, message: unknownCodeMessage(match[0]) });
    }
    if (!codes.includes(code)) codes.push(code);
  }
  directives.push({ kind, codes, span });
}

function unknownCodeMessage(code: string): string {
  const lower = code.toLowerCase();
  const guess = FINDING_CODES.find((known) => known.startsWith(lower) || lower.startsWith(known.split('-')[0]!));
  const hint = guess ? ` Did you mean "${guess}"?` : ` Known codes: ${FINDING_CODES.join(', ')}.`;
  return `Unknown finding code "${code}" in a groundwork comment; it suppresses nothing.${hint}`;
}

/** What is suppressed at a point of the draft by disable/enable ranges. */
class RangeState {
  all = false;
  codes = new Set<string>();

  apply(directive: SuppressionDirective): void {
    const { kind, codes } = directive;
    if (kind === 'disable') {
      if (codes.length === 0) {
        this.all = true;
        this.codes.clear();
      } else if (!this.all) {
        for (const code of codes) this.codes.add(code);
      }
    } else if (kind === 'enable') {
      if (codes.length === 0) {
        this.all = false;
        this.codes.clear();
      } else {
        if (this.all) {
          this.all = false;
          this.codes = new Set(FINDING_CODES);
        }
        for (const code of codes) this.codes.delete(code);
      }
    }
  }
}

function merge(target: { all: boolean; codes: Set<string> }, all: boolean, codes: Iterable<string>): void {
  if (all) target.all = true;
  for (const code of codes) target.codes.add(code);
}

/** Sets `suppression` on the statements (sorted by start, not overlapping) the directives cover. */
export function applySuppressions(text: string, statements: Statement[], directives: readonly SuppressionDirective[]): void {
  if (directives.length === 0 || statements.length === 0) return;
  const lines = new LineIndex(text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line;
  const found = statements.map(() => ({ all: false, codes: new Set<string>() }));

  // Ranges: the state at each statement's first character.
  const state = new RangeState();
  let d = 0;
  for (let s = 0; s < statements.length; s++) {
    const start = statements[s]!.span.start;
    while (d < directives.length && directives[d]!.span.start < start) state.apply(directives[d++]!);
    merge(found[s]!, state.all, state.codes);
  }

  // Next line: the statements starting on the next line that has text.
  const nextLine = directives.filter((x) => x.kind === 'disable-next-line');
  if (nextLine.length > 0) {
    const byLine = new Map<number, SuppressionDirective[]>();
    const textLines = contentLines(text, lines);
    for (const directive of nextLine) {
      const target = textLines.nextAfter(lineOf(Math.max(directive.span.start, directive.span.end - 1)));
      if (target < 0) continue;
      const onLine = byLine.get(target);
      if (onLine) onLine.push(directive);
      else byLine.set(target, [directive]);
    }
    statements.forEach((statement, s) => {
      for (const directive of byLine.get(lineOf(statement.span.start)) ?? []) {
        merge(found[s]!, directive.codes.length === 0, directive.codes);
      }
    });
  }

  // The whole file, for the codes named.
  for (const directive of directives) {
    if (directive.kind === 'disable-file') for (const f of found) merge(f, directive.codes.length === 0, directive.codes);
  }

  // Same line: the statements with any character on the comment's line.
  for (const directive of directives) {
    if (directive.kind !== 'disable-line') continue;
    const line = lineOf(directive.span.start);
    const lineStart = lines.offsetAt({ line, character: 0 });
    const lineEnd = line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
    for (let s = firstEndingAfter(statements, lineStart); s < statements.length && statements[s]!.span.start < lineEnd; s++) {
      merge(found[s]!, directive.codes.length === 0, directive.codes);
    }
  }

  statements.forEach((statement, s) => {
    const suppression = toSuppression(found[s]!);
    if (suppression) statement.suppression = suppression;
  });
}

function toSuppression(found: { all: boolean; codes: Set<string> }): Suppression | undefined {
  if (found.all) return { all: true, codes: [] };
  if (found.codes.size === 0) return undefined;
  return { all: false, codes: [...found.codes].sort() };
}

/** Index of the first statement whose span ends after `offset`. */
function firstEndingAfter(statements: readonly Statement[], offset: number): number {
  return partitionPoint(statements.length, (i) => statements[i]!.span.end > offset);
}

/** For each line, the next line after it holding text other than comments. */
function contentLines(text: string, lines: LineIndex): { nextAfter(line: number): number } {
  const count = lines.lineCount;
  const next = new Int32Array(count + 1).fill(-1);
  for (let line = count - 1; line >= 0; line--) {
    const start = lines.offsetAt({ line, character: 0 });
    const end = line + 1 < count ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
    next[line] = hasText(text, start, end) ? line : next[line + 1]!;
  }
  return { nextAfter: (line) => (line + 1 <= count ? next[line + 1]! : -1) };
}

/** True when the line holds something besides whitespace and complete HTML comments. */
function hasText(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  let i = 0;
  for (;;) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) return false;
    if (!line.startsWith('<!--', i)) return true;
    const close = line.indexOf('-->', i + 4);
    if (close < 0) return true;
    i = close + 3;
  }
}

/** Problems of the draft's suppression comments: unknown directives and unknown codes. */
export function suppressionProblems(text: string): SuppressionProblem[] {
  try {
    const spans = parseMarkdownTrees(text).flatMap(({ root, source }) => outlineOf(root).html.flatMap((node) => spanOfNode(node, source) ?? []));
    return readDirectives(text, spans).problems;
  } catch {
    // A front end asks this on every edit: a parser failure must not take it down.
    return [];
  }
}

/** True when the draft turns Groundwork off for itself: `<!-- groundwork-disable-file -->` without codes. */
export function disablesFile(directives: readonly SuppressionDirective[]): boolean {
  return directives.some((d) => d.kind === 'disable-file' && d.codes.length === 0);
}

export const DISABLE_FILE_COMMENT = '<!-- groundwork-disable-file -->';

/**
 * Where "Disable Groundwork for this file" puts its comment: on a line of its own at the top,
 * after the front matter (a comment before it would stop the front matter being front matter).
 */
export function disableFileInsertion(text: string): { offset: number; text: string } {
  const frontMatter = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const offset = frontMatter ? frontMatter[0].length : text.startsWith('\uFEFF') ? 1 : 0;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const atEnd = offset >= text.length && frontMatter && !/\n$/.test(frontMatter[0]);
  return { offset, text: `${atEnd ? newline : ''}${DISABLE_FILE_COMMENT}${newline}${newline}` };
}
