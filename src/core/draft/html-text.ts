// The text of an HTML block in a draft (`<p>...</p>`, `<div>...</div>`): what a reader of the
// rendered page sees, so it is checked like any paragraph. Markup is dropped, character
// references are read, and each character keeps its draft offset. Comments (where suppression
// directives live), scripts and styles hold no prose.
import type { PlainText } from './plain-text.js';

// Tags that start or end a block of their own: text on either side is not one sentence.
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
// Elements whose content is not text a reader sees as prose.
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'textarea', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[\s\S]*?(?:\?>|$)/y;

/** The runs of visible text of an HTML block at draft offset `base`, one per block of the rendered page. */
export function htmlTextBlocks(html: string, base: number): PlainText[] {
  const blocks: PlainText[] = [];
  let current = emptyText();
  const flush = (): void => {
    if (current.text.trim().length > 0) blocks.push(current);
    current = emptyText();
  };
  let skipping: string | undefined;
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(html);
      if (tag) {
        const name = tag[2]?.toLowerCase();
        if (name) {
          const closing = tag[1] === '/';
          if (skipping) {
            if (closing && name === skipping) skipping = undefined;
          } else if (!closing && SKIPPED_ELEMENTS.has(name) && !tag[0].endsWith('/>')) {
            skipping = name;
          }
          if (BLOCK_TAGS.has(name) || SKIPPED_ELEMENTS.has(name)) flush();
        }
        i = TAG.lastIndex;
        continue;
      }
    }
    if (skipping) {
      i++;
      continue;
    }
    if (html[i] === '&') {
      REFERENCE.lastIndex = i;
      const ref = REFERENCE.exec(html);
      const decoded = ref ? decodeReference(ref) : undefined;
      if (decoded !== undefined) {
        push(current, decoded, base + i, base + REFERENCE.lastIndex);
        i = REFERENCE.lastIndex;
        continue;
      }
    }
    const ch = html[i]!;
    push(current, /\s/.test(ch) ? ' ' : ch, base + i, base + i + 1);
    i++;
  }
  flush();
  return blocks;
}

function decodeReference(ref: RegExpExecArray): string | undefined {
  if (ref[3]) return NAMED_REFERENCES[ref[3]];
  const code = ref[1] ? parseInt(ref[1], 16) : Number(ref[2]);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

function emptyText(): PlainText {
  return { text: '', offsets: [], sourceStarts: [], sourceEnds: [], wrappers: [] };
}

/** Appends characters that all stand for the draft range [start, end). */
function push(plain: PlainText, chars: string, start: number, end: number): void {
  plain.text += chars;
  for (let k = 0; k < chars.length; k++) {
    plain.offsets.push(start);
    plain.sourceStarts.push(start);
    plain.sourceEnds.push(end);
  }
}
