/**
 * Cheap tests of a text before it is read: what it may hold decides which readers are loaded (issue "Fast at
 * every size": remark-gfm, the HTML and grid-table readers cost more to load than a seed-size notice takes to read),
 * and whether standard input is Markdown. No library is imported here.
 */

/** Whether a Markdown text may hold a GFM table (a delimiter row such as `| --- | :-: |`): only then is remark-gfm loaded. */
export function mayHoldTable(text: string): boolean {
  return /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/m.test(text);
}

/** Whether a Markdown text may hold an HTML table (a `<table` tag): only then is the HTML reader loaded. */
export function mayHoldHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}

const GRID_TOP = /^[ \t]*\+(?:-+\+){2,}[ \t]*$/;
const GRID_TOP_LINE = new RegExp(GRID_TOP.source, 'm');

/** Whether a line is the top border of a pandoc grid table (`+----+----+`, two or more columns). */
export function isGridTop(line: string | undefined): boolean {
  return line !== undefined && GRID_TOP.test(line);
}

/** Whether a Markdown text may hold a pandoc grid table: only then is the grid-table reader loaded. */
export function mayHoldGridTable(text: string): boolean {
  return GRID_TOP_LINE.test(text);
}

/**
 * Whether a plain text may hold a table drawn with characters (src/read/drawn-table.ts): a box-drawing character,
 * or an ASCII grid's top border. Only then is that reader loaded.
 */
export function mayHoldDrawnTable(text: string): boolean {
  return /[\u2500-\u257f]/.test(text) || /^[ \t]*\+-{2,}\+/m.test(text);
}

/**
 * Whether a Markdown text may hold a pandoc multiline or simple table (src/read/pandoc-table.ts): a rule of dashes
 * in groups under a header. Only then is that reader loaded.
 */
export function mayHoldPandocTable(text: string): boolean {
  return /^ {0,3}-{2,}(?: +-{2,})+ *$/m.test(text);
}

/**
 * Whether standard input (its first 64 KB) reads as Markdown rather than plain text: a `#` heading, a line that
 * starts a pipe table's delimiter row (`---`, `| ---`), an HTML table or a grid table.
 */
export function looksLikeMarkdown(head: string): boolean {
  return /^\s*#{1,6}\s|^\s*\|?\s*:?-{3,}/m.test(head) || mayHoldHtmlTable(head) || mayHoldGridTable(head);
}

/**
 * Whether standard input (its first 64 KB) reads as a CSV table: among its first ten lines, a header of three or more
 * short comma-separated fields, two or more of them naming a task table's columns (序号, 任务, 牵头单位…), and a line
 * after it with as many fields, give or take one. Prose with half-width commas (an OCR's, a web copy's) has no such
 * header.
 */
export function looksLikeCsv(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/, 40).filter((l) => l.trim() !== '').slice(0, 10);
  const at = lines.findIndex((l) => {
    const fields = l.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    return fields.length >= 3 && fields.every((f) => f.length <= 12 && !/[。；]/.test(f)) && fields.filter((f) => COLUMN_WORD.test(f)).length >= 2;
  });
  if (at < 0) return false;
  const width = lines[at].split(',').length;
  return lines.slice(at + 1).some((l) => Math.abs(l.split(',').length - width) <= 1);
}

/** A word of a task table's column heading. */
const COLUMN_WORD = /序号|任务|事项|措施|牵头|责任|配合|协办|时限|时间|单位|部门/;
