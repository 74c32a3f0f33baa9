// For suites running in the extension host: wait on diagnostics events instead of sleeping.
import * as vscode from 'vscode';

/**
 * Resolves with `languages.getDiagnostics(uri)` as soon as `accept` approves it (checked now and on
 * every change for uri); rejects after timeoutMs with the last diagnostics seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const target = uri.toString();
    const check = (): void => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return;
      finish();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === target)) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
      reject(new Error(`diagnostics for ${uri.fsPath} not as expected after ${timeoutMs} ms; last seen: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const finish = (): void => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}
