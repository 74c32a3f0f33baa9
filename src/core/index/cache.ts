// The persisted index: a corpus snapshot in one binary file, so a second run (a reviewer's
// `groundwork check`, the extension opening the workspace again) reads the index instead of every
// source. Each source is stamped (size and modification time, or a content hash): a source
// whose stamp changed, or that is new, is read and indexed again; the others are taken from the
// file. A file of another version, or one that fails its checksum or any bounds check, is never
// trusted: the corpus is built from the sources and the file written again.
import type { SourceDocument } from '../model.js';
import { drain, finish, type Slices } from '../steps.js';
import { NAME_FIELDS, NameCol, PASSAGE_FIELDS, PassageCol, QUOTE_FIELDS, QuoteCol } from './columns.js';
import { Corpus, type CorpusOptions } from './corpus.js';
import type { CorpusSnapshot, FreshDocument, SnapshotDocument } from './snapshot.js';
import { SavedEntities } from './frozen-entities.js';
import { PackedStrings } from './packed-strings.js';
import { mapInFlight } from '../in-flight.js';

/** Bump whenever the layout, or what indexing extracts, changes: older files are then rebuilt. */
export const CACHE_FORMAT_VERSION = 45;
const MAGIC = 0x58495747; // "GWIX" little-endian

/** A source as the cache knows it: its path and a stamp that changes whenever its content may have. */
export interface SourceStamp {
  path: string;
  /** `statStamp(size, mtimeMs)`, or a content hash. */
  stamp: string;
}

/** The stamp of a file from its size and modification time. */
export function statStamp(size: number, mtimeMs: number, change?: { ctimeMs: number; ino: number }): string {
  // The change time and the inode catch an edit that kept the size and put the modification
  // time back (`touch -d`, a tool that preserves it): neither can be set from user space.
  return change ? `${size}:${Math.round(mtimeMs)}:${Math.round(change.ctimeMs)}:${change.ino}` : `${size}:${Math.round(mtimeMs)}`;
}

/** Where the cache file lives: the CLI implements it with node fs, the extension with its storage. */
export interface CacheIO {
  /** The cache file's bytes, or undefined when there is none (or it cannot be read). */
  read(): Promise<Uint8Array | undefined>;
  write(bytes: Uint8Array): Promise<void>;
  /**
   * When given, a changed index is not saved while loading: `save` (laying the corpus out and
   * writing it) is handed here, for the caller to run once it has used the corpus (the CLI checks
   * its drafts first). The corpus must not change before `save` runs.
   */
  saveLater?(save: () => Promise<boolean>): void;
}

export interface LoadedCorpus {
  corpus: Corpus;
  /** Sources taken from the cache. */
  reused: number;
  /** Paths of the sources taken from the cache (their `warnings` were not met again: show them if wanted). */
  reusedPaths: Set<string>;
  /** Sources read and indexed (new, changed, or all of them when the cache was missing or bad). */
  indexed: number;
  /** Why the cache file was not used at all, when it was not: `missing`, `old version`, `corrupt`. */
  rejected?: string;
  /** Whether a new cache file was written (false when the save was handed to `saveLater`). */
  written: boolean;
}

/**
 * The corpus of `sources` (sorted by path or not: they are indexed in path order), taking every
 * source whose stamp is unchanged from the cache and reading the others with `read` (which
 * returns undefined for a source that cannot be read; it is then left out, as in a full build;
 * a document it returns may come analysed already, on another thread).
 * Writes the cache again when anything changed. A failure to write is reported, never thrown.
 */
export async function loadOrBuildCorpus(
  sources: SourceStamp[],
  read: (path: string) => Promise<FreshDocument | undefined>,
  options: CorpusOptions,
  io: CacheIO,
  onWriteError?: (error: unknown) => void,
  slices?: Slices,
): Promise<LoadedCorpus> {
  let cached: DecodedCache | undefined;
  let rejected: string | undefined;
  const bytes = await io.read().catch(() => undefined);
  if (!bytes) rejected = 'missing';
  else {
    try {
      cached = await drain(decodeSteps(bytes), slices);
    } catch (error) {
      rejected = error instanceof OldCacheError ? 'old version' : 'corrupt';
    }
  }
  const stampOf = new Map(sources.map((s) => [s.path, s.stamp]));
  const keep = new Set<number>();
  const reusedPaths = new Set<string>();
  cached?.stamps.forEach((stamp, i) => {
    const path = cached!.snapshot.documents[i]!.doc.path;
    if (stampOf.get(path) === stamp && !reusedPaths.has(path)) {
      keep.add(i);
      reusedPaths.add(path);
    }
  });
  const toRead = sources.filter((s) => !reusedPaths.has(s.path));
  const fresh = (await mapInFlight(toRead.map((s) => s.path), read)).filter((d): d is FreshDocument => d !== undefined);
  const indexed = fresh.length;
  const snapshot = cached?.snapshot ?? EMPTY_SNAPSHOT;
  await slices?.pause();
  // Handed over (`fresh` left empty): once in the corpus, the analyses are let go before the
  // entities and the save, whose garbage collections would trace them again.
  const corpus = slices
    ? await drain(Corpus.restoreSteps(snapshot, options, (i) => keep.has(i), fresh.splice(0)), slices)
    : Corpus.restore(snapshot, options, (i) => keep.has(i), fresh.splice(0));
  const unchanged = cached !== undefined && toRead.length === 0 && keep.size === cached.stamps.length;
  const save = async (): Promise<boolean> => {
    try {
      const snapshot = await drain(corpus.snapshotSteps(), slices);
      await io.write(await drain(encodeSteps(snapshot, (path) => stampOf.get(path) ?? ''), slices));
      return true;
    } catch (error) {
      onWriteError?.(error);
      return false;
    }
  };
  let written = false;
  if (!unchanged) {
    if (io.saveLater) io.saveLater(save);
    else written = await save();
  }
  return { corpus, reused: keep.size, reusedPaths, indexed, rejected, written };
}


const EMPTY_SNAPSHOT: CorpusSnapshot = {
  documents: [], terms: PackedStrings.EMPTY, strings: PackedStrings.EMPTY,
  passages: new Int32Array(0),
  postingStarts: new Int32Array(1), postingPassages: new Int32Array(0), postingCounts: new Int32Array(0),
  names: new Int32Array(0), quotes: new Int32Array(0),
  entities: SavedEntities.EMPTY, aliases: '',
};

// ---------------------------------------------------------------------------------------------
// File layout (little-endian), read where it lies: the columns are typed-array views over the
// file's bytes, used by the corpus as they are (src/core/index/corpus.ts, `restore` of a whole
// snapshot); strings and texts are decoded when first read, an entity's record when it is first
// asked about.
//   u32 magic | u32 version | u32 header bytes | u32 checksum of everything after this word
//   header: UTF-8 JSON { stamps, texts, chars, columns, aliases, sections }
//   sections: the documents (without text), as JSON arrays of up to CHUNK_ITEMS items (byte
//     lengths in the header), parsed one chunk at a time
//   padding to a multiple of 4, then the 32-bit columns in WORD_COLUMNS order, then the byte
//   columns in BYTE_COLUMNS order (lengths of all in `columns`). Each string table (the
//   vocabulary, the strings, the entities' records, keys and ids) is offsets (n + 1) into UTF-8
//   bytes; the vocabulary, the entity keys and the entity ids are sorted by those bytes. The
//   texts are each document's UTF-8 text in turn.

interface Header {
  stamps: string[];
  /** UTF-8 byte length of each document's text. */
  texts: number[];
  /** UTF-16 length of each document's text (known without decoding it). */
  chars: number[];
  /** Length of each column, in items. */
  columns: Record<ColumnName, number>;
  aliases: string;
  /** UTF-8 byte lengths of the JSON chunks of each list, which follow the header in this order. */
  sections: Record<SectionName, number[]>;
}

/** The lists kept as JSON, each in chunks: one chunk is parsed between two pauses. */
interface Sections {
  /** Each document without its text, and its rows in the columns. */
  documents: SavedDocument[];
}
type SectionName = keyof Sections;
type SavedDocument = Omit<SnapshotDocument, 'doc' | 'chars'> & { doc: Omit<SourceDocument, 'text'> };
const SECTIONS: SectionName[] = ['documents'];
const CHUNK_ITEMS = 4096;

const WORD_COLUMNS = [
  'termOffsets', 'stringOffsets', 'passages', 'postingStarts', 'postingPassages', 'postingCounts', 'names', 'quotes',
  'entityOffsets', 'entityKeyOffsets', 'entityKeyStarts', 'entityKeyEntities', 'entityIdOffsets', 'entityIdEntities',
] as const;
const BYTE_COLUMNS = ['terms', 'strings', 'entities', 'entityKeys', 'entityIds', 'texts'] as const;
type ColumnName = (typeof WORD_COLUMNS)[number] | (typeof BYTE_COLUMNS)[number];

export class OldCacheError extends Error {}

interface DecodedCache {
  snapshot: CorpusSnapshot;
  stamps: string[];
}

export function encodeCache(snapshot: CorpusSnapshot, stampOf: (path: string) => string): Uint8Array {
  return finish(encodeSteps(snapshot, stampOf));
}

/** The work of `encodeCache`, yielding between documents and between stretches of the checksum. */
export function* encodeSteps(snapshot: CorpusSnapshot, stampOf: (path: string) => string): Generator<void, Uint8Array> {
  const encoder = new TextEncoder();
  const texts: Uint8Array[] = [];
  for (const d of snapshot.documents) {
    texts.push(encoder.encode(d.doc.text));
    if (texts.length % 64 === 0) yield;
  }
  const entities = snapshot.entities;
  const lists: Sections = {
    documents: snapshot.documents.map(({ doc, passages, names, quotes }) => ({ doc: withoutText(doc), passages, names, quotes })),
  };
  const chunks: Uint8Array[] = [];
  const sections = {} as Record<SectionName, number[]>;
  for (const name of SECTIONS) {
    const items: unknown[] = lists[name];
    sections[name] = [];
    for (let i = 0; i < items.length; i += CHUNK_ITEMS) {
      const chunk = encoder.encode(JSON.stringify(items.slice(i, i + CHUNK_ITEMS)));
      chunks.push(chunk);
      sections[name].push(chunk.length);
      yield;
    }
  }
  const words: Record<(typeof WORD_COLUMNS)[number], Int32Array | Uint32Array> = {
    termOffsets: snapshot.terms.offsets, stringOffsets: snapshot.strings.offsets,
    passages: snapshot.passages,
    postingStarts: snapshot.postingStarts, postingPassages: snapshot.postingPassages, postingCounts: snapshot.postingCounts,
    names: snapshot.names, quotes: snapshot.quotes,
    entityOffsets: entities.records.offsets, entityKeyOffsets: entities.keys.offsets, entityKeyStarts: entities.keyStarts, entityKeyEntities: entities.keyEntities,
    entityIdOffsets: entities.ids.offsets, entityIdEntities: entities.idEntities,
  };
  const blobs: Record<(typeof BYTE_COLUMNS)[number], Uint8Array[]> = {
    terms: [snapshot.terms.bytes], strings: [snapshot.strings.bytes],
    entities: [entities.records.bytes], entityKeys: [entities.keys.bytes], entityIds: [entities.ids.bytes],
    texts,
  };
  const columns = {} as Record<ColumnName, number>;
  for (const name of WORD_COLUMNS) columns[name] = words[name].length;
  for (const name of BYTE_COLUMNS) columns[name] = blobs[name].reduce((sum, b) => sum + b.length, 0);
  const header: Header = {
    stamps: snapshot.documents.map((d) => stampOf(d.doc.path)),
    texts: texts.map((t) => t.length),
    chars: snapshot.documents.map((d) => d.chars),
    columns,
    aliases: snapshot.aliases,
    sections,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const chunkBytes = chunks.reduce((sum, c) => sum + c.length, 0);
  const columnsAt = align4(16 + headerBytes.length + chunkBytes);
  const wordCount = WORD_COLUMNS.reduce((sum, name) => sum + columns[name], 0);
  const byteCount = BYTE_COLUMNS.reduce((sum, name) => sum + columns[name], 0);
  const bytes = new Uint8Array(columnsAt + wordCount * 4 + byteCount);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, CACHE_FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, 16);
  let at = 16 + headerBytes.length;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  // Typed arrays are written as the machine holds them; the file is little-endian, as every
  // machine Groundwork runs on is.
  at = columnsAt;
  for (const name of WORD_COLUMNS) {
    const column = words[name];
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.length * 4), at);
    at += column.length * 4;
  }
  for (const name of BYTE_COLUMNS) {
    for (const b of blobs[name]) {
      bytes.set(b, at);
      at += b.length;
    }
  }
  yield;
  view.setUint32(12, yield* checksumSteps(bytes, 16), true);
  return bytes;
}

export function decodeCache(input: Uint8Array): DecodedCache {
  return finish(decodeSteps(input));
}

/** The work of `decodeCache`, yielding between stretches of the checksum and between chunks. */
function* decodeSteps(input: Uint8Array): Generator<void, DecodedCache> {
  if (!LITTLE_ENDIAN) throw new OldCacheError('a big-endian machine reads no index file');
  // Int32 views need an aligned buffer of our own.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.length < 16) throw new Error('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a Groundwork index');
  if (view.getUint32(4, true) !== CACHE_FORMAT_VERSION) throw new OldCacheError('another version');
  const headerLength = view.getUint32(8, true);
  if (16 + headerLength > bytes.length) throw new Error('truncated header');
  if ((yield* checksumSteps(bytes, 16)) !== view.getUint32(12, true)) throw new Error('checksum mismatch');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const header = JSON.parse(decoder.decode(bytes.subarray(16, 16 + headerLength))) as Header;
  const count = (x: unknown): number => {
    if (!Number.isInteger(x) || (x as number) < 0) throw new Error('bad header');
    return x as number;
  };
  if (!header || typeof header !== 'object' || !Array.isArray(header.stamps) || !Array.isArray(header.texts) || !Array.isArray(header.chars) || typeof header.aliases !== 'string' || !header.columns || !header.sections) throw new Error('bad header');
  let at = 16 + headerLength;
  // Where each chunk of a list lies.
  const chunksOf = (name: SectionName): [number, number][] => {
    const lengths = header.sections[name];
    if (!Array.isArray(lengths)) throw new Error('bad header');
    return lengths.map((length) => {
      const from = at;
      at += count(length);
      if (at > bytes.length) throw new Error('truncated header');
      return [from, at];
    });
  };
  const documentChunks = chunksOf('documents');
  const metas: SavedDocument[] = [];
  for (const [from, to] of documentChunks) {
    for (const item of JSON.parse(decoder.decode(bytes.subarray(from, to))) as SavedDocument[]) metas.push(item);
    yield;
  }
  const n = metas.length;
  if (header.stamps.length !== n || header.texts.length !== n || header.chars.length !== n) throw new Error('inconsistent header');
  // The columns.
  let cursor = align4(at);
  const words = {} as Record<(typeof WORD_COLUMNS)[number], Int32Array>;
  for (const name of WORD_COLUMNS) {
    const length = count(header.columns[name]);
    if (cursor + length * 4 > bytes.length) throw new Error('column lengths do not match the file');
    words[name] = new Int32Array(bytes.buffer, bytes.byteOffset + cursor, length);
    cursor += length * 4;
  }
  const blob = (name: (typeof BYTE_COLUMNS)[number]): Uint8Array => {
    const length = count(header.columns[name]);
    if (cursor + length > bytes.length) throw new Error('column lengths do not match the file');
    const out = bytes.subarray(cursor, cursor + length);
    cursor += length;
    return out;
  };
  const termBytes = blob('terms');
  const stringBytes = blob('strings');
  const entityBytes = blob('entities');
  const entityKeyBytes = blob('entityKeys');
  const entityIdBytes = blob('entityIds');
  const texts = blob('texts');
  if (cursor !== bytes.length) throw new Error('column lengths do not match the file');
  const offsets = (column: Int32Array, within: Uint8Array): Uint32Array => {
    const o = new Uint32Array(column.buffer, column.byteOffset, column.length);
    if (o.length < 1 || o[0] !== 0 || o[o.length - 1] !== within.length) throw new Error('bad string table');
    for (let k = 1; k < o.length; k++) if (o[k]! < o[k - 1]!) throw new Error('bad string table');
    return o;
  };
  const terms = new PackedStrings(offsets(words.termOffsets, termBytes), termBytes);
  const strings = new PackedStrings(offsets(words.stringOffsets, stringBytes), stringBytes);
  const records = new PackedStrings(offsets(words.entityOffsets, entityBytes), entityBytes);
  const entityKeys = new PackedStrings(offsets(words.entityKeyOffsets, entityKeyBytes), entityKeyBytes);
  const entityIds = new PackedStrings(offsets(words.entityIdOffsets, entityIdBytes), entityIdBytes);
  const keyStarts = words.entityKeyStarts;
  const keyEntities = words.entityKeyEntities;
  const idEntities = words.entityIdEntities;
  const entityCount = records.length;
  if (keyStarts.length !== entityKeys.length + 1 || keyStarts[0] !== 0 || keyStarts[entityKeys.length] !== keyEntities.length) throw new Error('bad entity table');
  for (let k = 0; k < entityKeys.length; k++) if (keyStarts[k + 1]! < keyStarts[k]!) throw new Error('bad entity table');
  if (entityIds.length !== entityCount || idEntities.length !== entityCount) throw new Error('bad entity table');
  for (const column of [keyEntities, idEntities]) for (let k = 0; k < column.length; k++) if (column[k]! < 0 || column[k]! >= entityCount) throw new Error('bad entity table');
  // Each record is parsed only when asked about: here, at least its shape (`[...]` and a comma after every one but the last).
  const R = records.offsets;
  for (let i = 0; i < entityCount; i++) {
    const last = R[i + 1]! - 1;
    const close = i < entityCount - 1 ? last - 1 : last;
    if (R[i + 1]! - R[i]! < 2 || entityBytes[R[i]!] !== 0x5b || entityBytes[close] !== 0x5d || (close !== last && entityBytes[last] !== 0x2c)) throw new Error('bad entity table');
  }
  const entities = new SavedEntities(records, entityKeys, keyStarts, keyEntities, entityIds, idEntities);
  // Each document's text is decoded when first read.
  const documents: SnapshotDocument[] = [];
  const ids = new Set<string>();
  let textAt = 0;
  for (let i = 0; i < n; i++) {
    const saved = metas[i]!;
    const meta = saved?.doc;
    if (!meta || typeof meta.id !== 'string' || typeof meta.path !== 'string' || ids.has(meta.id)) throw new Error('bad document');
    ids.add(meta.id);
    const end = textAt + count(header.texts[i]);
    if (end > texts.length) throw new Error('truncated text');
    const doc = meta as SourceDocument;
    textWhenRead(doc, texts, textAt, end);
    textAt = end;
    documents.push({ doc, chars: count(header.chars[i]), passages: count(saved.passages), names: count(saved.names), quotes: count(saved.quotes) });
    if (i % 2048 === 2047) yield;
  }
  if (textAt !== texts.length) throw new Error('truncated text');
  const snapshot: CorpusSnapshot = {
    documents, terms, strings,
    passages: words.passages,
    postingStarts: words.postingStarts, postingPassages: words.postingPassages, postingCounts: words.postingCounts,
    names: words.names, quotes: words.quotes,
    entities, aliases: header.aliases,
  };
  yield;
  yield* validate(snapshot);
  return { snapshot, stamps: header.stamps };
}

/** Gives `doc` a `text` decoded from bytes[from, to) when first read (an own, enumerable property, as a read document has). */
function textWhenRead(doc: SourceDocument, bytes: Uint8Array, from: number, to: number): void {
  let text: string | undefined;
  Object.defineProperty(doc, 'text', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= textDecoder.decode(bytes.subarray(from, to))),
    set: (value: string) => {
      text = value;
    },
  });
}

// Not fatal: the bytes passed the checksum, and a text is read long after the file was accepted.
const textDecoder = new TextDecoder('utf-8');

function withoutText(doc: SourceDocument): Omit<SourceDocument, 'text'> {
  const { text: _text, ...rest } = doc;
  return rest;
}

/** Bounds checks, so that a damaged file is rejected here rather than failing later. */
function* validate(s: CorpusSnapshot): Generator<void, void> {
  const fail = (what: string): never => {
    throw new Error(`bad ${what}`);
  };
  let passages = 0;
  let pairs = 0;
  let names = 0;
  let quotes = 0;
  const P = s.passages;
  const N = s.names;
  const Q = s.quotes;
  const strings = s.strings.length;
  const terms = s.terms.length;
  for (const d of s.documents) {
    const length = d.chars;
    if ((passages + d.passages) * PASSAGE_FIELDS > P.length) fail('passage table');
    for (let k = 0; k < d.passages; k++) {
      const at = (passages + k) * PASSAGE_FIELDS;
      const count = P[at + PassageCol.pairCount]!;
      if (!(0 <= P[at + PassageCol.start]! && P[at + PassageCol.start]! <= P[at + PassageCol.end]! && P[at + PassageCol.end]! <= length && 0 <= P[at + PassageCol.paragraphStart]! && P[at + PassageCol.paragraphStart]! <= P[at + PassageCol.paragraphEnd]! && P[at + PassageCol.paragraphEnd]! <= length && count >= 0 && P[at + PassageCol.pairsAt] === pairs)) fail('passage');
      pairs += 2 * count;
    }
    if ((names + d.names) * NAME_FIELDS > N.length) fail('name table');
    for (let k = 0; k < d.names; k++) {
      const at = (names + k) * NAME_FIELDS;
      if (N[at + NameCol.passage]! < 0 || N[at + NameCol.passage]! >= d.passages || N[at + NameCol.kind]! < 0 || N[at + NameCol.kind]! > 9) fail('name');
      if (N[at + NameCol.name]! < 0 || N[at + NameCol.name]! >= strings || N[at + NameCol.full]! < 0 || N[at + NameCol.full]! >= strings || N[at + NameCol.role]! < -1 || N[at + NameCol.role]! >= strings) fail('name');
      if (N[at + NameCol.entity]! < -1 || N[at + NameCol.entity]! >= s.entities.count) fail('name');
    }
    if ((quotes + d.quotes) * QUOTE_FIELDS > Q.length) fail('quote table');
    for (let k = 0; k < d.quotes; k++) {
      const at = (quotes + k) * QUOTE_FIELDS;
      if (!(0 <= Q[at + QuoteCol.start]! && Q[at + QuoteCol.start]! <= Q[at + QuoteCol.end]! && Q[at + QuoteCol.end]! <= length) || Q[at + QuoteCol.passage]! < 0 || Q[at + QuoteCol.passage]! >= d.passages || Q[at + QuoteCol.speaker]! < -1 || Q[at + QuoteCol.speaker]! >= strings) fail('quote');
    }
    passages += d.passages;
    names += d.names;
    quotes += d.quotes;
    if (passages % 1024 < d.passages) yield;
  }
  if (passages * PASSAGE_FIELDS !== P.length || names * NAME_FIELDS !== N.length || quotes * QUOTE_FIELDS !== Q.length) fail('column lengths');
  yield;
  // The postings: one list per term, within the columns, of passages that exist, each passage in
  // as many lists as it has distinct terms (its pairs are made from them: see termPairsOf).
  const starts = s.postingStarts;
  const entries = s.postingPassages.length;
  if (starts.length !== terms + 1 || starts[0] !== 0 || starts[terms] !== entries || s.postingCounts.length !== entries || entries * 2 !== pairs) fail('postings');
  for (let t = 0; t < terms; t++) if (starts[t + 1]! < starts[t]!) fail('postings');
  const PP = s.postingPassages;
  const PC = s.postingCounts;
  const listed = new Int32Array(passages);
  for (let k = 0; k < entries; k++) {
    if (PP[k]! < 0 || PP[k]! >= passages || PC[k]! < 1) fail('postings');
    listed[PP[k]!]!++;
    if (k % (1 << 20) === 0) yield;
  }
  for (let p = 0; p < passages; p++) if (listed[p] !== P[p * PASSAGE_FIELDS + PassageCol.pairCount]) fail('postings');
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * A fast 32-bit checksum of `bytes` from `from`: enough to tell a damaged file, not an attack.
 * Four lanes of words (word k goes to lane k % 4), so the multiplications need not wait on one
 * another. Yields every 4 MB.
 */
function* checksumSteps(bytes: Uint8Array, from: number): Generator<void, number> {
  const lanes = new Int32Array([0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]);
  const whole = from + ((bytes.length - from) & ~15);
  for (let stretch = from; stretch < whole; stretch += 1 << 22) {
    mixWords(bytes, stretch, Math.min(whole, stretch + (1 << 22)), lanes);
    yield;
  }
  let h = lanes[0]! ^ Math.imul(lanes[1]!, 0x27d4eb2f) ^ Math.imul(lanes[2]!, 0x165667b1) ^ Math.imul(lanes[3]!, 0x9e3779b1);
  for (let i = whole; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h ^ bytes.length) >>> 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Mixes the little-endian 32-bit words of bytes[from, to) (a multiple of 16 bytes) into the four lanes. */
function mixWords(bytes: Uint8Array, from: number, to: number, lanes: Int32Array): void {
  let a = lanes[0]!;
  let b = lanes[1]!;
  let c = lanes[2]!;
  let d = lanes[3]!;
  const P = 0x01000193;
  if (LITTLE_ENDIAN && (bytes.byteOffset + from) % 4 === 0) {
    // The words as they lie in memory: on a little-endian machine, what getUint32(i, true) reads.
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + from, (to - from) / 4);
    for (let k = 0; k < words.length; k += 4) {
      a = Math.imul(a ^ words[k]!, P);
      b = Math.imul(b ^ words[k + 1]!, P);
      c = Math.imul(c ^ words[k + 2]!, P);
      d = Math.imul(d ^ words[k + 3]!, P);
    }
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = from; i < to; i += 16) {
      a = Math.imul(a ^ view.getUint32(i, true), P);
      b = Math.imul(b ^ view.getUint32(i + 4, true), P);
      c = Math.imul(c ^ view.getUint32(i + 8, true), P);
      d = Math.imul(d ^ view.getUint32(i + 12, true), P);
    }
  }
  lanes[0] = a;
  lanes[1] = b;
  lanes[2] = c;
  lanes[3] = d;
}
