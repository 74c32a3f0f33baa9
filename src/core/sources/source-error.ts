/** A source file that cannot be read at all. The message names the file and the problem. */
export class SourceError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
