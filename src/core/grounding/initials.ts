// A name and its initials are one name: "the European Commission" and "the EC", "FAA" and the
// "Federal Aviation Administration". Newsrooms write one, then the other.
import type { Span } from '../model.js';
import { escapeRegExp } from '../text/regexp.js';

// A run of capitalised words, with the small words a name keeps between them ("Ministry of
// Trade, Industry and Resources" is two runs; the initials of either part may stand for it).
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*\p{Lu}[\p{L}'’-]*)*/gu;

/** The letters a word gives a name's initials: its first, or all of one in capitals ("US"). */
function initialsOf(word: string): string {
  return /^\p{Lu}{2,}$/u.test(word) ? word : /^\p{Lu}/u.test(word) ? word[0]! : '';
}

/** Whether some run of capitalised words in the text has these initials: "FAA", "USGS". */
function spelledOut(letters: string, text: string): boolean {
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const initials = m[0].split(/\s+/).map(initialsOf);
    for (let i = 0; i < initials.length; i++) {
      let got = '';
      for (let j = i; j < initials.length && got.length < letters.length; j++) got += initials[j];
      if (got === letters) return true;
    }
  }
  return false;
}

// How far before a name its leading capitalised words are looked for.
export const LEAD_REACH = 60;

/**
 * The statement's name with the capitalised words before it, when it and a name of the source
 * are one written out and one in initials: "the European Commission" and "the EC", "FAA" and
 * "Federal Aviation Administration". Undefined when they are not.
 */
export function nameByInitials(text: string, name: Span & { name: string }, sourceText: string): Span | undefined {
  // The capitalised words before the name belong to it here ("European" of "European Commission").
  const lead = /(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.exec(text.slice(Math.max(0, name.start - LEAD_REACH), name.start))?.[0] ?? '';
  const words = `${lead}${name.name}`.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The');
  const span = { start: name.start - lead.length, end: name.end };
  if (words.length >= 2 && new RegExp(`\\b${words.map(initialsOf).join('')}\\b`, 'u').test(sourceText)) return span;
  const letters = name.name.replace(/\./g, '');
  if (/^\p{Lu}{2,6}$/u.test(letters) && spelledOut(letters, sourceText)) return span;
  // Initials of words the source writes in lower case, or in the plural: "DUI" for "driving under
  // the influence", "GPs" for "General practitioners".
  const acronym = /^(\p{Lu}{2,6})s?$/u.exec(letters);
  if (acronym && spelledOutInWords(acronym[1]!, sourceText)) return span;
  return abbreviatedWithin(name.name, sourceText) ? span : undefined;
}

/**
 * Whether the text has words, in any case, whose first letters are these, with "of", "the", "and"
 * between them as a name keeps them. Two letters only where the first word is capitalised: two
 * lower-case words with the right first letters turn up by chance.
 */
function spelledOutInWords(letters: string, text: string): boolean {
  const pattern = [...letters].map((c) => `${c}[\\p{L}'’-]*`).join(`\\s+(?:(?:of|for|and|the|on|in)\\s+)?`);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'giu'))) {
    if (letters.length >= 3 || /^\p{Lu}/u.test(m[0])) return true;
  }
  return false;
}

// A word in capitals, dots or not ("US", "U.S.", "UN").
const CAPITALS = /^(?:\p{Lu}\.?){2,5}$/u;

/**
 * A name with a word in capitals that the source writes out, the rest as written: "US Senate"
 * for "United States Senate", "UN Security Council" for "United Nations Security Council".
 */
function abbreviatedWithin(name: string, sourceText: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.some((w) => CAPITALS.test(w))) return false;
  const pattern = words.map((w) => (CAPITALS.test(w)
    ? [...w.replace(/\./g, '')].map((c) => `${c}[\\p{Ll}'’-]+`).join('\\s+(?:(?:of|for|and|the)\\s+)?')
    : escapeRegExp(w))).join('\\s+');
  return new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'u').test(sourceText);
}
