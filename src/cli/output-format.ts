import { extname } from 'node:path';
import { FengongError } from '../errors.js';

/**
 * The output format of a command: `--format` when given, else the ending of `-o FILE` when it names one of
 * `formats` (through `aliases`: `.yml` is yaml, `.markdown` md), else `fallback` (no `-o`, or a file without an
 * ending).
 * @throws FengongError for `-o` naming a format the command does not write (`-o matrix.xlsx` for `parse`,
 *   `-o report.pdf`, also with `--format`: `-o m.xlsx --format yaml`), or one other than `--format`
 *   (`-o tasks.xlsx --format csv`): the file would hold another format under a misleading name. An ending no format
 *   has (`-o tasks.txt --format md`) takes `--format`.
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
  // An ending of a format fengong writes elsewhere (`-o m.xlsx --format yaml`, `tasks -o k.pdf`: a new user's run)
  // is refused with --format too: the file would hold another format under a misleading name.
  if (format && ext && !formats.includes(fromExt) && KNOWN.has(ext)) refuse(output!, ext, formats, aliases);
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
  if (ext) refuse(output!, ext, formats, aliases);
  return fallback;
}

/** Endings of the formats fengong writes or refuses to read (a file of one holds that format, whatever --format). */
const KNOWN = new Set(['yaml', 'yml', 'json', 'xlsx', 'xls', 'docx', 'doc', 'csv', 'md', 'markdown', 'html', 'htm', 'pdf', 'ofd', 'wps']);

function refuse(output: string, ext: string, formats: readonly string[], aliases: Readonly<Record<string, string>>): never {
  const endings = [...formats, ...Object.keys(aliases)].map((f) => `.${f}`);
  // --format helps only with an ending of no format (`-o notes.txt`); a known one is refused with it too.
  const hint = formats.length > 1 && !KNOWN.has(ext);
  throw new FengongError({
    en: `${output}: cannot write \`.${ext}\` files; name the file ${endings.join(', ')}${hint ? ', or give --format' : ''}`,
    zh: `${output}：不能写出“.${ext}”文件；请使用 ${endings.join('、')} 扩展名${hint ? '，或用 --format 指定格式' : ''}`,
  });
}
