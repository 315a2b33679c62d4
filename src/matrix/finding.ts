import { VFileMessage } from 'vfile-message';

/**
 * Severity of a finding: an error fails the run (exit 1); a warning fails it only with `--strict`; an info never
 * does (`ignored-marker`, `list-tail`: what the parser read past, said so).
 */
export type Severity = 'error' | 'warning' | 'info';

/** A place in a file: 1-based line, 1-based column counted in characters (code points), 0-based offset. */
export interface Place {
  line: number;
  column: number;
  offset?: number;
}

/**
 * Makes one finding in the house's diagnostic shape: a vfile-message with `source: 'fengong'`, a stable
 * kebab-case `ruleId`, `place`, and `fatal` true for an error, false for a warning, unset for an info (as
 * vfile-message keeps them).
 * @param reason what is wrong and what to do, one sentence, no trailing file or position.
 * @param file the file as named on the command line (kept in `message.file`).
 */
export function finding(reason: string, place: Place, ruleId: string, severity: Severity, file?: string): VFileMessage {
  const message = new VFileMessage(reason, { place, ruleId, source: 'fengong' });
  message.fatal = severity === 'info' ? undefined : severity === 'error';
  if (file !== undefined) message.file = file;
  return message;
}

/** The severity of a finding: `fatal` true an error, false a warning, null or undefined an info. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** Whether a finding fails the run: an error, or with `--strict` a warning (an info never does). */
export function fails(message: VFileMessage, strict: boolean): boolean {
  return message.fatal === true || (strict && message.fatal === false);
}

/**
 * Formats a finding as one line, `file:line:col: reason (rule-id)`: the form of a {@link FengongError} message.
 */
export function findingLine(message: VFileMessage): string {
  const where = `${message.file ?? '<input>'}:${message.line ?? 1}:${message.column ?? 1}`;
  return `${where}: ${message.reason}${message.ruleId ? ` (${message.ruleId})` : ''}`;
}

/** Orders findings by line, then column (a stable sort keeps the order of checks within one place). */
export function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
