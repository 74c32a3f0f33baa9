// Which parts of a draft are checked. Prose is: paragraphs, list items, block quotes and table
// cells. Front matter, headings, code, HTML, link reference definitions, thematic breaks and
// footnote definitions (in a report they hold citations, not claims) are not.
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
}

export interface DraftOutline {
  blocks: CheckableBlock[];
  /** Every HTML node, block or inline, checked or not, in document order: where comments live. */
  html: Html[];
}

interface Visit {
  node: Nodes;
  kind: BlockKind;
  checked: boolean;
  tableHeader: boolean;
}

const UNCHECKED_CONTAINERS = new Set<string>(['heading', 'footnoteDefinition']);

/** The checkable blocks and HTML nodes of a tree, in document order. Iterative: trees can be deep. */
export function outlineOf(root: Root): DraftOutline {
  const blocks: CheckableBlock[] = [];
  const html: Html[] = [];
  const stack: Visit[] = [{ node: root, kind: 'paragraph', checked: true, tableHeader: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node } = visit;
    let { kind, checked, tableHeader } = visit;
    switch (node.type) {
      case 'html':
        html.push(node);
        continue;
      case 'paragraph':
        if (checked) blocks.push({ node, kind, content: node.children, tableHeader: false });
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
      stack.push({ node: children[i]!, kind, checked, tableHeader });
    }
  }
  return { blocks, html };
}
