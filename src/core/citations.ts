// What a statement's citations point at, judged against the corpus: a source (by path relative
// to the draft, by `id` or by `url` from its front matter), a broken citation (a path where a
// source would be that no source was read from), or an ordinary link that cites nothing.
import { citationOf, citationOffset, linkLabel, relativePath } from './citation.js';
import { createMatcher, type PathMatcher } from './config/glob.js';
import type { GroundworkConfig } from './config/types.js';
import { Corpus } from './index/corpus.js';
import type { Citation, CitationStyle, Draft, Fix, LinkDefinition, SourceDocument, Span, Statement } from './model.js';
import { sourceFormatOf } from './sources/read.js';

export type ResolvedCitation =
  | { citation: Citation; doc: SourceDocument }
  | { citation: Citation; broken: string };

/** The citations of a statement that name a source or try to; ordinary links are left out. */
export function resolveCitations(corpus: Corpus, draftPath: string, statement: Statement, config: GroundworkConfig): ResolvedCitation[] {
  const out: ResolvedCitation[] = [];
  for (const citation of statement.citations ?? []) {
    const resolved = resolveCitation(corpus, draftPath, citation, config);
    if (resolved) out.push(resolved);
  }
  return out;
}

export function resolveCitation(corpus: Corpus, draftPath: string, citation: Citation, config: GroundworkConfig): ResolvedCitation | undefined {
  const lookup = lookupOf(corpus, config);
  const target = citation.target.trim();
  if (target === '' || target.startsWith('#')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    const doc = lookup.byUrl.get(normalUrl(target));
    return doc ? { citation, doc } : undefined;
  }
  const byId = lookup.byId.get(target);
  if (byId && !target.includes('/') && !sourceFormatOf(target)) return { citation, doc: byId };
  const path = workspacePath(draftPath, stripSuffixes(target));
  if (path === undefined) return looksLikeSource(target) ? { citation, broken: `${target} is outside the workspace` } : undefined;
  const doc = corpus.documentAt(path);
  if (doc) return { citation, doc };
  if (byId) return { citation, doc: byId };
  if (lookup.matcher.isExcluded(path)) return { citation, broken: `${path} is excluded (\`exclude\` in groundwork.yaml)` };
  if (lookup.matchesSources(path)) return { citation, broken: `no source was read from ${path}: the file is missing or could not be read` };
  if (lookup.sourceFolders.has(folderOf(path)) || looksLikeSource(path)) return { citation, broken: `${path} is not a source (not matched by \`sources\`, or missing)` };
  return undefined;
}

/** A file of a format Groundwork reads that is no draft: a .md link may be another draft, a .pdf is meant as a source. */
function looksLikeSource(path: string): boolean {
  const format = sourceFormatOf(stripSuffixes(path));
  return format !== undefined && format !== 'md';
}

function stripSuffixes(target: string): string {
  let path = target.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray `%` is a character of the name.
  }
  return path;
}

/** The workspace-relative path a link of the draft points at; undefined when it leaves the workspace. */
export function workspacePath(draftPath: string, target: string): string | undefined {
  const parts = target.startsWith('/') ? [] : draftPath.split('/').slice(0, -1);
  for (const part of target.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

function normalUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

interface Lookup {
  revision: number;
  byId: Map<string, SourceDocument>;
  byUrl: Map<string, SourceDocument>;
  sourceFolders: Set<string>;
}

interface Matchers {
  matcher: PathMatcher;
  /** Matches a `sources` glob, excluded or not. */
  matchesSources(path: string): boolean;
}

const lookups = new WeakMap<Corpus, Lookup>();
const matchers = new WeakMap<GroundworkConfig, Matchers>();

function lookupOf(corpus: Corpus, config: GroundworkConfig): Lookup & Matchers {
  let m = matchers.get(config);
  if (!m) {
    const sourcesOnly = createMatcher({ ...config, exclude: [] });
    m = { matcher: createMatcher(config), matchesSources: (p) => sourcesOnly.isSource(p) };
    matchers.set(config, m);
  }
  let lookup = lookups.get(corpus);
  if (!lookup || lookup.revision !== corpus.revision) {
    lookup = { revision: corpus.revision, byId: new Map(), byUrl: new Map(), sourceFolders: new Set() };
    for (const doc of corpus.documents) {
      lookup.byId.set(doc.id, doc);
      if (doc.url) lookup.byUrl.set(normalUrl(doc.url), doc);
      lookup.sourceFolders.add(folderOf(doc.path));
    }
    lookups.set(corpus, lookup);
  }
  return { ...lookup, ...m };
}

// A statement is judged against what it cites in a corpus of just those sources. Such corpora are
// small (one or two documents) and kept per set of documents while the corpus does not change.
const citedCorpora = new WeakMap<Corpus, { revision: number; corpora: Map<string, Corpus> }>();
const MAX_CITED_CORPORA = 64;

/** A corpus of the cited documents alone, to judge a statement against what it cites. */
export function citedCorpus(corpus: Corpus, docs: readonly SourceDocument[], config: GroundworkConfig): Corpus {
  let entry = citedCorpora.get(corpus);
  if (!entry || entry.revision !== corpus.revision) {
    entry = { revision: corpus.revision, corpora: new Map() };
    citedCorpora.set(corpus, entry);
  }
  const key = JSON.stringify([docs.map((d) => d.id).sort(), config.aliases]);
  let cited = entry.corpora.get(key);
  if (!cited) {
    cited = Corpus.build(docs, { aliases: config.aliases });
    if (entry.corpora.size >= MAX_CITED_CORPORA) entry.corpora.delete(entry.corpora.keys().next().value!);
    entry.corpora.set(key, cited);
  }
  return cited;
}

// ---------------------------------------------------------------------------------------------
// Citations Groundwork writes: in the draft's own style.

/** The style the draft already cites in: that of its first citation of a source; inline links when it has none. */
export function draftStyle(corpus: Corpus, draft: Draft, config: GroundworkConfig): CitationStyle {
  for (const statement of draft.statements) {
    for (const citation of statement.citations ?? []) {
      const resolved = resolveCitation(corpus, draft.path, citation, config);
      if (resolved && 'doc' in resolved) return citation.style;
    }
  }
  return 'inline';
}

/** A fix that inserts a citation of `doc` at the end of a statement, in the given style. */
export function insertCitationFix(corpus: Corpus, draft: Draft, statement: Statement, doc: SourceDocument, style: CitationStyle, config: GroundworkConfig): Fix {
  const title = `Cite ${doc.title ? `"${linkLabel(doc)}"` : doc.path}`;
  if (style === 'inline') {
    const at = citationOffset(draft.text, statement.span);
    return { title, span: { start: at, end: at }, replacement: ` ${citationOf(doc, draft.path)}` };
  }
  const existing = definitionFor(corpus, draft, doc, style, config);
  const label = existing?.label ?? newLabel(draft, doc, style);
  const more = existing ? [] : [appendDefinition(draft, definitionText(draft, doc, style, label))];
  if (style === 'reference') {
    const at = citationOffset(draft.text, statement.span);
    return { title, span: { start: at, end: at }, replacement: ` ([${linkLabel(doc)}][${label}])`, ...(more.length ? { more } : {}) };
  }
  const at = trimmedEnd(draft.text, statement.span);
  return { title, span: { start: at, end: at }, replacement: `[^${label}]`, ...(more.length ? { more } : {}) };
}

const GENERATED_LABEL = /(?:, \d{4}-\d{2}-\d{2}|…)$/;

/** A fix that makes a citation cite `doc` instead, keeping its style. */
export function changeCitationFix(corpus: Corpus, draft: Draft, citation: Citation, doc: SourceDocument, config: GroundworkConfig): Fix | undefined {
  const title = `Cite ${doc.path} instead`;
  if (citation.style === 'inline') {
    const text = /^\[([^\]]*)\]/.exec(draft.text.slice(citation.span.start, citation.span.end))?.[1];
    // A link in the writer's words keeps them and changes its destination; a link labelled the
    // way Groundwork labels citations (a title and a date) is written anew.
    if (citation.targetSpan && text !== undefined && !GENERATED_LABEL.test(text)) {
      return { title, span: citation.targetSpan, replacement: targetFor(draft.path, citation.target, doc) };
    }
    return { title, span: citation.span, replacement: citationOf(doc, draft.path).slice(1, -1) };
  }
  const existing = definitionFor(corpus, draft, doc, citation.style, config);
  if (existing) {
    const written = draft.text.slice(citation.span.start, citation.span.end);
    if (citation.style === 'footnote') return { title, span: citation.span, replacement: `[^${existing.label}]` };
    const text = /^\[([^\]]*)\]\[[^\]]+\]$/.exec(written)?.[1];
    return { title, span: citation.span, replacement: text !== undefined ? `[${text}][${existing.label}]` : `[${existing.label}]` };
  }
  // No definition cites the source yet: when only this citation uses its definition, the
  // definition changes; otherwise a new one is added and this citation points at it.
  const users = draft.statements.flatMap((s) => s.citations ?? []).filter((c) => c.style === citation.style && c.label === citation.label);
  if (users.length === 1 && citation.targetSpan) return { title, span: citation.targetSpan, replacement: targetFor(draft.path, citation.target, doc) };
  const label = newLabel(draft, doc, citation.style);
  const more = [appendDefinition(draft, definitionText(draft, doc, citation.style, label))];
  const replacement = citation.style === 'footnote' ? `[^${label}]` : `[${linkLabel(doc)}][${label}]`;
  return { title, span: citation.span, replacement, more };
}

/** The destination to write for `doc` where the writer wrote `old`: an id for an id, a url for a url, else a path. */
function targetFor(draftPath: string, old: string, doc: SourceDocument): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(old.trim()) && doc.url) return doc.url;
  if (!old.includes('/') && !sourceFormatOf(old) && !/^\.\.?$/.test(old)) return doc.id;
  return relativePath(draftPath, doc.path);
}

export function definitionFor(corpus: Corpus, draft: Draft, doc: SourceDocument, style: CitationStyle, config: GroundworkConfig): LinkDefinition | undefined {
  const list = style === 'footnote' ? draft.definitions?.footnotes : draft.definitions?.links;
  return list?.find((d) => {
    const resolved = resolveCitation(corpus, draft.path, { style, target: d.target, span: d.span }, config);
    return resolved !== undefined && 'doc' in resolved && resolved.doc.id === doc.id;
  });
}

/** A label no definition of the draft has: the next footnote number, or the source's id. */
export function newLabel(draft: Draft, doc: SourceDocument, style: CitationStyle): string {
  const taken = new Set((style === 'footnote' ? draft.definitions?.footnotes : draft.definitions?.links)?.map((d) => d.label.toLowerCase()) ?? []);
  if (style === 'footnote') {
    const numbers = [...taken].map(Number).filter(Number.isInteger);
    if (numbers.length > 0 || taken.size === 0) {
      let n = Math.max(0, ...numbers) + 1;
      while (taken.has(String(n))) n++;
      return String(n);
    }
  }
  let label = doc.id.replace(/[[\]\\^]/g, '');
  for (let n = 2; taken.has(label.toLowerCase()); n++) label = `${doc.id}-${n}`;
  return label;
}

export function definitionText(draft: Draft, doc: SourceDocument, style: CitationStyle, label: string): string {
  if (style === 'footnote') return `[^${label}]: ${citationOf(doc, draft.path).slice(1, -1)}`;
  return `[${label}]: ${relativePath(draft.path, doc.path)}`;
}

/** An edit that adds a definition at the end of the draft, after a blank line. */
export function appendDefinition(draft: Draft, definition: string): { span: Span; replacement: string } {
  const text = draft.text;
  const end = text.length;
  const trailing = /\n*$/.exec(text)![0].length;
  const lead = end === 0 ? '' : '\n'.repeat(Math.max(0, 2 - trailing));
  return { span: { start: end, end }, replacement: `${lead}${definition}\n` };
}

function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
