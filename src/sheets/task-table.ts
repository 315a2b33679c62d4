import type { Matrix, OutlineItem, Task } from '../matrix/types.js';
import { dueNote, dueStatus, taskBody, unitList, type DueOptions, type Sheet, type SheetRow } from './sheet.js';

/** Options of {@link taskTable}. */
export type TaskTableOptions = DueOptions;

/** The columns of the 任务分工表, in order. */
export const TASK_TABLE_COLUMNS = [
  { header: '序号', maxWidth: 10 },
  { header: '重点任务', maxWidth: 70 },
  { header: '牵头单位', maxWidth: 24 },
  { header: '责任单位', maxWidth: 36 },
  { header: '配合单位', maxWidth: 24 },
  { header: '完成时限', maxWidth: 20 },
  { header: '所属章节', maxWidth: 40 },
];

/** Index of 完成时限 in {@link TASK_TABLE_COLUMNS}. */
export const TASK_DEADLINE_COLUMN = 5;

/**
 * The columns of the 任务分工表: with 责任领导 before 所属章节 when a task names its leaders ({@link withLeaders}) (a 督查室's table
 * needs them: a fresh user's, whose 责任领导 were parsed and shown nowhere).
 */
export function taskTableColumns(leaders: boolean): typeof TASK_TABLE_COLUMNS {
  if (!leaders) return TASK_TABLE_COLUMNS;
  return [...TASK_TABLE_COLUMNS.slice(0, -1), { header: '责任领导', maxWidth: 24 }, ...TASK_TABLE_COLUMNS.slice(-1)];
}

/** Whether a task of the matrix names its leaders. */
export function withLeaders(matrix: Matrix): boolean {
  return matrix.tasks.some((t) => (t.leaders?.length ?? 0) > 0);
}

/**
 * The whole 任务分工表 of a matrix: one row per task in document order, with a category row for each section
 * heading where the section path changes (`二、提升行动`, then `（二）开展青少年科学素质提升行动`), and the section
 * path repeated in the 所属章节 column so that a filter in Excel keeps working. Cells: 序号 is the task id,
 * 重点任务 the title and text, units joined with 、, 完成时限 the deadline as written.
 */
export function taskTable(matrix: Matrix, options: TaskTableOptions = {}): Sheet {
  const rows: SheetRow[] = [];
  const outline = outlineById(matrix.outline);
  const leaders = withLeaders(matrix);
  let previous: string[] = [];
  for (const task of matrix.tasks) {
    const headings = sectionHeadings(task, outline);
    let same = 0;
    while (same < previous.length && same < headings.length && previous[same] === headings[same]) same++;
    // Back in a section after one of its subsections (`（四）…` ⏎ 2.4.1, 2.4.2, then 2.5 of `二、主要任务`): its title
    // again, marked as going on and without its number (which a parse of the sheet would take for the number of a
    // second item), or 2.5 would stand under `（四）` (a fresh user's).
    if (same === headings.length && same > 0 && same < previous.length) rows.push({ kind: 'category', text: `${task.path[same - 1]}（续）`, level: same - 1 });
    for (let level = same; level < headings.length; level++) rows.push({ kind: 'category', text: headings[level], level });
    previous = headings;
    rows.push({ kind: 'task', cells: taskCells(task, task, leaders), due: dueStatus(task.deadline, options) });
  }
  const { document } = matrix;
  // The plan's name under the sheet's title; none when the matrix has none (it had been `任务分工表` twice, which a
  // parse of the sheet read back as the title `任务分工表任务分工表`: a fresh user's find).
  const name = document.title ?? document.notice;
  const notes = [name && document.docNumber ? `${name}（${document.docNumber}）` : (name ?? document.docNumber), `共 ${matrix.tasks.length} 项任务`].filter((n): n is string => n !== null);
  const due = dueNote(options, matrix.tasks);
  if (due) notes.push(due);
  return { name: '任务分工表', title: '任务分工表', notes, columns: taskTableColumns(leaders), deadlineColumn: TASK_DEADLINE_COLUMN, rows };
}

/**
 * The cells of a task under {@link taskTableColumns}, with the units given (the task's own, or a unit's sheet's
 * "other units"), and its leaders when the table has their column.
 */
export function taskCells(task: Task, units: Pick<Task, 'lead' | 'responsible' | 'support'>, leaders = false): string[] {
  return [
    task.id,
    taskBody(task),
    unitList(units.lead),
    unitList(units.responsible),
    unitList(units.support),
    task.deadline?.text ?? '',
    ...(leaders ? [unitList(task.leaders ?? [])] : []),
    sectionPath(task),
  ];
}

/** The 所属章节 cell: the titles of a task's sections, outermost first, joined with ` / `. */
export function sectionPath(task: Task): string {
  return task.path.join(' / ');
}

/**
 * The headings of a task's sections, each with its numbering marker when the outline has the item
 * (`二、提升行动`); the item is found by the id prefix at that depth and must carry the same title.
 * Example: task `2.2.3` with path [提升行动, 开展青少年科学素质提升行动] looks up items `2` and `2.2`.
 */
function sectionHeadings(task: Task, outline: Map<string, OutlineItem>): string[] {
  const numbers = task.id.replace(/^#.*/, '').split(/[#-]/)[0].split('.');
  return task.path.map((title, depth) => {
    const item = outline.get(numbers.slice(0, depth + 1).join('.'));
    return item && item.title === title ? `${item.marker}${title}` : title;
  });
}

function outlineById(items: OutlineItem[], map = new Map<string, OutlineItem>()): Map<string, OutlineItem> {
  for (const item of items) {
    map.set(item.id, item);
    outlineById(item.children, map);
  }
  return map;
}
