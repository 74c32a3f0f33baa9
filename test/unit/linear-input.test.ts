// Inputs that used to take minutes: long paragraphs and lines. Limits here are generous (they
// catch a hang, not a slowdown); `npm run stress` prints the figures.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import { editMapCalls, micromarkConsume } from '../../src/core/draft/edit-map.js';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { sentenceSegments } from '../../src/core/text/segment.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const SENTENCE = 'The ministry said the port reopened on Friday after a two-day strike by 26 workers. ';

describe('long input grows the work linearly', function () {
  this.timeout(60_000);

  it('sentences of a long text, found window by window, are the segmenter\'s sentences of the whole', () => {
    const piece = fc.constantFrom(
      'The port reopened on Friday. ', 'U.S. officials said so. ', 'Mr. Zhou left ', 'approx. 5 ships ', '"Quoted?" he asked. ',
      'no break here ', 'Dec. 12 ', '\n', '\n\n', '... ', 'ALL CAPS! ', '(see p. 4.) ', 'a'.repeat(300) + ' ', '. . . ', '   ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 900 }), (pieces) => {
        const text = pieces.join('');
        const whole = [...segmenter.segment(text)].map((s) => [s.index, s.segment.length]);
        const windowed = [...sentenceSegments(text)].map((s) => [s.index, s.segment.length]);
        assert.deepEqual(windowed, whole);
      }),
      { numRuns: 40 },
    );
  });

  it('a 2 MB source on one line, or without blank lines, is indexed in seconds', async () => {
    const sentence = SENTENCE;
    for (const [what, text] of [['one line', sentence.repeat(25_000)], ['no blank lines', sentence.trim().concat('\n').repeat(25_000)]] as const) {
      const started = Date.now();
      const corpus = new Corpus();
      corpus.addDocument(await readSource('seeds/long.txt', new TextEncoder().encode(text)));
      const seconds = (Date.now() - started) / 1000;
      assert.ok(corpus.passages.length >= 25_000, `${what}: ${corpus.passages.length} passages`);
      assert.ok(seconds < 20, `${what}: ${seconds} s`);
    }
  });

  it('a 2 MB draft on one line is checked to the end', async () => {
    // 132-300 s before sentences were found window by window.
    const corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/port.txt', new TextEncoder().encode(`Port strike\n\n${SENTENCE}\n`)));
    const text = SENTENCE.repeat(Math.ceil((2 * 1024 * 1024) / SENTENCE.length));
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(report.results.length > 20_000 && report.results.every((r) => r.verdict?.kind === 'supported'), `${report.results.length} statements`);
    assert.ok(seconds < 90, `${seconds} s`);
  });

  it('a draft of 10,000 statements and 20,000-character runs of dots, nines, quote marks and brackets is checked to the end', async () => {
    const corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/port.txt', new TextEncoder().encode(`Port strike\n\n${SENTENCE}\n`)));
    const statements = Array.from({ length: 10_000 }, (_, i) => `The port reopened on day ${i}.`).join(' ');
    const runs = ['.'.repeat(20_000), '9'.repeat(20_000), '"'.repeat(20_000), '['.repeat(10_000) + ']'.repeat(10_000)];
    const text = `${statements} ${runs.join(' ')}\n\n${runs.map((run) => `The port said ${run} again.`).join('\n\n')}\n`;
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(report.results.length >= 10_000, `${report.results.length} statements`);
    for (const r of report.results) assert.ok(r.statement.span.end <= text.length);
    assert.ok(seconds < 60, `${seconds} s`);
  });

  it('lists nested 1,000 deep by indentation are read in seconds, and the words of the deepest items are still checked', () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- Item ${i} of the list.`).join('\n') + '\n';
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 20, `${seconds} s`);
    const all = draft.statements.map((s) => s.text).join(' ');
    for (const i of [0, 15, 16, 500, 999]) assert.ok(all.includes(`Item ${i} of the list.`), `item ${i} is read`);
  });

  it('lists nested 1,000 deep by tabs (one tab a level) are read in seconds, and the deepest words are still checked', () => {
    // Tabs indent to the next multiple of 4 columns: 75 s at 1,000 levels when nesting was counted in characters.
    const text = Array.from({ length: 1_000 }, (_, i) => `${'\t'.repeat(i)}- Item ${i} of the list.`).join('\n') + '\n';
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 20, `${seconds} s`);
    const all = draft.statements.map((s) => s.text).join(' ');
    for (const i of [0, 15, 16, 500, 999]) assert.ok(all.includes(`Item ${i} of the list.`), `item ${i} is read`);
  });

  it('thousands of lists inside block quotes, with no blank line, are read in seconds, every item checked', () => {
    // Each line closing a nested container made micromark copy all its events: 19 s for 4,000 pairs.
    const pairs = 8_000;
    const text = Array.from({ length: pairs }, (_, i) => `> - Item ${i} of the outline.\n>   - Point ${i} under it.`).join('\n') + '\n';
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 40, `${seconds} s`);
    assert.equal(draft.statements.length, 2 * pairs);
    assert.equal(draft.statements[2 * pairs - 1]!.text, `Point ${pairs - 1} under it.`);
  });

  it('the parser applies its edits with our EditMap.consume, which gives the events micromark\'s own gives', () => {
    const before = editMapCalls();
    parseDraft('- An item.\n  - A nested item.\n- Another item.\n', 'd.md');
    assert.ok(editMapCalls() > before, 'micromark uses the EditMap that edit-map.ts patches');
    const change = fc.tuple(fc.nat(40), fc.nat(4), fc.array(fc.integer({ min: 1000, max: 1100 }), { maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(fc.nat(40), fc.array(change, { maxLength: 6 }), (length, changes) => {
        const events = Array.from({ length }, (_, i) => i);
        const ours = [...events];
        const theirs = [...events];
        const oursMap = new EditMap();
        const theirsMap = new EditMap();
        for (const [at, remove, add, before] of changes) {
          if (at > length) continue;
          for (const map of [oursMap, theirsMap]) (before ? map.addBefore : map.add).call(map, at, remove, [...add] as never);
        }
        oursMap.consume(ours as never);
        micromarkConsume.call(theirsMap, theirs);
        assert.deepEqual(ours, theirs);
      }),
      { numRuns: 500 },
    );
  });
});
