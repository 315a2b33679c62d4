import type { Cell } from './types.js';
import { CATEGORY, PAGE_NUMBER, readLayoutTable, squeeze } from './layout-table.js';

/**
 * Tables laid out with spaces (probe 13): a 任务分工表 typed or exported as text, its columns apart by runs of
 * spaces instead of tabs, long cells wrapped onto lines whose other cells are empty (what `pdftotext -layout`
 * gives, columns by character count around centred header words, is read by src/read/layout-table.ts when it
 * reads further down than the header's columns do):
 *
 *     序号  工作任务                      牵头单位    配合单位          完成时限
 *     1     推进老旧小区改造，年内开工    县住建局    县财政局、县发改  2024年11月
 *           改造老旧小区32个。                        局，各街道办事处  底前
 *
 * A layout rule but for one test: the header names a role (ROLE_WORD); the notice stage decides the rest.
 */

/** The display width of a character: 2 for East Asian wide and full-width ones (get-east-asian-width), else 1. */
export type WidthOf = (codePoint: number) => number;

/** A line of an aligned table: its cells, and whether it is the table's first line. */
export interface AlignedRow {
  /** Index (0-based) of the line in the lines given. */
  index: number;
  /** Index of the row's last line, when it spans several (a pdftotext -layout row, src/read/layout-table.ts). */
  last?: number;
  cells: Cell[];
  tableStart: boolean;
  /** A category line of a table (`一、提升政务服务`): read as a line of text, not a row. */
  text?: boolean;
  /** A line of the header printed again after a page break, inside a pdftotext -layout table: dropped. */
  skip?: boolean;
}

/**
 * A word of a task table's role columns (牵头单位, 责任单位, 配合部门…): a header without one is some other table (an
 * indicator table, a 联络员名单) or no table (a joint signature, marker labels spaced out on one line; probe 14).
 */
const ROLE_WORD = /牵头|责任|配合|协办|参与|负责|主办|协同|牽頭|責任/;

/** A gap between cells: two or more spaces, or an ideographic space. */
const GAP = /(?: {2,}|\u3000+| ?\t ?)/;

interface Segment {
  text: string;
  /** Display column of its first character (0-based). */
  at: number;
  /** Character offset in the line (0-based). */
  offset: number;
}

/** The segments of a line between gaps, with their display columns. */
function segments(line: string, widthOf: WidthOf): Segment[] {
  const out: Segment[] = [];
  let col = 0;
  let i = 0;
  let start = -1;
  let startCol = 0;
  let spaces = 0;
  const close = (end: number) => {
    if (start >= 0) out.push({ text: line.slice(start, end).trimEnd(), at: startCol, offset: start });
    start = -1;
  };
  while (i < line.length) {
    const code = line.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const w = code === 0x09 ? 4 : widthOf(code);
    if (code === 0x20 || code === 0x3000 || code === 0x09) {
      spaces += code === 0x20 ? 1 : 2;
      if (spaces >= 2) close(i - (code === 0x20 ? 1 : 0));
    } else {
      if (start < 0) {
        start = i;
        startCol = col;
      }
      spaces = 0;
    }
    col += w;
    i += size;
  }
  close(line.length);
  return out.filter((s) => s.text.trim() !== '');
}

/** Whether a line holds two tabs or more between text: a row of a sheet pasted with its tabs. */
const tabRow = (line: string) => line.trim().split('\t').length >= 3;

/**
 * Finds the aligned tables in a notice's lines and returns their rows. A table starts at a line of three or more
 * short segments (a header: each at most 12 characters besides a note in brackets, no colon, one a role word) followed by at least one line whose segments start at the
 * header's columns (within one display column) or that has as many segments as the header (columns two spaces
 * apart, not padded); it ends at a blank line or a line that fits neither. Each segment goes to the column it
 * starts in; a line's empty columns are empty cells (a wrapped line: the notice stage joins it to the row above).
 * @param lines the notice's lines, without their line ends.
 * @param firstLine the 1-based number of `lines[0]` in the file.
 */
export function findAlignedTables(lines: string[], widthOf: WidthOf, firstLine = 1): AlignedRow[] {
  const rows: AlignedRow[] = [];
  for (let h = 0; h < lines.length; h++) {
    // A line of three or more tab-separated cells is a row of a table pasted from Word or Excel, read by its tabs
    // (probe 31: a web page's metadata line with gaps made the reader take a tab-separated header for one laid out
    // with spaces). A tab or two among spaces (probe 14) is a gap like the others.
    if (!GAP.test(lines[h].trim()) || tabRow(lines[h])) continue;
    const header = segments(lines[h], widthOf);
    // (A note in brackets does not count: `进展情况（截至6月30日）`, probe 47.)
    if (header.length < 3 || header.some((s) => s.text.replace(/[（(][^（()）]*[）)]/g, '').length > 12 || /[：:]/.test(s.text)) || !header.some((s) => ROLE_WORD.test(s.text))) continue;
    const starts = header.map((s) => s.at);
    const body: Array<{ index: number; segs: Segment[]; aligned: boolean; category?: boolean }> = [];
    /** The header printed again after a page break inside the table: dropped. */
    const repeats: number[] = [];
    for (let j = h + 1; j < lines.length && !tabRow(lines[j]); j++) {
      if (lines[j].trim() === '') {
        // A page break inside the table (blank lines, perhaps a page number, then the header printed again: probe 47)
        // does not end it.
        let k = j;
        while (k < lines.length && lines[k].trim() === '') k++;
        if (k < lines.length && PAGE_NUMBER.test(lines[k])) k++;
        while (k < lines.length && lines[k].trim() === '') k++;
        if (k >= lines.length || squeeze(lines[k]) !== squeeze(lines[h])) break;
        repeats.push(k);
        j = k;
        continue;
      }
      const segs = segments(lines[j], widthOf);
      const aligned = segs.every((s) => starts.some((c) => Math.abs(c - s.at) <= 1));
      if (!(aligned && segs.length >= 1) && segs.length !== header.length) break;
      // One segment at the first column (a wrapped line's first column is empty): a line after the table, not a row;
      // unless it is a category (`一、农村生活垃圾治理` across the table, probe 47): a line of text, and the table goes on.
      if (segs.length === 1 && segs[0].at <= starts[0] + 1) {
        if (!CATEGORY.test(segs[0].text) || j + 1 >= lines.length || lines[j + 1].trim() === '') break;
        body.push({ index: j, segs, aligned, category: true });
        continue;
      }
      body.push({ index: j, segs, aligned });
    }
    const toCells = (index: number, segs: Segment[], byOrder: boolean): Cell[] => {
      const cells: Cell[] = starts.map(() => ({ text: '', line: firstLine + index, column: 1 }));
      segs.forEach((s, k) => {
        let col = byOrder ? k : 0;
        if (!byOrder) for (let c = 0; c < starts.length; c++) if (starts[c] <= s.at + 1) col = c;
        const cell = cells[Math.min(col, cells.length - 1)];
        if (cell.text) cell.text += ` ${s.text}`;
        else Object.assign(cell, { text: s.text, column: s.offset + 1 });
      });
      return cells;
    };
    // pdftotext -layout output (cells wrapped around the row's number, columns by character count): read so when
    // that reads further down than the columns of the header do.
    const layout = readLayoutTable(lines, h, firstLine);
    const alignedEnd = body.some((b) => b.segs.length >= 2) ? body[body.length - 1].index : h;
    // A tie goes to the header's columns unless the table has wrapped lines and no full row lines up with the
    // header (pdftotext centres header words; a table typed with spaces puts its cells under them).
    const layoutEnd = layout && layout.rows.length ? layout.rows[layout.rows.length - 1].last : -1;
    const wraps = body.some((b) => b.segs.length < header.length);
    const rowsLineUp = body.some((b) => b.segs.length === header.length && b.aligned);
    if (layout && (layoutEnd > alignedEnd || (layoutEnd === alignedEnd && wraps && !rowsLineUp))) {
      rows.push({ index: layout.header.first, last: layout.header.last, cells: layout.header.cells, tableStart: true });
      for (const r of layout.rows) rows.push({ index: r.first, last: r.last, cells: r.cells, tableStart: false, ...(r.category ? { text: true } : {}) });
      for (const index of layout.repeats) rows.push({ index, cells: [], tableStart: false, skip: true });
      rows.sort((a, b) => a.index - b.index);
      h = layoutEnd;
      continue;
    }
    // No row of two cells: no table here, and none of these lines (one cell each) can head one (one linear pass).
    if (!body.some((b) => b.segs.length >= 2)) {
      if (body.length) h = body[body.length - 1].index;
      continue;
    }
    rows.push({ index: h, cells: toCells(h, header, true), tableStart: true });
    for (const b of body) {
      rows.push(b.category ? { index: b.index, cells: [], tableStart: false, text: true } : { index: b.index, cells: toCells(b.index, b.segs, !b.aligned), tableStart: false });
    }
    for (const index of repeats) if (index < body[body.length - 1].index) rows.push({ index, cells: [], tableStart: false, skip: true });
    rows.sort((a, b) => a.index - b.index);
    h = body[body.length - 1].index;
  }
  return rows;
}
