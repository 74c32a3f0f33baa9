// Sentences grouped into statements. A quotation is checked whole, so sentences it spans are one
// statement ("We have noted relevant reports. We will respond," he said.), and the attribution
// after a quote that ends a sentence stays with it ("We will respond!" he said.).
import type { Span } from '../model.js';
import type { QuoteMarks } from './quotes.js';

const SPEECH_VERB = /\b(?:said|says|say|added|adds|told|tells|asked|asks|stated|states|noted|notes|wrote|writes|explained|explains|replied|replies|insisted|insists|argued|argues|claimed|claims|warned|warns|continued|concluded|recalled|according)\b/i;
const SHORT_ATTRIBUTION_WORDS = 6;

/** Groups sentence spans (sorted, trimmed) of `text` into statement spans. */
export function statementSpans(text: string, sentences: readonly Span[], quotes: readonly QuoteMarks[]): Span[] {
  const groups: Span[] = [];
  let current: Span | undefined;
  let q = 0;
  for (const sentence of sentences) {
    if (!current) {
      current = { ...sentence };
      continue;
    }
    while (q < quotes.length && quotes[q]!.close < current.end) q++;
    const quote = quotes[q];
    const straddles = quote !== undefined && quote.open < current.end && quote.close >= sentence.start;
    if (straddles || isAttribution(text, current, sentence, quotes, q)) {
      current.end = sentence.end;
      continue;
    }
    groups.push(current);
    current = { ...sentence };
  }
  if (current) groups.push(current);
  return groups;
}

/** The sentence after one that ends with a closing quotation mark says who spoke. */
function isAttribution(text: string, previous: Span, sentence: Span, quotes: readonly QuoteMarks[], q: number): boolean {
  const before = quotes[q - 1];
  if (!before || before.close !== previous.end - 1) return false;
  const first = text[sentence.start] ?? '';
  if (/\p{Ll}/u.test(first)) return true;
  const words = text.slice(sentence.start, sentence.end).split(/\s+/);
  return words.length <= SHORT_ATTRIBUTION_WORDS && SPEECH_VERB.test(words.join(' '));
}
