// `groundwork archive load`: sources into the archive, read by the workspace's own readers and cut
// into the workspace's own passages. Idempotent: a source loaded before and unchanged (same content
// hash) is skipped; a changed one is replaced, document, passages and term counts, in one
// transaction, so a check never sees half an article.
import { createHash } from 'node:crypto';
import { Corpus } from '../../core/index/corpus.js';
import type { SourceDocument } from '../../core/model.js';
import { readSource } from '../../core/sources/read.js';
import type { ArchiveConnection } from './connection.js';
import { ensureSchema, TEXT_SEARCH_CONFIG } from './schema.js';

export type LoadOutcome = 'added' | 'replaced' | 'unchanged';

export interface LoadedSource {
  path: string;
  id: string;
  outcome: LoadOutcome;
  passages: number;
  warnings: string[];
}

export class ArchiveLoader {
  private ready = false;

  constructor(private readonly connection: ArchiveConnection) {}

  /** Reads one source (`path` workspace-relative, forward slashes) and stores it unless unchanged. */
  async load(path: string, bytes: Uint8Array, options: { outlet?: string } = {}): Promise<LoadedSource> {
    if (!this.ready) {
      await ensureSchema(this.connection);
      this.ready = true;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const doc = storable(await readSource(path, bytes));
    const previous = await this.connection.query<{ content_hash: string; path: string }>('SELECT content_hash, path FROM groundwork_documents WHERE id = $1', [doc.id]);
    const old = previous.rows[0];
    if (old && old.content_hash === hash && old.path === path) return { path, id: doc.id, outcome: 'unchanged', passages: 0, warnings: doc.warnings };
    const passages = Corpus.build([doc]).passagesOf(doc.id);
    const outlet = options.outlet ?? outletOf(doc.url);
    const q = this.connection;
    await q.query('BEGIN');
    try {
      if (old) await removeDocument(q, doc.id);
      await q.query(
        `INSERT INTO groundwork_documents (id, path, url, title, published, outlet, format, content_hash, body, excluded, page_starts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [doc.id, path, doc.url ?? null, doc.title ?? null, isoDate(doc.published), outlet ?? null, doc.format, hash, doc.text, JSON.stringify(doc.excluded), doc.pageStarts ? JSON.stringify(doc.pageStarts) : null],
      );
      await q.query(
        `INSERT INTO groundwork_passages (doc_id, start_offset, end_offset, body, tsv, length)
         SELECT $1, t.s, t.e, t.b, v.tsv, length(v.tsv)
           FROM unnest($2::integer[], $3::integer[], $4::text[]) AS t(s, e, b)
           CROSS JOIN LATERAL (SELECT to_tsvector('${TEXT_SEARCH_CONFIG}', t.b) AS tsv) AS v`,
        [doc.id, passages.map((p) => p.span.start), passages.map((p) => p.span.end), passages.map((p) => p.text)],
      );
      await countTerms(q, doc.id, +1);
      await q.query('COMMIT');
    } catch (error) {
      await q.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return { path, id: doc.id, outcome: old ? 'replaced' : 'added', passages: passages.length, warnings: doc.warnings };
  }
}

async function removeDocument(q: ArchiveConnection, id: string): Promise<void> {
  await countTerms(q, id, -1);
  await q.query('DELETE FROM groundwork_documents WHERE id = $1', [id]);
  await q.query('DELETE FROM groundwork_terms WHERE passages <= 0');
}

/** Adds (`sign` +1) or takes away (-1) a document's passages from the term counts and totals. */
async function countTerms(q: ArchiveConnection, id: string, sign: 1 | -1): Promise<void> {
  // Terms in a fixed order: two loads at once take their row locks in the same order.
  await q.query(
    `INSERT INTO groundwork_terms (term, passages)
     SELECT w.term, $2 * count(*) FROM groundwork_passages p CROSS JOIN LATERAL unnest(tsvector_to_array(p.tsv)) AS w(term)
      WHERE p.doc_id = $1 GROUP BY w.term ORDER BY w.term
     ON CONFLICT (term) DO UPDATE SET passages = groundwork_terms.passages + excluded.passages`,
    [id, sign],
  );
  await q.query(
    `UPDATE groundwork_meta m SET value = (m.value::bigint + $2 * s.n)::text
       FROM (SELECT 'passages' AS key, count(*) AS n FROM groundwork_passages WHERE doc_id = $1
             UNION ALL SELECT 'lexemes', coalesce(sum(length), 0) FROM groundwork_passages WHERE doc_id = $1) AS s
      WHERE m.key = s.key`,
    [id, sign],
  );
}

/**
 * PostgreSQL text holds no NUL character: each becomes a space, which keeps every offset. Lone
 * surrogates become U+FFFD on the way (one UTF-16 unit each), which keeps them too.
 */
function storable(doc: SourceDocument): SourceDocument {
  const clean = (s: string | undefined): string | undefined => s?.replace(/\u0000/g, ' ');
  // Metadata is printed on one line in reports: no control characters at all.
  const line = (s: string | undefined): string | undefined => s?.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim() || undefined;
  return { ...doc, id: line(doc.id)!, text: clean(doc.text)!, title: line(doc.title), url: line(doc.url) };
}

function outletOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function isoDate(date: string | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
