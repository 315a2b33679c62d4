import type { VFileMessage } from 'vfile-message';
import type { Bilingual, Lang } from '../i18n.js';
import { dueFromText, planYearOf } from './due-date.js';
import { finding, type Severity } from './finding.js';
import type { Locator, PathSegment } from './locate.js';
import { ID_RE, ROLES } from './types.js';

/** Options of {@link checkMatrixRules}. */
export interface MatrixRulesOptions {
  /** The file's name, for findings. */
  file?: string;
  /**
   * A unit registry's look-ups (`fengong validate --units REGISTRY` passes the registry's): whether a name is known
   * (a name or an alias), and its canonical name. When given, every unit of every task is checked (`unknown-unit`),
   * and two names of one unit in a task are a `repeated-unit`; when absent, names are taken as written.
   */
  units?: { knownUnit(name: string): boolean; resolveUnit(name: string): string };
  /** Language of the messages (default English); rule ids are the same in both. */
  lang?: Lang;
}

/** The rule ids of {@link checkMatrixRules}, stable: `duplicate-id`, `unknown-item`, `no-unit`, … */
export const MATRIX_RULES = ['duplicate-id', 'unknown-item', 'no-unit', 'repeated-unit', 'lead-and-responsible', 'unit-is-time', 'joined-units', 'deadline-due', 'unknown-unit'] as const;

/**
 * The rules of the matrix format that a JSON Schema cannot state (matrix-format.md "Ids", "Roles", "Deadlines"):
 * unique ids, task ids that name an outline item (or `<item id>#k`, `#k`), at least one unit per task, no unit
 * twice in a task nor as lead and responsible at once, `deadline.due` agreeing with `deadline.text`.
 * Runs on any value, valid against the schema or not: parts of the wrong shape are skipped (the schema reports them).
 * @returns findings placed by `locate`, in document order of the checks (outline first, then tasks).
 */
export function checkMatrixRules(value: unknown, locate: Locator, options: MatrixRulesOptions = {}): VFileMessage[] {
  const out: VFileMessage[] = [];
  const lang = options.lang ?? 'en';
  const report = (reason: Bilingual, path: PathSegment[], rule: (typeof MATRIX_RULES)[number], severity: Severity = 'error') =>
    out.push(finding(reason[lang], locate(path), rule, severity, options.file));
  const root = record(value);
  const document = record(root.document);
  const planYear = planYearOf(document.title, document.date);

  const items = new Map<string, PathSegment[]>();
  for (const { id, path } of outlineIds(root.outline, ['outline'])) {
    const first = items.get(id);
    if (first) report({ en: `outline id "${id}" is used twice (first at line ${locate(first).line}): give each item its own id; a repeated number takes -2, -3…`, zh: `大纲编号“${id}”用了两次（第一次在第 ${locate(first).line} 行）：每个条目应有自己的编号，重复的序号加 -2、-3…` }, path, 'duplicate-id');
    else items.set(id, path);
  }

  const taskIds = new Map<string, PathSegment[]>();
  list(root.tasks).forEach((raw, i) => {
    const task = record(raw);
    const at = (...rest: PathSegment[]): PathSegment[] => ['tasks', i, ...rest];
    if (typeof task.id === 'string') {
      const first = taskIds.get(task.id);
      if (first) report({ en: `task id "${task.id}" is used twice (first at line ${locate(first).line}): give each task its own id`, zh: `任务编号“${task.id}”用了两次（第一次在第 ${locate(first).line} 行）：每项任务应有自己的编号` }, at('id'), 'duplicate-id');
      else taskIds.set(task.id, at('id'));
      const item = task.id.startsWith('#') ? undefined : task.id.split('#')[0];
      // Without an outline at all, the schema's missing-key says it once, rather than this rule once per task.
      if (Array.isArray(root.outline) && ID_RE.test(task.id) && item !== undefined && !items.has(item)) {
        report({ en: `task "${task.id}" names no outline item: add item "${item}" to the outline or correct the id`, zh: `任务“${task.id}”对应的大纲条目不存在：请在 outline 中添加条目“${item}”，或改正编号` }, at('id'), 'unknown-item');
      }
    }
    checkUnits(task, at, report, options.units);
    checkDeadline(record(task.deadline), at, report, planYear);
  });
  return out;
}

type Report = (reason: Bilingual, path: PathSegment[], rule: (typeof MATRIX_RULES)[number], severity?: Severity) => void;

function checkUnits(task: Record<string, unknown>, at: (...rest: PathSegment[]) => PathSegment[], report: Report, units?: MatrixRulesOptions['units']): void {
  const label = typeof task.id === 'string' ? `task "${task.id}"` : 'this task';
  const labelZh = typeof task.id === 'string' ? `任务“${task.id}”` : '该任务';
  // Each unit by its canonical name with a registry (`县住房和城乡建设局` and `县住建局` are one: a fresh user's, whose
  // task named both and validated clean); the name it was first written as, and its role.
  const firstRole = new Map<string, string>();
  const firstName = new Map<string, string>();
  let count = 0;
  for (const role of ROLES) {
    list(task[role]).forEach((unit, j) => {
      count++; // a unit of the wrong type is the schema's finding, not a missing unit
      if (typeof unit !== 'string') return;
      const key = units ? units.resolveUnit(unit) : unit;
      const before = firstRole.get(key);
      const alias = before !== undefined && firstName.get(key) !== unit ? firstName.get(key)! : null;
      if (alias !== null) {
        const where = before === role ? `in ${role}` : `in ${before} and ${role}`;
        const whereZh = before === role ? `在${labelZh}的${ROLE_ZH[role]}中重复列出` : `在${labelZh}中分别列为${ROLE_ZH[before!]}和${ROLE_ZH[role]}`;
        // (A warning: the notice may name one unit two ways, and the matrix say so; the registry makes them one.)
        report({ en: `${unit} and ${alias} are one unit in the registry (${key}), both ${where} of ${label}: keep one entry`, zh: `“${unit}”与“${alias}”在单位名录中是同一单位（${key}），${whereZh}：只保留一处` }, at(role, j), 'repeated-unit', 'warning');
      } else if (before === 'lead' && role === 'responsible') {
        report({ en: `${unit} is both lead and responsible in ${label}: keep it in lead only`, zh: `“${unit}”在${labelZh}中既是牵头单位又是责任单位：只保留为牵头单位` }, at(role, j), 'lead-and-responsible');
      } else if (before !== undefined) {
        const where = before === role ? `twice in ${role}` : `in both ${before} and ${role}`;
        const whereZh = before === role ? `的${ROLE_ZH[role]}中列了两次` : `中同时列为${ROLE_ZH[before]}和${ROLE_ZH[role]}`;
        report({ en: `${unit} is listed ${where} in ${label}: keep one entry`, zh: `“${unit}”在${labelZh}${whereZh}：只保留一处` }, at(role, j), 'repeated-unit');
      } else {
        firstRole.set(key, role);
        firstName.set(key, unit);
      }
      if (joinedUnits(unit)) {
        report({ en: `${unit} in ${role} of ${label} holds a list separator: if it names two units, write each as an item of its own ([甲局, 乙局], not [甲局，乙局])`, zh: `${labelZh}的${ROLE_ZH[role]}中的“${unit}”含有列表分隔符：如是两个单位，请分开写成两项（[甲局, 乙局]，而不是 [甲局，乙局]）` }, at(role, j), 'joined-units', 'warning');
      } else {
        const and = joinedByAnd(unit);
        if (and) report({ en: `${unit} in ${role} of ${label} reads as two units joined by ${and}: if it is, write each as an item of its own`, zh: `${labelZh}的${ROLE_ZH[role]}中的“${unit}”像是用“${and}”连起来的两个单位：如是，请分开写成两项` }, at(role, j), 'joined-units', 'warning');
      }
      if (isTimeNotUnit(unit)) {
        report({ en: `${unit} in ${role} of ${label} is a time, not a unit: move it to the deadline`, zh: `${labelZh}的${ROLE_ZH[role]}中的“${unit}”是时间，不是单位：请移到完成时限` }, at(role, j), 'unit-is-time', 'warning');
      }
      if (units && !units.knownUnit(unit)) {
        report({ en: `${unit} is not in the unit registry: correct the name, or add it (or an alias) to the registry`, zh: `${unit} 不在单位名录中：请改正名称，或在名录中添加该单位（或别名）` }, at(role, j), 'unknown-unit');
      }
    });
  }
  if (count === 0 && ROLES.every((role) => Array.isArray(task[role]))) {
    report({ en: `${label} has no unit: add its lead, responsible or support units, or remove the task`, zh: `${labelZh}没有任何单位：请写明牵头、责任或配合单位，或删除该任务` }, at('id'), 'no-unit');
  }
}

/**
 * Whether a unit's name holds a list's separator outside its brackets (`县经济信息化局，县发展改革局`, typed with a Chinese
 * keyboard's comma between two names in a hand-edited matrix: a fresh user's, whose sheets then went to a unit of that
 * name): `，` `,` `；` `;` anywhere, `、` unless the name is a collective of levels (`各市、州、县人民政府`, matrix-format.md
 * "Unit names"). Never a name `parse` writes, which splits lists on them (`各县（市、区）人民政府` keeps its `、` in brackets).
 */
export function joinedUnits(name: string): boolean {
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && (c === '，' || c === ',' || c === '；' || c === ';' || (c === '、' && !name.startsWith('各')))) return true;
  }
  return false;
}

/**
 * The conjunction (`和`, `与`) by which a unit's name reads as two names joined (`县医保局和县市场监管局`,
 * `县供销社与县农商行`: a fresh user's notices), or null. matrix-format.md splits lists on `、` `，` `；` and `及` only, so
 * `parse` writes such a name as it stands and warns (src/notice/parse-notice.ts), as `validate` does here. Read as two
 * only when the part before ends as a body's name ends and the part after starts as a unit's name does (a level, `各`,
 * `中共`) and ends as one: so never inside a name (`县住房和城乡建设局`, `县工业和信息化局`, `县文化和旅游局`,
 * `县林业和草原局`, `县人力资源和社会保障局`) nor in `县政府和社会资本合作中心`; a bracket's text is passed over.
 */
export function joinedByAnd(name: string): '和' | '与' | null {
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && (c === '和' || c === '与') && i >= 3 && BODY_END.test(name.slice(0, i)) && AND_RIGHT.test(name.slice(i + 1))) return c;
  }
  return null;
}
/** How a body's name ends (`局`, `委`, `办`, `中心`, `人民政府`, `供销社`, `宣传部`…): not a level (`县`), nor `业`, `化`, `房`. */
const BODY_END = /(?:[局委办厅院府司队所站处室社行馆团署部会联]|中心|公司|小组)$/;
/** A second unit's name after the conjunction: a level, `各` or `中共` first, a body's ending last, three characters at least. */
const AND_RIGHT = /^(?:[国省市州盟县区旗乡镇各]|中共)[^和与]{1,38}(?:[局委办厅院府司队所站处室社行馆团署部会联]|中心|公司|小组|街道|单位|部门)$/;

/**
 * Whether a unit's name is a time (`2024年12月底`, `6月底前`, `第三季度`, `持续推进`): a deadline that went into a unit list
 * (a table's cells read one column off: probe 99, where `2024年12月底` had become a lead, with no finding anywhere).
 */
export function isTimeNotUnit(name: string): boolean {
  return TIME_ONLY.test(name) || OPEN_TIME.test(name);
}
/** A name made of a date's characters alone, with a year, a month, a quarter or an end in it. */
const TIME_ONLY = /^(?=.*[年月季底旬])[\d０-９〇零一二三四五六七八九十两年月日号底前末初中上下旬季度半以之内止至—–\-~～.．/、，,\s]+$/;
/** Open wording that stands for a time in a 完成时限 column. */
const OPEN_TIME = /^(?:持续推进|长期坚持|长期推进|持续开展|长期|持续|常态化推进|常态化|按年度推进|每年|每季度|每月)$/;

function checkDeadline(deadline: Record<string, unknown>, at: (...rest: PathSegment[]) => PathSegment[], report: Report, planYear?: number): void {
  const { text, due } = deadline;
  if (typeof text !== 'string' || !(due === null || (typeof due === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(due)))) return;
  const expected = dueFromText(text, planYear);
  if (expected === undefined || expected === due) return;
  const path = at('deadline', 'due');
  if (expected === null) {
    report({ en: `deadline "${text}" names no day (recurring or open wording, or no year in the plan's title or date), but due is "${String(due)}": write due: null`, zh: `完成时限“${text}”没有指明具体日期（经常性或开放的表述，或方案标题和成文日期中没有年份），但 due 为“${String(due)}”：应写 due: null` }, path, 'deadline-due');
  } else if (due === null) {
    report({ en: `deadline "${text}" ends on ${expected}, but due is null: write due: "${expected}"`, zh: `完成时限“${text}”截止于 ${expected}，但 due 为 null：应写 due: "${expected}"` }, path, 'deadline-due');
  } else {
    report({ en: `deadline "${text}" ends on ${expected}, but due is "${due}": write due: "${expected}", or correct the text`, zh: `完成时限“${text}”截止于 ${expected}，但 due 为“${due}”：应写 due: "${expected}"，或改正时限文字` }, path, 'deadline-due');
  }
}

function* outlineIds(items: unknown, path: PathSegment[]): Generator<{ id: string; path: PathSegment[] }> {
  for (const [i, raw] of list(items).entries()) {
    const item = record(raw);
    if (typeof item.id === 'string') yield { id: item.id, path: [...path, i, 'id'] };
    yield* outlineIds(item.children, [...path, i, 'children']);
  }
}

const ROLE_ZH: Record<string, string> = { lead: '牵头单位', responsible: '责任单位', support: '配合单位' };

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
