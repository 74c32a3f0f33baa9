// The draft's Markdown syntax tree: CommonMark + GFM (tables, footnotes, strikethrough, task
// lists, autolinks) + YAML/TOML front matter, with positions that are offsets of the draft.
import type { Node, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { defuseMarkdown } from './defuse.js';

export interface MarkdownSource {
  /** The draft as given. */
  text: string;
  /** The draft as the parser read it: same length, pathological markers made inert. */
  parsed: string;
  /** `inert[i] === 1` when the parser saw an inert character at `i` instead of the draft's. */
  inert: Uint8Array | undefined;
  /** Draft offset of parser offset 0: past the byte order marks the draft starts with. */
  base: number;
}

export interface MarkdownTree {
  root: Root;
  source: MarkdownSource;
}

const FRONT_MATTER = ['yaml', 'toml'] as const;

export function parseMarkdownTree(text: string): MarkdownTree {
  const defused = defuseMarkdown(text);
  // The parser drops a byte order mark at the start of what it is given: skip them all ourselves.
  let base = 0;
  while (text.charCodeAt(base) === 0xfeff) base++;
  const root = fromMarkdown(defused.text.slice(base), {
    extensions: [frontmatter([...FRONT_MATTER]), gfm()],
    mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER]), gfmFromMarkdown()],
  });
  return { root, source: { text, parsed: defused.text, inert: defused.inert, base } };
}

/** Draft offsets of a node, when the parser gave it a position. */
export function spanOfNode(node: Node, source: MarkdownSource): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const length = source.text.length;
  return { start: Math.min(start + source.base, length), end: Math.min(Math.max(end, start) + source.base, length) };
}
