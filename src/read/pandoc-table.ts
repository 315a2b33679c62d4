import { eastAsianWidth } from 'get-east-asian-width';
import { cellText, displayWidth, type CellLine, type GridRow } from './grid-table.js';
import type { Cell } from './types.js';

/**
 * Pandoc's multiline and simple tables (`pandoc notice.docx -o notice.md` writes a Word table whose cells hold one
 * paragraph each so, probes 63 and 64; CommonMark reads their rules as thematic breaks and their rows as
 * paragraphs, the tasks lost):
 *
 *       ----------------------------------------------------------
 *       序号   重点任务            牵头单位     完成时限
 *       ------ ------------------- ------------ -----------------
 *       1      推进高标准农田建设  县农业农村局 2024年10月底前
 *              。
 *
 *       2      …
 *       ----------------------------------------------------------
 *
 * The rule under the header (dashes in groups, a space between groups) gives the columns, by display width (a CJK
 * character is two columns wide, as pandoc lays them out); a multiline table (a rule above its header) has rows set
 * apart by blank lines and ends at its closing rule (one with no header starts at a rule of column groups: see
 * {@link headerlessTable}), a simple table has a row per line and ends at a blank line. A
 * cell's lines are joined where pandoc wrapped them at its column's width, and stay lines of their own where the
 * writer broke them (room left on the line). Only a table whose header names a role (牵头, 责任, 配合…) is read: a
 * task table, not a layout.
 */
export interface PandocTable {
  /** The table's first and last lines (1-based): its top rule (or header) and its closing rule (or last row). */
  start: number;
  end: number;
  /** The header first, then the rows. */
  rows: GridRow[];
}

/** The rule under a header: two or more groups of dashes with spaces between. */
const COLUMN_RULE = /^ {0,3}-{2,}(?: +-{2,})+ *$/;
/** A rule across the table: dashes only. */
const FULL_RULE = /^ {0,3}-{3,} *$/;
const ROLE = /牵头|责任|配合|协办|参与|负责|主办|协同|主责|会办|分办|承办|牽頭|責任/;

/** Finds the pandoc multiline and simple tables of a Markdown text's lines (see {@link PandocTable}). */
export function findPandocTables(lines: readonly string[]): PandocTable[] {
  const out: PandocTable[] = [];
  for (let r = 1; r < lines.length; r++) {
    if (!COLUMN_RULE.test(lines[r])) continue;
    const headerless = lines[r - 1].trim() === '' ? headerlessTable(lines, r) : null;
    if (headerless) {
      out.push(headerless.table);
      r = headerless.next - 1;
      continue;
    }
    // The header: the lines above the rule, up to a blank line or the table's top rule.
    let h = r - 1;
    while (h > 0 && lines[h - 1].trim() !== '' && !FULL_RULE.test(lines[h - 1])) h--;
    if (h >= r || lines[h].trim() === '') continue;
    const multiline = h > 0 && FULL_RULE.test(lines[h - 1]);
    const columns = columnsOf(lines[r]);
    const header = lines.slice(h, r);
    if (!header.some((l) => ROLE.test(l))) continue;
    const body = bodyRows(lines, r + 1, columns, multiline);
    if (!body.rows.length) continue;
    // (Lines 1-based: the top rule is line h, the header's first line h + 1.)
    out.push({ start: multiline ? h : h + 1, end: body.end + 1, rows: [{ cells: cellsOf(header, h + 1, columns), line: h + 1, endLine: r }, ...body.rows] });
    r = body.next - 1;
  }
  return out;
}

/**
 * A multiline table without a header (pandoc writes a Word table so when its first row is no header row: `pandoc
 * x.docx -t markdown`, probe 78): a rule of column groups after a blank line, rows set apart by blank lines (or a row
 * per line), and the same rule closing it. Its first row or two are the table's header (`**序号**  **工作任务**  **责任单位** …` ⏎
 * `**牵头单位**  **配合单位**`), which must name a role. Null when the lines from `r` are no such table.
 */
function headerlessTable(lines: readonly string[], r: number): { table: PandocTable; next: number } | null {
  if (r + 1 >= lines.length || lines[r + 1].trim() === '') return null;
  let read = bodyRows(lines, r + 1, columnsOf(lines[r]), true);
  // …or a simple one, a row per line up to the closing rule (`pandoc -t markdown` of a web page's table whose header
  // cells are `<td>`: probe 142, where the table had been lost without a word).
  if (!read.closed || read.rows.length < 2) {
    const simple = bodyRows(lines, r + 1, columnsOf(lines[r]), false);
    if (simple.closed && simple.rows.length >= 2) read = simple;
  }
  const { rows, end, next, closed } = read;
  if (!closed || rows.length < 2 || !rows.slice(0, 2).some((row) => row.cells.some((c) => ROLE.test(c.text)))) return null;
  return { table: { start: r + 1, end: end + 1, rows }, next };
}

/**
 * The rows of a table's body from line `from` (0-based): a multiline table's set apart by blank lines, up to its
 * closing rule; a simple table's a line each, up to a blank line. `end` is the closing rule's line or the last row's,
 * `next` the line after the table, `closed` whether a rule closed it.
 */
function bodyRows(lines: readonly string[], from: number, columns: Array<[number, number]>, multiline: boolean): { rows: GridRow[]; end: number; next: number; closed: boolean } {
  const rows: GridRow[] = [];
  let group: number[] = [];
  let end = from - 1;
  let closed = false;
  const flush = () => {
    if (group.length) rows.push({ cells: cellsOf(group.map((k) => lines[k]), group[0] + 1, columns, group), line: group[0] + 1, endLine: group[group.length - 1] + 1 });
    group = [];
  };
  let k = from;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (FULL_RULE.test(line) || COLUMN_RULE.test(line)) {
      flush();
      end = k;
      k++;
      closed = true;
      break;
    }
    if (line.trim() === '') {
      flush();
      if (!multiline) break;
      continue;
    }
    group.push(k);
    end = k;
    if (!multiline) flush();
  }
  flush();
  return { rows, end, next: k, closed };
}

/** The display columns (start, end) of each group of dashes in a rule. */
function columnsOf(rule: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /-+/g;
  for (let m = re.exec(rule); m; m = re.exec(rule)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A row's cells from its lines: each line cut at the columns' starts by display width (a cell may run past its
 * column's end, never into the next column's start); a cell's lines joined as a grid table's are ({@link cellText}).
 * @param first the line number of the first line; `at` the 0-based indexes of the lines, when not consecutive.
 */
function cellsOf(lines: string[], first: number, columns: Array<[number, number]>, at?: number[]): Cell[] {
  const parts: CellLine[][] = columns.map(() => []);
  lines.forEach((text, n) => {
    const line = at ? at[n] + 1 : first + n;
    let col = 0;
    let k = 0;
    let from = 0;
    const cut = (to: number) => {
      const raw = text.slice(from, to);
      const body = raw.trim();
      // Pandoc fills a cell's line up to its column's width (its room), without padding.
      if (body) parts[k].push({ text: body, line, column: from + (raw.length - raw.trimStart().length) + 1, width: displayWidth(body), room: columns[k][1] - columns[k][0] });
    };
    for (let i = 0; i <= text.length; i++) {
      // A cut where the next column starts, at a space (pandoc pads columns with spaces).
      while (k + 1 < columns.length && col >= columns[k + 1][0] && (i === text.length || text[i - 1] === ' ' || text[i] === ' ')) {
        cut(i);
        from = i;
        k++;
      }
      if (i === text.length) break;
      col += eastAsianWidth(text.codePointAt(i)!);
    }
    cut(text.length);
  });
  // A cell's lines joined where pandoc wrapped them, apart where the writer broke them: as in a grid table.
  return parts.map((p, k) => ({ text: cellText(p), line: p[0]?.line ?? first, column: p[0]?.column ?? columns[k][0] + 1 }));
}
