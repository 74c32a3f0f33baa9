// A one-line progress indicator on stderr, for long runs on a terminal only.
import type { OutputStream } from './context.js';

// Short runs finish before a progress line would be read: show nothing until this much has passed.
const SHOW_AFTER_MS = 400;
const REDRAW_EVERY_MS = 80;

export class Progress {
  private readonly started = Date.now();
  private lastDrawn = 0;
  private shown = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly enabled: boolean,
  ) {}

  update(label: string, done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || (now - this.lastDrawn < REDRAW_EVERY_MS && done < total)) return;
    this.lastDrawn = now;
    this.shown = true;
    this.stream.write(`\r\u001b[K${label} ${done}/${total}`);
  }

  /** Clears the line so that a message can be written; the next update redraws it. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
