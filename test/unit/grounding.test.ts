import assert from 'node:assert/strict';
import { plainStatement } from '../../src/core/grounding/claim.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import type { Verdict } from '../../src/core/model.js';
import { seedCorpus } from '../helpers/seeds.js';

function judge(text: string): Verdict {
  return judgeStatement(seedCorpus(), plainStatement(text), { threshold: 0.5 });
}

describe('grounding on the sample corpus', () => {
  describe('supported', () => {
    for (const text of [
      'The US launched the Pax Silica Declaration with Singapore, Australia, Japan, South Korea and Israel.',
      'The US Geological Survey added 10 new items to the list.',
      'The G7 unveiled 26 new investments with nine allied countries on November 1.',
      "Japan's research vessel Chikyu set sail from Shizuoka on January 12.",
      'Saudi Arabia has a nearly US$1 trillion investment target in the US.',
    ]) {
      it(text, () => {
        const v = judge(text);
        assert.equal(v.kind, 'supported', v.message);
        assert.ok(v.score >= 0.5 && v.score <= 1);
        assert.ok(v.evidence.length > 0, 'supported statements carry evidence');
        assert.match(v.evidence[0]!.source, /^seeds\//);
      });
    }
  });

  it('a statement combining two source sentences is supported by both', () => {
    const v = judge('The US and Japan signed a preamble agreement on Thursday, and the US is forming a coalition at a summit on Friday.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a statement about something the sources never mention is unsupported, naming the missing words', () => {
    const v = judge('The alliance will create two million jobs in Ohio by 2030.');
    assert.equal(v.kind, 'unsupported');
    assert.ok(v.score < 0.5);
    assert.ok(v.missing?.includes('Ohio'));
    assert.match(v.message, /Ohio/);
  });

  describe('quotes', () => {
    it('a verbatim quote with the right speaker is supported', () => {
      assert.equal(judge('"Companies are likely to proceed cautiously," Zhou said.').kind, 'supported');
      assert.equal(judge('Foreign Ministry Spokesperson Guo Jiakun said "We have noted relevant reports."').kind, 'supported');
    });

    it('typographic differences are allowed: curly quotes, case at the start, whitespace', () => {
      assert.equal(judge('“companies are likely  to proceed cautiously,” Zhou said.').kind, 'supported');
    });

    it('capitals inside a quote are house style, not a misquote: "Transformation" for "transformation"', () => {
      const v = judge('"The Transformation of this Alliance from government-led to market-driven remains questionable," Zhou Mi said.');
      assert.equal(v.kind, 'supported', v.message);
      // A changed word still is one, whatever its case.
      assert.equal(judge('"The Transformation of this Alliance from government-led to market-driven remains certain," Zhou Mi said.').kind, 'misquote');
    });

    it('elisions and bracketed insertions are allowed', () => {
      const v = judge('"Even if parties are willing to collaborate ... profitability is difficult to ensure," Zhou said.');
      assert.equal(v.kind, 'supported', v.message);
      const w = judge('"The transformation of [the] alliance from government-led to market-driven remains questionable," Zhou said.');
      assert.notEqual(w.kind, 'misquote', w.message);
    });

    it('an altered word is a misquote, with the closest source quote and a word diff', () => {
      const v = judge('"Companies are likely to proceed quickly," Zhou said.');
      assert.equal(v.kind, 'misquote');
      assert.match(v.quote?.sourcePath ?? '', /global-times/);
      assert.deepEqual(
        v.quote?.diff?.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text.replace(/[,.]$/, '')]),
        [['insert', 'cautiously'], ['delete', 'quickly']],
      );
      assert.match(v.evidence[0]!.text, /proceed cautiously/);
    });

    it('a quote found nowhere is a misquote', () => {
      const v = judge('"We will crush the alliance within a year," Guo said.');
      assert.equal(v.kind, 'misquote');
      assert.match(v.message, /not found|not verbatim/);
    });

    it('a verbatim quote credited to the wrong person is misattributed, naming the right one', () => {
      const v = judge('"Companies are likely to proceed cautiously," Guo said.');
      assert.equal(v.kind, 'misattributed');
      assert.equal(v.quote?.attributedTo, 'Zhou Mi');
      assert.match(v.message, /Zhou Mi/);
    });

    it('an alias of the right speaker is not a misattribution', () => {
      assert.equal(judge('"Companies are likely to proceed cautiously," Zhou Mi said.').kind, 'supported');
      assert.equal(judge('"All parties should adhere to the principles of a market economy and fair competition," Guo Jiakun said.').kind, 'supported');
    });
  });

  describe('figures and dates', () => {
    it('a different figure is a number mismatch naming both', () => {
      const v = judge('The US government has given global suppliers of critical minerals a 90-day ultimatum.');
      assert.equal(v.kind, 'number-mismatch');
      assert.deepEqual(v.number, { draft: '90-day', source: '180-day' });
    });

    it('number words match digits', () => {
      const v = judge('The G7 unveiled 26 new investments with eight allied countries on November 1.');
      assert.equal(v.kind, 'number-mismatch');
      assert.equal(v.number?.source, 'nine');
    });

    it('a different date is a number mismatch', () => {
      const v = judge('The G7 unveiled 26 new investments and partnerships on November 3.');
      assert.equal(v.kind, 'number-mismatch');
      assert.equal(v.number?.source, 'November 1');
    });
  });

  describe('contradictions', () => {
    it('a swapped place is contradicted, naming what the source says', () => {
      const v = judge('The Pax Silica partnership includes Canada, according to the Yonhap News Agency.');
      assert.equal(v.kind, 'contradicted');
      assert.deepEqual(v.conflict && [v.conflict.draft, v.conflict.source], ['Canada', 'South Korea']);
    });

    it('a flipped negation is contradicted', () => {
      const v = judge('Existing related investment projects in the US have progressed smoothly.');
      assert.equal(v.kind, 'contradicted');
      assert.match(v.message, /not progressed smoothly/);
    });

    it('a negation elsewhere in the passage is not a contradiction', () => {
      assert.equal(judge('Analysts say Saudi Arabia has a nearly US$1 trillion investment target in the US.').kind, 'supported');
    });
  });

  it('non-English boilerplate never supports a statement', () => {
    const v = judge('यह वेबसाइट कुकीज़ का उपयोग करती है');
    assert.equal(v.kind, 'unsupported');
  });
});
