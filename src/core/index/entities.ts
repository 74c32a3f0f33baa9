import type { NameCandidate } from './names.js';

/** A name candidate placed in the corpus. */
export interface PlacedName extends NameCandidate {
  docId: string;
  passage: number;
  /** `entityKey(name)`, worked out once where the name is found. */
  key: string;
}

const keys = new Map<string, string>();
const keyOf = (name: string): string => {
  let key = keys.get(name);
  if (key === undefined) {
    // "Food & Drug Administration" and "Food and Drug Administration" are one body.
    key = name.toLowerCase().replace(/[’']/g, "'").replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ').replace(/\.$/, '');
    // A memory, not a store: names repeat across a corpus, and a few hundred thousand are plenty.
    if (keys.size >= 500_000) keys.clear();
    keys.set(name, key);
  }
  return key;
};

/** Names that always mean the same place or body, whatever the configuration says. */
export const BUILT_IN_ALIASES: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'European Union': ['EU'],
  'Group of Seven': ['G7'],
  'Group of 20': ['G20'],
  'United Nations': ['UN'],
};

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

export { keyOf as entityKey };

const keyed = new Map<string, NameWithKey>();

/** A name interned (`internName`) with its `entityKey`. */
export interface NameWithKey {
  name: string;
  key: string;
}

/**
 * `internName(name)` and its `entityKey` in one lookup: the index asks both of every name it
 * finds, and a lookup by a fresh slice of a document hashes the slice each time.
 */
export function internNameWithKey(name: string): NameWithKey {
  let found = keyed.get(name);
  if (found === undefined) {
    const interned = internName(name);
    found = { name: interned, key: keyOf(interned) };
    if (keyed.size >= 500_000) keyed.clear();
    keyed.set(interned, found);
  }
  return found;
}
