// The archive's tables. Documents keep their whole text so that a check judges a passage with its
// paragraph and a quote with its speaker; passages (sentences, as the workspace index cuts them)
// carry a tsvector under a GIN index; `groundwork_terms` counts the passages of each lexeme, for
// choosing a statement's rarest terms (PostgreSQL's ts_rank knows no IDF).
import type { ArchiveConnection } from './connection.js';

/** The text search configuration of every tsvector and tsquery. */
export const TEXT_SEARCH_CONFIG = 'english';
export const SCHEMA_VERSION = '1';

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS groundwork_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE IF NOT EXISTS groundwork_documents (
  id text PRIMARY KEY,
  path text NOT NULL,
  url text,
  title text,
  published text,
  outlet text,
  format text NOT NULL,
  content_hash text NOT NULL,
  body text NOT NULL,
  excluded jsonb NOT NULL DEFAULT '[]',
  page_starts jsonb,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS groundwork_documents_path ON groundwork_documents (path);
CREATE TABLE IF NOT EXISTS groundwork_passages (
  id bigserial PRIMARY KEY,
  doc_id text NOT NULL REFERENCES groundwork_documents (id) ON DELETE CASCADE,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  body text NOT NULL,
  tsv tsvector NOT NULL,
  length integer NOT NULL
);
CREATE INDEX IF NOT EXISTS groundwork_passages_tsv ON groundwork_passages USING gin (tsv);
CREATE INDEX IF NOT EXISTS groundwork_passages_doc ON groundwork_passages (doc_id);
CREATE TABLE IF NOT EXISTS groundwork_terms (
  term text PRIMARY KEY,
  passages integer NOT NULL
);
INSERT INTO groundwork_meta (key, value) VALUES ('schema', '${SCHEMA_VERSION}'), ('passages', '0'), ('lexemes', '0')
  ON CONFLICT (key) DO NOTHING;
`;

/** Creates the tables when they are missing (needs a role that may create tables). */
export async function ensureSchema(connection: ArchiveConnection): Promise<void> {
  // Two loads starting at once would race on CREATE TABLE IF NOT EXISTS: one at a time.
  await connection.query('SELECT pg_advisory_lock(hashtext($1))', ['groundwork-schema']);
  try {
    await connection.query(SCHEMA_SQL);
  } finally {
    await connection.query('SELECT pg_advisory_unlock(hashtext($1))', ['groundwork-schema']);
  }
}
