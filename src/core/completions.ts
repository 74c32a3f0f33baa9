// Completion candidates for a draft: entity names, quotations with their attribution and
// citation, and figures and dates, all from the sources. Ranked here so every front end agrees.
import Fuse from 'fuse.js';
import type { Corpus } from './index/corpus.js';
import { citationOf } from './citation.js';
import { speakerOfQuote } from './quote-speaker.js';
import { NameIndex } from './completion/name-index.js';
import type { Entity, EntityKind, SourceDocument, SourceQuote } from './model.js';
import { findQuantities, type QuantityKind } from './text/numbers.js';
import { escapeRegExp } from './text/regexp.js';
import { topK } from './top-k.js';

// ---------------------------------------------------------------------------------------------
// Where the cursor is

export type CompletionContext =
  | { kind: 'word'; /** The typed word (may be empty). */ prefix: string; /** Where the word starts. */ start: number; /** Text of the line before the word. */ before: string }
  | { kind: 'quote'; open: string; close: string; /** Words typed since the opening mark. */ typed: string; /** Offset just after the opening mark. */ start: number; /** The closing mark already follows the cursor (auto-closed). */ closedAfter: boolean; /** Text of the line outside the quote being typed: a speaker named there is not repeated. */ line: string }
  | CitationContext;

/** Inside a link destination (`[...](▮`) or a footnote label (`[^▮`): a source is being cited. */
export interface CitationContext {
  kind: 'citation';
  style: 'inline' | 'footnote';
  /** What is typed of the destination or label so far. */
  typed: string;
  /** Offset where the destination or label starts. */
  start: number;
  /** The sentence the citation ends, up to the link: sources are ranked by how well they support it. */
  sentence: string;
}

const CLOSING_MARK: Record<string, string> = { '"': '"', '“': '”' };
const WORD_BEFORE = /[\p{L}\p{N}$][\p{L}\p{N}$.,'’-]*$/u;

/**
 * What kind of completion fits at an offset of a Markdown draft; undefined where prose is not
 * written: front matter, fenced code, inline code, HTML comments, link destinations.
 */
export function completionContext(text: string, offset: number): CompletionContext | undefined {
  if (insideFrontMatter(text, offset) || insideFence(text, offset)) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (insideInlineCode(before) || insideComment(text, offset)) return undefined;
  const citation = citationContextAt(text, offset, before);
  if (citation !== undefined) return citation ?? undefined;
  const open = openQuote(before);
  if (open) {
    const close = CLOSING_MARK[open.mark]!;
    const lineEnd = text.indexOf('\n', offset);
    const line = before.slice(0, open.at) + text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
    return { kind: 'quote', open: open.mark, close, typed: before.slice(open.at + 1), start: lineStart + open.at + 1, closedAfter: text.startsWith(close, offset), line };
  }
  const word = WORD_BEFORE.exec(before)?.[0] ?? '';
  // A trailing full stop or comma ends a sentence or a clause, not a word being typed.
  if (/[.,]$/.test(word)) return { kind: 'word', prefix: '', start: offset, before };
  return { kind: 'word', prefix: word, start: offset - word.length, before: before.slice(0, before.length - word.length) };
}

function insideFrontMatter(text: string, offset: number): boolean {
  const m = /^(?:---|\+\+\+)\r?\n/.exec(text);
  if (!m) return false;
  const close = new RegExp(`\\n${m[0].startsWith('-') ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
  close.lastIndex = m[0].length - 1;
  const end = close.exec(text);
  return offset <= (end ? end.index + end[0].length - 1 : text.length);
}

function insideFence(text: string, offset: number): boolean {
  let fence: string | undefined;
  const lines = text.slice(0, offset).split('\n');
  // The line of the cursor decides nothing by itself: only fences on earlier lines are open.
  for (const line of lines.slice(0, -1)) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!m) continue;
    if (!fence) fence = m[1];
    else if (m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
  }
  return fence !== undefined;
}

function insideInlineCode(before: string): boolean {
  return ((before.match(/`+/g) ?? []).length) % 2 === 1;
}

function insideComment(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<!--', offset - 4);
  if (open < 0) return false;
  const close = text.indexOf('-->', open + 4);
  return close < 0 || close + 3 > offset;
}

function insideLinkDestination(before: string): boolean {
  const open = before.lastIndexOf('](');
  return open >= 0 && before.indexOf(')', open) < 0;
}

/**
 * A citation being typed: `[label](▮` (a destination without spaces so far) or `[^▮`. Null inside
 * another link destination (nothing is offered there); undefined elsewhere.
 */
function citationContextAt(text: string, offset: number, before: string): CitationContext | null | undefined {
  const footnote = /\[\^([^\]\s]*)$/.exec(before);
  const lineStart = offset - before.length;
  if (footnote) {
    const start = offset - footnote[1]!.length;
    // `[^1]: ...` at the start of a line defines a footnote; it does not cite.
    if (/^\s*$/.test(before.slice(0, footnote.index))) return null;
    return { kind: 'citation', style: 'footnote', typed: footnote[1]!, start, sentence: sentenceBefore(text, lineStart + footnote.index) };
  }
  if (!insideLinkDestination(before)) return undefined;
  const open = before.lastIndexOf('](');
  const typed = before.slice(open + 2);
  if (/\s/.test(typed) || typed.startsWith('<')) return null;
  const label = before.lastIndexOf('[', open);
  // An image is not a citation.
  if (label < 0 || before[label - 1] === '!') return null;
  return { kind: 'citation', style: 'inline', typed, start: offset - typed.length, sentence: sentenceBefore(text, lineStart + label) };
}

/** The text of the sentence that ends at `end` (within its paragraph), without Markdown links' targets. */
function sentenceBefore(text: string, end: number): string {
  const blank = text.lastIndexOf('\n\n', end - 1);
  const paragraphStart = blank < 0 ? 0 : blank + 2;
  const paragraph = text.slice(paragraphStart, end).replace(/\]\([^)]*\)/g, ']').replace(/[[\]()*_]/g, ' ');
  const sentences = paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}"“])/u);
  return (sentences[sentences.length - 1] ?? '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
}

/** The quotation mark the line opened and left open, if any. */
function openQuote(before: string): { mark: string; at: number } | undefined {
  let open: { mark: string; at: number } | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (c === '“') open = { mark: c, at: i };
    else if (c === '”') open = undefined;
    else if (c === '"') open = open?.mark === '"' ? undefined : { mark: c, at: i };
  }
  return open;
}

// ---------------------------------------------------------------------------------------------
// Candidates

export interface EntityCandidate {
  kind: 'entity';
  /** The name to insert. */
  label: string;
  entity: Entity;
  /** Offset where the replaced text starts: earlier than the word when the name began before it ("Guo Ji|"). */
  start: number;
  /** e.g. `person · seeds/global-times.txt`. */
  detail: string;
  /** Whether the name only matched approximately ("Zhuo" for Zhou Mi). */
  fuzzy: boolean;
}

export interface QuoteCandidate {
  kind: 'quote';
  /** The quote's words. */
  label: string;
  quote: SourceQuote;
  speaker?: string;
  /** Exact quote, closing mark, attribution and citation. */
  insertText: string;
  detail: string;
}

export interface FigureCandidate {
  kind: 'figure';
  label: string;
  quantity: QuantityKind;
  /** How many times the sources state it. */
  count: number;
  detail: string;
  /** The first sentence stating it. */
  snippet: string;
  source: string;
}

/** How a completion inserts a quotation. */
export interface QuoteInsertOptions {
  /** Workspace-relative path of the draft, so the citation link is relative to it. */
  draftPath: string;
}

const FUZZY_THRESHOLD = 0.45;
const MIN_FUZZY_PREFIX = 3;
const MAX_PRECEDING_WORDS = 4;

interface RankedName {
  /** The name that matched: the entity's canonical name or an alias. */
  name: string;
  /** The entity's place in the corpus's list. */
  position: number;
  /** 0: the words before the cursor and the typed word begin the name; 1: the name starts with the typed word; 2: one of its words does; 3 and more: approximately. */
  rank: number;
  start: number;
  fuzzy: boolean;
}

/**
 * The completion candidates of one corpus version. Creating one costs nothing beyond the
 * corpus's entity list: names, quotes and figures are gathered on first use, and only the
 * names sharing the typed word's first letter are ever compared with it.
 */
export class CompletionIndex {
  private readonly entityList: readonly Entity[];
  private readonly names: NameIndex;
  private figureList?: FigureCandidate[];
  private quoteList?: SourceQuote[];
  private quoteFuse?: Fuse<SourceQuote>;

  constructor(private readonly corpus: Corpus) {
    this.entityList = corpus.entities;
    this.names = new NameIndex(this.entityList, corpus);
  }

  /**
   * Files the corpus's names now, for a caller with idle time after a change of sources: the
   * first completion then answers at once. Without it, the first completion files them.
   */
  prepare(): void {
    this.names.prepare();
  }

  /**
   * Entity names for the word being typed, best first: names starting with it, then names with
   * a word starting with it, then approximate matches among names sharing its first letter.
   * When the words before the cursor begin a longer name ("Guo Ji"), the candidate replaces them too.
   */
  entities(context: Extract<CompletionContext, { kind: 'word' }>, limit = 30): EntityCandidate[] {
    // One candidate per entity, by its best-ranked name; the first name found wins a tie.
    const best = new Map<number, RankedName>();
    const add = (name: string, position: number, rank: number, start: number, fuzzy: boolean): void => {
      const seen = best.get(position);
      if (!seen || rank < seen.rank) best.set(position, { name, position, rank, start, fuzzy });
    };
    // Longest run of typed words that begins a name.
    const preceding = context.before.match(/(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}$/u)?.[0] ?? '';
    const precedingWords = preceding.trim() ? preceding.trim().split(/\s+/).slice(-MAX_PRECEDING_WORDS) : [];
    for (let n = precedingWords.length; n >= 1; n--) {
      const typed = `${precedingWords.slice(-n).join(' ')} ${context.prefix}`.toLowerCase();
      const start = context.start - (preceding.length - preceding.lastIndexOf(precedingWords[precedingWords.length - n]!));
      this.names.namesStarting(typed, (name, position) => add(name, position, 0, start, false));
      if (best.size) break;
    }
    const prefix = context.prefix.toLowerCase();
    if (prefix && /^\p{L}/u.test(prefix)) {
      this.names.wordsStarting(prefix, (name, position, first) => add(name, position, first ? 1 : 2, context.start, false));
      if (prefix.length >= MIN_FUZZY_PREFIX) {
        // As many typos as fuse.js would allow at this threshold: one in 3 or 4 letters, two in 5 or 6.
        const maxEdits = Math.floor(prefix.length * FUZZY_THRESHOLD);
        this.names.wordsNear(prefix, maxEdits, (name, position, edits) => add(name, position, 3 + edits / prefix.length, context.start, true));
      }
    }
    return bestFirst(best.values(), limit).map(({ name, position, start, fuzzy }) => {
      const entity = this.entityList[position]!;
      // An alias typed exactly is what the writer meant to write; an approximate one is not.
      const label = fuzzy ? entity.name : name;
      // Described only once chosen: a common entity has thousands of mentions to go through.
      return { kind: 'entity', label, entity, start, detail: this.detailOf(entity), fuzzy };
    });
  }

  /**
   * Quotations of the sources for the words typed after an opening quotation mark: those
   * starting with them first, then those containing them, then approximate matches. Scare
   * quotes (a word or two, no speaker) are not offered.
   */
  quotes(context: Extract<CompletionContext, { kind: 'quote' }>, options: QuoteInsertOptions, limit = 20): QuoteCandidate[] {
    const typed = normalise(context.typed);
    const quotes = this.offeredQuotes();
    const ranked: { quote: SourceQuote; rank: number }[] = [];
    for (const quote of quotes) {
      const text = normalise(quote.text);
      const rank = !typed || text.startsWith(typed) ? 0 : text.includes(typed) ? 1 : -1;
      if (rank >= 0) ranked.push({ quote, rank: rank + (quote.speakerName ? 0 : 0.5) });
    }
    if (typed.length >= MIN_FUZZY_PREFIX) {
      this.quoteFuse ??= new Fuse(quotes, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD });
      for (const hit of this.quoteFuse.search(typed, { limit })) {
        if (!ranked.some((r) => r.quote === hit.item)) ranked.push({ quote: hit.item, rank: 2 + (hit.score ?? 1) });
      }
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || a.quote.docId.localeCompare(b.quote.docId) || a.quote.span.start - b.quote.span.start)
      .slice(0, limit)
      .map(({ quote }) => {
        const speaker = speakerOfQuote(this.corpus, quote);
        const doc = this.corpus.getDocument(quote.docId);
        const named = speaker !== undefined && this.speakerNames(quote, speaker).some((name) => containsName(context.line, name));
        return {
          kind: 'quote',
          label: quote.text,
          quote,
          speaker,
          insertText: quoteInsertText(quote, context.close, named ? undefined : speaker, doc, options.draftPath),
          detail: [speaker, doc?.path].filter(Boolean).join(' · '),
        };
      });
  }

  /**
   * Figures and dates stated in the sources that start with the typed word ("26", "Dec",
   * "US$"), most often stated first.
   */
  figures(prefix: string, limit = 20): FigureCandidate[] {
    if (!prefix || !/^(?:\p{N}|US\$|\$|[\p{Lu}][\p{Ll}]{2})/u.test(prefix)) return [];
    const typed = prefix.toLowerCase();
    return this.allFigures()
      .filter((f) => f.label.toLowerCase().startsWith(typed) && f.label.length > prefix.length)
      .slice(0, limit);
  }

  /**
   * Quotations worth offering. Scare quotes are not: a phrase of a few words, not ended inside
   * the marks (`the so-called "allies and partner" countries`), even where the sentence names
   * someone; a short spoken quote keeps its punctuation inside (`"No comment," he said`).
   */
  private offeredQuotes(): SourceQuote[] {
    this.quoteList ??= this.corpus.quotes.filter((q) => {
      const text = q.text.trim();
      return text.split(/\s+/).length >= 4 || (q.speakerName !== undefined && /[.,!?;:…]$/.test(text));
    });
    return this.quoteList;
  }

  /** Every name of a quote's speaker: canonical, aliases, as written in the source. */
  private speakerNames(quote: SourceQuote, speaker: string): string[] {
    const entity = quote.speakerId ? this.corpus.entityById(quote.speakerId) : undefined;
    return [speaker, ...(entity ? [entity.name, ...entity.aliases] : []), ...(quote.speakerName ? [quote.speakerName] : [])];
  }

  private allFigures(): FigureCandidate[] {
    if (this.figureList) return this.figureList;
    const byText = new Map<string, FigureCandidate>();
    for (const passage of this.corpus.passages) {
      for (const q of findQuantities(passage.text)) {
        // A bare year or small count is everywhere; only figures a writer would look up.
        if (q.kind === 'number' && q.value < 10 && !q.unit) continue;
        const seen = byText.get(q.text);
        if (seen) {
          seen.count++;
          continue;
        }
        const source = this.corpus.getDocument(passage.docId)?.path ?? passage.docId;
        byText.set(q.text, { kind: 'figure', label: q.text, quantity: q.kind, count: 1, detail: `${q.kind} · ${source}`, snippet: passage.text, source });
      }
    }
    this.figureList = [...byText.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return this.figureList;
  }

  private detailOf(entity: Entity): string {
    // Counted by the corpus: listing a common entity's mentions means thousands of them.
    const docs = this.corpus.documentsMentioning(entity);
    const first = docs.first ? this.corpus.getDocument(docs.first)?.path : undefined;
    const more = docs.count > 1 ? ` +${docs.count - 1}` : '';
    return `${KIND_LABEL[entity.kind]}${first ? ` · ${first}${more}` : ''}`;
  }
}

/**
 * The first `limit` names by rank, then most mentioned first: a bounded insertion, since a
 * two-letter prefix matches thousands of names and only a screenful is shown. Mentions are
 * compared by the entity's place in the corpus's list, which is sorted by them: counting an
 * entity's mentions may mean listing them.
 */
function bestFirst(candidates: Iterable<RankedName>, limit: number): RankedName[] {
  return topK(candidates, limit, (a, b) => a.rank - b.rank || a.position - b.position);
}

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'person', organisation: 'organisation', place: 'place', work: 'work', number: 'figure', date: 'date',
};

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * `We have noted relevant reports.” — Guo Jiakun ([Global Times](../seeds/global-times.txt))`:
 * the rest of the quotation exactly as the source has it, the closing mark, the speaker and a
 * Markdown link to the source, relative to the draft.
 */
export function quoteInsertText(quote: SourceQuote, close: string, speaker: string | undefined, doc: SourceDocument | undefined, draftPath: string): string {
  const citation = doc ? ` ${citationOf(doc, draftPath)}` : '';
  // The comma that led into "..., Zhou said" in the source has nothing to lead into here; a full
  // stop, question or exclamation mark ends the quoted sentence and stays.
  const words = quote.text.replace(/[\s,;:\-–—]+$/u, '');
  return `${words}${close}${speaker ? ` — ${speaker}` : ''}${citation}`;
}

/** Whether a name is in the line as whole words, ignoring case. */
function containsName(line: string, name: string): boolean {
  if (name.trim().length < 2) return false;
  const escaped = escapeRegExp(name.trim());
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(line);
}
