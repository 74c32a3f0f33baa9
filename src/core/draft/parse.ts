// A Markdown draft -> its checkable statements, each with its exact place in the draft.
import type { Nodes, PhrasingContent } from 'mdast';
import type { Draft, DraftNote, Span, Statement, StatementQuote } from '../model.js';
import { splitSentences } from '../text/segment.js';
import { attachCitations, citationsIn, definitionsOf } from './citations.js';
import { MAX_CONTAINER_DEPTH } from './defuse.js';
import { PIECE_SIZE, parseMarkdownTrees, spanOfNode } from './markdown-tree.js';
import { type CheckableBlock, outlineOf } from './outline.js';
import { type PlainText, plainTextOf, withoutCitationLabels } from './plain-text.js';
import { htmlTextBlocks } from './html-text.js';
import { findQuotes, type QuoteMarks } from './quotes.js';
import { SPEECH_VERBS } from '../index/gazetteer.js';
import { lastPerson } from '../index/names.js';
import { statementSpans } from './statement-spans.js';
import { applySuppressions, disablesFile, readDirectives } from './suppression.js';
import { partitionPoint } from '../bisect.js';

export { disableFileInsertion, suppressionProblems } from './suppression.js';

const TOO_DEEP = `lists or block quotes nested more than ${MAX_CONTAINER_DEPTH} deep from here on: the deeper items are read as text of the ${MAX_CONTAINER_DEPTH}th level, and still checked`;

/**
 * The statements of a Markdown draft: the sentences of its paragraphs, list items, block quotes
 * and table cells, in document order. Never throws; offsets are UTF-16 offsets of `text`.
 * `pieceSize` is for tests: how long a draft must be to be parsed in pieces.
 */
export function parseDraft(text: string, path: string, pieceSize = PIECE_SIZE): Draft {
  try {
    return { path, text, ...statementsOf(text, pieceSize) };
  } catch {
    // The parser is third-party code; a draft it cannot read has nothing to check, and the
    // editor calling this on every keystroke must not fail.
    return { path, text, statements: [] };
  }
}

function statementsOf(text: string, pieceSize: number): Omit<Draft, 'path' | 'text'> {
  const statements: Statement[] = [];
  const htmlSpans: Span[] = [];
  const trees = parseMarkdownTrees(text, pieceSize);
  const definitions = definitionsOf(trees);
  for (const tree of trees) {
    const { root, source } = tree;
    const outline = outlineOf(root);
    // Markdown blocks and HTML blocks, in document order.
    const units: { start: number; read: () => void }[] = [];
    for (const block of outline.blocks) {
      const range = spanOfNode(block.node, source);
      if (!range) continue;
      units.push({
        start: range.start,
        read: () => {
          const plain = withoutCitationLabels(plainTextOf(block.content, source, range.start, range.end));
          if (plain.text.length === 0) return;
          if (block.tableHeader && isLabel(plain.text)) return;
          if (block.footnote && citesOnly(block.content, plain.text)) return;
          const first = statements.length;
          addStatements(statements, plain, block.kind);
          attachCitations(statements.slice(first), citationsIn(block.content, tree, definitions));
        },
      });
    }
    for (const node of outline.htmlBlocks) {
      const range = spanOfNode(node, source);
      if (!range) continue;
      units.push({
        start: range.start,
        read: () => {
          for (const plain of htmlTextBlocks(source.text.slice(range.start, range.end), range.start)) addStatements(statements, plain, 'paragraph');
        },
      });
    }
    if (outline.htmlBlocks.length > 0) units.sort((a, b) => a.start - b.start);
    for (const unit of units) unit.read();
    for (const node of outline.html) {
      const span = spanOfNode(node, source);
      if (span) htmlSpans.push(span);
    }
  }
  const { directives } = readDirectives(text, htmlSpans);
  // A draft that turns Groundwork off has nothing to check, in the CLI and the editor alike.
  if (disablesFile(directives)) return { statements: [] };
  applySuppressions(text, statements, directives);
  const links = [...definitions.links.values()];
  const footnotes = [...definitions.footnotes.values()];
  const tooDeep = trees[0]?.source.tooDeep;
  const notes: DraftNote[] = tooDeep === undefined ? [] : [{ span: { start: tooDeep, end: tooDeep + 1 }, message: TOO_DEEP }];
  return { statements, ...(links.length || footnotes.length ? { definitions: { links, footnotes } } : {}), ...(notes.length ? { notes } : {}) };
}

function addStatements(statements: Statement[], plain: PlainText, kind: CheckableBlock['kind']): void {
  const quotes = findQuotes(plain.text);
  const first = statements.length;
  for (const span of statementSpans(plain.text, splitSentences(plain.text), quotes)) {
    const statement = statementOf(plain, span, quotes, kind, statements.length);
    if ((statement.quotes.length && PRONOUN_CREDIT.test(statement.text)) || PRONOUN_OPENS.test(statement.text)) {
      const antecedent = antecedentOf(statement, statements.slice(Math.max(first, statements.length - ANTECEDENT_REACH), statements.length));
      if (antecedent) statement.antecedent = antecedent;
    }
    statements.push(statement);
  }
}

// A quote credited to a pronoun, with the verbs of saying the sources' quotes are read with:
// `," he said`, `He added: "`; and a statement that opens with one: "He said the alliance ...".
const PRONOUN_SAYS = `(?:he|she)\\s+(?:also\\s+|then\\s+|later\\s+)?(?:${SPEECH_VERBS})\\b`;
const PRONOUN_CREDIT = new RegExp(`\\b${PRONOUN_SAYS}`, 'i');
const PRONOUN_OPENS = new RegExp(`^${PRONOUN_SAYS}`, 'i');
// How many sentences back a pronoun is looked up: further, a reader has lost track too.
const ANTECEDENT_REACH = 3;

/** The last person named before the statement's first quote: in it, or in the paragraph's sentences before it. */
function antecedentOf(statement: Statement, before: readonly Statement[]): string | undefined {
  const own = lastPerson(statement.text.slice(0, statement.quotes[0]?.span.start ?? 0));
  if (own) return own;
  for (let i = before.length - 1; i >= 0; i--) {
    const name = lastPerson(before[i]!.text);
    if (name) return name;
  }
  return undefined;
}

/**
 * A footnote that only cites: short, or short but for the links it holds ("Global Times, [US
 * launches 'Pax Silica' alliance ...](../seeds/gt.txt), December 12, 2025.").
 */
function citesOnly(content: readonly PhrasingContent[], text: string): boolean {
  if (isCitation(text)) return true;
  let outside = '';
  let links = 0;
  const stack: Nodes[] = [...content].reverse() as Nodes[];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link' || node.type === 'linkReference') {
      links++;
      continue;
    }
    if (node.type === 'text' || node.type === 'inlineCode') outside += ` ${node.value}`;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return links > 0 && isCitation(outside);
}

/**
 * A footnote that only cites ("Global Times, Dec 12, 2025.", a link to the source) claims
 * nothing: at most six words and no quotation.
 */
function isCitation(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= 6 && !/["“”«»]/.test(text);
}

/**
 * Header cells are checked only when they read like a statement: a table's column labels
 * ("Country", "Investment, 2025") claim nothing. A label is at most five words with no
 * sentence-ending punctuation and no quotation.
 */
function isLabel(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  return words.length <= 5 && !/[.!?…]["'”’)\]]*$/.test(text) && !/["“”«»]/.test(text);
}

function statementOf(plain: PlainText, span: Span, quotes: readonly QuoteMarks[], kind: CheckableBlock['kind'], index: number): Statement {
  const { start, end } = span;
  const text = plain.text.slice(start, end);
  return {
    index,
    text,
    span: draftSpan(plain, start, end),
    runs: runsOf(plain.offsets, start, end),
    quotes: quotesIn(plain.text, quotes, start, end),
    block: kind,
  };
}

/** The sentence's draft range, grown to the markup of inline elements it holds whole. */
function draftSpan(plain: PlainText, start: number, end: number): Span {
  let draftStart = plain.sourceStarts[start]!;
  let draftEnd = plain.sourceEnds[end - 1]!;
  // Wrappers are sorted by start; a binary search finds the first starting in the sentence.
  const { wrappers } = plain;
  for (let w = partitionPoint(wrappers.length, (i) => wrappers[i]!.plainStart >= start); w < wrappers.length && wrappers[w]!.plainStart < end; w++) {
    const wrapper = wrappers[w]!;
    if (wrapper.plainEnd > end) continue;
    draftStart = Math.min(draftStart, wrapper.draftStart);
    draftEnd = Math.max(draftEnd, wrapper.draftEnd);
  }
  return { start: draftStart, end: Math.max(draftEnd, draftStart) };
}

function runsOf(offsets: readonly number[], start: number, end: number): Statement['runs'] {
  const runs: Statement['runs'] = [];
  let run: Statement['runs'][number] | undefined;
  for (let i = start; i < end; i++) {
    const draft = offsets[i]!;
    if (run && draft === run.draft + run.length) {
      run.length++;
    } else {
      run = { text: i - start, draft, length: 1 };
      runs.push(run);
    }
  }
  return runs;
}

function quotesIn(text: string, quotes: readonly QuoteMarks[], start: number, end: number): StatementQuote[] {
  const inside: StatementQuote[] = [];
  for (let q = partitionPoint(quotes.length, (i) => quotes[i]!.open >= start); q < quotes.length; q++) {
    const quote = quotes[q]!;
    if (quote.close >= end) break;
    inside.push({ text: text.slice(quote.open + 1, quote.close), span: { start: quote.open + 1 - start, end: quote.close - start } });
  }
  return inside;
}

/** The draft offset of a character of the statement's text (`text.length`: just after the last). */
export function draftOffsetOf(statement: Statement, textOffset: number): number {
  const { runs } = statement;
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) return statement.span.start;
  if (textOffset <= first.text) return first.draft;
  if (textOffset >= last.text + last.length) return last.draft + last.length;
  // The last run starting at or before the offset (the first starts before it).
  const run = runs[partitionPoint(runs.length, (i) => runs[i]!.text > textOffset) - 1]!;
  return run.draft + Math.min(textOffset - run.text, run.length);
}

/** The draft range of a range of the statement's text, e.g. of a quote or a figure. */
export function draftSpanOf(statement: Statement, span: Span): Span {
  if (span.end <= span.start) {
    const at = draftOffsetOf(statement, span.start);
    return { start: at, end: at };
  }
  return { start: draftOffsetOf(statement, span.start), end: draftOffsetOf(statement, span.end - 1) + 1 };
}
