// Hover cards over a draft: the quote, the entity and the statement under the pointer.
import * as vscode from 'vscode';
import { entityAt, entityCard, quoteAt, quoteReport } from '../core/lookup.js';
import type { DraftChecker } from './draft-checker.js';
import { entityMarkdown, OPEN_SOURCE_COMMAND, quoteMarkdown, SHOW_EVIDENCE_COMMAND, statementMarkdown } from './hover-cards.js';
import type { SourceIndex } from './source-index.js';
import { spanToRange } from './convert.js';

export class GroundworkHoverProvider implements vscode.HoverProvider {
  constructor(private readonly checker: DraftChecker, private readonly index: SourceIndex) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.checker.isDraft(document)) return undefined;
    await this.index.firstBuild;
    // A hover on text typed a moment ago waits for its check rather than show a stale verdict.
    const check = await this.checker.ensureCurrent(document);
    if (token.isCancellationRequested || !check || check.documentVersion !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const corpus = this.index.corpus;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    const quote = quoteAt(check.draft, offset);
    if (quote) {
      parts.push(card(quoteMarkdown(quote.quote.text, quoteReport(corpus, quote.quote.text))));
      range = spanToRange(document, quote.span);
    } else {
      const hit = entityAt(corpus, check.text, offset);
      if (hit) {
        parts.push(card(entityMarkdown(entityCard(corpus, hit.entity))));
        range = spanToRange(document, hit.span);
      }
    }
    const result = this.checker.resultAt(document, offset);
    if (result) {
      parts.push(card(statementMarkdown(result, { uri: document.uri.toString(), line: position.line, character: position.character })));
      range ??= spanToRange(document, result.statement.span);
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}

function card(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, true);
  // Links may run our own command only; everything from a source is escaped text.
  md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND, SHOW_EVIDENCE_COMMAND] };
  md.supportHtml = false;
  return md;
}
