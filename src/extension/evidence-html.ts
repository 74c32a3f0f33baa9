// The HTML of the evidence view. Everything from a source or a draft is escaped text: the page
// runs no script at all (the Content-Security-Policy allows none), loads nothing from outside,
// and takes its colours from the VS Code theme. Links run our own "open source" command only.
// No `vscode` import, so the escaping is unit-tested in plain Node.
import type { Explanation, ExplainedRow, MarkedText } from '../core/explain.js';
import type { WordDiffPart } from '../core/model.js';
import { OPEN_SOURCE_COMMAND, targetOf } from './hover-cards.js';

export interface EvidencePage {
  /** Our stylesheet is inline; only a `<style>` with this nonce is applied. */
  nonce: string;
  /** Where the statement is: `drafts/x.md:12`. */
  statementPlace: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The policy of every page: nothing but our nonced stylesheet; no scripts, frames, images or fonts. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none'; script-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
}

function page(nonce: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Groundwork Evidence</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** The page for a statement's explanation. */
export function evidenceHtml(explanation: Explanation, options: EvidencePage): string {
  const parts: string[] = [];
  parts.push(`<header class="verdict ${escapeHtml(explanation.kind)}">`);
  parts.push(`<h1>${escapeHtml(explanation.title)}</h1>`);
  parts.push(`<p class="score"><label for="support">Support</label> <meter id="support" min="0" max="1" low="0.5" optimum="1" value="${explanation.score}"></meter> <span>${explanation.score.toFixed(2)}</span> <span class="scale">(0 = no source says it, 1 = a source says it all)</span></p>`);
  parts.push('</header>');
  parts.push(`<p class="reason">${escapeHtml(explanation.reason)}</p>`);

  parts.push(`<section><h2>Statement <span class="place">${escapeHtml(options.statementPlace)}</span></h2>`);
  parts.push(`<blockquote class="statement">${marked(explanation.statement)}</blockquote>`);
  const legend: string[] = [];
  if (explanation.statement.some((p) => p.mark === 'missing')) legend.push('<mark class="missing">in no source</mark>');
  if (explanation.statement.some((p) => p.mark === 'conflict')) legend.push('<mark class="conflict">what the finding is about</mark>');
  if (legend.length) parts.push(`<p class="legend">${legend.join(' ')}</p>`);
  parts.push('</section>');

  if (explanation.diff?.some((p) => p.op !== 'equal')) {
    parts.push('<section><h2>Draft quote → source quote</h2>');
    parts.push(`<p class="diff">${diffHtml(explanation.diff)}</p>`);
    parts.push('<p class="legend"><del>only in the draft</del> <ins>in the source</ins></p></section>');
  }

  parts.push('<section><h2>Evidence</h2>');
  if (explanation.rows.length === 0) {
    parts.push(`<p class="none">${explanation.kind === 'unsupported' ? 'No source passage comes close to this statement.' : 'No passage to show.'}</p>`);
  }
  for (const row of explanation.rows) parts.push(rowHtml(row));
  if (explanation.rows.some((r) => r.passage.some((p) => p.mark === 'match'))) {
    parts.push('<p class="legend"><mark class="match">words the statement has</mark>' + (explanation.rows.some((r) => r.passage.some((p) => p.mark === 'conflict')) ? ' <mark class="conflict">what differs</mark>' : '') + '</p>');
  }
  parts.push('</section>');
  return page(options.nonce, parts.join('\n'));
}

/** The page while there is nothing to explain, with why. */
export function placeholderHtml(nonce: string, message: string): string {
  return page(nonce, `<p class="placeholder">${escapeHtml(message)}</p>`);
}

function rowHtml(row: ExplainedRow): string {
  const e = row.evidence;
  // An archived article: its title, outlet, date and archive id, as workspace evidence shows its own.
  const a = e.article;
  const place = a ? e.source : `${e.source}${e.page ? `, page ${e.page}` : `:${e.range.start.line + 1}`}`;
  const title = row.title ?? a?.title;
  const published = row.published ?? a?.published;
  const meta = [title ? `<cite>${escapeHtml(title)}</cite>` : undefined, a?.outlet ? `<span class="outlet">${escapeHtml(a.outlet)}</span>` : undefined, published ? `<time>${escapeHtml(published)}</time>` : undefined, `<span class="place">${escapeHtml(place)}</span>`]
    .filter(Boolean).join(' · ');
  const args = encodeURIComponent(JSON.stringify([targetOf({ path: e.source, range: e.range })]));
  return `<article class="row ${row.role}">
<h3>${escapeHtml(row.label)}</h3>
<p class="meta">${meta}</p>
<blockquote>${marked(row.passage)}</blockquote>
<p><a class="open" href="command:${OPEN_SOURCE_COMMAND}?${escapeHtml(args)}" title="Open the source at this passage">Open source at this passage</a></p>
</article>`;
}

function marked(parts: MarkedText[]): string {
  return parts.map((p) => (p.mark ? `<mark class="${p.mark}">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

function diffHtml(parts: WordDiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? escapeHtml(p.text) : p.op === 'delete' ? `<del>${escapeHtml(p.text)}</del>` : `<ins>${escapeHtml(p.text)}</ins>`)).join(' ');
}

// Theme colours only: the page looks like the rest of VS Code in light, dark and high contrast.
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; line-height: 1.5; }
h1 { font-size: 1.4em; margin: 0.6em 0 0.2em; }
h2 { font-size: 1.05em; margin: 1.2em 0 0.4em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding-bottom: 2px; }
h3 { font-size: 1em; margin: 0 0 0.2em; }
.verdict.supported h1 { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.verdict.unsupported h1 { color: var(--vscode-editorWarning-foreground); }
.verdict.misquote h1, .verdict.misattributed h1, .verdict.number-mismatch h1, .verdict.contradicted h1 { color: var(--vscode-editorError-foreground); }
.score { margin: 0; }
.score .scale, .place, .meta, .legend, .placeholder, .none { color: var(--vscode-descriptionForeground); }
.place { font-weight: normal; font-size: 0.9em; }
meter { width: 8em; vertical-align: middle; }
blockquote { margin: 0.3em 0; padding: 4px 10px; border-left: 3px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
.row { margin: 0.8em 0 1em; }
.row.conflicts blockquote { border-left-color: var(--vscode-editorError-foreground); }
.row.closest blockquote { border-left-color: var(--vscode-editorWarning-foreground); }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.match { background: var(--vscode-editor-findMatchHighlightBackground); }
mark.missing { background: transparent; text-decoration: underline wavy var(--vscode-editorWarning-foreground); text-underline-offset: 3px; }
mark.conflict { background: var(--vscode-diffEditor-removedTextBackground); outline: 1px solid var(--vscode-editorError-foreground); }
del { background: var(--vscode-diffEditor-removedTextBackground); }
ins { background: var(--vscode-diffEditor-insertedTextBackground); text-decoration: none; }
.legend { font-size: 0.9em; margin: 0.2em 0; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
cite { font-style: italic; }
`;
