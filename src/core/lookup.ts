// "What is at this offset?" for front ends that point at text: the statement, quote or entity
// under the cursor of a draft, and what the corpus knows about it (hover cards, peeks).
import { draftOffsetOf } from './draft/parse.js';
import { closestQuote, locateQuote } from './grounding/quote-match.js';
import { wordDiff } from './grounding/diff.js';
import type { Corpus } from './index/corpus.js';
import type {
  Draft, Entity, LineRange, SourceDocument, Span, Statement, StatementQuote, WordDiffPart,
} from './model.js';
import { speakerOfQuote } from './quote-speaker.js';
import { LineIndex } from './text/lines.js';

export { speakerOfQuote };

/** The statement whose span holds the offset (end inclusive, so a cursor after the full stop counts). */
export function statementAt(draft: Draft, offset: number): Statement | undefined {
  return draft.statements.find((s) => s.span.start <= offset && offset <= s.span.end);
}

/** A quoted span of a statement, with its place in the draft source. */
export interface DraftQuote {
  statement: Statement;
  quote: StatementQuote;
  /** Span of the quoted words in the draft source. */
  span: Span;
}

/** The quote of the draft whose words (or quotation marks) hold the offset. */
export function quoteAt(draft: Draft, offset: number): DraftQuote | undefined {
  const statement = statementAt(draft, offset);
  if (!statement) return undefined;
  for (const quote of statement.quotes) {
    if (quote.span.end <= quote.span.start) continue;
    const span = { start: draftOffsetOf(statement, quote.span.start), end: draftOffsetOf(statement, quote.span.end - 1) + 1 };
    // One character either side: the quotation marks themselves.
    if (span.start - 1 <= offset && offset <= span.end + 1) return { statement, quote, span };
  }
  return undefined;
}

/** An entity named in a text, and where. */
export interface EntityHit {
  entity: Entity;
  /** Span of the name in the text that was searched. */
  span: Span;
}

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
// Institutions run long: "Chinese Academy of International Trade and Economic Cooperation" has 8 words.
const MAX_NAME_WORDS = 10;

/**
 * The entity whose name (canonical or alias) covers the offset of a text, the longest name
 * first: in "Foreign Ministry Spokesperson Guo Jiakun" the cursor on "Guo" finds Guo Jiakun.
 * Only the line of the offset is read, so the cost does not grow with the draft.
 */
export function entityAt(corpus: Corpus, text: string, offset: number, docId?: string): EntityHit | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const line = text.slice(lineStart, lineEnd);
  const words: Span[] = [];
  for (const m of line.matchAll(NAME_WORD)) {
    // A trailing full stop or possessive belongs to the sentence, not to the name ("Guo." "Guo's").
    const word = m[0].replace(/(?:['’]s|\.)$/u, '');
    words.push({ start: lineStart + m.index!, end: lineStart + m.index! + word.length });
  }
  const at = words.findIndex((w) => w.start <= offset && offset <= w.end);
  if (at < 0) return undefined;
  for (let length = Math.min(MAX_NAME_WORDS, words.length); length >= 1; length--) {
    for (let first = Math.max(0, at - length + 1); first <= at && first + length <= words.length; first++) {
      const span = { start: words[first]!.start, end: words[first + length - 1]!.end };
      const name = text.slice(span.start, span.end);
      // Names are capitalised; this keeps "us" and "will" from finding the US or a Will.
      if (!/^[\p{Lu}\p{N}]/u.test(name)) continue;
      const entity = corpus.findEntity(name, docId);
      if (entity && entity.kind !== 'number' && entity.kind !== 'date') return { entity, span };
    }
  }
  return undefined;
}

/** A place in a source, with enough around it to show. */
export interface SourceLocation {
  docId: string;
  /** Workspace-relative source path. */
  path: string;
  title?: string;
  published?: string;
  span: Span;
  range: LineRange;
  /** The sentence holding the place (or the span's own text when no passage holds it). */
  snippet: string;
}

/** What a hover card says about an entity. */
export interface EntityCard {
  entity: Entity;
  /** Number of sources mentioning the entity. */
  sourceCount: number;
  /** The first mention in each source, in corpus order, at most `limit`. */
  firstMentions: SourceLocation[];
}

export function entityCard(corpus: Corpus, entity: Entity, limit = 3): EntityCard {
  // The corpus counts the sources; the mentions are read only as far as the first few sources.
  const docs = new Set<string>();
  const firstMentions: SourceLocation[] = [];
  for (const mention of entity.mentions) {
    if (firstMentions.length >= limit) break;
    if (docs.has(mention.docId)) continue;
    docs.add(mention.docId);
    const where = sourceLocation(corpus, mention.docId, mention.span, mention.passage);
    if (where) firstMentions.push(where);
  }
  return { entity, sourceCount: corpus.documentsMentioning(entity).count, firstMentions };
}

const lineIndexes = new WeakMap<SourceDocument, LineIndex>();

/** A span of a source as a location with its line range and the sentence around it. */
export function sourceLocation(corpus: Corpus, docId: string, span: Span, passage?: number): SourceLocation | undefined {
  const doc = corpus.getDocument(docId);
  if (!doc) return undefined;
  let lines = lineIndexes.get(doc);
  if (!lines) lineIndexes.set(doc, (lines = new LineIndex(doc.text)));
  const holder = passage !== undefined ? corpus.passage(passage) : undefined;
  const snippet = holder && holder.docId === docId ? holder.text : doc.text.slice(span.start, span.end);
  return { docId, path: doc.path, title: doc.title, published: doc.published, span, range: lines.rangeOf(span), snippet };
}

/** Below this word overlap the closest source text is not the same quote at all. */
const ALTERED_SIMILARITY = 0.5;

/** Whether a draft quote is in the sources, and the source's own words. */
export interface QuoteReport {
  status: 'verbatim' | 'altered' | 'not-found';
  /** The source's words: the whole quotation when the source marks one, else the matched text. */
  sourceText?: string;
  /** Speaker of the source quotation, canonical name when resolved. */
  speaker?: string;
  where?: SourceLocation;
  /** Word diff from the draft's words to the source's, when altered. */
  diff?: WordDiffPart[];
}

/** Looks a quote up in the corpus: verbatim (modulo typography, elisions, insertions), altered, or absent. */
export function quoteReport(corpus: Corpus, quote: string): QuoteReport {
  const located = locateQuote(corpus, quote);
  if (located) {
    const source = located.sourceQuote;
    return {
      status: 'verbatim',
      sourceText: source?.text ?? textOf(corpus, located.docId, located.span),
      speaker: speakerOfQuote(corpus, source),
      where: sourceLocation(corpus, located.docId, source?.span ?? located.span, source?.passage),
    };
  }
  const closest = closestQuote(corpus, quote);
  if (!closest || closest.similarity < ALTERED_SIMILARITY) return { status: 'not-found' };
  return {
    status: 'altered',
    sourceText: closest.text,
    speaker: speakerOfQuote(corpus, closest.sourceQuote),
    where: sourceLocation(corpus, closest.docId, closest.span, closest.sourceQuote?.passage),
    diff: wordDiff(quote, closest.text),
  };
}

function textOf(corpus: Corpus, docId: string, span: Span): string {
  return corpus.getDocument(docId)?.text.slice(span.start, span.end) ?? '';
}
