import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { finding } from '../../matrix/finding.js';
import type { FileResult, Reporter } from './types.js';

export type { FileResult, Reporter, ReporterOptions } from './types.js';

/**
 * Every reporter by the name `--reporter` takes (textlint's formatter map). `validate` uses them, `parse` will.
 * A reporter is a pure function `(results, options) => string`; the caller prints the string.
 */
export const reporters = { stylish, json, github, junit, sarif } satisfies Record<string, Reporter>;

/** A name of {@link reporters}. */
export type ReporterName = keyof typeof reporters;

/** The reporter names, in the order help text lists them. */
export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

/** Whether `name` is a reporter's name. */
export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

/**
 * A path `validate` or `check` could not read, as a file of a machine's report with one error at 1:1
 * (`unreadable-file`), or at `place` under its rule (a `--units` registry's mistake: `bad-registry`, `unknown-key`…): a
 * CI system that reads the report alone shows it, beside the line on stderr (exit 2).
 */
export function unreadableResult(file: string, reason: string, place?: { line: number; column: number; ruleId: string }): FileResult {
  // A mistake whose place is known (a `--units` registry's: FengongError.place) stands there, under its own rule (a
  // fresh user's GitHub annotation had sat at line 1 of a registry whose duplicate stood at 27:11).
  if (place) return { file, messages: [finding(reason, { line: place.line, column: place.column }, place.ruleId, 'error', file)] };
  return { file, messages: [finding(reason, { line: 1, column: 1 }, 'unreadable-file', 'error', file)] };
}

/**
 * A folder or pattern that held documents of a kind fengong does not read (`.pdf`, `.doc`), in a machine's report: a
 * result with one info (`skipped-documents`), beside the line on stderr, so that a CI job that reads the report alone
 * sees that they were not checked (a second fresh user's). It fails nothing.
 */
export function skippedResult(path: string, reason: string): FileResult {
  return { file: path, messages: [finding(reason, { line: 1, column: 1 }, 'skipped-documents', 'info', path)] };
}
