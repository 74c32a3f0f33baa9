// All conversion between core values and VS Code values: offsets and line ranges, severities,
// workspace-relative paths and URIs. Paths stay workspace-relative strings in the core; URIs
// appear only here, at the edge.
import * as vscode from 'vscode';
import type { Evidence, LineRange, Severity, Span } from '../core/model.js';
import { archiveUri } from './archive.js';

export function toRange(range: LineRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function spanToRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

/** The URI of a workspace-relative path. */
export function uriOf(folder: vscode.Uri, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...path.split('/'));
}

/** The workspace-relative path of a URI with forward slashes, or undefined outside the folder. */
export function relativePathOf(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (!uri.path.startsWith(base)) return undefined;
  return uri.path.slice(base.length);
}

export function evidenceLocation(folder: vscode.Uri, evidence: Evidence): vscode.Location {
  return new vscode.Location(sourceUri(folder, evidence.source), toRange(evidence.range));
}

/** Where a source opens: a workspace file, or an archived article (`archive:ID`, as evidence names it). */
export function sourceUri(folder: vscode.Uri, source: string): vscode.Uri {
  return source.startsWith('archive:') ? archiveUri(source.slice('archive:'.length)) : uriOf(folder, source);
}
