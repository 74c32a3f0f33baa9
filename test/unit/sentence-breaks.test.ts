import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { sentenceEnds } from '../../src/core/text/sentence-breaks.js';
import { sentenceSegments, splitParagraphs } from '../../src/core/text/segment.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmenterEnds = (text: string): number[] => [...segmenter.segment(text)].map((s) => s.index + s.segment.length);

/** `sentenceEnds` of a whole text, or undefined when it leaves the text to the segmenter. */
function ends(text: string, start = 0, end = text.length): number[] | undefined {
  const out: number[] = [];
  return sentenceEnds(text, start, end, out) ? out : undefined;
}

// Every character the reader knows, and characters each rule turns on.
const known: string[] = [];
for (let c = 0; c < 0x370; c++) if (ends(String.fromCharCode(c))) known.push(String.fromCharCode(c));
for (let c = 0x2000; c < 0x2070; c++) if (ends(String.fromCharCode(c))) known.push(String.fromCharCode(c));
const ruled = ['a', 'z', 'é', 'ß', 'A', 'Q', 'É', 'ǅ', 'ʰ', '1', '.', '․', '!', '?', ' ', '\u00a0', '\t', '\n', '\r', '\u2028', '"', "'", '(', ')', '\u2019', '\u201c', '»', ',', '-', ':', ';', '\u2014', '\u2026', '$', '\u0301', '\u00ad', '\u200b', '\u200d'];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(txt|md|html?)$/.test(name)) out.push(p);
  }
  return out;
}

describe('sentence breaks without the segmenter', () => {
  it('knows ASCII, Latin letters and accents, and common punctuation', () => {
    assert.ok(known.length > 900, `${known.length} characters`);
    assert.equal(ends('北京。好'), undefined);
    assert.equal(ends('Emoji \u{1F600}. Next'), undefined);
  });

  it('breaks where Intl.Segmenter breaks, in text of any of the characters it knows', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ruled), fc.constantFrom(...known)), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(ends(text), segmenterEnds(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('breaks where Intl.Segmenter breaks, each character it knows among the rules\' characters', () => {
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const ch of known) {
      for (let run = 0; run < 40; run++) {
        let text = '';
        const length = 1 + Math.floor(random() * 10);
        for (let i = 0; i < length; i++) text += random() < 0.35 ? ch : ruled[Math.floor(random() * ruled.length)]!;
        assert.deepEqual(ends(text), segmenterEnds(text), JSON.stringify(text));
      }
    }
  });

  it('reads a slice as the segmenter reads that slice on its own', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ruled, 'The port reopened. ', 'U.S. officials said so. ', '"Quoted?" he asked. '), { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (b % (text.length - start + 1));
        assert.deepEqual(ends(text, start, end), segmenterEnds(text.slice(start, end)).map((e) => e + start));
      }),
      { numRuns: 2_000 },
    );
  });

  it('breaks where Intl.Segmenter breaks in the sources of the examples and the test fixtures', () => {
    let read = 0;
    for (const file of [...filesUnder('examples'), ...filesUnder('seeds'), ...filesUnder('test/fixtures')]) {
      const text = readFileSync(file, 'utf8');
      for (const piece of [text, ...splitParagraphs(text).map((p) => text.slice(p.start, p.end))]) {
        const found = ends(piece);
        if (found) assert.deepEqual(found, segmenterEnds(piece), file);
        read++;
      }
      assert.deepEqual([...sentenceSegments(text)].map((s) => [s.index, s.segment.length]), [...segmenter.segment(text)].map((s) => [s.index, s.segment.length]), file);
    }
    assert.ok(read > 100, `${read} texts`);
  });
});
