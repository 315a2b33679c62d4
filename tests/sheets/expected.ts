import type { Matrix, Task } from '../../src/matrix/types.js';

/**
 * The 任务分工表 of the county fixture as a person reads it, checked by hand against
 * fixtures/matrices/sheets/county-plan.matrix.yaml: category rows where the section changes, then the tasks.
 */
export const COUNTY_TABLE_SHAPE = [
  'category:一、提升行动',
  'category:（一）开展青少年科学素质提升行动',
  'task:1.1.1',
  'task:1.1.2',
  // Back in 一、 after its subsection: its title again, going on (a fresh user's: 1.2 had stood under （一）).
  'category:提升行动（续）',
  'task:1.2',
  'category:二、保障措施',
  'task:2#1',
  'task:2#2',
];

/** The cells the matrix says a task's row must hold: 序号, 重点任务, 牵头, 责任, 配合, 完成时限, 所属章节. */
export function expectedCells(task: Task, deadlineMark = ''): string[] {
  const body = task.title && !task.text.startsWith(task.title) ? `${task.title}\n${task.text}` : task.text;
  return [
    task.id,
    body,
    task.lead.join('、'),
    task.responsible.join('、'),
    task.support.join('、'),
    (task.deadline?.text ?? '') + deadlineMark,
    task.path.join(' / '),
  ];
}

/** The task of a matrix by id. */
export function taskById(matrix: Matrix, id: string): Task {
  const task = matrix.tasks.find((t) => t.id === id);
  if (!task) throw new Error(`no task ${id}`);
  return task;
}
