// The entities a persisted index was saved with, answering queries as the live entity index
// would have, until a source changes. Resolving half a million names takes seconds; a reviewer's
// second `groundwork check` on an unchanged corpus should not pay for it. The first change makes
// the corpus resolve its names for real (src/core/index/entity-index.ts), and this view is dropped.
// The saved entities are packed tables (`SavedEntities`): a question about one name reads the
// records of the entities so named, not the tens of thousands of others.
import type { Entity, EntityKind, Mention } from '../model.js';
import { entityKey, type PlacedNames } from './entities.js';
import { finish } from '../steps.js';
import { PackedStrings } from './packed-strings.js';

/** What a snapshot keeps of each entity, in the order `entities` lists them. */
export interface SnapshotEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
  /** Mentions (the length of `mentions`). */
  count: number;
  /** The keys `named` finds it under: of its name and of each alias. */
  keys: string[];
  /** How many documents mention it, and the id of the first in corpus order. */
  documents: number;
  firstDocument?: string;
}

/** What the corpus asks of its entities, answered by the live index or by a saved one. */
export interface EntityView {
  readonly entities: Entity[];
  entityById(id: string): Entity | undefined;
  /** Entities named so (canonical name or alias): people first, then the most mentioned. */
  named(name: string): readonly Entity[];
  /** Whether a document mentions an entity. */
  mentionedIn(entity: Entity, docId: string): boolean;
  /** The first of `named(name)` that `docId` mentions, else the first of them. */
  preferredNamed(name: string, docId: string): Entity | undefined;
  /** How many mentions an entity has, without listing them. */
  countOf(entity: Entity): number;
  /** How many documents mention an entity, and the first of them in corpus order, without listing its mentions. */
  documentsOf(entity: Entity): { count: number; first?: string };
}

/** The names of one document and, for each, the index of its entity in the table (-1: none). */
export interface DocumentNames {
  docId: string;
  names: PlacedNames;
  entityOf: Int32Array;
}

class FrozenEntity implements Entity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: string[];
  readonly roles: string[];
  listed?: Mention[];

  readonly count: number;

  constructor(readonly data: SnapshotEntity, readonly index: number, private readonly view: FrozenEntities) {
    this.count = data.count;
    this.id = data.id;
    this.name = data.name;
    this.kind = data.kind;
    this.aliases = data.aliases;
    this.roles = data.roles;
  }

  get mentions(): Mention[] {
    if (!this.listed) this.view.listMentions();
    return this.listed!;
  }

  toJSON(): Entity {
    return { id: this.id, name: this.name, kind: this.kind, aliases: this.aliases, roles: this.roles, mentions: this.mentions };
  }
}

/**
 * The saved entities as tables a reader uses where they lie: each entity's record (JSON), the
 * keys it is found under (sorted, each with its entities in the order `named` lists them), and the
 * ids (sorted, each with its entity). A record is a JSON array, [id, name, kind, aliases, roles,
 * count, documents, first document or null], without the keys (the key table has them). Every
 * record but the last ends in a comma, so that the records together are the body of one JSON
 * array: listing them all is one parse.
 */
export class SavedEntities {
  static readonly EMPTY = SavedEntities.pack([]);

  constructor(
    readonly records: PackedStrings,
    readonly keys: PackedStrings,
    /** Key k's entities are keyEntities[keyStarts[k] .. keyStarts[k + 1]). */
    readonly keyStarts: Int32Array,
    readonly keyEntities: Int32Array,
    readonly ids: PackedStrings,
    /** The entity of each id. */
    readonly idEntities: Int32Array,
  ) {}

  get count(): number {
    return this.records.length;
  }

  /** Entity i's record; throws on one that is not a record (a damaged table). */
  record(i: number): SnapshotEntity {
    const json = this.records.get(i);
    return fromRecord(JSON.parse(i < this.count - 1 ? json.slice(0, -1) : json) as unknown, i);
  }

  /** The entities found under an entity key, people first, then the most mentioned. */
  named(key: string): Int32Array {
    const k = this.keys.find(key);
    return k < 0 ? NO_ENTITIES : this.keyEntities.subarray(this.keyStarts[k]!, this.keyStarts[k + 1]!);
  }

  /** The entity with this id, or -1. */
  indexOfId(id: string): number {
    const k = this.ids.find(id);
    return k < 0 ? -1 : this.idEntities[k]!;
  }

  /** Every record, in order. */
  all(): SnapshotEntity[] {
    const list = JSON.parse(`[${this.records.text()}]`) as unknown[];
    if (list.length !== this.count) throw new Error('the saved entities are damaged');
    return list.map(fromRecord);
  }

  static pack(list: readonly SnapshotEntity[]): SavedEntities {
    return finish(SavedEntities.packSteps(list));
  }

  /** The work of `pack`, yielding now and then. */
  static *packSteps(list: readonly SnapshotEntity[]): Generator<void, SavedEntities> {
    const json: string[] = [];
    for (const [i, e] of list.entries()) {
      json.push(JSON.stringify([e.id, e.name, e.kind, e.aliases, e.roles, e.count, e.documents, e.firstDocument ?? null]) + (i < list.length - 1 ? ',' : ''));
      if (i % 4096 === 4095) yield;
    }
    const records = PackedStrings.pack(json);
    yield;
    const byKey = new Map<string, number[]>();
    list.forEach((e, i) => {
      for (const key of e.keys) {
        const entities = byKey.get(key);
        if (entities) entities.push(i);
        else byKey.set(key, [i]);
      }
    });
    // The order the live index lists entities of one name in.
    const order = (a: number, b: number): number => {
      const x = list[a]!;
      const y = list[b]!;
      return Number(y.kind === 'person') - Number(x.kind === 'person') || y.count - x.count || (x.id < y.id ? -1 : 1);
    };
    yield;
    const keyNames = [...byKey.keys()];
    const { table: keys, position } = PackedStrings.packSorted(keyNames);
    yield;
    const sorted: number[][] = new Array(keyNames.length);
    keyNames.forEach((key, i) => (sorted[position[i]!] = byKey.get(key)!.sort(order)));
    const keyStarts = new Int32Array(sorted.length + 1);
    sorted.forEach((entities, k) => (keyStarts[k + 1] = keyStarts[k]! + entities.length));
    const keyEntities = Int32Array.from(sorted.flat());
    yield;
    const { table: ids, position: idPosition } = PackedStrings.packSorted(list.map((e) => e.id));
    const idEntities = new Int32Array(list.length);
    idPosition.forEach((at, i) => (idEntities[at] = i));
    return new SavedEntities(records, keys, keyStarts, keyEntities, ids, idEntities);
  }
}

const NO_ENTITIES = new Int32Array(0);

/** A saved record as a `SnapshotEntity` (its keys left empty: they are in the key table). */
function fromRecord(record: unknown, i: number): SnapshotEntity {
  const r = record as [string, string, EntityKind, string[], string[], number, number, string | null];
  const data: SnapshotEntity = Array.isArray(r) && r.length === 8
    ? { id: r[0], name: r[1], kind: r[2], aliases: r[3], roles: r[4], count: r[5], keys: [], documents: r[6], firstDocument: r[7] ?? undefined }
    : (undefined as never);
  if (!isSnapshotEntity(data)) throw new Error(`saved entity ${i} is damaged`);
  return data;
}

function isSnapshotEntity(e: SnapshotEntity): boolean {
  const isText = (x: unknown): boolean => typeof x === 'string';
  return !!e && isText(e.id) && isText(e.name) && isText(e.kind) && Array.isArray(e.aliases) && e.aliases.every(isText) && Array.isArray(e.roles) && e.roles.every(isText) && Number.isInteger(e.count) && Array.isArray(e.keys) && e.keys.every(isText) && Number.isInteger(e.documents) && (e.firstDocument === undefined || isText(e.firstDocument));
}

export class FrozenEntities implements EntityView {
  private readonly made: (FrozenEntity | undefined)[] = [];
  private readonly byNameKey = new Map<string, readonly Entity[]>();
  private readonly docEntities = new Map<string, Set<number>>();
  private list?: Entity[];

  /**
   * `documents` lists every document's names in corpus order; `document` gives one document's;
   * `entityIndices` its `entityOf` alone (undefined: none resolved), without reading its names.
   */
  constructor(
    private readonly saved: SavedEntities,
    private readonly documents: () => Iterable<DocumentNames>,
    private readonly document: (docId: string) => DocumentNames | undefined,
    private readonly entityIndices: (docId: string) => Int32Array | undefined,
  ) {}

  private at(i: number, data?: SnapshotEntity): FrozenEntity {
    return (this.made[i] ??= new FrozenEntity(data ?? this.saved.record(i), i, this));
  }

  get entities(): Entity[] {
    if (!this.list) {
      // All of them: one parse of the whole table rather than one per record (those made already are kept).
      const records = this.saved.all();
      this.list = records.map((data, i) => this.at(i, data));
    }
    return this.list;
  }

  entityById(id: string): Entity | undefined {
    const i = this.saved.indexOfId(id);
    return i < 0 ? undefined : this.at(i);
  }

  named(name: string): readonly Entity[] {
    const key = entityKey(name);
    let entities = this.byNameKey.get(key);
    if (!entities) {
      entities = Array.from(this.saved.named(key), (i) => this.at(i));
      this.byNameKey.set(key, entities);
    }
    return entities;
  }

  mentionedIn(entity: Entity, docId: string): boolean {
    return entity instanceof FrozenEntity && this.entitiesOf(docId).has(entity.index);
  }

  /** The indices of the entities a document's names resolved to. */
  private entitiesOf(docId: string): Set<number> {
    let set = this.docEntities.get(docId);
    if (!set) {
      set = new Set();
      for (const i of this.entityIndices(docId) ?? []) if (i >= 0) set.add(i);
      this.docEntities.set(docId, set);
    }
    return set;
  }

  /**
   * As `named(name).find((e) => mentionedIn(e, docId)) ?? named(name)[0]`, by the saved indices:
   * only the entity returned is made (a surname alone names dozens of people, each a record to
   * parse, and a first check asked this of every quote of the documents it read).
   */
  preferredNamed(name: string, docId: string): Entity | undefined {
    const candidates = this.saved.named(entityKey(name));
    if (candidates.length <= 1) return candidates.length ? this.at(candidates[0]!) : undefined;
    const mentioned = this.entitiesOf(docId);
    for (const i of candidates) if (mentioned.has(i)) return this.at(i);
    return this.at(candidates[0]!);
  }

  countOf(entity: Entity): number {
    return entity instanceof FrozenEntity ? entity.count : entity.mentions.length;
  }

  documentsOf(entity: Entity): { count: number; first?: string } {
    if (entity instanceof FrozenEntity) return { count: entity.data.documents, first: entity.data.firstDocument };
    const docs = [...new Set(entity.mentions.map((m) => m.docId))];
    return { count: docs.length, first: docs[0] };
  }

  /** Lists the mentions of every entity at once: one pass over the names. */
  listMentions(): void {
    const records = this.entities as FrozenEntity[];
    const lists: Mention[][] = records.map(() => []);
    for (const d of this.documents()) {
      const names = d.names;
      for (let k = 0; k < names.count; k++) {
        const i = d.entityOf[k]!;
        if (i >= 0) lists[i]!.push({ docId: names.docId, span: { start: names.start(k), end: names.end(k) }, text: names.name(k), passage: names.passage(k) });
      }
    }
    records.forEach((e, i) => (e.listed = lists[i]!));
  }
}
