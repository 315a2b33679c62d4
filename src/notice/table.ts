import type { Cell } from '../read/types.js';
import { fold } from './fold.js';
import { columnKind, foldLabels, LABEL_RE, labelKind, levelRank, type LabelKind } from './labels.js';
import { otherLevel, type MarkerGroup, type ParagraphDiagnostic } from './markers.js';
import type { Paragraph } from './paragraphs.js';
import { splitUnits } from './units.js';

/** The due mark fengong's own sheets add after a deadline (sheets/sheet.ts DUE_MARKERS): not part of its wording. */
const DUE_MARK = /【(?:已逾期|即将到期)】$/;

/** The kinds of a table's columns, from its header row. */
export type Columns = Array<LabelKind | 'number' | 'task' | 'other'>;

/**
 * Reads a header row: the column kinds, or null when the row is not the header of a 任务分工表 (it needs a role
 * column, and a number or task column).
 */
export function readColumns(row: Paragraph): Columns | null {
  const kinds = row.cells!.map((c) => columnKind(fold(c.text)));
  const roles = kinds.filter((k) => k === 'lead' || k === 'responsible' || k === 'support').length;
  if (!roles || !kinds.some((k) => k === 'number' || k === 'task')) return null;
  return kinds;
}

/**
 * Merges a pasted row that a line break inside a cell cut in two (b07: a 目标与任务 cell of two Word paragraphs
 * comes out as `80⇥first part` ⏎ `second part⇥leader⇥lead⇥responsible`): cells are taken from the following
 * paragraphs until the row has as many cells as the header. Returns how many paragraphs after `index` it used.
 */
export function completeRow(paragraphs: Paragraph[], index: number, width: number): { cells: Cell[]; used: number } {
  const cells = [...paragraphs[index].cells!];
  let used = 0;
  while (cells.length < width && index + used + 1 < paragraphs.length) {
    const next = paragraphs[index + used + 1];
    if (next.kind === 'heading' || next.tableStart) break;
    const more: Cell[] = next.kind === 'row' ? next.cells! : [{ text: next.text, line: next.line, column: next.pieces[0].column }];
    const last = cells[cells.length - 1];
    cells[cells.length - 1] = { ...last, text: `${last.text}\n${more[0].text}` };
    cells.push(...more.slice(1));
    used++;
  }
  return { cells, used };
}

/**
 * Reads the role, deadline and leader cells of a row into one marker group. A label inside a role cell names its
 * own role (`…<br>省牵头单位：省农业农村厅`, b09); one naming a higher level of government is context, dropped with
 * an info finding. Line breaks in a cell separate units.
 */
export function readRowUnits(cells: Cell[], columns: Columns, planLevel: number | null, diagnostics: Array<ParagraphDiagnostic & { cell: Cell }>): MarkerGroup {
  const group: MarkerGroup = { kind: 'cell', start: 0, end: 0, lead: [], responsible: [], support: [], deadline: null, leaders: [] };
  columns.forEach((kind, i) => {
    const cell = cells[i];
    if (!cell || !cell.text.trim()) return;
    if (kind === 'deadline') {
      group.deadline = cell.text.replace(/[\s\u3000]+/g, '').replace(DUE_MARK, '') || null;
      return;
    }
    if (kind === 'leaders') {
      group.leaders.push(...splitUnits(cell.text, { lineBreaks: true }).units);
      return;
    }
    if (kind !== 'lead' && kind !== 'responsible' && kind !== 'support') return;
    const f = foldLabels(cell.text);
    const re = new RegExp(LABEL_RE.source, 'g');
    let role: LabelKind | null = kind;
    let from = 0;
    const take = (to: number) => {
      if (role === null) return;
      const units = splitUnits(cell.text.slice(from, to), { lineBreaks: true }).units;
      if (role === 'deadline') group.deadline = units.join('') || group.deadline;
      else if (role === 'leaders') group.leaders.push(...units);
      else group[role].push(...units);
    };
    for (let m = re.exec(f); m; m = re.exec(f)) {
      take(m.index);
      from = m.index + m[0].length;
      const prefix = m[1] ?? '';
      if (prefix && (planLevel === null ? levelRank(prefix) <= 1 : levelRank(prefix) < planLevel)) {
        diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: m.index, cell, message: otherLevel(cell.text.slice(m.index, from)) });
        role = null;
      } else role = labelKind(m[2]);
    }
    take(cell.text.length);
  });
  return group;
}
