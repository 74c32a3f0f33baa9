// Stand-in for the extension under test: just enough behaviour for the harness's own suite and
// e2e spec to observe through the real VS Code APIs and UI.
'use strict';

const vscode = require('vscode');

const TODO_MARKER = /\bTODO\b/g;

function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('groundwork-fixture');
  context.subscriptions.push(diagnostics);

  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: 'markdown' }, {
      provideHover(document, position) {
        const range = document.getWordRangeAtPosition(position);
        if (!range) return undefined;
        const word = document.getText(range);
        return new vscode.Hover(new vscode.MarkdownString(`**Fixture hover**: \`${word}\``), range);
      },
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('groundworkFixture.countWords', (uri) => {
      const document = uri
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      if (!document) return 0;
      return document.getText().split(/\s+/).filter(Boolean).length;
    }),
  );

  const publish = (document) => {
    if (document.languageId !== 'markdown') return;
    const found = [];
    const text = document.getText();
    for (const match of text.matchAll(TODO_MARKER)) {
      const start = document.positionAt(match.index);
      const end = document.positionAt(match.index + match[0].length);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), 'Fixture: TODO left in draft', vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'groundwork-fixture';
      diagnostic.code = 'todo-left';
      found.push(diagnostic);
    }
    diagnostics.set(document.uri, found);
  };
  vscode.workspace.textDocuments.forEach(publish);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(publish),
    vscode.workspace.onDidChangeTextDocument((event) => publish(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => diagnostics.delete(document.uri)),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
