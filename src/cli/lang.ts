import { detectLang, type Lang } from '../i18n.js';

let current: Lang | undefined;

/**
 * The interface language of this run: set from `--lang zh|en` before each command runs ({@link setCliLang}),
 * else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; zh for `zh_*`).
 */
export function cliLang(): Lang {
  return current ?? detectLang(undefined, process.env);
}

/** Sets the language of this run from the `--lang` flag (undefined: from the locale). */
export function setCliLang(flag: string | undefined): void {
  current = detectLang(flag, process.env);
}
