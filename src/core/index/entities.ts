import { NAME_KINDS } from './analyse.js';
import type { NameCandidate } from './names.js';

type NameKind = NameCandidate['kind'];

/**
 * A document's names placed in the corpus, in the order found, as columns: half a million names
 * of a newsroom's folder were an object each (with a list per group of them in the entity
 * index), most of the memory the entities held and work for every garbage collection.
 */
export class PlacedNames {
  count = 0;
  /** Per name, `FIELDS` numbers: start, end, passage, NAME_KINDS index * 2 + (certain ? 1 : 0). */
  private cols: Int32Array;
  /** Per name, `FIELDS` strings: the name (interned), the whole run, the role, the name's `entityKey`. */
  private strings: (string | undefined)[] = [];

  constructor(readonly docId: string, capacity = 0) {
    this.cols = new Int32Array(FIELDS * capacity);
  }

  /** Adds a name; `kindCode` is its NAME_KINDS index * 2 + (certain ? 1 : 0). */
  add(start: number, end: number, passage: number, kindCode: number, name: string, full: string, role: string | undefined, key: string): void {
    const at = this.count * FIELDS;
    if (at + FIELDS > this.cols.length) {
      const grown = new Int32Array(Math.max(4 * FIELDS, 2 * this.cols.length));
      grown.set(this.cols);
      this.cols = grown;
    }
    this.cols[at] = start;
    this.cols[at + 1] = end;
    this.cols[at + 2] = passage;
    this.cols[at + 3] = kindCode;
    this.strings.push(name, full, role, key);
    this.count++;
  }

  /** Done adding: the columns cut to their size. */
  fitted(): this {
    if (this.cols.length > this.count * FIELDS) this.cols = this.cols.slice(0, this.count * FIELDS);
    this.strings = this.strings.slice();
    return this;
  }

  start(k: number): number {
    return this.cols[k * FIELDS]!;
  }

  end(k: number): number {
    return this.cols[k * FIELDS + 1]!;
  }

  passage(k: number): number {
    return this.cols[k * FIELDS + 2]!;
  }

  /** NAME_KINDS index * 2 + (certain ? 1 : 0). */
  kindCode(k: number): number {
    return this.cols[k * FIELDS + 3]!;
  }

  kind(k: number): NameKind {
    return NAME_KINDS[this.cols[k * FIELDS + 3]! >> 1]!;
  }

  certain(k: number): boolean {
    return (this.cols[k * FIELDS + 3]! & 1) === 1;
  }

  name(k: number): string {
    return this.strings[k * FIELDS]!;
  }

  full(k: number): string {
    return this.strings[k * FIELDS + 1]!;
  }

  role(k: number): string | undefined {
    return this.strings[k * FIELDS + 2];
  }

  key(k: number): string {
    return this.strings[k * FIELDS + 3]!;
  }
}

const FIELDS = 4;

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
