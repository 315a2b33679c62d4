import { markedDeadline, type Sheet } from './sheet.js';

/**
 * Sheets as Markdown (GFM tables): per sheet a `##` heading, its notes, and one table whose category rows show
 * their heading in bold in the first cell. Cell text is escaped (`|`, `\`, `<`, `>`, `*`, `_`, `` ` ``,
 * `[`, `]`) and line breaks become `<br>`; the due marker is appended to the deadline cell.
 */
export function sheetsToMarkdown(sheets: readonly Sheet[]): string {
  return sheets.map(sheetToMarkdown).join('\n');
}

function sheetToMarkdown(sheet: Sheet): string {
  const width = sheet.columns.length;
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const out = [`## ${escapeCell(sheet.title)}`, ''];
  for (const note of sheet.notes) out.push(escapeCell(note), '');
  out.push(line(sheet.columns.map((c) => escapeCell(c.header))), line(sheet.columns.map(() => '---')));
  for (const row of sheet.rows) {
    if (row.kind === 'category') {
      out.push(line([`**${escapeCell(row.text)}**`, ...Array<string>(width - 1).fill('')]));
    } else {
      out.push(line(row.cells.map((c, i) => escapeCell(i === sheet.deadlineColumn ? markedDeadline(c, row.due) : c))));
    }
  }
  return `${out.join('\n')}\n`;
}

/** Escapes Markdown and HTML in a table cell; line breaks become `<br>`. */
export function escapeCell(text: string): string {
  return text.replace(/[\\|<>*_`[\]]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '<br>');
}
