// Which parts of a draft are checked. Prose is: paragraphs, list items, block quotes, table
// cells, footnote definitions and the text of HTML blocks (`<p>`, `<div>`): anything a reader of
// the rendered page reads as prose, so nothing can be written where review does not look. Front
// matter, headings, code, link reference definitions and thematic breaks are not.
import type { Html, Nodes, Paragraph, PhrasingContent, Root, TableCell } from 'mdast';
import type { Statement } from '../model.js';

export type BlockKind = Statement['block'];

/** A run of inline content whose sentences are checked: a paragraph or a table cell. */
export interface CheckableBlock {
  node: Paragraph | TableCell;
  kind: BlockKind;
  content: PhrasingContent[];
  /** A cell of a table's first (header) row. */
  tableHeader: boolean;
  /** Inside a footnote definition, where a short one is a citation, not a claim. */
  footnote?: boolean;
}

export interface DraftOutline {
  blocks: CheckableBlock[];
  /** Every HTML node, block or inline, checked or not, in document order: where comments live. */
  html: Html[];
  /** HTML blocks (not inline HTML) in checked places, whose text is checked. */
  htmlBlocks: Html[];
}

interface Visit {
  node: Nodes;
  kind: BlockKind;
  checked: boolean;
  tableHeader: boolean;
  footnote: boolean;
  /** The node is a child of a container of blocks (not of a paragraph or a heading). */
  flow: boolean;
}

const UNCHECKED_CONTAINERS = new Set<string>(['heading']);
const FLOW_CONTAINERS = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'list']);

/** The checkable blocks and HTML nodes of a tree, in document order. Iterative: trees can be deep. */
export function outlineOf(root: Root): DraftOutline {
  const blocks: CheckableBlock[] = [];
  const html: Html[] = [];
  const htmlBlocks: Html[] = [];
  const stack: Visit[] = [{ node: root, kind: 'paragraph', checked: true, tableHeader: false, footnote: false, flow: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node } = visit;
    let { kind, checked, tableHeader, footnote } = visit;
    switch (node.type) {
      case 'html':
        html.push(node);
        if (checked && visit.flow) htmlBlocks.push(node);
        continue;
      case 'paragraph':
        if (checked) blocks.push({ node, kind, content: node.children, tableHeader: false, ...(footnote ? { footnote } : {}) });
        break;
      case 'footnoteDefinition':
        footnote = true;
        break;
      case 'tableCell':
        if (checked) blocks.push({ node, kind: 'table-cell', content: node.children, tableHeader });
        break;
      case 'blockquote':
        kind = 'blockquote';
        break;
      case 'listItem':
        kind = 'list-item';
        break;
      default:
        if (UNCHECKED_CONTAINERS.has(node.type)) checked = false;
    }
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) {
      if (node.type === 'table') tableHeader = i === 0;
      // Below a paragraph or a cell only HTML nodes matter here: the plain text reads the rest.
      stack.push({ node: children[i]!, kind, checked, tableHeader, footnote, flow: FLOW_CONTAINERS.has(node.type) });
    }
  }
  return { blocks, html, htmlBlocks };
}
