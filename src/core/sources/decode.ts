import { SourceError } from './source-error.js';

export interface DecodedText {
  text: string;
  warnings: string[];
}

// Enough of the file to tell text from binary without reading 5 MB byte by byte.
const SNIFF_BYTES = 8192;

/**
 * Decodes the bytes of a text source. UTF-8 (BOM removed) unless a UTF-16 BOM says otherwise.
 * Line endings are kept as they are so that offsets stay true to the file.
 */
export function decodeText(path: string, bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'le'), warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'be'), warnings };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
  }
  const binaryReason = binaryEvidence(body);
  if (binaryReason) {
    throw new SourceError(path, `${path} looks binary (${binaryReason}); it cannot be read as text`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    warnings.push(`${path} is not valid UTF-8: undecodable bytes were replaced with U+FFFD`);
  }
  return { text, warnings };
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  let data = bytes;
  if (order === 'be') {
    // Swapped by hand: not every ICU build Node ships with has a UTF-16BE decoder.
    data = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      data[i] = bytes[i + 1]!;
      data[i + 1] = bytes[i]!;
    }
  }
  return new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(data);
}

/** Why the bytes look binary, or undefined when they look like text. */
function binaryEvidence(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return undefined;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      return looksLikeUtf16(sample) ? 'it holds NUL bytes: UTF-16 text needs a byte order mark' : 'it holds NUL bytes';
    }
    // Tab, line feed, form feed, carriage return and escape occur in real text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) {
      control++;
    }
  }
  if (control / sample.length > 0.1) return 'it is mostly control characters';
  return undefined;
}

/** ASCII text in UTF-16 without a BOM: every other byte is zero. */
function looksLikeUtf16(sample: Uint8Array): boolean {
  const pairs = Math.min(32, Math.floor(sample.length / 2));
  if (pairs < 2) return false;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) zeroLow++;
    if (sample[2 * i + 1] === 0) zeroHigh++;
  }
  return zeroHigh === pairs || zeroLow === pairs;
}
