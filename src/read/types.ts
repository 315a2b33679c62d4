/**
 * The one shape every input format is read into (DESIGN.md: "everything after this stage sees one shape").
 * Lines and columns are 1-based and count characters (UTF-16 code units of the decoded text), not bytes.
 */

/** A piece of text with the place of its first character in the input file. */
export interface SourceText {
  text: string;
  line: number;
  column: number;
}

/** A table cell; `text` may hold `\n` where the cell had a line break (`<br>`, a Word paragraph). */
export interface Cell extends SourceText {
  /** A copy of a cell merged down from a row above (a Word vertical merge, an Excel merge): not written in this row. */
  spanned?: boolean;
}

/**
 * A block of the input: a run of lines with no blank line between them (`text`), a heading (`heading`: Markdown
 * `#`, a Word paragraph set apart by its style or alignment, a table's caption row), or one table row (`row`, from a
 * GFM table, a Word or Excel table, or tab-separated text).
 * `blankBefore` says whether a blank line (or a page break) separated it from the previous block.
 */
export interface Block {
  kind: 'text' | 'heading' | 'row';
  lines: SourceText[];
  cells?: Cell[];
  blankBefore: boolean;
  /** For rows: true for the header row of a GFM, Word or Excel table. */
  tableStart?: boolean;
  /**
   * For rows of a table laid out with spaces (src/read/aligned-table.ts): a long cell wraps onto lines of their
   * own, so a row with an empty first cell may go on with the row above.
   */
  aligned?: boolean;
  /**
   * For rows whose cells the file itself delimits (a GFM, HTML, grid or pandoc table; Word, Excel, CSV): whole, never a
   * row that a line break cut in two, however few its cells (probe 142: a short row had taken the category row under it
   * into its last cell, `县财政局、二、乙类`).
   */
  whole?: boolean;
  /** For a Word paragraph of an automatic list: its generated number (its text starts with `list.marker`). */
  list?: ListNumber;
  /** For the first block of an item of a Markdown bullet list (`- `, `* `): an element of its own (the bullet is cut). */
  item?: boolean;
}

/**
 * A number Word generated for a paragraph of an automatic list: its level in the list (0 for the outermost), its
 * own counter at that level, and the text Word shows (`1.`, `1.1.`, `（一）`), which starts the paragraph's text.
 */
export interface ListNumber {
  level: number;
  number: number;
  marker: string;
}

/** A notice as read: its blocks and the number of lines of the decoded text. */
export interface ReadNotice {
  blocks: Block[];
  lineCount: number;
  format: 'text' | 'markdown' | 'docx' | 'xlsx' | 'csv';
  encoding?: string;
  /**
   * The text of each footnote and endnote of a Word document: no part of the outline, read only for a note that
   * applies to the whole notice (`排在第一位的为牵头单位` under a table's header: probe 46).
   */
  notes?: string[];
  /**
   * The lines of a Word document's headers (页眉), first-page header first: no part of the text, read only for a
   * 发文字号 the 版头 printed there (a red-header template's first-page header: probe 127).
   */
  headerLines?: string[];
  /**
   * A Word document's tracked changes (insertions, deletions, moves: each `w:ins`, `w:del`, `w:moveFrom`,
   * `w:moveTo`), read as accepted, and its comments (批注), not read; absent when it has neither.
   */
  revisions?: { changes: number; comments: number };
  /** Pieces of text left out as struck through (a Word run or an Excel rich-text run with strike-through); absent when none. */
  struck?: number;
  /** Radicals a PDF's text layer gave for ordinary characters, read as those (src/read/radicals.ts); absent when none. */
  radicals?: { count: number; line: number; column: number };
}
