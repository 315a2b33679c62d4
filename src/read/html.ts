import type { Element, ElementContent, Nodes, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Block, Cell, SourceText } from './types.js';

/**
 * HTML inside a Markdown notice: what pandoc writes for a Word table it cannot put in a pipe table (merged cells,
 * paragraphs inside a cell: `<table>` with `rowspan`, `<p>`), and what a CMS export wraps paragraphs in (`<p>`,
 * `<div>`). Parsed with hast-util-from-html (parse5, as a browser would), the text of each element as a browser
 * shows it (hast-util-to-text: `<br>` and `<p>` break lines).
 */

/** A block of the HTML with the 1-based line of the file it starts on, for the Markdown reader to place. */
export interface HtmlBlock {
  block: Omit<Block, 'blankBefore'>;
  startLine: number;
  endLine: number;
}

/** Elements whose text is one block of its own unless they hold other blocks. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'center', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'dl', 'dt', 'dd', 'header', 'footer', 'main', 'figure', 'figcaption', 'caption', 'hr', 'form']);
const HEADING = /^h[1-6]$/;

/**
 * Reads a piece of HTML that starts at `line`, `column` (1-based, characters) of the file into blocks: each table
 * row a `row` block (the first row of a table `tableStart`), each other block element a `text` or `heading` block.
 * A cell merged down (`rowspan`) is repeated on the rows it covers as a `spanned` copy, as Word's merged cells are
 * (src/read/types.ts); a cell merged across (`colspan`) is followed by empty cells, as a pipe table writes it.
 */
export function readHtml(html: string, line: number, column: number): HtmlBlock[] {
  const tree = fromHtml(html, { fragment: true });
  // Text struck out (`<del>`, `<s>`, `<strike>`: pandoc's HTML table for Word's strike-through, probe 118) is deleted text.
  dropStruck(tree);
  const out: HtmlBlock[] = [];
  const place = (node: Nodes): { line: number; column: number; endLine: number } => {
    const first = firstText(node) ?? node;
    const start = first.position?.start ?? node.position?.start;
    const end = node.position?.end ?? start;
    if (!start) return { line, column, endLine: line };
    return { line: line + start.line - 1, column: start.line === 1 ? column + start.column - 1 : start.column, endLine: line + (end?.line ?? start.line) - 1 };
  };
  const textBlock = (node: Nodes, kind: 'text' | 'heading') => {
    const at = place(node);
    const lines: SourceText[] = shownLines(node)
      .map((t, k) => ({ text: t, line: at.line + k, column: k === 0 ? at.column : 1 }));
    if (lines.length) out.push({ block: { kind, lines }, startLine: at.line, endLine: Math.max(at.endLine, lines[lines.length - 1].line) });
  };
  const visit = (nodes: Array<RootContent | ElementContent>) => {
    let inline: Array<RootContent | ElementContent> = [];
    const flush = () => {
      if (inline.some((n) => n.type === 'element' || (n.type === 'text' && n.value.trim() !== ''))) textBlock({ type: 'element', tagName: 'span', properties: {}, children: inline as ElementContent[], position: spanOf(inline) }, 'text');
      inline = [];
    };
    for (const node of nodes) {
      if (node.type === 'comment' || node.type === 'doctype') continue;
      if (node.type !== 'element' || !BLOCK.has(node.tagName)) {
        inline.push(node);
        continue;
      }
      flush();
      if (node.tagName === 'table') readTable(node, place, out);
      else if (node.children.some((c) => c.type === 'element' && BLOCK.has(c.tagName))) visit(node.children);
      else textBlock(node, HEADING.test(node.tagName) ? 'heading' : 'text');
    }
    flush();
  };
  visit(tree.children);
  return out;
}

/** The lines of text a browser shows for a node, trimmed, empty ones dropped. */
function shownLines(node: Nodes): string[] {
  return toText(node as Element)
    .split(/\n+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** The span of a run of inline nodes, from its first node's start to its last node's end. */
function spanOf(nodes: Array<RootContent | ElementContent>): Element['position'] {
  const start = nodes.find((n) => n.position)?.position?.start;
  const end = [...nodes].reverse().find((n) => n.position)?.position?.end;
  return start && end ? { start, end } : undefined;
}

/** The first text node with visible text under a node, for the place of a cell's or paragraph's text. */
function firstText(node: Nodes): Nodes | undefined {
  // A stack, not recursion: tables nest in cells as deep as a file makes them.
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (n.value.trim()) return n;
    } else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return undefined;
}

/** The rows of a table (thead, tbody, tfoot or bare), not those of a table nested in a cell. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') for (const r of child.children) if (r.type === 'element' && r.tagName === 'tr') rows.push(r);
  }
  return rows;
}

/** A cell's `rowspan` or `colspan`, at most {@link MAX_SPAN} (a hostile `rowspan="1000" colspan="50"` on every row ran out of memory). */
function span(cell: Element, name: 'rowSpan' | 'colSpan'): number {
  const n = Number(cell.properties?.[name] ?? 1);
  return Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

const MAX_SPAN = 20;
/** Cells of a row at most: no 任务分工表 is wider; the rest of a wider row is dropped. */
const MAX_CELLS = 40;

function readTable(table: Element, place: (n: Nodes) => { line: number; column: number; endLine: number }, out: HtmlBlock[]): void {
  /** Per column, the cell merged down into the rows below and how many rows it still covers. */
  const down: Array<{ cell: Cell; left: number } | undefined> = [];
  rowsOf(table).forEach((tr, index) => {
    const at = place(tr);
    const cells: Cell[] = [];
    const carry = () => {
      const d = down[cells.length];
      if (!d || d.left <= 0) return false;
      cells.push({ ...d.cell, spanned: true });
      d.left--;
      return true;
    };
    for (const td of tr.children) {
      if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (carry());
      const p = place(td);
      const text = shownLines(td).join('\n');
      const cell: Cell = { text, line: p.line, column: p.column };
      const rows = span(td, 'rowSpan');
      const cols = Math.min(span(td, 'colSpan'), MAX_CELLS - cells.length);
      for (let c = 0; c < cols; c++) {
        const filled: Cell = c === 0 ? cell : { text: '', line: p.line, column: p.column };
        down[cells.length] = rows > 1 ? { cell: filled, left: rows - 1 } : undefined;
        cells.push(filled);
      }
    }
    while (cells.length < Math.min(down.length, MAX_CELLS) && (carry() || (cells.push({ text: '', line: at.line, column: at.column }), true)));
    if (!cells.length) return;
        // The row's first and last lines (its text is in its cells).
    const text = cells.map((c) => c.text.replace(/\n/g, ' ')).join('\t');
    const lines = [{ text, line: at.line, column: at.column }];
    if (at.endLine > at.line) lines.push({ text: '', line: at.endLine, column: 1 });
    out.push({ block: { kind: 'row', lines, cells, tableStart: index === 0, whole: true }, startLine: at.line, endLine: at.endLine });
  });
}

/** Removes the struck-out elements (`del`, `s`, `strike`) under `node`, in place. */
function dropStruck(node: { children?: Array<RootContent | ElementContent> }): void {
  if (!node.children) return;
  node.children = node.children.filter((c) => !(c.type === 'element' && (c.tagName === 'del' || c.tagName === 's' || c.tagName === 'strike')));
  for (const c of node.children) if ('children' in c) dropStruck(c as { children?: Array<RootContent | ElementContent> });
}
