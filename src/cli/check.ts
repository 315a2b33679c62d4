import { FengongError } from '../errors.js';
import { byPlace } from '../matrix/finding.js';
import { proofread } from '../matrix/proofread.js';
import { useColor } from './color.js';
import { cliLang, configDefaults } from './lang.js';
import { parseSize } from './size.js';
import { compileFile, registryFor } from './parse.js';
import { isReporterName, REPORTER_NAMES, reporters } from './reporters/index.js';
import { noticeSummary } from './summary.js';
import { version } from './version.js';
import { standardOutput } from './stdout.js';

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
}

/**
 * `fengong check NOTICE`: compiles the notice without writing a matrix and prints, on standard output, parse's
 * findings plus the proofreading checks ({@link proofread}: a task without 牵头/责任 unit; with `--units` a unit the
 * registry does not know, without it one unit spelled two ways) through the chosen reporter, then (stylish only)
 * the summary. Messages and headings follow the run's language.
 * @returns 0 when no finding is an error, 1 otherwise.
 * @throws FengongError when the notice or registry cannot be read, or for a bad option (exit 2).
 */
export async function runCheck(notice: string, options: CheckOptions): Promise<number> {
  // .fengongrc.yaml gives the defaults (reporter, registry, size limit), as for validate; flags override it.
  const config = await configDefaults();
  options = { ...options, units: options.units ?? config.registry };
  const reporterName = options.reporter ?? config.reporter ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!isReporterName(reporterName)) {
    throw new FengongError({ en: `--reporter ${reporterName}: unknown reporter; use one of ${REPORTER_NAMES.join(', ')}`, zh: `--reporter ${reporterName}：没有这种输出格式，可选 ${REPORTER_NAMES.join('、')}` });
  }
  const maxBytes = options.maxSize === undefined ? (config.maxSize ?? parseSize('50MB')) : parseSize(options.maxSize);
  const lang = cliLang();
  const registry = await registryFor(options);
  const compiled = await compileFile(notice, 'yaml', maxBytes, registry);
  const all = [...compiled.messages, ...proofread(compiled.matrix, { lang, registry, file: compiled.file })].sort(byPlace);
  const messages = options.quiet ? all.filter((m) => m.fatal === true) : all;
  const color = useColor(process.env, process.stdout.isTTY === true);
  standardOutput.write(reporters[reporterName]([{ file: compiled.file, messages }], { color, lang, version: version() }));
  if (reporterName === 'stylish' && !options.quiet) {
    standardOutput.write(`\n${noticeSummary(compiled.matrix, { lang, file: compiled.file, messages: all, color })}`);
  }
  return all.some((m) => m.fatal === true) ? 1 : 0;
}
