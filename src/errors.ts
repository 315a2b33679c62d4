import type { Bilingual, Lang } from './i18n.js';

/**
 * A user error: a path that cannot be read, bytes that are not text, a bad option. The CLI prints its message
 * as one line (no stack trace) and exits with code 2. Anything else thrown is a bug. The message may be given in
 * both languages; `message` is the English one.
 */
export class FengongError extends Error {
  /** Exit code the CLI uses for this error (always 2: usage or input that cannot be read). */
  readonly exitCode = 2;
  readonly texts: Bilingual | undefined;
  constructor(message: string | Bilingual) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'FengongError';
    this.texts = typeof message === 'string' ? undefined : message;
  }

  /** The message in a language (English when no Chinese text was given). */
  text(lang: Lang): string {
    return this.texts ? this.texts[lang] : this.message;
  }
}
