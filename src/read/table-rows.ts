import type { Block, Cell, SourceText } from './types.js';

/**
 * A table row as the Word and Excel readers build it, before it becomes a block: its cells aligned with the table's
 * columns, and where each cell's text comes from: `own` (written in this row), `below` (a copy of a cell merged
 * down from a row above), `beside` (a column that a cell to its left spans; its text is '').
 */
export interface DraftRow {
  line: number;
  /** Where the row's first column starts: 1 in a Word row's line, the Excel column number of the table's first column. */
  column: number;
  cells: Cell[];
  origin: Array<'own' | 'below' | 'beside'>;
  blankBefore: boolean;
}

/**
 * The blocks of one sheet (an Excel worksheet, a CSV file), its rows given over the sheet's used columns: a row
 * with no text sets `blankBefore` of the block after it; the rows before the first one with two or more filled cells
 * (a title, a note above the table) are `text` blocks, one line per line of their cell; that row and every row with
 * text after it are the table ({@link tableBlocks}).
 */
export function sheetBlocks(rows: DraftRow[]): Block[] {
  const blocks: Block[] = [];
  const table: DraftRow[] = [];
  let blank = false;
  for (const row of rows) {
    const filled = row.cells.filter((cell) => cell.text.trim() !== '');
    if (!filled.length) {
      blank = true;
      continue;
    }
    const draft = { ...row, blankBefore: blank };
    blank = false;
    if (table.length || filled.length >= 2) table.push(draft);
    else {
      const lines: SourceText[] = filled[0].text
        .split('\n')
        .filter((t) => t.trim() !== '')
        .map((text) => ({ text, line: row.line, column: filled[0].column }));
      blocks.push({ kind: 'text', lines, blankBefore: draft.blankBefore });
    }
  }
  return blocks.concat(tableBlocks(table));
}

/**
 * Turns the rows of one table into `row` blocks, the first one `tableStart`, after folding a header set over two
 * rows into one. Leading rows that are a single cell across the whole table (a caption such as the table's title)
 * become `heading` blocks before it, one line per line of the cell. Worked example, a header whose 责任单位 spans two columns named in the row below, 序号 and 完成时限
 * merged down over both rows:
 *
 * ```
 * | 序号 | 责任单位            | 完成时限 |        | 序号 | 牵头单位 | 配合单位 | 完成时限 |
 * |      | 牵头单位 | 配合单位 |          |   →
 * ```
 *
 * The second row is a header row too when each of its cells is either merged down from the first or stands under a
 * cell of the first that spans columns, and some of the latter hold text; the lower names win, since they name the
 * columns the data rows fill. Without the fold the notice stage would see one `责任单位` column and a data row
 * `序号 | 牵头单位 | 配合单位`.
 */
export function tableBlocks(rows: DraftRow[]): Block[] {
  const folded = [...rows];
  // A first row that is one cell across the whole table is its caption (`某县重点任务分工表`), not a data row.
  const captions: Block[] = [];
  while (folded.length >= 2 && isCaption(folded[0])) {
    const { cells, line, blankBefore } = folded.shift()!;
    let column = cells[0].column;
    const lines = cells[0].text.split('\n').map((text) => {
      const piece = { text, line, column };
      column += text.length + 1;
      return piece;
    });
    captions.push({ kind: 'heading', lines: lines.filter((l) => l.text.trim() !== ''), blankBefore });
  }
  while (folded.length >= 2 && continuesHeader(folded[0], folded[1])) {
    const [top, sub] = folded;
    const cells = top.cells.map((cell, i) => (underSpan(top, i) && sub.origin[i] === 'own' && sub.cells[i].text.trim() !== '' ? sub.cells[i] : cell));
    folded.splice(0, 2, { ...top, cells, origin: top.origin.map((o, i) => (cells[i] === top.cells[i] ? o : 'own')) });
  }
  return captions.concat(folded.map((row, i) => ({
    kind: 'row',
    lines: [{ text: row.cells.map((c) => c.text).join('\t'), line: row.line, column: row.column }],
    cells: row.origin.includes('below') ? row.cells.map((c, k) => (row.origin[k] === 'below' ? { ...c, spanned: true } : c)) : row.cells,
    blankBefore: row.blankBefore,
    tableStart: i === 0,
    whole: true,
  })));
}

function isCaption(row: DraftRow): boolean {
  return row.cells.length >= 2 && row.origin[0] === 'own' && row.cells[0].text.trim() !== '' && row.origin.slice(1).every((o) => o === 'beside');
}

/** Whether column `i` of `row` is covered by a cell spanning several columns (its first column or a later one). */
function underSpan(row: DraftRow, i: number): boolean {
  return row.origin[i] === 'beside' || row.origin[i + 1] === 'beside';
}

function continuesHeader(top: DraftRow, sub: DraftRow): boolean {
  let named = false;
  for (let i = 0; i < sub.cells.length; i++) {
    if (sub.origin[i] === 'below') continue;
    if (!underSpan(top, i)) {
      if (sub.cells[i].text.trim() !== '') return false;
      continue;
    }
    if (sub.cells[i].text.trim() !== '') named = true;
  }
  return named;
}
