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
 * Whether standard input (its first 64 KB) reads as a CSV table: two or more of its first ten lines hold two or more
 * ASCII commas, and one of them names a task table's column (序号, 任务, 牵头, 责任, 配合). A notice's own text
 * writes full-width commas.
 */
export function looksLikeCsv(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/, 40).filter((l) => l.trim() !== '').slice(0, 10);
  const rows = lines.filter((l) => (l.match(/,/g)?.length ?? 0) >= 2);
  return rows.length >= 2 && rows.some((l) => /序号|任务|牵头|责任|配合/.test(l));
}
