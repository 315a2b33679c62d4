import type { Cell } from './types.js';

/**
 * Tables as `pdftotext -layout` lays them out (probe 19): each character one column wide (CJK too), a cell's text
 * left-aligned in its column while the header's words are centred over theirs, and a cell that wraps spread over
 * several lines, either from the row's first line down (cells aligned to the top) or around the line that holds
 * the 序号 (cells centred vertically):
 *
 *     序号     重点任务      牵头单位       责任单位      完成时限
 *          推行企业开办“一网
 *          通办”，将企业开办                      2024 年 6 月
 *     1                县市场监管局 县公安局、县税务局
 *          日以内，实现营业执                          底前
 *          照、公章刻制、涉税事项一次办结。
 *
 * A column runs from just after the end of the header word before it to the end of its own header word; a piece
 * of text goes to the column it starts in (or to the next, when it starts in a column's last two characters and
 * reaches under the next header word: a centred cell wider than its header). Cells may touch with one space between them: a single space splits a
 * piece only where the text after it starts where the cells of the next column usually start. A line whose 序号
 * cell holds a row number anchors a row; the lines between two anchors go to the row above when the table's cells
 * are top-aligned, and, when they are centred, to the row above up to the last line where its task text ends a
 * sentence (else half to each). A numbered line alone in the first columns (`一、提升政务服务`) is a category row.
 * A cell's lines are joined without a break (a wrap), but for a line that ends a name before one that starts a
 * name (one name per line) and in a time cell (see joinLines).
 */

/** A piece of a line's text between gaps: its text, the character offset it starts at, and where it ends. */
interface Piece {
  text: string;
  at: number;
  /** Offset just after it, when not `at + text.length` (a header cell set over several lines). */
  end?: number;
  /** A single letter, which a letter after one space continues (`分 管 县`). */
  spaced?: boolean;
}

/** A row of a layout table: the lines it spans (0-based indexes into the lines given) and its cells. */
export interface LayoutRow {
  first: number;
  last: number;
  cells: Cell[];
  /** A category row (`一、提升政务服务` across the table): one cell, read as a numbered line by the notice stage. */
  category?: boolean;
}

const ROW_NUMBER = /^\d{1,3}$/;
/** A piece that opens with a row number: the number alone, or before its task one space on (`1 推行…`). */
const ROW_HEAD = /^(\d{1,3})(?: |$)/;
/** A word of two or more characters ending in a CJK character, and one starting with two (or a bracket and one). */
const CJK_WORD_END = /[^\s][\u4e00-\u9fff（）]$/;
const CJK_WORD_START = /^[\u4e00-\u9fff（][\u4e00-\u9fff]/;
/** How many lines above its number a row centred vertically may start (a row of eleven lines: five). */
const ROW_REACH = 6;
/** A line that ends a body's name, and one that starts a name with its place or 各 (see joinLines). */
const NAME_ENDS = /[局委办部厅会院心府司队所站处室社行馆团联组署区县市镇乡]$/;
const NAME_STARTS = /^[省市州县区旗盟乡镇各]/;
export const CATEGORY = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])/;
const SENTENCE_END = /[。；;！]$/;
/** A field's label and colon at a line's start (`抄送：`, `联系人：`). */
const FIELD_AT_MARGIN = /^[\u4e00-\u9fff]{2,8}[：:]/;
/** Header words of the role columns (and the leaders'), and of the time column: no task column. */
const ROLE_WORD = /牵头|责任|配合|负责|协办|参与|领导/;
const TIME_WORD = /时限|时间|期限|节点/;
/** A role's column name, as a second header row under a group cell gives it. */
const SUB_HEADER = /^(?:牵头|责任|配合|协办|参与|主办)(?:单位|部门|处室|科室)?$/;

/** The pieces of a line between runs of two or more spaces (or an ideographic space), with character offsets. */
function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  const re = /[^ \u3000\t\f]+(?: [^ \u3000\t\f]+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], at: m.index });
  return out;
}

/**
 * A cell's text with the spaces of a justified narrow cell taken out (`业 农 村 局 ， 各 镇` → `业农村局，各镇`): a space
 * between two CJK characters one of which stands alone. A space between two longer words stays (`区财政局 区民政局
 * 区发改委`: an OCR engine's layout export writes a cell's line breaks so, probe 94; the notice stage splits names at it).
 */
function unspaced(text: string): string {
  if (!text.includes(' ')) return text;
  const words = text.split(' ');
  let out = words[0];
  for (let k = 1; k < words.length; k++) {
    const before = words[k - 1];
    const after = words[k];
    const cjk = CJK_WIDE.test(before.slice(-1)) && CJK_WIDE.test(after.slice(0, 1));
    out += cjk && (before.length === 1 || after.length === 1) ? after : ` ${after}`;
  }
  return out;
}
const CJK_WIDE = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$/;

/** The mark of a table's part on the next page: `续表`, `续表2`, `（续表）`, `续上表`, after pdftotext's form feed. */
const CONTINUED = /^[\s\f\u3000]*[（(]?(?:续[\s\u3000]*表[\s\u3000]*\d{0,2}|续上表)[）)]?[\s\u3000]*$/;
/** An attachment's heading alone on its line: `附件3`, `附件：`, `附 件 2`. */
const ATTACHMENT_HEADING = /^[\s\f\u3000]*附[\s\u3000]*件[\s\u3000]*\d{0,2}[：:]?[\s\u3000]*$/;
/** A page number pdftotext set on a line of its own (`- 3 -`, `3`), form feed or not. */
export const PAGE_NUMBER = /^[\s\f]*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4})[\s\f]*$/;
/** A line without its white space, to compare a header printed again with the first. */
export const squeeze = (line: string) => line.replace(/[\s\f]+/g, '');

/**
 * The words of a header line: split at every space, letters spaced out one space apart joined again (`分 管 县`, a
 * justified narrow cell), or null when the line holds anything but short words (a header cell set over several
 * lines has its other lines above and below the one that holds most of the header).
 */
function headerWords(line: string | undefined): Piece[] | null {
  if (line === undefined || line.trim() === '') return null;
  const out: Piece[] = [];
  const re = /[^ \u3000\t]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const last = out[out.length - 1];
    if (last && m.index === last.end! + 1 && [...m[0]].length === 1 && /^[\u4e00-\u9fff]$/.test(last.text.slice(-1)) && last.spaced) {
      last.text += m[0];
      last.end = m.index + m[0].length;
    } else out.push({ text: m[0], at: m.index, end: m.index + m[0].length, spaced: [...m[0]].length === 1 });
  }
  return out.every((w) => w.text.length <= 8 && !/[。，；：:,;]/.test(w.text) && !/^\d+$/.test(w.text)) ? out : null;
}

/**
 * The header of a layout table at `lines[h]`, with the parts of its cells set on the lines above and below it
 * (`分 管 县` ⏎ `序号 目标与任务 责任单位` ⏎ `领导`): words above and below that stand over each other make one
 * column, joined into the header word they overlap or a column of their own; short words below alone (`号` under
 * `序`) end the words they stand under.
 */
function layoutHeader(lines: string[], h: number): { words: Piece[]; first: number; last: number } {
  const middle = pieces(lines[h]);
  const up = h > 0 ? headerWords(lines[h - 1]) : null;
  const down = headerWords(lines[h + 1]);
  // Only the ends of names on the line below (`序  重点任务  牵头单位` ⏎ `号`, `责任领` ⏎ `导`: a narrow column wrapped
  // its name; a fresh user's, where `号` had become part of row 1's number): each short, under a word it ends.
  if (!up && down && down.every((d) => d.text.length <= 3 && middle.some((w) => d.at >= w.at - 1 && d.at <= w.at + w.text.length))) {
    const words = middle.map((w) => ({ ...w, end: w.at + w.text.length }));
    for (const d of down) {
      const over = words.find((w) => d.at >= w.at - 1 && d.at <= w.end)!;
      Object.assign(over, { text: over.text + d.text, end: Math.max(over.end, d.end!) });
    }
    return { words, first: h, last: h + 1 };
  }
  if (!up || !down || up.length !== down.length || up.some((u, k) => Math.abs(u.at - down[k].at) > 2)) return { words: middle, first: h, last: h };
  const words = middle.map((w) => ({ ...w, end: w.at + w.text.length }));
  up.forEach((u, k) => {
    const d = down[k];
    const from = Math.min(u.at, d.at);
    const to = Math.max(u.end!, d.end!);
    const over = words.find((w) => w.at < to && from < w.end);
    if (over) Object.assign(over, { text: u.text + over.text + d.text, at: Math.min(over.at, from), end: Math.max(over.end, to) });
    else words.push({ text: u.text + d.text, at: from, end: to });
  });
  words.sort((a, b) => a.at - b.at);
  return { words, first: h - 1, last: h + 1 };
}

/**
 * The table's lines with each later page's laid out on the first page's columns. pdftotext lays every page out on
 * its own: the same table's columns start further left or right, and are narrower or wider, from page to page (probe
 * 139, real output: page 6 indented five characters, page 7 at the margin, and from there on cells had gone into the
 * wrong columns and rows, in silence). Where the header is printed again with its words elsewhere, each piece of text
 * under it keeps its place within its column of that page, moved to the same column of the first; the header's
 * words must be the same in number as the columns, one of them three characters away or more. `sourceColumn` gives a moved piece's place in the file again.
 */
function onFirstPagesColumns(lines: string[], h: number, headerLast: number, ends: number[]): { lines: string[]; sourceColumn: (index: number, at: number) => number } {
  const moved = new Map<number, Array<{ at: number; source: number }>>();
  const same = { lines, sourceColumn: (_index: number, at: number) => at };
  if (pieces(lines[h]).length !== ends.length) return same;
  const header = squeeze(lines[h]);
  const starts = (e: number[]) => e.map((_x, c) => (c === 0 ? 0 : e[c - 1]));
  const firstStarts = starts(ends);
  let page: { ends: number[]; starts: number[] } | null = null;
  let out: string[] | null = null;
  for (let j = headerLast + 1; j < lines.length; j++) {
    if (squeeze(lines[j]) === header) {
      const words = pieces(lines[j]);
      const pageEnds = words.map((w) => w.at + w.text.length);
      // (A header word a character or two off is the same columns, the word centred over a width that rounds
      // otherwise: the cells under it are where the first page's are, probe 140.)
      page = words.length === ends.length && pageEnds.some((e, c) => Math.abs(e - ends[c]) >= 3) ? { ends: pageEnds, starts: starts(pageEnds) } : null;
      continue;
    }
    if (!page || lines[j].trim() === '') continue;
    out ??= lines.slice();
    let text = '';
    const places: Array<{ at: number; source: number }> = [];
    for (const p of pieces(lines[j])) {
      let c = page.ends.findIndex((e) => p.at < e);
      if (c < 0) c = ends.length - 1;
      let at = Math.max(0, firstStarts[c] + (p.at - page.starts[c]));
      // (Two spaces at least between pieces, or they would run into one.)
      if (text.length > 0) at = Math.max(at, text.length + 2);
      text = text.padEnd(at) + p.text;
      places.push({ at, source: p.at });
    }
    out[j] = text;
    moved.set(j, places);
  }
  if (!out) return same;
  return {
    lines: out,
    sourceColumn: (index, at) => {
      const places = moved.get(index);
      if (!places) return at;
      let place = places[0];
      for (const p of places) if (p.at <= at) place = p;
      return place.source + (at - place.at);
    },
  };
}

/**
 * Reads the table whose header is `lines[h]` as pdftotext -layout writes it, or returns null when the lines under
 * the header are not such a table (no row numbered in the first column, or text that fits no column).
 * @param header the header's words and their character offsets.
 * @param firstLine the 1-based number of `lines[0]` in the file.
 */
export function readLayoutTable(lines: string[], h: number, firstLine: number): { header: LayoutRow; rows: LayoutRow[]; repeats: number[] } | null {
  // The form feed pdftotext writes before each page's first line takes no column (`\f序`: a header at the top of a
  // page had its columns one character to the right of its rows', probe 75).
  if (lines.some((l) => l.charCodeAt(0) === 12)) lines = lines.map((l) => (l.charCodeAt(0) === 12 ? l.slice(1) : l));
  const { words: header, first: headerFirst, last: headerLast } = layoutHeader(lines, h);
  const ends = header.map((p) => p.end ?? p.at + p.text.length);
  // A second header row of role names under a group cell (`责任分工` over `牵头单位  责任单位  配合单位`) is not read here:
  // its columns would be the group's, one column for three (probe 138, where `责任分工` had become a column of units).
  const below = headerWords(lines[headerLast + 1]);
  if (below && below.length >= 2 && below.every((w) => SUB_HEADER.test(w.text))) return null;
  const remapped = onFirstPagesColumns(lines, h, headerLast, ends);
  lines = remapped.lines;
  const columnAt = (x: number) => {
    for (let c = 0; c < ends.length; c++) if (x < ends[c]) return c;
    return ends.length - 1;
  };
  // The table's lines: up to a blank line not followed by more of the table, or a line of prose.
  const body: Array<{ index: number; pieces: Piece[]; gap: boolean }> = [];
  // A page break inside the table: its page number, and the header printed again on the next page.
  const headerLines = new Set<string>();
  for (let k = headerFirst; k <= headerLast; k++) headerLines.add(squeeze(lines[k]));
  /** The number of the last row read (a 序号 in the first column), for a bare number that is the next one. */
  let lastRow = 0;
  /**
   * Whether a line is the next row's number alone in the first column (a row whose cells are centred on an empty
   * middle line: `4` between the lines of its cells, probe 75), not a page number.
   */
  const nextRowNumber = (line: string) => {
    const m = /^([ \t]*)(\d{1,3})[ \t]*$/.exec(line);
    return m !== null && m[1].length < ends[0] + 2 && Number(m[2]) === lastRow + 1;
  };
  // (`续表` over the header printed again on the next page is furniture too: probe 132, where it had gone into the 序号
  // cell of the row above, `7续表`, and the row into the one before it.)
  const furniture = (line: string) => (PAGE_NUMBER.test(line) && !nextRowNumber(line)) || headerLines.has(squeeze(line)) || CONTINUED.test(line);
  /** Whether `lines[k]` starts a row (a row number or a category in the first column). */
  const rowHead = (k: number) => {
    const head = pieces(lines[k])[0];
    return head !== undefined && head.at < ends[0] + 2 && (ROW_HEAD.test(head.text) || CATEGORY.test(head.text));
  };
  /**
   * Whether a row starts at `lines[k]`, or a few lines below it: a row centred vertically prints the top of its
   * cells above its number (`一季度：完成选址` over `2  农产品冷链物流中心…`, after a blank line: probe 43), as many
   * lines as half its height (a 督办事项 cell of seven lines put its number on the fourth: probe 67).
   */
  const rowStartsAt = (k: number) => {
    for (let m = k; m < k + ROW_REACH && m < lines.length && lines[m].trim() !== ''; m++) {
      if (rowHead(m)) return true;
      if (pieces(lines[m])[0].at < ends[0]) return false;
    }
    return false;
  };
  /**
   * Whether a piece is cells of a row one space apart (`逐一整改销号，对失职失责的护林员 相关乡镇人民政 各相关乡镇乡镇`: a
   * wrapped task cell that fills its column, then the unit cells): a word of two or more CJK characters after a
   * space, starting in a later column than the piece does. Prose has no space between CJK words (pdftotext spaces
   * only digits and Latin letters in it: `于 2025 年 4 月`), and a justified cell spaces single letters.
   */
  const cellsOneSpaceApart = (p: Piece) => {
    let at = p.at;
    let before = '';
    for (const part of p.text.split(' ')) {
      if (at > p.at && CJK_WORD_END.test(before) && CJK_WORD_START.test(part) && columnAt(at) > columnAt(p.at)) return true;
      // A row number one space before its task (`1 开办全程网上办理…`: a 序号 column one character wide).
      if (at > p.at && before === p.text.slice(0, before.length) && ROW_NUMBER.test(before) && p.at < ends[0] + 2 && CJK_WORD_START.test(part)) return true;
      at += part.length + 1;
      before = part;
    }
    return false;
  };
  /** The lines of the header printed again after a page break: dropped, or they would end the table. */
  const repeats: number[] = [];
  for (let j = headerLast + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line.trim() === '') {
      // Past a blank line the table goes on only with a page break, a numbered row or a category (probe 21: a
      // contact line, a joint signature or a table of 联络员 after it are not rows).
      let k = j + 1;
      while (k < lines.length && lines[k].trim() === '') k++;
      const next = lines[k];
      if (next === undefined || !(furniture(next) || rowStartsAt(k))) break;
      continue;
    }
    if (furniture(line)) {
      if (!PAGE_NUMBER.test(line) && !CONTINUED.test(line)) repeats.push(j);
      continue;
    }
    // The next attachment's heading (`附件3` over its 联络员名单) ends the table (probe 132: it had become part of the
    // last row's 序号, `19附件3`, and the row was lost).
    if (ATTACHMENT_HEADING.test(line)) break;
    const ps = pieces(line);
    const first = ps[0];
    // Another table's header.
    if (first.text.startsWith('序号') && first.at < ends[0] + 2) break;
    // A field at the left margin, in the 序号 column where no cell holds one: the 版记 under the table (`抄送：…`,
    // `印发：…`), a contact line (probe 86: `抄送：…` right under the last row had become that row's number).
    if (first.at < ends[0] && FIELD_AT_MARGIN.test(first.text)) break;
    // Prose: one long piece from the first column that is no row, no category and no wrapped cell, or one piece that
    // runs past the third column (an indented paragraph after the table, probe 21).
    const prose = (first.text.length > 2 * (ends[1] - ends[0]) && !cellsOneSpaceApart(first)) || (!first.text.includes(' ') && first.at + first.text.length > ends[Math.min(2, ends.length - 1)] + 2);
    // (Not the last line of a wrapped task cell, the next row right under it: `企业评价入库 1500 家。` between rows 13 and 14,
    // a PDF's paste whose task column is wider than its header word: probe 102, where the table had ended there and
    // its 25 rows after it were lost in silence.)
    if (ps.length === 1 && first.at < ends[1] && prose && !CATEGORY.test(first.text) && !(j + 1 < lines.length && lines[j + 1].trim() !== '' && rowHead(j + 1))) break;
    const number = first.at < ends[0] + 2 ? ROW_HEAD.exec(first.text) : null;
    if (number) lastRow = Number(number[1]);
    body.push({ index: j, pieces: ps, gap: j > headerLast + 1 && lines[j - 1].trim() === '' });
  }
  // Where each column's cells usually start (from pieces two spaces apart), for single-space splits.
  const usual = ends.map(() => new Map<number, number>());
  for (const b of body) {
    for (const p of b.pieces) {
      // (Not a category's: a category centred over the table starts where no cell does, see isCategory.)
      if (b.pieces.length === 1 && CATEGORY.test(p.text)) continue;
      const counts = usual[columnAt(p.at)];
      counts.set(p.at, (counts.get(p.at) ?? 0) + 1);
    }
  }
  const starts = usual.map((m) => [...m].filter(([, n]) => n >= 2).map(([at]) => at));
  /**
   * The column of text that starts at `at` and runs `length` characters: the one it starts in, or the next when it
   * starts in the last two characters of a column (not the 序号's) and reaches under the next column's header word
   * (a cell centred under a header word narrower than itself: `4月25日前` from one character before the end of
   * `责任人`'s column, under `办结时限`).
   */
  const columnOf = (at: number, length: number) => {
    const c = columnAt(at);
    return c >= 1 && c + 1 < ends.length && ends[c] - at <= 2 && at + length > header[c + 1].at ? c + 1 : c;
  };
  /** The length of the word of `text` that starts at offset `from` (up to the next space). */
  const wordAt = (text: string, from: number) => {
    const space = text.indexOf(' ', from);
    return (space < 0 ? text.length : space) - from;
  };
  const split = (p: Piece): Array<Piece & { column: number }> => {
    const out = [{ text: '', at: p.at, column: columnOf(p.at, wordAt(p.text, 0)) }];
    for (let i = 0; i < p.text.length; i++) {
      const at = p.at + i + 1;
      const c = p.text[i] === ' ' ? columnOf(at, wordAt(p.text, i + 1)) : -1;
      // A space pdftotext put between a CJK character and a digit (`2024 年 6 月`) splits only at a usual start, or
      // before a year that starts a date (`务局、县政务服 2024 年 6 月底`: the 完成时限 cell, probe 19).
      const digit = (/\d/.test(p.text[i - 1] ?? '') || /\d/.test(p.text[i + 1] ?? '')) && !/^\d{4} ?年/.test(p.text.slice(i + 1));
      // A row number one space before the task (`1 推行…`: a narrow 序号 column) is a cell of its own.
      const number = out.length === 1 && out[0].column === 0 && ROW_NUMBER.test(out[0].text);
      if (c > out[out.length - 1].column && (number || starts[c].some((s) => Math.abs(s - at) <= 1) || !digit)) out.push({ text: '', at, column: c });
      else out[out.length - 1].text += p.text[i];
    }
    return out;
  };
  /** A line of the table, its text by column; `gap` when a blank line is above it. */
  type Line = { index: number; cells: Array<Piece | undefined>; borrowed?: boolean; gap?: boolean };
  const grid: Line[] = body.map((b) => {
    const cells: Array<Piece | undefined> = ends.map(() => undefined);
    // A numbered line with as many cells as the header, two spaces apart, is read by their order (a table typed
    // with its columns not padded: `1  新建幼儿园3所。  市教体局  市财政局  2024年8月底前`).
    if (b.pieces.length === ends.length && ROW_NUMBER.test(b.pieces[0].text)) {
      b.pieces.forEach((p, c) => (cells[c] = { text: unspaced(p.text), at: p.at }));
      return { index: b.index, cells, gap: b.gap };
    }
    for (const whole of b.pieces.flatMap(split)) {
      const p = { text: unspaced(whole.text), at: whole.at };
      const c = whole.column;
      cells[c] = cells[c] ? { text: `${cells[c]!.text} ${p.text}`, at: cells[c]!.at } : p;
    }
    return { index: b.index, cells, gap: b.gap };
  });
  const isAnchor = (l: Line) => l.cells[0] !== undefined && ROW_NUMBER.test(l.cells[0].text);
  // A category: a Chinese number first (`一、提升政务服务`, `一、  教育民生`), at most two pieces, no row number.
  // (Or one centred over the table, `一、扎实推进农村厕所革命` running on past its column's end or starting where none of
  // the column's cells do: real pdftotext output of probe 140, whose category rows had gone into the rows above and
  // below them and every id after them was wrong.)
  const isCategory = (l: Line) => {
    const filled = l.cells.filter(Boolean) as Piece[];
    if (filled.length < 1 || filled.length > 2 || !CATEGORY.test(filled[0].text)) return false;
    if (filled[0].at < ends[1]) return true;
    const c = l.cells.indexOf(filled[0]);
    const centred = filled[0].at + filled[0].text.length > ends[c] || !starts[c].some((at) => Math.abs(at - filled[0].at) <= 1);
    return filled.length === 1 && centred && !filled[0].text.includes('。');
  };
  const anchors = grid.filter(isAnchor);
  if (anchors.length === 0) return null;
  // The task column: of those whose header names no role and no time, the one whose cells hold the most text.
  const timeColumn = header.map((w) => TIME_WORD.test(w.text));
  const chars = ends.map((_e, c) => (c === 0 || timeColumn[c] || ROLE_WORD.test(header[c].text) ? -1 : grid.reduce((n, l) => n + (l.cells[c]?.text.length ?? 0), 0)));
  const task = chars.indexOf(chars.reduce((a, b) => Math.max(a, b), -1));
  if (task < 1) return null;
  // A task table has a column of tasks: sentences in Chinese, not names or telephone numbers (a 联络员名单 has a
  // 责任单位 column too; probe 14).
  const taskText = grid.map((l) => l.cells[task]?.text ?? '').join('');
  const cjk = taskText.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk < taskText.length / 2 || taskText.length < 8 * anchors.length) return null;
  // Rows centred on their number: a line of a row above its number at the table's start or right under a category
  // (`一、聚焦产业强县…` ⏎ `     地区生产总值增长6%左右，…` ⏎ ` 1      县发改委 …`: probe 92, real pdftotext output,
  // where the category first had hidden it and a cell's upper half went to the row above).
  const centred = grid.some((l, i) => !isAnchor(l) && !isCategory(l) && (i === 0 || isCategory(grid[i - 1])));

  // Rows: each anchor with the lines that belong to it; categories as rows of their own.
  type Group = { lines: Line[]; category: boolean };
  const groups: Group[] = [];
  let pending: Line[] = [];
  let open: Group | null = null;
  /** The lines under the anchor at `gi`, down to the next row or category. */
  const linesBelow = (gi: number) => {
    const out: Line[] = [];
    for (let j = gi + 1; j < grid.length && !isAnchor(grid[j]) && !isCategory(grid[j]); j++) out.push(grid[j]);
    return out;
  };
  for (let gi = 0; gi < grid.length; gi++) {
    const l = grid[gi];
    const anchor = isAnchor(l);
    const category = !anchor && isCategory(l);
    if (!anchor && !category) {
      pending.push(l);
      continue;
    }
    if (open && !open.category) {
      let keep = pending.length;
      if (anchor) {
        // The upper row keeps the lines down to the last one that ends its task text, else (centred) half of them.
        let cut = -1;
        for (let k = 0; k < pending.length; k++) if (SENTENCE_END.test(pending[k].cells[task]?.text ?? '')) cut = k;
        if (centred) keep = cut >= 0 ? cut + 1 : Math.ceil(pending.length / 2);
        // Rows are centred one by one: a row of two lines has its number on its first line, the next row of three
        // its number on its middle one (probes 42 and 43). Task text after the upper row's last full stop starts the
        // lower row; lines of other columns alone after it stay with the upper row (`事处`, `四季度：建成投用`).
        else if (cut >= 0 && pending.slice(cut + 1).some((l) => l.cells[task])) keep = cut + 1;
        // Rows set apart by blank lines: the lines after the blank one belong to the row below.
        // (A blank line right above the number: all of them to the upper row.)
        const gap = pending.findIndex((l) => l.gap);
        if (gap >= 0) keep = gap;
        else if (l.gap) keep = pending.length;
      }
      // (Rows set apart by blank lines are parted there: see the gap above.)
      if (anchor && centred && !l.gap && !pending.some((x) => x.gap)) {
        // A cell is centred on its row's number: one whose lines straddle the number (the number's line empty in its
        // column) has as many lines under the number as above it. So of a column's pieces between two numbers, the
        // first go to the row above as many as its straddling cell has above its number, the last to the row below as
        // many as its straddling cell has under its number, whatever the line's other pieces do (probe 92: real
        // pdftotext output, `场次以上。` of the row above beside `沭阳经济技术开发区管委会、县` of the row below); the
        // rest as the line goes.
        const upper = open.lines.find(isAnchor)!;
        const under = linesBelow(gi);
        const lower: Line[] = [];
        const seen = ends.map(() => 0);
        const total = ends.map((_e, c) => pending.filter((x) => x.cells[c]).length);
        // (Under the number, the lines no further from it than from the next row's number, before a blank line: the
        // next row's cell may straddle its own number above it.)
        const next = grid[gi + under.length + 1];
        const own: Line[] = [];
        for (const x of under) {
          if (x.gap || (next && x.index - l.index > next.index - x.index)) break;
          own.push(x);
        }
        // (A cell with a line beside the number is centred on it too: as many lines under that line as above it, probe
        // 105's real pdftotext output, where `局，各街道办事处` under `局、区市场监管` beside the number had gone to the
        // row below.)
        const aboveUpper = ends.map((_e, c) => open!.lines.filter((x) => x.index < upper.index && x.cells[c]).length);
        const underLower = ends.map((_e, c) => own.filter((x) => x.cells[c]).length);
        pending.forEach((line, k) => {
          const toUpper = line.cells.map((p, c) => {
            if (p === undefined) return false;
            const i = seen[c]++;
            if (i < aboveUpper[c]) return true;
            if (i >= total[c] - underLower[c]) return false;
            return k < keep;
          });
          const part = (mine: boolean) => ({ ...line, cells: line.cells.map((p, c) => (p !== undefined && toUpper[c] === mine ? p : undefined)) });
          const some = toUpper.some(Boolean);
          const rest = line.cells.some((p, c) => p !== undefined && !toUpper[c]);
          if (some) open!.lines.push(rest ? part(true) : line);
          if (rest) lower.push(some ? part(false) : line);
        });
        pending = lower;
      } else {
        for (let k = 0; k < keep; k++) open.lines.push(pending[k]);
        pending = pending.slice(keep);
      }
    }
    if (open) groups.push(open);
    open = category ? { lines: [l], category: true } : { lines: pending.concat([l]), category: false };
    if (anchor) pending = [];
  }
  if (open) {
    for (const l of pending) open.lines.push(l);
    groups.push(open);
  }

  // A cell merged over two rows is printed once, between them, on a line of its own: it belongs to both rows when
  // neither row's own lines hold that column (matrix-format.md "Tables": a merged cell belongs to each row).
  const holds = (g: Group, c: number, except?: Line) => g.lines.some((l) => l !== except && l.cells[c]);
  for (let k = 0; k + 1 < groups.length; k++) {
    const g = groups[k];
    const next = groups[k + 1];
    if (g.category || next.category) continue;
    for (const l of g.lines) {
      const filled = l.cells.map((p, c) => (p ? c : -1)).filter((c) => c >= 0);
      if (isAnchor(l) || filled.length !== 1 || filled[0] === task) continue;
      const c = filled[0];
      const anchorIndex = g.lines.find(isAnchor)?.index ?? -1;
      if (l.index > anchorIndex && !holds(g, c, l) && !holds(next, c)) next.lines.push({ index: l.index, cells: ends.map((_e, i) => (i === c ? l.cells[c] : undefined)), borrowed: true });
    }
  }

  // How a cell's lines join: a task's without a break (a wrap); a time's with one (the notice stage joins a date cut
  // in two, `2024 年 6 月底` ⏎ `前`, and keeps two dates apart); names with none unless the line ends a name and the
  // next starts one (`县发改局` ⏎ `县财政局`: one name per line), since a PDF wraps a list anywhere (`县税` ⏎ `务局`).
  const joinLines = (c: number, above: string, below: string) => {
    if (c === task) return '';
    if (timeColumn[c]) return '\n';
    // (Not after a place's name cut short, `政府、新乡` ⏎ `市政府`: a last element of two characters or fewer ending in a
    // level is the start of a name, probe 75.)
    const last = above.split(/[、，,；;]/).pop() ?? '';
    return NAME_ENDS.test(above) && NAME_STARTS.test(below) && !(last.length <= 2 && /[省市州县区旗乡镇]$/.test(last)) ? '\n' : '';
  };
  const headerRow: LayoutRow = { first: headerFirst, last: headerLast, cells: header.map((w) => ({ text: w.text, line: firstLine + h, column: w.at + 1 })) };
  const rows = groups.map((g) => {
    const sorted = [...g.lines].sort((a, b) => a.index - b.index);
    const cells: Cell[] = ends.map((_e, c) => {
      let text = '';
      let place: { line: number; column: number } | null = null;
      let previous: Piece | undefined;
      for (const l of sorted) {
        const p = l.cells[c];
        if (!p) continue;
        place ??= { line: firstLine + l.index, column: remapped.sourceColumn(l.index, p.at) + 1 };
        text += previous ? joinLines(c, previous.text, p.text) + p.text : p.text;
        previous = p;
      }
      return { text, line: place?.line ?? firstLine + sorted[0].index, column: place?.column ?? 1 };
    });
    const own = sorted.filter((l) => !l.borrowed);
    return { first: own[0].index, last: own[own.length - 1].index, cells, ...(g.category ? { category: true } : {}) };
  });
  return { header: headerRow, rows, repeats };
}
