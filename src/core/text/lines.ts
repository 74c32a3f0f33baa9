import type { LinePosition, LineRange, Span } from '../model.js';
import { partitionPoint } from '../bisect.js';

/** Converts offsets of a text to (line, character) positions and back. CRLF counts as one break. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    // The breaks found by indexOf, not by reading every character: a check makes the index of
    // every source it quotes as evidence, mostly before the engine has optimised this loop, and a
    // loop over characters then cost tens of milliseconds. The two kinds of break are merged in
    // order; a CR directly before an LF is not a break of its own.
    const starts = [0];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (text.charCodeAt(cr + 1) !== 10) starts.push(cr + 1);
        cr = text.indexOf('\r', cr + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The last line starting at or before the offset (the first starts at 0).
    const line = partitionPoint(this.starts.length, (i) => this.starts[i]! > clamped) - 1;
    return { line, character: clamped - this.starts[line]! };
  }

  offsetAt(position: LinePosition): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const start = this.starts[line]!;
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(span: Span): LineRange {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
