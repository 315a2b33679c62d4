import { ROLES, type Matrix, type Role, type Task } from '../matrix/types.js';
import { taskUnits } from '../registry/apply.js';
import type { UnitRegistry } from '../registry/registry.js';
import { dueNote, dueStatus, type DueOptions, type Sheet, type SheetRow } from './sheet.js';
import { TASK_DEADLINE_COLUMN, taskCells, taskTableColumns, withLeaders } from './task-table.js';

/** Options of {@link unitTasks} and {@link unitSheet}. */
export interface UnitTasksOptions extends DueOptions {
  /** Resolve aliases (and, with `expand`, collectives) through this registry; without one, names as written. */
  registry?: UnitRegistry | null;
  /** Give each member of a collective the tasks of the collective, marked with the collective's name. */
  expand?: boolean;
  /** Only these roles (default: all three). */
  roles?: readonly Role[];
}

/** One task on a unit's list: the unit's role, the collective it came through (or null), and the task. */
export interface UnitTask {
  role: Role;
  via: string | null;
  task: Task;
}

/** The Chinese names of the roles, as sheets label them. */
export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', responsible: '责任', support: '配合' };

/**
 * Every task that names a unit, grouped by role in the order lead, responsible, support, each group in
 * document order. A task that names the unit in two roles is listed under both.
 */
export function unitTasks(matrix: Matrix, unit: string, options: UnitTasksOptions = {}): UnitTask[] {
  const registry = options.registry ?? null;
  const wanted = registry ? registry.resolveUnit(unit) : unit;
  const roles = options.roles ?? ROLES;
  const entries = unitIndex(matrix, registry, options.expand === true).get(wanted);
  const out: UnitTask[] = [];
  if (entries) for (const role of ROLES) if (roles.includes(role)) for (const entry of entries[role]) out.push(entry);
  return out;
}

/**
 * Every unit of a matrix with its tasks by role, each in document order: made once per matrix, registry and
 * `expand`, so that the sheets of every unit (`tasks --all`) read the tasks once, not once per unit (3,000 units of
 * 50,000 tasks ran for more than 13 minutes: a fresh user's find).
 */
function unitIndex(matrix: Matrix, registry: UnitRegistry | null, expand: boolean): Map<string, Record<Role, UnitTask[]>> {
  const cached = indexes.get(matrix);
  if (cached && cached.registry === registry && cached.expand === expand) return cached.index;
  const index = new Map<string, Record<Role, UnitTask[]>>();
  for (const task of matrix.tasks) {
    const units = taskUnits(task, registry, { expand });
    for (const role of ROLES) {
      for (const ref of units[role]) {
        let entries = index.get(ref.unit);
        if (!entries) index.set(ref.unit, (entries = { lead: [], responsible: [], support: [] }));
        entries[role].push({ role, via: ref.via, task });
      }
    }
  }
  indexes.set(matrix, { registry, expand, index });
  return index;
}

const indexes = new WeakMap<Matrix, { registry: UnitRegistry | null; expand: boolean; index: Map<string, Record<Role, UnitTask[]>> }>();

/**
 * The task sheet of one unit: a category row per role (`牵头任务（3项）`) and, per task, 单位, 职责, then the
 * columns of the 任务分工表 (the units there are the other units on the task, the unit itself left out,
 * collectives as the notice names them), and with `expand` a column 列入方式 saying 直接列名 or the collective
 * it came through.
 */
export function unitSheet(matrix: Matrix, unit: string, options: UnitTasksOptions = {}): Sheet {
  const registry = options.registry ?? null;
  const name = registry ? registry.resolveUnit(unit) : unit;
  const entries = unitTasks(matrix, name, options);
  const leaders = withLeaders(matrix);
  const columns = [
    { header: '单位', maxWidth: 24 },
    { header: '职责', maxWidth: 6 },
    ...taskTableColumns(leaders),
    ...(options.expand ? [{ header: '列入方式', maxWidth: 30 }] : []),
  ];
  const rows: SheetRow[] = [];
  for (const role of ROLES) {
    const group = entries.filter((entry) => entry.role === role);
    if (group.length === 0) continue;
    rows.push({ kind: 'category', text: `${ROLE_LABELS[role]}任务（${group.length}项）`, level: 0 });
    for (const { task, via } of group) {
      // Each unit once, in the first of its roles, as the 任务分工表 shows it (a name and its alias in two roles had
      // given 县住建局 as lead and support: a fresh user's).
      const named = taskUnits(task, registry);
      const others = (r: Role): string[] => named[r].map((ref) => ref.unit).filter((n) => n !== name);
      const units = { lead: others('lead'), responsible: others('responsible'), support: others('support') };
      const cells = [name, ROLE_LABELS[role], ...taskCells(task, units, leaders)];
      if (options.expand) cells.push(via ?? '直接列名');
      rows.push({ kind: 'task', cells, due: dueStatus(task.deadline, options) });
    }
  }
  const { document } = matrix;
  const source = document.title ?? document.notice ?? '';
  const counts = (options.roles ?? ROLES).map((role) => `${ROLE_LABELS[role]} ${entries.filter((e) => e.role === role).length} 项`);
  const notes = [source && (document.docNumber ? `${source}（${document.docNumber}）` : source), counts.join('，')];
  const collectives = unique(entries.map((e) => e.via).filter((v): v is string => v !== null));
  if (collectives.length > 0) notes.push(`其中经集体名称列入：${collectives.join('、')}`);
  const due = dueNote(options, entries.map((e) => e.task));
  if (due) notes.push(due);
  return {
    name,
    title: `${name}任务清单`,
    notes: notes.filter((n) => n !== ''),
    columns,
    deadlineColumn: 2 + TASK_DEADLINE_COLUMN,
    rows,
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
