// `groundwork archive status`: what the archive holds.
import type { ArchiveConnection } from './connection.js';

export interface ArchiveStatus {
  documents: number;
  passages: number;
  terms: number;
  outlets: number;
  /** Earliest and latest publication dates known. */
  published?: { from: string; to: string };
  /** When the last source was loaded, ISO. */
  lastLoaded?: string;
  /** Bytes the database takes on disk. */
  databaseBytes: number;
  schema: string;
}

export async function archiveStatus(connection: ArchiveConnection): Promise<ArchiveStatus> {
  const { rows } = await connection.query<{
    documents: string; outlets: string; first: string | null; last: string | null; loaded: Date | null; terms: string; size: string; passages: string | null; schema: string | null;
  }>(
    `SELECT (SELECT count(*) FROM groundwork_documents) AS documents,
            (SELECT count(DISTINCT outlet) FROM groundwork_documents) AS outlets,
            (SELECT min(published) FROM groundwork_documents) AS first,
            (SELECT max(published) FROM groundwork_documents) AS last,
            (SELECT max(loaded_at) FROM groundwork_documents) AS loaded,
            (SELECT count(*) FROM groundwork_terms) AS terms,
            pg_database_size(current_database()) AS size,
            (SELECT value FROM groundwork_meta WHERE key = 'passages') AS passages,
            (SELECT value FROM groundwork_meta WHERE key = 'schema') AS schema`,
  );
  const r = rows[0]!;
  return {
    documents: Number(r.documents),
    passages: Number(r.passages ?? 0),
    terms: Number(r.terms),
    outlets: Number(r.outlets),
    ...(r.first && r.last ? { published: { from: r.first, to: r.last } } : {}),
    ...(r.loaded ? { lastLoaded: r.loaded.toISOString() } : {}),
    databaseBytes: Number(r.size),
    schema: r.schema ?? '?',
  };
}
