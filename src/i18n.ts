/**
 * The two languages of fengong's interface: Chinese for the clerks who convert notices, English for the people
 * who wire CI. Rule ids and exit codes are the same in both.
 */
export type Lang = 'zh' | 'en';

/** A message in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * The language to use: `--lang` when given, else from the locale variables (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`; POSIX order), Chinese for `zh_*`, English otherwise.
 * @param env the environment to read (pass `process.env` from the CLI).
 */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** Picks the text of a bilingual message. */
export function pick(message: Bilingual, lang: Lang): string {
  return message[lang];
}
