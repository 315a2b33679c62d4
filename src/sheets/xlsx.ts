import ExcelJS from 'exceljs';
import { columnWidths, wrappedLines, type Sheet, type SheetRow } from './sheet.js';

/** Fills (ARGB) of due rows: Excel's own "bad" red and "neutral" amber. */
const DUE_FILLS = { overdue: 'FFFFC7CE', soon: 'FFFFEB9C' } as const;
const CATEGORY_FILLS = ['FFD9E1F2', 'FFEDF1F9'];
const HEADER_FILL = 'FFE7E6E6';
const BODY_FONT = { name: '宋体', size: 11 };
const HEADER_FONT = { name: '黑体', size: 11, bold: true };
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/**
 * Points per line of 11 pt text, as the readers lay CJK text out: 宋体 in Excel about 14.5, the Noto CJK that
 * LibreOffice and WPS fall back to on a machine without 宋体 about 16 (a fresh user's: rows of 14.5 clipped their
 * last line in LibreOffice, and a height set is not grown again).
 */
const LINE_HEIGHT = 16;
/** The tallest row Excel allows, in points (its specifications and limits: 409 points); a taller one is cut to it. */
const MAX_ROW_HEIGHT = 409;

/**
 * Sheets as an xlsx workbook, one worksheet each: the title and notes in merged rows on top, then the header
 * row (frozen, with a filter), task rows with wrapped text, category rows merged across the row. Column widths
 * follow the widest line in each column (CJK characters count 2) up to the column's `maxWidth`. A due row is
 * filled red (overdue) or amber (soon). Printing: A4 landscape, one page wide, the header repeated.
 * Worksheet names are made valid (no `[]:*?/\`, at most 31 characters) and unique.
 * @returns the bytes of the .xlsx file.
 */
export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'fengong';
  const names = new Set<string>();
  for (const sheet of sheets) addWorksheet(workbook, sheet, worksheetName(sheet.name, names));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The 1-based row of a sheet's header in the xlsx written by {@link sheetsToXlsx}: after the title and notes. */
export function xlsxHeaderRow(sheet: Sheet): number {
  return sheet.notes.length + 2;
}

function addWorksheet(workbook: ExcelJS.Workbook, sheet: Sheet, name: string): void {
  const width = sheet.columns.length;
  const headerRow = xlsxHeaderRow(sheet);
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  const banner = (text: string, row: number, font: Partial<ExcelJS.Font>): void => {
    ws.getCell(row, 1).value = text;
    ws.getCell(row, 1).font = font;
    ws.mergeCells(row, 1, row, width);
  };
  banner(sheet.title, 1, { ...HEADER_FONT, size: 16 });
  sheet.notes.forEach((note, i) => banner(note, i + 2, BODY_FONT));
  const header = ws.getRow(headerRow);
  sheet.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = HEADER_FONT;
    cell.fill = solid(HEADER_FILL);
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  const widths = columnWidths(sheet);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w + 2));
  sheet.rows.forEach((row, i) => {
    writeRow(ws, headerRow + 1 + i, row, width);
    // Row heights are set because not every reader grows a row to fit wrapped text (LibreOffice does not).
    if (row.kind === 'task') {
      // (A CJK line breaks short of the width where punctuation may not start a line: a column's width less one.)
      const lines = Math.max(...row.cells.map((text, c) => wrappedLines(text, widths[c] - 1)));
      if (lines > 1) ws.getRow(headerRow + 1 + i).height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 4);
    }
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + sheet.rows.length, column: width } };
}

/** Excel holds at most 32,767 characters in a cell; a longer text is cut with a note saying where the rest is. */
const CELL_LIMIT = 32767;
const CUT_NOTE = '…（超出 Excel 单元格上限，全文见责任矩阵 · cut at the Excel cell limit: the matrix has the whole text）';

function fitCell(text: string): string {
  return text.length <= CELL_LIMIT ? text : text.slice(0, CELL_LIMIT - CUT_NOTE.length) + CUT_NOTE;
}

function writeRow(ws: ExcelJS.Worksheet, index: number, row: SheetRow, width: number): void {
  const xrow = ws.getRow(index);
  if (row.kind === 'category') {
    const cell = xrow.getCell(1);
    cell.value = row.text;
    cell.font = { ...HEADER_FONT, size: row.level === 0 ? 12 : 11 };
    cell.fill = solid(CATEGORY_FILLS[Math.min(row.level, CATEGORY_FILLS.length - 1)]);
    cell.border = BORDER;
    ws.mergeCells(index, 1, index, width);
    return;
  }
  row.cells.forEach((text, i) => {
    const cell = xrow.getCell(i + 1);
    cell.value = fitCell(text);
    cell.font = BODY_FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (row.due) cell.fill = solid(DUE_FILLS[row.due]);
  });
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/**
 * A valid, unique worksheet name: `[]:*?/\` replaced, no leading or trailing `'`, at most 31 characters, and not
 * `History` in any case (Excel keeps it for the change history of a shared workbook; exceljs throws on it): `History_`.
 */
function worksheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\\u0000-\u001f]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31) || 'Sheet';
  if (base.toLowerCase() === 'history') base = `${base}_`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
