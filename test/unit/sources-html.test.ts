import assert from 'node:assert/strict';
import type { SourceDocument } from '../../src/core/model.js';
import { readSource } from '../../src/core/sources/read.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function excludedTexts(document: SourceDocument): string[] {
  return document.excluded.map((span) => document.text.slice(span.start, span.end));
}

const ARTICLE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pax Silica alliance | Global Times</title>
  <meta property="og:title" content="US launches &lsquo;Pax Silica&rsquo; alliance">
  <meta property="article:published_time" content="2025-12-12T19:45:00+08:00">
  <link rel="canonical" href="https://example.com/pax-silica">
  <style>p { color: red }</style>
  <script>var tracking = "The US is not forming a coalition";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>US launches <em>Pax Silica</em> alliance</h1>
    <figure><img src="a.jpg"><figcaption>Rare earth Photo: VCG</figcaption></figure>
    <p>The US is forming a coalition at a summit on Friday, according to
       media reports &amp; analysts.</p>
    <p>&ldquo;We have noted relevant reports,&rdquo; Guo&nbsp;said.<br>He added nothing.</p>
    <ul><li>Singapore</li><li>Japan</li></ul>
    <table><tr><td>Exports</td><td>12%</td></tr></table>
    <noscript>Enable JavaScript</noscript>
    <template><p>Hidden template text</p></template>
    <svg><title>icon</title><text>svg text</text></svg>
  </article>
  <footer>Copyright 2025 Global Times</footer>
</body>
</html>`;

describe('sources: HTML', () => {
  it('extracts the readable text with paragraph breaks and decoded entities', async () => {
    const document = await readSource('web/pax.html', utf8(ARTICLE));
    assert.equal(
      document.text,
      [
        'US launches Pax Silica alliance',
        'Rare earth Photo: VCG',
        'The US is forming a coalition at a summit on Friday, according to media reports & analysts.',
        '“We have noted relevant reports,” Guo\u00a0said.\nHe added nothing.',
        'Singapore',
        'Japan',
        'Exports 12%',
      ].join('\n\n'),
    );
  });

  it('drops scripts, styles, navigation, footers, templates and svg', async () => {
    const document = await readSource('web/pax.html', utf8(ARTICLE));
    for (const hidden of ['tracking', 'color', 'Home', 'Copyright', 'Enable JavaScript', 'Hidden template', 'svg text', 'icon']) {
      assert.ok(!document.text.includes(hidden), hidden);
    }
  });

  it('reads title, date and url from the page metadata', async () => {
    const document = await readSource('web/pax.html', utf8(ARTICLE));
    assert.equal(document.format, 'html');
    assert.equal(document.title, 'US launches ‘Pax Silica’ alliance');
    assert.equal(document.published, '2025-12-12');
    assert.equal(document.url, 'https://example.com/pax-silica');
  });

  it('excludes figure captions', async () => {
    const document = await readSource('web/pax.html', utf8(ARTICLE));
    assert.deepEqual(excludedTexts(document), ['Rare earth Photo: VCG']);
  });

  it('falls back to <h1>, then <title>, and to <time> or the text for the date', async () => {
    const withH1 = await readSource(
      'a.htm',
      utf8('<title>Site</title><h1>Exports <b>fall</b></h1><time datetime="2025-11-03">Nov 3</time><p>Text.</p>'),
    );
    assert.equal(withH1.title, 'Exports fall');
    assert.equal(withH1.published, '2025-11-03');
    const withTitle = await readSource('b.htm', utf8('<title> Only  a title </title><p>Published: Dec 12, 2025</p>'));
    assert.equal(withTitle.title, 'Only a title');
    assert.equal(withTitle.text, 'Published: Dec 12, 2025', 'the <title> is not body text, even without <head>');
    assert.equal(withTitle.published, '2025-12-12');
  });

  it('keeps preformatted text as it is', async () => {
    const document = await readSource('c.html', utf8('<p>Before</p><pre>a  b\n  c</pre><p>After</p>'));
    assert.equal(document.text, 'Before\n\na  b\n  c\n\nAfter');
  });

  it('reads 100,000 nested divs without recursion trouble', async () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}Deep sentence.${'</div>'.repeat(depth)}<p>After.</p>`;
    const document = await readSource('deep.html', utf8(html));
    assert.equal(document.text, 'Deep sentence.\n\nAfter.');
    const unclosed = await readSource('deep2.html', utf8(`${'<div><span>'.repeat(depth)}Still read.`));
    assert.equal(unclosed.text, 'Still read.');
  });

  it('reads an empty page with a warning', async () => {
    const document = await readSource('web/empty.html', utf8('<html><head><title>Nothing</title></head><body></body></html>'));
    assert.equal(document.text, '');
    assert.match(document.warnings.join('\n'), /web\/empty\.html has no text/);
  });
});
