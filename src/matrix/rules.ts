import type { VFileMessage } from 'vfile-message';
import { dueFromText, planYearOf } from './due-date.js';
import { finding, type Severity } from './finding.js';
import type { Locator, PathSegment } from './locate.js';
import { ID_RE, ROLES } from './types.js';

/** Options of {@link checkMatrixRules}. */
export interface MatrixRulesOptions {
  /** The file's name, for findings. */
  file?: string;
  /**
   * Whether a unit name is known (a registry's name or alias). When given, every unit of every task is checked
   * (`unknown-unit`); when absent, the rule is off. `fengong validate --units REGISTRY` passes the registry's
   * `knownUnit`.
   */
  knownUnit?: (name: string) => boolean;
}

/** The rule ids of {@link checkMatrixRules}, stable: `duplicate-id`, `unknown-item`, `no-unit`, … */
export const MATRIX_RULES = ['duplicate-id', 'unknown-item', 'no-unit', 'repeated-unit', 'lead-and-responsible', 'deadline-due', 'unknown-unit'] as const;

/**
 * The rules of the matrix format that a JSON Schema cannot state (matrix-format.md "Ids", "Roles", "Deadlines"):
 * unique ids, task ids that name an outline item (or `<item id>#k`, `#k`), at least one unit per task, no unit
 * twice in a task nor as lead and responsible at once, `deadline.due` agreeing with `deadline.text`.
 * Runs on any value, valid against the schema or not: parts of the wrong shape are skipped (the schema reports them).
 * @returns findings placed by `locate`, in document order of the checks (outline first, then tasks).
 */
export function checkMatrixRules(value: unknown, locate: Locator, options: MatrixRulesOptions = {}): VFileMessage[] {
  const out: VFileMessage[] = [];
  const report = (reason: string, path: PathSegment[], rule: (typeof MATRIX_RULES)[number], severity: Severity = 'error') =>
    out.push(finding(reason, locate(path), rule, severity, options.file));
  const root = record(value);
  const document = record(root.document);
  const planYear = planYearOf(document.title, document.date);

  const items = new Map<string, PathSegment[]>();
  for (const { id, path } of outlineIds(root.outline, ['outline'])) {
    const first = items.get(id);
    if (first) report(`outline id "${id}" is used twice (first at line ${locate(first).line}): give each item its own id; a repeated number takes -2, -3…`, path, 'duplicate-id');
    else items.set(id, path);
  }

  const taskIds = new Map<string, PathSegment[]>();
  list(root.tasks).forEach((raw, i) => {
    const task = record(raw);
    const at = (...rest: PathSegment[]): PathSegment[] => ['tasks', i, ...rest];
    if (typeof task.id === 'string') {
      const first = taskIds.get(task.id);
      if (first) report(`task id "${task.id}" is used twice (first at line ${locate(first).line}): give each task its own id`, at('id'), 'duplicate-id');
      else taskIds.set(task.id, at('id'));
      const item = task.id.startsWith('#') ? undefined : task.id.split('#')[0];
      // Without an outline at all, the schema's missing-key says it once, rather than this rule once per task.
      if (Array.isArray(root.outline) && ID_RE.test(task.id) && item !== undefined && !items.has(item)) {
        report(`task "${task.id}" names no outline item: add item "${item}" to the outline or correct the id`, at('id'), 'unknown-item');
      }
    }
    checkUnits(task, at, report, options.knownUnit);
    checkDeadline(record(task.deadline), at, report, planYear);
  });
  return out;
}

type Report = (reason: string, path: PathSegment[], rule: (typeof MATRIX_RULES)[number], severity?: Severity) => void;

function checkUnits(task: Record<string, unknown>, at: (...rest: PathSegment[]) => PathSegment[], report: Report, knownUnit?: (name: string) => boolean): void {
  const label = typeof task.id === 'string' ? `task "${task.id}"` : 'this task';
  const firstRole = new Map<string, string>();
  let count = 0;
  for (const role of ROLES) {
    list(task[role]).forEach((unit, j) => {
      count++; // a unit of the wrong type is the schema's finding, not a missing unit
      if (typeof unit !== 'string') return;
      const before = firstRole.get(unit);
      if (before === 'lead' && role === 'responsible') {
        report(`${unit} is both lead and responsible in ${label}: keep it in lead only`, at(role, j), 'lead-and-responsible');
      } else if (before !== undefined) {
        const where = before === role ? `twice in ${role}` : `in both ${before} and ${role}`;
        report(`${unit} is listed ${where} in ${label}: keep one entry`, at(role, j), 'repeated-unit');
      } else firstRole.set(unit, role);
      if (knownUnit && !knownUnit(unit)) {
        report(`${unit} is not in the unit registry: correct the name, or add it (or an alias) to the registry`, at(role, j), 'unknown-unit');
      }
    });
  }
  if (count === 0 && ROLES.every((role) => Array.isArray(task[role]))) {
    report(`${label} has no unit: add its lead, responsible or support units, or remove the task`, at('id'), 'no-unit');
  }
}

function checkDeadline(deadline: Record<string, unknown>, at: (...rest: PathSegment[]) => PathSegment[], report: Report, planYear?: number): void {
  const { text, due } = deadline;
  if (typeof text !== 'string' || !(due === null || (typeof due === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(due)))) return;
  const expected = dueFromText(text, planYear);
  if (expected === undefined || expected === due) return;
  const path = at('deadline', 'due');
  if (expected === null) {
    report(`deadline "${text}" names no day (recurring or open wording, or no year in the plan's title or date), but due is "${String(due)}": write due: null`, path, 'deadline-due');
  } else if (due === null) {
    report(`deadline "${text}" ends on ${expected}, but due is null: write due: "${expected}"`, path, 'deadline-due');
  } else {
    report(`deadline "${text}" ends on ${expected}, but due is "${due}": write due: "${expected}", or correct the text`, path, 'deadline-due');
  }
}

function* outlineIds(items: unknown, path: PathSegment[]): Generator<{ id: string; path: PathSegment[] }> {
  for (const [i, raw] of list(items).entries()) {
    const item = record(raw);
    if (typeof item.id === 'string') yield { id: item.id, path: [...path, i, 'id'] };
    yield* outlineIds(item.children, [...path, i, 'children']);
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
