// The bench's 2,000-word draft, shared by scripts/bench.ts and scripts/bench-search.ts so that
// both time the same statements.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../src/core/index/corpus.js';
import type { SourceDocument } from '../src/core/model.js';
import { readSource } from '../src/core/sources/read.js';
import { defaultCorpusRoot, generateCorpus, rng } from './gen-corpus.js';

/** A draft of about 2,000 words: sentences of the sources, some with a figure or a word changed. */
export function makeDraft(docs: SourceDocument[], random: () => number): string {
  const paragraphs: string[] = ['# Draft'];
  let words = 0;
  while (words < 2000) {
    const doc = docs[Math.floor(random() * docs.length)]!;
    const sentences = doc.text.split('\n\n').slice(1).join(' ').split(/(?<=\.)\s+/).filter((s) => s.length > 40 && s.length < 300);
    const picked = sentences.slice(0, 3).map((s) => (random() < 0.2 ? s.replace(/\d+/, (d) => String(Number(d) + 3)) : s));
    const paragraph = picked.join(' ');
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n') + '\n';
}

/**
 * The corpus and draft of `npm run bench`'s draft figures, built in this process as the bench
 * builds them: the generated articles indexed, 30 of them edited with their entities re-resolved,
 * and 200 completion prefixes drawn (two numbers each) from the same generator before the draft.
 */
export async function benchCorpusAndDraft(articles: number, seed: number, root = defaultCorpusRoot(articles, seed)): Promise<{ corpus: Corpus; docs: SourceDocument[]; draftText: string; paths: string[] }> {
  const generated = generateCorpus({ articles, seed, root });
  const docs: SourceDocument[] = [];
  for (const p of generated.paths) docs.push(await readSource(p, readFileSync(path.join(generated.root, p))));
  const corpus = Corpus.build(docs);
  void corpus.entities;
  const random = rng(seed);
  for (let r = 0; r < 30; r++) {
    const victim = docs[Math.floor(random() * docs.length)]!;
    corpus.addDocument({ ...victim, text: victim.text.replace(/\n\n/, '\n\nA new paragraph says exports rose 4.2 percent, Jane Doe said.\n\n') });
    void corpus.entities;
  }
  for (let r = 0; r < 400; r++) random();
  return { corpus, docs, draftText: makeDraft(docs, random), paths: generated.paths };
}
