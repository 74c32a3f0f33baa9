import type { Entity, Passage, SourceDocument, SourceQuote, Span } from '../model.js';
import { splitParagraphs, splitSentences } from '../text/segment.js';
import { contentTokens } from '../text/tokens.js';
import { entityKey, resolveEntities, type PlacedName } from './entities.js';
import { findNames } from './names.js';
import { findQuotes, paragraphSpeaker } from './quotes.js';

export interface PassageHit {
  passage: Passage;
  score: number;
}

export interface CorpusOptions {
  /** Extra aliases from configuration: canonical name -> aliases. */
  aliases?: Record<string, string[]>;
}

interface RawQuote extends Omit<SourceQuote, 'speakerId'> {}

interface DocumentEntry {
  doc: SourceDocument;
  passages: number[];
  names: PlacedName[];
  quotes: RawQuote[];
}

// BM25 parameters, the usual ones.
const K1 = 1.2;
const B = 0.75;

/**
 * The indexed sources: passages (sentences), an inverted index over their content words,
 * entities with aliases and roles, and quotations with their speakers. Documents can be added
 * and removed one at a time; derived views (entities, quotes) are rebuilt lazily.
 */
export class Corpus {
  private readonly entries = new Map<string, DocumentEntry>();
  /** Passages by index; `undefined` once their document is removed. */
  private readonly passageSlots: (Passage | undefined)[] = [];
  private readonly passageTerms: (Map<string, number> | undefined)[] = [];
  private readonly passageLength: number[] = [];
  private readonly postings = new Map<string, Map<number, number>>();
  private livePassages = 0;
  private totalLength = 0;
  private derived?: { entities: Entity[]; quotes: SourceQuote[]; byName: Map<string, Entity[]> };

  constructor(private readonly options: CorpusOptions = {}) {}

  static build(documents: Iterable<SourceDocument>, options?: CorpusOptions): Corpus {
    const corpus = new Corpus(options);
    for (const doc of documents) corpus.addDocument(doc);
    return corpus;
  }

  get documents(): SourceDocument[] {
    return [...this.entries.values()].map((e) => e.doc);
  }

  getDocument(id: string): SourceDocument | undefined {
    return this.entries.get(id)?.doc;
  }

  /** The document with this workspace-relative path. */
  documentAt(path: string): SourceDocument | undefined {
    for (const e of this.entries.values()) if (e.doc.path === path) return e.doc;
    return undefined;
  }

  get passages(): Passage[] {
    return this.passageSlots.filter((p): p is Passage => p !== undefined);
  }

  passage(index: number): Passage | undefined {
    return this.passageSlots[index];
  }

  passagesOf(docId: string): Passage[] {
    return (this.entries.get(docId)?.passages ?? []).map((i) => this.passageSlots[i]!);
  }

  get entities(): Entity[] {
    return this.view().entities;
  }

  get quotes(): SourceQuote[] {
    return this.view().quotes;
  }

  /** Adds a document, replacing any document with the same id. */
  addDocument(doc: SourceDocument): void {
    this.removeDocument(doc.id);
    const entry: DocumentEntry = { doc, passages: [], names: [], quotes: [] };
    this.entries.set(doc.id, entry);
    const text = doc.text;
    for (const paragraph of splitParagraphs(text)) {
      if (isExcluded(paragraph, doc.excluded) || !isMostlyLatin(text, paragraph)) continue;
      const sentences = splitSentences(text.slice(paragraph.start, paragraph.end), paragraph.start);
      let sentenceInParagraph = 0;
      const paragraphPassages: number[] = [];
      for (const span of sentences) {
        if (isExcluded(span, doc.excluded) || !isMostlyLatin(text, span)) continue;
        const index = this.passageSlots.length;
        const passage: Passage = { index, docId: doc.id, span, text: text.slice(span.start, span.end), paragraph, sentenceInParagraph: sentenceInParagraph++ };
        this.indexPassage(passage);
        entry.passages.push(index);
        paragraphPassages.push(index);
        for (const name of findNames(passage.text)) {
          entry.names.push({ ...name, start: name.start + span.start, end: name.end + span.start, docId: doc.id, passage: index });
        }
      }
      this.collectQuotes(entry, paragraph, paragraphPassages);
    }
    this.derived = undefined;
  }

  removeDocument(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const index of entry.passages) {
      const terms = this.passageTerms[index];
      if (terms) {
        for (const term of terms.keys()) {
          const list = this.postings.get(term);
          list?.delete(index);
          if (list && list.size === 0) this.postings.delete(term);
        }
      }
      this.totalLength -= this.passageLength[index] ?? 0;
      this.livePassages--;
      this.passageSlots[index] = undefined;
      this.passageTerms[index] = undefined;
    }
    this.entries.delete(id);
    this.derived = undefined;
    return true;
  }

  /** Best passages for a text by BM25 over content words, best first. */
  search(text: string, limit = 10): PassageHit[] {
    const terms = new Map<string, number>();
    for (const t of contentTokens(text)) terms.set(t.norm, (terms.get(t.norm) ?? 0) + 1);
    const scores = new Map<number, number>();
    const n = Math.max(1, this.livePassages);
    const avg = this.totalLength / n || 1;
    for (const term of terms.keys()) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
      for (const [index, tf] of list) {
        const len = this.passageLength[index]!;
        const s = idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avg)));
        scores.set(index, (scores.get(index) ?? 0) + s);
      }
    }
    const hits = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
    return hits.map(([index, score]) => ({ passage: this.passageSlots[index]!, score }));
  }

  /** Inverse document frequency of a normalised term over passages (rare words weigh more). */
  idf(norm: string): number {
    const df = this.postings.get(norm)?.size ?? 0;
    const n = Math.max(1, this.livePassages);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Whether any passage contains this normalised term. */
  hasTerm(norm: string): boolean {
    return this.postings.has(norm);
  }

  /** Passage indices containing a normalised term. */
  passagesWithTerm(norm: string): number[] {
    return [...(this.postings.get(norm)?.keys() ?? [])];
  }

  /** The entity a name refers to (canonical name or alias, case-insensitive), preferring `docId`. */
  findEntity(name: string, docId?: string): Entity | undefined {
    const candidates = this.view().byName.get(entityKey(name)) ?? [];
    if (candidates.length <= 1 || !docId) return candidates[0];
    return candidates.find((e) => e.mentions.some((m) => m.docId === docId)) ?? candidates[0];
  }

  /** Entities whose names start with a prefix (case-insensitive), most mentioned first. */
  entitiesByPrefix(prefix: string, limit = 50): Entity[] {
    const key = prefix.toLowerCase();
    const out: Entity[] = [];
    for (const e of this.view().entities) {
      if ([e.name, ...e.aliases].some((n) => n.toLowerCase().startsWith(key) || n.toLowerCase().split(/\s+/).some((w) => w.startsWith(key)))) {
        out.push(e);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  private indexPassage(passage: Passage): void {
    const terms = new Map<string, number>();
    let length = 0;
    for (const t of contentTokens(passage.text)) {
      terms.set(t.norm, (terms.get(t.norm) ?? 0) + 1);
      length++;
    }
    this.passageSlots[passage.index] = passage;
    this.passageTerms[passage.index] = terms;
    this.passageLength[passage.index] = length;
    this.totalLength += length;
    this.livePassages++;
    for (const [term, tf] of terms) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = new Map()));
      list.set(passage.index, tf);
    }
  }

  private collectQuotes(entry: DocumentEntry, paragraph: Span, passages: number[]): void {
    if (!passages.length) return;
    const text = entry.doc.text.slice(paragraph.start, paragraph.end);
    for (const q of findQuotes(text)) {
      const start = q.span.start + paragraph.start;
      const end = q.span.end + paragraph.start;
      const passage = passages.find((i) => {
        const p = this.passageSlots[i]!;
        return p.span.start <= start && start < p.span.end;
      }) ?? passages[0]!;
      // Scare quotes ("coercive", "Pax Silica") carry no speaker; real quotations of a
      // paragraph without attribution belong to the paragraph's last named speaker.
      const words = q.text.trim().split(/\s+/).length;
      const speaker = q.speaker ?? (words >= 4 ? paragraphSpeaker(text, text.length) : undefined);
      entry.quotes.push({ docId: entry.doc.id, text: q.text, span: { start, end }, passage, speakerName: speaker });
    }
  }

  private view(): NonNullable<Corpus['derived']> {
    if (this.derived) return this.derived;
    const names = [...this.entries.values()].flatMap((e) => e.names);
    const entities = resolveEntities(names, this.options.aliases);
    const byName = new Map<string, Entity[]>();
    for (const e of entities) {
      for (const name of [e.name, ...e.aliases]) {
        const key = entityKey(name);
        const list = byName.get(key) ?? [];
        if (!list.includes(e)) list.push(e);
        byName.set(key, list);
      }
    }
    // Prefer people for bare surnames, then most mentioned.
    for (const list of byName.values()) list.sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.mentions.length - a.mentions.length);
    this.derived = { entities, quotes: [], byName };
    const quotes: SourceQuote[] = [];
    for (const entry of this.entries.values()) {
      for (const q of entry.quotes) {
        const speaker = q.speakerName ? this.findEntity(q.speakerName, q.docId) : undefined;
        quotes.push({ ...q, speakerId: speaker?.id });
      }
    }
    this.derived.quotes = quotes;
    return this.derived;
  }
}

function isExcluded(span: Span, excluded: Span[]): boolean {
  return excluded.some((x) => x.start <= span.start && span.end <= x.end);
}

/** True when at least half the letters are Latin: other-language boilerplate never supports a claim. */
function isMostlyLatin(text: string, span: Span): boolean {
  let latin = 0;
  let other = 0;
  for (let i = span.start; i < span.end && latin + other < 400; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c > 0x2ff && /\p{L}/u.test(text[i]!)) other++;
  }
  return latin >= other;
}
