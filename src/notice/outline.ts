import type { OutlineItem } from '../matrix/types.js';
import type { MarkerStyle, NumberMarker } from './numbering.js';

/** An open item of the outline while the body is read, with what the assembly needs to make its task(s). */
export interface ItemState {
  item: OutlineItem;
  style: MarkerStyle;
  number: number;
  /** The numbers of the item and its open ancestors joined by `.` (its id before any repeat suffix). */
  base: string;
  parent: ItemState | null;
  /** Chunks of the item: text paragraphs, each with the marker-only paragraphs after it. */
  chunks: Chunk[];
  /** Text for the path when the item has no title. */
  label: string;
  /** Whether this item or one of its chunks carries markers. */
  marked: boolean;
  /** Number of children pushed so far. */
  childCount: number;
  /** Whether any item under it carries markers (a child, or a child's child: probe 22). */
  childMarked: boolean;
  /**
   * Whether a block of markers after a run of its sub-items went to it ({@link ItemState.parent}'s reading in
   * parse-notice.ts markerTarget): the plan's pattern, which a run of one sub-item after it follows (probe 73).
   */
  closedRun?: boolean;
  /** A task row of a table (closed before the next category row and when the table ends). */
  row?: boolean;
  /** Opened by a table row, task or category: its title stays as the row set it; closed when the table ends. */
  fromTable?: boolean;
  /**
   * The text of the 类别 cell over the row, when it has no number of its own (`民生保障⇥1⇥新增城镇就业…`): no item of the
   * outline, but the section a clerk files the row under, in its path (a fresh user's: 民生保障 had been lost).
   */
  section?: string;
}

/** A paragraph with text of its own, plus the marker-only paragraphs that follow it. */
export interface Chunk {
  text: string;
  hasText: boolean;
  groups: import('./markers.js').MarkerGroup[];
  line: number;
  endLine: number;
}

/**
 * The numbering stack of matrix-format.md "Ids" (GB/T 9704-2012 §7.3.3 gives the styles, not fixed levels).
 * A style takes the next level down the first time it appears below another; meeting a style already open closes
 * the levels under it. Worked example, b02: `一、` opens level 1; `1.` (a style not open) opens level 2 → `1.1`;
 * `二、` is open at level 1, so it closes `1.` → `2`; `4.` opens level 2 again → `2.4` (numbers are never changed).
 */
export class OutlineStack {
  readonly roots: OutlineItem[] = [];
  private stack: ItemState[] = [];
  private ids = new Set<string>();
  private repeats = new Map<string, number>();

  /** The innermost open item, or null before the first numbered item. */
  get current(): ItemState | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** The open items, outermost first. */
  get open(): readonly ItemState[] {
    return this.stack;
  }

  /** Whether a marker whose punctuation is followed by a digit (`3.5亿元`) is the next number at an open level. */
  expected(marker: NumberMarker): boolean {
    const at = this.stack.find((s) => s.style === marker.style);
    return at !== undefined && at.number + 1 === marker.number;
  }

  /**
   * Opens an item for a marker. Returns the state and, when the id was taken already (a source that repeats a
   * number), the suffix that made it unique (`-2`, `-3`…), for the caller's warning.
   */
  push(style: MarkerStyle, number: number, marker: string, line: number): { state: ItemState; repeated: string | null; skippedFrom: number | null } {
    const stack = this.stack;
    /** The number of the item of this style it follows, when this one skips past the next (`一、` `二、` `四、`). */
    let skippedFrom: number | null = null;
    for (let i = 0; i < stack.length; i++) {
      if (stack[i].style === style) {
        if (number > stack[i].number + 1) skippedFrom = stack[i].number;
        stack.length = i;
        break;
      }
    }
    const parent = stack.length ? stack[stack.length - 1] : null;
    // The numbers of the open levels and this one: `2.4` (never the parent's id, which may carry a `-2`).
    return { ...this.add(style, number, marker, line, parent ? `${parent.base}.${number}` : String(number)), skippedFrom };
  }

  /**
   * Opens the item of a table row numbered with its whole id (`2.2.1` in the 序号 column: fengong's own 任务分工表
   * export, tables numbered per section): under the open item whose number is `parentId` (`2.2`), closing the
   * levels below it; when no such item is open, under the deepest open item whose number starts it, with the id as
   * written.
   */
  pushRow(parentId: string, number: number, marker: string, line: number): { state: ItemState; repeated: string | null } {
    const stack = this.stack;
    let keep = 0;
    for (let i = stack.length - 1; i >= 0; i--) {
      const base = stack[i].base;
      if (base === parentId || parentId.startsWith(`${base}.`)) {
        keep = i + 1;
        break;
      }
    }
    stack.length = keep;
    return this.add('row', number, marker, line, `${parentId}.${number}`);
  }

  /**
   * Opens the item a row names by its whole id (the item of a task id `2.1#3` in fengong's own export, see
   * readTaskIdCell), or goes back to it when it is open (its next `#k` row): the levels below it close. A new item
   * goes under the deepest open item whose id starts its own, with the id as written.
   */
  openId(id: string, marker: string, line: number): { state: ItemState; repeated: string | null; reused: boolean } {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].item.id === id) {
        stack.length = i + 1;
        return { state: stack[i], repeated: null, reused: true };
      }
    }
    let keep = 0;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (id.startsWith(`${stack[i].base}.`)) {
        keep = i + 1;
        break;
      }
    }
    stack.length = keep;
    return { ...this.add('row', Number(id.slice(id.lastIndexOf('.') + 1)), marker, line, id), reused: false };
  }

  private add(style: MarkerStyle, number: number, marker: string, line: number, base: string): { state: ItemState; repeated: string | null } {
    const stack = this.stack;
    const parent = stack.length ? stack[stack.length - 1] : null;
    let id = base;
    let repeated: string | null = null;
    if (this.ids.has(id)) {
      // Count repeats per base id, so that a long run of the same number stays linear.
      let k = this.repeats.get(base) ?? 1;
      do id = `${base}-${++k}`;
      while (this.ids.has(id));
      this.repeats.set(base, k);
      repeated = `-${k}`;
    }
    this.ids.add(id);
    const item: OutlineItem = { id, marker, title: null, line, children: [] };
    (parent ? parent.item.children : this.roots).push(item);
    const state: ItemState = { item, style, number, base, parent, chunks: [], label: '', marked: false, childCount: 0, childMarked: false };
    if (parent) parent.childCount++;
    this.stack.push(state);
    return { state, repeated };
  }

  /**
   * Closes the innermost open items that carry markers themselves: a task is not the parent of what follows a
   * table's header (a table after `3.…（X牵头）` numbers its rows under 3.'s parent, not under 3.).
   */
  closeMarked(): void {
    while (this.stack.length && this.stack[this.stack.length - 1].marked) this.stack.pop();
  }

  /** Closes the innermost open items that a table row opened (the table has ended). */
  closeRows(): void {
    while (this.stack.length && this.stack[this.stack.length - 1].row) this.stack.pop();
  }

  /** Closes the innermost open items that table rows opened, categories included (text after a table is not theirs). */
  closeTable(): void {
    while (this.stack.length && this.stack[this.stack.length - 1].fromTable) this.stack.pop();
  }

  /** Closes every open item (an attachment starts). */
  closeAll(): void {
    this.stack.length = 0;
  }

  /** Marks an item as carrying markers, and each of its ancestors as having a marked descendant. */
  mark(state: ItemState): void {
    state.marked = true;
    for (let a = state.parent; a && !a.childMarked; a = a.parent) a.childMarked = true;
  }
}
