// Entities resolved incrementally. Every name of a document is grouped by its key (lower-cased
// name): all mentions of one key in one document resolve to the same entity, because resolution
// depends only on the key and the document. When documents come and go, only the groups whose
// answer may have changed are resolved again:
//   - the groups of the documents added;
//   - every group of a key whose kind (voted over the whole corpus) changed;
//   - every group of a one-word key ("Guo") when a full person name holding that word
//     ("Guo Jiakun") appeared in or left the corpus, or stopped or started being a person;
//   - every group of a configured alias when its canonical name changed kind.
// The result is the same whatever order documents arrive in (ties are broken by name, not by
// arrival), so a corpus changed one source at a time answers exactly as one built afresh.
import type { Entity, EntityKind, Mention } from '../model.js';
import { finish } from '../steps.js';
import { BUILT_IN_ALIASES, entityKey as keyOf, type PlacedNames } from './entities.js';
import type { EntityView } from './frozen-entities.js';
import { partitionPoint } from '../bisect.js';

type NamedKind = Exclude<EntityKind, 'number' | 'date'>;
/** Kinds in the order that breaks a tied vote. */
const KINDS: readonly NamedKind[] = ['person', 'organisation', 'place', 'work'];
const KIND_INDEX: Record<NamedKind, number> = { person: 0, organisation: 1, place: 2, work: 3 };
/** Names, keys, groups or entities handled between two yields of `updateSteps` (a millisecond or two of work). */
const STEP = 400;

/** The full-name owners of documents during an update (`EntityIndex.ownersIn`). */
interface OwnersOfDocuments {
  last: DocumentState | undefined;
  lastOwners: Map<string, Set<string>> | undefined;
  large: Map<DocumentState, Map<string, Set<string>>>;
}

/** Groups in a document beyond which its owners are kept for the whole update. */
const LARGE_DOCUMENT = 64;

/** The mentions of one key in one document. */
interface Group {
  key: string;
  /** Its key's state (the one `keys` holds for `key` while the group is in it). */
  state: KeyState;
  doc: DocumentState;
  /** Its names: `doc.order[from]` to `doc.order[to - 1]` are their places in `doc.names`, in order. */
  from: number;
  to: number;
  entity: EntityRecord | undefined;
  /** Where the group sits in its key's list and in its entity's (lists lose members by swapping in the last). */
  keySlot: number;
  entitySlot: number;
  /** The update that last queued it for resolving: a group is queued once per update. */
  mark: number;
}

interface DocumentState {
  id: string;
  /** Arrival order: mentions are listed in it. */
  seq: number;
  groups: Group[];
  /** Met already by the count of documents under way (`EntityRecord.documents`); false between counts. */
  counted: boolean;
  names: PlacedNames;
  /** Its names' places in `names`, group by group (see `Group.from`). */
  order: Int32Array;
}

interface KeyState {
  /** Votes per kind, in KINDS order: a kind read from the words counts 10, a guess from the shape 1. */
  votes: number[];
  /**
   * The written forms that voted, with how many times each: while one form did (most keys), that
   * form and its count here, else undefined and 0 ...
   */
  form: string | undefined;
  formCount: number;
  /** ... and while two or more did, all of them in a map (a map per key was a tenth of the entities' memory). */
  forms: Map<string, number> | undefined;
  groups: Group[];
  /** The update that last touched the key. */
  mark: number;
  kind?: NamedKind;
  display?: string;
  /** A full person name ("guo jiakun") that one-word forms can resolve to. */
  owner: boolean;
}

/** An entity whose mentions are gathered from groups; mentions are listed on first use. */
class EntityRecord implements Entity {
  name: string;
  aliases: string[] = [];
  roles: string[] = [];
  groups: Group[] = [];
  aliasCounts?: Map<string, number>;
  roleCounts?: Map<string, number>;
  count = 0;
  /** The update that last queued it for refreshing. */
  mark = 0;
  /** The documents that mention it, listed on first use. */
  private docSet?: Set<string>;
  /** The count this entity is filed under in the sorted list, or -1 when it is not in it. */
  listedCount = -1;
  /** Keys under which `byName` lists this entity. */
  nameKeys: string[] = [];
  private listed?: Mention[];

  constructor(readonly id: string, readonly key: string, readonly kind: NamedKind, name: string) {
    this.name = name;
  }

  get mentions(): Mention[] {
    if (!this.listed) {
      const groups = this.groups;
      const mentions: { seq: number; mention: Mention }[] = [];
      for (const g of groups) {
        const names = g.doc.names;
        for (let r = g.from; r < g.to; r++) {
          const k = g.doc.order[r]!;
          mentions.push({ seq: g.doc.seq, mention: { docId: names.docId, span: { start: names.start(k), end: names.end(k) }, text: names.name(k), passage: names.passage(k) } });
        }
      }
      mentions.sort((a, b) => a.seq - b.seq || a.mention.span.start - b.mention.span.start);
      this.listed = mentions.map((m) => m.mention);
    }
    return this.listed;
  }

  mentionedIn(docId: string): boolean {
    return (this.docSet ??= new Set(this.groups.map((g) => g.doc.id))).has(docId);
  }

  /** How many documents mention it, and the first of them in corpus order. */
  documents(): { count: number; first?: string } {
    let first: Group | undefined;
    // Each document counted once by a mark on it, taken off again after (saving the index asks
    // this of every entity: a set of ids kept on each lived as long as the index, and a set made
    // each time was garbage).
    let count = 0;
    for (const g of this.groups) {
      if (!first || g.doc.seq < first.doc.seq) first = g;
      if (!g.doc.counted) {
        g.doc.counted = true;
        count++;
      }
    }
    for (const g of this.groups) g.doc.counted = false;
    return { count, first: first?.doc.id };
  }

  attach(group: Group): void {
    group.entitySlot = this.groups.push(group) - 1;
    this.count += group.to - group.from;
    this.countNames(group, 1);
    this.listed = undefined;
    this.docSet = undefined;
  }

  detach(group: Group): void {
    removeAt(this.groups, group.entitySlot, (g, slot) => (g.entitySlot = slot));
    this.count -= group.to - group.from;
    this.countNames(group, -1);
    this.listed = undefined;
    this.docSet = undefined;
  }

  toJSON(): Entity {
    return { id: this.id, name: this.name, kind: this.kind, aliases: this.aliases, roles: this.roles, mentions: this.mentions };
  }

  private countNames(group: Group, by: number): void {
    // Every name of a group has the group's key: it is an alias exactly when that key is not the entity's.
    const aliased = group.key !== this.key;
    const names = group.doc.names;
    for (let r = group.from; r < group.to; r++) {
      const k = group.doc.order[r]!;
      const name = names.name(k);
      const full = names.full(k);
      const role = names.role(k);
      if (aliased) bump((this.aliasCounts ??= new Map()), name, by);
      if (full !== name && keyOf(full) !== this.key) bump((this.aliasCounts ??= new Map()), full, by);
      if (role) bump((this.roleCounts ??= new Map()), role, by);
    }
  }
}

export class EntityIndex implements EntityView {
  private readonly keys = new Map<string, KeyState>();
  private readonly docs = new Map<string, DocumentState>();
  /** Each word of a full person name -> the full names holding it, over the corpus. */
  private readonly owners = new Map<string, Set<string>>();
  private readonly byId = new Map<string, EntityRecord>();
  /** Entities by canonical key, then kind. */
  private readonly byKey = new Map<string, EntityRecord[]>();
  /** Entities by the key of their name or any alias. */
  private readonly byNameKey = new Map<string, Set<EntityRecord>>();
  private readonly configured: Record<string, string[]>;
  /** Configured alias key -> canonical key. */
  private readonly canonicalOf = new Map<string, string>();
  /** Canonical key -> the configured alias keys that resolve to it. */
  private readonly aliasKeysOf = new Map<string, string[]>();
  /** Canonical key -> the configured display name. */
  private readonly canonicalDisplay = new Map<string, string>();
  private seq = 0;
  /** Numbers the updates, for the marks that queue a group, key or entity once per update. */
  private updates = 0;
  /** Entities in the order `entities` lists them, kept up to date change by change. */
  private sorted?: EntityRecord[];
  /** A copy of `sorted` handed out, never changed after: callers may hold on to it. */
  private published?: Entity[];
  /** `named` answers, until the next change. */
  private readonly namedCache = new Map<string, EntityRecord[]>();

  constructor(extra: Record<string, string[]> = {}) {
    this.configured = { ...BUILT_IN_ALIASES };
    for (const [canonical, aliases] of Object.entries(extra)) this.configured[canonical] = [...(this.configured[canonical] ?? []), ...aliases];
    for (const [canonical, aliases] of Object.entries(this.configured)) {
      const key = keyOf(canonical);
      this.canonicalDisplay.set(key, canonical);
      for (const alias of aliases) {
        const aliasKey = keyOf(alias);
        this.canonicalOf.set(aliasKey, key);
        const list = this.aliasKeysOf.get(key) ?? [];
        list.push(aliasKey);
        this.aliasKeysOf.set(key, list);
      }
    }
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  /** Entities, most mentioned first (then by name). */
  get entities(): Entity[] {
    if (!this.sorted) {
      this.sorted = [...this.byId.values()].sort((a, b) => b.count - a.count || compareIds(a, b));
      for (const e of this.sorted) e.listedCount = e.count;
    }
    return (this.published ??= this.sorted.slice());
  }

  entityById(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Entities named so (canonical name or alias): people first, then the most mentioned. */
  named(name: string): readonly Entity[] {
    const key = keyOf(name);
    let list = this.namedCache.get(key);
    if (!list) {
      const set = this.byNameKey.get(key);
      list = set ? [...set].sort(compareNamed) : [];
      this.namedCache.set(key, list);
    }
    return list;
  }

  /**
   * The first of `named(name)` that `docId` mentions, else the first of them: a quote's speaker.
   * Without sorting them, and through the document's groups (tens) rather than each entity's
   * documents (a surname alone names dozens of people, each mentioned in many documents): the
   * first check of a draft asked this of every quote of the documents it read.
   */
  preferredNamed(name: string, docId: string): Entity | undefined {
    const key = keyOf(name);
    const cached = this.namedCache.get(key);
    const candidates = this.byNameKey.get(key);
    if (!candidates?.size) return undefined;
    let best: EntityRecord | undefined;
    for (const g of this.docs.get(docId)?.groups ?? []) {
      const e = g.entity;
      if (e && candidates.has(e) && (!best || compareNamed(e, best) < 0)) best = e;
    }
    if (best) return best;
    if (cached) return cached[0];
    for (const e of candidates) if (!best || compareNamed(e, best) < 0) best = e;
    return best;
  }

  countOf(entity: Entity): number {
    return entity instanceof EntityRecord ? entity.count : entity.mentions.length;
  }

  documentsOf(entity: Entity): { count: number; first?: string } {
    if (entity instanceof EntityRecord) return entity.documents();
    const docs = [...new Set(entity.mentions.map((m) => m.docId))];
    return { count: docs.length, first: docs[0] };
  }

  /** Calls `visit` with the place in its `PlacedNames` of every name of one document that resolved to an entity, and that entity. */
  forEachResolvedIn(docId: string, visit: (name: number, entity: Entity) => void): void {
    const doc = this.docs.get(docId);
    for (const g of doc?.groups ?? []) {
      const e = g.entity;
      if (e && this.byId.get(e.id) === e) for (let r = g.from; r < g.to; r++) visit(doc!.order[r]!, e);
    }
  }

  /** Whether a document mentions an entity. */
  mentionedIn(entity: Entity, docId: string): boolean {
    return entity instanceof EntityRecord && entity.mentionedIn(docId);
  }

  /**
   * Removes the names of `removed` documents and adds those of `added` (in corpus order), then
   * resolves again whatever that may have changed.
   */
  update(removed: Iterable<string>, added: Iterable<PlacedNames>): void {
    finish(this.updateSteps(removed, added));
  }

  /**
   * The work of `update`, yielding every so often, for a caller that must stay responsive.
   * Between two steps the index is half updated: nothing may be asked of it until the last.
   */
  *updateSteps(removed: Iterable<string>, added: Iterable<PlacedNames>, step = STEP): Generator<void, void> {
    const mark = ++this.updates;
    let work = 0;
    const touched: KeyState[] = [];
    const touchedKeys: string[] = [];
    const dirtyGroups: Group[] = [];
    const dirtyEntities: EntityRecord[] = [];
    const touch = (key: string, state: KeyState): void => {
      if (state.mark === mark) return;
      state.mark = mark;
      touched.push(state);
      touchedKeys.push(key);
    };
    const queue = (g: Group): void => {
      if (g.mark === mark) return;
      g.mark = mark;
      dirtyGroups.push(g);
    };
    const queueEntity = (e: EntityRecord): void => {
      if (e.mark === mark) return;
      e.mark = mark;
      dirtyEntities.push(e);
    };
    const groups = new Map<string, Group>();
    /** Scratch: the place in its document's `groups` of each name's group. */
    let groupOf = new Int32Array(64);
    /** The documents this update adds. */
    const addedNow = new Set<DocumentState>();
    for (const id of removed) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      this.docs.delete(id);
      for (const g of doc.groups) {
        if (g.entity) {
          g.entity.detach(g);
          queueEntity(g.entity);
          g.entity = undefined;
        }
        const state = g.state;
        removeAt(state.groups, g.keySlot, (other, slot) => (other.keySlot = slot));
        for (let r = g.from; r < g.to; r++) vote(state, doc.names, doc.order[r]!, -1);
        touch(g.key, state);
      }
    }
    for (const names of added) {
      const id = names.docId;
      const count = names.count;
      if ((work += count + 8) > step) {
        work = 0;
        yield;
      }
      if (this.docs.has(id)) throw new Error(`entity index: document ${id} added twice`);
      const doc: DocumentState = { id, seq: this.seq++, groups: [], counted: false, names, order: new Int32Array(count) };
      addedNow.add(doc);
      this.docs.set(id, doc);
      groups.clear();
      if (groupOf.length < count) groupOf = new Int32Array(Math.max(count, 2 * groupOf.length));
      // Each name's group (counting the group's names in `to` meanwhile) ...
      for (let k = 0; k < count; k++) {
        const key = names.key(k);
        let g = groups.get(key);
        let state: KeyState;
        if (!g) {
          const found = this.keys.get(key);
          if (found) state = found;
          else this.keys.set(key, (state = { votes: [0, 0, 0, 0], form: undefined, formCount: 0, forms: undefined, groups: [], mark: 0, owner: false }));
          g = { key, state, doc, from: doc.groups.length, to: 0, entity: undefined, keySlot: state.groups.length, entitySlot: -1, mark: 0 };
          groups.set(key, g);
          doc.groups.push(g);
          state.groups.push(g);
          touch(key, state);
          queue(g);
        } else {
          state = g.state;
        }
        groupOf[k] = g.from;
        g.to++;
        vote(state, names, k, 1);
      }
      // ... then each group's names side by side in `order`, in the order found.
      let at = 0;
      for (const g of doc.groups) {
        const size = g.to;
        g.from = g.to = at;
        at += size;
      }
      for (let k = 0; k < count; k++) doc.order[doc.groups[groupOf[k]!]!.to++] = k;
    }
    // What the votes changed: kinds, display names, full person names. A one-word name resolves
    // to the full name holding it in its document, else to the only one in the corpus: it needs
    // resolving again where the first changed, and everywhere when the second did.
    const onlyOwnerBefore = new Map<string, string | undefined>();
    for (let t = 0; t < touched.length; t++) {
      if (t % step === step - 1) yield;
      const state = touched[t]!;
      const key = touchedKeys[t]!;
      const kind = votedKind(state.votes);
      const display = state.forms ? mostCommon(state.forms) : state.form;
      const personBefore = state.kind === 'person';
      if (kind !== state.kind) {
        state.kind = kind;
        for (const g of state.groups) queue(g);
        for (const alias of this.aliasKeysOf.get(key) ?? []) for (const g of this.keys.get(alias)?.groups ?? []) queue(g);
      }
      if (display !== state.display) {
        state.display = display;
        for (const e of this.byKey.get(key) ?? []) queueEntity(e);
      }
      const owner = state.kind === 'person' && state.groups.length > 0 && key.includes(' ');
      if (owner !== state.owner) {
        state.owner = owner;
        const words = key.split(' ');
        for (const word of words) {
          let set = this.owners.get(word);
          if (!onlyOwnerBefore.has(word)) onlyOwnerBefore.set(word, only(set));
          if (!set) this.owners.set(word, (set = new Set()));
          if (owner) set.add(key);
          else set.delete(key);
          if (!set.size) this.owners.delete(word);
        }
        // Became or stopped being a person where it already stood: those documents' full names changed.
        if (personBefore !== (kind === 'person')) {
          // (A document added by this update has every group queued already: a bulk build skips them all.)
          for (const g of state.groups) {
            if (addedNow.has(g.doc)) continue;
            for (const other of g.doc.groups) if (other.mark !== mark && other.key !== key && words.includes(other.key)) queue(other);
          }
        }
      }
      if (!state.groups.length) this.keys.delete(key);
      else state.groups = fitted(state.groups);
    }
    for (const [word, before] of onlyOwnerBefore) {
      if (only(this.owners.get(word)) !== before) for (const g of this.keys.get(word)?.groups ?? []) queue(g);
    }

    const owned: OwnersOfDocuments = { last: undefined, lastOwners: undefined, large: new Map() };
    for (let k = 0; k < dirtyGroups.length; k++) {
      const g = dirtyGroups[k]!;
      if (k % step === step - 1) yield;
      if (this.docs.get(g.doc.id) !== g.doc) continue; // its document was removed since
      const target = this.resolve(g, owned);
      const current = g.entity;
      if (current && target && current.key === target.key && current.kind === target.kind) continue;
      if (current) {
        current.detach(g);
        queueEntity(current);
        g.entity = undefined;
      }
      if (target) {
        const entity = this.ensure(target.key, target.kind, g);
        entity.attach(g);
        g.entity = entity;
        queueEntity(entity);
      }
    }
    for (let k = 0; k < dirtyEntities.length; k++) {
      const e = dirtyEntities[k]!;
      if (k % step === step - 1) yield;
      this.refresh(e);
    }
    // A few entities changed: move them in the sorted list rather than sort it again.
    if (dirtyEntities.length) {
      this.published = undefined;
      this.namedCache.clear();
    }
    if (this.sorted && dirtyEntities.length > 1000) this.sorted = undefined;
    if (this.sorted) {
      for (const e of dirtyEntities) {
        if (this.relist(e)) continue;
        this.sorted = undefined;
        break;
      }
    }
  }

  /** Moves an entity to where its mention count now puts it in the sorted list (or out of it). */
  private relist(e: EntityRecord): boolean {
    const list = this.sorted!;
    // The first place whose entity `e`, filed under `count`, goes before: every entity before it has more mentions, or as many and a smaller id.
    const position = (count: number): number => partitionPoint(list.length, (i) => {
      const other = list[i]!;
      return count > other.listedCount || (count === other.listedCount && compareIds(e, other) < 0);
    });
    if (e.listedCount >= 0) {
      const at = position(e.listedCount) - 1;
      if (list[at] !== e) return false; // cannot happen; the caller then sorts afresh
      list.splice(at, 1);
      e.listedCount = -1;
    }
    if (e.count > 0 && this.byId.get(e.id) === e) {
      list.splice(position(e.count), 0, e);
      e.listedCount = e.count;
    }
    return true;
  }

  /** The canonical key and kind a group of mentions resolves to, if any. */
  private resolve(g: Group, owned: OwnersOfDocuments): { key: string; kind: NamedKind } | undefined {
    let key = g.key;
    let kind = g.state.kind;
    const canonical = this.canonicalOf.get(key);
    if (canonical !== undefined) {
      return { key: canonical, kind: this.keys.get(canonical)?.kind ?? kind ?? 'person' };
    }
    if ((kind === 'person' || kind === undefined) && !key.includes(' ')) {
      const owner = only(this.ownersIn(g.doc, owned).get(key)) ?? only(this.owners.get(key));
      if (owner !== undefined) {
        key = owner;
        kind = 'person';
      }
    }
    return kind ? { key, kind } : undefined;
  }

  /**
   * Each word of the full person names of one document -> those names, worked out for the update
   * in `owned` (dropped when done: kept on each document, these maps and sets outlived the update
   * that made them). Groups come mostly a document at a time: the last document's are kept, and
   * a large document's for the whole update (worked out again, a document of thousands of names
   * interleaved with others would cost its size each time).
   */
  private ownersIn(doc: DocumentState, owned: OwnersOfDocuments): Map<string, Set<string>> {
    if (owned.last === doc) return owned.lastOwners!;
    let index = owned.large.get(doc);
    if (!index) {
      index = new Map<string, Set<string>>();
      for (const g of doc.groups) {
        if (!g.state.owner || !g.key.includes(' ')) continue;
        for (const word of g.key.split(' ')) {
          let set = index.get(word);
          if (!set) index.set(word, (set = new Set()));
          set.add(g.key);
        }
      }
      if (doc.groups.length > LARGE_DOCUMENT) owned.large.set(doc, index);
    }
    owned.last = doc;
    owned.lastOwners = index;
    return index;
  }

  private ensure(key: string, kind: NamedKind, g: Group): EntityRecord {
    // A key's entities, one per kind, in the order made (a list of one or two: a map per key
    // was twice the memory).
    const kinds = this.byKey.get(key);
    let e = kinds?.find((other) => other.kind === kind);
    if (!e) {
      const id = `${kind}:${key}`;
      e = new EntityRecord(id, key, kind, this.displayOf(key, g));
      if (kinds) kinds.push(e);
      else this.byKey.set(key, [e]);
      this.byId.set(id, e);
    }
    return e;
  }

  private displayOf(key: string, g?: Group): string {
    return this.canonicalDisplay.get(key) ?? this.keys.get(key)?.display ?? (g && g.to > g.from ? g.doc.names.name(g.doc.order[g.from]!) : undefined) ?? key;
  }

  /** Recomputes what an entity shows (name, aliases, roles) and where `named` finds it; drops it when no mention is left. */
  private refresh(e: EntityRecord): void {
    const keys = new Set<string>();
    if (e.count > 0) {
      e.groups = fitted(e.groups);
      e.name = this.displayOf(e.key, e.groups[0]);
      e.aliases = e.aliasCounts ? byCount(e.aliasCounts) : [];
      const configured = this.configured[this.canonicalDisplay.get(e.key) ?? ''];
      if (configured) for (const alias of configured) if (!e.aliasCounts?.has(alias)) e.aliases.push(alias);
      e.roles = e.roleCounts ? byCount(e.roleCounts) : [];
      keys.add(e.key);
      for (const alias of e.aliases) keys.add(keyOf(alias));
    } else {
      this.byId.delete(e.id);
      const kinds = this.byKey.get(e.key);
      const at = kinds ? kinds.findIndex((other) => other.kind === e.kind) : -1;
      if (at >= 0) kinds!.splice(at, 1);
      if (kinds && !kinds.length) this.byKey.delete(e.key);
    }
    const before = new Set(e.nameKeys);
    for (const key of before) {
      if (keys.has(key)) continue;
      const set = this.byNameKey.get(key)!;
      set.delete(e);
      if (!set.size) this.byNameKey.delete(key);
    }
    for (const key of keys) {
      if (before.has(key)) continue;
      let set = this.byNameKey.get(key);
      if (!set) this.byNameKey.set(key, (set = new Set()));
      set.add(e);
    }
    e.nameKeys = [...keys];
  }


}

/** The order of `named`: people first, then the most mentioned, then by id (ids differ, so no two tie). */
function compareNamed(a: EntityRecord, b: EntityRecord): number {
  return Number(b.kind === 'person') - Number(a.kind === 'person') || b.count - a.count || (a.id < b.id ? -1 : 1);
}

function compareIds(a: EntityRecord, b: EntityRecord): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function vote(state: KeyState, names: PlacedNames, k: number, sign: 1 | -1): void {
  const kind = names.kind(k);
  if (kind === 'unknown') return;
  state.votes[KIND_INDEX[kind]]! += sign * (names.certain(k) ? 10 : 1);
  countForm(state, names.name(k), sign);
}

/**
 * `bump` of a key's count of a written form, kept in `form` while one form is counted and in
 * `forms` while more are: which one holds them depends on the counts alone, not on their history.
 */
function countForm(state: KeyState, form: string, by: 1 | -1): void {
  const forms = state.forms;
  if (forms) {
    bump(forms, form, by);
    if (forms.size === 1) {
      const [only, count] = forms.entries().next().value!;
      state.form = only;
      state.formCount = count;
      state.forms = undefined;
    }
  } else if (state.form === undefined) {
    if (by > 0) {
      state.form = form;
      state.formCount = by;
    }
  } else if (state.form === form) {
    state.formCount += by;
    if (state.formCount <= 0) {
      state.form = undefined;
      state.formCount = 0;
    }
  } else if (by > 0) {
    state.forms = new Map([[state.form, state.formCount], [form, by]]);
    state.form = undefined;
    state.formCount = 0;
  }
  // (A form not counted, taken away: `bump` leaves the counts as they are.)
}

function votedKind(votes: number[]): NamedKind | undefined {
  let best = -1;
  for (let k = 0; k < votes.length; k++) if (votes[k]! > 0 && (best < 0 || votes[k]! > votes[best]!)) best = k;
  return best < 0 ? undefined : KINDS[best];
}

/** The most frequent written form; ties go to the first in code-unit order. */
function mostCommon(forms: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of forms) if (count > bestCount || (count === bestCount && best !== undefined && form < best)) [best, bestCount] = [form, count];
  return best;
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([value]) => value);
}

/**
 * The list itself, or a copy of it of its own size when it is short: `push` gives an array room
 * for at least 16 items, which thousands of lists of one or two items would keep for good.
 */
function fitted<T>(list: T[]): T[] {
  return list.length < 16 ? list.slice() : list;
}

/** Removes the item at `slot` by moving the last item there (`moved` tells it its new slot). */
function removeAt<T>(list: T[], slot: number, moved: (item: T, slot: number) => void): void {
  const last = list.pop()!;
  if (slot < list.length) {
    list[slot] = last;
    moved(last, slot);
  }
}

function bump(counts: Map<string, number>, value: string, by: number): void {
  const next = (counts.get(value) ?? 0) + by;
  if (next > 0) counts.set(value, next);
  else counts.delete(value);
}

function only(set: Set<string> | undefined): string | undefined {
  return set?.size === 1 ? set.values().next().value : undefined;
}
