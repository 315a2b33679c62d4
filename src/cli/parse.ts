import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFileUpTo, readUpTo } from '../bounded-read.js';
import type { VFileMessage } from 'vfile-message';
import { errnoWords, FengongError } from '../errors.js';
import { checkMatrixSchema } from '../matrix/schema.js';
import { stringifyMatrix } from '../matrix/write.js';
import type { Matrix } from '../matrix/types.js';
import { parseNotice, type ParsedNotice } from '../notice/parse-notice.js';
import { formatOf, readNoticeBytes, type NoticeFormat } from '../read/read-notice.js';
import { looksLikeCsv, looksLikeMarkdown } from '../read/detect.js';
import { decodeNotice } from '../read/decode.js';
import type { UnitRegistry } from '../registry/index.js';
import { applyRegistry } from '../registry/apply.js';
import { sameFile, writeFileAtomic } from './io.js';
import { warmRegExps } from './regexp-warmup.js';
import { formatOption } from './output-format.js';
import { cliLang, configDefaults } from './lang.js';
import { parseSize } from './size.js';
import { useColor } from './color.js';
import { standardError, standardOutput } from './stdout.js';

/** Options of `fengong parse`, as commander gives them. */
export interface ParseOptions {
  /** `--format`; when not given, the ending of `-o FILE` (`.json`, `.yaml`, `.yml`), else yaml. */
  format?: 'yaml' | 'json';
  output?: string;
  outDir?: string;
  units?: string;
  maxSize?: string;
  quiet?: boolean;
  /** Batch mode: worker threads (default: the number of cores). */
  jobs?: string;
}

/** One compiled notice: its matrix (as text in the chosen format) and findings. */
export interface CompiledNotice {
  file: string;
  matrix: Matrix;
  messages: VFileMessage[];
  output: string;
  /** Where a text stands in a task's lines of the notice (src/notice/parse-notice.ts `ParsedNotice.place`). */
  place: ParsedNotice['place'];
}

/**
 * Runs `fengong parse`: reads each notice, compiles it, checks the matrix against the schema and writes it to
 * stdout, to `-o FILE` (atomically) or, with `--out-dir`, one file per notice.
 * @returns the exit code: 0 done, 1 a matrix was written with error-level findings.
 * @throws FengongError for input that cannot be read (exit 2).
 */
export async function runParse(notices: string[], options: ParseOptions): Promise<number> {
  // .fengongrc.yaml sets defaults for every command (registry, size limit); flags override it.
  const config = await configDefaults();
  options = { ...options, units: options.units ?? config.registry, maxSize: options.maxSize ?? (config.maxSize ? String(config.maxSize) : undefined) };
  const maxBytes = parseSize(options.maxSize ?? '50MB');
  // `-o matrix.json` writes JSON; `-o matrix.xlsx` is refused (sheets are `tasks` and `export`).
  const format = formatOption(options.format, options.outDir ? undefined : options.output, ['yaml', 'json'] as const, 'yaml', { yml: 'yaml' });
  if (notices.length > 1 || options.outDir || isGlob(notices[0])) {
    const { runBatch } = await import('./parse-batch.js');
    return runBatch(notices, { ...options, format }, maxBytes);
  }
  // The matrix never goes over the notice it is read from (`parse self.txt -o self.txt` had replaced the notice: a
  // fresh user's find), whatever path names it.
  if (options.output && notices[0] !== '-' && sameFile(notices[0], options.output)) {
    throw new FengongError({ en: `${options.output}: is the notice being read; write the matrix to another file`, zh: `${options.output}：这是正在读取的公文，请把矩阵写到另一个文件` });
  }
  const compiled = await compileFile(notices[0], format, maxBytes, await registryFor(options));
  // Write first: an output that cannot be written is the one line a user sees, not after the findings.
  if (options.output) writeFileAtomic(options.output, compiled.output);
  else standardOutput.write(compiled.output);
  // Standard output that cannot be written (/dev/full) is the one line a user sees (src/cli/main.ts), not the findings.
  const failed = standardOutput.error();
  if (failed && failed.code !== 'EPIPE') return 2;
  const printed = await printMessages(compiled, options.quiet);
  // `-q` first: reading `process.stderr.isTTY` creates the stream (on a pipe, loading `net`: ./stdout.ts).
  if (!options.quiet && process.stderr.isTTY) {
    const { noticeSummary } = await import('./summary.js');
    // Apart from the findings above it by a blank line, as `check` prints it.
    standardError.write((printed ? '\n' : '') + noticeSummary(compiled.matrix, { lang: cliLang(), file: compiled.file, messages: compiled.messages, output: options.output ?? '-', color: useColor(process.env, true) }));
  }
  return compiled.messages.some((m) => m.fatal === true) ? 1 : 0;
}

/**
 * Reads and compiles one notice (`-` is standard input, read as Markdown when it holds a GFM, HTML or grid table
 * or a `#` heading, as CSV when its first lines are rows of commas naming a task table's columns, else as text).
 * @throws FengongError when the file cannot be read, is too large, or is not a notice.
 */
export async function compileFile(file: string, format: 'yaml' | 'json', maxBytes: number, registry?: UnitRegistry): Promise<CompiledNotice> {
  warmRegExps();
  const name = file === '-' ? '<stdin>' : file;
  let bytes: Uint8Array;
  let kind: NoticeFormat;
  if (file === '-') {
    bytes = await readStdin(maxBytes);
    // Decoded as the whole will be (GB18030 as GB18030: a CSV saved by Excel in China had been taken for no table on
    // standard input, read as a file, a second fresh user's).
    const head = decodeNotice(bytes.subarray(0, 65536), name).text;
    kind = looksLikeMarkdown(head) ? 'markdown' : looksLikeCsv(head) ? 'csv' : 'text';
  } else {
    kind = formatOf(file);
    bytes = readInput(file, maxBytes);
  }
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  if (kind === 'markdown' && bytes.length > MARKDOWN_MAX_BYTES) throw markdownTooLarge(name, bytes.length);
  const read = await readNoticeBytes(bytes, name, kind);
  let parsed;
  try {
    parsed = parseNotice(read, { lang: cliLang(), source: { file: name, sha256: createHash('sha256').update(bytes).digest('hex') } });
  } catch (error) {
    if (error instanceof FengongError) throw new FengongError({ en: `${name}: ${error.text('en')}`, zh: `${name}：${error.text('zh')}` });
    throw error;
  }
  if (registry) parsed.matrix = applyRegistry(parsed.matrix, registry);
  const problems = checkMatrixSchema(parsed.matrix);
  if (problems.length) {
    const first = problems[0];
    throw new Error(`the matrix compiled from ${file} breaks the schema at ${first.instancePath}: ${first.message}`);
  }
  return { file: name, matrix: parsed.matrix, messages: parsed.messages, output: stringifyMatrix(parsed.matrix, format), place: parsed.place };
}

/** The unit registry named by `--units`, or undefined. @throws FengongError when it cannot be read. */
export async function registryFor(options: Pick<ParseOptions, 'units'>): Promise<UnitRegistry | undefined> {
  if (!options.units) return undefined;
  const { loadRegistry } = await import('../registry/index.js');
  return loadRegistry(options.units);
}

/** A pattern rather than a file: the batch mode expands it (and asks for --out-dir). */
function isGlob(arg: string): boolean {
  return arg !== '-' && /[*?[\]{}]/.test(arg) && !existsSync(arg);
}

function readInput(file: string, maxBytes: number): Uint8Array {
  // (`fengong parse ""` had said `fengong: : no such file`.)
  if (file === '') throw new FengongError({ en: 'an empty name names no file: give the notice\'s path', zh: '空的名称不指向任何文件：请给出公文的路径' });
  let size: number;
  let regular: boolean;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new FengongError({ en: `${file}: a directory, not a notice (give the files, or a glob with --out-dir)`, zh: `${file}：这是目录，不是公文文件（请给出文件，或用 --out-dir 批量处理）` });
    size = st.size;
    regular = st.isFile();
  } catch (error) {
    if (error instanceof FengongError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw e.code === 'ENOENT' ? new FengongError({ en: `${file}: no such file`, zh: `${file}：文件不存在` }) : cannotRead(file, e);
  }
  if (size > maxBytes) throw tooLarge(file, size, maxBytes);
  let bytes: Uint8Array | null;
  try {
    // A device or a pipe gives no size (`parse /dev/zero`: a fresh user's, whose run grew without end): read up to
    // the limit.
    bytes = regular ? readFileSync(file) : readFileUpTo(file, maxBytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw cannotRead(file, e);
  }
  if (bytes === null) throw overTheLimit(file, maxBytes);
  return bytes;
}

/**
 * Standard input, whole. A descriptor left non-blocking by another process (EAGAIN) is read through `process.stdin`
 * instead; one that cannot be read (a folder, `parse - < .`) is one line and exit 2 (a new user's probe: exit 70).
 * @throws FengongError when standard input cannot be read.
 */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  // Up to the limit, never more (`yes | fengong parse -` had grown to 1.9 GB: a fresh user's); what was read before a
  // non-blocking descriptor said EAGAIN is kept, the rest read through the stream.
  const chunks: Buffer[] = [];
  try {
    const bytes = readUpTo(0, maxBytes, chunks);
    if (bytes === null) throw overTheLimit('<stdin>', maxBytes);
    return bytes;
  } catch (error) {
    if (error instanceof FengongError) throw error;
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'EAGAIN') throw cannotRead('<stdin>', e);
  }
  let total = chunks.reduce((n, c) => n + c.length, 0);
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw overTheLimit('<stdin>', maxBytes);
  }
  return Buffer.concat(chunks, total);
}

function overTheLimit(file: string, maxBytes: number): FengongError {
  return new FengongError({ en: `${file}: more than the limit of ${maxBytes} bytes (raise it with --max-size)`, zh: `${file}：超过上限 ${maxBytes} 字节（可用 --max-size 调高）` });
}

function cannotRead(file: string, e: NodeJS.ErrnoException): FengongError {
  const why = errnoWords(e);
  return new FengongError({ en: `${file}: cannot read (${why.en})`, zh: `${file}：无法读取（${why.zh}）` });
}

/**
 * The largest Markdown notice read, in bytes (4 MB), whatever --max-size says: its syntax tree (remark's) takes about
 * 300 times the file's size in memory, and a 48 MB Markdown file ran Node out of heap after two and a half minutes
 * (a fresh user's find: exit 134 and V8's stack). The longest real plans are some hundreds of kilobytes.
 */
export const MARKDOWN_MAX_BYTES = 4 * 1024 * 1024;

function markdownTooLarge(file: string, size: number): FengongError {
  return new FengongError({
    en: `${file}: a Markdown notice of ${size} bytes, over the limit of ${MARKDOWN_MAX_BYTES} for Markdown (its syntax tree takes some 300 times the file's size in memory): split it, or read it as plain text (.txt)`,
    zh: `${file}：Markdown 公文 ${size} 字节，超过 Markdown 的上限 ${MARKDOWN_MAX_BYTES}（其语法树占用的内存约为文件大小的 300 倍）：请拆分，或按纯文本（.txt）读取`,
  });
}

function tooLarge(file: string, size: number, maxBytes: number): FengongError {
  return new FengongError({
    en: `${file}: ${size} bytes, over the limit of ${maxBytes} (raise it with --max-size)`,
    zh: `${file}：${size} 字节，超过上限 ${maxBytes}（可用 --max-size 调高）`,
  });
}

/**
 * Prints a notice's findings to stderr with the stylish reporter (`file`, then `line:col  severity  message  rule`
 * and the totals), in the run's language; errors only with `quiet`. Coloured on a terminal (NO_COLOR, FORCE_COLOR).
 * @returns whether anything was printed.
 */
export async function printMessages(compiled: CompiledNotice, quiet?: boolean): Promise<boolean> {
  const messages = quiet ? compiled.messages.filter((m) => m.fatal === true) : compiled.messages;
  if (!messages.length) return false;
  // Loaded only when there is something to print: string-width starts an Intl.Segmenter as it loads (~20 ms).
  const { stylish } = await import('./reporters/stylish.js');
  const color = useColor(process.env, process.stderr.isTTY === true);
  standardError.write(stylish([{ file: compiled.file, messages }], { lang: cliLang(), color }));
  return true;
}

