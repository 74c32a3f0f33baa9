import type { Entity, EntityKind, Mention } from '../model.js';
import type { NameCandidate } from './names.js';

/** A name candidate placed in the corpus. */
export interface PlacedName extends NameCandidate {
  docId: string;
  passage: number;
}

type NamedKind = Exclude<EntityKind, 'number' | 'date'>;

const keys = new Map<string, string>();
const keyOf = (name: string): string => {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '');
    // A memory, not a store: names repeat across a corpus, and a few hundred thousand are plenty.
    if (keys.size >= 500_000) keys.clear();
    keys.set(name, key);
  }
  return key;
};

/**
 * Turns the names found in every passage into entities: one entity per thing, its kind voted
 * over all mentions (a kind read from the words beats a guess from the shape of the name), short
 * forms resolved to the full name they belong to ("Guo" -> "Guo Jiakun", preferring the same
 * document), roles gathered, and configured aliases applied.
 */
/** Names that always mean the same place or body, whatever the configuration says. */
export const BUILT_IN_ALIASES: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'European Union': ['EU'],
  'Group of Seven': ['G7'],
  'Group of 20': ['G20'],
  'United Nations': ['UN'],
};

export function resolveEntities(names: PlacedName[], extra: Record<string, string[]> = {}): Entity[] {
  const configured: Record<string, string[]> = { ...BUILT_IN_ALIASES };
  for (const [canonical, aliases] of Object.entries(extra)) configured[canonical] = [...(configured[canonical] ?? []), ...aliases];
  const canonicalDisplay = new Map(Object.keys(configured).map((name) => [keyOf(name), name]));
  // 1. Vote a kind per distinct name.
  const votes = new Map<string, { display: string; counts: Map<NamedKind, number> }>();
  for (const n of names) {
    if (n.kind === 'unknown') continue;
    const key = keyOf(n.name);
    let v = votes.get(key);
    if (!v) votes.set(key, (v = { display: n.name, counts: new Map() }));
    v.counts.set(n.kind, (v.counts.get(n.kind) ?? 0) + (n.certain ? 10 : 1));
  }
  const kindOf = new Map<string, NamedKind>();
  for (const [key, v] of votes) {
    let best: NamedKind = 'person';
    let bestCount = -1;
    for (const [kind, count] of v.counts) if (count > bestCount) [best, bestCount] = [kind, count];
    kindOf.set(key, best);
  }

  // 2. Full person names by document, to resolve short forms: each word of a full name points
  // at the full names holding it, in the document and in the whole corpus.
  const ownersByDoc = new Map<string, Map<string, Set<string>>>();
  const allOwners = new Map<string, Set<string>>();
  const addOwner = (index: Map<string, Set<string>>, key: string): void => {
    for (const word of key.split(' ')) {
      let set = index.get(word);
      if (!set) index.set(word, (set = new Set()));
      set.add(key);
    }
  };
  for (const n of names) {
    const key = keyOf(n.name);
    if (kindOf.get(key) !== 'person' || !key.includes(' ')) continue;
    let index = ownersByDoc.get(n.docId);
    if (!index) ownersByDoc.set(n.docId, (index = new Map()));
    addOwner(index, key);
    addOwner(allOwners, key);
  }
  const configuredCanonical = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(configured)) {
    for (const alias of aliases) configuredCanonical.set(keyOf(alias), keyOf(canonical));
  }
  const shortFormOwner = (token: string, docId: string): string | undefined => {
    const only = (set: Set<string> | undefined): string | undefined => (set?.size === 1 ? set.values().next().value : undefined);
    return only(ownersByDoc.get(docId)?.get(token)) ?? only(allOwners.get(token));
  };

  // 3. Group mentions under their canonical key.
  const entities = new Map<string, Entity>();
  // Membership sets beside the alias and role lists: an entity named thousands of times would
  // otherwise scan its list for every mention.
  const aliasSets = new Map<Entity, Set<string>>();
  const roleSets = new Map<Entity, Set<string>>();
  // By key, then kind: looking up `${kind}:${key}` would build a string per mention.
  const byKey = new Map<string, Partial<Record<NamedKind, Entity>>>();
  const ensure = (key: string, display: string, kind: NamedKind): Entity => {
    let kinds = byKey.get(key);
    if (!kinds) byKey.set(key, (kinds = {}));
    let e = kinds[kind];
    if (!e) {
      const id = `${kind}:${key}`;
      e = entities.get(id);
      if (!e) entities.set(id, (e = { id, name: display, kind, aliases: [], roles: [], mentions: [] }));
      kinds[kind] = e;
    }
    return e;
  };
  for (const n of names) {
    let key = keyOf(n.name);
    let kind = kindOf.get(key);
    const configuredKey = configuredCanonical.get(key);
    if (configuredKey) {
      key = configuredKey;
      kind = kindOf.get(key) ?? kind ?? 'person';
    } else if ((kind === 'person' || kind === undefined) && !key.includes(' ')) {
      const owner = shortFormOwner(key, n.docId);
      if (owner) {
        key = owner;
        kind = 'person';
      }
    }
    if (!kind) continue;
    const display = canonicalDisplay.get(key) ?? votes.get(key)?.display ?? n.name;
    const entity = ensure(key, display, kind);
    const mention: Mention = { docId: n.docId, span: { start: n.start, end: n.end }, text: n.name, passage: n.passage };
    entity.mentions.push(mention);
    if (keyOf(n.name) !== key) addOnce(entity.aliases, aliasSets, entity, n.name);
    if (n.full !== n.name && keyOf(n.full) !== key) addOnce(entity.aliases, aliasSets, entity, n.full);
    if (n.role) addOnce(entity.roles, roleSets, entity, n.role);
  }
  const byDisplayKey = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const list = byDisplayKey.get(keyOf(e.name));
    if (list) list.push(e);
    else byDisplayKey.set(keyOf(e.name), [e]);
  }
  for (const [canonical, aliases] of Object.entries(configured)) {
    for (const e of byDisplayKey.get(keyOf(canonical)) ?? []) {
      for (const alias of aliases) addOnce(e.aliases, aliasSets, e, alias);
    }
  }
  // Longest written form is the canonical display name.
  return [...entities.values()].sort((a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name));
}

// The order of String#localeCompare with the default locale, without building a collator per call.
const compareNames = new Intl.Collator().compare;

const interned = new Map<string, string>();

/**
 * One string object per distinct name: names repeat across a corpus, and lookups keyed by a
 * string already seen are much cheaper than by a fresh slice of a document.
 */
export function internName(name: string): string;
export function internName(name: string | undefined): string | undefined;
export function internName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const seen = interned.get(name);
  if (seen !== undefined) return seen;
  if (interned.size >= 500_000) interned.clear();
  interned.set(name, name);
  return name;
}

function addOnce(list: string[], sets: Map<Entity, Set<string>>, entity: Entity, value: string): void {
  let set = sets.get(entity);
  if (!set) sets.set(entity, (set = new Set(list)));
  if (set.has(value)) return;
  set.add(value);
  list.push(value);
}

export { keyOf as entityKey };
