import type { Matrix, OutlineItem, Task } from '../../matrix/types.js';
import { unitLoads, type UnitLoad } from '../unit-load.js';

/** A column of the heat map: a section (an item of the outline's second level, or a first-level item without children). */
export interface HeatColumn {
  /** The outline id, or `''` for tasks outside the numbered outline (`#k`). */
  id: string;
  /** Marker and title as written (`（一）开展节庆科普提升活动`); empty for the outside column. */
  label: string;
  /** The first-level item the column sits under, or null for the outside column. */
  group: OutlineItem | null;
}

/** One unit's row: its whole load, and its load in each column (columns without its tasks left out). */
export interface HeatRow {
  load: UnitLoad;
  cells: Map<string, UnitLoad>;
}

/** The unit × section heat map of a matrix. */
export interface HeatMap {
  columns: HeatColumn[];
  rows: HeatRow[];
  /** The largest `total` of any cell (at least 1), for the colour scale. */
  max: number;
}

/**
 * The unit × section load of a matrix: columns are the sections its tasks fall in (second-level items of the
 * outline, or a first-level item when a task sits on it directly or it has no children), in outline order; rows
 * are the units sorted by load as `fengong units` sorts them ({@link unitLoads}); each cell counts the unit's tasks
 * in the section by role. Unit names are taken as the matrix writes them (apply a registry before).
 */
export function heatMap(matrix: Matrix): HeatMap {
  const bySection = new Map<string, Task[]>();
  for (const task of matrix.tasks) {
    const id = sectionOf(task.id, matrix.outline);
    const list = bySection.get(id);
    if (list) list.push(task);
    else bySection.set(id, [task]);
  }
  const columns: HeatColumn[] = [];
  if (bySection.has('')) columns.push({ id: '', label: '', group: null });
  for (const top of matrix.outline) {
    for (const item of [top, ...top.children]) {
      if (bySection.has(item.id)) columns.push({ id: item.id, label: `${item.marker}${item.title ?? ''}`, group: top });
    }
  }
  const cellLoads = new Map(columns.map((c) => [c.id, new Map(unitLoads([{ ...matrix, tasks: bySection.get(c.id) ?? [] }]).map((l) => [l.unit, l]))]));
  let max = 1;
  const rows = unitLoads([matrix]).map((load) => {
    const cells = new Map<string, UnitLoad>();
    for (const column of columns) {
      const cell = cellLoads.get(column.id)?.get(load.unit);
      if (!cell) continue;
      cells.set(column.id, cell);
      max = Math.max(max, cell.total);
    }
    return { load, cells };
  });
  return { columns, rows, max };
}

/**
 * The heat-map section of a task id: the second-level item it belongs to when the outline has one, else its
 * first-level item, else `''` (a `#k` task before the outline, or an id the outline lacks).
 * `2.2.3` → `2.2`; `3.6` → `3.6`; `3#1` → `3`; `2.2.12-2` → `2.2`; `#1` → `''`.
 */
export function sectionOf(taskId: string, outline: readonly OutlineItem[]): string {
  const core = taskId.replace(/#.*$/, '').replace(/-\d+$/, '');
  if (!core) return '';
  const [first, second] = core.split('.');
  const index = outlineIndex(outline);
  if (!index.tops.has(first)) return '';
  if (second !== undefined && index.seconds.has(`${first}.${second}`)) return `${first}.${second}`;
  return first;
}

/**
 * The ids of an outline's first- and second-level items, made once per outline: looked up for every task (a
 * search of an item's children per task had made one item of 16,000 tasks quadratic).
 */
function outlineIndex(outline: readonly OutlineItem[]): { tops: Set<string>; seconds: Set<string> } {
  let index = indexes.get(outline);
  if (!index) {
    index = { tops: new Set(outline.map((item) => item.id)), seconds: new Set(outline.flatMap((item) => item.children.map((child) => child.id))) };
    indexes.set(outline, index);
  }
  return index;
}
const indexes = new WeakMap<readonly OutlineItem[], { tops: Set<string>; seconds: Set<string> }>();

/**
 * How many sections an outline holds, at every level: its items but those that are a task and hold no item (a
 * fresh user's report said `15 sections · 11 tasks` of 4 headings and 11 numbered tasks).
 * @param taskIds the ids of the matrix's tasks.
 */
export function countSections(items: readonly OutlineItem[], taskIds: ReadonlySet<string>): number {
  return items.reduce((n, item) => n + (item.children.length > 0 || !taskIds.has(item.id) ? 1 : 0) + countSections(item.children, taskIds), 0);
}

/** How many items an outline holds, at every level. */
export function countOutlineItems(items: readonly OutlineItem[]): number {
  return items.reduce((n, item) => n + 1 + countOutlineItems(item.children), 0);
}
