import type { Block, Cell, SourceText } from '../read/types.js';
import { fold } from './fold.js';
import { columnKind, isRole } from './labels.js';
import { readNumberMarker, readRowNumber } from './numbering.js';
import type { Columns } from './table.js';

/**
 * A 任务分工表 copied from a PDF viewer one cell per line (probe 13):
 *
 *     序号 ⏎ 重点任务 ⏎ 牵头单位 ⏎ 责任单位 ⏎ 完成时限 ⏎ 1 ⏎ 推行企业开办“一网通办”… ⏎ 区市场监管局 ⏎ 区税务局 ⏎ 2024年6月底前 ⏎ 2 ⏎ …
 *
 * Turned back into rows before paragraphs are built (where a bare number would read as a page number): a header of
 * three or more header words on lines of their own, `序号` first and a role column among them, then records, each
 * a row number (1, 2, 3… in turn) and the lines of its cells. A record with more lines than the header has cells
 * (a wrapped task) gives the extra lines to the task column; one with fewer gives its last line to the deadline
 * column when it reads as a time. The last record ends after as many lines as the header has cells, or at a
 * numbered heading (`三、保障措施`).
 */
export function cellLineTables(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  blocks.forEach((b, index) => {
    const found = b.kind === 'text' && b.lines.length >= 6 ? splitBlock(b) : null;
    if (found && !out) out = blocks.slice(0, index);
    if (out) out.push(...(found ?? [b]));
  });
  return out ?? blocks;
}

function splitBlock(block: Block): Block[] | null {
  const lines = block.lines;
  const out: Block[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const table = readTable(lines, i);
    if (!table) continue;
    if (i > from) out.push({ ...block, lines: lines.slice(from, i), blankBefore: from === 0 && block.blankBefore });
    out.push(...table.rows.map((r, k) => ({ ...r, blankBefore: k === 0 && i === 0 && block.blankBefore })));
    from = table.end;
    i = table.end - 1;
  }
  if (!out.length) return null;
  if (from < lines.length) out.push({ ...block, lines: lines.slice(from), blankBefore: false });
  return out;
}

function readTable(lines: SourceText[], start: number): { rows: Array<Omit<Block, 'blankBefore'>>; end: number } | null {
  // Cheap tests first: this runs on every line of a text notice.
  if (lines[start].text.length > 12) return null;
  const first = lines[start].text.trim();
  if (first.length > 4 || columnKind(fold(first)) !== 'number') return null;
  const columns: Columns = [];
  let j = start;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    const kind = t.length <= 10 && !/\d/.test(t) ? columnKind(fold(t)) : 'other';
    if (kind === 'other' || (j > start && kind === 'number')) break;
    columns.push(kind);
  }
  if (columns.length < 3 || !columns.some(isRole)) return null;
  const header: Omit<Block, 'blankBefore'> = { kind: 'row', lines: lines.slice(start, j), cells: lines.slice(start, j).map(cell), tableStart: true };
  const rows = [header];
  const width = columns.length;
  let n = 1;
  while (j < lines.length && readRowNumber(lines[j].text) === n) {
    // The record's lines run to the next row number (within a few rows' worth of lines: a wrapped task)…
    let end = j + 1;
    while (end < lines.length && end - j <= 3 * width && readRowNumber(lines[end].text) !== n + 1) end++;
    if (end >= lines.length || readRowNumber(lines[end].text) !== n + 1) {
      // …or, for the last record, to as many lines as the row has cells, or a numbered heading before that.
      end = j + 1;
      while (end < lines.length && end - j < width && !isHeading(lines[end].text)) end++;
    }
    // More lines than cells must be a task wrapped at a page's width: lines of a unit's length say the table is
    // something else (units one per line, probe 14), and it is left as text.
    const task = Math.max(1, columns.indexOf('task'));
    if (end - j > width && lines.slice(j + task + 1, j + task + 1 + end - j - width).some((l) => l.text.trim().length < 12)) return null;
    const cells = record(lines.slice(j, end), columns);
    // A record whose 完成时限 cell reads as no time has its cells out of step (a unit wrapped onto a line of its own):
    // the table is left as text rather than read wrong (a new user's probe).
    const due = columns.indexOf('deadline');
    if (due > 0 && cells[due].text && !TIME.test(cells[due].text)) return null;
    rows.push({ kind: 'row', lines: lines.slice(j, end), cells, tableStart: false });
    j = end;
    n++;
  }
  return rows.length > 1 ? { rows, end: j } : null;
}

const cell = (l: SourceText): Cell => ({ text: l.text.trim(), line: l.line, column: l.column + (l.text.length - l.text.trimStart().length) });

/** A record's lines as cells: the number, then a line per column; extra lines to the task, a missing one left empty. */
function record(lines: SourceText[], columns: Columns): Cell[] {
  const values = lines.map(cell);
  const cells: Cell[] = columns.map((_k, c) => values[c] ?? { text: '', line: values[0].line, column: 1 });
  const extra = values.length - columns.length;
  const task = Math.max(1, columns.indexOf('task'));
  if (extra > 0) {
    // The task's text wrapped: its lines run until the other columns' lines, counted from the end.
    const taskLines = values.slice(task, task + 1 + extra);
    cells[task] = { ...taskLines[0], text: taskLines.map((v) => v.text).join('\n') };
    for (let c = task + 1; c < columns.length; c++) cells[c] = values[c + extra];
  } else if (extra < 0) {
    const deadline = columns.indexOf('deadline');
    const last = values[values.length - 1];
    if (deadline > 0 && values.length - 1 < deadline && TIME.test(last.text)) {
      cells[values.length - 1] = { text: '', line: last.line, column: 1 };
      cells[deadline] = last;
    }
  }
  return cells;
}

const TIME = /\d{4}|\d{1,2}月|年底|年内|月底|季度|长期|持续|全年|每年|每月|常态|立即|完成|底前|年度/;

/** A numbered heading (`三、保障措施`): the end of a table's last record. */
function isHeading(text: string): boolean {
  const m = readNumberMarker(text);
  return m !== null && !m.digitAfter && m.style !== 'ar' && m.style !== 'row';
}
