import type { Corpus } from './index/corpus.js';
import type { SourceQuote } from './model.js';

/** The speaker's canonical name when the corpus resolved it, else the name as written. */
export function speakerOfQuote(corpus: Corpus, quote: SourceQuote | undefined): string | undefined {
  if (!quote) return undefined;
  if (quote.speakerId) {
    const entity = corpus.entityById(quote.speakerId);
    if (entity) return entity.name;
  }
  return quote.speakerName;
}
