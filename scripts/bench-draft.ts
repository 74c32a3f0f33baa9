// The bench's 2,000-word draft, shared by scripts/bench.ts and scripts/bench-search.ts so that
// both time the same statements.
import type { SourceDocument } from '../src/core/model.js';

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
