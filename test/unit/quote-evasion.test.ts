// Quotes that match word for word only because an elision or a bracket hides what changed: a
// reviewer trusting "verbatim" would publish the opposite of what the source said.
import assert from 'node:assert/strict';
import { plainStatement } from '../../src/core/grounding/claim.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { readSource } from '../../src/core/sources/read.js';

const SOURCE = [
  'Factory plans',
  '',
  '"We are not planning any layoffs this year," chief executive Maria Lopez said on Monday.',
  '',
  '"A recovery before spring is unlikely," Lopez said.',
  '',
  '"We will hire 26 engineers at the Dayton plant," Lopez said.',
  '',
  '"We are planning to open a second plant next year," Lopez said.',
  '',
].join('\n');

let corpus: Corpus;

function judge(text: string): Verdict {
  return judgeStatement(corpus, plainStatement(text), { threshold: 0.5 });
}

describe('quotes: elisions and brackets that change the meaning', () => {
  before(async () => {
    corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/factory.txt', new TextEncoder().encode(SOURCE)));
  });

  const misquotes: [string, RegExp][] = [
    ['"We are ... planning any layoffs this year," Lopez said.', /elision "\.\.\." leaves out "not"/],
    ['"We are … planning any layoffs this year," Lopez said.', /leaves out "not"/],
    ['"We are […] planning any layoffs this year," Lopez said.', /leaves out "not"/],
    ['"We are [definitely] planning any layoffs this year," Lopez said.', /"\[definitely\]" stands in for "not", which reverses the meaning/],
    ['"A recovery before spring is [likely]," Lopez said.', /"\[likely\]" stands in for "unlikely"/],
    ['"We will hire ... engineers at the Dayton plant," Lopez said.', /leaves out the figure "26"/],
    ['"We will hire [dozens of] engineers at the Dayton plant," Lopez said.', /dropping the figure "26"/],
    ['"We are [not] planning to open a second plant next year," Lopez said.', /adds "not"/],
  ];
  for (const [draft, why] of misquotes) {
    it(`${draft} is a misquote that says why`, () => {
      const v = judge(draft);
      assert.equal(v.kind, 'misquote', v.message);
      assert.match(v.message, /^Quote changes the meaning of seeds\/factory\.txt: /);
      assert.match(v.message, why);
      assert.ok(v.score < 1, `score ${v.score}`);
      assert.match(v.evidence[0]!.text, /Lopez|We|recovery/);
    });
  }

  const faithful = [
    '"We are not planning any layoffs ...," Lopez said.',
    '"We are not planning [any] layoffs this year," Lopez said.',
    '"We will hire 26 engineers ... [in] Dayton," Lopez said.',
    '"A recovery [in the economy] before spring is unlikely," Lopez said.',
    '"We are planning to open a second plant [in 2027]," Lopez said.',
    '"We are not planning any layoffs [in 2026]," Lopez said.',
  ];
  for (const draft of faithful) {
    it(`${draft} is still verbatim`, () => {
      const v = judge(draft);
      assert.notEqual(v.kind, 'misquote', v.message);
    });
  }
});
