import type { VFileMessage } from 'vfile-message';
import type { Bilingual, Lang } from '../i18n.js';
import type { UnitRegistry } from '../registry/registry.js';
import { byPlace, finding, type Severity } from './finding.js';
import { ROLES, type Matrix, type Task, type TaskSource } from './types.js';

/** Options of {@link proofread}. */
export interface ProofreadOptions {
  /** Language of the messages (rule ids are the same in both). Default English. */
  lang?: Lang;
  /** With a registry, every unit it does not know is an error (`unknown-unit`); without, look-alike names are warned about. */
  registry?: UnitRegistry | null;
  /** The notice's name, kept in each message's `file`. */
  file?: string;
  /**
   * Where a unit's name stands in a task's lines (1-based line, column in characters): each finding is placed at the
   * name it is about. Without it, at the task's first line, column 1 (a matrix alone has no columns).
   */
  place?: (source: TaskSource, text: string) => { line: number; column: number };
}

/** The rules of {@link proofread}, beside parse's own findings (`repeated-number`, `unclosed-bracket`…). */
export const PROOFREAD_RULES = ['no-responsible-unit', 'unknown-unit', 'unit-variant'] as const;

/**
 * The checks a clerk wants before a notice is issued, on the matrix compiled from it (each finding at the name it
 * is about, with `options.place`; else at the task's first line):
 * - `no-responsible-unit` (error): a task with support units only, neither a 牵头 nor a 责任 unit (they alone do not
 *   carry it; a task with no unit at all is `no-unit` already);
 * - `unknown-unit` (error, with a registry): a unit the registry does not know as a name, alias, collective or member;
 * - `unit-variant` (warning, without a registry): one unit spelled two ways, names that are the same but for white
 *   space, the width of brackets (`（）` `()` `〔〕` `[]`), or a leading 县/市/区 one has and the other not: `县科协` and
 *   `科协`, `县市场监管局` and `市场监管局` (not `市科协` and `区科协`: two levels, two units).
 * Each unknown unit and each variant is reported once, where it first appears. (A unit's name that is a time is
 * parse's finding, `unit-is-time`, which check reports with the others.) Pure: matrix in, findings out,
 * ordered by place.
 */
export function proofread(matrix: Matrix, options: ProofreadOptions = {}): VFileMessage[] {
  const lang = options.lang ?? 'en';
  const out: VFileMessage[] = [];
  const report = (text: Bilingual, task: Task, rule: string, severity: Severity, unit?: string): void => {
    const at = unit !== undefined && options.place ? options.place(task.source, unit) : { line: task.source.line, column: 1 };
    out.push(finding(text[lang], at, rule, severity, options.file));
  };
  for (const task of matrix.tasks) {
    // (A task with no unit at all is `no-unit` already, from parse or the matrix's rules: said once, not twice, a fresh
    // user's find.)
    if (task.lead.length === 0 && task.responsible.length === 0 && task.support.length > 0) {
      report({ en: `task ${task.id} has no lead (牵头) or responsible (责任) unit: name who carries it out`, zh: `任务 ${task.id} 没有牵头单位或责任单位：请写明由谁负责落实` }, task, 'no-responsible-unit', 'error', task.support[0]);
    }
  }
  const firstSeen = new Map<string, Task>();
  const tasksOf = new Map<string, string[]>();
  for (const task of matrix.tasks) {
    for (const role of ROLES) {
      for (const unit of task[role]) {
        if (!firstSeen.has(unit)) firstSeen.set(unit, task);
        const ids = tasksOf.get(unit) ?? [];
        if (!ids.includes(task.id)) ids.push(task.id);
        tasksOf.set(unit, ids);
      }
    }
  }
  const where = (unit: string): string => tasksOf.get(unit)!.join(', ');
  if (options.registry) {
    for (const [unit, task] of firstSeen) {
      if (options.registry.knownUnit(unit)) continue;
      report({ en: `${unit} is not in the unit registry (tasks ${where(unit)}): correct the name, or add it (or an alias) to the registry`, zh: `${unit} 不在单位名录中（任务 ${where(unit)}）：请改正名称，或在名录中添加该单位（或别名）` }, task, 'unknown-unit', 'error', unit);
    }
    return out.sort(byPlace);
  }
  // A name with a leading 县/市/区 meets the same name without it (`县科协` and `科协`, `县市场监管局` and `市场监管局`),
  // never the name with another level (`市财政局` and `区财政局` are two units: a fresh user's find).
  const keys = new Set<string>();
  for (const unit of firstSeen.keys()) keys.add(unitKey(unit));
  const groupOf = (key: string) => (/^[县市区]/.test(key) && keys.has(key.slice(1)) ? key.slice(1) : key);
  const byKey = new Map<string, string[]>();
  for (const unit of firstSeen.keys()) {
    const key = groupOf(unitKey(unit));
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  for (const spellings of byKey.values()) {
    const [first, ...others] = spellings;
    for (const other of others) {
      report({ en: `${other} (tasks ${where(other)}) and ${first} (tasks ${where(first)}) look like one unit spelled two ways: write it one way`, zh: `${other}（任务 ${where(other)}）与 ${first}（任务 ${where(first)}）疑为同一单位的两种写法：请统一` }, firstSeen.get(other)!, 'unit-variant', 'warning', other);
    }
  }
  return out.sort(byPlace);
}

/**
 * The key under which two spellings of a unit meet: white space removed, brackets of any width made one.
 * `县 科协` → `县科协`; `各镇(街道)` and `各镇（街道）` → `各镇(街道)`. (A leading 县/市/区 is met in {@link proofread}.)
 */
export function unitKey(name: string): string {
  return name
    .replace(/[\s\u200b\u3000]+/gu, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[〔［【\[]/g, '[')
    .replace(/[〕］】\]]/g, ']');
}
