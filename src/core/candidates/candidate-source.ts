// The candidate-source interface: a statement in, the passages most likely to support it out, each
// with its document. The workspace index is one source (corpus-candidates.ts); an archive server is
// another (src/archive/). Retrieval only: judgement (quotes, figures, names, support) stays local.
import { findNames } from '../index/names.js';
import { forEachContentTerm } from '../index/terms.js';
import type { ArticleInfo, SourceDocument, Span, Statement } from '../model.js';
import { findQuantities } from '../text/numbers.js';

/** What a candidate source is asked: the statement and what it is made of. */
export interface CandidateQuery {
  /** The statement's plain text. */
  text: string;
  /** Its content terms, normalised as the index normalises them, without repeats. */
  terms: string[];
  /** Names of people, organisations and places it mentions, as written. */
  names: string[];
  /** Figures and dates, as written. */
  figures: string[];
  /** Quoted spans, without the marks. */
  quotes: string[];
}

export type { ArticleInfo };

/** One candidate passage: a sentence of a document, with offsets into the document's text. */
export interface CandidatePassage {
  docId: string;
  span: Span;
  text: string;
  /** The source's own ranking score (higher is better); comparable only within one answer. */
  score: number;
}

/**
 * Tells a source that its answer is no longer wanted (the writer typed on): the shape of an
 * AbortSignal, which is what the front ends pass.
 */
export interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface CandidateSource {
  /** Shown in messages: `the workspace`, `the archive (postgresql on /run/postgresql, database news)`. */
  readonly label: string;
  /**
   * The best passages for the statement, best first, at most `limit`. A source that talks to a
   * server gives up when `signal` aborts, rejecting at once.
   */
  findPassages(query: CandidateQuery, limit: number, signal?: StopSignal): Promise<CandidatePassage[]>;
  /**
   * The documents holding those passages, whole, so that a passage is judged with its paragraph
   * and a quote with its speaker. Unknown ids are left out.
   */
  fetchDocuments(ids: readonly string[], signal?: StopSignal): Promise<ArchivedDocument[]>;
}

/** A document from a candidate source, with where it came from. */
export interface ArchivedDocument {
  document: SourceDocument;
  article: ArticleInfo;
}

/** The query for one statement. */
export function candidateQueryOf(statement: Pick<Statement, 'text' | 'quotes'>): CandidateQuery {
  const terms = new Set<string>();
  forEachContentTerm(statement.text, (t) => terms.add(t));
  return {
    text: statement.text,
    terms: [...terms],
    names: [...new Set(findNames(statement.text).map((n) => n.name))],
    figures: findQuantities(statement.text).map((q) => q.text),
    quotes: statement.quotes.map((q) => q.text),
  };
}
