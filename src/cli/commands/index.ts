import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerExport } from './export.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';
import { registerTasks } from './tasks.js';
import { registerUnits } from './units.js';
import { registerValidate } from './validate.js';

/**
 * Every command of the CLI by name, in the order of the help, as a function that adds it to the program. Each
 * registers its options only; its implementation is imported when it runs.
 */
export const commandsByName: Readonly<Record<string, (program: Command) => void>> = {
  parse: registerParse,
  check: registerCheck,
  validate: registerValidate,
  units: registerUnits,
  tasks: registerTasks,
  export: registerExport,
  report: registerReport,
};

/** Every command of the CLI, in the order of the help (see {@link commandsByName}). */
export const commands: Array<(program: Command) => void> = Object.values(commandsByName);
