import stringWidth from 'string-width';
import type { Deadline, Task } from '../matrix/types.js';

/**
 * The one shape every writer (xlsx, docx, csv, md) takes: a titled table whose rows are either category rows
 * (a section heading, merged across the row where the format can merge) or task rows (one cell per column).
 */
export interface Sheet {
  /** Short name: the worksheet name in xlsx, the unit name for per-unit sheets. */
  name: string;
  /** The heading above the table. */
  title: string;
  /** Lines under the title: the source notice, how units were listed, the date due marks are measured from. */
  notes: string[];
  columns: SheetColumn[];
  /** Index (0-based) of the 完成时限 column, which carries the due markers. */
  deadlineColumn: number;
  rows: SheetRow[];
}

/** A column: its header and the widest it may grow, in terminal columns (a CJK character counts 2). */
export interface SheetColumn {
  header: string;
  maxWidth: number;
}

/** A section heading row (`level` 0 for the outermost), or a task row with one cell per column. */
export type SheetRow =
  | { kind: 'category'; text: string; level: number }
  | { kind: 'task'; cells: string[]; due: DueStatus | null };

/** How a due date stands against today: passed, or within the `soon` window. */
export type DueStatus = 'overdue' | 'soon';

/** The markers md, csv and docx append to a deadline cell (xlsx uses a red or amber fill instead). */
export const DUE_MARKERS: Record<DueStatus, string> = { overdue: '【已逾期】', soon: '【即将到期】' };

/** Options that decide the due marks: today's date (`YYYY-MM-DD`) and the `soon` window in days (default 30). */
export interface DueOptions {
  today?: string;
  soonDays?: number;
}

/**
 * Whether a deadline's due date (`YYYY-MM-DD`) has passed (`overdue`: before today), falls within
 * `soonDays` days from today inclusive (`soon`), or neither (null). A deadline without a due date, or no
 * `today`, is never marked.
 */
export function dueStatus(deadline: Deadline | null, options: DueOptions): DueStatus | null {
  if (!deadline?.due || !options.today) return null;
  if (deadline.due < options.today) return 'overdue';
  const limit = addDays(options.today, options.soonDays ?? 30);
  return deadline.due <= limit ? 'soon' : null;
}

/** The note that says against which date due marks were made; null when none of the tasks has a due date. */
export function dueNote(options: DueOptions, tasks: readonly Task[]): string | null {
  return options.today && tasks.some((task) => task.deadline?.due) ? `到期标记：以 ${options.today} 为准，${options.soonDays ?? 30} 天内到期为“即将到期”` : null;
}

/** The 重点任务 cell: the task's text, which holds its title sentence; the title first when it does not. */
export function taskBody(task: Task): string {
  if (!task.title || task.text.startsWith(task.title)) return task.text || (task.title ?? '');
  return task.text ? `${task.title}\n${task.text}` : task.title;
}

/** A unit list as notices write it, joined with 、. */
export function unitList(units: readonly string[]): string {
  return units.join('、');
}

/** The deadline cell with its due marker (for formats that cannot colour a cell). */
export function markedDeadline(cell: string, due: DueStatus | null): string {
  return due ? `${cell}${DUE_MARKERS[due]}` : cell;
}

/**
 * The width each column needs, in terminal columns (a CJK character counts 2): its widest line, header
 * included, at least 4 and at most the column's `maxWidth`. Category rows do not count: they span the row.
 */
export function columnWidths(sheet: Sheet): number[] {
  return sheet.columns.map((column, i) => {
    const widest = Math.max(
      textWidth(column.header),
      ...sheet.rows.map((row) => (row.kind === 'task' ? textWidth(row.cells[i] ?? '') : 0)),
    );
    return Math.min(Math.max(widest, 4), column.maxWidth);
  });
}

/**
 * How many lines a text takes in a column `width` terminal columns wide, wrapped: a rough count (wrapping at any
 * character, as CJK text wraps), good enough for row heights.
 */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(lineWidth(line) / Math.max(width, 1))), 0);
}

/** The display width of the widest line of a text. */
function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
  return widest;
}

/**
 * The display width of a line: string-width for ordinary lines; for a very long one (a task of many pages) a count
 * of wide characters, since string-width's segmentation grows faster than the line there and a row height needs
 * no more than an estimate.
 */
function lineWidth(line: string): number {
  if (line.length <= 2000) return stringWidth(line);
  let width = 0;
  for (let i = 0; i < line.length; i++) width += line.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return width;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
