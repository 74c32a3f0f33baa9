import { headlineOf } from './headline.js';
import { SourceError } from './source-error.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface ExtractedPdf {
  text: string;
  /** Offset in `text` at which each page starts. */
  pageStarts: number[];
  title?: string;
  warnings: string[];
}

let pdfjsLoading: Promise<PdfJs> | undefined;

// pdf.js is large: it is loaded the first time a PDF is read, not when Groundwork starts.
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    // pdf.js parses in a worker. A bundle has no worker file to start, so its parser runs in
    // this thread instead: pdf.js uses a worker module found under this global name before
    // trying to load one by URL.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  })().catch((error: unknown) => {
    pdfjsLoading = undefined;
    throw error;
  });
  return pdfjsLoading;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

/** The text of every page of a PDF, pages separated by a blank line. */
export async function extractPdf(path: string, bytes: Uint8Array): Promise<ExtractedPdf> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer:
    // hand it a plain copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = error instanceof Error ? error.name : '';
    const reason = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') {
      throw new SourceError(path, `${path} is password-protected; it cannot be read`);
    }
    throw new SourceError(path, `${path} is not a readable PDF: ${reason}`);
  }
  const warnings: string[] = [];
  const pageStarts: number[] = [];
  let text = '';
  try {
    for (let number = 1; number <= document.numPages; number++) {
      let pageText = '';
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        const items = content.items.filter((item) => 'str' in item) as PdfTextItem[];
        pageText = textOfItems(items);
        page.cleanup();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        warnings.push(`${path}: page ${number} could not be read (${reason})`);
      }
      if (number > 1) text += '\n\n';
      pageStarts.push(text.length);
      text += pageText;
    }
    const title = await metadataTitle(document);
    if (text.trim() === '') {
      warnings.push(`${path} has no extractable text (is it a scanned image?)`);
    }
    return { text, pageStarts, title: title ?? headlineOf(text), warnings };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(path, `${path} is not a readable PDF: ${reason}`);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function metadataTitle(document: { getMetadata(): Promise<{ info: object }> }): Promise<string | undefined> {
  try {
    const { info } = await document.getMetadata();
    const title = (info as { Title?: unknown }).Title;
    if (typeof title !== 'string') return undefined;
    const trimmed = title.replace(/\s+/g, ' ').trim();
    // Titles that only name the file a PDF was printed from say nothing about the article.
    if (trimmed === '' || /^untitled$|^microsoft word - |\.(?:docx?|odt|rtf|txt|pages)$/i.test(trimmed)) return undefined;
    return trimmed;
  } catch {
    return undefined;
  }
}

/**
 * Lines of a page from its positioned text runs: a run on a lower baseline starts a new line,
 * and a gap of about two lines or more starts a new paragraph.
 */
function textOfItems(items: PdfTextItem[]): string {
  const lines: string[] = [];
  let line = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  let lineClosed = false;
  const closeLine = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const item of items) {
    if (item.str !== '') {
      const y = item.transform[5] ?? 0;
      const height = Math.abs(item.transform[3] ?? 0) || item.height || lastHeight;
      if (lastY !== undefined) {
        const drop = lastY - y;
        const lineHeight = Math.max(height, lastHeight, 1);
        const newLine = lineClosed || Math.abs(drop) > lineHeight * 0.5;
        if (newLine) {
          if (!lineClosed) closeLine();
          if (drop > lineHeight * 1.8 && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
        }
      }
      line += item.str;
      lineClosed = false;
      lastY = y;
      lastHeight = height;
    }
    if (item.hasEOL && !lineClosed && lastY !== undefined) {
      closeLine();
      lineClosed = true;
    }
  }
  if (!lineClosed && line !== '') closeLine();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
