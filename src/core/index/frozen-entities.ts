// The entities a persisted index was saved with, answering queries as the live entity index
// would have, until a source changes. Resolving half a million names takes seconds; a reviewer's
// second `groundwork check` on an unchanged corpus should not pay for it. The first change makes
// the corpus resolve its names for real (src/core/index/entity-index.ts), and this view is dropped.
import type { Entity, EntityKind, Mention } from '../model.js';
import { finish } from '../steps.js';
import { entityKey, type PlacedName } from './entities.js';

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
  /** How many mentions an entity has, without listing them. */
  countOf(entity: Entity): number;
  /** How many documents mention an entity, and the first of them in corpus order, without listing its mentions. */
  documentsOf(entity: Entity): { count: number; first?: string };
}

/** The names of one document and, for each, the index of its entity in the table (-1: none). */
export interface DocumentNames {
  docId: string;
  names: PlacedName[];
  entityOf: Int32Array;
}

class FrozenEntity implements Entity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: string[];
  readonly roles: string[];
  listed?: Mention[];

  constructor(readonly data: SnapshotEntity, readonly index: number, readonly count: number, private readonly view: FrozenEntities) {
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

export class FrozenEntities implements EntityView {
  private readonly records: FrozenEntity[] = [];
  private readonly byId = new Map<string, FrozenEntity>();
  private readonly byNameKey = new Map<string, FrozenEntity[]>();
  private readonly docEntities = new Map<string, Set<number>>();
  private readonly building: Generator<void, void>;
  private built = false;
  private failed = false;

  /**
   * `table` is the saved entities, or how to read them (it may throw: the table is damaged);
   * `documents` lists every document's names in corpus order; `document` gives one document's.
   */
  constructor(private readonly table: SnapshotEntity[] | (() => SnapshotEntity[]), private readonly documents: () => Iterable<DocumentNames>, private readonly document: (docId: string) => DocumentNames | undefined) {
    this.building = this.buildSteps();
  }

  /** Files the entities, yielding now and then (`prepare`); the first query finishes whatever is left. */
  *prepare(): Generator<void, void> {
    yield* this.building;
  }

  /**
   * Files the entities now if not yet done; false when the saved table cannot be read (the
   * corpus then resolves its names itself).
   */
  load(): boolean {
    if (this.failed) return false;
    try {
      this.ready();
      return true;
    } catch {
      this.failed = true;
      return false;
    }
  }

  private *buildSteps(): Generator<void, void> {
    const table = typeof this.table === 'function' ? this.table() : this.table;
    for (const [i, data] of table.entries()) {
      const e = new FrozenEntity(data, i, data.count, this);
      this.records.push(e);
      this.byId.set(e.id, e);
      for (const key of data.keys) {
        const list = this.byNameKey.get(key);
        if (list) list.push(e);
        else this.byNameKey.set(key, [e]);
      }
      if (i % 2048 === 2047) yield;
    }
    for (const list of this.byNameKey.values()) if (list.length > 1) list.sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.count - a.count || (a.id < b.id ? -1 : 1));
    this.entityList = this.records.slice();
    this.built = true;
  }

  private entityList: Entity[] = [];

  private ready(): this {
    if (!this.built) finish(this.building);
    return this;
  }

  get entities(): Entity[] {
    return this.ready().entityList;
  }

  entityById(id: string): Entity | undefined {
    return this.ready().byId.get(id);
  }

  named(name: string): readonly Entity[] {
    return this.ready().byNameKey.get(entityKey(name)) ?? [];
  }

  mentionedIn(entity: Entity, docId: string): boolean {
    if (!(entity instanceof FrozenEntity)) return false;
    let set = this.docEntities.get(docId);
    if (!set) {
      set = new Set();
      for (const i of this.document(docId)?.entityOf ?? []) if (i >= 0) set.add(i);
      this.docEntities.set(docId, set);
    }
    return set.has(entity.index);
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
    this.ready();
    const lists: Mention[][] = this.records.map(() => []);
    for (const d of this.documents()) {
      d.names.forEach((n, k) => {
        const i = d.entityOf[k]!;
        if (i >= 0) lists[i]!.push({ docId: n.docId, span: { start: n.start, end: n.end }, text: n.name, passage: n.passage });
      });
    }
    this.records.forEach((e, i) => (e.listed = lists[i]!));
  }
}
