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
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/** The value of a decimal digit of any script: digits come in runs of ten from zero. */
function digitValue(c: string): string {
  let cp = c.codePointAt(0)!;
  let offset = 0;
  while (offset < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    offset++;
  }
  // `offset` counts back to the start of the run; runs of several sets (mathematical digits) repeat every ten.
  return String((c.codePointAt(0)! - cp) % 10);
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

/**
 * Text with each decimal digit of another script that takes one UTF-16 unit (fullwidth `６`,
 * Arabic-Indic `٦`) written as its ASCII digit, so that offsets stay true: figures are found
 * on the result and their spans point into the original.
 */
export function asciiDigits(text: string): string {
  if (ASCII.test(text)) return text;
  return text.replace(DIGIT, (d) => (d.length === 1 && !(d >= '0' && d <= '9') ? digitValue(d) : d));
}
