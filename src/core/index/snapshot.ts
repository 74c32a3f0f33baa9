// The persisted form of a corpus and the way back: `snapshotSteps` lays a corpus out as flat
// columns (CorpusSnapshot, which cache.ts writes to a file as they are), `restoreSteps` makes a
// corpus of them again. A snapshot taken whole is used where it lies; otherwise the kept documents
// are copied row by row. Building and search live in corpus.ts; this module reaches into the
// corpus's internal members (marked there) and nothing else does.
import type { Entity, SourceDocument } from '../model.js';
import type { AnalysedDocument } from './analyse.js';
import type { Corpus } from './corpus.js';
import { entityOfEntry, namesOf, quotesIn, type DocumentEntry, type RawQuote } from './document-entry.js';
import { entityKey, internName, PlacedNames } from './entities.js';
import { FrozenEntities, SavedEntities, type SnapshotEntity } from './frozen-entities.js';
import { PackedStrings, stringNumbering } from './packed-strings.js';
import { NAME_FIELDS, NameCol, PASSAGE_FIELDS, PassageCol, QUOTE_FIELDS, QuoteCol } from './columns.js';

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

/** A document to index anew when restoring: as read, or read and analysed by an `Analyser`. */
export type FreshDocument = SourceDocument | AnalysedDocument;

const pathOf = (f: FreshDocument): string => ('analysis' in f ? f.doc.path : f.path);

/** The work of `Corpus.snapshot`, yielding every few documents. */
export function* snapshotSteps(corpus: Corpus): Generator<void, CorpusSnapshot> {
  // The entities are saved too, so that a corpus restored unchanged need not resolve its names.
  // (Already settled where it matters: the extension settles in slices before it saves.)
  const view = corpus.resolved();
  const entityIds = new Map<Entity, number>(view.entities.map((e, i) => [e, i]));
  const frozen = corpus.frozen;
  // A document's names and their entities, one document at a time (a map of every name of the
  // corpus lived through the whole save, for the garbage collector to trace again and again).
  let entityOfName = new Int32Array(64);
  const noteEntity = (name: number, entity: Entity): void => void (entityOfName[name] = entityIds.get(entity) ?? -1);
  yield;
  const { strings, id: stringId } = stringNumbering();
  // The columns are laid out in typed arrays: the passages' and their pairs' sizes are known up
  // front; names and quotes grow as they come.
  let passageCount = 0;
  let pairWords = 0;
  for (const entry of corpus.entries.values()) {
    passageCount += entry.passageCount;
    for (let index = entry.firstPassage; index < entry.firstPassage + entry.passageCount; index++) pairWords += corpus.table.pairWords(index);
  }
  const passageRows = new Int32Array(passageCount * PASSAGE_FIELDS);
  // Pairs with the corpus's own term ids first; renumbered in vocabulary order below.
  const pairs = new Int32Array(pairWords);
  let names: Int32Array<ArrayBuffer> = new Int32Array(1024 * NAME_FIELDS);
  let nameWords = 0;
  let quotes: Int32Array<ArrayBuffer> = new Int32Array(256 * QUOTE_FIELDS);
  let quoteWords = 0;
  let rowAt = 0;
  let pairAt = 0;
  const documents: SnapshotDocument[] = [];
  for (const entry of corpus.entries.values()) {
    const first = entry.firstPassage;
    for (let index = first; index < first + entry.passageCount; index++) {
      pairAt += corpus.table.copyRow(index, passageRows, rowAt, pairs, pairAt);
      rowAt += PASSAGE_FIELDS;
    }
    const entityOf = frozen ? entityOfEntry(entry) : undefined;
    const docNames = namesOf(entry);
    const nameCount = docNames.count;
    if (!frozen) {
      if (entityOfName.length < nameCount) entityOfName = new Int32Array(Math.max(nameCount, 2 * entityOfName.length));
      entityOfName.fill(-1, 0, nameCount);
      corpus.entityIndex.forEachResolvedIn(entry.doc.id, noteEntity);
    }
    if (nameWords + nameCount * NAME_FIELDS > names.length) names = grown(names, nameWords + nameCount * NAME_FIELDS);
    for (let k = 0; k < nameCount; k++) {
      const entity = entityOf ? entityOf[k]! : entityOfName[k]!;
      names[nameWords + NameCol.start] = docNames.start(k);
      names[nameWords + NameCol.end] = docNames.end(k);
      names[nameWords + NameCol.passage] = docNames.passage(k) - first;
      names[nameWords + NameCol.kind] = docNames.kindCode(k);
      // Numbered in this order (name, full, role), as the strings table has always been.
      names[nameWords + NameCol.name] = stringId(docNames.name(k));
      names[nameWords + NameCol.full] = stringId(docNames.full(k));
      names[nameWords + NameCol.role] = stringId(docNames.role(k));
      names[nameWords + NameCol.entity] = entity;
      nameWords += NAME_FIELDS;
    }
    const docQuotes = quotesIn(entry);
    if (quoteWords + docQuotes.length * QUOTE_FIELDS > quotes.length) quotes = grown(quotes, quoteWords + docQuotes.length * QUOTE_FIELDS);
    for (const q of docQuotes) {
      quotes[quoteWords + QuoteCol.start] = q.span.start;
      quotes[quoteWords + QuoteCol.end] = q.span.end;
      quotes[quoteWords + QuoteCol.passage] = q.passage - first;
      quotes[quoteWords + QuoteCol.speaker] = stringId(q.speakerName);
      quoteWords += QUOTE_FIELDS;
    }
    documents.push({ doc: entry.doc, chars: entry.doc.text.length, passages: entry.passageCount, names: nameCount, quotes: docQuotes.length });
    if (documents.length % 64 === 0) yield;
  }
  // The vocabulary: the terms in use, sorted, so that a reader finds a term without a table of its own.
  const newId = new Int32Array(corpus.postings.size).fill(-1);
  const used: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const term = pairs[k]!;
    if (newId[term] === -1) {
      newId[term] = -2;
      used.push(term);
    }
  }
  yield;
  const { table: terms, position } = PackedStrings.packSorted(used.map((t) => corpus.postings.term(t)));
  used.forEach((t, i) => (newId[t] = position[i]!));
  yield;
  for (let k = 0; k < pairs.length; k += 2) {
    pairs[k] = newId[pairs[k]!]!;
    if (k % (1 << 20) === 0) yield;
  }
  yield;
  // The postings of the saved passages (numbered from 0 in corpus order), passages ascending.
  const count = passageCount;
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
    names: names.slice(0, nameWords), quotes: quotes.slice(0, quoteWords),
    entities: yield* SavedEntities.packSteps(entities), aliases: corpus.aliasesKey,
  };
  pairsMade.set(snapshot, pairs);
  return snapshot;
}

/**
 * The work of `Corpus.restore` (on `corpus`, new), yielding now and then (run it in slices with `drain`). A snapshot
 * taken whole is used where it lies: its columns become the passage table and the postings,
 * its names, quotes, strings and entities are read when first asked for. Otherwise the kept
 * documents are copied row by row and the postings packed again.
 */
export function* restoreSteps(corpus: Corpus, snapshot: CorpusSnapshot, take: (i: number) => boolean, fresh: FreshDocument[]): Generator<void, Corpus> {
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
    yield* adopt(corpus, snapshot, starts, strings);
    if (snapshot.aliases === corpus.aliasesKey) {
      // Read where they lie, an entity at a time: a check asks about a few names.
      corpus.frozen = new FrozenEntities(snapshot.entities, () => corpus.documentNames(), (docId) => corpus.namesOfDocument(docId), (docId) => corpus.entityIndicesOf(docId));
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
  // Fresh documents go in path order among the restored ones; taken by index, not shift(),
  // which moves the whole array each time.
  const queue = [...fresh].sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
  const add = (f: FreshDocument): void => ('analysis' in f ? corpus.addDocument(f.doc, f) : corpus.addDocument(f));
  let next = 0;
  for (const [i, d] of snapshot.documents.entries()) {
    if (!take(i)) continue;
    while (next < queue.length && pathOf(queue[next]!) <= d.doc.path) {
      add(queue[next++]!);
      yield;
    }
    restoreDocument(corpus, snapshot, pairs, d, starts[i]!, termIds, strings);
    yield;
  }
  for (; next < queue.length; next++) {
    add(queue[next]!);
    yield;
  }
  yield* corpus.packPostings();
  return corpus;
}

/** Takes a whole snapshot as it lies (on a new corpus): the passage table and the postings are its columns. */
function* adopt(corpus: Corpus, snapshot: CorpusSnapshot, starts: number[][], strings: SnapshotStrings): Generator<void, void> {
  const docs = snapshot.documents;
  const ranges = new Int32Array(docs.length + 1);
  for (const [i, d] of docs.entries()) {
    const entry = snapshotEntry(snapshot, d, starts[i]!, strings);
    corpus.entries.set(d.doc.id, entry);
    corpus.rememberPath(d.doc);
    corpus.namesChanged({ added: entry });
    ranges[i + 1] = ranges[i]! + d.passages;
    if (i % 2048 === 2047) yield;
  }
  corpus.table.adopt(snapshot.passages, () => termPairsOf(snapshot), 2 * snapshot.postingPassages.length, docs.map((d) => d.doc), ranges);
  corpus.postings.adopt(snapshot.terms, snapshot.postingStarts, snapshot.postingPassages, snapshot.postingCounts);
  yield;
  const P = snapshot.passages;
  for (let at = PassageCol.length; at < P.length; at += PASSAGE_FIELDS) corpus.totalLength += P[at]!;
  corpus.livePassages = P.length / PASSAGE_FIELDS;
}

/** A snapshot document's entry, its passages from `start[0]` on (as in the snapshot), its names and quotes read when first needed. */
function snapshotEntry(snapshot: CorpusSnapshot, d: SnapshotDocument, start: number[], strings: SnapshotStrings, firstPassage = start[0]!): DocumentEntry {
  const { doc } = d;
  const N = snapshot.names;
  const Q = snapshot.quotes;
  const nameRow = start[1]!;
  const quoteRow = start[2]!;
  const entry: DocumentEntry = { doc, firstPassage, passageCount: d.passages, names: new PlacedNames(doc.id), quotes: [] };
  entry.entityOf = (): Int32Array => {
    const entityOf = new Int32Array(d.names);
    for (let k = 0; k < d.names; k++) entityOf[k] = N[(nameRow + k) * NAME_FIELDS + NameCol.entity]!;
    return entityOf;
  };
  // Names become objects only when the entities are resolved for real (after a change), or listed.
  entry.names = (): PlacedNames => {
    const names = new PlacedNames(doc.id, d.names);
    for (let k = 0; k < d.names; k++) {
      const at = (nameRow + k) * NAME_FIELDS;
      const role = N[at + NameCol.role]!;
      names.add(N[at + NameCol.start]!, N[at + NameCol.end]!, firstPassage + N[at + NameCol.passage]!, N[at + NameCol.kind]!, strings.get(N[at + NameCol.name]!), strings.get(N[at + NameCol.full]!), role < 0 ? undefined : strings.get(role), strings.key(N[at + NameCol.name]!));
    }
    return names.fitted();
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
function restoreDocument(corpus: Corpus, snapshot: CorpusSnapshot, T: Int32Array, d: SnapshotDocument, start: number[], termIds: Int32Array, strings: SnapshotStrings): void {
  const { doc } = d;
  corpus.removeDocument(doc.id);
  const entry = snapshotEntry(snapshot, d, start, strings, corpus.table.size);
  corpus.entries.set(doc.id, entry);
  corpus.rememberPath(doc);
  const P = snapshot.passages;
  for (let k = 0; k < d.passages; k++) {
    const at = (start[0]! + k) * PASSAGE_FIELDS;
    const pair = P[at + PassageCol.pairsAt]!;
    const pairs = P[at + PassageCol.pairCount]! * 2;
    const length = P[at + PassageCol.length]!;
    corpus.table.add(doc, P[at + PassageCol.start]!, P[at + PassageCol.end]!, P[at + PassageCol.paragraphStart]!, P[at + PassageCol.paragraphEnd]!, P[at + PassageCol.sentence]!, length, T, pair, pair + pairs, termIds);
    corpus.totalLength += length;
    corpus.livePassages++;
  }
  corpus.namesChanged({ added: entry });
}

/** `column` with room for `needed` words at least (doubling), its words kept. */
function grown(column: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  let length = column.length * 2;
  while (length < needed) length *= 2;
  const next = new Int32Array(length);
  next.set(column);
  return next;
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
