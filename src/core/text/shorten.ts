// Shortening text for a message, a card or a label without cutting a character in two. A cut
// by UTF-16 units can split a surrogate pair (an emoji, a letter outside the Basic Multilingual
// Plane), which puts a lone surrogate into JSON and SARIF and U+FFFD into a terminal; a cut by
// code points can still split a flag, an accented letter written as two code points or a family
// emoji. Cuts fall between grapheme clusters, the characters a reader sees.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// A grapheme cluster is rarely longer than this; clusters past it are cut where it ends.
const LONGEST_CLUSTER = 64;

/**
 * The longest start of `text` of at most `max` UTF-16 units that ends between two grapheme
 * clusters. Only the start of the text is looked at, so a long text costs no more than a short one.
 */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = 0;
  for (const { index, segment } of graphemes.segment(text.slice(0, max + LONGEST_CLUSTER))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` cut to at most `max` UTF-16 units, between grapheme clusters, ending in `ellipsis` when cut. */
export function shorten(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  return graphemePrefix(text, max - ellipsis.length).trimEnd() + ellipsis;
}
