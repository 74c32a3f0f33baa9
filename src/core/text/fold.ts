// The one place where text is made comparable across the ways Unicode can write the same
// thing. A draft and a source may differ in form while a reader sees the same words (an accented
// letter composed or decomposed, fullwidth or Arabic-Indic digits), and a draft can hide what it
// says from a checker while a reader still sees it: a zero-width space or a soft hyphen inside
// `not`, a Cyrillic `о` inside `not`. Words are compared as folded here.

// Letters of other scripts that look exactly like a Latin letter, from Unicode's confusables
// (UTS #39, confusables.txt): the single Cyrillic and Greek letters it maps to a single Latin
// letter. Folded only inside a word that also holds Latin letters, so Russian or Greek words are
// left alone.
const LOOK_ALIKES = new Map<string, string>(
  [
    // Cyrillic
    'аa', 'вb', 'еe', 'кk', 'мm', 'нh', 'оo', 'рp', 'сc', 'тt', 'уy', 'хx', 'іi', 'јj', 'ѕs', 'һh', 'ԁd', 'ӏl', 'ԛq', 'ԝw',
    'АA', 'ВB', 'ЕE', 'КK', 'МM', 'НH', 'ОO', 'РP', 'СC', 'ТT', 'УY', 'ХX', 'ІI', 'ЈJ', 'ЅS', 'ԚQ', 'ԜW',
    // Greek
    'οo', 'νv', 'αa', 'ιi', 'κk', 'ρp', 'τt', 'υu', 'χx', 'γy',
    'ΑA', 'ΒB', 'ΕE', 'ΖZ', 'ΗH', 'ΙI', 'ΚK', 'ΜM', 'ΝN', 'ΟO', 'ΡP', 'ΤT', 'ΥY', 'ΧX',
  ].map((pair) => [pair[0]!, pair[1]!]),
);

const ASCII = /^[\x00-\x7f]*$/;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const DIGIT = /\p{Nd}/gu;
// A digit other than 0-9: most texts have none (even those with a curly quote or a dash), and
// need no folding. (One class, what is neither a non-digit nor 0-9: a lookahead before the class
// was tried at every unit of every text.)
const OTHER_DIGIT = /[^\P{Nd}0-9]/u;
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/** The value of a decimal digit of any script: digits come in runs of ten from zero. */
function digitValue(c: string): string {
  // Back to the start of the run of digits; runs of several sets (the five sets of mathematical
  // digits) hold whole sets of ten, so the distance from the start, modulo ten, is the value.
  const at = c.codePointAt(0)!;
  let cp = at;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) cp--;
  return String((at - cp) % 10);
}

/** Whether a text is all ASCII: each of its words is then its own folded form. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * A word as it is compared: compatibility-normalised (NFKC: composed accents, fullwidth and
 * mathematical letters and digits as plain ones), default-ignorable characters removed (zero-width
 * spaces and joiners, soft hyphens, bidi controls), every decimal digit as an ASCII one, and
 * look-alike Cyrillic and Greek letters inside a Latin word as the Latin letters they look like.
 */
export function foldForComparison(word: string): string {
  if (ASCII.test(word)) return word;
  let w = word.normalize('NFKC').replace(IGNORABLE, '');
  if (!ASCII.test(w)) w = w.replace(DIGIT, (d) => (d >= '0' && d <= '9' ? d : digitValue(d)));
  if (LATIN.test(w)) w = w.replace(LOOK_ALIKE, (c) => LOOK_ALIKES.get(c) ?? c);
  return w;
}

/** Text with every decimal digit as an ASCII digit, and where each of its offsets was in the text given. */
export interface AsciiDigits {
  text: string;
  /**
   * `original[i]`: the offset in the text given of offset `i` of `text` (one entry more than its
   * length). Undefined when the offsets are the same: no digit took two UTF-16 units.
   */
  original?: Uint32Array;
}

/**
 * Text with each decimal digit of another script (fullwidth `６`, Arabic-Indic `٦`, mathematical
 * bold `𝟔`) written as its ASCII digit, so that figures are found on the result. A digit of one
 * UTF-16 unit keeps its offset; a mathematical digit takes two units and becomes one, and
 * `original` maps the result's offsets back.
 */
export function asciiDigits(text: string): AsciiDigits {
  if (!OTHER_DIGIT.test(text)) return { text };
  let astral = false;
  const folded = text.replace(DIGIT, (d) => {
    if (d.length > 1) astral = true;
    return d >= '0' && d <= '9' ? d : digitValue(d);
  });
  if (!astral) return { text: folded };
  const original = new Uint32Array(folded.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; ) {
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    original[j++] = i;
    if (width === 2 && !/\p{Nd}/u.test(text.slice(i, i + 2))) original[j++] = i + 1;
    i += width;
  }
  original[j] = text.length;
  return { text: folded, original };
}
