// The draft's Markdown syntax tree: CommonMark + GFM (tables, footnotes, strikethrough, task
// lists, autolinks) + YAML/TOML front matter, with positions that are offsets of the draft.
import type { Node, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { defuseMarkdown } from './defuse.js';
// Before any parse: micromark's EditMap made linear (see edit-map.ts).
import './edit-map.js';
import { piecesOf } from './pieces.js';

export interface MarkdownSource {
  /** The draft as given. */
  text: string;
  /** The draft as the parser read it: same length, pathological markers made inert. */
  parsed: string;
  /** `inert[i] === 1` when the parser saw an inert character at `i` instead of the draft's. */
  inert: Uint8Array | undefined;
  /** Draft offset of parser offset 0: where the piece starts (past any byte order marks). */
  base: number;
  /** Draft offset of the first list or block quote nested too deep, read as text (see defuse.ts). */
  tooDeep?: number;
}

/** A part of the draft parsed on its own (see pieces.ts): its tree, its place in the draft. */
export interface MarkdownTree {
  root: Root;
  source: MarkdownSource;
}

const FRONT_MATTER = ['yaml', 'toml'] as const;

/**
 * Drafts longer than this are parsed in pieces of about this size. Small enough that an edit
 * re-parses a few paragraphs: the trees of unchanged pieces are remembered (see `parsePiece`).
 */
export const PIECE_SIZE = 2_048;

/** Longest text of other pieces' definitions parsed after a piece (about a piece's worth). */
const DEFINITIONS_BUDGET = 32_768;

// The extensions hold no state of a parse: made once, not once per parse.
const OPTIONS = {
  extensions: [frontmatter([...FRONT_MATTER]), gfm()],
  mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER]), gfmFromMarkdown()],
};

function parse(markdown: string): Root {
  return fromMarkdown(markdown, OPTIONS);
}

// A draft is checked again at every pause in typing, and an edit changes one piece: the trees of
// the last pieces parsed are kept by their text (128 pieces: a draft of about 250 KB, or several
// smaller ones, for a few megabytes of trees). Nothing reads a tree to change it.
const PIECES_KEPT = 128;
const pieceTrees = new Map<string, Root>();

function parsePiece(markdown: string): Root {
  let root = pieceTrees.get(markdown);
  if (root) {
    pieceTrees.delete(markdown);
  } else {
    root = parse(markdown);
    if (pieceTrees.size >= PIECES_KEPT) pieceTrees.delete(pieceTrees.keys().next().value!);
  }
  pieceTrees.set(markdown, root);
  return root;
}

/** The syntax trees of the draft's pieces (see pieces.ts), in order. */
export function parseMarkdownTrees(text: string, pieceSize = PIECE_SIZE): MarkdownTree[] {
  const defused = defuseMarkdown(text);
  // The parser drops a byte order mark at the start of what it is given: skip them all ourselves.
  let from = 0;
  while (text.charCodeAt(from) === 0xfeff) from++;
  const pieces = piecesOf(defused.text, from, pieceSize);
  const trees: MarkdownTree[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const own = defused.text.slice(piece.start, piece.end);
    const root = parsePiece(own);
    const tree = { root, source: { text, parsed: defused.text, inert: defused.inert, base: piece.start, tooDeep: defused.tooDeep } };
    // A piece ends with blank lines; a construct reaching into them (fenced code, an HTML
    // comment) is still open there, and the cut after it was wrong: parse the rest whole.
    const contentEnd = own.trimEnd().length;
    if (i < pieces.length - 1 && root.children.some((child) => (child.position?.end.offset ?? 0) > contentEnd)) {
      const rest = { start: piece.start, end: defused.text.length };
      trees.push({ root: parsePiece(defused.text.slice(rest.start)), source: tree.source });
      break;
    }
    trees.push(tree);
  }
  if (trees.length > 1) resolveAcrossPieces(trees, defused.text);
  return trees;
}

/**
 * Link and footnote definitions apply draft-wide. A piece whose text still shows brackets
 * (a reference its own definitions do not resolve) is parsed again with the other pieces'
 * definitions after it.
 */
function resolveAcrossPieces(trees: MarkdownTree[], parsed: string): void {
  const definitions = trees.map((tree) => definitionsIn(tree, parsed));
  const total = definitions.reduce((sum, d) => sum + d.length, 0);
  if (total === 0 || total > DEFINITIONS_BUDGET) return;
  trees.forEach((tree, i) => {
    const others = definitions.filter((d, j) => j !== i && d.length > 0).join('\n\n');
    if (!others || !hasBracketText(tree.root)) return;
    const end = i + 1 < trees.length ? trees[i + 1]!.source.base : parsed.length;
    const own = parsed.slice(tree.source.base, end);
    const root = parse(`${own}\n\n${others}`);
    root.children = root.children.filter((child) => (child.position?.start.offset ?? 0) < own.length);
    tree.root = root;
  });
}

/** The source of the definitions of a piece, blank-line separated. */
function definitionsIn(tree: MarkdownTree, parsed: string): string {
  const found: string[] = [];
  const stack: Nodes[] = [tree.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const span = spanOfNode(node, tree.source);
      if (span) found.push(parsed.slice(span.start, span.end));
      continue;
    }
    if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      // Reversed, so that definitions come out in draft order: the first of a label wins.
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return found.join('\n\n');
}

function hasBracketText(root: Root): boolean {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && node.value.includes(']')) return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}

/** Draft offsets of a node, when the parser gave it a position. */
export function spanOfNode(node: Node, source: MarkdownSource): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const length = source.text.length;
  return { start: Math.min(start + source.base, length), end: Math.min(Math.max(end, start) + source.base, length) };
}
