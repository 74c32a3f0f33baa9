import type { WordDiffPart } from '../model.js';

// A comma or full stop the writer put at the end of a quote ("... kilo,") is not a changed word.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const sameWord = (a: string, b: string): boolean => a === b || a.replace(EDGE_PUNCTUATION, '') === b.replace(EDGE_PUNCTUATION, '');

/** Word-level diff (longest common subsequence) from `from` to `to`. Quadratic in words; inputs are quotes. */
export function wordDiff(from: string, to: string, compare = sameWord): WordDiffPart[] {
  const a = from.split(/\s+/).filter(Boolean).slice(0, 400);
  const b = to.split(/\s+/).filter(Boolean).slice(0, 400);
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = compare(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], word: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ' ' + word;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && compare(a[i]!, b[j]!)) {
      push('equal', b[j]!);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('insert', b[j++]!);
    } else {
      push('delete', a[i++]!);
    }
  }
  return parts;
}

/** Renders a diff as `[-removed-]{+added+}` text. */
export function renderDiff(parts: WordDiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');
}
