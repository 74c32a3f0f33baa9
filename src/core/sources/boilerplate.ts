import type { Span } from '../model.js';
import { findPublishedDate } from './dates.js';

// Lines of a source that never count as support: page furniture copied along with an article.
// Each rule is deliberately narrow; a real article sentence must never land here, so when in
// doubt a line stays in.

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset after the last character, line break (and a `\r` before it) not included. */
  end: number;
  text: string;
}

/** Spans of the boilerplate lines of `text`, in order. */
export function findBoilerplate(text: string): Span[] {
  const lines = splitLines(text);
  const counts = lines.map((line) => countLetters(line.text));
  const mostlyLatin = isMostlyLatin({
    letters: counts.reduce((sum, c) => sum + c.letters, 0),
    latin: counts.reduce((sum, c) => sum + c.latin, 0),
  });
  const consentLines: number[] = [];
  const excluded = new Set<number>();
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (t === '') return;
    if (
      (mostlyLatin && isMostlyNonLatin(counts[i]!)) ||
      isCaption(t) ||
      isSectionLabel(t) ||
      isDateline(t) ||
      isTagList(t)
    ) {
      excluded.add(i);
    } else if (isConsentNotice(t)) {
      excluded.add(i);
      consentLines.push(i);
    }
  });
  // Buttons of a consent banner ("Accept all", "Reject") only count as such next to the banner.
  for (const at of consentLines) {
    for (let i = Math.max(0, at - 6); i < Math.min(lines.length, at + 7); i++) {
      if (CONSENT_BUTTON.test(lines[i]!.text.trim())) excluded.add(i);
    }
  }
  return [...excluded].sort((a, b) => a - b).map((i) => trimmedSpan(lines[i]!));
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: contentEnd, text: text.slice(start, contentEnd) });
    start = end + 1;
  }
  return lines;
}

function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

interface LetterCount {
  letters: number;
  latin: number;
}

// Letters outside ASCII are classified through a cache: a document uses few distinct ones,
// and Unicode property regexes are too slow to run on every character of a 5 MB file.
const NOT_LETTER = 0;
const LATIN_LETTER = 1;
const OTHER_LETTER = 2;
const letterClass = new Map<number, number>();

function classify(codePoint: number): number {
  let kind = letterClass.get(codePoint);
  if (kind === undefined) {
    const char = String.fromCodePoint(codePoint);
    kind = !/\p{L}/u.test(char) ? NOT_LETTER : /\p{Script=Latin}/u.test(char) ? LATIN_LETTER : OTHER_LETTER;
    if (letterClass.size < 65536) letterClass.set(codePoint, kind);
  }
  return kind;
}

function countLetters(text: string): LetterCount {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      const lower = unit | 32;
      if (lower >= 97 && lower <= 122) {
        letters++;
        latin++;
      }
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const kind = classify(codePoint);
    if (kind !== NOT_LETTER) letters++;
    if (kind === LATIN_LETTER) latin++;
  }
  return { letters, latin };
}

function isMostlyLatin({ letters, latin }: LetterCount): boolean {
  return letters > 0 && latin / letters >= 0.8;
}

function isMostlyNonLatin({ letters, latin }: LetterCount): boolean {
  return letters > 0 && letters - latin > latin;
}

function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter((w) => w !== '');
}

// "Rare earth Photo:VCG", "(Photo: Xinhua/Li Xin)", "Image by Reuters", "Photo credit: AFP".
const CAPTION =
  /\b(?:file\s+)?(?:photo|photograph|image|picture|illustration|graphic)s?\s*(?:credit\s*)?(?::|by\b|courtesy\b)/i;

function isCaption(line: string): boolean {
  return line.length <= 120 && wordsOf(line).length <= 15 && CAPTION.test(line);
}

const LABEL_SEPARATOR = /\s*[/|›»>]\s*/;

/**
 * A short section label printed above a headline: `SOURCE / ECONOMY`, `WORLD`,
 * `Business / Markets`. Never a sentence: it has no closing punctuation.
 */
export function isSectionLabel(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || /[.!?:;,"'”’]$/.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  const words = wordsOf(t);
  // All capitals: cased letters only, none lower-case (scripts without case never qualify).
  if (words.length <= 5 && /\p{Lu}/u.test(t) && !/[\p{Ll}\p{Lo}]/u.test(t)) return true;
  const parts = t.split(LABEL_SEPARATOR);
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.every((part) => {
    const partWords = wordsOf(part);
    return (
      partWords.length >= 1 &&
      partWords.length <= 3 &&
      partWords.every((w) => /^\p{Lu}/u.test(w) || w === '&' || w === 'and')
    );
  });
}

// Words a dateline is made of besides the date itself.
const DATELINE_WORD =
  /^(?:first|published|posted|last|updated|date|dated|on|at|by|am|pm|a\.m\.|p\.m\.|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

const TIME_ZONE = /^[A-Z]{2,5}$/;

/**
 * A line that only announces when the article was published:
 * `Published: Dec 12, 2025 07:45 PM`, `Updated 12 December 2025 | By Jane Doe`.
 * `Published on December 24, 2025, the initiative aims to ...` is a sentence and stays.
 */
export function isDateline(line: string): boolean {
  const t = line.trim();
  if (t.length > 100 || !/^(?:first\s+published|published|posted|last\s+updated|updated|by\b)/i.test(t)) {
    return false;
  }
  if (!findPublishedDate(t)) return false;
  const leftover = wordsOf(t.replace(/[^\p{L}\s.]+/gu, ' ')).filter(
    (w) => /\p{L}/u.test(w) && !DATELINE_WORD.test(w) && !TIME_ZONE.test(w),
  );
  return leftover.length <= 3;
}

// "Keywords from the article include Israel, Angola, ...", "Tags: AI, chips, ...", "Filed under: ...".
const TAG_LIST = /^(?:key\s?words?|tags?|topics?|related\s+topics|filed\s+under)\b[^,:]{0,40}?(?::|\binclude[sd]?\b)/i;

/**
 * A page's list of keywords or tags: names the article mentions, strung together by commas. It
 * would support any statement that lists some of them ("Singapore, Japan and India" against a
 * piece that never names India among its members).
 */
export function isTagList(line: string): boolean {
  return line.length <= 2000 && TAG_LIST.test(line) && (line.match(/,/g)?.length ?? 0) >= 4;
}

const CONSENT_NOTICE =
  /\b(?:(?:this|our)\s+(?:web\s?)?site\s+uses\s+cookies|we\s+use\s+cookies|accept\s+all\s+cookies|by\s+continuing\s+to\s+(?:use|browse)\s+(?:this|our)\s+(?:web\s?)?site|cookie\s+(?:settings|preferences))\b/i;

const CONSENT_BUTTON =
  /^(?:(?:accept|reject|decline|allow|deny|refuse)(?:\s+all)?(?:\s+cookies)?|i\s+agree|agree|got\s+it|ok(?:ay)?|manage\s+(?:cookie\s+)?(?:preferences|settings)|cookie\s+(?:settings|preferences)|more\s+info(?:rmation)?|learn\s+more)$/i;

function isConsentNotice(line: string): boolean {
  return line.length <= 600 && CONSENT_NOTICE.test(line);
}
