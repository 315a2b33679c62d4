import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { columnWidths, markedDeadline, type Sheet, type SheetRow } from './sheet.js';

/** A4 in twips (1/20 pt): 210 × 297 mm. */
const A4 = { width: 11906, height: 16838 };
/** Margins of 2 cm, in twips. */
const MARGIN = 1134;
/** Fonts of Chinese official documents (GB/T 9704 uses 仿宋 for text, 黑体 for headings), with Latin fallbacks. */
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEADING = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
/** Sizes in half-points: 五号 10.5 pt for the table, 三号 16 pt for the title, 小四 12 pt for notes. */
const SIZES = { table: 21, title: 32, note: 24 };
/** Twips per terminal column (half a CJK character) of 五号 text, cell margins included. */
const CHAR_TWIPS = 110;
/** Columns that need at most this many terminal columns are never squeezed. */
const NARROW = 16;
const FILLS = { overdue: 'FFC7CE', soon: 'FFEB9C', header: 'E7E6E6', category: 'D9E1F2' };

/**
 * Sheets as a Word document, one A4 landscape section each: the title (黑体 三号, centred), the notes (仿宋 小四),
 * and a table (五号) whose header row repeats on every page, category rows span the whole row, and a due row's
 * deadline cell is shaded red or amber and carries the due marker, so that it still reads when printed in grey.
 * The page width is shared out among the columns by the width their text needs (see `shareWidth`).
 * @returns the bytes of the .docx file.
 */
export async function sheetsToDocx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const document = new Document({
    creator: 'fengong',
    title: sheets[0]?.title ?? 'fengong',
    styles: { default: { document: { run: { font: BODY, size: SIZES.table } } } },
    sections: sheets.map((sheet) => ({
      properties: {
        page: {
          size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
          margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        },
      },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [new TextRun({ text: sheet.title, font: HEADING, size: SIZES.title })],
        }),
        ...sheet.notes.map(
          (note) => new Paragraph({ children: [new TextRun({ text: note, size: SIZES.note })], spacing: { after: 80 } }),
        ),
        table(sheet),
      ],
    })),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function table(sheet: Sheet): Table {
  const usable = A4.height - 2 * MARGIN; // landscape: the page's long side is its width
  const widths = shareWidth(columnWidths(sheet), usable);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: sheet.columns.map((c) => cell(c.header, { font: HEADING, fill: FILLS.header, center: true })),
  });
  return new Table({
    width: { size: usable, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...sheet.rows.map((row) => tableRow(sheet, row))],
  });
}

/**
 * Shares the page width out among columns that need `needed` terminal columns each. Narrow columns (序号, 职责,
 * 完成时限) get all they need, so that `1.1.1` or `2024年6月底前` is not broken over lines; the wide ones share
 * the rest by their need. Example: needs [5, 70, 24] on 14570 twips: 序号 gets (5 + 2) × 110 = 770, and the
 * other two share 13800 as 70 : 24.
 */
function shareWidth(needed: number[], usable: number): number[] {
  const twips = needed.map((w) => (w + 2) * CHAR_TWIPS);
  const narrow = needed.map((w) => w <= NARROW);
  const fixed = twips.reduce((sum, t, i) => sum + (narrow[i] ? t : 0), 0);
  const flexible = twips.reduce((sum, t, i) => sum + (narrow[i] ? 0 : t), 0);
  if (flexible === 0 || fixed >= usable || fixed + flexible <= usable) {
    const total = fixed + flexible;
    return twips.map((t) => Math.floor((usable * t) / total));
  }
  return twips.map((t, i) => (narrow[i] ? t : Math.floor(((usable - fixed) * t) / flexible)));
}

/** The characters a task's row holds at most to be kept on one page (about a third of a landscape A4 page's lines). */
const ONE_PAGE_OF_ROW = 600;

function tableRow(sheet: Sheet, row: SheetRow): TableRow {
  if (row.kind === 'category') {
    return new TableRow({
      cantSplit: true,
      children: [cell(row.text, { font: HEADING, fill: FILLS.category, span: sheet.columns.length })],
    });
  }
  // A task's row stays on one page, under the header repeated there (a fresh user's: 3.2's text had gone on over a
  // page break, under an empty 序号); not one longer than a page could hold, which must break.
  return new TableRow({
    cantSplit: row.cells.reduce((sum, text) => sum + text.length, 0) <= ONE_PAGE_OF_ROW,
    children: row.cells.map((text, i) =>
      i === sheet.deadlineColumn && row.due
        ? cell(markedDeadline(text, row.due), { fill: FILLS[row.due] })
        : cell(text, {}),
    ),
  });
}

interface CellOptions {
  font?: typeof HEADING;
  fill?: string;
  span?: number;
  center?: boolean;
}

/** A table cell: one paragraph per line of the text. */
function cell(text: string, options: CellOptions): TableCell {
  return new TableCell({
    columnSpan: options.span,
    verticalAlign: options.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line, font: options.font })],
        }),
    ),
  });
}
