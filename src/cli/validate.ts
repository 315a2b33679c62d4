import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { FengongError } from '../errors.js';
import type { Bilingual } from '../i18n.js';
import { DEFAULT_MAX_BYTES } from '../matrix/read.js';
import { expandPaths } from './matrix-paths.js';
import { toMessages, validateFiles } from './validate-pool.js';
import { isReporterName, REPORTER_NAMES, reporters, unreadableResult, type FileResult } from './reporters/index.js';
import { fails } from '../matrix/finding.js';
import { useColor } from './color.js';
import { cliLang } from './lang.js';
import { version } from './version.js';
import { parseSize } from './size.js';
import { standardError, standardOutput } from './stdout.js';

/** Options of `fengong validate`, as commander parses them; each overrides `.fengongrc.yaml`. */
export interface ValidateCommandOptions {
  reporter?: string;
  strict?: boolean;
  quiet?: boolean;
  /** Bytes, or a number with a unit: `512KB`, `50MB` (units of 1024). */
  maxSize?: string;
  /** Threads to check files on (default: the number of cores). */
  jobs?: string;
  /** Unit registry (units.yaml): every unit must be known to it (rule `unknown-unit`). */
  units?: string;
}

/**
 * Runs `fengong validate`: expands the paths, checks every file, prints the chosen reporter's output on stdout.
 * A path that cannot be read is named on stderr and the other files are still checked.
 * @returns the exit code: 0 no errors (and, with strict, no warnings), 1 findings that fail the run, 2 a path
 * could not be read.
 * @throws FengongError for a bad option, a bad `.fengongrc.yaml`, or a path or glob that matches nothing.
 */
export async function runValidate(paths: string[], options: ValidateCommandOptions): Promise<number> {
  const config = loadConfig(process.cwd());
  const reporterName = options.reporter ?? config.reporter ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!isReporterName(reporterName)) {
    throw new FengongError({ en: `--reporter ${reporterName}: unknown reporter; use one of ${REPORTER_NAMES.join(', ')}`, zh: `--reporter ${reporterName}：没有这种输出格式，可选 ${REPORTER_NAMES.join('、')}` });
  }
  const strict = options.strict ?? config.strict ?? false;
  const maxBytes = options.maxSize === undefined ? (config.maxSize ?? DEFAULT_MAX_BYTES) : parseSize(options.maxSize);
  const jobs = options.jobs === undefined ? availableParallelism() : parseJobs(options.jobs);
  // Matrices are checked as files, with their lines (`parse -` and `check -` read a notice from standard input; a
  // fresh user tried `validate -` and was told `-: no such file or directory`).
  if (paths.includes('-')) throw new FengongError({ en: 'validate reads matrix files, not standard input: save the matrix to a file (parse -o FILE) and name it', zh: 'validate 只检查矩阵文件，不读标准输入：请先把矩阵存为文件（parse -o 文件）再检查' });
  // A path that names no matrix is reported, and the others are still checked (a new user's run: one missing file
  // had stopped the whole run).
  const problems: Array<Bilingual & { path?: string }> = [];
  const registry = options.units ?? config.registry;
  // The unit registry kept beside the matrices (`validate matrices --units matrices/units.yaml`) is no matrix: a folder's
  // or a glob's files leave it out (a fresh user's CI job had failed on it, four errors); named outright, it is read.
  const registryPath = registry === undefined ? undefined : resolve(registry);
  const leaveOut = registryPath !== undefined && !paths.some((p) => resolve(p) === registryPath);
  const files = expandPaths(paths, problems).filter((f) => !leaveOut || resolve(f) !== registryPath);

  const results: FileResult[] = [];
  // A machine's report names a path that could not be read too, as a file with one error (`unreadable-file`): a CI
  // system that reads the report alone had shown all green for a run that exits 2 (a fresh user's find). The
  // stylish reporter counts them in its summary, beside the lines on stderr.
  const inReport = reporterName !== 'stylish';
  let unreadable = problems.length;
  for (const problem of problems) {
    standardError.write(`fengong: ${problem[cliLang()]}\n`);
    if (inReport) results.push(unreadableResult(problem.path ?? '', problem[cliLang()]));
  }
  let hidden = 0;
  let outcomes: Awaited<ReturnType<typeof validateFiles>>;
  try {
    outcomes = await validateFiles(files, { maxBytes, jobs, registry, lang: cliLang() });
  } catch (error) {
    // A registry that cannot be read stops the run (exit 2); a machine's report says so too, as the registry's file
    // with one error, not an empty file (a fresh user's GitLab job had uploaded an empty junit report: invalid XML).
    if (!(error instanceof FengongError) || !inReport || registry === undefined) throw error;
    standardError.write(`fengong: ${error.text(cliLang())}\n`);
    results.push(unreadableResult(registry, error.text(cliLang()), error.place));
    standardOutput.write(reporters[reporterName](results, { color: false, strict, version: version(), lang: cliLang(), unreadable: unreadable + 1, hidden }));
    return 2;
  }
  for (const outcome of outcomes) {
    if ('unreadable' in outcome) {
      standardError.write(`fengong: ${outcome.unreadable}\n`);
      if (inReport) results.push(unreadableResult(outcome.file, outcome.unreadable));
      unreadable++;
      continue;
    }
    const messages = toMessages(outcome.file, outcome.findings);
    // (`--quiet --strict`: errors and warnings, what fails the run; never an info.)
    const shown = options.quiet ? messages.filter((m) => fails(m, strict)) : messages;
    hidden += messages.length - shown.length;
    results.push({ file: outcome.file, messages: shown });
  }

  const color = useColor(process.env, process.stdout.isTTY === true);
  if (results.length || !unreadable) standardOutput.write(reporters[reporterName](results, { color, strict, version: version(), lang: cliLang(), unreadable, hidden }));
  if (unreadable) return 2;
  const failing = results.some((r) => r.messages.some((m) => fails(m, strict)));
  return failing ? 1 : 0;
}

export { useColor } from './color.js';

/**
 * Reads `--jobs`: a whole number from 1.
 * @throws FengongError for anything else.
 */
export function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new FengongError({ en: `--jobs ${text}: expected a whole number of at least 1`, zh: `--jobs ${text}：应为不小于 1 的整数` });
  return jobs;
}


export { parseSize };
