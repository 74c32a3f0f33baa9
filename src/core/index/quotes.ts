import { NOT_NAMES, ROLE_WORDS, SPEECH_VERBS } from './gazetteer.js';
import { findNames, type NameCandidate } from './names.js';
import type { Span } from '../model.js';

/** A quotation found in a text, offsets relative to that text. */
export interface FoundQuote {
  /** The words inside the marks. */
  span: Span;
  text: string;
  /** The speaker as written near the quote ("Zhou", "Guo Jiakun"), if any. */
  speaker?: string;
  /** Credited to "he" or "she" (`," he said`, `She added: "`): the person named last before it. */
  pronoun?: 'he' | 'she';
}

// Opening and closing marks that pair up. Single curly quotes count only when they open after
// a space or a bracket and close before a non-letter, so "China's" is never a quote.
const PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
];

// Each repetition starts with exactly one run of spaces, so a failed match cannot backtrack
// through the many ways of splitting whitespace.
const NAME = "((?:[\\p{Lu}][\\p{L}'’.\\-]*)(?:[ \\t]+(?:(?:of|for|the|and|de|van|von|al)[ \\t]+)?[\\p{Lu}][\\p{L}'’.\\-]*){0,8})";
const VERB = `(?:${SPEECH_VERBS})`;
// What a newsroom writes between a name and its verb: `," Russia's RIA Novosti news agency said`.
const KIND = '(?:[ \\t]+(?:news[ \\t]+)?(?:agency|newspaper|daily|broadcaster|network|channel|outlet|magazine|website|ministry|spokes(?:man|woman|person)))?';
// After a quote: `," Zhou said`, `," said Zhou`, `," Deputy Secretary of State Christopher Landau claimed`,
// `," shipyard spokesman Yevgeny Gladyshev said` (a post in lower case before the name).
const AFTER_NAME_VERB = new RegExp(`^[\\s,.!?—–-]*(?:\\p{Ll}[\\p{L}'’-]*[ \\t]+){0,3}${NAME}${KIND}\\s+(?:also\\s+|then\\s+|later\\s+)?${VERB}\\b`, 'u');
const AFTER_VERB_NAME = new RegExp(`^[\\s,.!?—–-]*${VERB}\\s+${NAME}`, 'u');
const AFTER_PRONOUN = /^[\s,.!?—–-]*(?:he|she|they|it)\s+(?:said|says|added|told|noted|stated|warned)\b/iu;
// Before a quote in the same sentence: `Guo Jiakun stated at a regular press conference on Friday that "`
// (Or with the comma of an appositive before the verb: `The company's operations director, Fiona
// Drummond, said: "`.)
const BEFORE = new RegExp(`${NAME}${KIND}(?:,([^"“”]{0,160}),|,)?\\s+(?:also\\s+)?${VERB}\\b[^"“”]{0,200}$`, 'u');
// A relative clause that gives the speaker, in a sentence that may be another's turn or report:
// `We also spoke to Helen Marsh of the Save Tarrow Births campaign, who said the decision had been
// taken "` (a name, perhaps with what it is of or a few words in lower case after it, then ", who"
// and a verb of saying). Read from the last ", who" back, at most this far.
const WHO_BEFORE = new RegExp(`${NAME}(?:[ \\t]+(?:of|from|at|for)[ \\t]+[^,"“”.;:!?\\n]{1,80}?|(?:[ \\t]+\\p{Ll}[\\p{L}'’-]*){0,3}),\\s+who\\s+(?:had\\s+|has\\s+|also\\s+)?${VERB}\\b[^"“”]{0,200}$`, 'u');
const WHO = /,\s+who\s/gu;
const WHO_REACH = 160;
const ACCORDING_TO = new RegExp(`^[\\s,.]*according to\\s+${NAME}`, 'u');
// A speaker who opens a line or a sentence (after an item's number), with a role between commas
// and a colon, right before the quote.
const LABELLED_BEFORE = new RegExp(`^[ \\t]*(?:\\d+(?:\\.\\d+)*\\.?[ \\t]+)?${NAME}(?:,[^"“”:\\n]{1,160})?:[ \\t]*$`, 'u');

/** Quotations of a paragraph with their speakers. */
export function findQuotes(text: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const span of quotationSpans(text)) {
    const inner = text.slice(span.start, span.end);
    const speaker = speakerOf(text, span);
    const pronoun = speaker ? undefined : creditedToPronoun(text, span);
    quotes.push(pronoun ? { span, text: inner, pronoun } : { span, text: inner, speaker });
  }
  return quotes;
}

/**
 * Where the quotations of a paragraph stand, as `findQuotes` finds them (the spans of its
 * quotes, in order), without looking for who says them.
 */
export function quotationSpans(text: string): Span[] {
  return scanQuotes(text).filter((span) => /\p{L}/u.test(text.slice(span.start, span.end)));
}

// The same pairs by UTF-16 unit, opener to closer: the scan reads units, since a character cut out
// of the text (`text[i]`) is a new string for every one past Latin-1 (curly quotes, dashes).
const CLOSER_OF = new Map(PAIRS.map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const RIGHT_SINGLE = 0x2019; // ’
const LEFT_SINGLE = 0x2018; // ‘
const STRAIGHT = 0x22; // "

// Where the next opening mark may be: the scan jumps from one to the next (a search the engine
// runs natively) rather than looking at every character in between.
const OPENER = new RegExp(`[${PAIRS.map(([open]) => open).join('')}]`, 'g');

/** Spans of quoted text (inside the marks), outermost only, in order. Linear time. */
export function scanQuotes(text: string): Span[] {
  const spans: Span[] = [];
  // Where the first blank line at or after a position is (-1: none), kept while it lies ahead.
  let blank = -2;
  let i = 0;
  while (i < text.length) {
    OPENER.lastIndex = i;
    const next = OPENER.exec(text);
    if (!next) break;
    i = next.index;
    const c = text.charCodeAt(i);
    const close = CLOSER_OF.get(c)!;
    if (c === LEFT_SINGLE && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) {
      i++;
      continue;
    }
    // A straight quote preceded by a letter closes rather than opens (it is not an opener here).
    if (c === STRAIGHT && i > 0 && /[\p{L}\p{N}.,!?]/u.test(text[i - 1]!)) {
      i++;
      continue;
    }
    // The closing mark before the paragraph ends (a blank line) and within 2,000 units: the first
    // that closes (a right single quote followed by a letter is an apostrophe).
    if (blank !== -1 && blank < i + 1) blank = text.indexOf('\n\n', i + 1);
    const limit = Math.min(text.length, i + 2000, blank < 0 ? Infinity : blank);
    const closer = String.fromCharCode(close);
    let found = text.indexOf(closer, i + 1);
    while (found >= 0 && found < limit && close === RIGHT_SINGLE && /[\p{L}]/u.test(text[found + 1] ?? '')) found = text.indexOf(closer, found + 1);
    if (found < 0 || found >= limit) {
      i++;
      continue;
    }
    if (found > i + 1) spans.push({ start: i + 1, end: found });
    i = found + 1;
  }
  return spans;
}

/** The speaker a relative clause before the quote gives ("Helen Marsh ..., who said ..."), if any. */
function whoSaid(before: string): string | undefined {
  let last = -1;
  for (const m of before.matchAll(WHO)) last = m.index;
  if (last < 0) return undefined;
  const m = WHO_BEFORE.exec(before.slice(Math.max(0, last - WHO_REACH)));
  return m && !notSpeaker(m[1]!) ? trimName(m[1]!) : undefined;
}

/** Who is credited with the quote at `span` in `text`. */
export function speakerOf(text: string, span: Span): string | undefined {
  const after = text.slice(span.end + 1, span.end + 240);
  // A quotation closed by its own full stop ends its sentence: a name and "said" after it open
  // the next ('"... proud of the team." The spaceport said ...'), where `," the spaceport said`
  // would credit it.
  const m1 = /\.\s*$/.test(text.slice(Math.max(span.start, span.end - 3), span.end)) ? null : AFTER_NAME_VERB.exec(after);
  if (m1 && !notSpeaker(m1[1]!)) return trimName(m1[1]!);
  const m2 = AFTER_VERB_NAME.exec(after);
  if (m2) return trimName(m2[1]!);
  const m4 = ACCORDING_TO.exec(after);
  if (m4) return trimName(m4[1]!);
  const sentenceStart = sentenceStartBefore(text, span.start);
  const before = text.slice(sentenceStart, Math.max(sentenceStart, span.start - 1));
  const m3 = BEFORE.exec(before);
  if (m3 && !notSpeaker(m3[1]!)) return (m3[2] !== undefined && isPost(m3[1]!) ? personNamed(m3[2]) : undefined) ?? memberOf(before.slice(0, m3.index)) ?? trimName(m3[1]!);
  const who = whoSaid(before);
  if (who) return who;
  // Minutes and reports: `7.1 Councillor Joanna Petrakis, Cabinet member for Communities: "`.
  // (Read only after a colon, from the line's or the sentence's start: once per such quote.)
  const head = text.slice(Math.max(0, span.start - 240), Math.max(0, span.start - 1));
  const past = (mark: string): number => { const at = head.lastIndexOf(mark); return at < 0 ? 0 : at + mark.length; };
  const opening = /:[ \t]*$/.test(head) ? Math.max(past('\n'), past('. '), past('? '), past('! ')) : -1;
  const m5 = opening >= 0 ? LABELLED_BEFORE.exec(head.slice(opening)) : null;
  if (m5 && !notSpeaker(m5[1]!)) return trimName(m5[1]!);
  if (AFTER_PRONOUN.test(after)) return undefined;
  return undefined;
}

// How far back a quote's sentence is read for who says it.
const SENTENCE_REACH = 400;

/**
 * Where the sentence of a quote opening at `at` starts, SENTENCE_REACH characters back at most:
 * after the last ". " or line break before it. (Looked for in those characters only: a paragraph
 * of thousands of quotes and no full stop was read back to its start for each.)
 */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  const window = text.slice(from, Math.max(from, at - 1));
  return from + Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), 0);
}

/**
 * A capitalised word that opens a sentence with a verb of saying but names no one: "He said",
 * "Nobody asked them", "Everyone agreed".
 */
function notSpeaker(name: string): boolean {
  return !/\s/.test(name) && NOT_NAMES.has(name);
}

const PRONOUN_BEFORE = new RegExp(`\\b(?:he|she)\\s+(?:also\\s+)?${VERB}\\b[^"“”]{0,200}$|\\bin\\s+(?:his|her)\\s+(?:own\\s+)?words,?\\s*$`, 'iu');

/** Whether "he" or "she" is credited with the quote at `span` (`," he said`, `He added: "`, `in her words, "`), and which. */
function creditedToPronoun(text: string, span: Span): 'he' | 'she' | undefined {
  const after = AFTER_PRONOUN.exec(text.slice(span.end + 1, span.end + 40));
  const sentenceStart = sentenceStartBefore(text, span.start);
  const m = after ?? PRONOUN_BEFORE.exec(text.slice(sentenceStart, Math.max(sentenceStart, span.start - 1)));
  if (!m) return undefined;
  return /\b(?:she|her)\b/i.test(m[0]) ? 'she' : /\b(?:he|his)\b/i.test(m[0]) ? 'he' : undefined;
}

// A word that may open a post before its title words: "Our Chief Executive", "The Chief Inspector".
const POST_OPENING = /^(?:the|our|its|their|his|her|my|your)$/i;
// Where a post's core ends and what it is "of" begins: "Chief Inspector | of Marine Accidents".
const OF_WHAT = /\s+(?:of|for|at)\s+/;

/**
 * Whether a capitalised run is a post, not a person: its words before what it is "of" are title
 * words, after an article or a possessive ("The Chief Inspector of Marine Accidents", "Our Chief
 * Executive"), and it names no one ("Chief Inspector Ruth Dalby" does).
 */
export function isPost(run: string): boolean {
  const core = run.slice(0, OF_WHAT.exec(run)?.index ?? run.length).trim().split(/\s+/);
  if (core.length > 1 && POST_OPENING.test(core[0]!)) core.shift();
  return core.length <= 4 && core.every((w) => ROLE_WORDS.has(w));
}

/**
 * The person an appositive after a post names, as written: "Captain Eleanor Dray" of "The Chief
 * Inspector of Marine Accidents, Captain Eleanor Dray, said". Only an appositive that is one
 * person's name (with a title or a form of address before it), not "in a statement".
 */
function personNamed(appositive: string): string | undefined {
  const text = appositive.trim();
  const names = findNames(text);
  const only = names.length === 1 ? names[0]! : undefined;
  return only?.kind === 'person' && only.full === text ? text : undefined;
}

// A person named before the body they belong to: "Usha Kendrick of the RSWU said", "Tom Hale
// from the Marsh Trust said" (two capitalised words or more; a post, "The Chair of the Trust", is
// none).
const MEMBER_BEFORE = new RegExp(`${NAME}[ \\t]+(?:of|from|at)[ \\t]+(?:the[ \\t]+)?$`, 'u');

/**
 * The person whose body a speaker found by a verb of saying is (`text` is what stands before
 * that body's name): the person says it, not the body.
 */
function memberOf(text: string): string | undefined {
  const m = MEMBER_BEFORE.exec(text.slice(-120));
  if (!m) return undefined;
  const name = trimName(m[1]!);
  return /\s/.test(name) && !notSpeaker(name) && !isPost(name) ? name : undefined;
}

/** Drops a leading article or sentence word the pattern may have swept in, and an affiliation after a person's name. */
function trimName(name: string): string {
  return withoutAffiliation(beforeSentenceEnd(name).replace(/^(?:The|A|An|But|And|However|Meanwhile)\s+/, '').replace(/^[\p{Lu}][\p{L}.-]*['’]s\s+(?=[\p{Lu}])/u, '').replace(/[.,]$/, '').trim());
}

const AFFILIATION = /^\s+(?:of|from|at)\s+(?:the\s+)?$/;

// Words written with a full stop inside a name: posts and initials ("Dr. Jane Ode", "St. Clair").
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'col', 'capt', 'sgt', 'lt', 'gov', 'sen', 'rep', 'rev', 'hon', 'insp', 'supt', 'cllr', 'det', 'maj', 'cmdr', 'adm', 'mt', 'ft', 'co', 'corp', 'inc', 'ltd', 'bros', 'messrs']);

/**
 * The name up to a full stop that ends its sentence: `," said Dr Ramanathan. A study ...` credits
 * "Dr Ramanathan", not "Dr Ramanathan. A" (a word of three letters or more, no post's short form).
 */
function beforeSentenceEnd(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w.endsWith('.') && /^\p{Lu}\p{Ll}{2,}\.$/u.test(w) && !ABBREVIATED.has(w.slice(0, -1).toLowerCase())) return words.slice(0, i + 1).join(' ');
  }
  return name;
}

/**
 * "Professor Oskar Lindqvist-Mare of Harrowgate University" says it: the person, not where they
 * work (the names as `findNames` reads them: a person, then after "of" an organisation or a place).
 */
function withoutAffiliation(name: string): string {
  if (!/\s(?:of|from|at)\s/.test(name)) return name;
  const names = findNames(name);
  if (names.length !== 2) return name;
  const [who, where] = names as [NameCandidate, NameCandidate];
  return who.kind === 'person' && where.kind !== 'person' && AFFILIATION.test(name.slice(who.end, where.start)) && name.slice(where.end).trim() === '' ? name.slice(0, who.end) : name;
}

const SAID = new RegExp(`${NAME}\\s+${VERB}\\b|${VERB}\\s+${NAME}`, 'gu');

/**
 * The speakers of a paragraph's unattributed quotes: for each, the last "X said" in the
 * paragraph before it. Asked in text order, the paragraph is read once whatever its quotes.
 */
export class ParagraphSpeakers {
  private readonly re = new RegExp(SAID.source, 'gu');
  private last: string | undefined;
  private done = false;

  constructor(private readonly text: string) {}

  /** The last speaker named with a verb of saying wholly before `at` (asked at growing `at`). */
  before(at: number): string | undefined {
    while (!this.done) {
      const m = this.re.exec(this.text);
      if (!m) {
        this.done = true;
        break;
      }
      if (m.index + m[0].length > at) {
        // Read again when asked further on.
        this.re.lastIndex = m.index;
        break;
      }
      const name = m[1] ?? m[2];
      if (name && !notSpeaker(name)) this.last = trimName(name);
    }
    return this.last;
  }
}
