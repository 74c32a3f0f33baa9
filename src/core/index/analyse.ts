// Reading a source into what the index keeps: its passages (sentences) with their content terms,
// the names in them and its quotations. A corpus does it as it adds a document (corpus.ts); a
// front end with threads to spare does it off the main thread (the CLI's analyse workers) with an
// `Analyser`, whose result is a few integer columns and strings that a thread can send cheaply,
// and the corpus merges it (`Corpus.addDocument(doc, analysed)`), in path order, to the same index.
import type { SourceDocument, Span } from '../model.js';
import { splitParagraphs, splitSentences } from '../text/segment.js';
import { A_PASSAGE_FIELDS, APassageCol } from './columns.js';
import { findNames, namesOfSentence, type NameCandidate } from './names.js';
import { findQuotes, ParagraphSpeakers, quotationSpans } from './quotes.js';
import { stringNumbering } from './packed-strings.js';
import { TermCounter } from './terms.js';
import { escapeRegExp } from '../text/regexp.js';

/**
 * Calls `visit` with each passage of a document in order: its span, its paragraph, its place
 * among the paragraph's passages and its text; `paragraphDone` after each paragraph that had any.
 * Excluded spans and text in other scripts are skipped.
 */
export function forEachPassage(doc: SourceDocument, visit: (span: Span, paragraph: Span, sentenceInParagraph: number, text: string) => void, paragraphDone: (paragraph: Span, passages: number) => void): void {
  const text = doc.text;
  for (const paragraph of splitParagraphs(text)) {
    const script = scriptOf(text, paragraph);
    if (isExcluded(paragraph, doc.excluded) || script === 'other') continue;
    const sentences = splitSentences(text.slice(paragraph.start, paragraph.end), paragraph.start);
    let sentenceInParagraph = 0;
    for (const span of sentences) {
      // A paragraph wholly in Latin letters has no sentence in another script.
      if (isExcluded(span, doc.excluded) || (script !== 'latin' && scriptOf(text, span) === 'other')) continue;
      visit(span, paragraph, sentenceInParagraph++, text.slice(span.start, span.end));
    }
    if (sentenceInParagraph) paragraphDone(paragraph, sentenceInParagraph);
  }
}

/** A quotation found in a document, its passage given by `passageOf` its start. */
export interface FoundDocumentQuote {
  text: string;
  start: number;
  end: number;
  passage: number;
  speakerName?: string;
}

/**
 * The quotations of a document's paragraphs (each with its passages), with their speakers;
 * `passageSpan(i)` is passage i's span.
 */
export function quotesOfParagraphs(doc: SourceDocument, paragraphs: readonly [Span, number[]][], passageStart: (i: number) => number, passageEnd: (i: number) => number): FoundDocumentQuote[] {
  const quotes: FoundDocumentQuote[] = [];
  const turns = turnsOfDocument(doc.text);
  let nextTurn = 0;
  // Whom `"...," he said` means where its paragraph names no speaker: the person named last
  // before it, in the paragraph or the one before ("Councillor Greg Hammond ... said shop owners
  // had not been consulted." then the quote's paragraph).
  let previous: Span | undefined;
  const people = new KnownPeople(doc.text, paragraphs, passageStart, passageEnd);
  for (const [paragraph, passages] of paragraphs) {
    const text = doc.text.slice(paragraph.start, paragraph.end);
    // Turns, paragraphs and passages all in text order: one pass over each. Turns outside every
    // paragraph (in excluded lines) are passed over.
    while (nextTurn < turns.length && turns[nextTurn]!.start < paragraph.start) nextTurn++;
    let at = 0;
    for (; nextTurn < turns.length && turns[nextTurn]!.start < paragraph.end; nextTurn++) {
      const turn = turns[nextTurn]!;
      while (at + 1 < passages.length && passageEnd(passages[at]!) <= turn.start) at++;
      quotes.push({ text: turn.text, start: turn.start, end: turn.start + turn.text.length, passage: passages[at]!, speakerName: turn.speaker });
    }
    // Who the paragraph names with a verb of saying before each quote: read once, in order.
    const named = new ParagraphSpeakers(text);
    let creditedBefore: string | undefined;
    for (const q of findQuotes(text)) {
      const start = q.span.start + paragraph.start;
      const end = q.span.end + paragraph.start;
      const passage = passages.find((i) => passageStart(i) <= start && start < passageEnd(i)) ?? passages[0]!;
      // Scare quotes ("coercive", "Pax Silica") carry no speaker. A quotation credited to "she"
      // is the last person named before it's; real quotations of a paragraph without
      // attribution belong to the last speaker the paragraph named before them.
      const words = q.text.trim().split(/\s+/).length;
      const speaker = q.speaker
        ?? (q.pronoun ? pronounSpeaker(text.slice(Math.max(0, q.span.start - ANTECEDENT_WINDOW), q.span.start), people.before(paragraph), q.pronoun) ?? (previous && pronounSpeaker(doc.text.slice(Math.max(previous.start, previous.end - ANTECEDENT_WINDOW), previous.end), people.before(paragraph), q.pronoun)) : undefined)
        ?? (words >= 4 ? named.before(q.span.start) : undefined);
      // A quotation that goes on without a new credit ("I called Councillor Ruiz ...") after one
      // credited in the same paragraph is the same speaker's.
      const continued = speaker ?? (words >= 4 ? creditedBefore : undefined);
      if (continued) creditedBefore = continued;
      quotes.push({ text: q.text, start, end, passage, speakerName: continued });
    }
    previous = paragraph;
  }
  return quotes;
}

/**
 * Where the quotations of a document's paragraphs stand, in the order `quotesOfParagraphs` lists
 * them (a paragraph's turns, then its quotes), without their speakers: reading where quotations
 * stand costs a fraction of finding who says each.
 */
export function quotationSpansOfParagraphs(doc: SourceDocument, paragraphs: readonly (readonly [Span, unknown])[]): Span[] {
  const spans: Span[] = [];
  const turns = turnsOfDocument(doc.text);
  let nextTurn = 0;
  for (const [paragraph] of paragraphs) {
    // As quotesOfParagraphs walks them: turns outside every paragraph are passed over.
    while (nextTurn < turns.length && turns[nextTurn]!.start < paragraph.start) nextTurn++;
    for (; nextTurn < turns.length && turns[nextTurn]!.start < paragraph.end; nextTurn++) {
      const turn = turns[nextTurn]!;
      spans.push({ start: turn.start, end: turn.start + turn.text.length });
    }
    const text = doc.text.slice(paragraph.start, paragraph.end);
    for (const q of quotationSpans(text)) spans.push({ start: q.start + paragraph.start, end: q.end + paragraph.start });
  }
  return spans;
}

/** A transcript's turns ("Ben: It's fixed in the current build."), an email's or an interview's: the speaker's words. */
function turnsOfDocument(text: string): Turn[] {
  // A transcript's turn and an interview's question each open a line with a label, a colon and
  // a space or a tab: a text with fewer such colons than three turns (two questions) is neither,
  // and is not read line by line for them.
  const colons = labelColons(text, 3);
  return (colons >= 3 ? transcriptTurns(text) : undefined) ?? emailBody(text) ?? (colons >= 2 ? interviewAnswers(text) : undefined) ?? [];
}

/** How many of the text's colons a space or a tab follows, counted up to `most`. */
function labelColons(text: string, most: number): number {
  let n = 0;
  for (let at = text.indexOf(':'); at >= 0 && n < most; at = text.indexOf(':', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x20 || next === 0x09) n++;
  }
  return n;
}

// How far back a pronoun's person is looked for: a reader's reach, and a bound on the work of a
// paragraph of thousands of quotes.
const ANTECEDENT_WINDOW = 600;

/**
 * The people a document has named by their full names, by surname, paragraph by paragraph: read
 * only as far as a pronoun's quote asks, and each paragraph once. A surname two people share
 * stands for itself.
 */
class KnownPeople {
  private readonly bySurname = new Map<string, string>();
  private read = 0;

  constructor(private readonly text: string, private readonly paragraphs: readonly [Span, number[]][], private readonly passageStart: (i: number) => number, private readonly passageEnd: (i: number) => number) {}

  /** Full names by surname, of the people named in the paragraphs before `paragraph`. */
  before(paragraph: Span): ReadonlyMap<string, string> {
    while (this.read < this.paragraphs.length && this.paragraphs[this.read]![0].start < paragraph.start) {
      for (const i of this.paragraphs[this.read]![1]) {
        for (const name of findNames(this.text.slice(this.passageStart(i), this.passageEnd(i)))) {
          if (name.kind !== 'person') continue;
          const parts = name.name.split(/\s+/);
          if (parts.length < 2) continue;
          const surname = parts[parts.length - 1]!;
          const known = this.bySurname.get(surname);
          this.bySurname.set(surname, known === undefined || known === name.name ? name.name : surname);
        }
      }
      this.read++;
    }
    return this.bySurname;
  }
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*/gu;

/**
 * Whom "he" or "she" means at the end of `text`: the person it names last, by a full name or by
 * the surname of someone the document named in full before ("Amsel, who campaigned on ..., said
 * he did not regret running." after "Derek Amsel": Derek Amsel).
 */
function pronounSpeaker(text: string, known: ReadonlyMap<string, string>, pronoun: 'he' | 'she'): string | undefined {
  // "he" is no one addressed as "Ms", "she" no one addressed as "Mr" ("Mr Furlong conceded ...
  // and congratulated Ms Kettering. '...,' he said": Mr Furlong).
  const other = pronoun === 'he' ? FEMALE_ADDRESS : MALE_ADDRESS;
  const fits = (at: number): boolean => !other.test(text.slice(Math.max(0, at - 8), at));
  const named = findNames(text);
  // A name inside another's description is not who the sentence is about ("Kirsty Manders, who
  // ran the Recall Fairlie campaign, said ... '...,' she said": Kirsty Manders).
  const described: Span[] = [];
  for (const n of named) {
    const at = n.role ? text.indexOf(n.role, n.end) : -1;
    if (at >= 0 && at - n.end <= 8) described.push({ start: at, end: at + n.role!.length });
  }
  const people = named.filter((n) => n.kind === 'person' && fits(n.start) && !described.some((d) => n.start >= d.start && n.end <= d.end) && !other.test(`${n.role ?? ''} `) && !other.test(`${n.full.slice(0, n.full.length - n.name.length)}`) && !other.test(`${n.name.split(/\s+/)[0]} `));
  const last = people[people.length - 1];
  let name = last?.name;
  if (known.size === 0) return name;
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const full = known.get(m[0].replace(/['’]s?$/u, ''));
    if (full && (!last || m.index >= last.end) && fits(m.index) && !described.some((d) => m.index >= d.start && m.index < d.end)) name = full;
  }
  return name;
}

// A form of address right before a name.
const FEMALE_ADDRESS = /\b(?:Ms|Mrs|Miss|Dame|Lady)\.?\s+$/;
const MALE_ADDRESS = /\b(?:Mr|Sir|Lord)\.?\s+$/;

// A speaker's label: up to four capitalised words ("Anna", "MARIA LOPEZ"), before a colon.
export const TURN_LABEL = "\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3}";
// A turn of a transcript: a speaker's name, a colon, what they said ("Anna: OK, let's start."); or
// the speaker's part and name in brackets ("HEALTH MINISTER (DAVID KERR): It isn't.").
const TURN = new RegExp(`^[ \\t]*(?:${TURN_LABEL}[ \\t]*\\((${TURN_LABEL})\\)|(${TURN_LABEL}))[ \\t]*:[ \\t]+(\\S[^\\n]*?)[ \\t]*$`, 'gmu');
// Labels of a page's or a message's fields, not speakers.
const FIELD_LABELS = new Set(['published', 'updated', 'posted', 'source', 'sources', 'photo', 'image', 'picture', 'caption', 'credit',
  'keywords', 'tags', 'topics', 'note', 'notes', 'editor', "editor's note", 'related', 'read more', 'share', 'by', 'date', 'time',
  'title', 'subject', 'from', 'to', 'cc', 'bcc', 'sent', 're', 'fw', 'fwd', 'attachment', 'attachments', 'location', 'venue',
  'q', 'a', 'question', 'answer', 'summary', 'update', 'warning', 'disclaimer', 'contact', 'email', 'phone', 'tel', 'fax', 'web',
  'website', 'url', 'link', 'agenda', 'attendees', 'present', 'minutes', 'action', 'actions', 'step', 'example', 'figure', 'table']);

interface Turn {
  speaker: string;
  text: string;
  start: number;
}

function turnsOf(text: string): Turn[] {
  const out: Turn[] = [];
  TURN.lastIndex = 0;
  for (let m = TURN.exec(text); m; m = TURN.exec(text)) {
    const speaker = (m[1] ?? m[2])!;
    if (FIELD_LABELS.has(speaker.toLowerCase())) continue;
    const said = m[3]!;
    out.push({ speaker, text: said, start: m.index + m[0].indexOf(said, m[0].indexOf(':') + 1) });
  }
  return out;
}

/**
 * The turns of a text that is a transcript, none of another. A transcript has three or more
 * turns by two or more speakers who each speak twice on average, and turns are at least half its
 * lines. A web page's labelled lines ("Born:", "Gallery Hours:", "Consumer Guide:") are a minority
 * of its lines, each label used once or so.
 */
function transcriptTurns(text: string): Turn[] | undefined {
  const turns = turnsOf(text);
  if (turns.length < 3) return undefined;
  const speakers = new Set(turns.map((t) => t.speaker)).size;
  if (speakers < 2 || speakers * 2 > turns.length) return undefined;
  let lines = 0;
  for (const line of text.split('\n')) if (line.trim()) lines++;
  if (turns.length * 2 < lines) return undefined;
  // Labels in capitals ("MARIA LOPEZ:") name their speakers as a reader writes them.
  const written = new Map<string, string>();
  for (const t of turns) {
    if (/\p{Ll}/u.test(t.speaker)) continue;
    let name = written.get(t.speaker);
    // The text is searched for the first few speakers' names only: a hostile transcript of
    // thousands of speakers would cost their number times its length.
    if (name === undefined) written.set(t.speaker, (name = written.size < SEARCHED_SPEAKERS ? inMixedCase(t.speaker, text) : titleCase(t.speaker)));
    t.speaker = name;
  }
  return turns;
}

/**
 * A name written in capitals as the text writes it elsewhere in mixed case ("Maria Lopez"), or
 * with each word capitalised.
 */
function inMixedCase(name: string, text: string): string {
  const pattern = new RegExp(`\\b${escapeRegExp(name).replace(/\s+/g, '\\s+')}\\b`, 'giu');
  // The opening of the text is read: a name a transcript writes in full is written early.
  for (const m of text.slice(0, NAME_SEARCH_CHARS).matchAll(pattern)) if (/\p{Ll}/u.test(m[0])) return m[0];
  return titleCase(name);
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const SEARCHED_SPEAKERS = 32;
const NAME_SEARCH_CHARS = 100_000;

// An email's header lines: "From: Helen Marsh <helen@example.org>", "To:", "Subject:" ...
const HEADER = /^[ \t]*(from|to|cc|bcc|subject|date|sent|reply-to)[ \t]*:[ \t]*([^\n]*)$/i;
// How many lines may open an email before its headers end.
const HEADER_LINES = 12;

/**
 * The paragraphs of an email's body, credited to its sender: a text that opens with a "From:"
 * header and another (To, Subject, Date ...) is a message, and what it says, its sender wrote
 * ("Please do not run the dishwashers on Friday evening" is Helen Marsh's). None where the
 * sender is only an address.
 */
function emailBody(text: string): Turn[] | undefined {
  const lines = text.split('\n', HEADER_LINES + 1);
  let sender: string | undefined;
  let headers = 0;
  let offset = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = HEADER.exec(line);
    if (m) {
      headers++;
      if (m[1]!.toLowerCase() === 'from') sender = cleanSender(m[2]!);
    } else if (line.trim() || headers) break;
    offset += line.length + 1;
  }
  if (!sender || headers < 2 || !/^\p{Lu}/u.test(sender) || i === lines.length) return undefined;
  const out: Turn[] = [];
  // The sender's paragraphs, each a turn; a quoted earlier message ("On 13 May, Luis Ferreira
  // wrote:" then lines opening ">") is its writer's, line by line, or nobody's.
  let quoted: string | undefined;
  let paragraph: { start: number; end: number } | undefined;
  const close = (): void => {
    if (paragraph) out.push({ speaker: sender, text: text.slice(paragraph.start, paragraph.end), start: paragraph.start });
    paragraph = undefined;
  };
  for (let at = offset; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    const line = text.slice(at, end);
    const wrote = WROTE.exec(line);
    const marks = /^[ \t]*(?:>[ \t]?)+/.exec(line);
    if (wrote) {
      close();
      quoted = cleanSender(wrote[1]!);
    } else if (marks) {
      close();
      const said = line.slice(marks[0].length).trim();
      if (said && quoted && /^\p{Lu}/u.test(quoted)) out.push({ speaker: quoted, text: said, start: at + line.indexOf(said, marks[0].length) });
    } else if (!line.trim()) {
      close();
    } else {
      const from = at + line.length - line.trimStart().length;
      const to = at + line.trimEnd().length;
      paragraph = paragraph ? { start: paragraph.start, end: to } : { start: from, end: to };
    }
    at = end + 1;
  }
  close();
  return out.length ? out : undefined;
}

// "On 13 May 2024, Luis Ferreira wrote:", "On Mon, Luis Ferreira <luis@example.com> wrote:".
const WROTE = /^[ \t]*(?:>[ \t]?)*On\b[^\n]{0,120}?,[ \t]*([^,\n]+?)[ \t]*(?:<[^>\n]*>)?[ \t]*wrote:[ \t]*$/;

/** A sender as a reader names them: without the address and quotation marks. */
function cleanSender(from: string): string {
  const name = from.replace(/<[^>]*>|\S+@\S+|["']/g, '').replace(/\s+/g, ' ').trim();
  // "Marsh, Helen" is Helen Marsh.
  const reversed = /^([^,]+),\s*([^,]+)$/.exec(name);
  return reversed ? `${reversed[2]} ${reversed[1]}` : name;
}

// An interview's questions and answers, each opening its line ("Q: Why now?", "A: Because ...").
const QUESTION = /^[ \t]*Q[ \t]*:[ \t]+\S/gmu;
const ANSWER = /^[ \t]*A[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$/gmu;
// How much of an interview's opening is read for the person interviewed.
const INTRODUCTION = 2_000;

/**
 * The answers of a text written as an interview, two or more "Q:" lines and as many "A:" lines,
 * credited to the person its introduction names first ("Lena Ortiz has run the Eastbrook public
 * library since 2019. We spoke to her ..."): what an answer says, that person said. None where
 * the introduction names nobody.
 */
function interviewAnswers(text: string): Turn[] | undefined {
  QUESTION.lastIndex = 0;
  const first = QUESTION.exec(text);
  if (!first) return undefined;
  let questions = 1;
  while (questions < 2 && QUESTION.exec(text)) questions++;
  if (questions < 2) return undefined;
  const intro = text.slice(Math.max(0, first.index - INTRODUCTION), first.index);
  const person = findNames(intro).find((n) => n.kind === 'person');
  if (!person) return undefined;
  const out: Turn[] = [];
  ANSWER.lastIndex = 0;
  for (let m = ANSWER.exec(text); m; m = ANSWER.exec(text)) out.push({ speaker: person.name, text: m[1]!, start: m.index + m[0].indexOf(m[1]!, m[0].indexOf(':') + 1) });
  return out.length >= 2 ? out : undefined;
}

export const NAME_KINDS: NameCandidate['kind'][] = ['person', 'organisation', 'place', 'work', 'unknown'];

/** A document read by an `Analyser`: passages are numbered from 0 within it. */
export interface DocumentAnalysis {
  /** Rows of A_PASSAGE_FIELDS columns (APassageCol in columns.ts). */
  passages: Int32Array;
  /** (term, count) pairs of the passages, terms by the analyser's ids. */
  pairs: Int32Array;
  /** Rows of A_NAME_FIELDS columns (ANameCol). */
  names: Int32Array;
  /** Rows of A_QUOTE_FIELDS columns (AQuoteCol). */
  quotes: Int32Array;
  strings: string[];
  /** Terms the analyser met first in this document: its ids `firstNewTerm` on. */
  newTerms: string[];
  firstNewTerm: number;
}

/**
 * Reads documents into `DocumentAnalysis`es with a vocabulary of its own (each analysis carries
 * the terms it adds to it, so a receiver keeps a `TermTable` per analyser). One per thread.
 */
export class Analyser {
  private readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private sent = 0;
  // Terms in order of first use, as `Corpus` counts them.
  private readonly counter = new TermCounter((term) => {
    let id = this.termIds.get(term);
    if (id === undefined) this.termIds.set(term, (id = this.terms.push(term) - 1));
    return id;
  });

  analyse(doc: SourceDocument): DocumentAnalysis {
    const passages: number[] = [];
    const pairs: number[] = [];
    const names: number[] = [];
    const { strings, id: stringId } = stringNumbering();
    const paragraphs: [Span, number[]][] = [];
    let paragraphPassages: number[] = [];
    let count = 0;
    forEachPassage(doc, (span, paragraph, sentence, text) => {
      const index = count++;
      const from = pairs.length;
      const length = this.counter.count(text, pairs);
      passages.push(span.start, span.end, paragraph.start, paragraph.end, sentence, length, from, pairs.length);
      paragraphPassages.push(index);
      // Not through `findNames`'s memory of recent sentences (as `Corpus` reads names): each
      // sentence would be hashed whole to be found again by no one.
      for (const name of namesOfSentence(text)) {
        names.push(name.start + span.start, name.end + span.start, index, NAME_KINDS.indexOf(name.kind) * 2 + (name.certain ? 1 : 0), stringId(name.name), stringId(name.role), stringId(name.full));
      }
    }, (paragraph) => {
      paragraphs.push([paragraph, paragraphPassages]);
      paragraphPassages = [];
    });
    const quotes: number[] = [];
    const at = (i: number, col: number): number => passages[i * A_PASSAGE_FIELDS + col]!;
    for (const q of quotesOfParagraphs(doc, paragraphs, (i) => at(i, APassageCol.start), (i) => at(i, APassageCol.end))) {
      quotes.push(q.start, q.end, q.passage, stringId(q.text), stringId(q.speakerName));
    }
    const firstNewTerm = this.sent;
    this.sent = this.terms.length;
    return {
      passages: Int32Array.from(passages), pairs: Int32Array.from(pairs), names: Int32Array.from(names), quotes: Int32Array.from(quotes),
      strings, newTerms: this.terms.slice(firstNewTerm), firstNewTerm,
    };
  }
}

/** The terms of one analyser, as its analyses arrive (in the order it made them). */
export class TermTable {
  readonly terms: string[] = [];

  /** Takes the terms an analysis adds; analyses of one analyser must come in the order made. */
  take(analysis: DocumentAnalysis): void {
    if (analysis.firstNewTerm !== this.terms.length) throw new Error(`analyses out of order: terms from ${analysis.firstNewTerm}, ${this.terms.length} known`);
    for (const term of analysis.newTerms) this.terms.push(term);
  }
}

/** A document with its analysis, and the table of the analyser that made it. */
export interface AnalysedDocument {
  doc: SourceDocument;
  analysis: DocumentAnalysis;
  terms: TermTable;
}

function isExcluded(span: Span, excluded: Span[]): boolean {
  return excluded.some((x) => x.start <= span.start && span.end <= x.end);
}

/**
 * Whether a span is in Latin letters: `latin` when every letter is, `mostly` when at least half
 * of its first 400 letters are, else `other` (other-language boilerplate never supports a claim).
 */
function scriptOf(text: string, span: Span): 'latin' | 'mostly' | 'other' {
  let latin = 0;
  let other = 0;
  let i = span.start;
  for (; i < span.end && latin + other < 400; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c > 0x2ff && /\p{L}/u.test(text[i]!)) other++;
  }
  if (latin < other) return 'other';
  return other === 0 && i >= span.end ? 'latin' : 'mostly';
}
