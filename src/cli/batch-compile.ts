import { FengongError } from '../errors.js';
import type { Lang } from '../i18n.js';
import type { UnitRegistry } from '../registry/index.js';
import { compileFile, registryFor } from './parse.js';
import { readableStack } from './stack.js';

/** What every compile of a batch shares (sent once to each worker). */
export interface BatchSettings {
  format: 'yaml' | 'json';
  maxBytes: number;
  /** Report errors only. */
  quiet: boolean;
  /** Colour the findings (stderr is a terminal). */
  color: boolean;
  /** `--units`: the unit registry to resolve aliases through. */
  units?: string;
  /** The run's language (`--lang`, else the locale): a worker thread sets it before compiling. */
  lang: Lang;
}

const registries = new Map<string, Promise<UnitRegistry | undefined>>();

/**
 * The unit registry of a batch, read once per thread.
 * @throws FengongError when it cannot be read.
 */
export function batchRegistry(units: string | undefined): Promise<UnitRegistry | undefined> {
  const key = units ?? '';
  let registry = registries.get(key);
  if (!registry) {
    registry = registryFor({ units });
    registries.set(key, registry);
  }
  return registry;
}

/**
 * The outcome of one notice of a batch, as plain data (it crosses from a worker thread to the main thread).
 * `code` is the file's exit code: 0 clean, 1 error-level findings, 2 not readable, 70 a bug.
 */
export interface BatchResult {
  index: number;
  file: string;
  code: number;
  /** The matrix as text, when the notice compiled. */
  output?: string;
  tasks: number;
  warnings: number;
  errors: number;
  /** The findings in the stylish reporter's layout, or the one line saying why the notice failed; may be empty. */
  report: string;
}

/**
 * Compiles one notice of a batch (src/cli/parse.ts `compileFile`) and turns the outcome, failure included, into a
 * {@link BatchResult}. Never throws: a notice that cannot be read is a result with code 2 and a one-line report.
 */
export async function compileForBatch(index: number, file: string, settings: BatchSettings): Promise<BatchResult> {
  const base = { index, file, tasks: 0, warnings: 0, errors: 0 };
  try {
    const compiled = await compileFile(file, settings.format, settings.maxBytes, await batchRegistry(settings.units));
    const errors = compiled.messages.filter((m) => m.fatal === true).length;
    const shown = settings.quiet ? compiled.messages.filter((m) => m.fatal === true) : compiled.messages;
    let report = '';
    if (shown.length) {
      // The reporter of a single notice (src/cli/parse.ts printMessages), loaded when a notice has findings.
      const { stylish } = await import('./reporters/stylish.js');
      report = stylish([{ file, messages: shown }], { lang: settings.lang, color: settings.color });
    }
    return {
      ...base,
      code: errors ? 1 : 0,
      output: compiled.output,
      tasks: compiled.matrix.tasks.length,
      // (An info is no warning: `fatal` is false for a warning, unset for an info; a fresh user saw infos counted.)
      warnings: compiled.messages.filter((m) => m.fatal === false).length,
      errors,
      report,
    };
  } catch (error) {
    if (error instanceof FengongError) return { ...base, code: 2, report: `fengong: ${error.text(settings.lang)}\n` };
    return { ...base, code: 70, report: `fengong: ${file}: internal error (please report it): ${readableStack(error)}\n` };
  }
}
