import assert from 'node:assert/strict';
import { disableFileInsertion, parseDraft, suppressionProblems } from '../../src/core/draft/parse.js';
import type { Suppression } from '../../src/core/model.js';

const md = (lines: string[]): string => lines.join('\n');

/** Each statement's text with what is suppressed for it: 'all', a code list, or '-'. */
function suppressed(text: string): [string, string][] {
  return parseDraft(text, 'd.md').statements.map((s) => [s.text, summary(s.suppression)]);
}

function summary(suppression: Suppression | undefined): string {
  if (!suppression) return '-';
  return suppression.all ? 'all' : suppression.codes.join(',');
}

describe('suppression comments', () => {
  it('disable ... enable suppresses every code for the statements in between', () => {
    assert.deepEqual(
      suppressed(md(['Before.', '', '<!-- groundwork-disable -->', '', 'Inside one. Inside two.', '', '- Inside a list.', '', '<!-- groundwork-enable -->', '', 'After.'])),
      [['Before.', '-'], ['Inside one.', 'all'], ['Inside two.', 'all'], ['Inside a list.', 'all'], ['After.', '-']],
    );
  });

  it('a disable without an enable runs to the end of the draft', () => {
    assert.deepEqual(suppressed(md(['Before.', '<!-- groundwork-disable -->', '', 'To the end.'])), [['Before.', '-'], ['To the end.', 'all']]);
  });

  it('disables and enables codes one by one', () => {
    assert.deepEqual(
      suppressed(md([
        '<!-- groundwork-disable misquote, number-mismatch -->',
        'Both codes.',
        '',
        '<!-- groundwork-enable misquote -->',
        'Numbers only.',
        '',
        '<!-- groundwork-enable -->',
        'Nothing.',
      ])),
      [['Both codes.', 'misquote,number-mismatch'], ['Numbers only.', 'number-mismatch'], ['Nothing.', '-']],
    );
  });

  it('enabling one code after disabling all keeps the others suppressed', () => {
    assert.deepEqual(suppressed(md(['<!-- groundwork-disable -->', '<!-- groundwork-enable unsupported-statement -->', '', 'Claim.'])), [
      ['Claim.', 'broken-citation,citation-mismatch,contradicted-statement,misattributed-quote,misquote,number-mismatch,uncited-statement'],
    ]);
  });

  it('disable-next-line covers the statements starting on the next line with text', () => {
    assert.deepEqual(
      suppressed(md([
        'Before.',
        '',
        '<!-- groundwork-disable-next-line -->',
        'Next line one. Next line two.',
        'Following line.',
        '',
        '<!-- groundwork-disable-next-line unsupported-statement -->',
        '',
        '<!-- a note between -->',
        'After blank and comment lines.',
        '',
        'Later.',
      ])),
      [
        ['Before.', '-'],
        ['Next line one.', 'all'],
        ['Next line two.', 'all'],
        ['Following line.', '-'],
        ['After blank and comment lines.', 'unsupported-statement'],
        ['Later.', '-'],
      ],
    );
  });

  it('disable-next-line inside a paragraph covers the sentence starting on the next line', () => {
    assert.deepEqual(
      suppressed(md(['First sentence. <!-- groundwork-disable-next-line misquote -->', 'Second sentence.', 'Third sentence.'])),
      [['First sentence.', '-'], ['Second sentence.', 'misquote'], ['Third sentence.', '-']],
    );
  });

  it('disable-line at the end of a line covers the statements on that line', () => {
    assert.deepEqual(
      suppressed(md(['Earlier line.', 'A claim that', 'wraps here. Short one. <!-- groundwork-disable-line number-mismatch -->', 'Next line.'])),
      [['Earlier line.', '-'], ['A claim that wraps here.', 'number-mismatch'], ['Short one.', 'number-mismatch'], ['Next line.', '-']],
    );
  });

  it('honours inline comments between the sentences of a paragraph', () => {
    assert.deepEqual(
      suppressed('One. <!-- groundwork-disable --> Two. <!-- groundwork-enable --> Three.'),
      [['One.', '-'], ['Two.', 'all'], ['Three.', '-']],
    );
  });

  it('combines a range with a line comment', () => {
    assert.deepEqual(
      suppressed(md(['<!-- groundwork-disable misquote -->', '<!-- groundwork-disable-next-line number-mismatch -->', 'Claim.'])),
      [['Claim.', 'misquote,number-mismatch']],
    );
  });

  it('ignores comments in code and text that only looks like a comment', () => {
    assert.deepEqual(
      suppressed(md(['```html', '<!-- groundwork-disable -->', '```', '', 'Use `<!-- groundwork-disable -->` to silence. Checked.'])),
      [['Use to silence.', '-'], ['Checked.', '-']],
    );
  });

  it('works in block quotes and with CRLF line endings', () => {
    const text = ['> <!-- groundwork-disable-next-line misquote -->', '> "Quoted," he said.', '', 'Plain.', '<!-- groundwork-disable-line -->'].join('\r\n');
    assert.deepEqual(suppressed(text), [['"Quoted," he said.', 'misquote'], ['Plain.', '-']]);
    const crlf = ['Before.', '<!-- groundwork-disable-next-line -->', 'Target.', 'After.'].join('\r\n');
    assert.deepEqual(suppressed(crlf), [['Before.', '-'], ['Target.', 'all'], ['After.', '-']]);
  });

  it('accepts codes in any case, separated by commas or spaces, and a reason after --', () => {
    assert.deepEqual(
      suppressed(md(['<!-- groundwork-disable-next-line Misquote number-mismatch -- the source is paywalled -->', 'Claim.'])),
      [['Claim.', 'misquote,number-mismatch']],
    );
  });

  it('keeps unknown codes, which suppress nothing the checker knows', () => {
    assert.deepEqual(suppressed(md(['<!-- groundwork-disable-next-line misquote, no-such-code -->', 'Claim.'])), [['Claim.', 'misquote,no-such-code']]);
  });
});

describe('suppressionProblems', () => {
  it('reports unknown codes where they are, suggesting the code meant', () => {
    const text = md(['Intro.', '<!-- groundwork-disable misattributed, misquote, bogus -->']);
    const problems = suppressionProblems(text);
    assert.deepEqual(problems.map((p) => text.slice(p.span.start, p.span.end)), ['misattributed', 'bogus']);
    assert.match(problems[0]!.message, /misattributed-quote/);
    assert.match(problems[1]!.message, /unsupported-statement/);
  });

  it('reports a misspelled directive', () => {
    const text = '<!-- groundwork-disable-nextline -->\nClaim.';
    const problems = suppressionProblems(text);
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0]!.span.start, problems[0]!.span.end), 'groundwork-disable-nextline');
    assert.match(problems[0]!.message, /groundwork-disable-next-line/);
  });

  it('has nothing to say about valid comments, other comments, or comments in code', () => {
    const text = md(['<!-- groundwork-disable misquote -->', '<!-- a note -->', '```', '<!-- groundwork-disable bogus -->', '```']);
    assert.deepEqual(suppressionProblems(text), []);
  });
});

describe('turning Groundwork off for a file', () => {
  it('<!-- groundwork-disable-file --> anywhere in the draft leaves nothing to check; with codes it suppresses them throughout', () => {
    assert.deepEqual(suppressed(md(['Checked.', '', '<!-- groundwork-disable-file -->', '', 'Also not checked.'])), []);
    assert.deepEqual(suppressed(md(['One.', '', '<!-- groundwork-disable-file misquote -->', '', 'Two.'])), [['One.', 'misquote'], ['Two.', 'misquote']]);
    // Inside code it is an example, not a directive.
    assert.equal(suppressed(md(['One.', '', '```', '<!-- groundwork-disable-file -->', '```'])).length, 1);
  });

  it('"Disable Groundwork for this file" puts the comment at the top, after the front matter, and it takes effect', () => {
    for (const text of ['Alpha beta.\n', '---\ntitle: T\n---\nAlpha beta.\n', '---\ntitle: T\n---', '', 'One.\r\nTwo.\r\n']) {
      const { offset, text: insert } = disableFileInsertion(text);
      const after = text.slice(0, offset) + insert + text.slice(offset);
      assert.equal(parseDraft(after, 'd.md').statements.length, 0, JSON.stringify(after));
      if (text.startsWith('---')) assert.match(after, /^---\ntitle: T\n---\n<!-- groundwork-disable-file -->\n/);
      else assert.ok(after.startsWith('<!-- groundwork-disable-file -->'), JSON.stringify(after));
    }
  });
});
