import type { Block, Cell, ReadNotice, SourceText } from './types.js';
import { findAlignedTables, type WidthOf } from './aligned-table.js';
import type { DrawnTable } from './drawn-table.js';

/**
 * A heading whose number Word's list put before a tab (`二、⇥保障措施`, `（一）⇥强化组织领导`), copied out of Word: a
 * line of text, not a row of two cells (probe 49: as a row under a pasted table it took the items below it as its
 * cells' rest). A bare `1⇥…` stays a row (a 序号 cell).
 */
const LIST_NUMBER_TAB = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]|[（(]\d{1,2}[）)]|第[一二三四五六七八九十]{1,3}(?:[篇章节条]|部分))\t+[^\t]+$/;

/**
 * A line of text and tabs after it, right under a row: a row of a sheet copied from Excel with one cell filled
 * (`坚持项目为王，全力扩大有效投资（4项）⇥⇥⇥⇥⇥`, a category row with no number: probe 71; `道路建设（2项）⇥`, one tab
 * only: a fresh user's, where the line had cut the table in two), not a line of text with stray tabs. (Above the
 * table, the sheet's title and the notice's header lines keep theirs: they are text.)
 */
const EMPTY_CELLS_AFTER = /[^\s\u3000]\t+[ \t]*$/;
/** The heading of a table of contents, alone on its line (`目录`, `目　录`). */
const TOC_HEADING = /^[\s\u3000]*目[\s\u3000]*录[\s\u3000]*$/;
/** An entry of a table of contents: its heading, then a tab, dot leaders or wide space, then a page number. */
const TOC_ENTRY = /\S.*?(?:\t+|[.…·．]{3,}[\s\u3000]*|[\s\u3000]{2,})\d{1,3}[\s\u3000]*$/;

/**
 * Reads plain text (pasted from PDF or Word) as blocks of lines, one linear pass. Never Markdown: a 4-space indent
 * is not code and a `1.` line is not a list. CRLF, CR and LF all end a line. A line holding a tab is a table row
 * (Word tables pasted into a text editor come out tab-separated); the notice stage decides whether it is one.
 * With `widthOf` (the display width of a character), tables laid out with spaces are read as rows too
 * (src/read/aligned-table.ts): a PDF's 任务分工表 copied as text. `drawn` are the tables drawn with characters
 * (src/read/drawn-table.ts), read as rows in their place.
 * @param text decoded text, BOM removed.
 */
export function readText(text: string, widthOf?: WidthOf, drawn: readonly DrawnTable[] = []): ReadNotice {
  // No-break spaces lay out columns as spaces do (a table copied from a web page or a PDF viewer: probe 149), one
  // for one, so that offsets stay.
  const lines = text.split(/\r\n|\r|\n/);
  const aligned = widthOf ? new Map(alignedRows(text.includes('\u00a0') ? lines.map((l) => l.replace(/\u00a0/g, ' ')) : lines, widthOf).map((r) => [r.index + 1, r])) : undefined;
  const tables = new Map(drawn.map((t) => [t.start, t]));
  const blocks: Block[] = [];
  let current: Block | undefined;
  let blank = false;
  let line = 0;
  /** The last line (1-based) of the row being read, and the lines it holds: pdftotext -layout rows span several. */
  let skipUntil = 0;
  let rowLines: SourceText[] | undefined;
  let inContents = false;
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    let m = re.exec(text);
    const end = m ? m.index : text.length;
    line++;
    const raw = text.slice(start, end);
    const table = tables.get(line);
    if (table) {
      // A table drawn with characters (src/read/drawn-table.ts): its rows, then the line after its bottom border.
      table.rows.forEach((r, k) => {
        blocks.push({ kind: 'row', lines: [{ text: r.cells.map((c) => c.text).join('\t'), line: r.line, column: 1 }], cells: r.cells, blankBefore: k === 0 && blank, tableStart: k === 0 });
      });
      current = undefined;
      blank = false;
      skipUntil = 0;
      while (line < table.end && m) {
        m = re.exec(text);
        line++;
      }
      if (!m) break;
      start = m.index + m[0].length;
      continue;
    }
    const row = aligned?.get(line);
    // A table of contents copied out of Word (`目录` ⏎ `一、重点任务⇥1` …: probe 46) repeats the headings with their
    // page numbers: no line of the plan. It ends at the first line that is not one of its entries.
    if (line > skipUntil && (inContents ? raw.trim() === '' || TOC_ENTRY.test(raw) : raw.length <= 12 && TOC_HEADING.test(raw))) {
      inContents = true;
      blank = true;
      current = undefined;
      if (!m) break;
      start = m.index + m[0].length;
      continue;
    }
    inContents = false;
    // (A line two rows share, a cell merged over both printed on the lower's first line, starts the lower row: it had been
    // read as the upper's alone, and the lower row and every row after it lost in silence, probe 132's 31 rows.)
    if (line <= skipUntil && !(row && !row.skip && !row.text)) {
      // A line of a pdftotext -layout row read with the row's first line.
      rowLines!.push({ text: raw, line, column: 1 });
    } else if (row?.skip) {
      // The table's header printed again on the next page: no line of the notice.
    } else if (row?.text) {
      blocks.push({ kind: 'text', lines: [{ text: raw, line, column: 1 }], blankBefore: blank });
      current = undefined;
      blank = false;
    } else if (row) {
      rowLines = [{ text: raw, line, column: 1 }];
      blocks.push({ kind: 'row', lines: rowLines, cells: row.cells, blankBefore: blank, tableStart: row.tableStart, aligned: !row.tableStart });
      skipUntil = row.last === undefined ? 0 : row.last + 1;
      current = undefined;
      blank = false;
    } else if (raw.trim() === '') {
      blank = true;
      current = undefined;
    } else if ((raw.trim().includes('\t') || (EMPTY_CELLS_AFTER.test(raw) && !blank && blocks[blocks.length - 1]?.kind === 'row') || quotedFirstCell(raw, blank, blocks)) && !LIST_NUMBER_TAB.test(raw)) {
      // A record of a sheet copied from Excel whose quoted cell holds line breaks (`"县级⏎牵头单位"`, in the header
      // too: probe 23) goes on over the lines up to its closing quote.
      const record = quoteState(raw) === 'open' ? excelRecord(text, m, raw, line) : null;
      if (record) {
        blocks.push({ kind: 'row', lines: record.lines, cells: record.cells, blankBefore: blank });
        line += record.lines.length - 1;
        m = record.end;
        if (m) re.lastIndex = m.index + m[0].length;
      } else blocks.push({ kind: 'row', lines: [{ text: raw, line, column: 1 }], cells: splitCells(raw, line), blankBefore: blank });
      current = undefined;
      blank = false;
    } else {
      // (A tab after a list's number is white space: as many spaces, so that columns stay where they were.)
      const piece: SourceText = { text: raw.includes('\t') ? raw.replace(/\t/g, ' ') : raw, line, column: 1 };
      if (current) current.lines.push(piece);
      else {
        current = { kind: 'text', lines: [piece], blankBefore: blank };
        blocks.push(current);
      }
      blank = false;
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { blocks, lineCount: line, format: 'text' };
}

/**
 * Whether a line under a row opens a quoted first cell of the next record, its line break inside the quotes
 * (`"王建国` ⏎ `（常务副县长）"⇥5⇥…`: a 责任领导 column first, probe 128, where the line had gone into the deadline of the
 * row above and the rest had made a row of its own).
 */
function quotedFirstCell(raw: string, blank: boolean, blocks: Block[]): boolean {
  return !blank && raw.charCodeAt(0) === 0x22 && blocks[blocks.length - 1]?.kind === 'row' && quoteState(raw) === 'open';
}

/** A rule drawn across a text (`────────`, `--------`): no line of a table laid out with spaces. */
const RULE = /^[\s\u3000]*[─━═\-_]{10,}[\s\u3000]*$/;

/**
 * The rows of the tables laid out with spaces ({@link findAlignedTables}), found as if the rules drawn between their
 * rows (`────` under the header and under each row, a text export's: probe 63) were not there; rows and cells keep
 * their own lines.
 */
function alignedRows(lines: string[], widthOf: WidthOf) {
  if (!lines.some((l) => l.length >= 10 && RULE.test(l))) return findAlignedTables(lines, widthOf);
  const kept: number[] = [];
  lines.forEach((l, i) => {
    if (!RULE.test(l)) kept.push(i);
  });
  const rows = findAlignedTables(kept.map((i) => lines[i]), widthOf);
  for (const r of rows) {
    r.index = kept[r.index];
    if (r.last !== undefined) r.last = kept[r.last];
    for (const c of r.cells) c.line = kept[c.line - 1] + 1;
  }
  return rows;
}

/** The most lines one record of a pasted sheet may run over: a cell of a few names, not a page. */
const MAX_RECORD_LINES = 30;

/**
 * Where a tab-separated line, or the lines of a record so far, ends: inside a quoted cell (`open`: a cell that
 * starts with `"`, Excel's quoting with `""` for a quote, not closed yet), after its last cell (`closed`), or nowhere
 * a sheet would (`malformed`: text after a closing quote, `"放管服"改革`, is not Excel's quoting).
 */
function quoteState(record: string): 'open' | 'closed' | 'malformed' {
  let at = 0;
  for (;;) {
    if (record.charCodeAt(at) === 0x22) {
      const close = closingQuote(record, at);
      if (close < 0) return 'open';
      const after = record.charCodeAt(close + 1);
      if (!Number.isNaN(after) && after !== 0x09 && after !== 0x20) return 'malformed';
      at = close + 1;
    }
    const tab = record.indexOf('\t', at);
    if (tab < 0) return 'closed';
    at = tab + 1;
  }
}

/** The quote closing the quoted cell that opens at `open` (a `""` inside is a quote of the text), or -1. */
function closingQuote(record: string, open: number): number {
  let close = open + 1;
  for (;;) {
    close = record.indexOf('"', close);
    if (close < 0 || record.charCodeAt(close + 1) !== 0x22) return close;
    close += 2;
  }
}

/**
 * The record of a pasted sheet that starts at `first` (line `line`) and runs on while a quoted cell is open: its
 * lines, its cells unquoted (their line breaks kept), and the line end it stops at (`null` at the end of the
 * text); null when no closing quote comes within {@link MAX_RECORD_LINES} lines, or the quotes are not Excel's.
 */
function excelRecord(text: string, firstEnd: RegExpExecArray | null, first: string, line: number): { lines: SourceText[]; cells: Cell[]; end: RegExpExecArray | null } | null {
  const ahead = /\r\n|\r|\n/g;
  const lines: SourceText[] = [{ text: first, line, column: 1 }];
  let record = first;
  let end = firstEnd;
  while (end && lines.length < MAX_RECORD_LINES) {
    const from = end.index + end[0].length;
    ahead.lastIndex = from;
    end = ahead.exec(text);
    const next = text.slice(from, end ? end.index : text.length);
    lines.push({ text: next, line: line + lines.length, column: 1 });
    record += `\n${next}`;
    const state = quoteState(record);
    if (state === 'closed') return { lines, cells: recordCells(record, line), end };
    if (state === 'malformed') return null;
  }
  return null;
}

/** The cells of a record, quotes undone (`"a⏎b"` → `a⏎b`, `""` → `"`), each at the line and column it starts. */
function recordCells(record: string, line: number): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  let cellLine = line;
  let lineStart = 0;
  for (;;) {
    const column = at - lineStart + 1;
    let value: string;
    let next: number;
    if (record.charCodeAt(at) === 0x22) {
      const close = closingQuote(record, at);
      value = record.slice(at + 1, close).replace(/""/g, '"');
      next = record.indexOf('\t', close);
    } else {
      next = record.indexOf('\t', at);
      value = record.slice(at, next < 0 ? record.length : next);
    }
    cells.push({ text: value, line: cellLine, column });
    if (next < 0) return cells;
    // The next cell's line and column: count the line breaks this cell held.
    for (let i = record.indexOf('\n', at); i >= 0 && i < next; i = record.indexOf('\n', i + 1)) {
      cellLine++;
      lineStart = i + 1;
    }
    at = next + 1;
  }
}

function splitCells(raw: string, line: number): SourceText[] {
  const cells: SourceText[] = [];
  let column = 1;
  for (const part of raw.split('\t')) {
    cells.push({ text: part, line, column });
    column += part.length + 1;
  }
  return cells;
}
