// The sources offered where a citation is typed (`[...](▮`, `[^▮`): best evidence for the
// sentence being cited first, then the rest by title. Each with what to insert in the draft's
// terms: a path relative to the draft, or a footnote label (and, for a new one, its definition).
import { relativePath } from '../citation.js';
import { appendDefinition, definitionFor, definitionText, newLabel } from '../citations.js';
import type { GroundworkConfig } from '../config/types.js';
import type { Corpus } from '../index/corpus.js';
import type { Draft, SourceDocument, Span } from '../model.js';
import type { CitationContext } from '../completions.js';

export interface CitationCandidate {
  doc: SourceDocument;
  /** The source's title (its file name when it has none). */
  label: string;
  /** Date and path, for the list. */
  detail: string;
  /** Replaces what is typed from `context.start`. */
  insertText: string;
  /** A footnote definition to add at the end of the draft with it. */
  definition?: { span: Span; replacement: string };
  /** Whether the source supports the sentence (one of its best passages). */
  evidence: boolean;
}

const SEARCHED = 20;
const MAX_CANDIDATES = 50;

export function citationCandidates(corpus: Corpus, draft: Draft, context: CitationContext, config: GroundworkConfig): CitationCandidate[] {
  const ranked = new Map<string, SourceDocument>();
  const supporting = new Set<string>();
  if (context.sentence) {
    for (const hit of corpus.search(context.sentence, SEARCHED)) {
      const doc = corpus.getDocument(hit.passage.docId);
      if (doc && !ranked.has(doc.id)) ranked.set(doc.id, doc);
      supporting.add(hit.passage.docId);
    }
  }
  const rest = corpus.documents.filter((d) => !ranked.has(d.id)).sort((a, b) => (a.title ?? a.path).localeCompare(b.title ?? b.path));
  const typed = context.typed.toLowerCase();
  const out: CitationCandidate[] = [];
  for (const doc of [...ranked.values(), ...rest]) {
    const path = relativePath(draft.path, doc.path);
    if (typed && !path.toLowerCase().includes(typed) && !(doc.title ?? '').toLowerCase().includes(typed) && !doc.id.toLowerCase().startsWith(typed)) continue;
    const label = doc.title ?? doc.path.slice(doc.path.lastIndexOf('/') + 1);
    const detail = [doc.published, doc.path].filter(Boolean).join(' · ');
    const candidate: CitationCandidate = { doc, label, detail, insertText: path, evidence: supporting.has(doc.id) };
    if (context.style === 'footnote') {
      const existing = definitionFor(corpus, draft, doc, 'footnote', config);
      const footnote = existing?.label ?? newLabel(draft, doc, 'footnote');
      candidate.insertText = `${footnote}]`;
      if (!existing) candidate.definition = appendDefinition(draft, definitionText(draft, doc, 'footnote', footnote));
    }
    out.push(candidate);
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}


