import { FengongError } from '../errors.js';
import { DocxNumbering } from './docx-numbering.js';
import { DocxStyles } from './docx-styles.js';
import { child, elements, isOn, openZip, readPart, readPartText, textContent, valOf, type XmlElement } from './ooxml.js';
import { tableBlocks, type DraftRow } from './table-rows.js';
import type { Block, Cell, ListNumber, ReadNotice, SourceText } from './types.js';
import { append } from '../lists.js';
import type JSZip from 'jszip';

const WHAT = { en: 'a Word .docx file', zh: ' Word .docx 文件' };

/**
 * Reads a Word `.docx` notice into blocks, from the document's own XML (jszip + saxes) rather than mammoth's HTML:
 * mammoth drops the numbers of Word's automatic lists (the `一、` `（一）` of many notices live only in
 * `word/numbering.xml`), flattens merged cells to HTML spans without saying which rows a vertical merge covers, and
 * gives no paragraph positions. What it reads:
 *
 * - Each body paragraph is one block; its `line` is its number in document order, where each table row counts as
 *   one (matrix-format.md "Positions"), and `column` counts characters within the paragraph. A soft line break
 *   (`<w:br/>`, `<w:cr/>`) starts another line of the same block, with the same `line`.
 * - A paragraph Word sets apart from running text, centered or right-aligned (`w:jc`) or with an outline level (a
 *   Heading style), is a `heading` block, which the notice stage never joins to its neighbours as a wrapped line:
 *   a notice's title is centered (GB/T 9704-2012 §7.3.1), its signature and date right-aligned. Others are `text`.
 * - The number Word generates for a list paragraph is put back in front of its text (`一、`, `（一）`, `1.⇥`; see
 *   {@link DocxNumbering}).
 * - Empty paragraphs, `w:pageBreakBefore`, page breaks and section breaks set `blankBefore` of the next block.
 * - A table row is a `row` block whose `cells` are aligned with the table's grid columns: a cell spanning columns
 *   (`w:gridSpan`, or Word 97's `w:hMerge`) holds its text in its first column and '' in the others; a vertically
 *   merged cell (`w:vMerge`) belongs to each row it spans (matrix-format.md "Tables"): the rows below get a copy
 *   placed where the text stands. The paragraphs of a cell are joined with `\n`. The row's `lines` hold its cells
 *   joined with tabs, and each cell's `column` is its place in that line. The first row with text is `tableStart`;
 *   a caption row before it becomes a heading and a header set over two rows is folded into one
 *   ({@link tableBlocks}); rows without text are left out (their lines still count).
 * - Inserted text counts, deleted text does not (tracked changes, counted in `revisions` with the comments); hidden text (`w:vanish`), field codes, headers,
 *   footers, notes and Word's table of contents are not read (the notes' text is kept in `notes`, for a note such
 *   as 排在第一位的为牵头单位 that applies to the whole notice; the headers' lines in `headerLines`, for a 发文字号
 *   printed only there). A text box's paragraphs come after the paragraph it
 *   is anchored in; a table of one column (a frame) is read as the paragraphs it holds.
 * @param file the path, for messages.
 * @throws FengongError `file: not a Word .docx file (…)` when the bytes are not a zip (an old `.doc` or a file
 *   protected by a password says so) or hold no well-formed `word/document.xml`; `file: the document holds no
 *   text` when no paragraph or table row has any.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadNotice> {
  const zip = await openZip(bytes, file, WHAT);
  const document = await readPart(zip, 'word/document.xml', file, WHAT);
  const body = child(document, 'w:body');
  if (!body) throw new FengongError({ en: `${file}: not ${WHAT.en} (it holds no word/document.xml with a body)`, zh: `${file}：不是${WHAT.zh}（其中没有含正文的 word/document.xml）` });
  const styles = new DocxStyles(await readPart(zip, 'word/styles.xml', file, WHAT));
  const numbering = new DocxNumbering(await readPart(zip, 'word/numbering.xml', file, WHAT), styles);
  const walk: Walk = { blocks: [], line: 0, blank: false, styles, numbering, struck: 0, altChunks: await altChunks(zip, body, file) };
  readBody(body, walk);
  if (!walk.blocks.length) throw new FengongError({ en: `${file}: the document holds no text`, zh: `${file}：文档中没有文字` });
  const notes: string[] = [];
  const referenced = noteReferences(body);
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const root = await readPart(zip, part, file, WHAT);
    // The separators Word keeps among the notes have a type; a note of the text has none. A note whose reference a
    // tracked change deleted is gone with it (probe 141: such a note's `排在第一位的为牵头单位` had made leads of nine
    // tasks' first units).
    for (const note of root ? elements(root).filter((n) => (n.name === 'w:footnote' || n.name === 'w:endnote') && !n.attrs['w:type'] && referenced.has(`${n.name}:${n.attrs['w:id']}`)) : []) {
      const state = { lines: [''], page: false };
      for (const p of elements(note)) readRuns(p, state, { struck: 0 });
      notes.push(state.lines.join(''));
    }
  }
  // The headers' paragraphs (text boxes in them too), for a 发文字号 printed only there.
  const headerLines: string[] = [];
  const headerParts = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).sort();
  for (const part of headerParts) {
    const root = await readPart(zip, part, file, WHAT);
    if (root) collectParagraphs(root, headerLines);
  }
  const changes = countChanges(body);
  const commentsPart = await readPart(zip, 'word/comments.xml', file, WHAT);
  const comments = commentsPart ? elements(commentsPart).filter((c) => c.name === 'w:comment').length : 0;
  return { blocks: walk.blocks, lineCount: walk.line, format: 'docx', ...(notes.length ? { notes } : {}), ...(headerLines.length ? { headerLines } : {}), ...(changes || comments ? { revisions: { changes, comments } } : {}), ...(walk.struck ? { struck: walk.struck } : {}) };
}

/**
 * The text of every paragraph under `el` (`w:p`, then the paragraphs of its text boxes), in document order, into
 * `out`: as the body's, with the changes accepted, no field code and no hidden text (probe 141: a header's
 * `屏政办〔<w:del>2023</w:del><w:ins>2024</w:ins>〕15号` had read `〔20232024〕`, no 发文字号).
 */
function collectParagraphs(el: XmlElement, out: string[]): void {
  for (const c of elements(el)) {
    if (c.name === 'w:p') {
      const state = { lines: [''], page: false };
      readRuns(c, state, { struck: 0 });
      const text = state.lines.join('').trim();
      if (text) out.push(text);
      for (const box of textBoxes(c)) collectParagraphs(box, out);
    } else collectParagraphs(c, out);
  }
}

/**
 * The notes the document's text refers to, as `w:footnote:<id>` / `w:endnote:<id>`: references outside deleted
 * text (`w:del`, `w:moveFrom`) and hidden runs.
 */
function noteReferences(el: XmlElement, out = new Set<string>()): Set<string> {
  for (const c of elements(el)) {
    if (c.name === 'w:del' || c.name === 'w:moveFrom') continue;
    if (c.name === 'w:r' && isOn(child(c, 'w:rPr'), 'w:vanish')) continue;
    if (c.name === 'w:footnoteReference') out.add(`w:footnote:${c.attrs['w:id']}`);
    else if (c.name === 'w:endnoteReference') out.add(`w:endnote:${c.attrs['w:id']}`);
    else noteReferences(c, out);
  }
  return out;
}

interface Walk {
  blocks: Block[];
  /** The line of the last paragraph or table row read (1-based once one is read). */
  line: number;
  /** Whether a blank paragraph or a break came since the last block. */
  blank: boolean;
  styles: DocxStyles;
  numbering: DocxNumbering;
  /** Runs left out as struck through (`w:strike`, `w:dstrike`). */
  struck: number;
  /** The HTML of the document's `w:altChunk` parts, by relationship id, read in their places (see altChunks). */
  altChunks?: Map<string, { html: string; read: typeof import('./html.js').readHtml }>;
}

/**
 * The HTML parts a document imports in place (`<w:altChunk r:id="…"/>`, an `aFChunk` relationship to an `.htm`
 * part: what a web system's 导出Word writes, its whole task table in one: probe 141, where the notice had ended in
 * `neither a numbered outline nor a task table`). The HTML reader is loaded only for such a document.
 */
async function altChunks(zip: JSZip, body: XmlElement, file: string): Promise<Walk['altChunks']> {
  const ids: string[] = [];
  const visit = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.name === 'w:altChunk' && c.attrs['r:id']) ids.push(c.attrs['r:id']);
      else visit(c);
    }
  };
  visit(body);
  if (!ids.length) return undefined;
  const rels = await readPart(zip, 'word/_rels/document.xml.rels', file, WHAT);
  const targets = new Map((rels ? elements(rels) : []).map((r) => [r.attrs['x:Id'], r.attrs['x:Target'] ?? '']));
  const { readHtml } = await import('./html.js');
  const out = new Map<string, { html: string; read: typeof readHtml }>();
  for (const id of ids) {
    const target = targets.get(id);
    if (!target || !/\.x?html?$/i.test(target)) continue;
    const html = await readPartText(zip, target.startsWith('/') ? target.slice(1) : `word/${target}`, file);
    if (html !== undefined) out.set(id, { html, read: readHtml });
  }
  return out;
}

function readBody(container: XmlElement, walk: Walk): void {
  // Paragraphs whose mark a tracked change deleted, waiting for the paragraph they join.
  let carried: XmlElement[] = [];
  // The fields still open in a table of contents written as a field (`TOC \o "1-2"`), whose paragraphs are skipped.
  let toc = 0;
  for (const el of elements(container)) {
    if (el.name === 'w:p' && (toc > 0 || opensTableOfContents(el))) {
      toc = fieldsOpenAfter(el, toc);
      walk.line++;
      continue;
    }
    if (el.name === 'w:p' && markRemoved(el)) {
      carried.push(el);
      continue;
    }
    // Before a table (Word joins no paragraph into one), the last of them stays a paragraph.
    if (el.name !== 'w:p' && carried.length) {
      readParagraph(carried.pop()!, walk, carried);
      carried = [];
    }
    if (el.name === 'w:p') {
      readParagraph(el, walk, carried);
      carried = [];
      // A text box anchored in the paragraph (items in a box: probe 46) is read after it, as paragraphs of its own.
      for (const box of textBoxes(el)) readBody(box, walk);
    } else if (el.name === 'w:tbl') {
      // A table of one column is a frame around paragraphs (a one-cell table boxing the items: probe 46), no task table.
      if (isFrame(el)) for (const tr of rowsOf(el)) for (const tc of cellsOf(tr)) readBody(tc, walk);
      else readTable(el, walk);
    } else if (el.name === 'w:sdt') {
      // Word's table of contents (a content control of the gallery `Table of Contents`) repeats the headings with
      // their page numbers: not the plan's outline (probe 46).
      if (isTableOfContents(el) || showsPlaceholder(el)) continue;
      readBody(child(el, 'w:sdtContent') ?? el, walk);
    } else if (el.name === 'w:customXml') readBody(el, walk);
    else if (el.name === 'w:altChunk') {
      const chunk = walk.altChunks?.get(el.attrs['r:id'] ?? '');
      // Its blocks count as paragraphs of the document, one line each, where it stands.
      for (const { block } of chunk ? chunk.read(chunk.html, 1, 1) : []) {
        walk.line++;
        walk.blocks.push({ ...block, lines: block.lines.map((l) => ({ ...l, line: walk.line })), ...(block.cells ? { cells: block.cells.map((c) => ({ ...c, line: walk.line })) } : {}), blankBefore: walk.blank });
        walk.blank = false;
      }
    }
  }
  if (carried.length) readParagraph(carried.pop()!, walk, carried);
}

/**
 * Whether a content control still shows its placeholder (`w:showingPlcHdr`: the grey `单击或点击此处输入日期。` of a form
 * left unfilled, probe 141, which had become a deadline): empty, as the clerk sees it.
 */
function showsPlaceholder(sdt: XmlElement): boolean {
  return child(child(sdt, 'w:sdtPr'), 'w:showingPlcHdr') !== undefined;
}
/** The cells of content controls that show their placeholder (see {@link cellsOf}), read as empty. */
const PLACEHOLDER_CELLS = new WeakSet<XmlElement>();

/**
 * The complex-field marks of a paragraph in document order (`w:fldChar` begin and end, `w:instrText`), deleted
 * text left out.
 */
function fieldMarks(el: XmlElement, out: Array<{ begin?: boolean; end?: boolean; code?: string }> = []): Array<{ begin?: boolean; end?: boolean; code?: string }> {
  for (const c of elements(el)) {
    if (c.name === 'w:del' || c.name === 'w:moveFrom') continue;
    if (c.name === 'w:fldChar') {
      const type = c.attrs['w:fldCharType'];
      if (type === 'begin') out.push({ begin: true });
      else if (type === 'end') out.push({ end: true });
    } else if (c.name === 'w:instrText') out.push({ code: textContent(c) });
    else fieldMarks(c, out);
  }
  return out;
}

/**
 * Whether a paragraph opens a table of contents written as a field (`TOC \o "1-2" \h \z \u`, without the content
 * control Word's gallery puts around it: probe 141, whose entries `（一）推进农业转移人口市民化（市公安局牵头）⇥2` had become the
 * outline, the real headings repeats of them).
 */
function opensTableOfContents(p: XmlElement): boolean {
  return fieldMarks(p).some((m) => m.code !== undefined && /^\s*TOC\b/.test(m.code));
}

/** The fields open after a paragraph of a table of contents, `open` before it (the TOC's and the page references'). */
function fieldsOpenAfter(p: XmlElement, open: number): number {
  let depth = open;
  for (const m of fieldMarks(p)) {
    if (m.begin) depth++;
    else if (m.end) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** Whether a content control is Word's table of contents. */
function isTableOfContents(sdt: XmlElement): boolean {
  const gallery = child(child(child(sdt, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery');
  return /table of contents/i.test(gallery?.attrs['w:val'] ?? '');
}

/** Whether a table has one column: a frame (its grid, else its rows, have one cell each). */
function isFrame(tbl: XmlElement): boolean {
  const grid = child(tbl, 'w:tblGrid');
  const columns = grid ? elements(grid, 'w:gridCol').length : 0;
  return columns === 1 || (columns === 0 && rowsOf(tbl).every((tr) => cellsOf(tr).length === 1));
}

/**
 * The contents (`w:txbxContent`) of the text boxes anchored in a paragraph, in document order: DrawingML's
 * (`mc:Choice`), never again as the VML copy Word keeps for old readers (`mc:Fallback`).
 */
function textBoxes(p: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.name === 'mc:Fallback') continue;
      if (c.name === 'w:txbxContent') out.push(c);
      else if (c.name !== 'w:t') visit(c);
    }
  };
  visit(p);
  return out;
}

/**
 * Whether a tracked change removed a paragraph's mark (`w:pPr/w:rPr/w:del`, or `w:moveFrom` for a paragraph moved
 * away): with the changes accepted, as the notice is meant to be read, what is left of it runs on into the next
 * paragraph, which keeps its own properties (its number too); a paragraph left empty is gone and takes no number
 * (a 征求意见稿 circulated with 修订 shown: probe 49).
 */
function markRemoved(p: XmlElement): boolean {
  const rPr = child(child(p, 'w:pPr'), 'w:rPr');
  return rPr !== undefined && (child(rPr, 'w:del') !== undefined || child(rPr, 'w:moveFrom') !== undefined);
}

/**
 * Whether a tracked change deleted a table row (`w:trPr/w:del`): with the changes accepted it is gone, and the rows
 * of a 序号 that Word numbers count without it (probe 49).
 */
function rowRemoved(tr: XmlElement): boolean {
  return child(child(tr, 'w:trPr'), 'w:del') !== undefined;
}

/** The tracked changes under an element: each insertion, deletion or move (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`). */
function countChanges(el: XmlElement): number {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:ins' || c.name === 'w:del' || c.name === 'w:moveFrom' || c.name === 'w:moveTo') n++;
    n += countChanges(c);
  }
  return n;
}

/**
 * Whether an element holds text that is not deleted: a `w:t` with more than white space (deleted text is
 * `w:delText`). (Not through paragraphLines, which counts the paragraph in its Word list.)
 */
function hasText(el: XmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && (c.name === 'w:t' ? textContent(c).trim() !== '' : hasText(c)));
}

/** @param carried paragraphs before `p` whose marks were deleted ({@link markRemoved}): their text starts `p`'s. */
function readParagraph(p: XmlElement, walk: Walk, carried: XmlElement[] = []): void {
  // Each paragraph of the file counts, a deleted one too (as a deleted table row does): the lines after it stay the
  // file's (probe 87: every task after a deleted paragraph had pointed one paragraph too early). The joined
  // paragraph's line is the first that gives it text.
  const first = walk.line + 1;
  walk.line += 1 + carried.length;
  const textAt = carried.findIndex(hasText);
  const line = textAt >= 0 ? first + textAt : walk.line;
  const { lines, pageBefore, breakAfter, apart, list } = paragraphLines(p, walk, carried);
  if (pageBefore) walk.blank = true;
  const pieces: SourceText[] = [];
  let offset = 0;
  for (const text of lines) {
    if (text.trim() !== '') pieces.push({ text, line, column: offset + 1 });
    offset += text.length + 1;
  }
  if (pieces.length) {
    walk.blocks.push({ kind: apart ? 'heading' : 'text', lines: pieces, blankBefore: walk.blank, ...(list && pieces[0].column === 1 ? { list } : {}) });
    walk.blank = false;
  } else walk.blank = true;
  if (breakAfter) walk.blank = true;
}

/**
 * The lines of a paragraph (split at soft line breaks), its generated number in front. `pageBefore`: it starts on
 * a new page (`w:pageBreakBefore`, or a page break before any text); `breakAfter`: it ends a section; `apart`: it
 * is centered, right-aligned or has an outline level.
 */
function paragraphLines(p: XmlElement, context: Pick<Walk, 'styles' | 'numbering' | 'struck'>, carried: XmlElement[] = []): { lines: string[]; pageBefore: boolean; breakAfter: boolean; apart: boolean; list?: ListNumber } {
  const pPr = child(p, 'w:pPr');
  const props = context.styles.paragraph(pPr);
  const number = context.numbering.next(props);
  // (A paragraph style that hides its text hides every run that does not show itself.)
  const state = { lines: [''], page: isOn(pPr, 'w:pageBreakBefore'), hidden: context.styles.hides(props.styleId) };
  for (const before of carried) readRuns(before, state, context);
  readRuns(p, state, context);
  if (number) state.lines[0] = number.marker + state.lines[0];
  const apart = props.outlineLvl !== undefined || ['center', 'right', 'end'].includes(props.jc ?? '');
  return { lines: state.lines, pageBefore: state.page, breakAfter: child(pPr, 'w:sectPr') !== undefined, apart, ...(number ? { list: number } : {}) };
}

/**
 * Appends the text of the runs under `el` to `state.lines`, following containers and skipping what Word hides, and
 * text struck through (`w:strike`, `w:dstrike`), which a drafter strikes as deleted (a county's copy of a city's list,
 * the city's units struck and its own typed after them: probe 118), counted in `context.struck`.
 */
function readRuns(el: XmlElement, state: { lines: string[]; page: boolean; fields?: boolean[]; hidden?: boolean }, context: Pick<Walk, 'struck'> & { styles?: DocxStyles }): void {
  // The complex fields open at this point, each true while its code is being read (between `begin` and `separate`):
  // text there is no text, a nested field's result too (`{ IF { MERGEFIELD 类别 } = "重点" "市生态环境局" … }` had read
  // `重点市生态环境局`: probe 141).
  const fields = (state.fields ??= []);
  const append = (s: string) => {
    if (fields.includes(true)) return;
    state.lines[state.lines.length - 1] += s;
  };
  for (const c of elements(el)) {
    switch (c.name) {
      case 'w:r': {
        const rPr = child(c, 'w:rPr');
        // Hidden by the run itself, else by its character style, else by its paragraph's style.
        const hidden = child(rPr, 'w:vanish') ? isOn(rPr, 'w:vanish') : context.styles?.hides(valOf(rPr, 'w:rStyle')) || state.hidden === true;
        if (hidden) break;
        if (isOn(rPr, 'w:strike') || isOn(rPr, 'w:dstrike')) {
          if (elements(c).some((r) => r.name === 'w:t' && textContent(r).trim() !== '')) context.struck++;
          break;
        }
        for (const r of elements(c)) {
          if (r.name === 'w:fldChar') {
            const type = r.attrs['w:fldCharType'];
            if (type === 'begin') fields.push(true);
            else if (type === 'separate' && fields.length) fields[fields.length - 1] = false;
            else if (type === 'end') fields.pop();
          } else if (r.name === 'w:t') append(textContent(r));
          // Ruby (拼音指南): the characters, not their reading above them (`澧` under `lǐ`, probe 141).
          else if (r.name === 'w:ruby') readRuns(child(r, 'w:rubyBase') ?? r, state, context);
          else if (r.name === 'w:tab' || r.name === 'w:ptab') append('\t');
          else if (r.name === 'w:noBreakHyphen') append('-');
          else if (r.name === 'w:cr') state.lines.push('');
          else if (r.name === 'w:br') {
            const type = r.attrs['w:type'] ?? 'textWrapping';
            // A page break before any text moves the paragraph to a new page; later, it ends a line like a wrap.
            if (type !== 'textWrapping' && state.lines.length === 1 && state.lines[0].trim() === '') state.page = true;
            else state.lines.push('');
          }
        }
        break;
      }
      case 'w:hyperlink':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:dir':
      case 'w:bdo':
        readRuns(c, state, context);
        break;
      case 'w:sdt':
        if (!showsPlaceholder(c)) readRuns(child(c, 'w:sdtContent') ?? c, state, context);
        break;
    }
  }
}

function readTable(tbl: XmlElement, walk: Walk): void {
  // Per grid column, the cell that started a vertical merge there while the merge is open.
  const origins: Array<Cell | undefined> = [];
  const rows: DraftRow[] = [];
  for (const tr of rowsOf(tbl)) {
    walk.line++;
    if (rowRemoved(tr)) continue;
    const line = walk.line;
    const row: DraftRow = { line, column: 1, cells: [], origin: [], blankBefore: false };
    const push = (cell: Cell, origin: DraftRow['origin'][number]) => {
      row.cells.push(cell);
      row.origin.push(origin);
    };
    const trPr = child(tr, 'w:trPr');
    for (let k = Number(valOf(trPr, 'w:gridBefore') ?? 0); k > 0; k--) push({ text: '', line, column: 1 }, 'own');
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(valOf(tcPr, 'w:gridSpan') ?? 1));
      const vMerge = child(tcPr, 'w:vMerge');
      const text = cellText(tc, walk);
      const column = row.cells.length;
      // Word 97's horizontal merge: the cells after the first of a merge are marked rather than spanned over.
      const hMerge = child(tcPr, 'w:hMerge');
      if (hMerge && (hMerge.attrs['w:val'] ?? 'continue') === 'continue' && column > 0) push({ text: '', line, column: 1 }, 'beside');
      else if (vMerge && (vMerge.attrs['w:val'] ?? 'continue') === 'continue' && origins[column]) push({ ...origins[column]! }, 'below');
      else {
        const cell: Cell = { text, line, column: 1 };
        push(cell, 'own');
        origins[column] = vMerge ? cell : undefined;
      }
      for (let k = 1; k < span; k++) {
        origins[row.cells.length] = undefined;
        push({ text: '', line, column: 1 }, 'beside');
      }
    }
    for (let k = Number(valOf(trPr, 'w:gridAfter') ?? 0); k > 0; k--) push({ text: '', line, column: 1 }, 'own');
    let offset = 0;
    row.cells.forEach((cell, i) => {
      if (row.origin[i] !== 'below') cell.column = offset + 1;
      offset += cell.text.length + 1;
    });
    if (row.cells.every((c) => c.text.trim() === '')) continue;
    row.blankBefore = !rows.length && walk.blank;
    rows.push(row);
  }
  append(walk.blocks, tableBlocks(rows));
  if (rows.length) walk.blank = false;
}

/** The rows of a table, also inside content controls and custom XML. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  return elements(tbl).flatMap((el) => (el.name === 'w:tr' ? [el] : el.name === 'w:sdt' ? rowsOf(child(el, 'w:sdtContent') ?? el) : el.name === 'w:customXml' ? rowsOf(el) : []));
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return elements(tr).flatMap((el) => {
    if (el.name === 'w:tc') return [el];
    if (el.name === 'w:customXml') return cellsOf(el);
    if (el.name !== 'w:sdt') return [];
    const cells = cellsOf(child(el, 'w:sdtContent') ?? el);
    if (showsPlaceholder(el)) for (const tc of cells) PLACEHOLDER_CELLS.add(tc);
    return cells;
  });
}

/**
 * The text of a cell: its paragraphs (numbered like any, in document order) joined with `\n`, leading and trailing
 * empty lines dropped. A table nested in the cell gives a line per row, its cells joined with a space.
 */
function cellText(tc: XmlElement, context: Pick<Walk, 'styles' | 'numbering' | 'struck'>): string {
  if (PLACEHOLDER_CELLS.has(tc)) return '';
  const lines: string[] = [];
  const visit = (container: XmlElement) => {
    let carried: XmlElement[] = [];
    for (const el of elements(container)) {
      if (el.name === 'w:p' && markRemoved(el)) carried.push(el);
      else if (el.name === 'w:p') {
        append(lines, paragraphLines(el, context, carried).lines);
        carried = [];
      }
      else if (el.name === 'w:tbl') {
        for (const tr of rowsOf(el)) lines.push(cellsOf(tr).map((c) => cellText(c, context).replace(/\n/g, ' ')).join(' '));
      } else if (el.name === 'w:sdt') {
        if (!showsPlaceholder(el)) visit(child(el, 'w:sdtContent') ?? el);
      } else if (el.name === 'w:customXml') visit(el);
    }
  };
  visit(tc);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  while (lines.length && lines[0].trim() === '') lines.shift();
  return lines.join('\n');
}
