import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { detectLang, type Lang } from '../i18n.js';

let current: Lang | undefined;

/**
 * The interface language of this run: set from `--lang zh|en` before each command runs ({@link setCliLang}),
 * else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; zh for `zh_*`).
 */
export function cliLang(): Lang {
  return current ?? detectLang(undefined, process.env);
}

/**
 * Sets the language of this run: the `--lang` flag, else `lang:` of `.fengongrc.yaml` (read only when there is
 * one, found by walking up from the working directory), else the locale.
 * @throws FengongError when the configuration file is not valid.
 */
export async function setCliLang(flag: string | undefined): Promise<void> {
  if (!flag && hasConfigFile(process.cwd())) {
    const { loadConfig } = await import('../config.js');
    flag = loadConfig(process.cwd()).lang;
  }
  current = detectLang(flag, process.env);
}

/**
 * The defaults `.fengongrc.yaml` gives every command (registry, reporter, size limit, strict), or `{}` when there is
 * no such file (the YAML reader is loaded only when there is one).
 * @throws FengongError when the configuration file is not valid.
 */
export async function configDefaults(): Promise<import('../config.js').FengongConfig> {
  if (!hasConfigFile(process.cwd())) return {};
  const { loadConfig } = await import('../config.js');
  return loadConfig(process.cwd());
}

/** Whether `.fengongrc.yaml` stands in `dir` or a directory above it: a few stat calls, no YAML loaded. */
export function hasConfigFile(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.fengongrc.yaml'))) return true;
    if (dirname(d) === d) return false;
  }
}
