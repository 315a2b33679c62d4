import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Plugin } from 'unified';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Root, Table } from 'mdast';
import type { Block, Cell, ListNumber, ReadNotice, SourceText } from './types.js';
import type { readHtml } from './html.js';
import type { readGridTable } from './grid-table.js';
import type { findPandocTables, PandocTable } from './pandoc-table.js';
import { isGridTop } from './detect.js';

/**
 * The text is taken from the source lines (escapes and character references undone by {@link unescape}), never
 * from the mdast's inline nodes: micromark's inline constructs are switched off. Block structure does not depend
 * on them (CommonMark reads the blocks first; a line such as `1\.` or `\#` is not a list item or heading because
 * of its backslash, escape construct or not), and the GFM table extension reads `\|` inside a cell itself. With
 * backslash escapes off, remark parses a notice whose items are written `1\.` about a quarter faster (issue "Fast
 * at every size": a Markdown notice at 80 % of remark's speed).
 */
function blocksOnly(this: unknown): void {
  const data = (this as { data: () => { micromarkExtensions?: unknown[] } }).data();
  (data.micromarkExtensions ??= []).push({
    disable: {
      null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'hardBreakTrailing', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd'],
    },
  });
}

const plain = unified().use(remarkParse).use(blocksOnly);
let withGfm: { plugin: Plugin; processor: ReturnType<typeof unified> } | undefined;

/**
 * Reads a Markdown notice (remark-parse + remark-gfm) into blocks with their places in the file. The mdast gives
 * the structure (headings, tables and their cells, block boundaries); the text is taken from the source lines, so
 * that what the mdast drops survives: the number of an ordered list item (`1. 将弘扬…` is a list item whose plain
 * text has lost its `1.`) and `<br>` inside cells. Backslash escapes are undone; emphasis marks are left for the
 * notice stage, which strips them from plain text too.
 * @param text decoded text, BOM removed.
 * @param gfm remark-gfm, for a text that may hold a table (src/read/detect.ts); plain CommonMark without it.
 * @param readers the HTML reader (src/read/html.ts), for a text that may hold HTML blocks (src/read/detect.ts): a
 *   `<table>` becomes rows (other HTML is read line by line, its tags dropped); the grid-table reader (src/read/grid-table.ts), for a text
 *   that may hold pandoc's grid tables (src/read/detect.ts). Without them, those are read as source lines.
 */
/**
 * The text with its YAML front matter (`---` ⏎ `title: …` ⏎ `---` at the very top, as Obsidian, Typora and the
 * exports of online documents write it: probe 52) blanked out, line for line, so that places stay where they were:
 * metadata, no title and no marker.
 */
function withoutFrontMatter(text: string): string {
  const m = /^(?:\ufeff)?---[ \t]*\r?\n((?:[^\r\n]*\r?\n){0,60}?)---[ \t]*(?=\r?\n|$)/.exec(text);
  if (!m || !m[1].split(/\r?\n/).every((l) => l.trim() === '' || /^[\w\u4e00-\u9fff-]+[ \t]*:|^[ \t]+|^-/.test(l))) return text;
  return m[0].replace(/[^\r\n]/g, '') + text.slice(m[0].length);
}

export function readMarkdown(text: string, gfm?: Plugin, readers: { html?: typeof readHtml; grid?: typeof readGridTable; pandoc?: typeof findPandocTables } = {}): ReadNotice {
  const { html, grid, pandoc } = readers;
  let parser = plain;
  if (gfm) {
    if (withGfm?.plugin !== gfm) withGfm = { plugin: gfm, processor: unified().use(remarkParse).use(gfm).use(blocksOnly) as unknown as ReturnType<typeof unified> };
    parser = withGfm.processor as unknown as typeof plain;
  }
  text = withoutFrontMatter(text);
  const tree = parser.parse(text) as Root;
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let lastLine = 0;
  const emit = (block: Omit<Block, 'blankBefore'>, start: number, end: number) => {
    blocks.push({ ...block, blankBefore: start > lastLine + 1 });
    lastLine = end;
  };
  // The number of an ordered list nested in a list item (pandoc writes Word's outline numbering so), for the first
  // block of its item: its level (1 under an item, 2 under two) keeps `1.` under `1.` from reading as a sibling.
  let pending: Omit<ListNumber, 'marker'> | undefined;
  /** Whether the next block is the first of a bullet list's item (`- `, `* `), which the notice stage keeps apart. */
  let bulletItem = false;
  /** The offset up to which an HTML table read already: CommonMark ends an HTML block at a blank line, a table does not. */
  let readUntil = 0;
  // Pandoc's multiline and simple tables: their lines are rows, whatever CommonMark made of them (rules, paragraphs).
  const pandocTables = pandoc ? pandoc(lines) : [];
  const emitted = new Set<PandocTable>();
  const visit = (node: Nodes, unordered: boolean, depth: number) => {
    const pos = node.position;
    if (!pos || pos.start.offset! < readUntil) return;
    const table = pandocTables.find((t) => pos.start.line >= t.start && pos.start.line <= t.end);
    if (table) {
      if (!emitted.has(table)) {
        emitted.add(table);
        table.rows.forEach((r, k) => {
          const rowLines: SourceText[] = [];
          for (let n = r.line; n <= r.endLine; n++) if (lines[n - 1].trim() !== '') rowLines.push({ text: lines[n - 1], line: n, column: 1 });
          emit({ kind: 'row', lines: rowLines, cells: r.cells, tableStart: k === 0, whole: true }, k === 0 ? table.start : r.line, k === table.rows.length - 1 ? table.end : r.endLine);
        });
      }
      return;
    }
    switch (node.type) {
      case 'list': {
        // The numbers as written (`1. 2. 2. 4.`: a repeated or skipped number stays what the office wrote, probe 54),
        // unless every item is written with the same one (`1.` throughout: Markdown counts them, probe 52).
        const written = node.ordered ? node.children.map((child) => Number(/^\s*(?:>\s?)*(\d{1,9})[.)]/.exec(lines[(child.position?.start.line ?? 1) - 1] ?? '')?.[1] ?? NaN)) : [];
        const asWritten = written.length > 1 && written.every((n) => !Number.isNaN(n)) && written.some((n) => n !== written[0]);
        node.children.forEach((child, k) => {
          pending = node.ordered ? { number: asWritten ? written[k] : (node.start ?? 1) + k, level: depth } : undefined;
          bulletItem = !node.ordered;
          visit(child, !node.ordered, depth);
        });
        pending = undefined;
        bulletItem = false;
        return;
      }
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) visit(child, unordered && node.type === 'listItem', node.type === 'listItem' ? depth + 1 : depth);
        return;
      case 'table':
        readTable(node, text, lines, emit);
        return;
      case 'html': {
        if (/^\s*<!--/.test(node.value)) return;
        // Only a table needs the HTML reader. Other HTML (`<p align="center">…</p>`, `<div>` around lines) is read
        // line by line without its tags below: CommonMark runs such a block on to the next blank line, over the
        // numbered lines a CMS put right under it (probe 14).
        if (!html || !/<table[\s>]/i.test(node.value)) break;
        // An HTML table runs to its `</table>`, across the blank lines that split it into several HTML blocks.
        const close = tableEnd(text, pos.start.offset!);
        // Tables nested deeper than any notice's (a hostile file: 500 levels overflowed the stack) are read as lines.
        if (close === TOO_DEEP) break;
        const end = Math.max(pos.end.offset!, close);
        readUntil = end;
        for (const b of html(text.slice(pos.start.offset!, end), pos.start.line, pos.start.column)) emit(b.block, b.startLine, b.endLine);
        return;
      }
      case 'thematicBreak':
      case 'definition':
        return;
    }
    // A footnote's definition (`[^1]: 排在第一位的为牵头单位。`, pandoc's and a web editor's, at the document's end after
    // its 版记) is a note, as a Word document's footnote is (ReadNotice.notes), no text of the notice (probe 155: the
    // note had been lost behind the 版记, every lead with it).
    if ((node.type as string) === 'footnoteDefinition') return;
    if (grid && node.type === 'paragraph' && isGridTop(lines[pos.start.line - 1])) {
      const rows = grid(lines.slice(pos.start.line - 1, pos.end.line).map((l, k) => ({ text: l, line: pos.start.line + k, column: 1 })));
      if (rows) {
        rows.forEach((r, k) => {
          const rowLines: SourceText[] = [];
          for (let n = r.line; n <= r.endLine; n++) rowLines.push({ text: lines[n - 1], line: n, column: 1 });
          emit({ kind: 'row', lines: rowLines, cells: r.cells, tableStart: k === 0, whole: true }, k === 0 ? pos.start.line : r.line, r.endLine);
        });
        return;
      }
    }
    const kind = node.type === 'heading' ? 'heading' : 'text';
    const out: SourceText[] = [];
    for (let n = pos.start.line; n <= pos.end.line; n++) {
      const raw = lines[n - 1] ?? '';
      // A code block's fences (```` ```markdown ````, an AI assistant's wrapping of a whole notice: probe 93) are no
      // text; its lines are, read as the lines of a text notice.
      if (node.type === 'code' && (n === pos.start.line || n === pos.end.line) && FENCE.test(raw)) continue;
      const prefix = linePrefix(raw, unordered, kind === 'heading');
      // `<br>` inside a paragraph breaks its line, as it does in a cell (a CMS export puts a whole notice in one).
      const rest = raw.slice(prefix);
      BR.lastIndex = 0;
      for (let from = 0; from <= rest.length; ) {
        const m = BR.exec(rest);
        const to = m ? m.index : rest.length;
        const body = unescape(pandocSpans(plainLinks(withoutTags(noteMarkup(rest.slice(from, to))).replace(kind === 'heading' ? HEADING_END : /$^/, '').replace(HARD_BREAK, ''))));
        if (body.trim() !== '' && !DIRECTIVE.test(body)) out.push({ text: body, line: n, column: prefix + from + 1 });
        if (!m) break;
        from = to + m[0].length;
      }
    }
    if (!out.length) return;
    const marker = pending && /^\s*(\d{1,3}[.．、)）])/.exec(out[0].text)?.[1];
    emit(marker ? { kind, lines: out, list: { ...pending!, marker } } : bulletItem ? { kind, lines: out, item: true } : { kind, lines: out }, pos.start.line, pos.end.line);
    pending = undefined;
    bulletItem = false;
  };
  for (const child of tree.children) visit(child, false, 0);
  const notes = footnotes(lines);
  return { blocks, lineCount: lines.length, format: 'markdown', ...(notes.length ? { notes } : {}) };
}

/** The text of each footnote's definition (`[^1]: …` and the indented lines under it), whatever the parser made of it. */
function footnotes(lines: string[]): string[] {
  const notes: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FOOTNOTE.exec(lines[i]);
    if (!m) continue;
    let note = m[1];
    while (i + 1 < lines.length && /^(?: {2,}|\t)\S/.test(lines[i + 1])) note += lines[++i].trim();
    notes.push(note.trim());
  }
  return notes;
}
const FOOTNOTE = /^ {0,3}\[\^[^\]\s]+\]:[ \t]*(.*)$/;

const BR = /<br\s*\/?>/gi;
const FENCE = /^[ \t>]*(?:`{3,}|~{3,})/;
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g;

/** A line without its HTML tags (`<p align="center">`, `</span>`, `<o:p>`): the text a reader sees. */
function withoutTags(line: string): string {
  return line.includes('<') ? line.replace(TAG, '') : line;
}

/**
 * The offset just after the `</table>` closing the first table from `from` on (tables nest in cells), -1 when it
 * is not closed, or {@link TOO_DEEP} when tables nest more than {@link MAX_DEPTH} deep.
 */
function tableEnd(text: string, from: number): number {
  const tag = /<(\/?)table(?=[\s>])\s*[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth > MAX_DEPTH) return TOO_DEEP;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

const MAX_DEPTH = 8;
const TOO_DEEP = -2;

/**
 * The markup of note-taking and online-document tools as the reader sees it (probe 52): `[[X]]` and `[[X|Y]]` as X and
 * Y (Obsidian's links), `==X==` as X (a highlight), a struck-out `~~X~~` (or `<del>X</del>`, `<s>`, `<strike>`) and a comment `<!-- … -->` as nothing (deleted,
 * as a tracked deletion in Word), a footnote's reference `[^1]` as nothing.
 */
function noteMarkup(s: string): string {
  if (!/\[\[|==|~~|<!--|\[\^|<(?:del|s|strike)>/.test(s)) return s;
  return s
    .replace(/<!--.*?-->/g, '')
    .replace(/~~[^~]+~~/g, '')
    // Struck out in HTML (`<del>市发改委</del>区发改局`, what pandoc writes for Word's strike-through: probe 118).
    .replace(/<(del|s|strike)>.*?<\/\1>/g, '')
    .replace(/==([^=]+)==/g, '$1')
    .replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[\^[^\]\s]+\](?!:)/g, '');
}

/**
 * A pipe-table cell as the reader sees it: lines at `<br>` and at each item of an HTML list (`<ul><li>A</li><li>B</li>
 * </ul>`), links as their text, other tags (`<font color=…>`) and a bullet before a line (`• 县交通运输局`) left out,
 * with {@link noteMarkup} (probe 52: 钉钉 and 飞书 tables).
 */
function cellMarkup(s: string): string {
  // (Struck-out `<del>X</del>` goes before the other tags are taken out, its text with it.)
  let t = noteMarkup(s).replace(/<br\s*\/?>/gi, '\n');
  if (t.includes('<')) t = withoutTags(t.replace(/<\/li>\s*<li[^>]*>/gi, '\n'));
  t = plainLinks(t);
  return t.includes('•') || t.includes('·') ? t.replace(/^[ \t]*[•·][ \t]*/gm, '') : t;
}

/** A line of a tool's directive, no text: a container's fence (`:::tip`, `:::`), a table of contents (`[TOC]`). */
const DIRECTIVE = /^[\s\u3000]*(?::::+[\w-]*.*|\[(?:TOC|toc)\])[\s\u3000]*$/;

/** A hard line break at a line's end: a backslash (pandoc) or `<br>`. */
const HARD_BREAK = /\\$/;

/**
 * A link as its text and an image as nothing (`[市教体局](http://…)` → `市教体局`): the text a reader sees. A
 * destination may hold balanced parentheses, as CommonMark allows (`[【打印本页】](javascript:window.print())`, probe 37).
 */
function plainLinks(s: string): string {
  return s.includes('](') ? s.replace(IMAGE, '').replace(LINK, '$1') : s;
}
const DESTINATION = String.raw`\((?:[^()]|\([^()]*\))*\)`;
// (With pandoc's attributes after it, `![](qrcode.png){width="100" height="100"}`: probe 129, where they had stayed in
// the last task's text.)
const IMAGE = new RegExp(String.raw`!\[[^\]]*\]${DESTINATION}(?:\{(?:[#.][^{}\s]+|[\w-]+=[^{}\s]*)(?:\s+[^{}]*)?\})?`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]*)\]${DESTINATION}`, 'g');

/** Pandoc's attributes: `{#_Toc167302211 .anchor}`, `{.underline}`, `{custom-style="正文"}`. */
const ATTRIBUTES = String.raw`\{(?:[#.][^{}\s]+|[\w-]+=[^{}\s]*)(?:\s+[^{}]*)?\}`;
const SPAN = new RegExp(String.raw`\[([^\[\]]*)\]${ATTRIBUTES}`, 'g');
/** A heading's closing `#`s, or pandoc's attributes at its end (`## 二、任务 {#sec-2}`). */
const HEADING_END = new RegExp(String.raw`\s+#+\s*$|\s*${ATTRIBUTES}\s*$`);

/**
 * Pandoc's bracketed spans as their text (`[]{#_Toc167302211 .anchor}二、…` → `二、…`: the anchor a Word bookmark
 * becomes hid the number of a heading, probe 17; `[重点]{.underline}` → `重点`).
 */
function pandocSpans(s: string): string {
  return s.includes(']{') ? s.replace(SPAN, '$1') : s;
}

/**
 * Length of the Markdown container prefix of a line: blockquote `>`, a bullet (not a page number `- 3 -`) and a task
 * list's box (`[ ]`, `[x]`), `#`s.
 */
function linePrefix(raw: string, unordered: boolean, heading: boolean): number {
  let m = /^\s*(?:>\s?)*/.exec(raw);
  let len = m ? m[0].length : 0;
  if (heading) {
    m = /^#{1,6}\s*/.exec(raw.slice(len));
    if (m) len += m[0].length;
  } else if (unordered && !/^\s*[-—–－]\s*\d+\s*[-—–－]\s*$/.test(raw)) {
    // (A task list's box after the bullet, `- [x] 1. 上线…`: a 飞书 or 腾讯文档 export, probe 155, whose box had hidden the
    // item's number, every id under it shifted.)
    m = /^[-*+]\s+(?:\[[ xX]\]\s+)?/.exec(raw.slice(len));
    if (m) len += m[0].length;
  }
  return len;
}

function readTable(node: Table, text: string, lines: string[], emit: (b: Omit<Block, 'blankBefore'>, s: number, e: number) => void) {
  node.children.forEach((row, index) => {
    const rp = row.position!;
    const cells: Cell[] = row.children.map((cell) => {
      const cp = cell.position!;
      const slice = text.slice(cp.start.offset!, cp.end.offset!);
      const lead = /^\|?\s*/.exec(slice)![0].length;
      const body = slice.slice(lead).replace(/\s*\|?\s*$/, '');
      return { text: cellMarkup(unescape(pandocSpans(body))), line: cp.start.line, column: cp.start.column + lead };
    });
    const line = lines[rp.start.line - 1] ?? '';
    // (A row written without its leading pipe may be the rest of the row above, a cell's `<br>` written as a line
    // break: html2text's tables, probe 142.)
    emit({ kind: 'row', lines: [{ text: line, line: rp.start.line, column: 1 }], cells, tableStart: index === 0, whole: line.trimStart().startsWith('|') }, rp.start.line, rp.end.line);
  });
}

/**
 * Undoes Markdown backslash escapes of ASCII punctuation (`1\.` → `1.`, `\|` → `|`) and character references
 * (`&nbsp;`, `&amp;`, `&#12288;`) that converters leave in the text. One character may become another, so
 * columns after a reference shift by its length: positions stay right up to it.
 */
function unescape(s: string): string {
  if (s.includes('\\')) s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  if (s.includes('&')) {
    s = s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
      if (ref[0] !== '#') return decodeNamedCharacterReference(ref) || whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  return s;
}
