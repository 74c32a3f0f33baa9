// The links of a draft that may cite a source: inline links, reference links (through their
// definition) and footnote references (through the first link of the footnote's text). Whether a
// link names a source is decided against the corpus (core/citations.ts); here only the Markdown.
import type { Definition, FootnoteDefinition, Nodes, PhrasingContent } from 'mdast';
import type { Citation, LinkDefinition, Span, Statement } from '../model.js';
import { type MarkdownTree, spanOfNode } from './markdown-tree.js';

/** The link and footnote definitions of a draft, by identifier (the parser's normalised label). */
export interface DraftDefinitions {
  links: Map<string, LinkDefinition>;
  footnotes: Map<string, LinkDefinition>;
}

/** Every definition of every piece of the draft; the first of a label wins, as in CommonMark. */
export function definitionsOf(trees: readonly MarkdownTree[]): DraftDefinitions {
  const links = new Map<string, LinkDefinition>();
  const footnotes = new Map<string, LinkDefinition>();
  for (const tree of trees) {
    const stack: Nodes[] = [tree.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'definition') {
        const definition = linkDefinition(node, tree);
        if (definition && !links.has(node.identifier)) links.set(node.identifier, definition);
        continue;
      }
      if (node.type === 'footnoteDefinition') {
        const definition = footnoteDefinition(node, tree);
        if (definition && !footnotes.has(node.identifier)) footnotes.set(node.identifier, definition);
        continue;
      }
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return { links, footnotes };
}

function linkDefinition(node: Definition, tree: MarkdownTree): LinkDefinition | undefined {
  const span = spanOfNode(node, tree.source);
  if (!span) return undefined;
  return { label: node.label ?? node.identifier, target: node.url, span, targetSpan: destinationSpan(tree.source.text, span, node.url) };
}

function footnoteDefinition(node: FootnoteDefinition, tree: MarkdownTree): LinkDefinition | undefined {
  const span = spanOfNode(node, tree.source);
  if (!span) return undefined;
  const stack: Nodes[] = [...node.children].reverse() as Nodes[];
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child.type === 'link') {
      const linkSpan = spanOfNode(child, tree.source);
      return { label: node.label ?? node.identifier, target: child.url, span, ...(linkSpan ? { targetSpan: destinationSpan(tree.source.text, linkSpan, child.url) } : {}) };
    }
    if ('children' in child) for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i] as Nodes);
  }
  return undefined;
}

/** Where a destination is written inside a link or definition: the last occurrence of it as written. */
function destinationSpan(text: string, within: Span, url: string): Span | undefined {
  const slice = text.slice(within.start, within.end);
  for (const written of [url, encodeURI(url)]) {
    const at = slice.lastIndexOf(written);
    if (written && at >= 0) return { start: within.start + at, end: within.start + at + written.length };
  }
  return undefined;
}

/** The citations among a block's inline content, in document order. */
export function citationsIn(content: readonly PhrasingContent[], tree: MarkdownTree, definitions: DraftDefinitions): Citation[] {
  const found: Citation[] = [];
  const stack: Nodes[] = [...content].reverse() as Nodes[];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const span = spanOfNode(node, tree.source);
    if (node.type === 'link' && span) {
      found.push({ style: 'inline', target: node.url, span, ...optional('targetSpan', destinationSpan(tree.source.text, span, node.url)) });
      continue;
    }
    if (node.type === 'linkReference' && span) {
      const definition = definitions.links.get(node.identifier);
      if (definition) found.push({ style: 'reference', target: definition.target, span, label: definition.label, ...optional('targetSpan', definition.targetSpan) });
      continue;
    }
    if (node.type === 'footnoteReference' && span) {
      const definition = definitions.footnotes.get(node.identifier);
      if (definition) found.push({ style: 'footnote', target: definition.target, span, label: definition.label, ...optional('targetSpan', definition.targetSpan) });
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Gives each citation to the statement it ends: the last statement of the block that starts
 * before it (`... in 2019 ([src](a.txt)).` and `... in 2019.[^1]` alike).
 */
export function attachCitations(statements: readonly Statement[], citations: readonly Citation[]): void {
  if (statements.length === 0) return;
  for (const citation of citations) {
    let owner = statements[0]!;
    for (const statement of statements) if (statement.span.start <= citation.span.start) owner = statement;
    (owner.citations ??= []).push(citation);
  }
}
