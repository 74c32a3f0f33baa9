import type { Entity, Passage, SourceDocument, SourceQuote, Span } from '../model.js';
import { finish, runInSlices } from '../steps.js';
import { A_NAME_FIELDS, A_PASSAGE_FIELDS, A_QUOTE_FIELDS, ANameCol, APassageCol, AQuoteCol } from './columns.js';
import { forEachPassage, NAME_KINDS, quotationSpansOfParagraphs, quotesOfParagraphs, type AnalysedDocument, type DocumentAnalysis, type TermTable } from './analyse.js';
import { entityOfEntry, namesOf, quoteSpansIn, quotesIn, type DocumentEntry, type RawQuote } from './document-entry.js';
import { internName, internNameWithKey, PlacedNames } from './entities.js';
import { EntityIndex } from './entity-index.js';
import type { DocumentNames, EntityView, FrozenEntities } from './frozen-entities.js';
import { namesOfSentence } from './names.js';
import { PassageTable } from './passage-table.js';
import { slugOf } from '../sources/slug.js';
import { Postings } from './postings.js';
import { TermCounter } from './terms.js';
import { bm25Idf } from './bm25.js';
import { topPassages } from './search.js';
import { restoreSteps, snapshotSteps, type CorpusSnapshot, type FreshDocument } from './snapshot.js';

export interface PassageHit {
  passage: Passage;
  score: number;
}

export interface CorpusOptions {
  /** Extra aliases from configuration: canonical name -> aliases. */
  aliases?: Record<string, string[]>;
  /**
   * Called with each passage's normalised words (every word, in order: the `norm`s `tokenize`
   * gives) as it is indexed, for a caller that reads them all anyway (`score`'s checker).
   */
  passageWords?: (index: number, norms: string[]) => void;
}

/**
 * The indexed sources: passages (sentences), an inverted index over their content words,
 * entities with aliases and roles, and quotations with their speakers. Documents can be added
 * and removed one at a time; derived views (entities, quotes) are rebuilt lazily.
 */
export class Corpus {
  /** @internal (snapshot.ts) */
  readonly entries = new Map<string, DocumentEntry>();
  /** Document ids by path, in the order added (a path normally has one). */
  private readonly idsByPath = new Map<string, string[]>();
  /** Passages by index, with their terms; removed ones stay as dead rows. */
  /** @internal (snapshot.ts) */
  readonly table = new PassageTable();
  /** @internal (snapshot.ts) */
  readonly postings = new Postings();
  /** @internal (snapshot.ts) */
  livePassages = 0;
  /** @internal (snapshot.ts) */
  totalLength = 0;
  /** @internal (snapshot.ts) */
  readonly entityIndex: EntityIndex;
  /** The entities of the snapshot this corpus was restored from, while no source has changed since. */
  /** @internal (snapshot.ts) */
  frozen?: FrozenEntities;
  /** @internal (snapshot.ts) */
  readonly aliasesKey: string;
  /** Documents whose names the entity index has yet to drop, and those it has yet to take (in corpus order). */
  private readonly namesRemoved = new Set<string>();
  private readonly namesAdded = new Map<string, DocumentEntry>();
  /** A sliced update of the entities under way: the documents it adds, and its remaining steps. */
  private settling?: { ids: Set<string>; steps: Generator<void, void> };
  /** Views derived from the entities, dropped whenever they change. */
  private derived?: {
    quotes?: SourceQuote[];
    /** Quotes of one document with their speakers resolved, filled on first use per document. */
    quotesByDoc?: Map<string, SourceQuote[]>;
  };
  private readonly isLive = (index: number): boolean => this.table.isLive(index);
  private scores = new Float64Array(0);
  private readonly counter = new TermCounter((term) => this.postings.intern(term));
  /** Scratch for `indexPassage`: a passage's (term, count) pairs. */
  private readonly passageTerms: number[] = [];
  /** While building or restoring in one go, postings are packed at the end rather than added one by one. */
  /** @internal (snapshot.ts) */
  packing = false;
  /** Per analyser's term table: its term ids mapped to this corpus's (-1: not met yet). */
  private readonly termsOf = new Map<TermTable, Int32Array>();

  private changes = 0;
  /** Each document's place in `documentIds`, as of `changes`. */
  private ranks?: { changes: number; rank: Map<string, number> };

  /** Whether entity queries are answered from the entities saved with the snapshot (until a source changes or `settleEntities` finishes). */
  get answersFromSavedEntities(): boolean {
    return this.frozen !== undefined;
  }

  /** Counts the documents added and removed so far: work spread over time can tell the corpus changed meanwhile. */
  get revision(): number {
    return this.changes;
  }

  private readonly passageWords?: (index: number, norms: string[]) => void;

  constructor(options: CorpusOptions = {}) {
    this.entityIndex = new EntityIndex(options.aliases);
    this.aliasesKey = aliasesKey(options.aliases);
    this.passageWords = options.passageWords;
  }

  static build(documents: Iterable<SourceDocument>, options?: CorpusOptions): Corpus {
    const corpus = new Corpus(options);
    corpus.packing = true;
    for (const doc of documents) corpus.addDocument(doc);
    finish(corpus.packPostings());
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
    const ids = this.idsByPath.get(path);
    return ids ? this.entries.get(ids[0]!)?.doc : undefined;
  }

  get passages(): Passage[] {
    const out: Passage[] = [];
    for (let i = 0; i < this.table.size; i++) {
      const p = this.table.get(i);
      if (p) out.push(p);
    }
    return out;
  }

  passage(index: number): Passage | undefined {
    return this.table.get(index);
  }

  /** The sentence `step` places from a passage in its own document (-1: the one before), if it has one. */
  passageBeside(p: Passage, step: number): Passage | undefined {
    const beside = this.passage(p.index + step);
    return beside?.docId === p.docId ? beside : undefined;
  }

  /** The passages, each followed by up to `count` sentences after it in its paragraph (each once). */
  withFollowing(passages: readonly Passage[], count: number): Passage[] {
    const out = [...passages];
    for (const p of passages) {
      let n: Passage | undefined = p;
      for (let step = 0; step < count; step++) {
        n = this.passageBeside(n, 1);
        if (!n || n.paragraph.start !== p.paragraph.start) break;
        if (!out.some((o) => o.index === n!.index)) out.push(n);
      }
    }
    return out;
  }

  /**
   * The id of a passage's document (undefined when removed), without making the `Passage`: a
   * check that reads long lists of passages for the few of one document made an object (and a
   * slice of text) of every passage it passed.
   */
  passageDocId(index: number): string | undefined {
    return this.table.docIdOf(index);
  }

  /** Where a live passage's paragraph starts in its document (its `paragraph.start`), without making the `Passage`. */
  paragraphStartOf(index: number): number {
    return this.table.paragraphStart(index);
  }

  /** A live passage's paragraph (equal to its `paragraph`), without making the `Passage`. */
  paragraphOf(index: number): Span {
    return { start: this.table.paragraphStart(index), end: this.table.paragraphEnd(index) };
  }

  /**
   * Calls `visit` with the index, start and end of each passage of a document, in order, without
   * making the passages (see `passageDocId`).
   */
  forEachPassageOf(docId: string, visit: (index: number, start: number, end: number) => void): void {
    const entry = this.entries.get(docId);
    if (!entry) return;
    for (let index = entry.firstPassage; index < entry.firstPassage + entry.passageCount; index++) visit(index, this.table.start(index), this.table.end(index));
  }

  /** The passage at an index if something asked for it already (it may carry what was worked out of it), without making it. */
  madePassage(index: number): Passage | undefined {
    return this.table.madeAt(index);
  }

  passagesOf(docId: string): Passage[] {
    const entry = this.entries.get(docId);
    const out: Passage[] = [];
    if (entry) for (let k = 0; k < entry.passageCount; k++) out.push(this.table.get(entry.firstPassage + k)!);
    return out;
  }

  get entities(): Entity[] {
    return this.resolved().entities;
  }

  /**
   * Brings the entities up to date with at most `limit` of the documents added since, so a
   * caller that must not block for long can spread the work; true once nothing is pending.
   * Every other entity query settles everything first.
   */
  settleEntities(limit = Infinity): boolean {
    this.finishSettling();
    if (!this.namesRemoved.size && !this.namesAdded.size) return true;
    const added: PlacedNames[] = [];
    for (const entry of this.namesAdded.values()) {
      if (added.length >= limit) break;
      added.push(namesOf(entry));
    }
    for (const names of added) this.namesAdded.delete(names.docId);
    const removed = [...this.namesRemoved];
    this.namesRemoved.clear();
    this.entityIndex.update(removed, added);
    this.settled();
    return this.namesAdded.size === 0;
  }

  /** Finishes a sliced update of the entities still under way, if any. */
  private finishSettling(): void {
    if (!this.settling) return;
    finish(this.settling.steps);
    this.settling = undefined;
    this.settled();
  }

  /** After an update of the entities: derived views are stale, and once nothing is pending the live index takes over from saved entities. */
  private settled(): void {
    this.derived = undefined;
    if (!this.settling && !this.namesAdded.size && !this.namesRemoved.size) this.frozen = undefined;
  }

  get quotes(): SourceQuote[] {
    const view = this.view();
    // Speakers resolve on first use: a build that never lists quotes does not pay for it.
    if (!view.quotes) {
      const quotes: SourceQuote[] = [];
      for (const id of this.entries.keys()) quotes.push(...this.quotesOf(id));
      view.quotes = quotes;
    }
    return view.quotes;
  }

  /**
   * The quotes of one document, in order, with their speakers resolved (the same objects as in
   * `quotes`). A check reads the quotes of the few documents it aligns with, not the corpus's.
   */
  quotesOf(docId: string): SourceQuote[] {
    const view = this.view();
    const byDoc = (view.quotesByDoc ??= new Map());
    let quotes = byDoc.get(docId);
    if (!quotes) {
      const entry = this.entries.get(docId);
      if (!entry) return [];
      quotes = quotesIn(entry).map((q) => {
        const speaker = q.speakerName ? this.findEntity(q.speakerName, q.docId) : undefined;
        return { ...q, speakerId: speaker?.id };
      });
      byDoc.set(docId, quotes);
    }
    return quotes;
  }

  /**
   * The quotes of one document as found, in order, with their speakers as written and none
   * resolved to an entity: for readers of where quotations stand and who is named in them, which
   * need not resolve the corpus's entities for it (`quotesOf` does). Read them, never change them.
   */
  quotesAsWritten(docId: string): readonly RawQuote[] {
    const entry = this.entries.get(docId);
    return entry ? quotesIn(entry) : [];
  }

  /**
   * Where the quotations of one document stand: the spans of `quotesAsWritten(docId)`, in order,
   * found without looking for who says them where that is not known yet. Read them, never change them.
   */
  quoteSpansOf(docId: string): readonly Span[] {
    const entry = this.entries.get(docId);
    return entry ? quoteSpansIn(entry) : [];
  }

  /**
   * Settles the entities in slices of about `sliceMs`, awaiting `pause` between them, so a host
   * that must stay responsive (the editor) is never blocked for long: everything pending as one
   * update cut into steps. Changes meanwhile wait for the next update; any entity query finishes
   * this one first. Stops early, returning false, when `cancelled` says so.
   */
  async settleEntitiesInSlices(pause: () => Promise<void>, options: { sliceMs?: number; cancelled?: () => boolean; onSlice?: (ms: number) => void; /** Names, keys or groups between two looks at the clock. */ step?: number } = {}): Promise<boolean> {
    for (;;) {
      if (options.cancelled?.()) return false;
      if (!this.settling) {
        if (!this.namesRemoved.size && !this.namesAdded.size) return true;
        // Everything pending in one update, as a bulk build does it, cut into steps.
        const removed = [...this.namesRemoved];
        const entries = [...this.namesAdded.values()];
        this.namesRemoved.clear();
        this.namesAdded.clear();
        const added = (function* (): Generator<PlacedNames> {
          for (const entry of entries) yield namesOf(entry);
        })();
        this.settling = { ids: new Set(entries.map((e) => e.doc.id)), steps: this.entityIndex.updateSteps(removed, added, options.step) };
        await pause();
        continue;
      }
      // Cancelled, the steps stay in `settling`: the next call, or any entity question, finishes them.
      const current = this.settling;
      if (!(await runInSlices(current.steps, { pause, sliceMs: options.sliceMs, cancelled: options.cancelled, onSlice: options.onSlice }))) return false;
      // An entity question may have finished these steps during a pause, and a change begun others.
      if (this.settling === current) {
        this.settling = undefined;
        this.settled();
      }
    }
  }

  /** Document ids in the order `documents` and `quotes` list them. */
  documentIds(): IterableIterator<string> {
    return this.entries.keys();
  }

  /**
   * The ids of `ids` that are documents of the corpus, in the order `documentIds` lists them:
   * without going through every document (a check asked this of a few documents, once per quote
   * it looked for, of ten thousand).
   */
  inCorpusOrder(ids: Iterable<string>): string[] {
    // Every change to the documents goes through `namesChanged`, which counts it.
    if (this.ranks?.changes !== this.changes) {
      const rank = new Map<string, number>();
      for (const id of this.entries.keys()) rank.set(id, rank.size);
      this.ranks = { changes: this.changes, rank };
    }
    const rank = this.ranks.rank;
    return [...ids].filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  }

  /** How many times the sources mention an entity, without listing the mentions. */
  mentionCountOf(entity: Entity): number {
    return this.resolved().countOf(entity);
  }

  /** How many documents mention an entity, and the id of the first in corpus order, without listing the mentions. */
  documentsMentioning(entity: Entity): { count: number; first?: string } {
    return this.resolved().documentsOf(entity);
  }

  /** The entity with this id. */
  entityById(id: string): Entity | undefined {
    return this.resolved().entityById(id);
  }

  /** How many live passages contain a normalised term (the length of `passagesWithTerm`). */
  passageCountOf(norm: string): number {
    const id = this.postings.idOf(norm);
    return id === undefined ? 0 : this.postings.df(id);
  }

  /**
   * Adds a document, replacing any document with the same id. With `analysed` (the same
   * document read by an `Analyser`, on another thread), its passages, terms, names and quotes
   * are taken from there rather than found again: the index is the same.
   */
  addDocument(added: SourceDocument, analysed?: Omit<AnalysedDocument, 'doc'>): void {
    const doc = this.ownId(added);
    if (analysed) {
      this.addAnalysed(doc, analysed.analysis, analysed.terms);
      return;
    }
    this.removeDocument(doc.id);
    const first = this.table.size;
    // Names are found when the entities are first asked for (a `score` of a claim without names
    // never asks), in the passages' order, as they would have been while indexing.
    const entry: DocumentEntry = {
      doc, firstPassage: first, passageCount: 0,
      names: () => this.namesOfPassages(doc, first, entry.passageCount),
      quotes: () => this.collectQuotes(doc, first, entry.passageCount),
      quoteSpans: () => quotationSpansOfParagraphs(doc, this.paragraphsOf(first, entry.passageCount)),
    };
    this.entries.set(doc.id, entry);
    this.rememberPath(doc);
    forEachPassage(doc, (span, paragraph, sentenceInParagraph, passageText) => {
      this.indexPassage(doc, span, paragraph, sentenceInParagraph, passageText);
      entry.passageCount++;
    }, () => undefined);
    this.namesChanged({ added: entry });
  }

  /**
   * The document with an id no other source has. Ids come from paths without their extension, so
   * `report.txt` and `report.md` would share one and the second replace the first: the second
   * takes its extension into its id (`report-md`), and a warning says so.
   */
  private ownId(doc: SourceDocument): SourceDocument {
    const other = this.entries.get(doc.id)?.doc;
    if (!other || other.path === doc.path) return doc;
    const dot = doc.path.lastIndexOf('.');
    const base = dot > doc.path.lastIndexOf('/') + 1 ? `${doc.id}-${slugOf(doc.path.slice(dot + 1))}` : `${doc.id}-2`;
    let id = base;
    for (let n = 2; this.entries.has(id) && this.entries.get(id)!.doc.path !== doc.path; n++) id = `${base}-${n}`;
    return { ...doc, id, warnings: [...doc.warnings, `${doc.path} would have the id of ${other.path} (${doc.id}): its id is ${id}`] };
  }

  /** The names of a document's passages, `count` of them from `first`, in order. */
  private namesOfPassages(doc: SourceDocument, first: number, count: number): PlacedNames {
    const names = new PlacedNames(doc.id);
    for (let index = first; index < first + count; index++) {
      const start = this.table.start(index);
      // Not through `findNames`'s memory of recent sentences: every sentence of the corpus would
      // pass through it once, each hashed whole, and only the last few hundred stay.
      for (const name of namesOfSentence(doc.text.slice(start, this.table.end(index)))) {
        const { name: interned, key } = internNameWithKey(name.name);
        // The whole run is most often the name itself (no title before it): interned already.
        names.add(name.start + start, name.end + start, index, NAME_KINDS.indexOf(name.kind) * 2 + (name.certain ? 1 : 0), interned, name.full === name.name ? interned : internName(name.full), internName(name.role), key);
      }
    }
    return names.fitted();
  }

  /** `addDocument` of a document an `Analyser` read: its terms mapped to this corpus's, in the order a build meets them. */
  private addAnalysed(doc: SourceDocument, analysis: DocumentAnalysis, terms: TermTable): void {
    this.removeDocument(doc.id);
    const first = this.table.size;
    const A = analysis.passages;
    const pairs = analysis.pairs;
    const count = A.length / A_PASSAGE_FIELDS;
    const S = analysis.strings;
    const N = analysis.names;
    const Q = analysis.quotes;
    // Names and quotes become objects when first asked for, in the shapes addDocument makes.
    const names = (): PlacedNames => {
      const out = new PlacedNames(doc.id, N.length / A_NAME_FIELDS);
      for (let at = 0; at < N.length; at += A_NAME_FIELDS) {
        const nameId = N[at + ANameCol.name]!;
        const fullId = N[at + ANameCol.full]!;
        const { name: interned, key } = internNameWithKey(S[nameId]!);
        const role = N[at + ANameCol.role]!;
        // The same string id is the same string: the name itself, interned already.
        out.add(N[at + ANameCol.start]!, N[at + ANameCol.end]!, first + N[at + ANameCol.passage]!, N[at + ANameCol.kind]!, interned, fullId === nameId ? interned : internName(S[fullId]!), role < 0 ? undefined : internName(S[role]!), key);
      }
      return out.fitted();
    };
    const quotes = (): RawQuote[] => {
      const out: RawQuote[] = [];
      for (let at = 0; at < Q.length; at += A_QUOTE_FIELDS) {
        const speaker = Q[at + AQuoteCol.speaker]!;
        out.push({ docId: doc.id, text: S[Q[at + AQuoteCol.text]!]!, span: { start: Q[at + AQuoteCol.start]!, end: Q[at + AQuoteCol.end]! }, passage: first + Q[at + AQuoteCol.passage]!, speakerName: speaker < 0 ? undefined : S[speaker] });
      }
      return out;
    };
    const entry: DocumentEntry = { doc, firstPassage: first, passageCount: count, names, quotes };
    this.entries.set(doc.id, entry);
    this.rememberPath(doc);
    let termOf = this.termsOf.get(terms);
    if (!termOf || termOf.length < terms.terms.length) {
      const grown = new Int32Array(Math.max(terms.terms.length, 2 * (termOf?.length ?? 0))).fill(-1);
      if (termOf) grown.set(termOf);
      this.termsOf.set(terms, (termOf = grown));
    }
    for (let p = 0; p < count; p++) {
      const at = p * A_PASSAGE_FIELDS;
      const from = A[at + APassageCol.pairsFrom]!;
      const to = A[at + APassageCol.pairsTo]!;
      // Terms new to this corpus are interned in the order the words are met, as addDocument does.
      for (let k = from; k < to; k += 2) {
        const local = pairs[k]!;
        if (termOf[local]! < 0) termOf[local] = this.postings.intern(terms.terms[local]!);
      }
      const length = A[at + APassageCol.length]!;
      const index = this.table.add(doc, A[at + APassageCol.start]!, A[at + APassageCol.end]!, A[at + APassageCol.paragraphStart]!, A[at + APassageCol.paragraphEnd]!, A[at + APassageCol.sentence]!, length, pairs, from, to, termOf);
      if (!this.packing) for (let k = from; k < to; k += 2) this.postings.add(termOf[pairs[k]!]!, index, pairs[k + 1]!);
      this.totalLength += length;
      this.livePassages++;
    }
    this.namesChanged({ added: entry });
  }

  removeDocument(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    const end = entry.firstPassage + entry.passageCount;
    for (let index = entry.firstPassage; index < end; index++) this.table.remove(index);
    for (let index = entry.firstPassage; index < end; index++) {
      if (!this.packing) this.table.forEachTerm(index, (term) => this.postings.remove(term, this.isLive));
      this.totalLength -= this.table.length(index);
      this.livePassages--;
    }
    this.entries.delete(id);
    const ids = this.idsByPath.get(entry.doc.path);
    if (ids) {
      ids.splice(ids.indexOf(id), 1);
      if (!ids.length) this.idsByPath.delete(entry.doc.path);
    }
    this.namesChanged({ removed: id });
    return true;
  }

  /**
   * Best passages for a text by BM25 over content words, best first (ties: earlier passage
   * first). Exact, but not exhaustive (MaxScore): terms are taken rarest first, and once the
   * words left could not lift a passage that none of the rarer words found into the top, their
   * long posting lists are not read; the passages still in the running get those words' counts
   * from their own term lists. A passage's score is always summed in the same order (rarest
   * term first), so the scores are those of a full scan, to the last bit.
   */
  search(text: string, limit = 10): PassageHit[] {
    if (this.scores.length < this.table.size) this.scores = new Float64Array(Math.max(this.table.size, 2 * this.scores.length));
    const top = topPassages(text, limit, { postings: this.postings, table: this.table, passages: this.livePassages, totalLength: this.totalLength, scores: this.scores });
    return top.map(([index, score]) => ({ passage: this.table.get(index)!, score }));
  }

  /** Inverse document frequency of a normalised term over passages (rare words weigh more). */
  idf(norm: string): number {
    const id = this.postings.idOf(norm);
    const df = id === undefined ? 0 : this.postings.df(id);
    return bm25Idf(Math.max(1, this.livePassages), df);
  }

  /** Whether any passage contains this normalised term. */
  hasTerm(norm: string): boolean {
    const id = this.postings.idOf(norm);
    return id !== undefined && this.postings.df(id) > 0;
  }

  /** Passage indices containing a normalised term. */
  passagesWithTerm(norm: string): number[] {
    const id = this.postings.idOf(norm);
    if (id === undefined) return [];
    const out: number[] = [];
    this.postings.forEach(id, (passage) => {
      if (this.isLive(passage)) out.push(passage);
    });
    return out.sort((a, b) => a - b);
  }

  /** The entity a name refers to (canonical name or alias, case-insensitive), preferring one `docId` mentions. */
  findEntity(name: string, docId?: string): Entity | undefined {
    const index = this.resolved();
    return docId ? index.preferredNamed(name, docId) : index.named(name)[0];
  }

  /** Everything indexing found, as flat columns a cache can store and `restore` can read back. */
  snapshot(): CorpusSnapshot {
    return finish(snapshotSteps(this));
  }

  /** The work of `snapshot`, yielding every few documents (snapshot.ts). */
  snapshotSteps(): Generator<void, CorpusSnapshot> {
    return snapshotSteps(this);
  }

  /**
   * A corpus holding the documents of a snapshot, without reading them again. `take(i)` says
   * whether to keep the snapshot's i-th document; `fresh` documents (as read, or analysed) are indexed as new and
   * placed in path order among the kept ones, as a full build would place them.
   */
  static restore(snapshot: CorpusSnapshot, options: CorpusOptions = {}, take: (i: number) => boolean = () => true, fresh: FreshDocument[] = []): Corpus {
    return finish(Corpus.restoreSteps(snapshot, options, take, fresh));
  }

  /**
   * The work of `restore`, yielding now and then (run it in slices with `drain`; snapshot.ts). A
   * snapshot taken whole is used where it lies; otherwise the kept documents are copied.
   */
  static restoreSteps(snapshot: CorpusSnapshot, options: CorpusOptions, take: (i: number) => boolean, fresh: FreshDocument[]): Generator<void, Corpus> {
    return restoreSteps(new Corpus(options), snapshot, take, fresh);
  }


  /** Files every live passage's terms in the postings at once, and ends packing. */
  /** @internal (snapshot.ts) */
  *packPostings(): Generator<void, void> {
    yield* this.postings.pack(this.table.size, this.isLive, (passage, visit) => this.table.forEachTerm(passage, visit));
    this.packing = false;
  }

  /** Counts the content words of a sentence and files it in the table and the postings. */
  private indexPassage(doc: SourceDocument, span: Span, paragraph: Span, sentenceInParagraph: number, text: string): number {
    // The table and the postings copy the pairs: one array serves every passage.
    const terms = this.passageTerms;
    terms.length = 0;
    const norms = this.passageWords ? [] : undefined;
    const length = this.counter.count(text, terms, norms);
    const index = this.table.add(doc, span.start, span.end, paragraph.start, paragraph.end, sentenceInParagraph, length, terms);
    if (norms) this.passageWords!(index, norms);
    if (!this.packing) for (let t = 0; t < terms.length; t += 2) this.postings.add(terms[t]!, index, terms[t + 1]!);
    this.totalLength += length;
    this.livePassages++;
    return index;
  }

  /** @internal (snapshot.ts) */
  rememberPath(doc: SourceDocument): void {
    const ids = this.idsByPath.get(doc.path);
    if (ids) ids.push(doc.id);
    else this.idsByPath.set(doc.path, [doc.id]);
  }

  /**
   * The quotations of a document's paragraphs, with their speakers; its passages are `count` from
   * `first`. Its paragraphs are read from the passages' rows (a list of them kept for every
   * document until its quotes were asked for was a tenth of a cold build's heap).
   */
  private collectQuotes(doc: SourceDocument, first: number, count: number): RawQuote[] {
    return quotesOfParagraphs(doc, this.paragraphsOf(first, count), (i) => this.table.start(i), (i) => this.table.end(i)).map((q) => ({ docId: doc.id, text: q.text, span: { start: q.start, end: q.end }, passage: q.passage, speakerName: q.speakerName }));
  }

  /** The paragraphs of `count` passages from `first` (one document's), each with its passages, in order. */
  private paragraphsOf(first: number, count: number): [Span, number[]][] {
    const paragraphs: [Span, number[]][] = [];
    for (let index = first; index < first + count; index++) {
      const start = this.table.paragraphStart(index);
      const last = paragraphs[paragraphs.length - 1];
      if (last && last[0].start === start) last[1].push(index);
      else paragraphs.push([{ start, end: this.table.paragraphEnd(index) }, [index]]);
    }
    return paragraphs;
  }

  private view(): NonNullable<Corpus['derived']> {
    return (this.derived ??= {});
  }

  /** @internal (snapshot.ts) */
  resolved(): EntityView {
    if (this.frozen) return this.frozen;
    this.settleEntities();
    return this.entityIndex;
  }

  /** Every document's names with their entities in the snapshot's table, for the saved entities. */
  /** @internal (snapshot.ts) */
  *documentNames(): Generator<DocumentNames> {
    for (const id of this.entries.keys()) yield this.namesOfDocument(id)!;
  }

  /** @internal (snapshot.ts) */
  namesOfDocument(docId: string): DocumentNames | undefined {
    const entry = this.entries.get(docId);
    if (!entry) return undefined;
    const names = namesOf(entry);
    return { docId, names, entityOf: entityOfEntry(entry) ?? new Int32Array(names.count).fill(-1) };
  }

  /** The saved entity of each of a document's names (see `namesOfDocument`), without reading the names; undefined when none was saved. */
  /** @internal (snapshot.ts) */
  entityIndicesOf(docId: string): Int32Array | undefined {
    const entry = this.entries.get(docId);
    return entry && entityOfEntry(entry);
  }

  /** Records a document's names for the entity index, which takes them when next asked. */
  /** @internal (snapshot.ts) */
  namesChanged(change: { removed: string } | { added: DocumentEntry }): void {
    this.changes++;
    this.frozen = undefined;
    if ('removed' in change) {
      this.namesAdded.delete(change.removed);
      if (this.entityIndex.has(change.removed) || this.settling?.ids.has(change.removed)) this.namesRemoved.add(change.removed);
    } else {
      this.namesAdded.set(change.added.doc.id, change.added);
    }
    this.derived = undefined;
  }
}

/** The configured aliases as one string: saved entities are used only under the aliases they were resolved with. */
function aliasesKey(aliases: Record<string, string[]> | undefined): string {
  return JSON.stringify(Object.entries(aliases ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
