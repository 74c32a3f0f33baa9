import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceError, readSource } from '../../src/core/sources/read.js';
import { writePdf } from '../fixtures/sources/pdf-writer.js';

async function rejectsNaming(promise: Promise<unknown>, path: string, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof SourceError, String(error));
    assert.equal(error.path, path);
    assert.ok(error.message.startsWith(path), error.message);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('sources: PDF', () => {
  it('joins the pages with blank lines and records where each page starts', async () => {
    const bytes = writePdf([
      { lines: ['Exports of rare earth magnets fell 12 percent,', 'customs data showed.'] },
      { lines: ['Page two says prices rose.'] },
      { lines: ['Page three.'] },
    ]);
    const document = await readSource('papers/exports.pdf', bytes);
    assert.equal(document.format, 'pdf');
    assert.equal(document.id, 'papers/exports');
    assert.equal(
      document.text,
      'Exports of rare earth magnets fell 12 percent,\ncustoms data showed.\n\nPage two says prices rose.\n\nPage three.',
    );
    assert.deepEqual(document.pageStarts, [0, 69, 97]);
    for (const [i, start] of document.pageStarts!.entries()) {
      assert.ok(document.text.startsWith(['Exports', 'Page two', 'Page three'][i]!, start));
    }
    assert.deepEqual(document.warnings, []);
  });

  it('makes paragraphs of lines separated by a wide gap, in compressed PDFs too', async () => {
    const bytes = writePdf([{ lines: ['First paragraph line one', 'line two.', 'Second paragraph.'], gapsBefore: [0, 0, 16] }], {
      compress: true,
    });
    const document = await readSource('a.pdf', bytes);
    assert.equal(document.text, 'First paragraph line one\nline two.\n\nSecond paragraph.');
  });

  it('takes the title from the PDF metadata, else from a headline line', async () => {
    const titled = await readSource('a.pdf', writePdf([{ lines: ['Body text.'] }], { title: 'Rare earth report' }));
    assert.equal(titled.title, 'Rare earth report');
    const headed = await readSource('b.pdf', writePdf([{ lines: ['Rare earth report', 'Body text.'] }], { title: 'Microsoft Word - draft3.docx' }));
    assert.equal(headed.title, 'Rare earth report');
  });

  it('reads the committed fixture: title, date, pages and dateline', async () => {
    // Written by test/fixtures/sources/pdf-writer.ts (compressed streams, an Info title).
    const path = 'test/fixtures/sources/rare-earth-exports.pdf';
    const document = await readSource(path, readFileSync(new URL('../fixtures/sources/rare-earth-exports.pdf', import.meta.url)));
    assert.equal(document.title, 'Rare earth exports fall in November');
    assert.equal(document.published, '2025-12-15');
    assert.equal(document.pageStarts?.length, 2);
    assert.ok(document.text.slice(document.pageStarts![1]).startsWith('Prices of dysprosium oxide rose 3.5 percent'));
    assert.deepEqual(
      document.excluded.map((s) => document.text.slice(s.start, s.end)),
      ['Published: Dec 15, 2025'],
    );
    assert.ok(document.text.includes('Exports of rare earth magnets fell 12 percent in November,\ncustoms data showed on Monday.'));
  });

  it('refuses a corrupt PDF with an error naming the file', async () => {
    await rejectsNaming(readSource('papers/fake.pdf', new TextEncoder().encode('this is not a PDF')), 'papers/fake.pdf', /not a readable PDF/);
    const truncated = writePdf([{ lines: ['Some text.'] }]).subarray(0, 120);
    await rejectsNaming(readSource('papers/truncated.pdf', truncated), 'papers/truncated.pdf', /not a readable PDF/);
  });

  it('reads an empty .pdf file as an empty document with a warning', async () => {
    const document = await readSource('papers/empty.pdf', new Uint8Array());
    assert.equal(document.text, '');
    assert.match(document.warnings.join('\n'), /papers\/empty\.pdf is empty/);
  });

  it('warns about a PDF without text', async () => {
    const document = await readSource('scan.pdf', writePdf([{ lines: [] }]));
    assert.equal(document.text, '');
    assert.deepEqual(document.pageStarts, [0]);
    assert.match(document.warnings.join('\n'), /scan\.pdf has no extractable text/);
  });

  it('does not let pdf.js take the caller\'s buffer', async () => {
    const bytes = writePdf([{ lines: ['Kept.'] }]);
    await readSource('a.pdf', bytes);
    assert.ok(bytes.byteLength > 0);
    assert.equal((await readSource('a.pdf', bytes)).text, 'Kept.');
  });
});
