import assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig, type GroundworkConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Fix, SourceDocument, StatementResult } from '../../src/core/model.js';
import { seedDocuments } from '../helpers/seeds.js';

// Two sources: the Global Times report (with front-matter-like id and url given here) and the
// Pax Silica initiative piece. Each statement below is supported by one of them only.
const GT = 'seeds/global-times-pax-silica-alliance.txt';
const PS = 'seeds/pax-silica-initiative-minerals.txt';
const GT_SENTENCE = "The US is forming a coalition at a summit on Friday to counter China's dominant control of critical minerals, according to media reports";
const PS_SENTENCE = 'The US State Department has introduced the Pax Silica initiative to bolster minerals supply chains and counter China\'s dominance in critical resources like rare earths';

function corpus(): Corpus {
  const docs: SourceDocument[] = seedDocuments().map((d) => (d.path === GT ? { ...d, id: 'gt-pax-silica', url: 'https://www.globaltimes.cn/page/202512/1350000.shtml', title: 'US launches ‘Pax Silica’ alliance to secure AI supply chains', published: '2025-12-12' } : d));
  return Corpus.build(docs);
}

const CORPUS = corpus();

function check(markdown: string, config: Partial<GroundworkConfig> = {}, path = 'drafts/story.md'): StatementResult[] {
  return checkDraft(CORPUS, parseDraft(markdown, path), { ...defaultConfig(), ...config }).results;
}

/** Applies a fix (with its further edits) to a text. */
function apply(text: string, fix: Fix): string {
  const edits = [{ span: fix.span, replacement: fix.replacement }, ...(fix.more ?? [])].sort((a, b) => b.span.start - a.span.start);
  for (const e of edits) text = text.slice(0, e.span.start) + e.replacement + text.slice(e.span.end);
  return text;
}

describe('citations', () => {
  it('an uncited sentence of each source is supported: the sentences the tests cite', () => {
    const results = check(`${GT_SENTENCE}.\n\n${PS_SENTENCE}.\n`);
    assert.deepEqual(results.map((r) => [r.verdict.kind, r.verdict.evidence[0]?.source]), [['supported', GT], ['supported', PS]]);
  });

  describe('styles: each cites the source it names', () => {
    const cases: [string, string][] = [
      ['inline link to the source file', `${GT_SENTENCE} ([Global Times](../seeds/global-times-pax-silica-alliance.txt)).\n`],
      ['inline link to the source id', `${GT_SENTENCE} ([Global Times](gt-pax-silica)).\n`],
      ['inline link to the source url', `${GT_SENTENCE} ([Global Times](https://www.globaltimes.cn/page/202512/1350000.shtml)).\n`],
      ['reference link', `${GT_SENTENCE} ([Global Times][gt]).\n\n[gt]: ../seeds/global-times-pax-silica-alliance.txt\n`],
      ['shortcut reference link', `${GT_SENTENCE} [gt].\n\n[gt]: ../seeds/global-times-pax-silica-alliance.txt\n`],
      ['footnote', `${GT_SENTENCE}.[^1]\n\n[^1]: [Global Times, 2025-12-12](../seeds/global-times-pax-silica-alliance.txt)\n`],
      ['footnote with a bare url', `${GT_SENTENCE}.[^gt]\n\n[^gt]: Global Times, https://www.globaltimes.cn/page/202512/1350000.shtml\n`],
      ['list item', `- ${GT_SENTENCE} ([GT](../seeds/global-times-pax-silica-alliance.txt)).\n`],
      ['table cell', `| Claim |\n|---|\n| ${GT_SENTENCE} ([GT](../seeds/global-times-pax-silica-alliance.txt)). |\n`],
    ];
    for (const [name, markdown] of cases) {
      it(name, () => {
        const results = check(markdown);
        assert.equal(results.length, 1, JSON.stringify(results.map((r) => r.statement.text)));
        const [result] = results;
        assert.deepEqual(result!.cited, [GT]);
        assert.equal(result!.verdict.kind, 'supported');
        assert.equal(result!.finding, undefined);
        assert.equal(result!.verdict.evidence[0]?.source, GT);
      });
    }
  });

  it('citation-mismatch: cites a source that does not support it, names the one that does, and the fix cites that one', () => {
    const text = `${PS_SENTENCE} ([Global Times](../seeds/global-times-pax-silica-alliance.txt)).\n`;
    const [result] = check(text);
    assert.equal(result!.finding?.code, 'citation-mismatch');
    assert.equal(result!.finding?.severity, 'warning');
    assert.match(result!.finding!.message, new RegExp(`does not support this statement; ${PS} does`));
    assert.equal(text.slice(result!.finding!.span.start, result!.finding!.span.end), '[Global Times](../seeds/global-times-pax-silica-alliance.txt)');
    const fixed = apply(text, result!.finding!.fixes[0]!);
    assert.equal(fixed, `${PS_SENTENCE} ([Global Times](../seeds/pax-silica-initiative-minerals.txt)).\n`);
    const [again] = check(fixed);
    assert.equal(again!.finding, undefined);
    assert.deepEqual(again!.cited, [PS]);
  });

  it('citation-mismatch in a footnote: the fix points the footnote at the supporting source', () => {
    const text = `${PS_SENTENCE}.[^1]\n\n[^1]: [Global Times](../seeds/global-times-pax-silica-alliance.txt)\n`;
    const [result] = check(text);
    assert.equal(result!.finding?.code, 'citation-mismatch');
    const fixed = apply(text, result!.finding!.fixes[0]!);
    assert.equal(check(fixed)[0]!.finding, undefined);
    assert.deepEqual(check(fixed)[0]!.cited, [PS]);
  });

  it('citation-mismatch with a shared reference definition: the fix adds a definition instead of changing the shared one', () => {
    const text = `${GT_SENTENCE} [gt].\n\n${PS_SENTENCE} [gt].\n\n[gt]: ../seeds/global-times-pax-silica-alliance.txt\n`;
    const results = check(text);
    assert.equal(results[0]!.finding, undefined);
    assert.equal(results[1]!.finding?.code, 'citation-mismatch');
    const fixed = apply(text, results[1]!.finding!.fixes[0]!);
    assert.deepEqual(check(fixed).map((r) => [r.finding?.code, r.cited]), [[undefined, [GT]], [undefined, [PS]]]);
  });

  it('broken-citation: a link to a source file that was never read, whatever the statement says', () => {
    const text = `${GT_SENTENCE} ([GT](../seeds/global-times-missing.txt)).\n`;
    const [result] = check(text);
    assert.equal(result!.finding?.code, 'broken-citation');
    assert.equal(result!.finding?.severity, 'error');
    assert.match(result!.finding!.message, /seeds\/global-times-missing\.txt/);
    assert.equal(text.slice(result!.finding!.span.start, result!.finding!.span.end), '[GT](../seeds/global-times-missing.txt)');
    // The statement is supported elsewhere: the fix cites that source.
    const fixed = apply(text, result!.finding!.fixes[0]!);
    assert.equal(check(fixed)[0]!.finding, undefined);
  });

  it('broken-citation: an excluded source, and a PDF outside the sources', () => {
    const excluded = check(`${GT_SENTENCE} ([GT](../seeds/global-times-pax-silica-alliance.txt)).\n`, { exclude: ['seeds/global-times-*'] }, 'drafts/story.md');
    // Excluding by config does not remove the document from a corpus already built; a corpus
    // without it is what a run with that exclude reads.
    assert.equal(excluded[0]!.finding, undefined);
    const withoutGt = Corpus.build(seedDocuments().filter((d) => d.path !== GT));
    const config = { ...defaultConfig(), exclude: ['seeds/global-times-*'] };
    const [result] = checkDraft(withoutGt, parseDraft(`${GT_SENTENCE} ([GT](../seeds/global-times-pax-silica-alliance.txt)).\n`, 'drafts/story.md'), config).results;
    assert.equal(result!.finding?.code, 'broken-citation');
    assert.match(result!.finding!.message, /excluded/);
    const [pdf] = check(`${GT_SENTENCE} ([report](../research/report.pdf)).\n`);
    assert.equal(pdf!.finding?.code, 'broken-citation');
  });

  it('ordinary links are no citations: a web page that is no source, another draft, an anchor', () => {
    for (const link of ['https://example.com/story', 'other-draft.md', '#the-numbers']) {
      const [result] = check(`${GT_SENTENCE} ([see](${link})).\n`, { requireCitations: true });
      assert.equal(result!.cited, undefined, link);
      assert.equal(result!.verdict.kind, 'supported', link);
    }
  });

  it('citations do not change the verdict of statements that cite nothing', () => {
    const plain = `${GT_SENTENCE}.\n\nThe alliance is expected to create two million jobs in Ohio by 2030.\n`;
    const cited = `${plain}\n${PS_SENTENCE} ([x](../seeds/global-times-pax-silica-alliance.txt)).\n`;
    const before = check(plain).map((r) => [r.statement.text, r.verdict.kind, r.finding?.code]);
    const after = check(cited).slice(0, 2).map((r) => [r.statement.text, r.verdict.kind, r.finding?.code]);
    assert.deepEqual(after, before);
  });

  it('suppression comments and severity off silence the citation codes', () => {
    const text = `<!-- groundwork-disable-next-line citation-mismatch -->\n${PS_SENTENCE} ([GT](../seeds/global-times-pax-silica-alliance.txt)).\n`;
    assert.equal(check(text)[0]!.finding, undefined);
    const off = check(`${GT_SENTENCE} ([GT](../seeds/missing.txt)).\n`, { severity: { ...defaultConfig().severity, 'broken-citation': 'off' } });
    assert.equal(off[0]!.finding, undefined);
  });

  describe('require-citations', () => {
    it('off by default: nothing is said of uncited statements', () => {
      assert.equal(check(`${GT_SENTENCE}.\n`)[0]!.finding, undefined);
    });

    it('uncited-statement on a supported statement that cites nothing, never on an unsupported one', () => {
      const results = check(`${GT_SENTENCE}.\n\nThe alliance is expected to create two million jobs in Ohio by 2030.\n`, { requireCitations: true });
      assert.equal(results[0]!.finding?.code, 'uncited-statement');
      assert.equal(results[0]!.finding?.severity, 'info');
      assert.equal(results[1]!.finding?.code, 'unsupported-statement');
    });

    const styles: [string, string, RegExp][] = [
      ['inline links', `${PS_SENTENCE} ([PS](../seeds/pax-silica-initiative-minerals.txt)).\n\n`, /according to media reports \(\[US launches ‘Pax Silica’ alliance…, 2025-12-12\]\(\.\.\/seeds\/global-times-pax-silica-alliance\.txt\)\)\./],
      ['reference links', `${PS_SENTENCE} [ps].\n\n[ps]: ../seeds/pax-silica-initiative-minerals.txt\n\n`, /according to media reports \(\[US launches ‘Pax Silica’ alliance…, 2025-12-12\]\[gt-pax-silica\]\)\.[\s\S]*\n\[gt-pax-silica\]: \.\.\/seeds\/global-times-pax-silica-alliance\.txt\n$/],
      ['footnotes', `${PS_SENTENCE}.[^1]\n\n[^1]: [PS](../seeds/pax-silica-initiative-minerals.txt)\n\n`, /according to media reports\.\[\^2\][\s\S]*\n\[\^2\]: \[US launches ‘Pax Silica’ alliance…, 2025-12-12\]\(\.\.\/seeds\/global-times-pax-silica-alliance\.txt\)\n$/],
    ];
    for (const [style, before, expected] of styles) {
      it(`the fix cites the best evidence in the draft's own style: ${style}`, () => {
        const text = `${before}${GT_SENTENCE}.\n`;
        const results = check(text, { requireCitations: true });
        const uncited = results.find((r) => r.finding?.code === 'uncited-statement');
        assert.ok(uncited, JSON.stringify(results.map((r) => r.finding?.code)));
        const fixed = apply(text, uncited.finding!.fixes[0]!);
        assert.match(fixed, expected);
        assert.deepEqual(check(fixed, { requireCitations: true }).map((r) => r.finding?.code), [undefined, undefined]);
      });
    }
  });
});
