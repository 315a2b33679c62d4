import { formatOption } from './output-format.js';
import { loadMatrix } from '../matrix/read.js';
import { refuseOverwritingInput } from './io.js';
import { applyRegistry } from '../registry/apply.js';
import { renderReport } from '../sheets/report/index.js';
import { cliLang } from './lang.js';
import { dueOptions, emit, registryOption, type SheetCommandOptions } from './sheet-io.js';

/** Options of `fengong report`. */
export type ReportCommandOptions = SheetCommandOptions;

/**
 * `fengong report MATRIX`: the HTML report (one self-contained page) to `-o FILE` (atomically; an existing file
 * only with `--force`) or standard output, its headings in the run's language. Due dates are coloured against
 * `--today` (default today) with `--soon` days (default 30); with `--units` unit names are resolved through the
 * registry first (`--expand`: members of collectives get their own rows).
 * @returns the exit code, 0.
 * @throws FengongError for an unreadable matrix or registry, bad options, or a file that exists without --force.
 */
export async function runReport(path: string, options: ReportCommandOptions): Promise<number> {
  // The page is HTML: `-o report.pdf` would hold HTML under a misleading name.
  formatOption(undefined, options.output, ['html'] as const, 'html', { htm: 'html' });
  const due = dueOptions(options);
  const registry = registryOption(options);
  refuseOverwritingInput(path, options.output);
  let matrix = loadMatrix(path, { lang: cliLang() });
  if (registry) matrix = applyRegistry(matrix, registry, { expand: options.expand });
  emit(renderReport(matrix, { ...due, lang: cliLang() }), options);
  return 0;
}
