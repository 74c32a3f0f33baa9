import type { SourceDocument, SourceFormat, Span } from '../model.js';
import { findBoilerplate } from './boilerplate.js';
import { findPublishedDate } from './dates.js';
import { decodeText } from './decode.js';
import { headlineOf } from './headline.js';
import { extractHtml } from './html.js';
import { firstHeading, readFrontMatter } from './markdown.js';
import { extractPdf } from './pdf.js';
import { slugOf } from './slug.js';
import { SourceError } from './source-error.js';

export { SourceError, slugOf };

const FORMAT_OF_EXTENSION: Record<string, SourceFormat> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
};

/**
 * The most text one source may hold. Indexing is linear but not free (about half a second per
 * megabyte, with the memory to match), and the editor indexes a source in one step: a 50 MB log
 * pasted into the sources folder would stall it for half a minute. Books and long reports fit.
 */
export const MAX_SOURCE_TEXT = 10 * 1024 * 1024;
/** Bytes of markup or PDF read at most, whatever text they would give. */
export const MAX_SOURCE_BYTES = 8 * MAX_SOURCE_TEXT;

/** The format of a source file by its extension, or undefined when it is not a source format. */
export function sourceFormatOf(path: string): SourceFormat | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return FORMAT_OF_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

/**
 * Reads a source file into a document. `path` is workspace-relative with forward slashes.
 * Throws a `SourceError` when the file cannot be read at all (binary, corrupt PDF, unknown
 * format); lesser problems become `warnings`.
 */
export async function readSource(path: string, bytes: Uint8Array): Promise<SourceDocument> {
  const format = sourceFormatOf(path);
  if (format === undefined) {
    throw new SourceError(path, `${path} is not a source format Groundwork reads (.txt, .md, .html, .pdf)`);
  }
  const document: SourceDocument = {
    id: slugOf(path),
    path,
    format,
    text: '',
    excluded: [],
    warnings: [],
  };
  if (bytes.length === 0) {
    document.warnings.push(`${path} is empty`);
    return document;
  }
  const plain = format === 'txt' || format === 'md';
  if (bytes.length > (plain ? MAX_SOURCE_TEXT : MAX_SOURCE_BYTES)) throw tooLarge(path, bytes.length, plain ? 'bytes' : 'file');
  if (format === 'pdf') {
    const pdf = await extractPdf(path, bytes);
    document.text = pdf.text;
    document.pageStarts = pdf.pageStarts;
    document.title = pdf.title;
    document.warnings.push(...pdf.warnings);
    document.excluded = findBoilerplate(pdf.text);
  } else {
    const decoded = decodeText(path, bytes);
    document.warnings.push(...decoded.warnings);
    if (format === 'txt') readPlainText(document, decoded.text);
    else if (format === 'md') readMarkdown(document, decoded.text);
    else readHtml(document, decoded.text);
  }
  if (document.text.length > MAX_SOURCE_TEXT) throw tooLarge(path, document.text.length, 'text');
  document.published ??= findPublishedDate(document.text)?.iso;
  if (document.text.trim() === '' && format !== 'pdf') {
    document.warnings.push(`${path} has no text`);
  }
  return withoutUndefined(document);
}

function tooLarge(path: string, size: number, what: 'bytes' | 'file' | 'text'): SourceError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const limit = what === 'file' ? MAX_SOURCE_BYTES : MAX_SOURCE_TEXT;
  const holds = what === 'text' ? `holds ${mb(size)} of text` : `is ${mb(size)}`;
  return new SourceError(path, `${path} ${holds}; Groundwork reads sources of up to ${mb(limit)}${what === 'file' ? '' : ' of text'}: split it, or add it to exclude`);
}

function readPlainText(document: SourceDocument, text: string): void {
  document.text = text;
  document.title = headlineOf(text);
  document.excluded = findBoilerplate(text);
}

function readMarkdown(document: SourceDocument, text: string): void {
  document.text = text;
  const frontMatter = readFrontMatter(document.path, text);
  const excluded: Span[] = [];
  if (frontMatter) {
    excluded.push(frontMatter.span);
    document.warnings.push(...frontMatter.warnings);
    if (frontMatter.id !== undefined) document.id = frontMatter.id;
    document.title = frontMatter.title;
    document.published = frontMatter.date;
    document.url = frontMatter.url;
  }
  const bodyStart = frontMatter?.span.end ?? 0;
  document.title ??= firstHeading(text, bodyStart);
  excluded.push(...findBoilerplate(text).filter((span) => span.start >= bodyStart));
  document.excluded = excluded;
}

function readHtml(document: SourceDocument, html: string): void {
  const page = extractHtml(html);
  document.text = page.text;
  document.title = page.title;
  document.published = page.published;
  document.url = page.url;
  document.excluded = mergeSpans([...page.captions, ...findBoilerplate(page.text)]);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

// Optional fields are left out rather than set to undefined: documents are compared and
// serialised (the index cache), and `{ title: undefined }` is not `{}` to either.
function withoutUndefined(document: SourceDocument): SourceDocument {
  for (const key of Object.keys(document) as (keyof SourceDocument)[]) {
    if (document[key] === undefined) delete document[key];
  }
  return document;
}
