// `--format html`: one self-contained page a reviewer opens in a browser, from disk, offline.
// A summary (statements per verdict as a bar, share grounded, sources used), a table of findings
// that jumps to each, then every draft rendered with its statements highlighted by verdict;
// clicking or hovering a statement shows its verdict, the reason and the evidence, the words it
// shares with the statement marked. No external script, style, font or image; a Content-Security-
// Policy that allows only the page's own style and script (by hash); all draft and source text escaped.
import { createHash } from 'node:crypto';
import type { Evidence, SourceDocument, StatementResult, VerdictKind } from '../../core/model.js';
import { evidenceRows, rowLabel } from '../../core/explain.js';
import { VERSION } from '../about.js';
import { escapeHtml, renderDraft, type StatementMark } from './html-draft.js';
import { startOf } from './positions.js';
import type { CheckedDraft, CheckReporter, CheckSummary, Output } from './reporter.js';
import { statusOf } from './statement-status.js';

const VERDICTS: readonly { kind: VerdictKind; label: string }[] = [
  { kind: 'supported', label: 'supported' },
  { kind: 'unsupported', label: 'unsupported' },
  { kind: 'misquote', label: 'misquote' },
  { kind: 'misattributed', label: 'misattributed' },
  { kind: 'number-mismatch', label: 'number mismatch' },
  { kind: 'contradicted', label: 'contradicted' },
];

interface DraftSection {
  path: string;
  html: string;
  details: string[];
  findings: string[];
}

export class HtmlReporter implements CheckReporter {
  private readonly sections: DraftSection[] = [];
  private readonly verdictCounts = new Map<VerdictKind, number>();
  private readonly sourcesUsed = new Map<string, { doc?: SourceDocument; statements: number }>();

  /** `sourceAt`: the source document at a workspace-relative path, for its title and date. */
  constructor(private readonly out: Output, private readonly sourceAt: (path: string) => SourceDocument | undefined) {}

  draftChecked({ draft, report }: CheckedDraft): void {
    const d = this.sections.length;
    const marks: StatementMark[] = [];
    const details: string[] = [];
    const findings: string[] = [];
    report.results.forEach((result, i) => {
      const key = `${d}-${i}`;
      const { code, severity } = statusOf(result);
      this.verdictCounts.set(result.verdict.kind, (this.verdictCounts.get(result.verdict.kind) ?? 0) + 1);
      if (result.verdict.kind === 'supported') {
        for (const path of result.cited ?? [result.verdict.evidence[0]?.source].filter((p): p is string => !!p)) {
          const used = this.sourcesUsed.get(path) ?? { doc: this.sourceAt(path), statements: 0 };
          used.statements++;
          this.sourcesUsed.set(path, used);
        }
      }
      const flagged = result.finding ? ` flagged sev-${severity}` : '';
      marks.push({ key, classes: `v-${result.verdict.kind}${flagged}`, tooltip: `${result.finding ? `${code} (${severity})` : result.verdict.kind}: ${result.finding?.message ?? result.verdict.message}` });
      details.push(detailOf(key, result, code, severity));
      if (result.finding) {
        findings.push(`<tr data-st="${key}" class="sev-${severity}"><td><a href="#st-${key}" data-st="${key}">${escapeHtml(report.path)}:${startOf(result.finding.range)}</a></td><td><span class="badge sev-${severity}">${severity}</span></td><td><code>${code}</code></td><td>${escapeHtml(result.finding.message)}</td></tr>`);
      }
    });
    this.sections.push({ path: report.path, html: renderDraft(draft.text, report, marks), details, findings });
  }

  finished(summary: CheckSummary): void {
    const body = [
      '<header>',
      '<h1>Groundwork report</h1>',
      this.summaryHtml(summary),
      '</header>',
      '<main>',
      this.findingsHtml(),
      ...this.sections.map((s, d) => `<section class="draft" id="draft-${d}"><h2 class="draft-path">${escapeHtml(s.path)}</h2><article>${s.html}</article></section>`),
      '</main>',
      '<aside id="panel" aria-live="polite"><p class="hint">Click or hover a highlighted statement to see its verdict and evidence.</p></aside>',
      `<div id="details" hidden>${this.sections.flatMap((s) => s.details).join('')}</div>`,
      `<footer>Checked by groundwork ${escapeHtml(VERSION)}.</footer>`,
    ].join('\n');
    const csp = `default-src 'none'; style-src '${hash(STYLE)}'; script-src '${hash(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
    this.out.write([
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="referrer" content="no-referrer">',
      `<title>Groundwork report: ${escapeHtml(this.sections.map((s) => s.path).join(', ') || 'no drafts')}</title>`,
      `<style>${STYLE}</style>`,
      '</head>',
      '<body>',
      body,
      `<script>${SCRIPT}</script>`,
      '</body>',
      '</html>',
      '',
    ].join('\n'));
  }

  private summaryHtml(summary: CheckSummary): string {
    const total = summary.statements;
    const share = total ? Math.round((summary.supported / total) * 100) : 0;
    let x = 0;
    const rects: string[] = [];
    const legend: string[] = [];
    for (const { kind, label } of VERDICTS) {
      const n = this.verdictCounts.get(kind) ?? 0;
      if (n === 0) continue;
      const width = total ? (n / total) * 1000 : 0;
      rects.push(`<rect class="b-${kind}" x="${x.toFixed(1)}" y="0" width="${width.toFixed(1)}" height="20"><title>${label}: ${n}</title></rect>`);
      x += width;
      legend.push(`<li><span class="swatch b-${kind}"></span>${label} <b data-verdict="${kind}">${n}</b></li>`);
    }
    const sources = [...this.sourcesUsed.entries()].sort((a, b) => b[1].statements - a[1].statements || a[0].localeCompare(b[0]));
    const sourceRows = sources.map(([path, { doc, statements }]) => `<tr><td>${escapeHtml(doc?.title ?? '')}</td><td>${escapeHtml(doc?.published ?? '')}</td><td><code>${escapeHtml(path)}</code></td><td class="num">${statements}</td></tr>`).join('');
    return [
      '<section class="summary">',
      `<p class="counts"><b data-count="statements">${summary.statements}</b> statements in <b data-count="files">${summary.files}</b> ${summary.files === 1 ? 'draft' : 'drafts'} · <b data-count="supported">${summary.supported}</b> supported (<b data-count="share">${share}%</b> grounded) · <b data-count="flagged">${summary.flagged}</b> flagged: <b data-count="errors">${summary.errors}</b> errors, <b data-count="warnings">${summary.warnings}</b> warnings, <b data-count="info">${summary.info}</b> info</p>`,
      `<svg class="bar" viewBox="0 0 1000 20" preserveAspectRatio="none" role="img" aria-label="statements per verdict">${rects.join('')}</svg>`,
      `<ul class="legend">${legend.join('')}</ul>`,
      sources.length ? `<details class="sources" open><summary>Sources used (${sources.length})</summary><table><thead><tr><th>title</th><th>date</th><th>file</th><th>statements</th></tr></thead><tbody>${sourceRows}</tbody></table></details>` : '',
      '</section>',
    ].join('\n');
  }

  private findingsHtml(): string {
    const rows = this.sections.flatMap((s) => s.findings);
    if (rows.length === 0) return '<section class="findings"><h2>Findings</h2><p>No findings.</p></section>';
    return `<section class="findings"><h2>Findings (${rows.length})</h2><table><thead><tr><th>where</th><th>severity</th><th>code</th><th>message</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  }
}

function detailOf(key: string, result: StatementResult, code: string, severity: string): string {
  const verdict = result.verdict;
  const finding = result.finding;
  // The passages that bear on the verdict, as the editor's evidence view and the text report
  // list them (supporting ones best first, or the one it conflicts with); a citation finding's
  // own evidence is the source that supports the statement.
  const rows: { label: string; evidence: Evidence }[] = finding?.evidence && finding.evidence !== verdict.evidence
    ? finding.evidence.slice(0, 1).map((e) => ({ label: rowLabel(verdict, 'supports'), evidence: e }))
    : evidenceRows(verdict).map((row) => ({ label: rowLabel(verdict, row.role), evidence: row.evidence }));
  const words = wordsOf(result.statement.text);
  const cited = result.cited?.length ? `<p class="cited">Cites: ${result.cited.map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')}</p>` : '';
  const fixes = finding?.fixes.length ? `<p class="fixes">Fix: ${finding.fixes.map((f) => escapeHtml(f.title)).join('; ')}</p>` : '';
  return [
    `<div class="detail" id="detail-${key}">`,
    `<p class="verdict"><span class="badge v-${verdict.kind}">${escapeHtml(verdict.kind)}</span>${finding ? ` <span class="badge sev-${severity}">${severity}</span> <code>${code}</code>` : severity === 'off' ? ` <span class="badge sev-off">silenced</span> <code>${code}</code>` : ''} <span class="score">support ${verdict.score.toFixed(2)}</span></p>`,
    `<blockquote class="statement">${escapeHtml(result.statement.text)}</blockquote>`,
    `<p class="reason">${escapeHtml(finding?.message ?? verdict.message)}</p>`,
    cited,
    fixes,
    rows.length ? `<h3>Evidence</h3><ol class="evidence">${rows.map((r) => evidenceHtml(r.label, r.evidence, words)).join('')}</ol>` : '<p class="no-evidence">No source passage bears on it.</p>',
    '</div>',
  ].join('');
}

function evidenceHtml(label: string, e: Evidence, words: Set<string>): string {
  const where = e.page !== undefined ? `${e.source}, page ${e.page}` : `${e.source}:${startOf(e.range)}`;
  return `<li><p class="where">${escapeHtml(label)}: <code>${escapeHtml(where)}</code></p><p class="passage">${highlighted(e.text, words)}</p></li>`;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The statement's words worth marking in a passage: long words, figures and abbreviations (`US`, `G7`), not `the` or `of`. */
function wordsOf(text: string): Set<string> {
  return new Set([...text.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length > 3 || /\d/.test(w) || /^\p{Lu}{2,}$/u.test(w)).map((w) => w.toLowerCase()));
}

/** The passage with the words it shares with the statement marked. */
function highlighted(text: string, words: Set<string>): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    out += escapeHtml(text.slice(last, m.index));
    out += words.has(m[0].toLowerCase()) && (m[0].length > 3 || /\d/.test(m[0]) || /^\p{Lu}{2,}$/u.test(m[0])) ? `<mark>${escapeHtml(m[0])}</mark>` : escapeHtml(m[0]);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function hash(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

const STYLE = `
:root { --ok: #1a7f37; --ok-bg: #dafbe1; --warn: #9a6700; --warn-bg: #fff1c2; --err: #cf222e; --err-bg: #ffdfe0; --info: #0969da; --info-bg: #ddf4ff; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; display: grid; grid-template-columns: minmax(0, 1fr) 26rem; grid-template-areas: "header header" "main panel" "footer footer"; gap: 0 1.5rem; }
header { grid-area: header; background: #fff; border-bottom: 1px solid var(--line); padding: 1rem 2rem; }
header h1 { margin: 0 0 .5rem; font-size: 1.3rem; }
main { grid-area: main; padding: 1rem 0 2rem 2rem; min-width: 0; }
footer { grid-area: footer; color: var(--muted); font-size: .85rem; padding: 1rem 2rem; }
#panel { grid-area: panel; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; background: #fff; border-left: 1px solid var(--line); padding: 1rem 1.25rem; font-size: .92rem; }
#panel .hint { color: var(--muted); }
.counts { margin: .25rem 0 .5rem; }
.bar { width: 100%; height: 20px; display: block; border-radius: 4px; background: #eaeef2; }
.legend { list-style: none; padding: 0; margin: .4rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .9rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; vertical-align: -.05em; }
.b-supported { fill: var(--ok); background: var(--ok); } .b-unsupported { fill: #d4a72c; background: #d4a72c; }
.b-misquote, .b-misattributed, .b-number-mismatch, .b-contradicted { fill: var(--err); background: var(--err); }
.b-misattributed { fill: #a40e26; background: #a40e26; } .b-number-mismatch { fill: #fa4549; background: #fa4549; } .b-contradicted { fill: #82071e; background: #82071e; }
.sources summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; }
.findings h2, .draft-path { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
.findings tr { cursor: pointer; } .findings tr:hover { background: #f6f8fa; }
.draft article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 2rem 1rem; }
.st { border-radius: 3px; cursor: pointer; padding: .05em 0; }
.st.v-supported { background: var(--ok-bg); }
.st.flagged.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
.st.flagged.sev-warning { background: var(--warn-bg); box-shadow: inset 0 -2px 0 #d4a72c; }
.st.flagged.sev-error { background: var(--err-bg); box-shadow: inset 0 -2px 0 var(--err); }
.st.focus { text-decoration: underline wavy var(--err); text-underline-offset: 3px; }
.st.selected { outline: 2px solid #0969da; }
.badge { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: .8rem; font-weight: 600; color: #fff; background: var(--muted); }
.badge.v-supported { background: var(--ok); } .badge.v-unsupported, .badge.sev-warning { background: var(--warn); }
.badge.v-misquote, .badge.v-misattributed, .badge.v-number-mismatch, .badge.v-contradicted, .badge.sev-error { background: var(--err); }
.badge.sev-info { background: var(--info); }
.detail .statement { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); }
.detail .score { color: var(--muted); font-size: .85rem; }
.evidence { padding-left: 1.2rem; } .evidence .where { margin: .2rem 0; } .passage { margin: 0 0 .6rem; }
mark { background: #fff8c5; box-shadow: inset 0 -2px 0 #d4a72c; }
.link { color: #0969da; } code.raw { color: var(--muted); }
.footnotes { font-size: .9rem; }
@media (max-width: 900px) { body { grid-template-columns: 1fr; grid-template-areas: "header" "panel" "main" "footer"; } #panel { position: static; max-height: none; border: 0; } main { padding: 1rem; } }
@media print { #panel { display: none; } body { display: block; } }
`;

const SCRIPT = `
(() => {
  const panel = document.getElementById('panel');
  let pinned = null;
  const show = (key) => {
    const detail = document.getElementById('detail-' + key);
    if (!detail) return;
    panel.replaceChildren(detail.cloneNode(true));
    panel.firstChild.removeAttribute('id');
    panel.dataset.st = key;
    for (const el of document.querySelectorAll('.st.selected')) el.classList.remove('selected');
    for (const el of document.querySelectorAll('.st[data-st="' + key + '"]')) el.classList.add('selected');
  };
  document.addEventListener('click', (event) => {
    const target = event.target.closest('[data-st]');
    if (!target) return;
    pinned = target.dataset.st;
    show(pinned);
  });
  document.addEventListener('mouseover', (event) => {
    const target = event.target.closest('.st[data-st]');
    if (target && pinned === null) show(target.dataset.st);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target.closest && event.target.closest('.st[data-st]');
    if (target && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); pinned = target.dataset.st; show(pinned); }
  });
  const fromHash = () => {
    const match = /^#st-(\\d+-\\d+)$/.exec(location.hash);
    if (match) { pinned = match[1]; show(pinned); }
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
`;
