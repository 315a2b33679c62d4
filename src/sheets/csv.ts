import { markedDeadline, type Sheet } from './sheet.js';

/** Options of the csv writers. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so that Excel on a Chinese Windows reads UTF-8 (default true). */
  bom?: boolean;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One csv field: a value that a spreadsheet would run as a formula (starting with = + - @ tab or CR) is
 * prefixed with `'`; a field holding `"`, `,`, CR or LF is quoted, its quotes doubled (RFC 4180 §2.6–2.7).
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as RFC 4180 csv: fields by {@link csvField}, every record ended by CRLF, a BOM first unless `bom: false`. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return options.bom === false ? body : `\uFEFF${body}`;
}

/**
 * Sheets as one csv table: the header once, then the task rows of every sheet (category rows are left out:
 * the 所属章节 and 职责 columns carry them), the due marker appended to the deadline cell.
 * @throws Error when the sheets do not share their columns (a bug: callers pass sheets of one kind).
 */
export function sheetsToCsv(sheets: readonly Sheet[], options: CsvOptions = {}): string {
  const header = sheets[0]?.columns.map((c) => c.header) ?? [];
  const rows: string[][] = [header];
  for (const sheet of sheets) {
    if (sheet.columns.map((c) => c.header).join('\0') !== header.join('\0')) {
      throw new Error(`sheet ${sheet.name} has other columns than the first sheet`);
    }
    for (const row of sheet.rows) {
      if (row.kind !== 'task') continue;
      rows.push(row.cells.map((cell, i) => (i === sheet.deadlineColumn ? markedDeadline(cell, row.due) : cell)));
    }
  }
  return toCsv(rows, options);
}
