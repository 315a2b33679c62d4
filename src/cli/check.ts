import { statSync } from 'node:fs';
import type { VFileMessage } from 'vfile-message';
import type { Bilingual } from '../i18n.js';
import { FengongError } from '../errors.js';
import { byPlace, fails } from '../matrix/finding.js';
import { proofread } from '../matrix/proofread.js';
import { useColor } from './color.js';
import { cliLang, configDefaults } from './lang.js';
import { parseSize } from './size.js';
import { compileFile, registryFor, type CompiledNotice } from './parse.js';
import { isReporterName, REPORTER_NAMES, reporters, skippedResult, unreadableResult } from './reporters/index.js';
import { noticeSummary } from './summary.js';
import { version } from './version.js';
import { standardError, standardOutput } from './stdout.js';

/** Options of `fengong check`, as commander gives them. */
export interface CheckOptions {
  /** Unit registry (units.yaml): units it does not know are errors. */
  units?: string;
  /** Refuse inputs larger than this (bytes, or with a unit: 512KB, 50MB; default 50MB). */
  maxSize?: string;
  /** Errors only, and no summary. */
  quiet?: boolean;
  /** stylish (default, with the summary) or a machine reporter (json, github, junit, sarif; no summary). */
  reporter?: string;
  /** Warnings fail the run too (exit 1); default from `.fengongrc.yaml` (`strict`), as for validate. */
  strict?: boolean;
}

/**
 * `fengong check NOTICE...`: compiles each notice without writing a matrix and prints, on standard output, parse's
 * findings plus the proofreading checks ({@link proofread}: a task without 牵头/责任 unit; with `--units` a unit the
 * registry does not know, without it one unit spelled two ways) through the chosen reporter, all notices in one
 * report, then (stylish only) each notice's summary. Folders and globs name the notices in them, as for `parse`.
 * Messages and headings follow the run's language.
 * @returns 0 when no finding is an error (with strict, nor a warning), 1 otherwise, 2 when a notice of several could not be read (each such
 *   notice is named on standard error in one line; the others are checked).
 * @throws FengongError when the one notice given, or the registry, cannot be read, or for a bad option (exit 2).
 */
export async function runCheck(notices: string[], options: CheckOptions): Promise<number> {
  // .fengongrc.yaml gives the defaults (reporter, registry, size limit), as for validate; flags override it.
  const config = await configDefaults();
  options = { ...options, units: options.units ?? config.registry };
  // (`strict: true` in .fengongrc.yaml had been validate's only, though the README gives it to every command: a fresh
  // user's.)
  const strict = options.strict ?? config.strict ?? false;
  const reporterName = options.reporter ?? config.reporter ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!isReporterName(reporterName)) {
    throw new FengongError({ en: `--reporter ${reporterName}: unknown reporter; use one of ${REPORTER_NAMES.join(', ')}`, zh: `--reporter ${reporterName}：没有这种输出格式，可选 ${REPORTER_NAMES.join('、')}` });
  }
  const maxBytes = options.maxSize === undefined ? (config.maxSize ?? parseSize('50MB')) : parseSize(options.maxSize);
  const lang = cliLang();
  let registry: Awaited<ReturnType<typeof registryFor>>;
  try {
    registry = await registryFor(options);
  } catch (error) {
    // A registry that cannot be read stops the run (exit 2); a machine's report says so, as in validate's.
    if (!(error instanceof FengongError) || reporterName === 'stylish' || options.units === undefined) throw error;
    standardError.write(`fengong: ${error.text(lang)}\n`);
    standardOutput.write(reporters[reporterName]([unreadableResult(options.units, error.text(lang), error.place)], { color: false, lang, version: version(), unreadable: 1 }));
    return 2;
  }
  // One notice (or standard input) as before: a file that cannot be read is the one line a user sees.
  const single = notices.length === 1 && (notices[0] === '-' || isFile(notices[0]));
  let code = 0;
  let files = notices;
  /** Notices and paths that could not be read: counted in the stylish summary, a file with one error in the others. */
  const unread: Array<{ file: string; reason: string }> = [];
  /** Folders and patterns that held documents of a kind fengong does not read: an info each in a machine's report. */
  let skipped: Array<Bilingual & { path: string }> = [];
  if (!single) {
    const { expandNotices } = await import('./batch-inputs.js');
    const inputs = expandNotices(notices);
    for (const line of inputs.problems) {
      standardError.write(`fengong: ${line[lang]}\n`);
      // (Each problem names its path first: `<path>: no notice matches this pattern`.)
      unread.push({ file: line.en.slice(0, line.en.lastIndexOf(': ')), reason: line[lang] });
    }
    if (!options.quiet) for (const line of inputs.skipped) standardError.write(`fengong: ${line[lang]}\n`);
    if (inputs.problems.length) code = 2;
    files = inputs.files;
    skipped = inputs.skipped;
  }
  const checked: Array<{ compiled: Omit<CompiledNotice, 'place'>; all: VFileMessage[] }> = [];
  for (const notice of files) {
    let compiled: CompiledNotice;
    try {
      compiled = await compileFile(notice, 'yaml', maxBytes, registry);
    } catch (error) {
      // (A machine's report holds it even when it is the only notice: a CI job reading the report alone must see it.)
      if ((single && reporterName === 'stylish') || !(error instanceof FengongError)) throw error;
      standardError.write(`fengong: ${error.text(lang)}\n`);
      unread.push({ file: notice, reason: error.text(lang) });
      code = 2;
      continue;
    }
    const { place, ...kept } = compiled;
    // (Without `place`, which holds the notice's paragraphs: a run over a whole archive keeps only the matrices.)
    checked.push({ compiled: kept, all: [...compiled.messages, ...proofread(compiled.matrix, { lang, registry, file: compiled.file, place })].sort(byPlace) });
  }
  const color = useColor(process.env, process.stdout.isTTY === true);
  // `--quiet`: what fails the run only, errors (and warnings under --strict), never an info (a fresh user's).
  const results = checked.map(({ compiled, all }) => ({ file: compiled.file, messages: options.quiet ? all.filter((m) => fails(m, strict)) : all }));
  // A notice that could not be read is in the report too, as in validate's: the stylish summary counts it (it had
  // said `✔ 1 file, no problems` for a run that exits 2), a machine's report has it as a file with one error
  // (`unreadable-file`), so that a CI system reading the report alone does not show all green (a fresh user's find).
  if (reporterName !== 'stylish') for (const u of unread) results.push(unreadableResult(u.file, u.reason));
  if (reporterName !== 'stylish' && !options.quiet) for (const s of skipped) results.push(skippedResult(s.path, s[lang]));
  // No stylish report when no notice could be checked (`✔ 0 files, no problems` over the lines saying why: a new
  // user's run); a machine's report is written whatever happened, with the unread files in it (an empty junit or
  // sarif file had failed the CI tool that parsed it: a fresh user's).
  // (What `--quiet` left out is counted, so that the summary says `no errors`, not `no problems`, over hidden warnings:
  // a fresh user's, as validate's does.)
  const hidden = options.quiet ? checked.reduce((n, c) => n + c.all.filter((m) => !fails(m, strict)).length, 0) : 0;
  if (checked.length || !code || reporterName !== 'stylish') standardOutput.write(reporters[reporterName](results, { color, strict, lang, version: version(), unreadable: unread.length, hidden }));
  if (reporterName === 'stylish' && !options.quiet) {
    for (const { compiled, all } of checked) standardOutput.write(`\n${noticeSummary(compiled.matrix, { lang, file: compiled.file, messages: all, color })}`);
  }
  const errors = checked.some(({ all }) => all.some((m) => fails(m, strict))) ? 1 : 0;
  return Math.max(code, errors);
}

/** Whether a path names an existing file (not a folder): one notice, read as given whatever its ending. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    // A path that does not exist is one notice too: reading it says so.
    return !/[*?[\]{}]/.test(path);
  }
}
