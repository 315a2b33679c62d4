import type { Command } from 'commander';
import { registerParse } from './parse.js';

/**
 * Every command of the CLI, as a function that adds it to the program. Each registers its options only; its
 * implementation is imported when it runs.
 */
export const commands: Array<(program: Command) => void> = [registerParse];
