// Who speaks in a passage by way of a quotation around it: a sentence of a quotation ('"Companies
// are likely to proceed cautiously. ...," Zhou said.') or of a transcript's turn ("Ben: It's
// fixed. We saw no failures.") is its speaker's, though the name may stand in another sentence.
import type { Corpus } from '../index/corpus.js';
import type { RawQuote } from '../index/document-entry.js';
import type { Passage } from '../model.js';
import { partitionPoint } from '../bisect.js';

// A document's quotations with a speaker, by where they start, built once per list of quotations.
const sorted = new WeakMap<readonly RawQuote[], RawQuote[]>();

// Quotations looked at before the passage's start, walking back: quotations seldom nest.
const LOOK_BACK = 8;

/** The speakers of the quotations that overlap the passage, as written. */
export function quotedSpeakers(corpus: Corpus, passage: Passage): string[] {
  // Where the quotations stand is read first (most passages stand in none): who says them is
  // found only for a passage some quotation overlaps.
  if (!corpus.quoteSpansOf(passage.docId).some((q) => q.start < passage.span.end && passage.span.start < q.end)) return [];
  // Their speakers as written: no entity of the corpus need be resolved for it.
  const all = corpus.quotesAsWritten(passage.docId);
  let list = sorted.get(all);
  if (!list) {
    list = all.filter((q) => q.speakerName).sort((a, b) => a.span.start - b.span.start);
    sorted.set(all, list);
  }
  // The last quotation starting before the passage ends, by bisection.
  const lo = partitionPoint(list.length, (i) => list[i]!.span.start >= passage.span.end);
  const out: string[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK; i--) {
    const q = list[i]!;
    if (q.span.end > passage.span.start && !out.includes(q.speakerName!)) out.push(q.speakerName!);
  }
  return out;
}
