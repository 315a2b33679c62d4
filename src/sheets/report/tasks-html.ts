import { ROLES, type Matrix, type OutlineItem, type Task } from '../../matrix/types.js';
import { dueStatus, type DueOptions } from '../sheet.js';
import { escapeHtml as esc } from './escape.js';
import { fill, type ReportLabels } from './labels.js';

/**
 * The tasks of a matrix as HTML, placed in its outline: one `<section class="item">` per outline item (anchor
 * `item-<id>`), holding a card for each task of the item (a `#k` task under its item; tasks before or outside the
 * outline in a first section), then the sections of its children. Every matrix text is escaped.
 */
export function tasksHtml(matrix: Matrix, labels: ReportLabels, due: DueOptions): string {
  const byItem = tasksByItem(matrix);
  let index = 0;
  const card = (task: Task): string => taskCard(task, index++, labels, due);
  const section = (item: OutlineItem, depth: number): string => {
    const h = `h${Math.min(depth + 3, 5)}`;
    const tasks = byItem.get(item.id) ?? [];
    const own = tasks.map(card).join('');
    const children = item.children.map((child) => section(child, depth + 1)).join('');
    // A leaf item that is itself the one task needs no heading: its card shows its id and title. Its `#k`
    // paragraphs (title null) keep the item's heading.
    const itself = !children && tasks.length === 1 && tasks[0].id === item.id;
    const heading = itself ? '' : `<${h}>${esc(item.marker)}${esc(item.title ?? '')}</${h}>`;
    return `<section class="item" id="item-${esc(item.id)}">${heading}${own}${children}</section>\n`;
  };
  const outside = byItem.get('') ?? [];
  const before = outside.length
    ? `<section class="item" id="item-before"><h3>${esc(labels.beforeOutline)}</h3>${outside.map(card).join('')}</section>\n`
    : '';
  return before + matrix.outline.map((item) => section(item, 0)).join('');
}

/**
 * The outline as a navigable tree (`<ul>` nested like the outline), each entry a link to its section with the
 * number of tasks in it and under it.
 */
export function outlineTreeHtml(matrix: Matrix, labels: ReportLabels): string {
  const byItem = tasksByItem(matrix);
  const count = (item: OutlineItem): number => (byItem.get(item.id)?.length ?? 0) + item.children.reduce((n, c) => n + count(c), 0);
  const entry = (item: OutlineItem): string => {
    const n = count(item);
    const children = item.children.length ? `<ul>${item.children.map(entry).join('')}</ul>` : '';
    return `<li><a href="#item-${esc(item.id)}">${esc(item.marker)}${esc(item.title ?? '')}</a>${n ? `<span class="n">${n}</span>` : ''}${children}</li>`;
  };
  const outside = byItem.get('')?.length ?? 0;
  const before = outside ? `<li><a href="#item-before">${esc(labels.beforeOutline)}</a><span class="n">${outside}</span></li>` : '';
  return `<ul class="tree">${before}${matrix.outline.map(entry).join('')}</ul>`;
}

/** One task's card: id and title, text, units by role (buttons that filter), deadline coloured by urgency, line. */
function taskCard(task: Task, index: number, labels: ReportLabels, options: DueOptions): string {
  const status = task.deadline ? (task.deadline.due ? (dueStatus(task.deadline, options) ?? 'later') : 'none') : null;
  const units = ROLES.filter((role) => task[role].length > 0)
    .map((role) => {
      const buttons = task[role].map((unit) => `<button type="button" class="unit" data-role="${role}" data-unit="${esc(unit)}">${esc(unit)}</button>`);
      return `<dt class="${role}">${esc(labels[role])}</dt><dd>${buttons.join('')}</dd>`;
    })
    .join('');
  const text = task.title && task.text.startsWith(task.title) ? task.text.slice(task.title.length).replace(/^[。；;：:\s]+/, '') : task.text;
  const badge = status ? { overdue: labels.overdue, soon: labels.soon, later: labels.later, none: labels.noDue }[status] : '';
  const deadline = task.deadline
    ? `<p class="due due-${status}"><b>${esc(labels.deadline)}</b> ${esc(task.deadline.text)}${task.deadline.due ? ` (${esc(task.deadline.due)})` : ''}<span class="badge">${esc(badge)}</span></p>`
    : '';
  const lines = task.source.endLine > task.source.line ? `${task.source.line}–${task.source.endLine}` : String(task.source.line);
  return (
    `<article class="task${status ? ` due-${status}` : ''}" id="task-${index + 1}" data-id="${esc(task.id)}">` +
    `<header><span class="tid">${esc(task.id)}</span><strong>${esc(task.title ?? '')}</strong></header>` +
    (text ? `<p class="text">${esc(text)}</p>` : '') +
    (units ? `<dl>${units}</dl>` : '') +
    deadline +
    `<p class="src">${esc(fill(labels.line, { line: lines }))}</p></article>`
  );
}

/** Tasks by the outline item they belong to (`3#1` → `3`); `''` for tasks before or outside the outline. */
function tasksByItem(matrix: Matrix): Map<string, Task[]> {
  const ids = new Set<string>();
  const walk = (items: readonly OutlineItem[]): void => items.forEach((item) => (ids.add(item.id), walk(item.children)));
  walk(matrix.outline);
  const out = new Map<string, Task[]>();
  for (const task of matrix.tasks) {
    const item = task.id.replace(/#\d+/, '');
    const key = ids.has(item) ? item : ids.has(item.replace(/-\d+$/, '')) ? item.replace(/-\d+$/, '') : '';
    // (Pushed, not copied: a copy per task made a section of 16,000 tasks take 10 s, a fresh user's.)
    const list = out.get(key);
    if (list) list.push(task);
    else out.set(key, [task]);
  }
  return out;
}
