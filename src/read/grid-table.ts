import { eastAsianWidth } from 'get-east-asian-width';
import type { Cell, SourceText } from './types.js';

/**
 * Pandoc's grid tables (`pandoc -t markdown` writes a Word table with paragraphs in its cells so):
 *
 *     +------+--------------+----------+
 *     | 序号 | 重点任务     | 牵头单位 |
 *     +======+==============+==========+
 *     | 1    | 推进高标准农 | 县农业农 |
 *     |      | 田建设。     | 村局     |
 *     +------+--------------+----------+
 *
 * Columns are found by display width (a CJK character is two columns wide, get-east-asian-width), as pandoc lays
 * them out; a cell's lines become its text as {@link cellText} says. A cell spanning columns (no `|` at a
 * border, pandoc 3) is followed by empty cells; a cell spanning rows (no `-` under it in a separator) is repeated on
 * the rows it covers as a `spanned` copy (src/read/types.ts).
 */

/** A row of a grid table: its cells and the lines of its first and last content lines. */
export interface GridRow {
  cells: Cell[];
  line: number;
  endLine: number;
}

const BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
const SEPARATOR = /^[ \t]*[+|](?:[-=: ]*[+|])+[ \t]*$/;
/** A separator that holds the text of a cell spanning rows in some columns (a drawn table's): `+---+ text |`. */
const MIXED = /^[ \t]*\+[-=:]+\+.*[+|][ \t]*$/;

/**
 * Whether characters of ambiguous width (`“”`, `…`, `○`) count as two columns, as in a table drawn for Chinese text
 * (src/read/drawn-table.ts); pandoc counts them as one. Set for the length of one {@link readGridTable} call.
 */
let ambiguousAsWide = false;
/**
 * The display columns of a cell's segment that hold no text: pandoc pads each side with a space (2); a table drawn
 * by hand or by a converter fills its cells up to the right bar (1, or 0 with no space after the left bar either).
 */
let padding = 2;

/** Display columns: one per character, two for East Asian wide and full-width characters. */
function widths(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    out.push(eastAsianWidth(code, { ambiguousAsWide }));
    if (code > 0xffff) {
      out.push(0);
      i++;
    }
  }
  return out;
}

/** The display column at which each character of a line starts. */
function columnsOf(text: string): number[] {
  const w = widths(text);
  const at: number[] = [];
  let col = 0;
  for (const x of w) {
    at.push(col);
    col += x;
  }
  at.push(col);
  return at;
}

/** A line of a cell: its text (trimmed), place, display width, and the width of text its column has room for. */
export interface CellLine {
  text: string;
  line: number;
  column: number;
  width: number;
  room: number;
}

interface OpenCell {
  lines: CellLine[];
  rows: number;
}

/**
 * Reads the lines of a grid table (its top border first) into rows, or null when they are not one: a line that is
 * neither a separator nor a content line starting and ending with `|`. `ambiguousAsWide`: characters of ambiguous
 * width are two columns wide (a table drawn for Chinese text); `padding`: the columns of a cell that hold no text
 * (2, pandoc's space on each side; 1 or 0 in a drawn table).
 */
export function readGridTable(lines: SourceText[], options: { ambiguousAsWide?: boolean; padding?: number } = {}): GridRow[] | null {
  ambiguousAsWide = options.ambiguousAsWide ?? false;
  padding = options.padding ?? 2;
  try {
    return readGrid(lines);
  } finally {
    ambiguousAsWide = false;
    padding = 2;
  }
}

function readGrid(lines: SourceText[]): GridRow[] | null {
  if (!lines.length || !BORDER.test(lines[0].text)) return null;
  const top = lines[0].text;
  const topAt = columnsOf(top);
  const borders: number[] = [];
  for (let i = 0; i < top.length; i++) if (top[i] === '+') borders.push(topAt[i]);
  const n = borders.length - 1;
  /** The cell open in each column (a cell spanning columns sits in its first one; the others hold null). */
  let open: Array<OpenCell | null> = [];
  const fresh = () => Array.from({ length: n }, (): OpenCell => ({ lines: [], rows: 0 }));
  open = fresh();
  /** Rows so far: per column the cell shown there (the same object on each row a cell spans), or null. */
  const rows: Array<{ line: number; endLine: number; cells: Array<OpenCell | null> }> = [];
  let current: Array<OpenCell | null> = open.slice();
  let firstLine = 0;
  let lastLine = 0;
  const columnAt = (display: number) => {
    for (let k = 0; k < n; k++) if (display >= borders[k] && display < borders[k + 1]) return k;
    return -1;
  };
  for (let li = 1; li < lines.length; li++) {
    const { text, line } = lines[li];
    const mixed = !SEPARATOR.test(text) && MIXED.test(text);
    if ((SEPARATOR.test(text) && /[-=]/.test(text)) || mixed) {
      // A row ends; a column whose part of the separator is blank goes on in the next row (a cell spanning rows).
      const at = columnsOf(text);
      const closes: boolean[] = Array.from({ length: n }, () => false);
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '-' || text[i] === '=' || text[i] === ':') {
          const k = columnAt(at[i]);
          if (k >= 0) closes[k] = true;
        }
      }
      // A table drawn by hand or by a converter writes the text of a cell spanning rows on the separator too
      // (`+----+------+县人社局      +------+`, probe 63): that text is the cell's, its column not closed.
      if (mixed) {
        const bounds: number[] = [];
        for (let i = 0; i < text.length; i++) if (text[i] === '+' || text[i] === '|') bounds.push(i);
        for (let b = 0; b + 1 < bounds.length; b++) {
          const raw = text.slice(bounds[b] + 1, bounds[b + 1]);
          if (/^[-=:]+$/.test(raw)) continue;
          const k = columnAt(at[bounds[b]]);
          if (k < 0) continue;
          closes[k] = false;
          const body = raw.trim();
          const cell = current[k];
          if (cell && body) cell.lines.push({ text: body, line, column: lines[li].column + bounds[b] + 1 + (raw.length - raw.trimStart().length), width: displayWidth(body), room: at[bounds[b + 1]] - at[bounds[b] + 1] - padding });
        }
      }
      rows.push({ line: firstLine || line, endLine: lastLine || line, cells: current });
      for (const c of current) if (c) c.rows++;
      const next: Array<OpenCell | null> = [];
      for (let k = 0; k < n; k++) next.push(closes[k] || !current[k] ? { lines: [], rows: 0 } : current[k]);
      current = next;
      firstLine = 0;
      continue;
    }
    const trimmed = text.trim();
    if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) return null;
    if (!firstLine) firstLine = line;
    lastLine = line;
    const at = columnsOf(text);
    const bars: number[] = [];
    for (let i = 0; i < text.length; i++) if (text[i] === '|') bars.push(i);
    // A bar for every border: each segment is its column's, wherever the bar stands (pandoc lets a CJK character
    // push a narrow column's bar past its border, `| 序 |` under `+---+`: probe 78, where the rows lost their cells).
    const byOrder = bars.length === n + 1;
    for (let b = 0; b + 1 < bars.length; b++) {
      const from = bars[b] + 1;
      const to = bars[b + 1];
      const k = byOrder ? b : columnAt(at[bars[b]]);
      if (k < 0) continue;
      const end = byOrder ? b : columnAt(at[to] - 1);
      // Columns this segment covers beyond its first: a cell spanning columns.
      for (let j = k + 1; j <= end && j < n; j++) current[j] = null;
      const cell = current[k];
      if (!cell) continue;
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      // The room: the segment's display width less the space on each side.
      cell.lines.push({ text: body, line, column: lines[li].column + from + lead, width: displayWidth(body), room: at[to] - at[from] - padding });
    }
  }
  if (firstLine) rows.push({ line: firstLine, endLine: lastLine, cells: current });
  const seen = new Set<OpenCell>();
  return rows.map((r) => ({
    line: r.line,
    endLine: r.endLine,
    cells: r.cells.map((c, k): Cell => {
      if (!c) return { text: '', line: r.line, column: 1 + k };
      const first = c.lines.find((l) => l.text !== '');
      // (A footnote's reference, `县国有资产服务中心[^2]`, pandoc's in a cell, is nothing a reader sees: probe 155.)
      const cell: Cell = { text: cellText(c.lines).replace(FOOTNOTE_REF, ''), line: first?.line ?? r.line, column: first?.column ?? 1 };
      if (seen.has(c)) cell.spanned = true;
      seen.add(c);
      return cell;
    }),
  }));
}

const WIDE_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]$/;
const WIDE_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]/;

/** A text's display width, in columns (see {@link widths}). */
export const displayWidth = (text: string) => widths(text).reduce((a, b) => a + b, 0);
/**
 * A line that ends inside a unit's name (`县农业` ⏎ `农村局`, `县纪委监` ⏎ `委派驻…`, `国网甘` ⏎ `肃省电力公司`: probe 116): the
 * name after the last separator starts with a place, 各, or a state body's 国网, 国家, 中国, 中共, and does not end as a
 * body's or a place's name does. Pandoc breaks CJK text short of a
 * column's width (probe 42), so room left on the line does not make the break the writer's there.
 */
const NAME_CUT = /(?:^|[、，,；;])(?:[省市州县区旗盟乡镇各]|国网|国家|中国|中共)[\u4e00-\u9fff（）]*(?<![局委办部厅会院心府司队所站处室社行馆团联组署区县市镇乡村（）])$/;

/** The end of a whole name or clause, where a writer may break a cell's line: a body's last character, a punctuation mark. */
const WHOLE_END = /(?:[局委办部厅会院心府司队所站处室社行馆团联组署区县市镇乡村前底末止位门业构关校]|[。；;，,、：:）)」”])$/;
/** A piece of one character after a separator or alone (`市` of `市` ⏎ `商务局`): no whole name. */
const LONE_CHARACTER = /(?:^|[、，,；;])[\u4e00-\u9fff]$/;
/**
 * A line whose last name starts with a place and the next line's first name, which does not, ending as a body's does
 * (`镇村镇` ⏎ `建设办、镇财政办`: probe 121, a pandoc grid table whose cell had given the units `镇村镇` and `建设办`): one name
 * the wrap cut where the first part looked whole.
 */
const PLACE_LAST = /(?:^|[、，,；;])[省市州县区旗盟乡镇][\u4e00-\u9fff]{1,6}$/;
const NAME_REST = /^(?![省市州县区旗盟乡镇村各国中])[\u4e00-\u9fff]{1,6}?[局委办部厅会院心府司队所站处室社行馆团联组署](?:[、，,；;]|$)/;

/**
 * A cell's lines as its text. Pandoc fills a line as far as its column allows: a line with no room left for the
 * next line's first character was wrapped there, and the two join (`推进高标准农` + `田建设。`, `县农业农` + `村局`;
 * Latin words with a space). A line that had room to go on was broken by the writer: the break stays a line break
 * of the cell (`县财政局` ⏎ `县生态环境局` are two units, probe 13), as in a Word cell; not inside a name ({@link NAME_CUT}). A blank line (a new
 * paragraph) or a trailing `\` (pandoc's hard line break) starts a new line too.
 */
export function cellText(lines: CellLine[]): string {
  const out: string[] = [];
  let text = '';
  let prev: CellLine | null = null;
  for (const l of lines) {
    const hard = l.text.endsWith('\\');
    const body = hard ? l.text.slice(0, -1).trimEnd() : l.text;
    if (body === '') {
      if (text) out.push(text);
      text = '';
      prev = null;
    } else if (text && prev) {
      const wide = WIDE_START.test(body);
      const next = wide ? 2 : displayWidth(/^\S+/.exec(body)![0]) + 1;
      // (A break after a piece that ends no name or clause is a wrap however much room was left: pandoc's default 72
      // columns cut `市` ⏎ `商务局`, `各县` ⏎ `市区人` ⏎ `民政府`, probe 132.)
      if (prev.width + next <= prev.room && !(wide && (NAME_CUT.test(text) || (PLACE_LAST.test(text) && NAME_REST.test(body)) || !WHOLE_END.test(text) || LONE_CHARACTER.test(text)))) {
        out.push(text);
        text = body;
      } else text = WIDE_END.test(text) || wide || (/\d$/.test(text) && /^\d/.test(body)) ? text + body : `${text} ${body}`;
      prev = l;
    } else {
      text = body;
      prev = l;
    }
    if (hard && text) {
      out.push(text);
      text = '';
      prev = null;
    }
  }
  if (text) out.push(text);
  return out.join('\n');
}

/** A Markdown footnote's reference (`[^1]`, `[^note]`). */
const FOOTNOTE_REF = /\[\^[^\]\s]{1,20}\]/g;
