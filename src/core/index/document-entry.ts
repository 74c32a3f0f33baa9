// A document's entry in a corpus: its passages (a range of the passage table), and its names and
// quotations, either as found or (restored from a snapshot, or not looked for yet) how to make
// them when first asked for. Shared by corpus.ts, which builds entries, and snapshot.ts.
import type { SourceQuote, Span } from '../model.js';
import type { PlacedNames } from './entities.js';
import type { SourceDocument } from '../model.js';

export type RawQuote = Omit<SourceQuote, 'speakerId'>;

export interface DocumentEntry {
  doc: SourceDocument;
  /** Its passages are consecutive: `passageCount` of them from `firstPassage`. */
  firstPassage: number;
  passageCount: number;
  /** The names found, or (restored from a snapshot) how to read them when first needed. */
  names: PlacedNames | (() => PlacedNames);
  /**
   * The quotations, or how to find them when first needed: a statement without quotation marks
   * never asks, and finding speakers is a good part of reading a source.
   */
  quotes: RawQuote[] | (() => RawQuote[]);
  /**
   * Where the quotations stand (their spans, in order), or how to find them without their
   * speakers (a document read in this process, whose quotations are not found yet). Undefined:
   * read from `quotes`.
   */
  quoteSpans?: readonly Span[] | (() => readonly Span[]);
  /** From a snapshot: the entity of each name in the snapshot's entity table (-1: none), or how to read it. */
  entityOf?: Int32Array | (() => Int32Array);
}

/** A document's quotations, read from the snapshot on first use. */
export function quotesIn(entry: DocumentEntry): RawQuote[] {
  if (typeof entry.quotes === 'function') entry.quotes = entry.quotes();
  return entry.quotes;
}

/**
 * Where a document's quotations stand, the spans of `quotesIn(entry)` in order: found without
 * their speakers while the quotations are not (a reader of where they stand need not pay for who
 * says each), read off them once they are.
 */
export function quoteSpansIn(entry: DocumentEntry): readonly Span[] {
  if (entry.quoteSpans && typeof entry.quoteSpans !== 'function') return entry.quoteSpans;
  const spans = typeof entry.quotes === 'function' && entry.quoteSpans ? entry.quoteSpans() : quotesIn(entry).map((q) => q.span);
  entry.quoteSpans = spans;
  return spans;
}

/** A restored document's entity of each name in the snapshot's table, read on first use. */
export function entityOfEntry(entry: DocumentEntry): Int32Array | undefined {
  if (typeof entry.entityOf === 'function') entry.entityOf = entry.entityOf();
  return entry.entityOf;
}

/** A document's names, read from the snapshot on first use. */
export function namesOf(entry: DocumentEntry): PlacedNames {
  if (typeof entry.names === 'function') entry.names = entry.names();
  return entry.names;
}
