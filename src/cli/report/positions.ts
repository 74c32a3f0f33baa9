// Core positions are 0-based with exclusive ends (like VS Code's); every output format is 1-based.
import type { LineRange } from '../../core/model.js';

export interface OneBasedPosition {
  line: number;
  column: number;
}

export interface OneBasedRange {
  start: OneBasedPosition;
  /** The position just after the last character (exclusive), as in SARIF. */
  end: OneBasedPosition;
}

export function oneBased(range: LineRange): OneBasedRange {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

/** `line:column` of the start of a range, 1-based. */
export function startOf(range: LineRange): string {
  return `${range.start.line + 1}:${range.start.character + 1}`;
}
