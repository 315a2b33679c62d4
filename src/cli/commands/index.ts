import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerExport } from './export.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';
import { registerTasks } from './tasks.js';
import { registerUnits } from './units.js';
import { registerValidate } from './validate.js';

/**
 * Every command of the CLI, as a function that adds it to the program. Each registers its options only; its
 * implementation is imported when it runs.
 */
export const commands: Array<(program: Command) => void> = [
  registerParse,
  registerCheck,
  registerValidate,
  registerUnits,
  registerTasks,
  registerExport,
  registerReport,
];
