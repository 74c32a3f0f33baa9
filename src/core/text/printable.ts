// Text from sources, drafts and file names, made safe to print. A file name or a source can hold
// anything: ESC sequences that retitle the terminal, clear it or plant a hyperlink; a newline
// followed by `::error::`, which the GitHub Actions runner reads as a command; a right-to-left
// override that shows `62` where the text stores `26`. Every front end that prints such text
// passes it through here, so those characters are shown, never acted on.

/**
 * Control characters: C0 and DEL, C1, the bidirectional controls (embeddings, overrides,
 * isolates, marks) and the Unicode line and paragraph separators.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One control character as an escape a reader can see: `\n`, `\x1b`, `\u202e`. */
function escapeControl(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text with every control character shown as an escape (`\x1b`, `\n`, `\u202e`); all else
 * unchanged. `keepLineBreaks` leaves LF and CR for a format that escapes them its own way.
 */
export function printable(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(CONTROLS, (c) => (options.keepLineBreaks && (c === '\n' || c === '\r') ? c : escapeControl(c)));
}

/**
 * Serialised JSON with the control characters JSON leaves raw (C1, bidirectional controls,
 * the line separators) written as `\u` escapes. Those characters only occur inside strings,
 * so the JSON parses to the same values; it just no longer drives a terminal it is printed on.
 */
export function jsonPrintable(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
