import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** The sample corpus of `seeds/`, as plain-text documents (no dependence on the source readers). */
export function seedDocuments(): SourceDocument[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), path: `seeds/${f}`, format: 'txt' as const, text: readFileSync(join(SEEDS, f), 'utf8'), excluded: [], warnings: [] }));
}

let cached: Corpus | undefined;
export function seedCorpus(): Corpus {
  return (cached ??= Corpus.build(seedDocuments()));
}
