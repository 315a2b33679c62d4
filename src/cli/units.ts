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
 * over the matrices and sorted by load, on standard output. The table is coloured only on a TTY (and not with
 * NO_COLOR set).
 * @returns the exit code, 0.
 * @throws FengongError when a matrix or the registry cannot be read.
 */
export async function runUnits(matrices: string[], options: UnitsOptions): Promise<number> {
  const registry = registryOption(options);
  const loads = unitLoads(
    matrices.map((path) => loadMatrix(path, { lang: cliLang() })),
    { registry, expand: options.expand },
  );
  // NO_COLOR and FORCE_COLOR as for every command's report (src/cli/color.ts; a new user's probe: units ignored them).
  const color = useColor(process.env, process.stdout.isTTY === true);
  standardOutput.write(formatUnitLoads(loads, { format: options.format ?? 'table', color, bom: options.bom }));
  return 0;
}
