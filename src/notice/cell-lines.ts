import type { Block, Cell, SourceText } from '../read/types.js';
import { fold } from './fold.js';
import { isTimePhrase } from './deadline.js';
import { columnKind, isRole } from './labels.js';
import { readNumberMarker, readRowNumber } from './numbering.js';
import { NAME_END_CHARS, wrapsName } from './units.js';
import type { Columns } from './table.js';
import type { Paragraphs } from './paragraphs.js';
import { append } from '../lists.js';

type Repair = Paragraphs['repairs'][number];

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
export function cellLineTables(blocks: Block[], repairs: Repair[] = []): Block[] {
  let out: Block[] | null = null;
  let list = blocks;
  for (let index = 0; index < list.length; index++) {
    const start = index;
    const b = list[index];
    let found: Block[] | null = null;
    let foundRepairs: Repair[] = [];
    if (b.kind === 'text' && b.lines.length >= 6) found = splitBlock(b, foundRepairs);
    let used = 1;
    // A table whose last row ends the block may go on after a blank line: an empty cell copied as an empty line
    // (`6` ⏎ `推进…试点城市建设` ⏎ `市数据局` ⏎ (empty 责任单位) ⏎ `2025年10月底` ⏎ `三、…`: a web page's table, probe 149,
    // whose eight rows after it had been lost without a word). The blocks after it are read with it once, each blank
    // line an empty cell; what follows the table's end is read on as it was.
    if (found && found[found.length - 1].kind === 'row' && list[index + 1]?.kind === 'text') {
      const across = acrossBlankLines(list, index, found, foundRepairs);
      if (across) {
        found = across.found;
        foundRepairs = across.repairs;
        if (across.rest) {
          list = list.slice();
          list[across.rest.index] = across.rest.block;
        }
        index = across.last;
      }
    }
    // The same table a paragraph per cell, in bold or not (`**序号**` ⏎⏎ `**重点任务**` ⏎⏎ … ⏎⏎ `1` ⏎⏎ …: a web page's table
    // as turndown writes it without its tables plugin, probe 142, where it had been lost without a word).
    if (!found && b.kind === 'text' && b.lines.length === 1 && HEADER_CELL.test(b.lines[0].text)) {
      let end = index;
      while (end < list.length && list[end].kind === 'text' && list[end].lines.length === 1) end++;
      if (end - index >= 6) {
        const run: Block = { ...b, lines: list.slice(index, end).map((x) => ({ ...x.lines[0], text: x.lines[0].text.replace(/\*\*/g, '') })) };
        const split = splitBlock(run, foundRepairs);
        // (Only the table: the paragraphs after it stay as they were.)
        if (split && split[0].kind === 'row') {
          const rows = split.filter((x, k) => x.kind === 'row' || (k < split.length - 1 && split.slice(k + 1).some((y) => y.kind === 'row')));
          found = rows;
          // (Each paragraph of the run was one line: the rows' lines are the paragraphs they took.)
          used = rows.reduce((n, x) => n + x.lines.length, 0);
        }
      }
    }
    append(repairs, foundRepairs);
    if (found && !out) out = list.slice(0, start);
    if (out) append(out, found ?? [b]);
    index += used - 1;
  }
  return out ?? list;
}

/** The most lines read on past a block's end for a table that goes on across blank lines (some 4,000 rows). */
const ACROSS_MAX_LINES = 20_000;

/**
 * The table that ends block `index` (its last blocks in `found`) read on across the blank lines after it, the text
 * blocks after it joined with an empty line for each blank (see cellLineTables): the block's reading with that table
 * longer, its findings, the last block the table took, and what is left of the block it ended in (from the line after
 * its end); or null when the table goes no further.
 */
function acrossBlankLines(blocks: Block[], index: number, found: Block[], repairs: Repair[]): { found: Block[]; repairs: Repair[]; last: number; rest: { index: number; block: Block } | null } | null {
  const b = blocks[index];
  let header = found.length - 1;
  while (header > 0 && !found[header].tableStart) header--;
  const tableStart = b.lines.indexOf(found[header].lines[0]);
  if (tableStart < 0) return null;
  // The lines of the block and of the text blocks after it, and where each came from (line -1: the blank before a block).
  const lines = b.lines.slice();
  const origin: Array<{ block: number; line: number }> = b.lines.map((_l, k) => ({ block: index, line: k }));
  for (let k = index + 1; k < blocks.length && blocks[k].kind === 'text' && lines.length - b.lines.length < ACROSS_MAX_LINES; k++) {
    const before = blocks[k - 1].lines[blocks[k - 1].lines.length - 1];
    lines.push({ text: '', line: before.line + 1, column: 1 });
    origin.push({ block: k, line: -1 });
    blocks[k].lines.forEach((l, m) => {
      lines.push(l);
      origin.push({ block: k, line: m });
    });
  }
  const tableRepairs: Repair[] = [];
  const table = readTable(lines, tableStart, tableRepairs);
  if (!table || table.end <= b.lines.length + 1) return null;
  const firstLine = b.lines[tableStart].line;
  const rows = table.rows.map((r, k) => ({ ...r, blankBefore: k === 0 && tableStart === 0 && b.blankBefore }));
  const kept = [...found.slice(0, header), ...rows];
  const findings = [...repairs.filter((r) => r.line < firstLine), ...tableRepairs];
  if (table.end >= lines.length) return { found: kept, repairs: findings, last: origin[origin.length - 1].block, rest: null };
  const next = origin[table.end];
  // (Ended at a blank: the next block is read as it was.)
  if (next.line < 0) return { found: kept, repairs: findings, last: next.block - 1, rest: null };
  const block = blocks[next.block];
  return { found: kept, repairs: findings, last: next.block - 1, rest: { index: next.block, block: { ...block, lines: block.lines.slice(next.line), blankBefore: next.line === 0 && block.blankBefore } } };
}

/** The first cell of a header a paragraph per cell: `序号`, in bold or not. */
const HEADER_CELL = /^[\s\u3000]*(?:\*\*)?[\s\u3000]*序[\s\u3000]*号[\s\u3000]*(?:\*\*)?[\s\u3000]*$/;

function splitBlock(block: Block, repairs: Repair[]): Block[] | null {
  const lines = block.lines;
  const out: Block[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const table = readTable(lines, i, repairs);
    if (!table) continue;
    if (i > from) out.push({ ...block, lines: lines.slice(from, i), blankBefore: from === 0 && block.blankBefore });
    append(out, table.rows.map((r, k) => ({ ...r, blankBefore: k === 0 && i === 0 && block.blankBefore })));
    from = table.end;
    i = table.end - 1;
  }
  if (!out.length) return null;
  if (from < lines.length) out.push({ ...block, lines: lines.slice(from), blankBefore: false });
  return out;
}

function readTable(lines: SourceText[], start: number, repairs: Repair[]): { rows: Array<Omit<Block, 'blankBefore'>>; end: number } | null {
  // Cheap tests first: this runs on every line of a text notice.
  if (lines[start].text.length > 12) return null;
  const first = lines[start].text.trim();
  if (first.length > 4 || columnKind(fold(first)) !== 'number') return null;
  const columns: Columns = [];
  let j = start;
  // A column of no kind fengong reads (`行业领域`, `备注`: probe 48) is a header cell too when it is a short word and
  // the header goes on to the first record's number.
  let others = 0;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    const kind = t.length <= 10 && !/\d/.test(t) ? columnKind(fold(t)) : 'other';
    if (j > start && kind === 'number') break;
    if (kind === 'other') {
      if (!/^[\u4e00-\u9fff]{2,6}$/.test(t)) break;
      others++;
    }
    columns.push(kind);
  }
  // Without the first record right under it, the short words were the rows' text after all.
  while (others > 0 && columns[columns.length - 1] === 'other' && readRowNumber(lines[j]?.text ?? '') !== 1) {
    columns.pop();
    j--;
    others--;
  }
  if (columns.length < 3 || !columns.some(isRole)) return null;
  const header: Omit<Block, 'blankBefore'> = { kind: 'row', lines: lines.slice(start, j), cells: lines.slice(start, j).map(cell), tableStart: true };
  const rows = [header];
  const width = columns.length;
  const found: Repair[] = [];
  let n = 1;
  // A record starts at the row number next in turn, or at 1 again: after a category row, or in a table whose
  // sections each number their rows from 1 (probe 37; the repeats get their `-2` ids later, with a warning).
  for (;;) {
    // A category row between records (`一、安全生产责任体系建设行动`, its cells merged): a line of its own, under which
    // the rows go on (src/notice/parse-notice.ts reads a numbered line between rows as one).
    // (Or two, a section's and a sub-section's: `四、持续保障和改善民生` ⏎ `（一）稳就业兴教育` ⏎ `9` ⏎ …, probe 149.)
    const headings = headingsAt(lines, j);
    if (rows.length > 0 && headings > 0 && startsRecordAt(lines, j + headings, n)) {
      for (let k = 0; k < headings; k++) rows.push({ kind: 'text', lines: [lines[j + k]] });
      j += headings;
    }
    if (!startsRecordAt(lines, j, n)) break;
    n = readRowNumber(lines[j].text)!;
    // The record's lines run to the next record (within a few rows' worth of lines: a wrapped task)…
    let end = j + 1;
    while (end < lines.length && end - j <= 3 * width && !nextRecord(lines, end, n)) end++;
    if (end >= lines.length || !nextRecord(lines, end, n)) {
      // …or, for the last record, to as many lines as the row has cells, or a numbered heading before that.
      end = j + 1;
      while (end < lines.length && end - j < width && !isHeading(lines[end].text)) end++;
      // A last record whose time comes later (a cell of two lines before it: probe 48; cells wrapped onto lines of
      // their own: probe 150) takes the lines to it.
      if (columns[width - 1] === 'deadline' && end - j === width && !isTime(lines[end - 1].text)) {
        let k = end;
        while (k < lines.length && k - j < 3 * width && !isHeading(lines[k].text) && !isTime(lines[k].text)) k++;
        if (k < lines.length && k - j < 3 * width && isTime(lines[k].text)) end = k + 1;
      }
    }
    // A table over two pages (`— 3 —` and the header again, Word's 重复标题行), read by pdftotext a cell to a line: the
    // page's number and the repeated header are no cells (probe 150, where the whole table had been left unread).
    let values = withoutPageFurniture(lines.slice(j, end), header.cells!);
    // Cells wrapped onto lines of their own (`市卫生健康委、市财政局，各区（市、` ⏎ `县）人民政府`, `…市文化广电旅` ⏎ `游局`) join
    // first, where a line plainly goes on (same probe).
    if (values.length > width) values = joinWrappedCells(values);
    // More lines than cells must be a task wrapped at a page's width, or a cell of two names (a `<br>` in a web
    // table's 责任单位 cell, probe 37). Lines of a unit's length anywhere else say the table is something else (units
    // one per line, probe 14), and it is left as text.
    const task = Math.max(1, columns.indexOf('task'));
    // (A short line that ends as no name does, `村45个`, is the task's wrapped rest.)
    if (values.length > width && values.slice(task + 1, task + 1 + values.length - width).some((l) => l.text.trim().length < 12 && NAME_END.test(l.text.trim()))) {
      const names = namesCell(values, columns);
      if (!names) return null;
      values = names.lines;
      found.push({ ruleId: 'split-cell', severity: 'warning', offset: 0, line: lines[j].line, column: 1, message: { en: `Row ${n} has more lines than the table has columns: lines ${names.from}–${names.to} were read as its \`${names.column}\` cell; check it`, zh: `第${n}行的行数多于表格的列数：第${names.from}至${names.to}行已作为“${names.column}”单元格读取，请核对` } });
    }
    const cells = record(values, columns);
    // A record whose 完成时限 cell reads as no time has its cells out of step (a unit wrapped onto a line of its own):
    // the table is left as text rather than read wrong (a new user's probe).
    const due = columns.indexOf('deadline');
    if (due > 0 && cells[due].text && !isTime(cells[due].text)) return null;
    rows.push({ kind: 'row', lines: lines.slice(j, end), cells, tableStart: false });
    j = end;
    n++;
  }
  if (rows.length <= 1) return null;
  // A category line left last, no record under it, is not the table's.
  while (rows[rows.length - 1].kind === 'text') {
    rows.pop();
    j--;
  }
  append(repairs, found);
  return { rows, end: j };
}

/** A page's number as pdftotext writes it on a line of its own: `— 3 —`, `- 3 -`, `第3页`. */
const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[—–\-－]+[\s\u3000]*\d{1,3}[\s\u3000]*[—–\-－]+|第[\s\u3000]*\d{1,3}[\s\u3000]*页(?:[\s\u3000]*[/／共][\s\u3000]*\d{1,3}[\s\u3000]*页?)?)[\s\u3000]*$/;

/** A record's lines without a page's number, nor the header repeated on the next page (its cells in order). */
function withoutPageFurniture(values: SourceText[], header: Cell[]): SourceText[] {
  const out: SourceText[] = [];
  for (let i = 0; i < values.length; i++) {
    if (PAGE_NUMBER_LINE.test(values[i].text)) continue;
    if (i > 0 && header.every((h, k) => values[i + k]?.text.trim() === h.text)) {
      i += header.length - 1;
      continue;
    }
    out.push(values[i]);
  }
  return out;
}

/**
 * A record's lines with a cell's wrapped lines joined: a line that ends in a list's separator or `各`, or inside a
 * bracket or a quotation, or one that a name's rest follows (src/notice/units.ts `wrapsName`). Never the row's number,
 * nor a time (the deadline after a list ending in `，`).
 */
function joinWrappedCells(values: SourceText[]): SourceText[] {
  const out: SourceText[] = [values[0]];
  for (const v of values.slice(1)) {
    const prev = out[out.length - 1];
    const p = prev.text.trim();
    const t = v.text.trim();
    if (out.length > 1 && !isTime(t) && (/[、，,；;（(“各]$/.test(p) || opens(p) || /^[）)”]/.test(t) || wrapsName(p, t))) out[out.length - 1] = { ...prev, text: p + t };
    else out.push(v);
  }
  return out;
}

/** Whether a text leaves a bracket or a quotation open. */
function opens(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(' || c === '“') depth++;
    else if ((c === '）' || c === ')' || c === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether a record starts at line `at` after record `n`: its next number, or 1 again (see readTable). */
function nextRecord(lines: SourceText[], at: number, n: number): boolean {
  const k = readRowNumber(lines[at].text);
  if (k === n + 1 || (k === 1 && n > 1)) return true;
  const headings = headingsAt(lines, at);
  return headings > 0 && startsRecordAt(lines, at + headings, n + 1);
}

/** How many numbered headings stand one after another from line `at` (at most three: a section and its parts). */
function headingsAt(lines: SourceText[], at: number): number {
  let k = 0;
  while (k < 3 && at + k < lines.length && isHeading(lines[at + k].text)) k++;
  return k;
}

/** Whether line `at` starts record `n` (or 1, a section's first). */
function startsRecordAt(lines: SourceText[], at: number, n: number): boolean {
  if (at >= lines.length) return false;
  const k = readRowNumber(lines[at].text);
  return k === n || k === 1;
}

/**
 * A record of one line more than the table has cells, read as a cell of two names: its deadline last (a time), its
 * task one line, and the extra line a name like the one before it, in the last role column (the 责任单位 cell of a
 * web table that held a `<br>`, probe 37). The cells, one per column (two names joined by a line break), the lines
 * of that cell (1-based), and its column's header; or null.
 */
function namesCell(values: SourceText[], columns: Columns): { lines: SourceText[]; from: number; to: number; column: string } | null {
  const width = columns.length;
  const due = columns.indexOf('deadline');
  let role = -1;
  for (let c = width - 1; c >= 0; c--) if (isRole(columns[c])) { role = c; break; }
  if (values.length !== width + 1 || role < 0 || (due >= 0 && (due !== width - 1 || !isTime(values[values.length - 1].text))) || role !== (due >= 0 ? width - 2 : width - 1)) return null;
  const [a, b] = [values[role], values[role + 1]];
  // (The first line may end in the list's separator: `县住房和城乡建设局、县商务局、` ⏎ `各乡镇人民政府`, probe 48.)
  if (!(NAME_END.test(a.text.trim()) || /[、，,；;]$/.test(a.text.trim())) || !NAME_END.test(b.text.trim())) return null;
  const merged: SourceText = { ...a, text: `${a.text.trim()}\n${b.text.trim()}` };
  return { lines: [...values.slice(0, role), merged, ...values.slice(role + 2)], from: a.line, to: b.line, column: COLUMN_NAMES[columns[role]] ?? '责任单位' };
}

/** The end of a body's name (`局`, `中心`, `人民政府`, `各乡镇（街道）`), or of a collective (`有关成员单位`). */
const NAME_END = new RegExp(`(?:[${NAME_END_CHARS}村位门业构关]|（[^（）]*）)$`);
const COLUMN_NAMES: Partial<Record<Columns[number], string>> = { lead: '牵头单位', responsible: '责任单位', support: '配合单位' };

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
    if (deadline > 0 && values.length - 1 < deadline && isTime(last.text)) {
      cells[values.length - 1] = { text: '', line: last.line, column: 1 };
      cells[deadline] = last;
    }
  }
  return cells;
}

const TIME = /\d{4}|\d{1,2}月|年底|年内|月底|季度|长期|持续|全年|每年|每月|常态|立即|完成|底前|年度/;
/**
 * Whether a deadline cell reads as a time: any of TIME's words in it, or a time phrase as a marker's (`立行立改`,
 * `即知即改`, `汛期前`: probe 145, a 整改清单 copied cell by cell whose one `立行立改` had made the whole table unread).
 */
const isTime = (text: string): boolean => TIME.test(text) || isTimePhrase(text);

/** A numbered heading (`三、保障措施`): the end of a table's last record. */
function isHeading(text: string): boolean {
  const m = readNumberMarker(text);
  return m !== null && !m.digitAfter && m.style !== 'ar' && m.style !== 'row';
}
