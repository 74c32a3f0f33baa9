// The sources of test/fixtures/genres, written for the tests (a meeting transcript, an email, an
// interview, a policy, a drug trial, results, a court report, a match report ...), indexed as
// `groundwork check` indexes a sources folder, and a paragraph of a draft checked against them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { StatementResult, Verdict } from '../../src/core/model.js';
import { readSource } from '../../src/core/sources/read.js';

const GENRES = join(import.meta.dirname, '..', 'fixtures', 'genres');
const SUMMARIES = join(import.meta.dirname, '..', 'fixtures', 'summaries');

export async function genreCorpus(): Promise<Corpus> {
  return corpusOf(GENRES, (f) => f.endsWith('.txt'));
}

/** The sources of test/fixtures/summaries (`npm run probe`'s): its NAME.txt, not the summary lines. */
export async function summaryCorpus(): Promise<Corpus> {
  return corpusOf(SUMMARIES, (f) => /^[^.]+\.txt$/.test(f));
}

/** The sources of another folder of summaries laid out as test/fixtures/summaries is ("summaries-ahead"). */
export async function summariesCorpus(folder: string): Promise<Corpus> {
  return corpusOf(join(import.meta.dirname, '..', 'fixtures', folder), (f) => /^[^.]+\.txt$/.test(f));
}

async function corpusOf(dir: string, isSource: (file: string) => boolean): Promise<Corpus> {
  const files = readdirSync(dir).filter(isSource).sort();
  return Corpus.build(await Promise.all(files.map((f) => readSource(`sources/${f}`, readFileSync(join(dir, f))))));
}

/** The results of a draft that is this one paragraph, its statements judged together. */
export function checkParagraph(corpus: Corpus, paragraph: string): StatementResult[] {
  return checkDraft(corpus, parseDraft(`${paragraph}\n`, 'draft.md'), defaultConfig()).results;
}

/** The verdict of a one-statement paragraph, checked against the corpus. */
export function verdictOf(c: Corpus, line: string): Verdict {
  const results = checkParagraph(c, line);
  assert.equal(results.length, 1, line);
  return results[0]!.verdict;
}

/** A line flagged, its message saying `said`. */
export function assertCaught(c: Corpus, line: string, said: RegExp): void {
  const v = verdictOf(c, line);
  assert.notEqual(v.kind, 'supported', `${line}\n${v.message}`);
  assert.match(v.message, said, line);
}

/** A line supported. */
export function assertPasses(c: Corpus, line: string): void {
  const v = verdictOf(c, line);
  assert.equal(v.kind, 'supported', `${line}\n${v.message}`);
}
