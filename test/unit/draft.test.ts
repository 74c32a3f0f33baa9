import assert from 'node:assert/strict';
import fc from 'fast-check';
import { draftOffsetOf, draftSpanOf, parseDraft } from '../../src/core/draft/parse.js';
import type { Draft, Span, Statement } from '../../src/core/model.js';

const md = (lines: string[]): string => lines.join('\n');
const slice = (draft: Draft, span: Span): string => draft.text.slice(span.start, span.end);
const texts = (draft: Draft): string[] => draft.statements.map((s) => s.text);

/** The draft range of the first occurrence of `words` in the statement's text. */
function draftRangeOf(statement: Statement, words: string): Span {
  const at = statement.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" not in "${statement.text}"`);
  return draftSpanOf(statement, { start: at, end: at + words.length });
}

describe('parseDraft: what is checked', () => {
  it('checks paragraphs, list items, block quotes and table cells, and says which', () => {
    const draft = parseDraft(
      md(['A paragraph claim.', '', '- A list claim.', '', '> A quoted claim.', '', '| Country | Figure |', '|---|---|', '| Japan | 26 |']),
      'd.md',
    );
    assert.deepEqual(
      draft.statements.map((s) => [s.block, s.text]),
      [
        ['paragraph', 'A paragraph claim.'],
        ['list-item', 'A list claim.'],
        ['blockquote', 'A quoted claim.'],
        ['table-cell', 'Japan'],
        ['table-cell', '26'],
      ],
    );
    assert.deepEqual(draft.statements.map((s) => s.index), [0, 1, 2, 3, 4]);
  });

  it('skips front matter, headings, code, HTML, definitions and thematic breaks', () => {
    const draft = parseDraft(
      md([
        '---',
        'title: The claim in front matter.',
        '---',
        '',
        '# The claim in a heading.',
        '',
        '```text',
        'The claim in fenced code.',
        '```',
        '',
        '    The claim in indented code.',
        '',
        '<div>The claim in an HTML block.</div>',
        '',
        '<!-- The claim in a comment. -->',
        '',
        '[ref]: https://example.com "The claim in a definition."',
        '',
        '***',
        '',
        'Setext heading claim',
        '---',
        '',
        'The only checked claim.',
      ]),
      'd.md',
    );
    assert.deepEqual(texts(draft), ['The claim in an HTML block.', 'The only checked claim.']);
  });

  it('does not check footnote definitions that only cite, and drops footnote references', () => {
    const draft = parseDraft(md(['The US signed it.[^1]', '', '[^1]: Global Times, Dec 12, 2025.']), 'd.md');
    assert.deepEqual(texts(draft), ['The US signed it.']);
  });

  it('checks the claims of a footnote definition: nothing escapes review there', () => {
    const draft = parseDraft(md(['The US signed it.[^1]', '', '[^1]: Officials later said that the deal had been cancelled in secret. Global Times, Dec 12.']), 'd.md');
    assert.deepEqual(texts(draft), ['The US signed it.', 'Officials later said that the deal had been cancelled in secret.', 'Global Times, Dec 12.']);
    assert.equal(slice(draft, draft.statements[1]!.span), 'Officials later said that the deal had been cancelled in secret.');
  });

  it('checks the text of HTML blocks as a reader sees it: markup dropped, references read, scripts and comments not', () => {
    const text = md([
      'Before.',
      '',
      '<div class="note"><p>The minister <b>resigned</b> on Friday &amp; left the party.</p>',
      '<script>var claim = "Not prose.";</script><!-- Not prose either. --><p>A second paragraph&#x2e;</p></div>',
      '',
      'After.',
    ]);
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(texts(draft), ['Before.', 'The minister resigned on Friday & left the party.', 'A second paragraph.', 'After.']);
    const html = draft.statements[1]!;
    assert.equal(slice(draft, html.span), 'The minister <b>resigned</b> on Friday &amp; left the party.');
    assert.equal(html.block, 'paragraph');
  });

  it('names the innermost container: a list inside a block quote is a list item', () => {
    const draft = parseDraft(md(['> - Listed claim.', '>', '> Quoted claim.']), 'd.md');
    assert.deepEqual(draft.statements.map((s) => s.block), ['list-item', 'blockquote']);
  });

  it('leaves the checkbox of a task list item out of the text', () => {
    const draft = parseDraft('- [x] The deal was signed.', 'd.md');
    assert.equal(draft.statements[0]!.text, 'The deal was signed.');
    assert.equal(slice(draft, draft.statements[0]!.span), 'The deal was signed.');
  });

  it('has no statements for an empty or markup-only draft', () => {
    for (const text of ['', '   \n\n', '***', '![alt text](a.png)', '`code only`', '<!-- note -->']) {
      assert.deepEqual(parseDraft(text, 'd.md').statements, [], JSON.stringify(text));
    }
  });
});

describe('parseDraft: statement text', () => {
  it('keeps emphasis and link text, drops link targets, inline code, images and autolinks', () => {
    const draft = parseDraft(
      'The **US** and *Japan* signed [the declaration](https://example.com/a "title") on `Friday` ![a map](map.png) per <https://example.com> and www.example.com today.',
      'd.md',
    );
    assert.equal(draft.statements[0]!.text, 'The US and Japan signed the declaration on per and today.');
  });

  it('turns soft and hard line breaks into spaces and resolves escapes and references', () => {
    const draft = parseDraft(md(['Prices rose', 'by 3\\*2 &amp; more  ', 'than AT&amp;T&#39;s.']), 'd.md');
    assert.equal(draft.statements[0]!.text, "Prices rose by 3*2 & more than AT&T's.");
  });

  it('splits sentences but not after abbreviations', () => {
    const draft = parseDraft('The U.S. envoy met Mr. Guo on Dec. 12. Both sides spoke.', 'd.md');
    assert.deepEqual(texts(draft), ['The U.S. envoy met Mr. Guo on Dec. 12.', 'Both sides spoke.']);
  });
});

describe('parseDraft: ranges', () => {
  it('gives each sentence its exact span in the draft', () => {
    const text = md(['Intro line.', '', 'First sentence here. Second one follows.', '', '- Item sentence.']);
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(draft.statements.map((s) => slice(draft, s.span)), [
      'Intro line.',
      'First sentence here.',
      'Second one follows.',
      'Item sentence.',
    ]);
  });

  it('covers the markup of inline elements a sentence holds whole', () => {
    const draft = parseDraft('**The whole sentence is bold.** Then [a link](https://x.org) ends it.', 'd.md');
    assert.deepEqual(draft.statements.map((s) => slice(draft, s.span)), [
      '**The whole sentence is bold.**',
      'Then [a link](https://x.org) ends it.',
    ]);
  });

  it('maps every character of the text back to the draft through emphasis and links', () => {
    const text = 'Guo said **exports rose 3.5%** in [*Dec.* 2025](https://x.org/3.5) \\*really\\*.';
    const draft = parseDraft(text, 'd.md');
    const statement = draft.statements[0]!;
    assert.equal(statement.text, 'Guo said exports rose 3.5% in Dec. 2025 *really*.');
    for (let i = 0; i < statement.text.length; i++) {
      if (statement.text[i] === ' ') continue;
      assert.equal(text[draftOffsetOf(statement, i)], statement.text[i], `character ${i}`);
    }
    assert.equal(slice(draft, draftRangeOf(statement, '3.5%')), '3.5%');
    assert.equal(slice(draft, draftRangeOf(statement, 'Dec. 2025')), 'Dec.* 2025');
    assert.equal(draftOffsetOf(statement, statement.text.length), statement.span.end);
  });

  it('maps an escaped backslash before a character reference to the escape, and the reference to itself', () => {
    // `\\` is one backslash and `&#42;` one asterisk: the asterisk must not land on the escape.
    const text = 'Rates rose \\\\&#42; sharply.';
    const [statement] = parseDraft(text, 'd.md').statements;
    assert.equal(statement!.text, 'Rates rose \\* sharply.');
    const star = statement!.text.indexOf('*');
    assert.equal(text.slice(draftOffsetOf(statement!, star), draftOffsetOf(statement!, star) + 5), '&#42;');
    assert.equal(text[draftOffsetOf(statement!, star - 1)], '\\');
    assert.equal(statement!.span.end, text.length);
  });

  it('maps through block quote markers and list indentation on continuation lines', () => {
    const text = md(['> The minister said', '> that exports rose 12%.', '', '1. A list item that', '   goes on to 2030.']);
    const draft = parseDraft(text, 'd.md');
    const [quoted, item] = draft.statements;
    assert.equal(quoted!.text, 'The minister said that exports rose 12%.');
    assert.equal(slice(draft, draftRangeOf(quoted!, 'that exports rose 12%')), 'that exports rose 12%');
    assert.equal(slice(draft, quoted!.span), 'The minister said\n> that exports rose 12%.');
    assert.equal(item!.text, 'A list item that goes on to 2030.');
    assert.equal(slice(draft, draftRangeOf(item!, '2030')), '2030');
  });

  it('works on CRLF drafts: offsets count both characters, text has plain spaces', () => {
    const text = 'Title line\r\n\r\nThe US is forming\r\na coalition. It met on **Friday**.\r\n\r\n- Item one.\r\n';
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(texts(draft), ['Title line', 'The US is forming a coalition.', 'It met on Friday.', 'Item one.']);
    assert.deepEqual(draft.statements.map((s) => slice(draft, s.span)), [
      'Title line',
      'The US is forming\r\na coalition.',
      'It met on **Friday**.',
      'Item one.',
    ]);
    const statement = draft.statements[1]!;
    assert.equal(slice(draft, draftRangeOf(statement, 'a coalition')), 'a coalition');
  });

  it('counts a byte order mark at the start of the draft', () => {
    const text = '\uFEFF---\ntitle: x\n---\nThe claim.';
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(draft.statements.map((s) => slice(draft, s.span)), ['The claim.']);
  });

  it('counts characters outside the Basic Multilingual Plane as two offsets', () => {
    const text = 'The 😀 emoji came first. Then **𝔄 letter** and &#x1F600; too.';
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(draft.statements.map((s) => slice(draft, s.span)), ['The 😀 emoji came first.', 'Then **𝔄 letter** and &#x1F600; too.']);
    assert.equal(slice(draft, draftRangeOf(draft.statements[1]!, 'letter')), 'letter');
  });
});

describe('parseDraft: quotes', () => {
  const quotesOf = (text: string): string[][] => parseDraft(text, 'd.md').statements.map((s) => s.quotes.map((q) => q.text));

  it('finds straight, curly and single curly quotes, without their marks', () => {
    assert.deepEqual(quotesOf('Guo said "we have noted it" today. Zhou said “no comment” and called it ‘coercive’ twice.'), [
      ['we have noted it'],
      ['no comment', 'coercive'],
    ]);
  });

  it('gives quote spans relative to the statement text, mapping to the draft', () => {
    const text = 'He called the **deal** “a *historic* step,” aides said.';
    const draft = parseDraft(text, 'd.md');
    const statement = draft.statements[0]!;
    const quote = statement.quotes[0]!;
    assert.equal(statement.text.slice(quote.span.start, quote.span.end), 'a historic step,');
    assert.equal(slice(draft, draftSpanOf(statement, quote.span)), 'a *historic* step,');
  });

  it('does not take apostrophes for quotes', () => {
    assert.deepEqual(quotesOf("China's role and the US' stance: China’s and the US’ plans, rock 'n' roll, the '90s."), [[]]);
  });

  it('reports a quote inside a quote as part of the outer one', () => {
    assert.deepEqual(quotesOf('"We call it \'Pax Silica\' now," he said.'), [["We call it 'Pax Silica' now,"]]);
  });

  it('keeps a quote spanning sentences in one statement, with its attribution', () => {
    const text = 'Guo spoke. "We have noted relevant reports. We will respond," he said. Markets fell.';
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(texts(draft), ['Guo spoke.', '"We have noted relevant reports. We will respond," he said.', 'Markets fell.']);
    assert.deepEqual(draft.statements[1]!.quotes.map((q) => q.text), ['We have noted relevant reports. We will respond,']);
  });

  it('keeps the attribution after a quote that ends with ! or ?', () => {
    const draft = parseDraft('"We will respond!" he said. "Is it fair?" Guo asked. Markets fell.', 'd.md');
    assert.deepEqual(texts(draft), ['"We will respond!" he said.', '"Is it fair?" Guo asked.', 'Markets fell.']);
  });

  it('ignores an unclosed quotation mark rather than swallowing the paragraph', () => {
    const draft = parseDraft('He said "maybe. Then it rained. It stopped.', 'd.md');
    assert.equal(draft.statements.length, 3);
    assert.deepEqual(draft.statements.flatMap((s) => s.quotes), []);
  });
});

describe('parseDraft: whom "he said" means', () => {
  const antecedents = (text: string) => parseDraft(text, 'd.md').statements.map((s) => s.antecedent ?? null);

  it('the person the paragraph named last before the quote, in the sentence or up to three before', () => {
    assert.deepEqual(antecedents('Guo Jiakun spoke on Friday. "We have noted relevant reports," he said.\n'), [null, 'Guo Jiakun']);
    assert.deepEqual(antecedents('Zhou Mi, a researcher, spoke up; "Companies are likely to proceed cautiously," she said.\n'), ['Zhou Mi']);
    assert.deepEqual(antecedents('Zhou Mi spoke. Guo Jiakun spoke next. He said the reports were noted.\n'), [null, null, 'Guo Jiakun']);
  });

  it('no one from another paragraph, too far back, or where no pronoun credits the quote', () => {
    assert.deepEqual(antecedents('Guo Jiakun spoke on Friday.\n\n"We have noted relevant reports," he said.\n'), [null, null]);
    assert.deepEqual(antecedents('Guo Jiakun spoke. It rained. It rained. It rained. He said it was fine.\n'), [null, null, null, null, null]);
    assert.deepEqual(antecedents('Guo Jiakun spoke on Friday. "We have noted relevant reports," Zhou said.\n'), [null, null]);
  });
});

describe('parseDraft: tables', () => {
  it('checks each cell on its own, with the cell text as its span', () => {
    const text = md(['| Claim | Figure |', '|---|---|', '| Saudi Arabia\'s target | nearly **US$1 trillion** |', '| Pipes \\| escaped | x |']);
    const draft = parseDraft(text, 'd.md');
    assert.deepEqual(texts(draft), ["Saudi Arabia's target", 'nearly US$1 trillion', 'Pipes | escaped', 'x']);
    assert.deepEqual(draft.statements.map((s) => slice(draft, s.span)), ["Saudi Arabia's target", 'nearly **US$1 trillion**', 'Pipes \\| escaped', 'x']);
  });

  it('checks a header cell that reads like a statement, not a label', () => {
    const text = md(['| Japan signed the deal on Friday. | Figure |', '|---|---|', '| a | b |']);
    assert.deepEqual(texts(parseDraft(text, 'd.md')), ['Japan signed the deal on Friday.', 'a', 'b']);
  });
});

describe('parseDraft: robustness', () => {
  const pathological: Record<string, string> = {
    'a run of 50k *': '*'.repeat(50_000),
    'a run of 50k "': '"'.repeat(50_000),
    'a run of 50k [': '['.repeat(50_000),
    'a run of dots': '. '.repeat(30_000),
    'a run of digits': '1'.repeat(50_000),
    'deeply nested emphasis': '*a '.repeat(10_000) + 'x' + ' a*'.repeat(10_000),
    'unmatched mixed delimiters': '*a_'.repeat(20_000),
    'deeply nested block quotes': '>'.repeat(50_000) + ' a',
    'deeply nested lists': '- '.repeat(20_000) + 'a',
    'unclosed comments': '<!--'.repeat(20_000),
    'character references': '&amp;'.repeat(20_000),
  };
  for (const [name, text] of Object.entries(pathological)) {
    it(`parses ${name} without throwing, inside the draft`, () => {
      const draft = parseDraft(text, 'd.md');
      for (const statement of draft.statements) {
        assert.ok(statement.span.start >= 0 && statement.span.end <= text.length);
      }
    });
  }

  it('parses a 10,000-statement draft', () => {
    const paragraph = (i: number): string => `Paragraph ${i} says "we noted it," Guo said. The **US** rose ${i}.5% on Dec. 12.`;
    const text = Array.from({ length: 5_000 }, (_, i) => paragraph(i)).join('\n\n');
    const draft = parseDraft(text, 'd.md');
    assert.equal(draft.statements.length, 10_000);
    const last = draft.statements[9_999]!;
    assert.equal(slice(draft, last.span), 'The **US** rose 4999.5% on Dec. 12.');
  });

  it('keeps emphasis in ordinary drafts and reads it literally only in pathological paragraphs', () => {
    const text = md(['Some **bold** claim.', '', '*a '.repeat(5_000) + 'x.']);
    const draft = parseDraft(text, 'd.md');
    assert.equal(draft.statements[0]!.text, 'Some bold claim.');
    assert.ok(draft.statements[1]!.text.startsWith('*a *a *a'));
  });

  it('reads a long draft in pieces exactly as it reads it whole', () => {
    const block = fc.constantFrom(
      'A plain paragraph. With two sentences.',
      'A [reference link][ref] and a footnote.[^note] Then [shortcut].',
      '[ref]: https://example.com/ref',
      '[shortcut]: https://example.com/s "Title"',
      '[^note]: The footnote text.',
      '- A list item.\n- Another item.',
      '1. Ordered item.\n\n   Continued after a blank line.',
      '> A quoted line.\n>\n> More quote.',
      '```\nFenced code.\n\nStill code, not checked.\n```',
      '~~~~\n```\n\nNot a close.\n~~~~',
      '<!-- A comment\n\nspanning a blank line. -->',
      '<pre>\nPreformatted\n\ntext.\n</pre>',
      '<div>HTML block.</div>',
      '    Indented code.\n\n    More code.',
      '| Claim | Figure |\n|---|---|\n| The deal was signed. | 26 |',
      '# Heading',
      'Setext heading\n---',
      '---',
      '***',
      '<!-- groundwork-disable -->',
      '<!-- groundwork-enable -->',
      '<!-- groundwork-disable-next-line misquote -->',
      '"A quote. Over two sentences," he said.',
      'Text with a lazy\ncontinuation line.',
      '*Emphasis that\n\nnever closes.',
    );
    const front = fc.constantFrom('', '---\ntitle: x\n\nsummary: y\n---\n', '+++\na = 1\n+++\n');
    const separator = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n');
    const draftText = fc
      .tuple(front, fc.array(fc.tuple(block, separator), { maxLength: 30 }))
      .map(([head, parts]) => head + parts.map(([b, sep]) => b + sep).join(''));
    fc.assert(
      fc.property(draftText, fc.integer({ min: 1, max: 200 }), (text, pieceSize) => {
        assert.deepEqual(parseDraft(text, 'd.md', pieceSize), parseDraft(text, 'd.md', Infinity));
      }),
      { numRuns: 300 },
    );
  });

  const token = fc.constantFrom(
    'a', 'Zhou', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '    ', '*', '**', '_', '~~', '`', '```', '"', '“', '”', '‘', '’', "'",
    '.', '. ', '!', '?', ',', '>', '> ', '- ', '1. ', '# ', '[', ']', '(', ')', '](', '![', '<', '>', '<b>', '<!--', '-->',
    '|', '|---|', '---', '\\', '&amp;', '&', '&#42;', '[^1]', '[^1]: ', 'https://x.org', 'www.x.org', 'Mr.', 'U.S.', '3.5%',
    '<!-- groundwork-disable -->', '<!-- groundwork-disable-next-line misquote -->', '<!-- groundwork-enable -->', '😀', '\uFEFF',
  );
  const markdownish = fc.oneof(
    fc.array(token, { maxLength: 80 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
  );

  it('property: never throws; spans in range, ordered; text maps to the draft; deterministic', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const draft = parseDraft(text, 'd.md');
        let previousEnd = 0;
        draft.statements.forEach((statement, index) => {
          assert.equal(statement.index, index);
          assert.ok(statement.text.length > 0 && statement.text.trim() === statement.text);
          const { start, end } = statement.span;
          assert.ok(0 <= start && start < end && end <= text.length, `span ${start}-${end} of ${text.length}`);
          assert.ok(start >= previousEnd, 'statements in order, not overlapping');
          previousEnd = end;
          let mapped = 0;
          for (const run of statement.runs) {
            assert.equal(run.text, mapped, 'runs cover the text in order');
            mapped += run.length;
            assert.ok(run.draft >= start && run.draft + run.length <= end, 'runs inside the span');
          }
          assert.equal(mapped, statement.text.length);
          for (let i = 0; i < statement.text.length; i++) {
            const ch = statement.text[i]!;
            if (/\s/.test(ch)) continue;
            const at = draftOffsetOf(statement, i);
            if (text[at] === '&' && ch !== '&') continue; // a character reference such as &#42;
            if (ch === '\uFFFD' && text[at] === '\0') continue; // the parser replaces NUL
            assert.equal(text[at], ch, `text[${i}] of ${JSON.stringify(statement.text)}`);
          }
          for (const quote of statement.quotes) {
            assert.equal(statement.text.slice(quote.span.start, quote.span.end), quote.text);
          }
        });
        assert.deepEqual(parseDraft(text, 'd.md'), draft);
      }),
      { numRuns: 400 },
    );
  });
});
