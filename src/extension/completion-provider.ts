// Completions in a draft: entity names, quotations (after " or “) and figures from the sources.
import { shorten } from '../core/text/shorten.js';
import * as vscode from 'vscode';
import { citationCandidates, type CitationCandidate } from '../core/completion/citation-candidates.js';
import { completionContext, type EntityCandidate, type FigureCandidate, type QuoteCandidate } from '../core/completions.js';
import { parseDraft } from '../core/draft/parse.js';
import type { EntityKind } from '../core/model.js';
import { relativePathOf } from './convert.js';
import type { Configuration } from './configuration.js';
import type { DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';

export const QUOTE_TRIGGERS = ['"', '“'];
/** `(` after `]` opens a link destination, `^` after `[` a footnote: sources are offered. */
export const CITATION_TRIGGERS = ['(', '^'];

const ITEM_KIND: Record<EntityKind, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User,
  organisation: vscode.CompletionItemKind.Module,
  place: vscode.CompletionItemKind.Folder,
  work: vscode.CompletionItemKind.Reference,
  number: vscode.CompletionItemKind.Constant,
  date: vscode.CompletionItemKind.Constant,
};

export class GroundworkCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly folder: vscode.WorkspaceFolder, private readonly checker: DraftChecker, private readonly index: SourceIndex, private readonly configuration: Configuration) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): vscode.CompletionList | undefined {
    if (!this.checker.isDraft(document) || token?.isCancellationRequested) return undefined;
    const text = document.getText();
    const offset = document.offsetAt(position);
    const context = completionContext(text, offset);
    if (!context) return undefined;
    const completions = this.index.completions;
    const items: vscode.CompletionItem[] = [];
    if (context.kind === 'citation') {
      const draftPath = relativePathOf(this.folder.uri, document.uri) ?? '';
      const draft = parseDraft(text, draftPath);
      const range = new vscode.Range(document.positionAt(context.start), position);
      citationCandidates(this.index.corpus, draft, context, this.configuration.config).forEach((c, i) => items.push(citationItem(document, c, i, range)));
      return new vscode.CompletionList(items, true);
    }
    if (context.kind === 'quote') {
      const draftPath = relativePathOf(this.folder.uri, document.uri) ?? '';
      const end = context.closedAfter ? position.translate(0, context.close.length) : position;
      const range = new vscode.Range(document.positionAt(context.start), end);
      completions.quotes(context, { draftPath }).forEach((c, i) => items.push(quoteItem(c, i, range, context.typed)));
    } else {
      const range = (start: number) => new vscode.Range(document.positionAt(start), position);
      completions.entities(context).forEach((c, i) => items.push(entityItem(c, i, range(c.start), text.slice(c.start, offset))));
      completions.figures(context.prefix).forEach((c, i) => items.push(figureItem(c, i, range(context.start))));
    }
    // Fuzzy matches change with every keystroke: ask again rather than let VS Code filter.
    return new vscode.CompletionList(items, true);
  }
}

function sortText(group: number, i: number): string {
  return `${group}${String(i).padStart(4, '0')}`;
}

function entityItem(c: EntityCandidate, i: number, range: vscode.Range, typed: string): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: c.label, description: c.detail }, ITEM_KIND[c.entity.kind]);
  item.detail = c.detail;
  item.range = range;
  item.sortText = sortText(1, i);
  // Approximate matches ("Zhuo" for Zhou Mi) would fail VS Code's own filter on the label.
  if (c.fuzzy) item.filterText = typed;
  const roles = c.entity.roles.slice(0, 2).join('; ');
  const md = new vscode.MarkdownString();
  md.appendText([c.entity.name, roles].filter(Boolean).join(' — '));
  item.documentation = md;
  return item;
}

function quoteItem(c: QuoteCandidate, i: number, range: vscode.Range, typed: string): vscode.CompletionItem {
  const label = shorten(c.label, 78);
  const item = new vscode.CompletionItem({ label, description: c.speaker }, vscode.CompletionItemKind.Text);
  item.detail = c.detail;
  item.insertText = c.insertText;
  item.range = range;
  item.sortText = sortText(0, i);
  item.filterText = typed ? `${typed} ${c.label}` : c.label;
  const md = new vscode.MarkdownString();
  md.appendText(`“${c.label}”`);
  md.appendMarkdown('\n\nInserts: ');
  md.appendText(c.insertText);
  item.documentation = md;
  return item;
}

function figureItem(c: FigureCandidate, i: number, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: c.label, description: c.source }, vscode.CompletionItemKind.Value);
  item.detail = `${c.detail}${c.count > 1 ? ` (×${c.count})` : ''}`;
  item.range = range;
  item.sortText = sortText(2, i);
  const md = new vscode.MarkdownString();
  md.appendText(c.snippet);
  item.documentation = md;
  return item;
}

function citationItem(document: vscode.TextDocument, c: CitationCandidate, i: number, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: c.label, description: c.detail }, vscode.CompletionItemKind.File);
  item.detail = c.evidence ? `${c.detail} — supports this sentence` : c.detail;
  item.insertText = c.insertText;
  item.range = range;
  item.sortText = sortText(0, i);
  // Typed text may match the path or the title: keep both for VS Code's own filter.
  item.filterText = `${c.insertText} ${c.label}`;
  if (c.definition) item.additionalTextEdits = [vscode.TextEdit.insert(document.positionAt(c.definition.span.start), c.definition.replacement)];
  const md = new vscode.MarkdownString();
  md.appendText(`${c.label}\n${c.detail}`);
  item.documentation = md;
  return item;
}
