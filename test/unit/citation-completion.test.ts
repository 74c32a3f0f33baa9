import assert from 'node:assert/strict';
import { citationCandidates } from '../../src/core/completion/citation-candidates.js';
import { completionContext, type CitationContext } from '../../src/core/completions.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { seedDocuments } from '../helpers/seeds.js';

const CORPUS = Corpus.build(seedDocuments().map((d) => ({ ...d, title: d.path.includes('global-times') ? 'US launches ‘Pax Silica’ alliance' : 'US launches Pax Silica initiative', published: d.path.includes('global-times') ? '2025-12-12' : '2025-12-24' })));

function at(text: string): { text: string; offset: number } {
  const offset = text.indexOf('▮');
  return { text: text.replace('▮', ''), offset };
}

function citationAt(marked: string): CitationContext | undefined {
  const { text, offset } = at(marked);
  const context = completionContext(text, offset);
  return context?.kind === 'citation' ? context : undefined;
}

describe('citation completion', () => {
  it('inside `[...](` and after `[^`, with what is typed so far and the sentence cited', () => {
    const inline = citationAt('Intro.\n\nThe US Geological Survey added 10 new items to its list ([USGS](../se▮');
    assert.equal(inline?.style, 'inline');
    assert.equal(inline?.typed, '../se');
    assert.equal(inline?.sentence, 'The US Geological Survey added 10 new items to its list');
    const footnote = citationAt('It was signed on Friday.[^▮');
    assert.deepEqual([footnote?.style, footnote?.typed, footnote?.sentence], ['footnote', '', 'It was signed on Friday.']);
  });

  it('not in an image, a footnote definition, code or an autolink', () => {
    for (const marked of ['![chart](▮', '[^1]: ▮', '[^▮', '`[x](▮`', 'See <https://▮']) {
      const { text, offset } = at(marked);
      const context = completionContext(text, offset);
      assert.ok(context?.kind !== 'citation', marked);
    }
  });

  it('offers the sources, best evidence for the sentence first, as paths relative to the draft', () => {
    const marked = 'The US Geological Survey added 10 new items to its list of critical minerals ([USGS](▮';
    const { text } = at(marked);
    const draft = parseDraft(text, 'drafts/story.md');
    const candidates = citationCandidates(CORPUS, draft, citationAt(marked)!, defaultConfig());
    assert.deepEqual(candidates.map((c) => c.insertText), ['../seeds/pax-silica-initiative-minerals.txt', '../seeds/global-times-pax-silica-alliance.txt']);
    assert.equal(candidates[0]!.label, 'US launches Pax Silica initiative');
    assert.equal(candidates[0]!.detail, '2025-12-24 · seeds/pax-silica-initiative-minerals.txt');
    assert.ok(candidates[0]!.evidence);
    const otherSentence = 'The US is forming a coalition at a summit on Friday to counter China\'s dominant control of critical minerals ([GT](▮';
    const first = citationCandidates(CORPUS, parseDraft(at(otherSentence).text, 'drafts/story.md'), citationAt(otherSentence)!, defaultConfig())[0];
    assert.equal(first?.doc.path, 'seeds/global-times-pax-silica-alliance.txt');
  });

  it('filters by what is typed: a path or a title', () => {
    const marked = 'A sentence ([x](../seeds/glob▮';
    const candidates = citationCandidates(CORPUS, parseDraft(at(marked).text, 'drafts/story.md'), citationAt(marked)!, defaultConfig());
    assert.deepEqual(candidates.map((c) => c.doc.path), ['seeds/global-times-pax-silica-alliance.txt']);
  });

  it('after `[^`: the label of a footnote that cites the source already, else a new one with its definition', () => {
    const marked = 'It was signed on Friday.[^1] The US Geological Survey added 10 new items to its list of critical minerals.[^▮\n\n[^1]: [GT](../seeds/global-times-pax-silica-alliance.txt)\n';
    const { text } = at(marked);
    const candidates = citationCandidates(CORPUS, parseDraft(text, 'drafts/story.md'), citationAt(marked)!, defaultConfig());
    const byPath = Object.fromEntries(candidates.map((c) => [c.doc.path, c]));
    assert.equal(byPath['seeds/global-times-pax-silica-alliance.txt']!.insertText, '1]');
    assert.equal(byPath['seeds/global-times-pax-silica-alliance.txt']!.definition, undefined);
    const ps = byPath['seeds/pax-silica-initiative-minerals.txt']!;
    assert.equal(ps.insertText, '2]');
    assert.equal(ps.definition?.replacement, '\n[^2]: [US launches Pax Silica initiative, 2025-12-24](../seeds/pax-silica-initiative-minerals.txt)\n');
    assert.equal(ps.definition?.span.start, text.length);
  });
});
