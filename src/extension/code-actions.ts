// Quick fixes on a draft: the fixes the core proposes with each finding, a citation to the best
// evidence, and a suppression comment. All are WorkspaceEdits of the draft (undoable); a source
// file is never edited.
import * as vscode from 'vscode';
import { citationOf, citationOffset } from '../core/citation.js';
import { disableFileInsertion } from '../core/draft/parse.js';
import type { Finding, StatementResult } from '../core/model.js';
import { spanToRange } from './convert.js';
import type { DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';

export class GroundworkCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly checker: DraftChecker, private readonly index: SourceIndex, private readonly log: vscode.LogOutputChannel) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token?: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (!this.checker.isDraft(document)) return [];
    // Offsets of a check apply only to the text it read: check the text as it is now.
    const check = await this.checker.ensureCurrent(document);
    if (token?.isCancellationRequested) return [];
    if (!check || check.documentVersion !== document.version) {
      this.log.debug(`No quick fixes for ${document.uri.toString()} v${document.version}: no check of this version yet`);
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const touched = check.report.results.filter((r) => r.statement.span.start <= end && start <= r.statement.span.end);
    for (const result of touched) {
      const diagnostic = result.finding && context.diagnostics.find((d) => matches(d, result.finding!, document));
      if (result.finding) {
        for (const fix of result.finding.fixes) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.replace(document.uri, spanToRange(document, fix.span), fix.replacement);
          for (const more of fix.more ?? []) action.edit.replace(document.uri, spanToRange(document, more.span), more.replacement);
          if (diagnostic) action.diagnostics = [diagnostic];
          action.isPreferred = true;
          actions.push(action);
        }
      }
      const citation = this.citationAction(document, check.path, check.text, result);
      if (citation) {
        if (diagnostic) citation.diagnostics = [diagnostic];
        actions.push(citation);
      }
      if (result.finding) actions.push(suppressAction(document, result, result.finding, diagnostic));
    }
    if (touched.some((r) => r.finding)) actions.push(disableFileAction(document));
    return actions;
  }

  private citationAction(document: vscode.TextDocument, draftPath: string, text: string, result: StatementResult): vscode.CodeAction | undefined {
    const best = result.verdict.evidence[0];
    // A misquote's evidence is the closest quote, not support; citing it would mislead. A statement
    // that cites already, or whose finding brings its own citation fix, needs no other.
    if (!best || result.verdict.kind === 'misquote' || result.verdict.kind === 'unsupported' && best.score < 0.3) return undefined;
    if (result.statement.citations?.length || result.finding?.code === 'uncited-statement') return undefined;
    const doc = this.index.corpus.getDocument(best.docId) ?? { path: best.source };
    const link = citationOf(doc, draftPath);
    if (text.slice(result.statement.span.start, result.statement.span.end).includes(`](`)) return undefined;
    const action = new vscode.CodeAction(`Insert citation to the best evidence (${best.source}:${best.range.start.line + 1})`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, document.positionAt(citationOffset(text, result.statement.span)), ` ${link}`);
    return action;
  }
}

// A comment on a line of its own would split a wrapped paragraph (an HTML comment starts a new
// block), so the suppression goes at the end of the statement's last line instead.
function suppressAction(document: vscode.TextDocument, result: StatementResult, finding: Finding, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction {
  const line = document.lineAt(document.positionAt(result.statement.span.end).line);
  const action = new vscode.CodeAction(`Suppress ${finding.code} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, line.range.end, ` <!-- groundwork-disable-line ${finding.code} -->`);
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

function disableFileAction(document: vscode.TextDocument): vscode.CodeAction {
  const action = new vscode.CodeAction('Disable Groundwork for this file', vscode.CodeActionKind.QuickFix);
  const insertion = disableFileInsertion(document.getText());
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
  return action;
}

function matches(diagnostic: vscode.Diagnostic, finding: Finding, document: vscode.TextDocument): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === 'groundwork' && code === finding.code && diagnostic.range.isEqual(spanToRange(document, finding.span));
}
