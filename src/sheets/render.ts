import { sheetsToCsv, type CsvOptions } from './csv.js';
import { sheetsToDocx } from './docx.js';
import { sheetsToMarkdown } from './markdown.js';
import type { Sheet } from './sheet.js';
import { sheetsToXlsx } from './xlsx.js';

/** The formats sheets can be written in. */
export const SHEET_FORMATS = ['xlsx', 'docx', 'csv', 'md'] as const;
/** One of {@link SHEET_FORMATS}. */
export type SheetFormat = (typeof SHEET_FORMATS)[number];

/**
 * Sheets in one format: a string for csv and md, the file's bytes for xlsx and docx. Several sheets are
 * several worksheets (xlsx), sections (docx), tables (md), or one csv table with the header once.
 */
export async function renderSheets(sheets: Sheet[], format: SheetFormat, options: CsvOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'xlsx':
      return sheetsToXlsx(sheets);
    case 'docx':
      return sheetsToDocx(sheets);
    case 'csv':
      return sheetsToCsv(sheets, options);
    case 'md':
      return sheetsToMarkdown(sheets);
  }
}
