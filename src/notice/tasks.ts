import type { Task } from '../matrix/types.js';
import { dueDate } from './deadline.js';
import { hasLeadMark, withoutLeadMarks, type MarkerGroup } from './markers.js';
import type { Chunk, ItemState } from './outline.js';

/** What {@link buildTasks} needs to know of the notice as a whole. */
export interface TaskContext {
  /** The plan's year, for deadlines without one (`6月底完成`). */
  planYear: number | null;
  /** The notice says 排在第一位的为牵头单位: the first responsible unit of each list is its lead. */
  firstIsLead: boolean;
  /**
   * Whether that note gives the others of a list as support (`排在第一位的为牵头单位，其他为配合单位`: probe 123, a city's
   * 分解表), not responsible.
   */
  restIsSupport?: boolean;
  /**
   * The notice says units marked `（牵头）` lead and the others support (`标注“（牵头）”的为牵头单位，其他为配合单位`: probe
   * 145): the rest of a responsible list with a marked lead in it are support.
   */
  markedRestIsSupport?: boolean;
  /** The mark the notice says its leads carry (`标☆的为牵头单位`: `☆`), see markers.ts leadMarkOf. */
  leadMark?: string | null;
}


/**
 * Makes the tasks of matrix-format.md "Items and tasks", in document order: each item whose chunks carry markers
 * is one task (its marker groups merged in order); an item with two or more marked chunks that each have text of
 * their own gives `<id>#k` tasks instead; marked paragraphs before the first item are `#k`. Marks every marker
 * group it uses (`used`), for the accounting pass.
 */
export function buildTasks(preamble: Chunk[], states: ItemState[], context: TaskContext): Task[] {
  const tasks: Task[] = [];
  let k = 0;
  for (const c of preamble) if (c.groups.some(carries)) tasks.push(makeTask(`#${++k}`, null, [], null, [c], c.line, context));
  for (const s of states) {
    const marked = s.chunks.filter((c) => c.groups.some(carries));
    if (!marked.length) continue;
    const path = pathOf(s);
    // (A paragraph whose only marker is a deadline, `完成时限：…` after the item's units and text, names no task of its
    // own: it completes the item's, as the units' lines above it do. Probe 90: `牵头单位：…` ⏎ `责任单位：…` ⏎ `工作内容：…`
    // ⏎ `完成时限：…` had made two halves, one with the units and one with the deadline.)
    if (marked.length >= 2 && marked.every((c) => c.hasText) && marked.filter((c) => c.groups.some(namesUnits)).length >= 2) {
      const repeat = /-\d+$/.exec(s.item.id)?.[0] ?? '';
      const base = s.item.id.slice(0, s.item.id.length - repeat.length);
      // The item is not a task itself: its title (when it has one) ends the path of its paragraphs' tasks.
      const own = s.item.title ? [...path, s.item.title] : path;
      marked.forEach((c, j) => tasks.push(makeTask(`${base}#${j + 1}${repeat}`, null, own, null, [c], c.line, context)));
    } else tasks.push(makeTask(s.item.id, s.item.marker, path, s.item.title, s.chunks, s.item.line, context));
  }
  return tasks;
}

function makeTask(id: string, marker: string | null, path: string[], title: string | null, chunks: Chunk[], line: number, context: TaskContext): Task {
  // One pass over the chunks and their groups (plain loops: this runs once per task of an archive's notices).
  const lead: NameList = { names: [] };
  const responsible: NameList = { names: [] };
  const support: NameList = { names: [] };
  const leaders: NameList = { names: [] };
  let text = '';
  let endLine = line;
  let deadline: string | null = null;
  // A lead named by a label or a cell anywhere in the task (`牵头单位：…` under `（X负责）`) leaves the note
  // 排在第一位的为牵头单位 aside. A phrase's own lead does not: the next phrase's list has its first unit (`…（X牵头）。…（Y、Z等
  // 负责）`, each sentence of a 部门分工 with its own: probe 116).
  let named = false;
  for (const c of chunks) {
    for (const g of c.groups) if (g.lead.length && g.kind !== 'inline' && g.kind !== 'sentence') named = true;
  }
  const firstIsLead = context.firstIsLead && !named;
  for (const c of chunks) {
    const t = c.text.trim();
    if (t) text = text ? `${text}\n${t}` : t;
    if (c.endLine > endLine) endLine = c.endLine;
    for (const g of c.groups) {
      g.used = true;
      const groupLead = leadOf(g, firstIsLead);
      addNew(lead, groupLead);
      const own = groupLead === g.lead ? g.responsible : g.responsible.slice(1);
      addNew(groupLead !== g.lead && context.restIsSupport ? support : responsible, own);
      addNew(support, g.support);
      addNew(leaders, g.leaders);
      if (deadline === null && g.deadline) deadline = g.deadline;
    }
  }
  // Lists built by push keep spare room; the task keeps exact copies (a matrix of an archive stays in memory).
  const task: Task = { id, marker, path, title, text, lead: lead.names.slice(), responsible: responsible.names.slice(), support: support.names.slice(), deadline: null, source: { line, endLine } };
  if (deadline) task.deadline = { text: deadline, due: dueDate(deadline, context.planYear) };
  if (leaders.names.length) task.leaders = leaders.names.slice();
  promoteMarkedLeads(task, context.markedRestIsSupport === true);
  if (task.lead.some(hasLeadMark) || task.responsible.some(hasLeadMark) || task.support.some(hasLeadMark)) promoteStarredLeads(task, context.leadMark ?? null);
  // A name with no letter or digit in it names no unit: a mark alone (`※`, `*` in a unit cell, the mark taken off and
  // nothing left), a bullet (`•`), empty brackets (a fresh user's: an empty name had broken the matrix's schema and
  // stopped the run with an internal error).
  for (const role of ['lead', 'responsible', 'support'] as const) if (task[role].some(namesNothing)) task[role] = task[role].filter((u) => !namesNothing(u));
  if (task.leaders?.some(namesNothing)) {
    task.leaders = task.leaders.filter((u) => !namesNothing(u));
    if (!task.leaders.length) delete task.leaders;
  }
  // A unit has one role in a task (`fengong validate`'s rules lead-and-responsible and repeated-unit): named in two (a
  // 牵头单位 cell and a 责任单位 cell, probes 39 and 43; one phrase's lead, another's responsible; `X牵头，Y、X配合`, a
  // fresh user's find: the matrix failed validate), it keeps the first of lead, responsible, support.
  if (task.lead.length + task.responsible.length && (task.responsible.length || task.support.length)) {
    const above = new Set(task.lead);
    if (task.responsible.some((u) => above.has(u))) task.responsible = task.responsible.filter((u) => !above.has(u));
    for (const u of task.responsible) above.add(u);
    if (task.support.some((u) => above.has(u))) task.support = task.support.filter((u) => !above.has(u));
  }
  return task;
}

/**
 * A group's lead units: its own, or under the note 排在第一位的为牵头单位 (`firstIsLead`: the note, and no lead named in
 * the task) the first unit of its responsible list (the note applies to each list: probe 39, a phrase after each
 * sentence), unless a unit in it is marked `（牵头）`.
 */
function leadOf(g: MarkerGroup, firstIsLead: boolean): string[] {
  if (firstIsLead && !g.lead.length && g.responsible.length && !g.responsible.some(isMarkedLead)) return g.responsible.slice(0, 1);
  return g.lead;
}

/** Titles of an item's ancestors, outermost first (an ancestor without a title gives its first sentence). */
function pathOf(s: ItemState): string[] {
  const path: string[] = [];
  if (s.section) path.unshift(s.section);
  for (let a = s.parent; a; a = a.parent) {
    path.unshift(a.item.title ?? (a.label || firstSentence(a.chunks[0]?.text ?? '') || a.item.marker));
    if (a.section) path.unshift(a.section);
  }
  return path;
}

/** Whether a group names units (a deadline alone does not). */
function namesUnits(g: MarkerGroup): boolean {
  return g.lead.length + g.responsible.length + g.support.length > 0;
}

/** Whether a marker group carries a unit or a deadline. */
export function carries(g: MarkerGroup): boolean {
  return namesUnits(g) || g.deadline !== null;
}

/** `县住建局（牵头）`, also `（牵头单位）` / `（牵头部门）` (probe 20). */
const LEAD_MARK = /^(.+?)[（(](?:牵头|牽頭)(?:单位|單位|部门|部門)?[）)]$/;

/**
 * A unit marked `（牵头）` inside a responsible or support list (`市发改委（牵头）、市财政局`) is a lead: the format
 * does not settle this case; a clerk reads it as the lead, so it moves to `lead`, without the mark.
 */
function promoteMarkedLeads(task: Task, restIsSupport: boolean): void {
  // In a lead list (a 牵头单位 cell `市发改委（牵头）、市公共资源交易中心`) the mark only repeats the role.
  if (task.lead.some(isMarkedLead)) {
    const lead: string[] = [];
    for (const unit of task.lead) {
      const name = isMarkedLead(unit) ? LEAD_MARK.exec(unit)![1] : unit;
      if (!lead.includes(name)) lead.push(name);
    }
    task.lead = lead;
  }
  // `区文旅局（配合）` in a responsible list is a support unit, without the mark.
  if (task.responsible.some(isMarkedSupport)) {
    const keep: string[] = [];
    for (const unit of task.responsible) {
      const m = isMarkedSupport(unit) ? SUPPORT_MARK.exec(unit) : null;
      if (m) {
        if (!task.support.includes(m[1])) task.support.push(m[1]);
      } else keep.push(unit);
    }
    task.responsible = keep;
  }
  if (task.support.some(isMarkedSupport)) task.support = [...new Set(task.support.map((u) => (isMarkedSupport(u) ? SUPPORT_MARK.exec(u)![1] : u)))];
  for (const role of ['responsible', 'support'] as const) {
    if (!task[role].some(isMarkedLead)) continue;
    const keep: string[] = [];
    for (const unit of task[role]) {
      const m = isMarkedLead(unit) ? LEAD_MARK.exec(unit) : null;
      if (m) {
        if (!task.lead.includes(m[1])) task.lead.push(m[1]);
      } else keep.push(unit);
    }
    task[role] = keep;
    // Under the notice's note that the others of such a list support (`标注“（牵头）”的为牵头单位，其他为配合单位`: probe
    // 145, a 整改清单's), the rest of the list beside its marked lead do.
    if (role === 'responsible' && restIsSupport) {
      for (const unit of keep) if (!task.support.includes(unit)) task.support.push(unit);
      task.responsible = [];
    }
  }
}

/**
 * Units written with a mark before or after their name (`☆经信局`, `经信局☆`: a fresh user's): under the note that marked units lead (`mark`, see
 * markers.ts leadMarkOf) the units with that mark move to `lead`; every mark leaves the name. (Without the note a mark is
 * no role: the unit keeps its list.)
 */
function promoteStarredLeads(task: Task, mark: string | null): void {
  const lead = task.lead.map(withoutLeadMarks);
  for (const role of ['responsible', 'support'] as const) {
    const keep: string[] = [];
    for (const unit of task[role]) {
      const name = withoutLeadMarks(unit);
      if (mark === null || !(unit.startsWith(mark) || unit.endsWith(mark))) keep.push(name);
      else if (!lead.includes(name)) lead.push(name);
    }
    task[role] = keep;
  }
  task.lead = lead;
}

const SUPPORT_MARK = /^(.+?)[（(](?:配合|协办|协助|参与)(?:单位|部门)?[）)]$/;

function isMarkedSupport(unit: string): boolean {
  const last = unit.charCodeAt(unit.length - 1);
  return (last === 0xff09 || last === 0x29) && SUPPORT_MARK.test(unit);
}

function isMarkedLead(unit: string): boolean {
  const last = unit.charCodeAt(unit.length - 1);
  return (last === 0xff09 || last === 0x29) && LEAD_MARK.test(unit);
}

/** A list of a task's names being built, and the set of them once it is long. */
type NameList = { names: string[]; seen?: Set<string> };

/**
 * Appends the names of `from` not in the list yet, in order. Lists of a task are short, and a scan beats a Set; a
 * long one (thousands of names in one hostile paragraph) keeps a Set beside it, so that the time stays linear.
 */
function addNew(to: NameList, from: string[]): void {
  if (!to.seen && to.names.length + from.length <= 64) {
    for (const name of from) if (!to.names.includes(name)) to.names.push(name);
    return;
  }
  to.seen ??= new Set(to.names);
  for (const name of from) {
    if (to.seen.has(name)) continue;
    to.seen.add(name);
    to.names.push(name);
  }
}

/** The text up to its first `。` (all of it when there is none), trimmed; a heading spaced out letter by letter closed up. */
export function firstSentence(text: string): string {
  const t = text.trim();
  const i = t.indexOf('。');
  return unspaced((i >= 0 ? t.slice(0, i) : t).trim());
}

/**
 * A closing sentence of markers only, `由X负责。` / `由X牵头，Y配合。`, after the item's first sentence (see markers.ts
 * LEAD_SENTENCE); not one that goes on with the task (`由X会同Y负责，将…纳入…。`).
 */
const MARKER_SENTENCE = /(?<=。)[\s\u3000]*(?:此项工作|该项工作|本项工作|上述工作|以上工作)?由[^。；;，,]{2,80}?(?:牵头|负责)(?:[，,][^。；;，,]{1,60}?(?:配合|参与|协助|协办|负责))*[。；;]?[\s\u3000]*$/;

/** A heading spaced out letter by letter (`重 点 任 务`, as a PDF prints a centred heading): its characters closed up. */
function unspaced(title: string): string {
  return LETTER_SPACED.test(title) ? title.replace(/[ \u3000]+/g, '') : title;
}

const LETTER_SPACED = /^(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]$/;

/**
 * The title of a numbered item (matrix-format.md "title"): its first sentence when the item continues after it;
 * the numbered line's text when it holds no `。` and the item continues in later paragraphs; else null.
 */
export function itemTitle(s: ItemState): string | null {
  // A number alone on its line (`（一）` ⏎ `加强组织领导。…`, probe 15): the title is in the paragraph after it.
  const k = Math.max(0, s.chunks.findIndex((c) => c.text.trim() !== ''));
  // The sentence that marks the item (`…。由食品经营处会同市教育局负责。`) is no more of its text than a bracket of
  // markers is: the item does not go on after its first sentence because of it (probe 69).
  const text = s.chunks[k].text.trim();
  const rest = s.chunks[k].groups.some((g) => g.kind === 'sentence') ? text.replace(MARKER_SENTENCE, '') : text;
  const continues = s.chunks.length > k + 1 || s.childCount > 0;
  const i = rest.indexOf('。');
  if (i >= 0) return i < rest.length - 1 || continues ? unspaced(rest.slice(0, i).trim()) || null : null;
  return continues && rest ? unspaced(rest) : null;
}

/** Whether a name holds no letter and no digit (see makeTask). */
function namesNothing(name: string): boolean {
  return !/[\p{L}\p{N}]/u.test(name);
}
