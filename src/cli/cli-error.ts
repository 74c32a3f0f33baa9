/**
 * A usage, configuration or I/O problem: the CLI prints `lines` on stderr and exits 2.
 * Each line is printed as it is, so that config problems keep their `file:line:col:` form.
 */
export class CliError extends Error {
  readonly lines: string[];

  constructor(lines: string | string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'CliError';
    this.lines = all;
  }
}
