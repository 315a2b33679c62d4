import { parse } from 'csv-parse/sync';
import { FengongError } from '../errors.js';
import { sheetBlocks, type DraftRow } from './table-rows.js';
import type { ReadNotice } from './types.js';

/**
 * Reads a 任务分工表 saved as CSV (Excel's 另存为 CSV, a spreadsheet exported by an office system) into blocks, as
 * an Excel sheet is read (src/read/xlsx.ts): rows above the table (a title, a note) are `text` blocks; the first row
 * with two or more filled cells is the table's header and it and every row with text after it are `row` blocks;
 * empty rows set `blankBefore` of the next block. The text was decoded first (src/read/decode.ts: a GB18030 file
 * from a Chinese Excel, or UTF-8 with Excel's BOM).
 *
 * Fields are separated by commas, or by tabs when more of the first lines hold a tab than a comma (a spreadsheet
 * copied to a .csv file, a title typed above it: probe 66); quoted fields may hold line breaks and `""` (RFC 4180), read by csv-parse. A CSV keeps no
 * merged cells: a 序号 or 类别 written once over several rows stays in its first row.
 *
 * Positions: `line` is the line of the file where the row starts (1-based; a quoted line break makes a row span
 * lines), `column` the field's number (A = 1), as Excel shows the file.
 * @param text the decoded file.
 * @param file the path, for messages.
 * @throws FengongError `file:N: a field opened with \`"\` is never closed` (N the line its row starts on), and
 *   `file: the table holds no text` for a file of separators only.
 */
export function readCsv(text: string, file: string): ReadNotice {
  const delimiter = tabSeparated(text) ? '\t' : ',';
  let records: Array<{ record: string[]; raw: string }>;
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, raw: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; message?: string; lines?: number };
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text, delimiter) : (e.lines ?? 1);
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') throw new FengongError({ en: `${file}:${line}: a field opened with \`"\` is never closed`, zh: `${file}:${line}：以“"”开头的字段没有结束的引号` });
    throw new FengongError({ en: `${file}:${line}: not a CSV table (${e.message ?? String(error)})`, zh: `${file}:${line}：不是有效的 CSV 表格（${e.message ?? String(error)}）` });
  }
  let left = Infinity;
  let right = 0;
  for (const { record } of records) {
    record.forEach((field, c) => {
      if (field.trim() !== '') {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
  }
  if (right === 0 && left === Infinity) throw new FengongError({ en: `${file}: the table holds no text`, zh: `${file}：表格中没有文字` });
  const rows: DraftRow[] = [];
  let line = 1;
  for (const { record, raw } of records) {
    const row: DraftRow = { line, column: left + 1, cells: [], origin: [], blankBefore: false };
    for (let c = left; c <= right; c++) {
      // Line ends inside a quoted field as the other readers give them: `\n`.
      // (The `'` that export -f csv, and other writers, put before a field a spreadsheet would run as a formula, `'=1+1`,
      // `'-县应急局`, is no part of the text: a fresh user's round trip had kept it.)
      const field = record[c] ?? '';
      const text = field.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
      row.cells.push({ text: text.replace(/\r\n?/g, '\n'), line, column: c + 1 });
      row.origin.push('own');
    }
    rows.push(row);
    // (csv-parse's own line count takes a CRLF inside a quoted field for two lines.)
    line += lineEnds(raw);
  }
  return { blocks: sheetBlocks(rows), lineCount: /[\r\n]$/.test(text) ? line - 1 : line, format: 'csv' };
}

/** The line ends in a text: CRLF, CR or LF, each one. */
function lineEnds(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Whether more of the first 20 lines hold a tab than a comma: a spreadsheet pasted into a file named .csv. */
function tabSeparated(text: string): boolean {
  let tabs = 0;
  let commas = 0;
  for (const line of text.split(/\r\n|\r|\n/, 20)) {
    if (line.includes('\t')) tabs++;
    if (line.includes(',')) commas++;
  }
  return tabs > commas;
}

/**
 * The line where the field that is never closed opens: the last quote that opens a field (at a field's start, as
 * RFC 4180 quotes it) with no closing quote after it. csv-parse reports where it stopped reading, the file's end
 * (probe 66: a stray quote on line 5 was reported on line 9).
 */
function unclosedQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let opened = 1;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      opened = line;
    } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    fieldStart = c === delimiter || c === '\n' || c === '\r';
  }
  return opened;
}
