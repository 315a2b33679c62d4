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
  /**
   * Where in the file named at the message's start the problem stands (1-based line and column, in characters) and
   * its rule, when known (a unit registry's mistake): a machine's report places it there.
   */
  readonly place: { line: number; column: number; ruleId: string } | undefined;
  constructor(message: string | Bilingual, place?: { line: number; column: number; ruleId: string }) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'FengongError';
    this.texts = typeof message === 'string' ? undefined : message;
    this.place = place;
  }

  /** The message in a language (English when no Chinese text was given). */
  text(lang: Lang): string {
    return this.texts ? this.texts[lang] : this.message;
  }
}

/**
 * Why a file could not be read or written, in words (`no such file`, `is a directory`, `permission denied`), from
 * a Node error's code; other codes as they are (`EMFILE`).
 */
export function errnoWords(e: NodeJS.ErrnoException): Bilingual {
  switch (e.code) {
    case 'ENOENT':
      return { en: 'no such file', zh: '文件不存在' };
    case 'EISDIR':
      return { en: 'is a directory', zh: '这是目录' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', zh: '没有权限' };
    case 'ENOTDIR':
      return { en: 'a part of the path is a file, not a folder', zh: '路径中有一段是文件，不是文件夹' };
    case 'ENOSPC':
      return { en: 'no space left on the device', zh: '磁盘空间不足' };
    case 'ELOOP':
      return { en: 'a loop of symbolic links', zh: '符号链接循环' };
    default:
      return { en: e.code ?? e.message, zh: e.code ?? e.message };
  }
}

/**
 * A path as a POSIX shell reads it back, for a command a message suggests (`fengong validate '中文 目录/改 过.yaml'`):
 * as it is when it holds no character a shell treats specially (Chinese characters are none), else in single
 * quotes, a quote inside written `'\''` (a fresh user's: a suggested command with spaces failed when copied).
 */
export function shellArg(path: string): string {
  return /^[^\s'"$`\\!*?[\]{}()<>|&;#~^=%]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
