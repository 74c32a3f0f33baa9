// A name and its initials are one name: "the European Commission" and "the EC", "FAA" and the
// "Federal Aviation Administration". Newsrooms write one, then the other.
import type { Span } from '../model.js';

// Small words an organisation's name keeps between the words its initials come from.
const NAME_JOINERS = '(?:(?:of|for|and|the|on|&)\\s+)*';

/** "Federal Aviation Administration" for "FAA": capitalised words with these initials, in order. */
function spelledOut(letters: string): RegExp {
  return new RegExp(`\\b${[...letters].map((c) => `${c}\\p{Ll}[\\p{L}'’-]*`).join(`\\s+${NAME_JOINERS}`)}\\b`, 'u');
}

// How far before a name its leading capitalised words are looked for.
const LEAD_REACH = 60;

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
  if (words.length >= 2 && new RegExp(`\\b${words.map((w) => w[0]).join('')}\\b`, 'u').test(sourceText)) return span;
  const letters = name.name.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) && spelledOut(letters).test(sourceText) ? span : undefined;
}
