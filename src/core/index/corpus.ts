import type { Entity, Passage, SourceDocument, SourceQuote, Span } from '../model.js';
import { splitParagraphs, splitSentences } from '../text/segment.js';
import { finish, runInSlices } from '../steps.js';
import { entityKey, internName, type PlacedName } from './entities.js';
import { EntityIndex } from './entity-index.js';
import { FrozenEntities, SavedEntities, type DocumentNames, type EntityView, type SnapshotEntity } from './frozen-entities.js';
import { findNames } from './names.js';
import { PackedStrings } from './packed-strings.js';
import { NAME_FIELDS, NameCol, PASSAGE_FIELDS, PassageCol, QUOTE_FIELDS, QuoteCol } from './columns.js';
import { PassageTable } from './passage-table.js';
import { Postings } from './postings.js';
import { findQuotes, paragraphSpeaker } from './quotes.js';
import { contentTermOf, forEachWord } from './terms.js';
import { bm25Idf } from './bm25.js';
import { topPassages } from './search.js';

export interface PassageHit {
  passage: Passage;
  score: number;
}

export interface CorpusOptions {
  /** Extra aliases from configuration: canonical name -> aliases. */
  aliases?: Record<string, string[]>;
}

export type RawQuote = Omit<SourceQuote, 'speakerId'>;

export interface DocumentEntry {
  doc: SourceDocument;
  /** Its passages are consecutive: `passageCount` of them from `firstPassage`. */
  firstPassage: number;
  passageCount: number;
  /** The names found, or (restored from a snapshot) how to read them when first needed. */
  names: PlacedName[] | (() => PlacedName[]);
  /**
   * The quotations, or how to find them when first needed: a statement without quotation marks
   * never asks, and finding speakers is a good part of reading a source.
   */
  quotes: RawQuote[] | (() => RawQuote[]);
  /** From a snapshot: the entity of each name in the snapshot's entity table (-1: none), or how to read it. */
  entityOf?: Int32Array | (() => Int32Array);
}

/** One document of a snapshot: the document, the length of its text, and how many rows of each column are its own. */
export interface SnapshotDocument {
  /** Its `text` may be read from the file only when first asked for. */
  doc: SourceDocument;
  /** The length of `doc.text` (UTF-16 units), known without reading it. */
  chars: number;
  passages: number;
  names: number;
  quotes: number;
}

/**
 * The index as flat columns, documents in corpus order; rows of a document are consecutive. A
 * corpus restored from it whole uses the columns where they lie, without copying them.
 */
export interface CorpusSnapshot {
  documents: SnapshotDocument[];
  /** The terms, sorted by their UTF-8 bytes: a term's id is its place here. */
  terms: PackedStrings;
  /** Names, roles and speakers referred to by `names` and `quotes`. */
  strings: PackedStrings;
  /**
   * Rows of PASSAGE_FIELDS columns (PassageCol in columns.ts). The pairs of every passage in turn
   * are not kept: `termPairsOf` makes them from the postings, which hold the same.
   */
  passages: Int32Array;
  /** The postings: term t's entries are [postingStarts[t], postingStarts[t + 1]) of the two columns, passages ascending. */
  postingStarts: Int32Array;
  postingPassages: Int32Array;
  postingCounts: Int32Array;
  /** Rows of NAME_FIELDS columns (NameCol in columns.ts); a name's entity is its place in `entities`. */
  names: Int32Array;
  /** The entities the names resolved to, in the order `Corpus.entities` lists them. */
  entities: SavedEntities;
  /** `aliasesKey` of the configured aliases the entities were resolved with. */
  aliases: string;
  /** Rows of QUOTE_FIELDS columns (QuoteCol in columns.ts). */
  quotes: Int32Array;
}

const NAME_KINDS: PlacedName['kind'][] = ['person', 'organisation', 'place', 'work', 'unknown'];


/**
 * The indexed sources: passages (sentences), an inverted index over their content words,
 * entities with aliases and roles, and quotations with their speakers. Documents can be added
 * and removed one at a time; derived views (entities, quotes) are rebuilt lazily.
 */
export class Corpus {
  private readonly entries = new Map<string, DocumentEntry>();
  /** Document ids by path, in the order added (a path normally has one). */
  private readonly idsByPath = new Map<string, string[]>();
  /** Passages by index, with their terms; removed ones stay as dead rows. */
  private readonly table = new PassageTable();
  private readonly postings = new Postings();
  private livePassages = 0;
  private totalLength = 0;
  private readonly entityIndex: EntityIndex;
  /** The entities of the snapshot this corpus was restored from, while no source has changed since. */
  private frozen?: FrozenEntities;
  private readonly aliasesKey: string;
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
  private readonly wordIds = new Map<string, number>();
  /** While building or restoring in one go, postings are packed at the end rather than added one by one. */
  private packing = false;
  private termCounts = new Int32Array(1024);

  private changes = 0;

  /** Whether entity queries are answered from the entities saved with the snapshot (until a source changes or `settleEntities` finishes). */
  get answersFromSavedEntities(): boolean {
    return this.frozen !== undefined;
  }

  /** Counts the documents added and removed so far: work spread over time can tell the corpus changed meanwhile. */
  get revision(): number {
    return this.changes;
  }

  constructor(options: CorpusOptions = {}) {
    this.entityIndex = new EntityIndex(options.aliases);
    this.aliasesKey = aliasesKey(options.aliases);
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
    const added: [string, PlacedName[]][] = [];
    for (const [id, entry] of this.namesAdded) {
      if (added.length >= limit) break;
      added.push([id, namesOf(entry)]);
    }
    for (const [id] of added) this.namesAdded.delete(id);
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
        const added = (function* (): Generator<[string, PlacedName[]]> {
          for (const entry of entries) yield [entry.doc.id, namesOf(entry)];
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

  /** Adds a document, replacing any document with the same id. */
  addDocument(doc: SourceDocument): void {
    this.removeDocument(doc.id);
    const names: PlacedName[] = [];
    const paragraphs: [Span, number[]][] = [];
    const entry: DocumentEntry = { doc, firstPassage: this.table.size, passageCount: 0, names, quotes: () => this.collectQuotes(doc, paragraphs) };
    this.entries.set(doc.id, entry);
    this.rememberPath(doc);
    const text = doc.text;
    for (const paragraph of splitParagraphs(text)) {
      const script = scriptOf(text, paragraph);
      if (isExcluded(paragraph, doc.excluded) || script === 'other') continue;
      const sentences = splitSentences(text.slice(paragraph.start, paragraph.end), paragraph.start);
      let sentenceInParagraph = 0;
      const paragraphPassages: number[] = [];
      for (const span of sentences) {
        // A paragraph wholly in Latin letters has no sentence in another script.
        if (isExcluded(span, doc.excluded) || (script !== 'latin' && scriptOf(text, span) === 'other')) continue;
        const passageText = text.slice(span.start, span.end);
        const index = this.indexPassage(doc, span, paragraph, sentenceInParagraph++, passageText);
        entry.passageCount++;
        paragraphPassages.push(index);
        for (const name of findNames(passageText)) {
          const interned = internName(name.name);
          // One literal shape for every name (as the snapshot reader builds them): a spread of
          // candidates with and without a role gives hundreds of thousands of hidden classes.
          names.push({
            start: name.start + span.start, end: name.end + span.start, name: interned, kind: name.kind, certain: name.certain,
            role: internName(name.role), full: internName(name.full), docId: doc.id, passage: index, key: entityKey(interned),
          });
        }
      }
      if (paragraphPassages.length) paragraphs.push([paragraph, paragraphPassages]);
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
    const candidates = index.named(name);
    if (candidates.length <= 1 || !docId) return candidates[0];
    return candidates.find((e) => index.mentionedIn(e, docId)) ?? candidates[0];
  }

  /** Everything indexing found, as flat columns a cache can store and `restore` can read back. */
  snapshot(): CorpusSnapshot {
    return finish(this.snapshotSteps());
  }

  /** The work of `snapshot`, yielding every few documents. */
  *snapshotSteps(): Generator<void, CorpusSnapshot> {
    // The entities are saved too, so that a corpus restored unchanged need not resolve its names.
    // (Already settled where it matters: the extension settles in slices before it saves.)
    const view = this.resolved();
    const entityIds = new Map<Entity, number>(view.entities.map((e, i) => [e, i]));
    const frozen = this.frozen;
    const entityOfName = new Map<PlacedName, number>();
    if (!frozen) this.entityIndex.forEachResolved((name, entity) => entityOfName.set(name, entityIds.get(entity)!));
    yield;
    const strings: string[] = [];
    const stringIds = new Map<string, number>();
    const stringId = (value: string | undefined): number => {
      if (value === undefined) return -1;
      let id = stringIds.get(value);
      if (id === undefined) stringIds.set(value, (id = strings.push(value) - 1));
      return id;
    };
    const passages: number[] = [];
    // Pairs with the corpus's own term ids first; renumbered in vocabulary order below.
    const termPairs: number[] = [];
    const names: number[] = [];
    const quotes: number[] = [];
    const documents: SnapshotDocument[] = [];
    for (const entry of this.entries.values()) {
      const first = entry.firstPassage;
      for (let index = first; index < first + entry.passageCount; index++) {
        this.table.fields(index, passages, termPairs.length);
        this.table.forEachTerm(index, (term, count) => termPairs.push(term, count));
      }
      const entityOf = frozen ? entityOfEntry(entry) : undefined;
      namesOf(entry).forEach((n, k) => {
        const entity = entityOf ? entityOf[k]! : entityOfName.get(n) ?? -1;
        names.push(n.start, n.end, n.passage - first, NAME_KINDS.indexOf(n.kind) * 2 + (n.certain ? 1 : 0), stringId(n.name), stringId(n.full), stringId(n.role), entity);
      });
      for (const q of quotesIn(entry)) quotes.push(q.span.start, q.span.end, q.passage - first, stringId(q.speakerName));
      documents.push({ doc: entry.doc, chars: entry.doc.text.length, passages: entry.passageCount, names: namesOf(entry).length, quotes: quotesIn(entry).length });
      if (documents.length % 64 === 0) yield;
    }
    // The vocabulary: the terms in use, sorted, so that a reader finds a term without a table of its own.
    const newId = new Int32Array(this.postings.size).fill(-1);
    const used: number[] = [];
    for (let k = 0; k < termPairs.length; k += 2) {
      const term = termPairs[k]!;
      if (newId[term] === -1) {
        newId[term] = -2;
        used.push(term);
      }
    }
    yield;
    const { table: terms, position } = PackedStrings.packSorted(used.map((t) => this.postings.term(t)));
    used.forEach((t, i) => (newId[t] = position[i]!));
    yield;
    const pairs = new Int32Array(termPairs.length);
    for (let k = 0; k < termPairs.length; k += 2) {
      pairs[k] = newId[termPairs[k]!]!;
      pairs[k + 1] = termPairs[k + 1]!;
      if (k % (1 << 20) === 0) yield;
    }
    yield;
    // The postings of the saved passages (numbered from 0 in corpus order), passages ascending.
    const passageRows = Int32Array.from(passages);
    const count = passageRows.length / PASSAGE_FIELDS;
    const postingStarts = new Int32Array(used.length + 1);
    for (let k = 0; k < pairs.length; k += 2) postingStarts[pairs[k]! + 1]!++;
    for (let t = 0; t < used.length; t++) postingStarts[t + 1]! += postingStarts[t]!;
    const next = postingStarts.slice(0, used.length);
    const postingPassages = new Int32Array(pairs.length / 2);
    const postingCounts = new Int32Array(pairs.length / 2);
    for (let p = 0; p < count; p++) {
      if (p % 16384 === 16383) yield;
      const from = passageRows[p * PASSAGE_FIELDS + PassageCol.pairsAt]!;
      const to = from + 2 * passageRows[p * PASSAGE_FIELDS + PassageCol.pairCount]!;
      for (let k = from; k < to; k += 2) {
        const at = next[pairs[k]!]!++;
        postingPassages[at] = p;
        postingCounts[at] = pairs[k + 1]!;
      }
    }
    yield;
    const entities: SnapshotEntity[] = [];
    for (const e of view.entities) {
      const docs = view.documentsOf(e);
      entities.push({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, roles: e.roles, count: view.countOf(e), keys: [...new Set([entityKey(e.name), ...e.aliases.map(entityKey)])], documents: docs.count, firstDocument: docs.first });
      if (entities.length % 4096 === 0) yield;
    }
    const snapshot: CorpusSnapshot = {
      documents, terms, strings: PackedStrings.pack(strings),
      passages: passageRows, postingStarts, postingPassages, postingCounts,
      names: Int32Array.from(names), quotes: Int32Array.from(quotes),
      entities: yield* SavedEntities.packSteps(entities), aliases: this.aliasesKey,
    };
    pairsMade.set(snapshot, pairs);
    return snapshot;
  }

  /**
   * A corpus holding the documents of a snapshot, without reading them again. `take(i)` says
   * whether to keep the snapshot's i-th document; `fresh` documents are indexed as new and
   * placed in path order among the kept ones, as a full build would place them.
   */
  static restore(snapshot: CorpusSnapshot, options: CorpusOptions = {}, take: (i: number) => boolean = () => true, fresh: SourceDocument[] = []): Corpus {
    return finish(Corpus.restoreSteps(snapshot, options, take, fresh));
  }

  /**
   * The work of `restore`, yielding now and then (run it in slices with `drain`). A snapshot
   * taken whole is used where it lies: its columns become the passage table and the postings,
   * its names, quotes, strings and entities are read when first asked for. Otherwise the kept
   * documents are copied row by row and the postings packed again.
   */
  static *restoreSteps(snapshot: CorpusSnapshot, options: CorpusOptions, take: (i: number) => boolean, fresh: SourceDocument[]): Generator<void, Corpus> {
    const corpus = new Corpus(options);
    const strings = new SnapshotStrings(snapshot.strings);
    const whole = fresh.length === 0 && snapshot.documents.every((_, i) => take(i));
    const starts = snapshot.documents.map(() => [0, 0, 0]); // passage, name, quote
    let cursor = [0, 0, 0];
    for (const [i, d] of snapshot.documents.entries()) {
      starts[i] = cursor;
      cursor = [cursor[0]! + d.passages, cursor[1]! + d.names, cursor[2]! + d.quotes];
    }
    yield;
    if (whole) {
      yield* corpus.adopt(snapshot, starts, strings);
      if (snapshot.aliases === corpus.aliasesKey) {
        // Read where they lie, an entity at a time: a check asks about a few names.
        corpus.frozen = new FrozenEntities(snapshot.entities, () => corpus.documentNames(), (docId) => corpus.namesOfDocument(docId));
      }
      return corpus;
    }
    corpus.packing = true;
    const termIds = new Int32Array(snapshot.terms.length);
    for (let i = 0; i < snapshot.terms.length; i++) {
      termIds[i] = corpus.postings.intern(snapshot.terms.get(i));
      if (i % 8192 === 8191) yield;
    }
    const pairs = termPairsOf(snapshot);
    corpus.table.reserve(snapshot.passages.length / PASSAGE_FIELDS, pairs.length);
    const queue = [...fresh].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const [i, d] of snapshot.documents.entries()) {
      if (!take(i)) continue;
      while (queue.length && queue[0]!.path <= d.doc.path) {
        corpus.addDocument(queue.shift()!);
        yield;
      }
      corpus.restoreDocument(snapshot, pairs, d, starts[i]!, termIds, strings);
      yield;
    }
    for (const doc of queue) {
      corpus.addDocument(doc);
      yield;
    }
    yield* corpus.packPostings();
    return corpus;
  }

  /** Takes a whole snapshot as it lies (on a new corpus): the passage table and the postings are its columns. */
  private *adopt(snapshot: CorpusSnapshot, starts: number[][], strings: SnapshotStrings): Generator<void, void> {
    const docs = snapshot.documents;
    const ranges = new Int32Array(docs.length + 1);
    for (const [i, d] of docs.entries()) {
      const entry = this.snapshotEntry(snapshot, d, starts[i]!, strings);
      this.entries.set(d.doc.id, entry);
      this.rememberPath(d.doc);
      this.namesChanged({ added: entry });
      ranges[i + 1] = ranges[i]! + d.passages;
      if (i % 2048 === 2047) yield;
    }
    this.table.adopt(snapshot.passages, () => termPairsOf(snapshot), 2 * snapshot.postingPassages.length, docs.map((d) => d.doc), ranges);
    this.postings.adopt(snapshot.terms, snapshot.postingStarts, snapshot.postingPassages, snapshot.postingCounts);
    yield;
    const P = snapshot.passages;
    for (let at = PassageCol.length; at < P.length; at += PASSAGE_FIELDS) this.totalLength += P[at]!;
    this.livePassages = P.length / PASSAGE_FIELDS;
  }

  /** A snapshot document's entry, its passages from `start[0]` on (as in the snapshot), its names and quotes read when first needed. */
  private snapshotEntry(snapshot: CorpusSnapshot, d: SnapshotDocument, start: number[], strings: SnapshotStrings, firstPassage = start[0]!): DocumentEntry {
    const { doc } = d;
    const N = snapshot.names;
    const Q = snapshot.quotes;
    const nameRow = start[1]!;
    const quoteRow = start[2]!;
    const entry: DocumentEntry = { doc, firstPassage, passageCount: d.passages, names: [], quotes: [] };
    entry.entityOf = (): Int32Array => {
      const entityOf = new Int32Array(d.names);
      for (let k = 0; k < d.names; k++) entityOf[k] = N[(nameRow + k) * NAME_FIELDS + NameCol.entity]!;
      return entityOf;
    };
    // Names become objects only when the entities are resolved for real (after a change), or listed.
    entry.names = (): PlacedName[] => {
      const names: PlacedName[] = [];
      for (let k = 0; k < d.names; k++) {
        const at = (nameRow + k) * NAME_FIELDS;
        const role = N[at + NameCol.role]!;
        names.push({
          start: N[at + NameCol.start]!, end: N[at + NameCol.end]!, name: strings.get(N[at + NameCol.name]!), kind: NAME_KINDS[N[at + NameCol.kind]! >> 1]!, certain: (N[at + NameCol.kind]! & 1) === 1,
          role: role < 0 ? undefined : strings.get(role), full: strings.get(N[at + NameCol.full]!), docId: doc.id, passage: firstPassage + N[at + NameCol.passage]!, key: strings.key(N[at + NameCol.name]!),
        });
      }
      return names;
    };
    entry.quotes = (): RawQuote[] => {
      const quotes: RawQuote[] = [];
      for (let k = 0; k < d.quotes; k++) {
        const at = (quoteRow + k) * QUOTE_FIELDS;
        const qs = Q[at + QuoteCol.start]!;
        const qe = Q[at + QuoteCol.end]!;
        const speaker = Q[at + QuoteCol.speaker]!;
        quotes.push({ docId: doc.id, text: doc.text.slice(qs, qe), span: { start: qs, end: qe }, passage: firstPassage + Q[at + QuoteCol.passage]!, speakerName: speaker < 0 ? undefined : strings.get(speaker) });
      }
      return quotes;
    };
    return entry;
  }

  /** Copies one document of a snapshot into this corpus (whose postings are packed at the end). */
  private restoreDocument(snapshot: CorpusSnapshot, T: Int32Array, d: SnapshotDocument, start: number[], termIds: Int32Array, strings: SnapshotStrings): void {
    const { doc } = d;
    this.removeDocument(doc.id);
    const entry = this.snapshotEntry(snapshot, d, start, strings, this.table.size);
    this.entries.set(doc.id, entry);
    this.rememberPath(doc);
    const P = snapshot.passages;
    for (let k = 0; k < d.passages; k++) {
      const at = (start[0]! + k) * PASSAGE_FIELDS;
      const pair = P[at + PassageCol.pairsAt]!;
      const pairs = P[at + PassageCol.pairCount]! * 2;
      const length = P[at + PassageCol.length]!;
      this.table.add(doc, P[at + PassageCol.start]!, P[at + PassageCol.end]!, P[at + PassageCol.paragraphStart]!, P[at + PassageCol.paragraphEnd]!, P[at + PassageCol.sentence]!, length, T, pair, pair + pairs, termIds);
      this.totalLength += length;
      this.livePassages++;
    }
    this.namesChanged({ added: entry });
  }

  /** Files every live passage's terms in the postings at once, and ends packing. */
  private *packPostings(): Generator<void, void> {
    yield* this.postings.pack(this.table.size, this.isLive, (passage, visit) => this.table.forEachTerm(passage, visit));
    this.packing = false;
  }

  /** Counts the content words of a sentence and files it in the table and the postings. */
  private indexPassage(doc: SourceDocument, span: Span, paragraph: Span, sentenceInParagraph: number, text: string): number {
    // Counts per term id in a scratch array kept between passages; `seen` lists the ids touched.
    const seen: number[] = [];
    let length = 0;
    forEachWord(text, (word) => {
      // One lookup per word as written: its term id, or -1 for a word that is not a content word.
      let id = this.wordIds.get(word);
      if (id === undefined) {
        const term = contentTermOf(word);
        id = term ? this.postings.intern(term) : -1;
        this.wordIds.set(word, id);
      }
      if (id < 0) return;
      if (id >= this.termCounts.length) {
        const grown = new Int32Array(Math.max(2 * this.termCounts.length, id + 1));
        grown.set(this.termCounts);
        this.termCounts = grown;
      }
      const count = this.termCounts[id]!;
      this.termCounts[id] = count + 1;
      if (count === 0) seen.push(id);
      length++;
    });
    const terms: number[] = new Array(seen.length * 2);
    let k = 0;
    for (const id of seen) {
      terms[k++] = id;
      terms[k++] = this.termCounts[id]!;
      this.termCounts[id] = 0;
    }
    const index = this.table.add(doc, span.start, span.end, paragraph.start, paragraph.end, sentenceInParagraph, length, terms);
    if (!this.packing) for (let t = 0; t < terms.length; t += 2) this.postings.add(terms[t]!, index, terms[t + 1]!);
    this.totalLength += length;
    this.livePassages++;
    return index;
  }

  private rememberPath(doc: SourceDocument): void {
    const ids = this.idsByPath.get(doc.path);
    if (ids) ids.push(doc.id);
    else this.idsByPath.set(doc.path, [doc.id]);
  }

  /** The quotations of a document's paragraphs (each with its passages), with their speakers. */
  private collectQuotes(doc: SourceDocument, paragraphs: readonly [Span, number[]][]): RawQuote[] {
    const quotes: RawQuote[] = [];
    for (const [paragraph, passages] of paragraphs) {
      const text = doc.text.slice(paragraph.start, paragraph.end);
      for (const q of findQuotes(text)) {
        const start = q.span.start + paragraph.start;
        const end = q.span.end + paragraph.start;
        const passage = passages.find((i) => this.table.start(i) <= start && start < this.table.end(i)) ?? passages[0]!;
        // Scare quotes ("coercive", "Pax Silica") carry no speaker; real quotations of a
        // paragraph without attribution belong to the paragraph's last named speaker.
        const words = q.text.trim().split(/\s+/).length;
        const speaker = q.speaker ?? (words >= 4 ? paragraphSpeaker(text, text.length) : undefined);
        quotes.push({ docId: doc.id, text: q.text, span: { start, end }, passage, speakerName: speaker });
      }
    }
    return quotes;
  }

  private view(): NonNullable<Corpus['derived']> {
    return (this.derived ??= {});
  }

  private resolved(): EntityView {
    if (this.frozen) return this.frozen;
    this.settleEntities();
    return this.entityIndex;
  }

  /** Every document's names with their entities in the snapshot's table, for the saved entities. */
  private *documentNames(): Generator<DocumentNames> {
    for (const id of this.entries.keys()) yield this.namesOfDocument(id)!;
  }

  private namesOfDocument(docId: string): DocumentNames | undefined {
    const entry = this.entries.get(docId);
    if (!entry) return undefined;
    const names = namesOf(entry);
    return { docId, names, entityOf: entityOfEntry(entry) ?? new Int32Array(names.length).fill(-1) };
  }

  /** Records a document's names for the entity index, which takes them when next asked. */
  private namesChanged(change: { removed: string } | { added: DocumentEntry }): void {
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

/** The `limit` best (index, score) pairs: higher score first, then lower index. */
/** The `limit`-th best score among the touched passages (limit <= touched.length). */

/** The configured aliases as one string: saved entities are used only under the aliases they were resolved with. */
function aliasesKey(aliases: Record<string, string[]> | undefined): string {
  return JSON.stringify(Object.entries(aliases ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A document's quotations, read from the snapshot on first use. */
function quotesIn(entry: DocumentEntry): RawQuote[] {
  if (typeof entry.quotes === 'function') entry.quotes = entry.quotes();
  return entry.quotes;
}

/** The pairs of each snapshot made in this process (a snapshot read from a file has none). */
const pairsMade = new WeakMap<CorpusSnapshot, Int32Array>();

/**
 * The (term, count) pairs of a snapshot's passages, each passage's at its first-pair word: those
 * it was made with, or made from the postings (a passage's terms then in vocabulary order).
 */
export function termPairsOf(snapshot: CorpusSnapshot): Int32Array {
  let pairs = pairsMade.get(snapshot);
  if (!pairs) {
    const P = snapshot.passages;
    const starts = snapshot.postingStarts;
    const PP = snapshot.postingPassages;
    const PC = snapshot.postingCounts;
    pairs = new Int32Array(2 * PP.length);
    const next = new Int32Array(P.length / PASSAGE_FIELDS);
    for (let p = 0; p < next.length; p++) next[p] = P[p * PASSAGE_FIELDS + PassageCol.pairsAt]!;
    for (let t = 0; t < starts.length - 1; t++) {
      for (let k = starts[t]!; k < starts[t + 1]!; k++) {
        const at = next[PP[k]!]!;
        pairs[at] = t;
        pairs[at + 1] = PC[k]!;
        next[PP[k]!] = at + 2;
      }
    }
    pairsMade.set(snapshot, pairs);
  }
  return pairs;
}

/** A restored document's entity of each name in the snapshot's table, read on first use. */
function entityOfEntry(entry: DocumentEntry): Int32Array | undefined {
  if (typeof entry.entityOf === 'function') entry.entityOf = entry.entityOf();
  return entry.entityOf;
}

/** A snapshot's strings, each made (interned) when first read, with its entity key. */
class SnapshotStrings {
  private readonly values: (string | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(private readonly packed: PackedStrings) {}

  get(i: number): string {
    return (this.values[i] ??= internName(this.packed.get(i)));
  }

  key(i: number): string {
    return (this.keys[i] ??= entityKey(this.get(i)));
  }
}

/** A document's names, read from the snapshot on first use. */
function namesOf(entry: DocumentEntry): PlacedName[] {
  if (typeof entry.names === 'function') entry.names = entry.names();
  return entry.names;
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
