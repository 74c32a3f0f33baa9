// Strings packed as UTF-8, one after the other, with the offset of each: how the persisted index
// keeps its vocabulary and its names, so that loading it makes no string until one is asked for.
// A table packed sorted (by UTF-8 bytes) finds a string by binary search over the bytes.

const encoder = new TextEncoder();
// Not fatal: the bytes passed the file's checksum, and a lookup must not throw.
const decoder = new TextDecoder('utf-8');

/**
 * Strings numbered in order of first use, as the persisted index and an analyser's columns store
 * them: `id` gives a string's number (-1 for none), `strings` lists them by number.
 */
export function stringNumbering(): { strings: string[]; id: (value: string | undefined) => number } {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  return {
    strings,
    id: (value) => {
      if (value === undefined) return -1;
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = strings.push(value) - 1));
      return id;
    },
  };
}

export class PackedStrings {
  static readonly EMPTY = new PackedStrings(new Uint32Array(1), new Uint8Array(0));

  private readonly made: (string | undefined)[] = [];
  private scratch = new Uint8Array(64);

  /** `offsets` has one entry per string and one more: string i is bytes [offsets[i], offsets[i + 1]). */
  constructor(readonly offsets: Uint32Array, readonly bytes: Uint8Array) {}

  get length(): number {
    return this.offsets.length - 1;
  }

  /** The i-th string, decoded on first use and kept. */
  get(i: number): string {
    let value = this.made[i];
    if (value === undefined) {
      value = decoder.decode(this.bytes.subarray(this.offsets[i]!, this.offsets[i + 1]!));
      this.made[i] = value;
    }
    return value;
  }

  /** All the strings, one after the other, as one string. */
  text(): string {
    return decoder.decode(this.bytes);
  }

  /** In a table packed sorted: the index of `value`, or -1. */
  find(value: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.scratch.length < value.length * 3) this.scratch = new Uint8Array(value.length * 3);
    const key = this.scratch;
    const keyLength = encoder.encodeInto(value, key).written;
    const bytes = this.bytes;
    const offsets = this.offsets;
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = offsets[mid]!;
      const length = offsets[mid + 1]! - from;
      const shorter = Math.min(length, keyLength);
      let order = 0;
      for (let k = 0; k < shorter && order === 0; k++) order = bytes[from + k]! - key[k]!;
      if (order === 0) order = length - keyLength;
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Packs `values` in the order given. */
  static pack(values: readonly string[]): PackedStrings {
    return PackedStrings.packEncoded(values.map((v) => encoder.encode(v)));
  }

  /**
   * Sorts `values` by their UTF-8 bytes (the order `find` searches) and packs them; also returns,
   * for each value, its index in the packed table.
   */
  static packSorted(values: readonly string[]): { table: PackedStrings; position: Int32Array } {
    const encoded = values.map((v) => encoder.encode(v));
    const order = values.map((_, i) => i).sort((a, b) => compareBytes(encoded[a]!, encoded[b]!));
    const position = new Int32Array(values.length);
    order.forEach((from, to) => (position[from] = to));
    return { table: PackedStrings.packEncoded(order.map((i) => encoded[i]!)), position };
  }

  private static packEncoded(encoded: Uint8Array[]): PackedStrings {
    const offsets = new Uint32Array(encoded.length + 1);
    let total = 0;
    encoded.forEach((e, i) => {
      offsets[i] = total;
      total += e.length;
    });
    offsets[encoded.length] = total;
    const bytes = new Uint8Array(total);
    encoded.forEach((e, i) => bytes.set(e, offsets[i]!));
    return new PackedStrings(offsets, bytes);
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}
