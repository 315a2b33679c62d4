import type { Block, ReadNotice, SourceText } from './types.js';
import { findAlignedTables, type WidthOf } from './aligned-table.js';

/**
 * Reads plain text (pasted from PDF or Word) as blocks of lines, one linear pass. Never Markdown: a 4-space indent
 * is not code and a `1.` line is not a list. CRLF, CR and LF all end a line. A line holding a tab is a table row
 * (Word tables pasted into a text editor come out tab-separated); the notice stage decides whether it is one.
 * With `widthOf` (the display width of a character), tables laid out with spaces are read as rows too
 * (src/read/aligned-table.ts): a PDF's 任务分工表 copied as text.
 * @param text decoded text, BOM removed.
 */
export function readText(text: string, widthOf?: WidthOf): ReadNotice {
  const aligned = widthOf ? new Map(findAlignedTables(text.split(/\r\n|\r|\n/), widthOf).map((r) => [r.index + 1, r])) : undefined;
  const blocks: Block[] = [];
  let current: Block | undefined;
  let blank = false;
  let line = 0;
  /** The last line (1-based) of the row being read, and the lines it holds: pdftotext -layout rows span several. */
  let skipUntil = 0;
  let rowLines: SourceText[] | undefined;
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    line++;
    const raw = text.slice(start, end);
    const row = aligned?.get(line);
    if (line <= skipUntil) {
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
    } else if (raw.trim().includes('\t')) {
      blocks.push({ kind: 'row', lines: [{ text: raw, line, column: 1 }], cells: splitCells(raw, line), blankBefore: blank });
      current = undefined;
      blank = false;
    } else {
      const piece: SourceText = { text: raw, line, column: 1 };
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

function splitCells(raw: string, line: number): SourceText[] {
  const cells: SourceText[] = [];
  let column = 1;
  for (const part of raw.split('\t')) {
    cells.push({ text: part, line, column });
    column += part.length + 1;
  }
  return cells;
}
