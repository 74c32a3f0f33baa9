import type { Entity, EntityKind, Mention } from '../model.js';
import type { NameCandidate } from './names.js';

/** A name candidate placed in the corpus. */
export interface PlacedName extends NameCandidate {
  docId: string;
  passage: number;
}

type NamedKind = Exclude<EntityKind, 'number' | 'date'>;

const keyOf = (name: string): string => name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '');

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

  // 2. Full person names by document, to resolve short forms.
  const peopleByDoc = new Map<string, Set<string>>();
  const allPeople = new Set<string>();
  for (const n of names) {
    const key = keyOf(n.name);
    if (kindOf.get(key) !== 'person' || !key.includes(' ')) continue;
    let set = peopleByDoc.get(n.docId);
    if (!set) peopleByDoc.set(n.docId, (set = new Set()));
    set.add(key);
    allPeople.add(key);
  }
  const configuredCanonical = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(configured)) {
    for (const alias of aliases) configuredCanonical.set(keyOf(alias), keyOf(canonical));
  }
  const shortFormOwner = (token: string, docId: string): string | undefined => {
    const pick = (pool: Iterable<string>): string | undefined => {
      const owners = [...pool].filter((full) => full.split(' ').includes(token));
      return owners.length === 1 ? owners[0] : undefined;
    };
    return pick(peopleByDoc.get(docId) ?? []) ?? pick(allPeople);
  };

  // 3. Group mentions under their canonical key.
  const entities = new Map<string, Entity>();
  const ensure = (key: string, display: string, kind: NamedKind): Entity => {
    const id = `${kind}:${key}`;
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, name: display, kind, aliases: [], roles: [], mentions: [] }));
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
    if (keyOf(n.name) !== key && !entity.aliases.includes(n.name)) entity.aliases.push(n.name);
    if (n.full !== n.name && keyOf(n.full) !== key && !entity.aliases.includes(n.full)) entity.aliases.push(n.full);
    if (n.role && !entity.roles.includes(n.role)) entity.roles.push(n.role);
  }
  for (const [canonical, aliases] of Object.entries(configured)) {
    for (const e of entities.values()) {
      if (keyOf(e.name) !== keyOf(canonical)) continue;
      for (const alias of aliases) if (!e.aliases.includes(alias)) e.aliases.push(alias);
    }
  }
  // Longest written form is the canonical display name.
  return [...entities.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export { keyOf as entityKey };
