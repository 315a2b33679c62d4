import { extname } from 'node:path';
import { FengongError } from '../errors.js';

/**
 * The output format of a command: `--format` when given, else the ending of `-o FILE` when it names one of
 * `formats` (through `aliases`: `.yml` is yaml, `.markdown` md), else `fallback` (no `-o`, or a file without an
 * ending).
 * @throws FengongError for `-o` naming a format the command does not write (`-o matrix.xlsx` for `parse`,
 *   `-o report.pdf`), or one other than `--format` (`-o tasks.xlsx --format csv`): the file would hold another
 *   format under a misleading name. An ending no format has (`-o tasks.txt --format md`) takes `--format`.
 */
export function formatOption<F extends string>(
  format: string | undefined,
  output: string | undefined,
  formats: readonly F[],
  fallback: F,
  aliases: Readonly<Record<string, F>> = {},
): F {
  const ext = output ? extname(output).slice(1).toLowerCase() : '';
  const fromExt = (aliases[ext] ?? ext) as F;
  if (format) {
    // `-o tasks.xlsx --format csv` would write CSV under an Excel name (probe 18): the two must agree.
    if (formats.includes(fromExt) && fromExt !== format) {
      throw new FengongError({
        en: `${output}: the file's ending says ${fromExt} but --format says ${format}; name the file .${format} or leave --format out`,
        zh: `${output}：文件扩展名表示 ${fromExt}，但 --format 指定为 ${format}；请把文件命名为 .${format}，或去掉 --format`,
      });
    }
    return format as F;
  }
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
