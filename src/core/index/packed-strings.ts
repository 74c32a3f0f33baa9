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
    const { offsets, bytes, length } = encodeAll(values);
    return new PackedStrings(offsets, bytes.slice(0, length));
  }

  /**
   * Sorts `values` by their UTF-8 bytes (the order `find` searches) and packs them; also returns,
   * for each value, its index in the packed table.
   */
  static packSorted(values: readonly string[]): { table: PackedStrings; position: Int32Array } {
    // Encoded one after the other into one buffer: an array (and a buffer) per string made a
    // garbage collection of hundreds of thousands of buffers when a corpus was saved.
    const { offsets: from, bytes: encoded, length } = encodeAll(values);
    const order = values.map((_, i) => i).sort((a, b) => compareRanges(encoded, from[a]!, from[a + 1]!, from[b]!, from[b + 1]!));
    const position = new Int32Array(values.length);
    const offsets = new Uint32Array(values.length + 1);
    const bytes = new Uint8Array(length);
    let at = 0;
    order.forEach((i, to) => {
      position[i] = to;
      offsets[to] = at;
      bytes.set(encoded.subarray(from[i]!, from[i + 1]!), at);
      at += from[i + 1]! - from[i]!;
    });
    offsets[values.length] = at;
    return { table: new PackedStrings(offsets, bytes), position };
  }
}

/** The UTF-8 bytes of `values` one after the other in one buffer (`length` of it used), and where each starts (one more: the end). */
function encodeAll(values: readonly string[]): { offsets: Uint32Array; bytes: Uint8Array; length: number } {
  const offsets = new Uint32Array(values.length + 1);
  let bytes = new Uint8Array(64);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    offsets[i] = at;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (at + 3 * value.length > bytes.length) {
      const next = new Uint8Array(Math.max(2 * bytes.length, at + 3 * value.length));
      next.set(bytes.subarray(0, at));
      bytes = next;
    }
    let k = 0;
    for (; k < value.length; k++) {
      const c = value.charCodeAt(k);
      if (c >= 0x80) break;
      bytes[at++] = c;
    }
    if (k < value.length) at += encoder.encodeInto(value.slice(k), bytes.subarray(at)).written;
  }
  offsets[values.length] = at;
  return { offsets, bytes, length: at };
}

/** The order of bytes[a0, a1) and bytes[b0, b1) by their bytes (a shorter prefix first). */
function compareRanges(bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number): number {
  const n = Math.min(a1 - a0, b1 - b0);
  for (let k = 0; k < n; k++) if (bytes[a0 + k] !== bytes[b0 + k]) return bytes[a0 + k]! - bytes[b0 + k]!;
  return a1 - a0 - (b1 - b0);
}
