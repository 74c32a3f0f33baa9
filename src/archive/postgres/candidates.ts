// PostgreSQL full-text search as a candidate source. A statement's lexemes are looked up in the
// term counts; the passages holding at least 2 of its 4 rarest lexemes are fetched through the
// GIN index (a plain OR of every word would read a large part of the archive), then re-ranked
// here by BM25, which PostgreSQL's ts_rank cannot do (it has no IDF). When the narrow query finds
// nothing (a paraphrase shares few rare words), a broader one asks for any of the rarest eight.
import type { SourceDocument, SourceFormat, Span } from '../../core/model.js';
import type { ArchivedDocument, CandidatePassage, CandidateQuery, CandidateSource, StopSignal } from '../../core/candidates/candidate-source.js';
import { bm25Idf, bm25Weight } from '../../core/index/bm25.js';
import type { ArchiveConnection } from './connection.js';
import { TEXT_SEARCH_CONFIG } from './schema.js';

const RARE = 4;
const AT_LEAST = 2;
const BROAD = 8;
/** Passages fetched for re-ranking, at most. */
const POOL = 300;

interface Lexeme {
  term: string;
  df: number;
}

interface PassageRow {
  doc_id: string;
  start_offset: number;
  end_offset: number;
  body: string;
  length: number;
  tf: Record<string, number>;
}

export class PostgresCandidates implements CandidateSource {
  readonly label: string;
  private totals?: { passages: number; avgLength: number };

  constructor(private readonly connection: ArchiveConnection) {
    this.label = connection.target;
  }

  async findPassages(query: CandidateQuery, limit: number, signal?: StopSignal): Promise<CandidatePassage[]> {
    const lexemes = await this.lexemesOf([query.text, ...query.quotes].join(' '), signal);
    if (lexemes.length === 0) return [];
    const rare = lexemes.slice(0, RARE);
    let rows = await this.passagesMatching(rare.length >= AT_LEAST ? atLeastTwo(rare.map((l) => l.term)) : anyOf(rare.map((l) => l.term)), lexemes, false, signal);
    if (rows.length === 0 && lexemes.length > 1) rows = await this.passagesMatching(anyOf(lexemes.slice(0, BROAD).map((l) => l.term)), lexemes, true, signal);
    const { passages, avgLength } = await this.corpusTotals(signal);
    const idf = new Map(lexemes.map((l) => [l.term, bm25Idf(passages, l.df)]));
    return rows
      .map((row) => {
        let score = 0;
        for (const [term, tf] of Object.entries(row.tf)) {
          score += bm25Weight(idf.get(term) ?? 0, tf, row.length, avgLength);
        }
        const span: Span = { start: row.start_offset, end: row.end_offset };
        return { docId: row.doc_id, span, text: row.body, score };
      })
      .sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId) || a.span.start - b.span.start)
      .slice(0, limit);
  }

  async fetchDocuments(ids: readonly string[], signal?: StopSignal): Promise<ArchivedDocument[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.connection.query<{
      id: string; path: string; url: string | null; title: string | null; published: string | null; outlet: string | null;
      format: string; body: string; excluded: Span[]; page_starts: number[] | null;
    }>('SELECT id, path, url, title, published, outlet, format, body, excluded, page_starts FROM groundwork_documents WHERE id = ANY($1::text[])', [ids], signal);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const document: SourceDocument = {
        id: r.id,
        // Not a workspace file: messages and evidence name the archive and the article's id.
        path: `archive:${r.id}`,
        format: r.format as SourceFormat,
        text: r.body,
        excluded: r.excluded,
        warnings: [],
        ...(r.title ? { title: r.title } : {}),
        ...(r.published ? { published: r.published } : {}),
        ...(r.url ? { url: r.url } : {}),
        ...(r.page_starts ? { pageStarts: r.page_starts } : {}),
      };
      const article = { id: r.id, ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}), ...(r.url ? { url: r.url } : {}), ...(r.outlet ? { outlet: r.outlet } : {}) };
      return [{ document, article }];
    });
  }

  /** The text's lexemes that some passage has, rarest first. */
  private async lexemesOf(text: string, signal?: StopSignal): Promise<Lexeme[]> {
    const { rows } = await this.connection.query<{ term: string; df: number }>(
      `SELECT t.term, t.passages AS df FROM (SELECT DISTINCT lexeme FROM unnest(to_tsvector('${TEXT_SEARCH_CONFIG}', $1))) AS l
         JOIN groundwork_terms t ON t.term = l.lexeme WHERE t.passages > 0 ORDER BY t.passages, t.term`,
      [text],
      signal,
    );
    return rows.map((r) => ({ term: r.term, df: Number(r.df) }));
  }

  private async passagesMatching(tsquery: string, lexemes: Lexeme[], ranked: boolean, signal?: StopSignal): Promise<PassageRow[]> {
    // The tsquery is a parameter; its lexemes are quoted (tsqueryLexeme) so no word of a
    // statement is read as an operator.
    const { rows } = await this.connection.query<PassageRow>(
      `SELECT p.doc_id, p.start_offset, p.end_offset, p.body, p.length,
              (SELECT coalesce(jsonb_object_agg(x.lexeme, coalesce(array_length(x.positions, 1), 1)), '{}'::jsonb)
                 FROM unnest(p.tsv) AS x WHERE x.lexeme = ANY($2::text[])) AS tf
         FROM groundwork_passages p
        WHERE p.tsv @@ $1::tsquery
        ${ranked ? 'ORDER BY ts_rank(p.tsv, $1::tsquery) DESC' : ''}
        LIMIT ${POOL}`,
      [tsquery, lexemes.map((l) => l.term)],
      signal,
    );
    return rows;
  }

  private async corpusTotals(signal?: StopSignal): Promise<{ passages: number; avgLength: number }> {
    if (!this.totals) {
      const { rows } = await this.connection.query<{ key: string; value: string }>("SELECT key, value FROM groundwork_meta WHERE key IN ('passages', 'lexemes')", [], signal);
      const value = (key: string): number => Number(rows.find((r) => r.key === key)?.value ?? 0);
      const passages = Math.max(1, value('passages'));
      this.totals = { passages, avgLength: value('lexemes') / passages || 1 };
    }
    return this.totals;
  }
}

/** A lexeme as a tsquery operand: quoted, with quotes doubled and backslashes escaped. */
export function tsqueryLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Any of the terms. */
export function anyOf(terms: string[]): string {
  return terms.map(tsqueryLexeme).join(' | ');
}

/** At least two of the terms: the OR of every pair. */
export function atLeastTwo(terms: string[]): string {
  const pairs: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) pairs.push(`(${tsqueryLexeme(terms[i]!)} & ${tsqueryLexeme(terms[j]!)})`);
  }
  return pairs.join(' | ');
}
