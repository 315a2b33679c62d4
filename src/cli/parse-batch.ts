import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { FengongError } from '../errors.js';
import { batchRegistry, type BatchResult, type BatchSettings } from './batch-compile.js';
import { expandNotices, outputPaths } from './batch-inputs.js';
import { compileInOrder } from './batch-pool.js';
import type { Lang } from '../i18n.js';
import { cannotWrite, checkOutDir, makeFolder, outDirIsFile, removeEmptyFolders, writeFileAtomic } from './io.js';
import { cliLang } from './lang.js';
import type { ParseOptions } from './parse.js';
import { standardError } from './stdout.js';

/** The totals of a batch, for its summary line. */
export interface BatchSummary {
  files: number;
  failed: number;
  tasks: number;
  warnings: number;
  errors: number;
  /** Wall time, in milliseconds. */
  ms: number;
}

/** More files than this, on a terminal, and a progress bar is shown. */
const PROGRESS_MIN_FILES = 5;

/**
 * Batch mode of `fengong parse` (several notices, globs, folders, or `--out-dir`): compiles every notice with
 * `--jobs` worker threads and writes each matrix (atomically) under `--out-dir`, at the notice's path relative to
 * the common folder of the folders its arguments name with the ending replaced (src/cli/batch-inputs.ts). Findings and failures go to stderr
 * in input order, a notice that fails does not stop the others, and a summary line ends the run.
 * @returns the highest of the files' exit codes: 0 clean, 1 error-level findings, 2 a notice or argument could
 * not be read (70 a bug).
 * @throws FengongError for a usage error: no `--out-dir`, `-o`, `-` among several notices, or a bad `--jobs`.
 */
export async function runBatch(notices: string[], options: ParseOptions & { format: 'yaml' | 'json' }, maxBytes: number): Promise<number> {
  const started = performance.now();
  // A size's unit set apart from its number (`--max-size 10 MB`) is no notice (a second fresh user's: told that several
  // notices need --out-dir).
  const unit = options.maxSize !== undefined && /^\d+(?:\.\d+)?$/.test(String(options.maxSize).trim()) ? notices.find((n) => /^(?:[KMG]i?B?|bytes?)$/i.test(n) && !existsSync(n)) : undefined;
  if (unit !== undefined) {
    throw new FengongError({ en: `--max-size ${options.maxSize} ${unit}: write the size and its unit together, --max-size ${options.maxSize}${unit}`, zh: `--max-size ${options.maxSize} ${unit}：大小与单位之间不要空格，写作 --max-size ${options.maxSize}${unit}` });
  }
  if (notices.includes('-')) {
    throw new FengongError({ en: '- (standard input) is one notice; it cannot be read with others or with --out-dir', zh: '-（标准输入）只能单独解析，不能与其他公文或 --out-dir 一起使用' });
  }
  if (options.output && options.outDir) throw new FengongError({ en: '-o FILE and --out-dir DIR: give one of them', zh: '-o FILE 与 --out-dir DIR 只能给出其一' });
  if (options.output) throw new FengongError({ en: '-o writes one matrix; with several notices use --out-dir DIR', zh: '-o 只写一个矩阵；多个公文请用 --out-dir DIR' });
  if (!options.outDir) {
    // A pattern that matches no notice says so, not that several need a folder (`fengong parse '*.xlsx'` in a folder
    // with none: probe 60).
    const { files, problems } = expandNotices(notices);
    if (!files.length && problems.length) {
      const lang = cliLang();
      for (const line of problems) standardError.write(`fengong: ${line[lang]}\n`);
      return 2;
    }
    throw new FengongError({
      en: 'several notices need --out-dir DIR (one matrix per notice); give one notice to print its matrix',
      zh: '多个公文需要 --out-dir DIR（每个公文一个矩阵）；只给一个公文时，矩阵输出到标准输出',
    });
  }
  const lang = cliLang();
  const jobs = parseJobs(options.jobs);
  checkOutDir(options.outDir);
  await batchRegistry(options.units);
  const { files, problems, skipped, roots } = expandNotices(notices);
  // The output folder itself first: one that cannot be made is one line before anything else is said or any notice
  // compiled (an archive office's read-only folder had given the same line for each of 369 notices; a fresh user's
  // got the line of the files skipped before it).
  let created: string[] = [];
  if (files.length) {
    try {
      created = makeFolder(options.outDir);
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? outDirIsFile(options.outDir) : error;
    }
  }
  for (const line of problems) standardError.write(`fengong: ${line[lang]}\n`);
  // Nothing to compile: what is wrong, and no summary of nothing (`0 notices, 0 tasks…` under a pattern that matched
  // no file, a fresh user's find).
  if (!files.length && problems.length) return 2;
  if (!options.quiet) for (const line of skipped) standardError.write(`fengong: ${line[lang]}\n`);
  const outputs = outputPaths(files, options.outDir, options.format, roots);
  const settings: BatchSettings = { format: options.format, maxBytes, quiet: options.quiet === true, color: process.stderr.isTTY === true, units: options.units, lang };
  const progress = showProgress({ isTTY: process.stderr.isTTY === true, files: files.length, quiet: options.quiet === true })
    ? await startProgress(files.length)
    : undefined;

  const summary: BatchSummary = { files: files.length, failed: 0, tasks: 0, warnings: 0, errors: 0, ms: 0 };
  let code = problems.length ? 2 : 0;
  // A disk that is full or a folder that takes no files fails every notice after it the same way: said once, with
  // how many more it took at the end (an archive office's full disk had given 280 lines). A folder that may not be
  // written is said once per folder: the others were written, and which matrices are stale must show (an archive
  // office's tester: 16 notices of several folders had been one line).
  const fatalWrites = new Set<string>();
  let alsoUnwritten = 0;
  let written = 0;
  const onResult = (result: BatchResult) => {
    let { report } = result;
    let fileCode = result.code;
    if (result.output !== undefined) {
      try {
        makeFolder(dirname(outputs[result.index]));
        writeFileAtomic(outputs[result.index], result.output);
        written++;
      } catch (error) {
        const errno = (error as NodeJS.ErrnoException).code;
        const message = error instanceof FengongError ? error.text(lang) : cannotWrite(outputs[result.index], error as NodeJS.ErrnoException)[lang];
        const kind = errno && FATAL_WRITE.has(errno) ? (errno === 'EACCES' || errno === 'EPERM' ? `${errno} ${dirname(outputs[result.index])}` : errno) : undefined;
        if (kind !== undefined && fatalWrites.has(kind)) alsoUnwritten++;
        else {
          report += `fengong: ${message}\n`;
          if (kind !== undefined) fatalWrites.add(kind);
        }
        fileCode = 2;
      }
    }
    if (fileCode >= 2) summary.failed++;
    // Tasks count once their matrix is written (a notice whose matrix could not be written had counted: a fresh
    // user's find, `2 notices (2 failed), 11 tasks`).
    else summary.tasks += result.tasks;
    summary.warnings += result.warnings;
    summary.errors += result.errors;
    code = Math.max(code, fileCode);
    if (report) progress ? progress.log(report) : standardError.write(report);
    progress?.increment(result.file);
  };
  try {
    await compileInOrder({ files, jobs, settings, onResult });
  } finally {
    progress?.stop();
  }
  // Every notice failed: the output folder this run made is not left behind empty.
  if (!written) removeEmptyFolders(created);
  if (alsoUnwritten) {
    const several = fatalWrites.size > 1;
    standardError.write(lang === 'zh' ? `fengong: 另有 ${alsoUnwritten} 个矩阵因${several ? '上述' : '同样的'}原因未能写入\n` : `fengong: ${alsoUnwritten} more ${alsoUnwritten === 1 ? 'matrix' : 'matrices'} not written, for ${several ? 'the reasons above' : 'the same reason'}\n`);
  }
  summary.ms = performance.now() - started;
  // `--quiet` prints errors only: the summary then only when a notice failed or has error-level findings.
  if (!options.quiet || summary.failed > 0 || summary.errors > 0) standardError.write(`${formatSummary(summary, lang)}\n`);
  return code;
}

/** Write errors that every later write meets too: a full disk or quota, a read-only file system, no permission. */
const FATAL_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

/**
 * Reads `--jobs`: a whole number from 1; absent, the number of cores (`os.availableParallelism()`).
 * @throws FengongError for anything else.
 */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new FengongError({ en: `--jobs ${value}: expected a whole number of at least 1`, zh: `--jobs ${value}：应为不小于 1 的整数` });
  return n;
}

/** Whether to show a progress bar: only on a terminal, for more than a handful of files, and not with `--quiet`. */
export function showProgress(options: { isTTY: boolean; files: number; quiet: boolean }): boolean {
  return options.isTTY && !options.quiet && options.files > PROGRESS_MIN_FILES;
}

/**
 * The summary line of a batch, e.g.
 * `fengong: 12 notices (1 failed), 340 tasks, 25 warnings, 1 error in 1.4 s`, or in Chinese
 * `fengong: 12 个公文（1 个失败），340 项任务，25 个警告，1 个错误，用时 1.4 秒`.
 */
export function formatSummary(s: BatchSummary, lang: Lang = 'en'): string {
  const seconds = (s.ms / 1000).toFixed(1);
  if (lang === 'zh') {
    const failed = s.failed ? `（${s.failed} 个失败）` : '';
    return `fengong: ${s.files} 个公文${failed}，${s.tasks} 项任务，${s.warnings} 个警告，${s.errors} 个错误，用时 ${seconds} 秒`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const failed = s.failed ? ` (${s.failed} failed)` : '';
  return `fengong: ${plural(s.files, 'notice')}${failed}, ${plural(s.tasks, 'task')}, ${plural(s.warnings, 'warning')}, ${plural(s.errors, 'error')} in ${seconds} s`;
}

interface Progress {
  log(text: string): void;
  increment(file: string): void;
  stop(): void;
}

/** A cli-progress bar on stderr, loaded only when shown; reports are printed above it. */
async function startProgress(total: number): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const multi = new cliProgress.MultiBar(
    { stream: process.stderr, clearOnComplete: true, hideCursor: true, format: ' {bar} {value}/{total} notices  {file}' },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { file: '' });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    multi.stop();
  };
  // Ctrl-C or SIGTERM ends the run between two files (src/cli/io.ts): the bar is cleared then too, and the terminal
  // gets its cursor and line wrap back (a fresh user's terminal was left with neither, the shell's prompt glued on).
  process.once('exit', stop);
  return {
    log: (text) => multi.log(text),
    increment: (file) => bar.increment({ file }),
    stop,
  };
}
