// The evidence view: a panel beside the draft that explains the statement under the cursor (its
// verdict, its support score, why, and the passages that bear on it) and follows the cursor.
import * as vscode from 'vscode';
import { explainStatement, VERDICT_TITLE } from '../core/explain.js';
import type { StatementResult } from '../core/model.js';
import type { DraftChecker } from './draft-checker.js';
import { evidenceHtml, placeholderHtml } from './evidence-html.js';
import { OPEN_SOURCE_COMMAND } from './hover-cards.js';
import { relativePathOf } from './convert.js';
import type { SourceIndex } from './source-index.js';

const VIEW_TYPE = 'groundwork.evidence';
const FOLLOW_DELAY_MS = 150;

export class EvidencePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { key: string; html: string; kind?: string } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<void>();
  /** Fires each time the panel shows something new. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly folder: vscode.WorkspaceFolder, private readonly checker: DraftChecker, private readonly index: SourceIndex) {
    this.disposables.push(
      this.rendered,
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.panel && event.textEditor.document.languageId === 'markdown') this.follow(event.textEditor);
      }),
      checker.onDidCheck((check) => {
        const editor = vscode.window.activeTextEditor;
        if (this.panel && editor && check.uri.toString() === editor.document.uri.toString()) this.follow(editor, 0);
      }),
    );
  }

  /** What the panel shows, for tests: whether it is open, the verdict shown and the page. */
  get state(): { open: boolean; kind?: string; html?: string } {
    return { open: !!this.panel, ...(this.shown?.kind ? { kind: this.shown.kind } : {}), ...(this.shown ? { html: this.shown.html } : {}) };
  }

  /** Opens the panel (or brings it forward) on the statement at `position` of `editor`, the cursor by default. */
  async show(editor: vscode.TextEditor | undefined, position?: vscode.Position): Promise<boolean> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Groundwork Evidence', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        // No scripts and no local files: the page is static HTML; its links run one command of ours.
        enableScripts: false,
        enableCommandUris: [OPEN_SOURCE_COMMAND],
        localResourceRoots: [],
        enableFindWidget: true,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
      }, undefined, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    return this.render(editor, position);
  }

  private follow(editor: vscode.TextEditor, delay = FOLLOW_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render(editor);
    }, delay);
  }

  private async render(editor: vscode.TextEditor | undefined, position?: vscode.Position): Promise<boolean> {
    if (!this.panel) return false;
    const document = editor?.document;
    if (!document || !this.checker.isDraft(document)) {
      this.put('none', undefined, placeholderHtml(nonce(), this.checker.idle === 'not-set-up'
        ? 'Groundwork is not set up in this workspace: run "Groundwork: Set Up Workspace" to choose the folder of sources.'
        : 'Put the cursor in a statement of a draft to see the evidence for it.'));
      return false;
    }
    await this.checker.ensureCurrent(document);
    if (!this.panel) return false;
    const offset = document.offsetAt(position ?? editor.selection.active);
    const result = this.checker.resultAt(document, offset);
    if (!result) {
      this.put(`${document.uri}#none`, undefined, placeholderHtml(nonce(), 'The cursor is not in a statement Groundwork checks (headings, code and front matter are not checked).'));
      return false;
    }
    const key = `${document.uri}#${document.version}#${result.statement.span.start}`;
    if (this.shown?.key !== key) this.put(key, result.verdict.kind, this.pageOf(document, result));
    return true;
  }

  private pageOf(document: vscode.TextDocument, result: StatementResult): string {
    const path = relativePathOf(this.folder.uri, document.uri) ?? document.uri.path.split('/').pop() ?? '';
    return evidenceHtml(explainStatement(this.index.corpus, result), { nonce: nonce(), statementPlace: `${path}:${result.range.start.line + 1}` });
  }

  private put(key: string, kind: string | undefined, html: string): void {
    if (!this.panel) return;
    if (this.shown?.key === key) return;
    this.shown = { key, html, ...(kind ? { kind } : {}) };
    this.panel.webview.html = html;
    this.panel.title = kind ? `Evidence: ${VERDICT_TITLE[kind as keyof typeof VERDICT_TITLE] ?? kind}` : 'Groundwork Evidence';
    this.rendered.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function nonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
}
