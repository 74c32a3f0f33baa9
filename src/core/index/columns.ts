// The integer rows the index keeps its passages, names and quotes in, in memory and in the
// persisted index alike: each row's columns by name, so no code reads a column by a bare offset.

/** A passage: its sentence and paragraph, its place in the paragraph, its length in content words, and its (term, count) pairs (where they start and how many). */
export const PassageCol = { start: 0, end: 1, paragraphStart: 2, paragraphEnd: 3, sentence: 4, length: 5, pairsAt: 6, pairCount: 7 } as const;
export const PASSAGE_FIELDS = 8;

/** A name: its offsets, its passage within its document, kind * 2 + certain, then string ids of the name, the full mention and the role (-1: none), and its entity (-1: none). */
export const NameCol = { start: 0, end: 1, passage: 2, kind: 3, name: 4, full: 5, role: 6, entity: 7 } as const;
export const NAME_FIELDS = 8;

/** A quote: its offsets, its passage within its document, and the string id of its speaker (-1: none). */
export const QuoteCol = { start: 0, end: 1, passage: 2, speaker: 3 } as const;
export const QUOTE_FIELDS = 4;

// A document's analysis as a thread sends it (analyse.ts): passages numbered from 0 in the
// document, strings indexing the analysis's own `strings`.

/** A passage of an analysis: as PassageCol, but its pairs are [pairsFrom, pairsTo) of the analysis's pairs. */
export const APassageCol = { start: 0, end: 1, paragraphStart: 2, paragraphEnd: 3, sentence: 4, length: 5, pairsFrom: 6, pairsTo: 7 } as const;
export const A_PASSAGE_FIELDS = 8;

/** A name of an analysis: offsets, passage, NAME_KINDS index * 2 + certain, string ids of the name, role (-1: none) and full mention. */
export const ANameCol = { start: 0, end: 1, passage: 2, kind: 3, name: 4, role: 5, full: 6 } as const;
export const A_NAME_FIELDS = 7;

/** A quote of an analysis: offsets, passage, string ids of its text and its speaker (-1: none). */
export const AQuoteCol = { start: 0, end: 1, passage: 2, text: 3, speaker: 4 } as const;
export const A_QUOTE_FIELDS = 5;
