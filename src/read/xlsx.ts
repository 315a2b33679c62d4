import ExcelJS from 'exceljs';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats.js';
import type JSZip from 'jszip';
import { format, isDateFormat } from 'numfmt';
import { FengongError } from '../errors.js';
import { checkParts, openZip, readPartText } from './ooxml.js';
import { sheetBlocks, type DraftRow } from './table-rows.js';
import type { Block, Cell, ReadNotice } from './types.js';
import { append } from '../lists.js';

const WHAT = { en: 'an Excel .xlsx file', zh: ' Excel .xlsx 文件' };

/**
 * Reads a 任务分工表 kept in Excel (exceljs) into blocks, each visible worksheet in order:
 *
 * - Rows above the table (a title in a merged cell, a note): `text` blocks, one line per line of the cell.
 * - The first row with two or more cells of text is the table's header (`tableStart`); it and every row after it
 *   with any text is a `row` block; a header set over two rows is folded into one ({@link tableBlocks}). Cells run from the sheet's first to its last used column, so they line up
 *   with the header.
 * - A merged cell (matrix-format.md "Tables"): the rows below its first row get a copy of its text in its first
 *   column, since a vertical merge belongs to each row it spans; its other columns are '' (a category row merged
 *   across the table stays one cell). Rich text is flattened, text struck through left out; line breaks in a cell are kept as `\n`
 *   (`_x000D_` and CR dropped). Numbers and dates are written as Excel shows them, in the cell's number format
 *   (numfmt): a deadline typed `2024年6月` is a date that Excel shows as `2024年6月`, and so is its text here; a
 *   date without a date format is written `2024-06-30`.
 * - Empty rows set `blankBefore` of the next block.
 *
 * Positions: `line` is the Excel row number and `column` the Excel column number (A = 1) of the cell, a merged
 * copy keeping the place of its first cell. A second sheet's rows continue after the first sheet's last row
 * (line = the rows of the sheets before it + its row number), so every line stays unique.
 * @param file the path, for messages.
 * @throws FengongError `file: not an Excel .xlsx file (…)` when exceljs cannot read the bytes (an old `.xls` or a
 *   file protected by a password says so), `file: a Word document, not an Excel .xlsx file…` for a .docx under
 *   that name, and
 *   `file: the workbook holds no text` when no visible sheet has any.
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<ReadNotice> {
  const workbook = new ExcelJS.Workbook();
  // The zip is opened first for its clearer messages (an old .xls, a password); exceljs opens it again.
  const zip = await openZip(bytes, file, WHAT);
  // A Word document under an .xlsx name (a new user's test: it had read as a workbook with no text).
  if (!zip.file('xl/workbook.xml') && zip.file('word/document.xml')) {
    throw new FengongError({ en: `${file}: a Word document, not ${WHAT.en}: give it its .docx ending to read it`, zh: `${file}：是 Word 文档，不是${WHAT.zh}：改回 .docx 扩展名即可读取` });
  }
  // Its parts checked before exceljs unpacks them: none over the size a notice holds, none damaged (a sheet padded to
  // 1.2 GB had taken 10 s and 1.4 GB of memory before exceljs gave up; a damaged part had read as a bug's message).
  await checkParts(zip, file, (path) => path.startsWith('xl/') && /\.(?:xml|rels)$/.test(path));
  const named = await withChineseDateFormats(zip, file);
  try {
    await workbook.xlsx.load((named ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FengongError({ en: `${file}: not ${WHAT.en} (${reason})`, zh: `${file}：不是${WHAT.zh}（${reason}）` });
  }
  const blocks: Block[] = [];
  const tally = { struck: 0 };
  let offset = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== undefined && sheet.state !== 'visible') continue;
    readSheet(sheet, offset, blocks, tally);
    offset += sheet.rowCount;
  }
  if (!blocks.length) throw new FengongError({ en: `${file}: the workbook holds no text`, zh: `${file}：工作簿中没有文字` });
  return { blocks, lineCount: offset, format: 'xlsx', ...(tally.struck ? { struck: tally.struck } : {}) };
}

function readSheet(sheet: ExcelJS.Worksheet, offset: number, blocks: Block[], tally: { struck: number }): void {
  let left = Infinity;
  let right = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (textOf(cell) !== '') {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    });
  });
  if (right === 0) return;
  const rows: DraftRow[] = [];
  // Hidden columns are not read, as a hidden sheet is not: the clerk does not see them (last year's 包保单位 kept
  // beside this year's, probe 119, had added its units to every row).
  const shown: number[] = [];
  for (let c = left; c <= right; c++) if (!sheet.getColumn(c).hidden) shown.push(c);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const line = offset + r;
    const excelRow = sheet.getRow(r);
    const row: DraftRow = { line, column: left, cells: [], origin: [], blankBefore: false };
    for (const c of shown) {
      const own = excelRow.getCell(c);
      const { cell, origin } = cellAt(own, offset);
      if (origin === 'own' && hasStruck(own)) tally.struck++;
      row.cells.push(cell);
      row.origin.push(origin);
    }
    rows.push(row);
  }
  append(blocks, sheetBlocks(rows));
}

/** A cell as read: a merged cell's copy below its first row, '' beside it. */
function cellAt(cell: ExcelJS.Cell, offset: number): { cell: Cell; origin: DraftRow['origin'][number] } {
  const col = Number(cell.col);
  const row = Number(cell.row);
  if (cell.isMerged && cell.master !== cell) {
    const master = cell.master;
    if (Number(master.col) !== col || Number(master.row) === row) return { cell: { text: '', line: offset + row, column: col }, origin: 'beside' };
    return { cell: { text: textOf(master), line: offset + Number(master.row), column: col }, origin: 'below' };
  }
  return { cell: { text: textOf(cell), line: offset + row, column: col }, origin: 'own' };
}

/**
 * The text of a cell: rich text flattened, formulas by their result, line breaks as `\n`; text struck through (the
 * cell's font, or a rich-text run's) left out, as a drafter strikes what is deleted (probe 118, as in Word).
 */
function textOf(cell: ExcelJS.Cell): string {
  if (cell.font?.strike) return '';
  return valueText(cell.value, cell.numFmt)
    .replace(/_x000D_/g, '')
    .replace(/\r\n?/g, '\n');
}

function valueText(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  // Built-in format 14, which exceljs names `mm-dd-yy`, shows a date the way the system does: `2024/11/30` in China;
  // so do the system's long date `[$-F800]…` and time `[$-F400]…` (a clerk's 长日期 shows `2023年12月31日`: probe 147,
  // where numfmt's English `Sunday,December31,2023` had been the deadline, its due lost).
  if (numFmt === 'mm-dd-yy') numFmt = 'yyyy/m/d';
  else if (numFmt?.startsWith('[$-F800]')) numFmt = 'yyyy"年"m"月"d"日"';
  else if (numFmt?.startsWith('[$-F400]')) numFmt = 'h:mm:ss';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return shown(value, numFmt) ?? String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // exceljs gives dates as UTC midnights; back to Excel's serial day (1900 system) for the cell's format.
    const serial = value.getTime() / 86_400_000 + 25_569;
    return (numFmt && isDateFormat(numFmt) ? shown(serial, numFmt) : undefined) ?? value.toISOString().slice(0, 10);
  }
  if ('richText' in value) return value.richText.map((run) => (run.font?.strike ? '' : run.text)).join('');
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as ExcelJS.CellValue, numFmt);
  // An error (`#N/A`, `#REF!`) is no text of the notice (probe 47: a deadline `#N/A`).
  if ('error' in value) return '';
  return '';
}

/**
 * The workbook again, its styles naming the built-in date formats of a Chinese Excel that the file gives by number
 * alone (ECMA-376 Part 1 §18.8.30: 57 `yyyy"年"m"月"`, what typing `2025年8月` into a cell makes, 58 `m"月"d"日"`, 31
 * `yyyy"年"m"月"d"日"`…), in the words exceljs keeps for the zh-cn locale; or null when the styles use none of them.
 * exceljs knows no format for these numbers and gave the bare serial, which read as a whole day: `2025年8月` had
 * become `2025年8月1日`, due a month early (probe 152).
 */
async function withChineseDateFormats(zip: JSZip, file: string): Promise<Buffer | null> {
  const xml = await readPartText(zip, 'xl/styles.xml', file);
  if (xml === undefined) return null;
  const defined = new Set([...xml.matchAll(/<numFmt\b[^>]*?\bnumFmtId="(\d+)"/g)].map((m) => m[1]));
  const wanted = new Set<string>();
  for (const m of xml.matchAll(/<xf\b[^>]*?\bnumFmtId="(\d+)"/g)) if (ZH_CN_DATE_FORMATS[m[1]] && !defined.has(m[1])) wanted.add(m[1]);
  if (!wanted.size) return null;
  const entries = [...wanted].map((id) => `<numFmt numFmtId="${id}" formatCode="${ZH_CN_DATE_FORMATS[id].replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`).join('');
  const withFormats = /<numFmts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<numFmts\b[^>]*\/>/, `<numFmts>${entries}</numFmts>`)
    : /<numFmts\b[^>]*>/.test(xml)
      ? xml.replace(/<numFmts\b[^>]*>/, (open) => `${open}${entries}`)
      : xml.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts>${entries}</numFmts>`);
  zip.file('xl/styles.xml', withFormats);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The zh-cn built-in date formats exceljs lists (`lib/xlsx/defaultnumformats.js`), by number; not its times. */
const ZH_CN_DATE_FORMATS: Record<string, string> = Object.fromEntries(
  Object.entries(defaultNumFormats).flatMap(([id, f]) => (f['zh-cn'] && /[年月]/.test(f['zh-cn']) ? [[id, f['zh-cn']]] : [])),
);

/** Whether a cell holds text struck through: its font, or a run of its rich text. */
function hasStruck(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  if (value === null || value === undefined) return false;
  if (cell.font?.strike) return String(valueText(value, cell.numFmt)).trim() !== '';
  return typeof value === 'object' && 'richText' in value && value.richText.some((run) => run.font?.strike && run.text.trim() !== '');
}

/** A number as Excel shows it in the cell's format (numfmt), or undefined when the format cannot be read. */
function shown(value: number, numFmt: string | undefined): string | undefined {
  if (!numFmt) return undefined;
  try {
    return format(numFmt, value);
  } catch {
    return undefined;
  }
}
