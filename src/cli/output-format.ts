import { extname } from 'node:path';
import { FengongError } from '../errors.js';

/**
 * The output format of a command: `--format` when given, else the ending of `-o FILE` when it names one of
 * `formats` (through `aliases`: `.yml` is yaml, `.markdown` md), else `fallback` (no `-o`, or a file without an
 * ending).
 * @throws FengongError for `-o` naming a format the command does not write (`-o matrix.xlsx` for `parse`,
 *   `-o report.pdf`): the file would hold another format under a misleading name.
 */
export function formatOption<F extends string>(
  format: string | undefined,
  output: string | undefined,
  formats: readonly F[],
  fallback: F,
  aliases: Readonly<Record<string, F>> = {},
): F {
  if (format) return format as F;
  const ext = output ? extname(output).slice(1).toLowerCase() : '';
  const fromExt = (aliases[ext] ?? ext) as F;
  if (formats.includes(fromExt)) return fromExt;
  if (ext) {
    const endings = [...formats, ...Object.keys(aliases)].map((f) => `.${f}`);
    throw new FengongError({
      en: `${output}: cannot write \`.${ext}\` files; name the file ${endings.join(', ')}${formats.length > 1 ? ', or give --format' : ''}`,
      zh: `${output}：不能写出“.${ext}”文件；请使用 ${endings.join('、')} 扩展名${formats.length > 1 ? '，或用 --format 指定格式' : ''}`,
    });
  }
  return fallback;
}
