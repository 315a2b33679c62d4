import { loadMatrix } from '../matrix/read.js';
import { formatUnitLoads } from '../sheets/format-loads.js';
import { unitLoads } from '../sheets/unit-load.js';
import { registryOption, type SheetCommandOptions } from './sheet-io.js';
import { cliLang } from './lang.js';
import { standardOutput } from './stdout.js';
import { useColor } from './color.js';

/** Options of `fengong units`. */
export interface UnitsOptions extends SheetCommandOptions {
  format?: 'table' | 'csv' | 'json';
}

/**
 * `fengong units MATRIX...`: every unit with how many tasks it leads, is responsible for and supports, summed
 * over the matrices (files, folders searched for `.yaml`, `.yml` and `.json`, globs; each file once) and sorted by
 * load, on standard output. The table is coloured only on a TTY (and not with NO_COLOR set).
 * @returns the exit code, 0.
 * @throws FengongError when a matrix or the registry cannot be read, or a path names no matrix file.
 */
export async function runUnits(matrices: string[], options: UnitsOptions): Promise<number> {
  const registry = registryOption(options);
  // Folders and globs as `validate` takes them, each file once (a fresh user: `units dir` was refused, and a matrix
  // named twice was counted twice).
  const { expandPaths } = await import('./matrix-paths.js');
  const loads = unitLoads(
    // (`-` goes to loadMatrix as named, which says that matrices are read from files.)
    (matrices.includes('-') ? ['-'] : expandPaths(matrices)).map((path) => loadMatrix(path, { lang: cliLang() })),
    { registry, expand: options.expand },
  );
  // NO_COLOR and FORCE_COLOR as for every command's report (src/cli/color.ts; a new user's probe: units ignored them).
  const color = useColor(process.env, process.stdout.isTTY === true);
  standardOutput.write(formatUnitLoads(loads, { format: options.format ?? 'table', color, bom: options.bom }));
  return 0;
}
