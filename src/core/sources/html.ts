import type { Span } from '../model.js';
import { isoDateOf } from './dates.js';
import { streamHtml } from './html-events.js';

export interface ExtractedHtml {
  text: string;
  title?: string;
  /** ISO date from the page's metadata. */
  published?: string;
  url?: string;
  /** Figure captions in `text`. */
  captions: Span[];
}

// Content a reader never sees as part of the article. Their text is dropped.
const DROPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'footer',
  'iframe', 'object', 'canvas', 'button', 'select', 'textarea',
]);

// Elements whose boundaries are paragraph breaks in the extracted text.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

const CELLS = new Set(['td', 'th']);

const PUBLISHED_META = new Set([
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date',
]);

/** Separators owed before the next text, weakest first. */
enum Pending {
  None,
  Space,
  Line,
  Paragraph,
}

/** The readable text of an HTML page: what a reader sees of the article, in reading order. */
export function extractHtml(html: string): ExtractedHtml {
  const parts: string[] = [];
  let length = 0;
  let pending = Pending.None;
  let dropped = 0;
  let svg = 0;
  let pre = 0;
  let inTitle = false;
  let titleText = '';
  let h1 = 0;
  let h1Text = '';
  let h1Done = false;
  let ogTitle: string | undefined;
  let metaDate: string | undefined;
  let timeDate: string | undefined;
  let url: string | undefined;
  let caption = 0;
  let captionStart: number | undefined;
  const captions: Span[] = [];

  const owe = (separator: Pending) => {
    if (separator > pending) pending = separator;
  };

  const emit = (content: string) => {
    if (length > 0) {
      const separator = pending === Pending.Paragraph ? '\n\n' : pending === Pending.Line ? '\n' : pending === Pending.Space ? ' ' : '';
      if (separator) {
        parts.push(separator);
        length += separator.length;
      }
    }
    pending = Pending.None;
    if (caption > 0 && captionStart === undefined) captionStart = length;
    parts.push(content);
    length += content.length;
  };

  streamHtml(html, {
    open(name, attributes) {
      if (name === 'meta') {
        const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
        const content = attributes['content'];
        if (content !== undefined) {
          if (key === 'og:title' && ogTitle === undefined && content.trim() !== '') ogTitle = content.trim();
          if (PUBLISHED_META.has(key) && metaDate === undefined) metaDate = isoDateOf(content);
          if (key === 'og:url' && url === undefined && content.trim() !== '') url = content.trim();
        }
        return;
      }
      if (name === 'link' && /\bcanonical\b/i.test(attributes['rel'] ?? '') && attributes['href']) {
        url = attributes['href'].trim();
        return;
      }
      if (name === 'time' && timeDate === undefined) {
        const value = attributes['datetime'] ?? attributes['content'];
        if (value !== undefined) timeDate = isoDateOf(value);
      }
      if (name === 'svg') svg++;
      if (name === 'title' && svg === 0) inTitle = true;
      if (DROPPED.has(name)) dropped++;
      if (dropped > 0) return;
      if (name === 'h1' && !h1Done) h1++;
      if (name === 'pre') pre++;
      if (name === 'figcaption') caption++;
      if (BLOCKS.has(name)) owe(Pending.Paragraph);
      else if (name === 'br') owe(Pending.Line);
      else if (CELLS.has(name)) owe(Pending.Space);
    },
    text(data) {
      if (inTitle) titleText += data;
      if (dropped > 0) return;
      if (h1 > 0) h1Text += data;
      if (pre > 0) {
        if (data !== '') emit(data);
        return;
      }
      const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
      if (collapsed.startsWith(' ')) owe(Pending.Space);
      // Only collapsible spaces go: a no-break space is text (`Guo&nbsp;said`).
      const content = collapsed.slice(collapsed.startsWith(' ') ? 1 : 0, collapsed.endsWith(' ') ? -1 : undefined);
      if (content === '') return;
      emit(content);
      if (collapsed.endsWith(' ')) owe(Pending.Space);
    },
    close(name) {
      if (name === 'title') inTitle = false;
      if (name === 'svg' && svg > 0) svg--;
      if (DROPPED.has(name)) {
        if (dropped > 0) dropped--;
        return;
      }
      if (dropped > 0) return;
      if (name === 'h1' && h1 > 0) {
        h1--;
        if (h1 === 0) h1Done = true;
      }
      if (name === 'pre' && pre > 0) pre--;
      if (name === 'figcaption' && caption > 0) {
        caption--;
        if (caption === 0 && captionStart !== undefined) {
          if (length > captionStart) captions.push({ start: captionStart, end: length });
          captionStart = undefined;
        }
      }
      if (BLOCKS.has(name)) owe(Pending.Paragraph);
      else if (CELLS.has(name)) owe(Pending.Space);
    },
  });

  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
  const title = [ogTitle, tidy(h1Text), tidy(titleText)].find((t) => t !== undefined && t !== '');
  return {
    text: parts.join(''),
    title,
    published: metaDate ?? timeDate,
    url,
    captions,
  };
}
