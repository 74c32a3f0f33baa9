import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { SourceDocument } from '../../src/core/model.js';
import { SourceError, readSource, slugOf, sourceFormatOf } from '../../src/core/sources/read.js';
import { isTagList } from '../../src/core/sources/boilerplate.js';

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

function seed(name: string): Uint8Array {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url));
}

function excludedTexts(document: SourceDocument): string[] {
  return document.excluded.map((span) => document.text.slice(span.start, span.end));
}

/** True when the whole of `needle` in the document lies outside every excluded span. */
function isIncluded(document: SourceDocument, needle: string): boolean {
  const start = document.text.indexOf(needle);
  assert.ok(start >= 0, `not in the text: ${needle}`);
  const end = start + needle.length;
  return document.excluded.every((span) => span.end <= start || span.start >= end);
}

async function rejectsWith(promise: Promise<unknown>, pattern: RegExp, path: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
    assert.equal(error.path, path);
    assert.ok(error.message.includes(path), `the message names the file: ${error.message}`);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('sources: formats, ids and decoding', () => {
  it('tells the format by extension', () => {
    assert.equal(sourceFormatOf('seeds/a.txt'), 'txt');
    assert.equal(sourceFormatOf('notes/A.MD'), 'md');
    assert.equal(sourceFormatOf('notes/a.markdown'), 'md');
    assert.equal(sourceFormatOf('web/a.htm'), 'html');
    assert.equal(sourceFormatOf('web/a.html'), 'html');
    assert.equal(sourceFormatOf('papers/a.pdf'), 'pdf');
    assert.equal(sourceFormatOf('data/a.csv'), undefined);
    assert.equal(sourceFormatOf('seeds/.txt'), undefined);
    assert.equal(sourceFormatOf('seeds.txt/readme'), undefined);
  });

  it('makes stable, readable ids from paths', () => {
    assert.equal(slugOf('seeds/global-times-pax-silica-alliance.txt'), 'seeds/global-times-pax-silica-alliance');
    assert.equal(slugOf('Sources/Global Times (Dec 12).HTML'), 'sources/global-times-dec-12');
    assert.equal(slugOf('seeds/Café Société.md'), 'seeds/cafe-societe');
    assert.equal(slugOf('seeds/a.txt'), slugOf('seeds/a.txt'));
    assert.notEqual(slugOf('a/report.txt'), slugOf('b/report.txt'));
  });

  it('rejects a file whose extension is not a source format', async () => {
    await rejectsWith(readSource('data/table.csv', utf8('a,b')), /not a source format/, 'data/table.csv');
  });

  it('strips a UTF-8 byte order mark', async () => {
    const document = await readSource('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello there.')]));
    assert.equal(document.text, 'Hello there.');
    assert.deepEqual(document.warnings, []);
  });

  it('decodes UTF-16 little- and big-endian files with a byte order mark', async () => {
    const text = 'Guo said: “We have noted relevant reports.”\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le[2 + 2 * i] = unit & 0xff;
      le[3 + 2 * i] = unit >> 8;
      be[2 + 2 * i] = unit >> 8;
      be[3 + 2 * i] = unit & 0xff;
    }
    assert.equal((await readSource('le.txt', le)).text, text);
    assert.equal((await readSource('be.txt', be)).text, text);
  });

  it('reads invalid UTF-8 with replacement characters and a warning', async () => {
    const bytes = new Uint8Array([...utf8('Prices rose '), 0xff, 0xfe, 0x80, ...utf8(' percent.')]);
    const document = await readSource('seeds/broken.txt', bytes);
    assert.ok(document.text.startsWith('Prices rose '));
    assert.ok(document.text.includes('\ufffd'));
    assert.ok(document.text.endsWith(' percent.'));
    assert.equal(document.warnings.length, 1);
    assert.match(document.warnings[0]!, /seeds\/broken\.txt.*not valid UTF-8/);
  });

  it('refuses a binary file with a text extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await rejectsWith(readSource('seeds/picture.txt', png), /looks binary/, 'seeds/picture.txt');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : (i % 7) + 1));
    await rejectsWith(readSource('seeds/noise.md', controls), /looks binary/, 'seeds/noise.md');
    const utf16WithoutBom = new Uint8Array([...'Hello world'].flatMap((c) => [c.charCodeAt(0), 0]));
    await rejectsWith(readSource('seeds/wide.txt', utf16WithoutBom), /looks binary.*byte order mark/, 'seeds/wide.txt');
  });

  it('reads an empty file as an empty document with a warning', async () => {
    const document = await readSource('seeds/empty.txt', new Uint8Array());
    assert.equal(document.text, '');
    assert.deepEqual(document.excluded, []);
    assert.equal(document.title, undefined);
    assert.equal(document.warnings.length, 1);
    assert.match(document.warnings[0]!, /seeds\/empty\.txt is empty/);
  });

  it('keeps CRLF line endings so offsets stay true to the file', async () => {
    const text = 'SOURCE / WORLD\r\nShips leave port\r\nPublished: Jan 12, 2026 08:00 AM\r\n\r\nThe vessel set sail on January 12.\r\n';
    const document = await readSource('seeds/crlf.txt', utf8(text));
    assert.equal(document.text, text);
    assert.equal(document.title, 'Ships leave port');
    assert.equal(document.published, '2026-01-12');
    assert.deepEqual(excludedTexts(document), ['SOURCE / WORLD', 'Published: Jan 12, 2026 08:00 AM']);
    assert.ok(isIncluded(document, 'The vessel set sail on January 12.'));
  });
});

describe('sources: the sample articles in seeds/', () => {
  it('reads the Global Times article: headline under its section label, date, boilerplate', async () => {
    const document = await readSource('seeds/global-times-pax-silica-alliance.txt', seed('global-times-pax-silica-alliance.txt'));
    assert.equal(document.id, 'seeds/global-times-pax-silica-alliance');
    assert.equal(document.format, 'txt');
    assert.equal(
      document.title,
      'US launches ‘Pax Silica’ alliance to secure AI supply chains, counter China; move distorts market principles, bound to fail: analysts',
    );
    assert.equal(document.published, '2025-12-12');
    assert.deepEqual(excludedTexts(document), [
      'SOURCE\u00a0/\u00a0ECONOMY',
      'Published: Dec 12, 2025 07:45 PM',
      'Rare earth Photo:VCG',
      'Rare earth Photo:VCG',
    ]);
    assert.deepEqual(document.warnings, []);
  });

  it('keeps every sentence of the Global Times article', async () => {
    const document = await readSource('seeds/global-times-pax-silica-alliance.txt', seed('global-times-pax-silica-alliance.txt'));
    const paragraphs = document.text.split('\n').filter((line) => line.length > 80);
    assert.ok(paragraphs.length >= 14);
    for (const paragraph of paragraphs) assert.ok(isIncluded(document, paragraph), paragraph);
    assert.ok(isIncluded(document, "'Pax Silica'"));
  });

  it('reads the second article: headline, "Published on" date, Hindi captions and cookie banner', async () => {
    const document = await readSource('seeds/pax-silica-initiative-minerals.txt', seed('pax-silica-initiative-minerals.txt'));
    assert.equal(document.title, "US launches Pax Silica initiative to counter China's mineral dominance");
    assert.equal(document.published, '2025-12-24');
    const excluded = excludedTexts(document);
    assert.ok(excluded.includes('AI द्वारा उत्पन्न छवि'));
    assert.ok(excluded.includes('AI द्वारा रिपोर्ट किया गया'));
    assert.ok(excluded.includes('यह वेबसाइट कुकीज़ का उपयोग करती है'));
    assert.ok(excluded.includes('अस्वीकार करें'));
    // The page's keyword list supports any list of the names it strings together.
    const keywords = excluded.filter((text) => !/[\u0900-\u097f]/.test(text));
    assert.deepEqual(keywords.map((text) => text.slice(0, 33)), ['Keywords from the article include']);
  });

  it('a list of keywords or tags is page furniture; a sentence that lists names is not', () => {
    assert.ok(isTagList('Keywords from the article include Israel, Angola, Chris Berry, Xi Jinping, China, Beijing.'));
    assert.ok(isTagList('Tags: AI, chips, rare earths, Japan, South Korea'));
    assert.ok(!isTagList('The declaration brings Singapore, Australia, Japan, South Korea and Israel into a collaboration.'));
    assert.ok(!isTagList('Topics discussed at the summit were trade, AI and chips.'));
  });

  it('never excludes a sentence of the second article', async () => {
    const document = await readSource('seeds/pax-silica-initiative-minerals.txt', seed('pax-silica-initiative-minerals.txt'));
    assert.ok(
      isIncluded(
        document,
        'Under President Trump, the US government has given global suppliers of critical minerals a 180-day ultimatum',
      ),
    );
    assert.ok(isIncluded(document, 'Published on December 24, 2025, the initiative aims to diversify supply chains'));
    const latinLines = document.text.split('\n').filter((line) => /[A-Za-z]{3}/.test(line) && !/[\u0900-\u097f]/.test(line) && !line.startsWith('Keywords from the article'));
    for (const line of latinLines) assert.ok(isIncluded(document, line), line);
  });
});

describe('sources: plain text', () => {
  it('an email is titled by its subject, without "Re:", not by its "From:" line', async () => {
    const document = await readSource('email.txt', utf8('From: Helen Marsh <helen@example.org>\nTo: Facilities team\nSubject: Re: Water outage on Saturday\n\nHi all,\n\nWater will be shut off.'));
    assert.equal(document.title, 'Water outage on Saturday');
  });

  it('takes no title when the file opens with a sentence', async () => {
    const document = await readSource('notes.txt', utf8('The ministry said exports fell.\n\nThey fell by 12 percent.'));
    assert.equal(document.title, undefined);
  });

  it('recognises publication dates written in the usual ways', async () => {
    const cases: [string, string | undefined][] = [
      ['Published: Dec 12, 2025 07:45 PM', '2025-12-12'],
      ['Published on December 24, 2025, the plan began.', '2025-12-24'],
      ['Updated 12 December 2025', '2025-12-12'],
      ['Date: 2025-03-09', '2025-03-09'],
      ['Posted on Friday, Sept. 5, 2025', '2025-09-05'],
      ['Updated: Jan 3, 2026\nPublished: Jan 2, 2026', '2026-01-02'],
      ['The summit on December 12, 2025 was short.', undefined],
      ['Published: Feb 30, 2025', undefined],
      // A byline block's date on a line of its own.
      ['By Anna Novak\nMarch 14, 2024\n\nThe council voted on Tuesday.', '2024-03-14'],
      ['Thursday, 14 March 2024 10:30 GMT', '2024-03-14'],
      ['March 14, 2024 was the day the council voted.', undefined],
      [`${'A line of the article.\n'.repeat(10)}March 14, 2024`, undefined],
    ];
    for (const [text, expected] of cases) {
      const document = await readSource('a.txt', utf8(`Headline\n${text}\n`));
      assert.equal(document.published, expected, text);
    }
  });

  it('excludes captions, labels and consent banners but keeps sentences that mention them', async () => {
    const text = [
      'WORLD / ASIA',
      'Mining output rises',
      'By Jane Doe | Published: Dec 1, 2025',
      'A mine in Inner Mongolia (Photo: Xinhua)',
      '',
      'Output rose 8 percent, the ministry said.',
      '',
      'The agency released a photo of the site on Monday, officials said, adding that more images would follow.',
      '',
      'This website uses cookies to improve your experience.',
      'Accept all',
      'Reject',
    ].join('\n');
    const document = await readSource('a.txt', utf8(text));
    assert.equal(document.title, 'Mining output rises');
    assert.deepEqual(excludedTexts(document), [
      'WORLD / ASIA',
      'By Jane Doe | Published: Dec 1, 2025',
      'A mine in Inner Mongolia (Photo: Xinhua)',
      'This website uses cookies to improve your experience.',
      'Accept all',
      'Reject',
    ]);
  });

  it('does not exclude non-Latin lines of a document that is mostly in another script', async () => {
    const document = await readSource('hi.txt', utf8('यह एक लेख है।\nयह दूसरी पंक्ति है।\n'));
    assert.deepEqual(document.excluded, []);
  });

  it('reads a single 5 MB line quickly', async () => {
    const line = 'The price of rare earth oxide rose again. '.repeat(125_000);
    const bytes = utf8(line);
    const started = Date.now();
    const document = await readSource('big.txt', bytes);
    const elapsed = Date.now() - started;
    assert.equal(document.text.length, line.length);
    assert.equal(document.title, undefined);
    // A sanity bound only: linear work takes a fraction of this.
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
  });

  it('reads a 5 MB line of punctuation and spaces quickly', async () => {
    const line = `Published: ${' -:|'.repeat(1_250_000)}`;
    const bytes = utf8(`# ${line}\n${line}`);
    const started = Date.now();
    await readSource('big.md', bytes);
    assert.ok(Date.now() - started < 5000);
  });

  it('reads a 5 MB line in a non-Latin script quickly', async () => {
    const bytes = utf8('AI द्वारा रिपोर्ट किया गया 😀 “quoted” — '.repeat(60_000));
    const started = Date.now();
    const document = await readSource('big.txt', bytes);
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(document.excluded, [], 'a document in one script has nothing foreign to exclude');
  });
});

describe('sources: Markdown', () => {
  const withFrontMatter = [
    '---',
    'id: gt-pax-silica',
    'title: "Pax Silica: the alliance"',
    'date: 2025-12-12',
    'url: https://example.com/pax',
    '---',
    '# A heading that is not the title',
    '',
    'The US is forming a coalition.',
  ].join('\n');

  it('reads id, title, date and url from front matter and excludes the front matter', async () => {
    const document = await readSource('notes/pax.md', utf8(withFrontMatter));
    assert.equal(document.id, 'gt-pax-silica');
    assert.equal(document.title, 'Pax Silica: the alliance');
    assert.equal(document.published, '2025-12-12');
    assert.equal(document.url, 'https://example.com/pax');
    assert.equal(document.text, withFrontMatter, 'the text keeps the front matter so lines match the file');
    assert.deepEqual(excludedTexts(document), [withFrontMatter.slice(0, withFrontMatter.indexOf('\n# A'))]);
    assert.ok(isIncluded(document, 'The US is forming a coalition.'));
  });

  it('falls back to the first heading outside code for the title', async () => {
    const text = '```sh\n# not a title\n```\n\n# Rare *earth* exports\n\nBody.\n';
    const document = await readSource('notes/b.md', utf8(text));
    assert.equal(document.title, 'Rare earth exports');
    assert.equal(document.id, 'notes/b');
  });

  it('warns about broken front matter and still excludes it', async () => {
    const text = '---\ntitle: [unclosed\n---\nBody text.\n';
    const document = await readSource('notes/c.md', utf8(text));
    assert.equal(document.title, undefined);
    assert.equal(document.warnings.length, 1);
    assert.match(document.warnings[0]!, /notes\/c\.md: front matter is not valid YAML/);
    assert.deepEqual(excludedTexts(document), ['---\ntitle: [unclosed\n---']);
  });

  it('warns about a front matter date it cannot read', async () => {
    const document = await readSource('notes/d.md', utf8('---\ndate: someday\n---\nBody.\n'));
    assert.equal(document.published, undefined);
    assert.match(document.warnings.join('\n'), /`date` "someday" is not a date/);
  });

  it('treats a file without a closing fence as having no front matter', async () => {
    const document = await readSource('notes/e.md', utf8('---\nJust a rule above text.\n'));
    assert.deepEqual(document.excluded, []);
  });
});
