// The lexicon tables are JSON strings: base64 of bytes, and those bytes are lists of small
// integers written as LEB128 varints. A string costs nothing until it is read; the bytes are
// decoded only when a table (or a row of it) is first asked a question. Writing and reading live
// in one file so that the generator and the reader cannot drift apart.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;

// Every UTF-16 unit's sextet, -1 for a unit outside the alphabet: the whole-table decoder reads
// four units a group without a range check or a call.
const SEXTET_OF_UNIT = new Int8Array(0x10000).fill(-1);
SEXTET_OF_UNIT.set(SEXTET);

// The host's own base64 decoder where it has one (Node's `Buffer`, in the CLI and VS Code's
// extension host): a table is decoded once, before the engine has optimised any loop here, and
// decoding WordNet's relations in JavaScript was 15-50 ms of a first check, natively under 1 ms.
interface NativeBytes extends ArrayLike<number> {
  toString(encoding: 'base64'): string;
}
interface NativeBase64 {
  from(text: string, encoding: 'base64'): NativeBytes;
}
const nativeBase64 = (globalThis as { Buffer?: NativeBase64 }).Buffer;

/** The bytes of a base64 string (no `atob`, which some hosts lack and which yields a string). */
export function fromBase64(text: string): Uint8Array {
  const length = base64ByteLength(text);
  if (nativeBase64) {
    const decoded = nativeBase64.from(text, 'base64');
    // Taken only when they say the text again as `toBase64` writes it: the native decoder passes
    // over characters outside the alphabet and reads the URL-safe one too, and such a text is
    // left to the decoder below, which says where it is not base64.
    if (decoded.length === length && decoded.toString('base64') === text) {
      // A plain array of its own (a small Buffer is a view of a shared pool).
      const own = new Uint8Array(length);
      own.set(decoded);
      return own;
    }
  }
  return fromBase64InScript(text, length);
}

/** `fromBase64` in JavaScript alone: what it does without a native decoder, or for a text that is not all base64. */
export function fromBase64InScript(text: string, length = base64ByteLength(text)): Uint8Array {
  const bytes = new Uint8Array(length);
  // The groups whose three bytes all fall in the table in one tight loop: a table is decoded once,
  // before the engine has optimised anything, and a call per character made it several times
  // slower. A group with any unit outside the alphabet, and the last group (with its padding),
  // are left to decodeBase64Range, which decodes them or says where the text is not base64.
  const whole = Math.floor(bytes.length / 3);
  let group = 0;
  for (; group < whole; group++) {
    const at = group * 4;
    const a = SEXTET_OF_UNIT[text.charCodeAt(at)]!;
    const b = SEXTET_OF_UNIT[text.charCodeAt(at + 1)]!;
    const c = SEXTET_OF_UNIT[text.charCodeAt(at + 2)]!;
    const d = SEXTET_OF_UNIT[text.charCodeAt(at + 3)]!;
    if ((a | b | c | d) < 0) break;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    const out = group * 3;
    bytes[out] = n >> 16;
    bytes[out + 1] = (n >> 8) & 0xff;
    bytes[out + 2] = n & 0xff;
  }
  decodeBase64Range(text, bytes, group * 3, bytes.length);
  return bytes;
}

/** How many bytes a base64 string holds. */
export function base64ByteLength(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  return Math.floor((end * 3) / 4);
}

/**
 * Decodes bytes `from` to `to` of a base64 string into `bytes` (which holds them all, at their own
 * offsets), so that a large table can be read a row at a time where it lies. Whole groups of four
 * characters are decoded: a byte or two either side of the range may be written too, with the
 * values that are theirs.
 */
export function decodeBase64Range(text: string, bytes: Uint8Array, from: number, to: number): void {
  const length = bytes.length;
  for (let group = Math.floor(from / 3); group * 3 < to; group++) {
    const at = group * 4;
    const n = (sextetAt(text, at) << 18) | (sextetAt(text, at + 1) << 12) | (sextetAt(text, at + 2) << 6) | sextetAt(text, at + 3);
    const out = group * 3;
    bytes[out] = n >> 16;
    if (out + 1 < length) bytes[out + 1] = (n >> 8) & 0xff;
    if (out + 2 < length) bytes[out + 2] = n & 0xff;
  }
}

/** The six bits of the character at `at`; the padding that ends the text (and its end) count as zero bits. */
function sextetAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const sextet = code < 128 ? SEXTET[code]! : -1;
  if (sextet >= 0) return sextet;
  const padding = code === 61 /* = */ && (at === text.length - 1 || (at === text.length - 2 && text.charCodeAt(at + 1) === 61));
  if (padding || at >= text.length) return 0;
  throw new Error(`Not base64 at ${at}`);
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return text;
}

/**
 * Rows of non-negative integers, read-only: row `r` is `values[offsets[r] .. offsets[r + 1])`,
 * sorted ascending. The shape every relation table decodes to.
 */
export interface Rows {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

export function rowCount(rows: Rows): number {
  return rows.offsets.length - 1;
}

/** Whether row `r` holds `value` (rows are short and sorted; a linear scan beats a search). */
export function rowHas(rows: Rows, r: number, value: number): boolean {
  const end = rows.offsets[r + 1]!;
  for (let i = rows.offsets[r]!; i < end; i++) {
    const v = rows.values[i]!;
    if (v === value) return true;
    if (v > value) return false;
  }
  return false;
}

/**
 * Rows as base64 of varints: per row its length, then its sorted values as gaps from the one
 * before (the first from -1), so neighbouring ids cost a byte each.
 */
export function packRows(rows: readonly (readonly number[])[]): string {
  const bytes: number[] = [];
  const put = (n: number): void => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Cannot pack ${n}`);
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  put(rows.length);
  for (const row of rows) {
    const sorted = [...new Set(row)].sort((a, b) => a - b);
    put(sorted.length);
    let previous = -1;
    for (const v of sorted) {
      put(v - previous - 1);
      previous = v;
    }
  }
  return toBase64(Uint8Array.from(bytes));
}

export function unpackRows(text: string): Rows {
  const bytes = fromBase64(text);
  let at = 0;
  const get = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  };
  const count = get();
  const offsets = new Int32Array(count + 1);
  // Every value takes at least one byte, so the byte count bounds the value count.
  const values = new Int32Array(bytes.length);
  let filled = 0;
  for (let r = 0; r < count; r++) {
    const length = get();
    let previous = -1;
    for (let k = 0; k < length; k++) {
      previous += get() + 1;
      values[filled++] = previous;
    }
    offsets[r + 1] = filled;
  }
  return { offsets, values: values.subarray(0, filled) };
}

/** Rows indexed the other way round: row `v` of the result lists every `r` whose row holds `v`. */
export function invertRows(rows: Rows, width: number): Rows {
  // Read once into locals: this runs once per table, before the engine has optimised it.
  const { offsets: rowStarts, values: rowValues } = rows;
  const counts = new Int32Array(width + 1);
  for (let i = 0; i < rowValues.length; i++) counts[rowValues[i]! + 1]!++;
  for (let v = 0; v < width; v++) counts[v + 1]! += counts[v]!;
  const offsets = counts.slice();
  const values = new Int32Array(rowValues.length);
  const cursor = counts.slice(0, width);
  const count = rowCount(rows);
  for (let r = 0; r < count; r++) {
    for (let i = rowStarts[r]!, end = rowStarts[r + 1]!; i < end; i++) values[cursor[rowValues[i]!]!++] = r;
  }
  return { offsets, values };
}
