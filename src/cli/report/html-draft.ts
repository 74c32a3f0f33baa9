// A draft rendered to HTML as a reader sees it, each statement's words wrapped in elements that
// carry its verdict. Every piece of draft text is escaped; raw HTML in the draft is never passed
// through (comments are dropped, other HTML is shown as text), and no element loads anything.
import type { Nodes } from 'mdast';
import { parseMarkdownTrees, spanOfNode, type MarkdownSource } from '../../core/draft/markdown-tree.js';
import type { DraftReport } from '../../core/model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** How a statement's words are marked: its key (for the details panel), classes and tooltip. */
export interface StatementMark {
  key: string;
  classes: string;
  tooltip: string;
}

/**
 * The draft's HTML. `marks[i]` describes statement i of the report; `focus` are draft ranges of the
 * parts at fault (a quote, a figure), underlined inside their statement.
 */
export function renderDraft(text: string, report: DraftReport, marks: readonly StatementMark[]): string {
  const owner = new Int32Array(text.length).fill(-1);
  const focus = new Uint8Array(text.length);
  report.results.forEach((result, i) => {
    owner.fill(i, result.statement.span.start, result.statement.span.end);
    const f = result.finding;
    if (f && (f.span.start !== result.statement.span.start || f.span.end !== result.statement.span.end)) focus.fill(1, f.span.start, f.span.end);
  });
  const first = new Set<number>();
  const renderer = new Renderer(text, owner, focus, marks, first);
  const out: string[] = [];
  const footnotes: string[] = [];
  for (const tree of parseMarkdownTrees(text)) {
    for (const child of tree.root.children) {
      if (child.type === 'footnoteDefinition') footnotes.push(`<li id="fn-${escapeHtml(child.identifier)}">${renderer.children(child.children as Nodes[], tree.source)}</li>`);
      else out.push(renderer.node(child as Nodes, tree.source));
    }
  }
  if (footnotes.length) out.push(`<section class="footnotes"><hr><ol>${footnotes.join('')}</ol></section>`);
  return out.join('\n');
}

class Renderer {
  constructor(
    private readonly text: string,
    private readonly owner: Int32Array,
    private readonly focus: Uint8Array,
    private readonly marks: readonly StatementMark[],
    /** Statements whose first element has been written (it carries the id the findings table links to). */
    private readonly anchored: Set<number>,
  ) {}

  children(nodes: readonly Nodes[], source: MarkdownSource): string {
    return nodes.map((n) => this.node(n, source)).join('');
  }

  node(node: Nodes, source: MarkdownSource): string {
    const inner = (): string => ('children' in node ? this.children(node.children as Nodes[], source) : '');
    switch (node.type) {
      case 'heading':
        return `<h${node.depth + 1}>${inner()}</h${node.depth + 1}>`;
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'blockquote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start != null && node.start !== 1 ? ` start="${Number(node.start)}"` : '';
        return `<${tag}${start}>${inner()}</${tag}>`;
      }
      case 'listItem': {
        const box = node.checked === true ? '☑ ' : node.checked === false ? '☐ ' : '';
        return `<li>${box}${inner()}</li>`;
      }
      case 'table': {
        const [head, ...body] = node.children;
        const row = (r: typeof head, cell: 'th' | 'td'): string => `<tr>${r!.children.map((c) => `<${cell}>${this.children(c.children as Nodes[], source)}</${cell}>`).join('')}</tr>`;
        return `<table>${head ? `<thead>${row(head, 'th')}</thead>` : ''}<tbody>${body.map((r) => row(r, 'td')).join('')}</tbody></table>`;
      }
      case 'code':
        return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
      case 'thematicBreak':
        return '<hr>';
      case 'html':
        // Comments (suppressions) are invisible to a reader; other HTML is shown, never run.
        return /^\s*<!--/.test(node.value) ? '' : `<code class="raw">${escapeHtml(node.value)}</code>`;
      case 'text':
        return this.textOf(node.value, spanOfNode(node, source));
      case 'emphasis':
        return `<em>${inner()}</em>`;
      case 'strong':
        return `<strong>${inner()}</strong>`;
      case 'delete':
        return `<del>${inner()}</del>`;
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'break':
        return '<br>';
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : '';
        const title = url ? ` title="${escapeHtml(url)}"` : '';
        // The report is read away from the draft's folder: relative links would lead nowhere.
        if (/^https?:\/\//i.test(url)) return `<a class="link" href="${escapeHtml(url)}" rel="noopener noreferrer"${title}>${inner()}</a>`;
        return `<span class="link"${title}>${inner()}</span>`;
      }
      case 'footnoteReference':
        return `<sup class="fnref"><a href="#fn-${escapeHtml(node.identifier)}">${escapeHtml(node.label ?? node.identifier)}</a></sup>`;
      case 'image':
      case 'imageReference':
        return node.alt ? `<span class="image">[image: ${escapeHtml(node.alt)}]</span>` : '';
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
        return '';
      default:
        return inner();
    }
  }

  /** A text node's words, each run of one statement wrapped in its mark. */
  private textOf(value: string, span: { start: number; end: number } | undefined): string {
    // The value differs from its source when escapes or references were decoded: then the node
    // goes whole to the statement it starts in.
    const aligned = span !== undefined && this.text.slice(span.start, span.end) === value;
    const pieces: string[] = [];
    let i = 0;
    while (i < value.length) {
      const at = aligned ? span!.start + i : span?.start ?? -1;
      const owner = at >= 0 ? this.owner[at]! : -1;
      const inFocus = at >= 0 && aligned ? this.focus[at] === 1 : false;
      let j = i + 1;
      if (aligned) {
        while (j < value.length && this.owner[span!.start + j] === owner && (this.focus[span!.start + j] === 1) === inFocus) j++;
      } else {
        j = value.length;
      }
      pieces.push(this.wrap(escapeHtml(value.slice(i, j)), owner, inFocus));
      i = j;
    }
    return pieces.join('');
  }

  private wrap(html: string, owner: number, inFocus: boolean): string {
    const mark = owner >= 0 ? this.marks[owner] : undefined;
    if (!mark) return html;
    const id = this.anchored.has(owner) ? '' : ` id="st-${mark.key}"`;
    this.anchored.add(owner);
    return `<span${id} class="st ${mark.classes}${inFocus ? ' focus' : ''}" data-st="${mark.key}" title="${escapeHtml(mark.tooltip)}" tabindex="0">${html}</span>`;
  }
}
