import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFileUpTo } from '../bounded-read.js';
import { extname } from 'node:path';
import { errnoWords, FengongError, shellArg } from '../errors.js';
import type { Lang } from '../i18n.js';
import { byPlace, finding, findingLine } from './finding.js';
import { documentKind, parseMatrixText, type ParsedMatrix } from './parse.js';
import { quickParse } from './quick-parse.js';
import { checkMatrixSchema } from './schema.js';
import { schemaFindings } from './schema-findings.js';
import type { Matrix } from './types.js';

/** Files larger than this are refused unless a caller allows more: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Options of {@link readMatrixFile} and {@link loadMatrix}. */
export interface ReadMatrixOptions {
  /** Largest file accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** The name used in findings and messages (default: `path` as given). */
  name?: string;
  /** Language of the findings (default English). */
  lang?: Lang;
}

/** A matrix file's text, decoded, with what the parsers need to know about it. */
export interface MatrixText {
  file: string;
  text: string;
  /** The file ends in `.json`: it must be strict JSON. */
  json: boolean;
}

/**
 * Reads a matrix file's bytes as UTF-8 text, safely: a file over `maxBytes` or not valid UTF-8 is not read
 * further, and comes back as a {@link ParsedMatrix} holding that finding (`file-too-large`, `encoding`, at 1:1).
 * @throws FengongError when the path cannot be read at all (missing, a directory, no permission).
 */
export function readMatrixText(path: string, options: ReadMatrixOptions = {}): MatrixText | ParsedMatrix {
  const file = options.name ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const atStart = (reason: string, rule: string): ParsedMatrix => ({
    file,
    value: undefined,
    messages: [finding(reason, { line: 1, column: 1, offset: 0 }, rule, 'error', file)],
    locate: () => ({ line: 1, column: 1, offset: 0 }),
  });
  let bytes: Buffer;
  try {
    const st = statSync(path);
    const size = st.size;
    if (size > maxBytes) {
      const reason = options.lang === 'zh' ? `文件有 ${size} 字节，超过上限 ${maxBytes}：请拆分文件，或用 --max-size 调高上限` : `file is ${size} bytes, over the limit of ${maxBytes}: split it, or raise the limit with --max-size`;
      return atStart(reason, 'file-too-large');
    }
    // A device or a pipe has no size to check first (a link to /dev/zero named `z.yaml`: a fresh user's, a run that
    // grew without end): read up to the limit.
    if (st.isFile()) bytes = readFileSync(path);
    else {
      const read = readFileUpTo(path, maxBytes);
      if (read === null) return atStart(options.lang === 'zh' ? `文件超过上限 ${maxBytes} 字节：请拆分文件，或用 --max-size 调高上限` : `file is over the limit of ${maxBytes} bytes: split it, or raise the limit with --max-size`, 'file-too-large');
      bytes = read;
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // Worded as `fengong parse` words a missing notice; a pattern the shell did not expand (`export "dir/*.yaml"`, an
    // archive office's) is said to be one.
    if (e.code === 'ENOENT') {
      const pattern = /[*?[\]{}]/.test(file);
      throw new FengongError({ en: `${file}: no such file${pattern ? ' (a pattern is not expanded here: name one matrix file)' : ''}`, zh: `${file}：文件不存在${pattern ? '（此处不展开通配符：请指定一个矩阵文件）' : ''}` });
    }
    const why = errnoWords(e);
    throw new FengongError({ en: `${file}: cannot read (${why.en})`, zh: `${file}：无法读取（${why.zh}）` });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { file, text, json: extname(path).toLowerCase() === '.json' };
  } catch {
    // Where the first byte that is no UTF-8 stands (one character pasted from a GBK file into a UTF-8 matrix, a fresh
    // user's, had been told at 1:1 to save as UTF-8 a file that was UTF-8 already).
    const place = firstBadByte(bytes);
    const reason = place.line === 1 && place.column === 1
      ? options.lang === 'zh' ? '不是 UTF-8 文本：请把文件存为 UTF-8 编码' : 'not UTF-8 text: save the file as UTF-8'
      : options.lang === 'zh' ? '此处的字节不是 UTF-8（一个按其他编码保存的字符，如 GBK）：请重新输入这里的字符，或把整个文件存为 UTF-8 编码' : 'the bytes here are not UTF-8 (a character saved in another encoding, such as GBK): type the character again, or save the whole file as UTF-8';
    return { ...atStart(reason, 'encoding'), messages: [finding(reason, place, 'encoding', 'error', file)] };
  }
}

/** The line and column (1-based, in characters) of the first byte of `bytes` that is not UTF-8. */
function firstBadByte(bytes: Buffer): { line: number; column: number; offset: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = Math.max(0, text.indexOf('\ufffd'));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: [...text.slice(lineStart, at)].length + 1, offset: at };
}

/**
 * Reads a matrix file (`.yaml`, `.yml` or `.json`; any other ending is read as YAML) and parses it with
 * positions (see {@link readMatrixText} for the limits, {@link parseMatrixText} for the parse). `.json` files must
 * be strict JSON.
 * @throws FengongError when the path cannot be read at all (missing, a directory, no permission).
 */
export function readMatrixFile(path: string, options: ReadMatrixOptions = {}): ParsedMatrix {
  const read = readMatrixText(path, options);
  return 'text' in read ? parseMatrixText(read.text, { file: read.file, json: read.json }) : read;
}

/**
 * The error for a notice given where a matrix is wanted (`.md`, `.txt`, `.docx`, `.xlsx`, `.csv`), or null: it is
 * named as a notice to compile first, not read as a matrix that is a string (a new user's `fengong validate n.md`).
 */
export function noticeNotMatrix(path: string): FengongError | null {
  // (A path that is not there is said to be missing, by the read: `tasks nope.txt` had been told to compile it.)
  if (!/\.(?:md|markdown|txt|docx|xlsx|csv)$/i.test(path) || !existsSync(path)) return null;
  return new FengongError({
    en: `${path}: a notice, not a matrix: compile it first (fengong parse ${shellArg(path)} -o matrix.yaml)`,
    zh: `${path}：这是公文，不是责任矩阵：请先解析（fengong parse ${shellArg(path)} -o matrix.yaml）`,
  });
}

/**
 * Reads a matrix file and checks it against `schemas/matrix.schema.json`: the one call for commands that take a
 * matrix as input (`units`, `tasks`, `export`). Warnings (an unquoted date) are ignored; the semantic rules of
 * `fengong validate` are not run. A valid file is read once, by the fast parser; an invalid one again, with
 * positions, for the message.
 * @throws FengongError with a one-line message `file:line:col: what is wrong (rule-id)` (plus how many more
 * problems there are) when the file cannot be read, is not valid YAML/JSON, or is not a valid matrix.
 */
export function loadMatrix(path: string, options: ReadMatrixOptions = {}): Matrix {
  // As validate says it (a fresh user's `cat m.yaml | fengong tasks - --unit X` had been told `-: no such file`).
  if (path === '-') throw new FengongError({ en: 'matrices are read from files, not standard input: save the matrix to a file (parse -o FILE) and name it', zh: '矩阵只从文件读取，不读标准输入：请先把矩阵存为文件（parse -o 文件）再指定' });
  const notice = noticeNotMatrix(path);
  if (notice) throw notice;
  const read = readMatrixText(path, options);
  if ('text' in read) {
    const quick = quickParse(read.text, read);
    if (quick !== undefined && checkMatrixSchema(quick).length === 0) return quick as Matrix;
  }
  const parsed = 'text' in read ? parseMatrixText(read.text, { file: read.file, json: read.json, lang: options.lang }) : read;
  let errors = parsed.messages.filter((m) => m.fatal);
  // A unit registry given for the matrix (`fengong units units.yaml`): said as validate says it (`not-a-matrix`), not
  // as a matrix with four keys missing (a fresh user's).
  if (errors.length === 0 && documentKind(parsed.value) === 'registry') {
    throw new FengongError({
      en: `${parsed.file}: this is a unit registry (registryVersion), not a matrix: give it with --units, and the matrix (fengong parse -o FILE) here`,
      zh: `${parsed.file}：这是单位名录（registryVersion），不是矩阵：请用 --units 指定它，此处给出矩阵（fengong parse -o 文件）`,
    });
  }
  if (errors.length === 0) errors = schemaFindings(checkMatrixSchema(parsed.value), parsed.locate, parsed.file, 'the matrix', options.lang, parsed.value).sort(byPlace);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run fengong validate ${shellArg(path)})` : '';
    throw new FengongError({ en: `${findingLine(errors[0])}${more}`, zh: `${findingLine(errors[0])}${errors.length > 1 ? `（另有 ${errors.length - 1} 处；运行 fengong validate ${shellArg(path)} 查看）` : ''}` });
  }
  return parsed.value as Matrix;
}
