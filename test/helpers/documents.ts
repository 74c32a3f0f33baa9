// The one way tests make a source document from text: a plain-text source as the reader gives it,
// with nothing excluded and no warnings. Its id is its path unless the test names another.
import type { SourceDocument } from '../../src/core/model.js';

export function textSource(path: string, text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return { id: path, path, format: 'txt', text, excluded: [], warnings: [], ...extra };
}
