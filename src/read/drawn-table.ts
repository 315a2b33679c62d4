import { eastAsianWidth } from 'get-east-asian-width';
import { readGridTable, type GridRow } from './grid-table.js';
import type { SourceText } from './types.js';

/**
 * Tables drawn with characters in a plain-text notice (probe 63): an ASCII grid (`+----+----+` and `|`, as pandoc
 * and many converters write them) and a table drawn with box-drawing characters (`┌─┬─┐` `│` `├─┼─┤` `└─┴─┘`, as old
 * WPS and DOS systems, some PDF-to-text converters and `w3m -dump` write them). A box table is redrawn in ASCII
 * and both are read by the grid-table reader (src/read/grid-table.ts): columns by display width, a cell's lines
 * joined where they wrap, a cell spanning rows copied to each row it spans (`spanned`).
 *
 * Box-drawing characters are two columns wide in a table drawn for Chinese text (GB2312 has them as full-width
 * characters, and `“”` with them) and one column wide in others (`w3m -dump`): the width under which the table's
 * borders line up with its rows' bars is the one it was drawn with.
 */
export interface DrawnTable {
  /** The table's first and last lines (1-based). */
  start: number;
  end: number;
  rows: GridRow[];
}

const BOX = /[\u2500-\u257f]/;
/** The start of a table's top border: `+---+` or a box corner and a line. */
const TOP = /^[ \t\u3000]*(?:\+-{2,}\+|┌[─━]|╔═)/;
/** A line of a drawn table: it starts (after white space) with a border or bar character. */
const TABLE_LINE = /^[ \t\u3000]*[+|\u2500-\u257f]/;

/**
 * Finds the drawn tables among a text's lines and reads their rows; a run of table lines that does not read as a
 * grid is left to the text reader.
 * @param lines the text's lines; `firstLine` the line number of the first.
 */
export function findDrawnTables(lines: readonly string[], firstLine = 1): DrawnTable[] {
  const out: DrawnTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TOP.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && TABLE_LINE.test(lines[j])) j++;
    const run = lines.slice(i, j);
    const rows = readDrawn(run, firstLine + i);
    if (rows && rows.length) {
      out.push({ start: firstLine + i, end: firstLine + j - 1, rows });
      i = j - 1;
    }
  }
  return out;
}

/** The rows of one run of table lines, box characters redrawn in ASCII at whichever width lines them up. */
function readDrawn(run: string[], first: number): GridRow[] | null {
  const box = run.some((l) => BOX.test(l));
  for (const wide of box ? [true, false] : [false]) {
    const drawn = run.map((text) => (box ? redraw(text, wide) : { text, columns: null }));
    if (box && !linesUp(drawn.map((d) => d.text), wide)) continue;
    const rows = readGridTable(
      drawn.map((d, k) => ({ text: d.text.trimEnd(), line: first + k, column: 1 }) satisfies SourceText),
      // Cells filled up to the right bar: a space after the left bar only (two-column box characters redrawn, an
      // ASCII grid), or none (one-column ones).
      { ambiguousAsWide: wide, padding: box && !wide ? 0 : 1 },
    );
    if (!rows) continue;
    // Back to the columns of the line as written (a box character redrawn as two ASCII ones).
    for (const row of rows) {
      for (const cell of row.cells) {
        const map = drawn[cell.line - first]?.columns;
        if (map) cell.column = map[cell.column - 1] ?? cell.column;
      }
    }
    return rows;
  }
  return null;
}

/**
 * A line of a box table in ASCII: `+` for a corner or junction, `-` for a horizontal line, `|` for a vertical one;
 * with `wide`, each as two characters (`+-`, `--`, `| `), so that display columns stay where they were. `columns`
 * maps each character of the new line (0-based) to the column (1-based) of the character it came from.
 */
function redraw(text: string, wide: boolean): { text: string; columns: number[] } {
  let out = '';
  const columns: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code < 0x2500 || code > 0x257f) {
      out += c;
      columns.push(i + 1);
      continue;
    }
    const glyph = HORIZONTAL.includes(c) ? '-' : VERTICAL.includes(c) ? '|' : '+';
    // A junction's second half goes on as the line it joins: `-` inside a border, blank at its right end.
    const rest = glyph === '|' ? ' ' : glyph === '-' ? '-' : RIGHT_END.includes(c) ? ' ' : '-';
    out += wide ? glyph + rest : glyph;
    columns.push(i + 1);
    if (wide) columns.push(i + 1);
  }
  return { text: out, columns };
}

const HORIZONTAL = '─━═╌╍┄┅┈┉';
const VERTICAL = '│┃║╎╏┆┇┊┋';
/** Corners and junctions at a table's right edge: nothing goes on to their right. */
const RIGHT_END = '┐┤┘╗╣╝┓┫┛╕╡╛╖╢╜';

/**
 * Whether the `+` of the redrawn borders and the `|` of its rows stand at the same display columns; `wide`: as drawn
 * for Chinese text, where `“”` and `…` are two columns wide too.
 */
function linesUp(lines: string[], wide: boolean): boolean {
  const top = lines[0];
  const at = (text: string, ch: string) => {
    const cols = new Set<number>();
    let col = 0;
    for (const c of text) {
      if (c === ch) cols.add(col);
      col += eastAsianWidth(c.codePointAt(0)!, { ambiguousAsWide: wide });
    }
    return cols;
  };
  const borders = at(top, '+');
  const content = lines.slice(1).filter((l) => l.trim().startsWith('|'));
  if (!content.length) return false;
  // Each row's bars stand on the top border's junctions (a cell spanning columns has fewer bars, never others).
  return content.every((l) => [...at(l, '|')].every((c) => borders.has(c)));
}
