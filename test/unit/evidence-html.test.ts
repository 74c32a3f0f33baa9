import assert from 'node:assert/strict';
import type { Explanation } from '../../src/core/explain.js';
import { contentSecurityPolicy, evidenceHtml, placeholderHtml } from '../../src/extension/evidence-html.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> [x](command:workbench.action.terminal.new) "q" & \'a\'';

function explanation(text: string): Explanation {
  return {
    kind: 'number-mismatch',
    title: 'Number mismatch',
    score: 0.4,
    reason: `62 does not match ${text}`,
    statement: [{ text: 'The G7 unveiled ' }, { text: '62', mark: 'conflict' }, { text: ` ${text}` }],
    missing: [],
    diff: [{ op: 'equal', text: 'a' }, { op: 'delete', text: text }, { op: 'insert', text: 'b' }],
    rows: [{
      role: 'conflicts',
      label: 'Passage with the figure',
      title: text,
      published: '2025-12-12',
      evidence: { docId: 'gt', source: 'seeds/global times.txt', span: { start: 0, end: 10 }, range: { start: { line: 54, character: 0 }, end: { line: 54, character: 10 } }, text, score: 0.9 },
      passage: [{ text: 'unveiled ', mark: 'match' }, { text: '26', mark: 'conflict' }, { text: ` ${text}` }],
    }],
  };
}

describe('the evidence view page', () => {
  it('shows source and draft text as text: no tag, script or link from them survives', () => {
    const html = evidenceHtml(explanation(HOSTILE), { nonce: 'n0nce', statementPlace: 'drafts/a.md:3' });
    assert.doesNotMatch(html, /<script|<img|onerror=alert\(2\)>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match(html, /&quot;q&quot; &amp; &#39;a&#39;/);
    // The only command link is ours, with its arguments encoded.
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    assert.deepEqual(links.map((l) => l.split('?')[0]), ['command:groundwork.openSource']);
    const args = JSON.parse(decodeURIComponent(links[0]!.split('?')[1]!.replace(/&amp;/g, '&'))) as { path: string; line: number }[];
    assert.deepEqual(args, [{ path: 'seeds/global times.txt', line: 54, character: 0, endLine: 54, endCharacter: 10 }]);
  });

  it('allows no script and nothing from outside; its one stylesheet carries the nonce', () => {
    const html = evidenceHtml(explanation('plain'), { nonce: 'n0nce', statementPlace: 'drafts/a.md:3' });
    const policy = contentSecurityPolicy('n0nce');
    assert.match(policy, /^default-src 'none';/);
    assert.match(policy, /script-src 'none'/);
    assert.match(html, /<style nonce="n0nce">/);
    assert.equal(html.match(/<style/g)?.length, 1);
    assert.doesNotMatch(html, /https?:|style="|<script|<link/);
    assert.match(placeholderHtml('n0nce', '<b>hi</b>'), /&lt;b&gt;hi&lt;\/b&gt;/);
  });

  it('shows one score, the support score, with its scale; marks, diff and source details', () => {
    const html = evidenceHtml(explanation('plain'), { nonce: 'n0nce', statementPlace: 'drafts/a.md:3' });
    assert.equal(html.match(/<meter /g)?.length, 1);
    assert.match(html, /value="0.4"><\/meter> <span>0.40<\/span>/);
    assert.doesNotMatch(html, /0\.90/, 'no per-passage score');
    assert.match(html, /<mark class="conflict">62<\/mark>/);
    assert.match(html, /<mark class="conflict">26<\/mark>/);
    assert.match(html, /<del>plain<\/del> <ins>b<\/ins>/);
    assert.match(html, /<cite>plain<\/cite> · <time>2025-12-12<\/time> · <span class="place">seeds\/global times\.txt:55<\/span>/);
  });
});
