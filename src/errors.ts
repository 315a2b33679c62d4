/**
 * A user error: a path that cannot be read, bytes that are not text, a bad option. The CLI prints its message
 * as one line (no stack trace) and exits with code 2. Anything else thrown is a bug.
 */
export class FengongError extends Error {
  /** Exit code the CLI uses for this error (always 2: usage or input that cannot be read). */
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'FengongError';
  }
}
