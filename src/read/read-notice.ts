import { extname } from 'node:path';
import { FengongError } from '../errors.js';
import { decodeNotice } from './decode.js';
import { mayHoldDrawnTable, mayHoldGridTable, mayHoldHtmlTable, mayHoldPandocTable, mayHoldTable } from './detect.js';
import { ordinaryCharacters } from './radicals.js';
import { readText } from './text.js';
import type { ReadNotice } from './types.js';

const ALIGNED_LINE = /\S(?:[ \u00a0]{2,}|\u3000+)\S[^\n]*?\S(?:[ \u00a0]{2,}|\u3000+)\S/;

/** The input formats by file ending. */
export type NoticeFormat = 'text' | 'markdown' | 'docx' | 'xlsx' | 'csv';

/**
 * The format of a notice from its file name: `.txt` (and no ending) text, `.md` / `.markdown` Markdown,
 * `.docx` Word, `.xlsx` Excel, `.csv` a table saved as CSV.
 * @throws FengongError for any other ending.
 */
export function formatOf(file: string): NoticeFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '' || ext === '.text') return 'text';
  if (ext === '.docx') return 'docx';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  throw new FengongError({ en: `${file}: cannot read \`${ext}\` files (use .txt, .md, .markdown, .docx, .xlsx or .csv)`, zh: `${file}：不能读取“${ext}”文件（请用 .txt、.md、.markdown、.docx、.xlsx 或 .csv）` });
}

/**
 * Reads the bytes of a notice into blocks (src/read/types.ts), whatever its format.
 * @throws FengongError when the bytes cannot be decoded, the file is empty, or it nests too deep to read.
 */
export async function readNoticeBytes(bytes: Uint8Array, file: string, format: NoticeFormat): Promise<ReadNotice> {
  try {
    return await readBytes(bytes, file, format);
  } catch (error) {
    // Nesting deeper than any document's (5,000 paragraphs inside each other in a 20 KB .docx, 5,000 `>` in a
    // Markdown file: a fresh user's, an internal error with V8's stack): one line, the file refused.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new FengongError({ en: `${file}: not read: it nests deeper than any notice does (a damaged or hostile file)`, zh: `${file}：未读取：嵌套层数超出任何公文（文件已损坏或有意构造）` });
    }
    throw error;
  }
}

async function readBytes(bytes: Uint8Array, file: string, format: NoticeFormat): Promise<ReadNotice> {
  if (bytes.length === 0) throw new FengongError({ en: `${file}: the file is empty`, zh: `${file}：文件是空的` });
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    return readDocx(bytes, file);
  }
  if (format === 'xlsx') {
    const { readXlsx } = await import('./xlsx.js');
    return readXlsx(bytes, file);
  }
  const decoded = decodeNotice(bytes, file);
  const { encoding } = decoded;
  // Radicals for ordinary characters (`⼀、`, `⼈民政府`: a PDF's text layer) are read as those characters.
  const { text, repair: radicals } = ordinaryCharacters(decoded.text);
  if (text.trim() === '') throw new FengongError({ en: `${file}: the file holds only white space`, zh: `${file}：文件只有空白` });
  if (format === 'csv') {
    const { readCsv } = await import('./csv.js');
    return { ...readCsv(text, file), encoding, ...(radicals ? { radicals } : {}) };
  }
  // Markdown only: unified and remark are loaded for .md notices, never for .txt ones.
  let read: ReadNotice;
  if (format === 'markdown') {
    const { readMarkdown } = await import('./markdown.js');
    read = readMarkdown(text, mayHoldTable(text) ? (await import('remark-gfm')).default : undefined, {
      html: mayHoldHtmlTable(text) ? (await import('./html.js')).readHtml : undefined,
      grid: mayHoldGridTable(text) ? (await import('./grid-table.js')).readGridTable : undefined,
      pandoc: mayHoldPandocTable(text) ? (await import('./pandoc-table.js')).findPandocTables : undefined,
    });
  } else {
    // Two gaps of two spaces in one line: maybe a table laid out with spaces (a PDF's), read with display widths.
    const widthOf = ALIGNED_LINE.test(text) ? (await import('get-east-asian-width')).eastAsianWidth : undefined;
    // Tables drawn with characters (`+----+`, `┌──┬`): read as tables, not as lines of text (probe 63).
    const drawn = mayHoldDrawnTable(text) ? (await import('./drawn-table.js')).findDrawnTables(text.split(/\r\n|\r|\n/)) : undefined;
    read = readText(text, widthOf, drawn);
  }
  return { ...read, encoding, ...(radicals ? { radicals } : {}) };
}
