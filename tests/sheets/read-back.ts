import ExcelJS from 'exceljs';
import mammoth from 'mammoth';

/**
 * Parses csv text as RFC 4180 (quoted fields, doubled quotes, CRLF records): an implementation of the tests' own,
 * so that the writer is checked against the standard rather than against itself.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error(`csv does not end with CRLF: ${JSON.stringify(field)}`);
  return rows;
}

/** A worksheet as plain rows of cell text (merged cells give their text once, in the first cell). */
export interface SheetRead {
  name: string;
  rows: string[][];
  worksheet: ExcelJS.Worksheet;
}

/** Reads an xlsx file back with exceljs: every worksheet as rows of strings, 1-based rows kept as index + 1. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRead[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        row.push(cell.isMerged && cell.master.address !== cell.address ? '' : cell.value == null ? '' : String(cell.value));
      }
      rows.push(row);
    }
    return { name: ws.name, rows, worksheet: ws };
  });
}

/** Reads a docx back with mammoth: every table row as its cells' text, paragraphs within a cell joined by `\n`. */
export async function readDocxTables(bytes: Uint8Array): Promise<{ paragraphs: string[]; rows: string[][] }> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((tr) =>
    [...tr[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((td) =>
      [...td[1].matchAll(/<p>(.*?)<\/p>/gs)].map((p) => decode(p[1].replace(/<[^>]+>/g, ''))).join('\n'),
    ),
  );
  const outside = html.replace(/<table>.*?<\/table>/gs, '');
  const paragraphs = [...outside.matchAll(/<(?:p|h\d)>(.*?)<\/(?:p|h\d)>/gs)].map((p) => decode(p[1].replace(/<[^>]+>/g, '')));
  return { paragraphs, rows };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
