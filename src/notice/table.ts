import type { Cell } from '../read/types.js';
import { fold } from './fold.js';
import { columnKind, foldLabels, isOtherLevel, isRole, LABEL_RE, labelKind, LEVEL_PREFIXES, type LabelKind } from './labels.js';
import { findClose, isBody, isPerson, newGroup, openerBefore, otherLevel, readCellClauses, type MarkerGroup, type ParagraphDiagnostic } from './markers.js';
import { readNumberMarker } from './numbering.js';
import type { Paragraph } from './paragraphs.js';
import { breaksNames, isPlaceholder, lastName, splitUnits, wrapsName } from './units.js';
import { append } from '../lists.js';

/**
 * A deadline cell holding an Excel date serial (`45473`: a date in one of the Chinese built-in formats, 年月日, that
 * the workbook reader cannot name) as the date it is, `2024年6月30日`; any other text as it is.
 */
function excelDate(text: string): string {
  if (!/^\d{5}$/.test(text)) return text;
  const serial = Number(text);
  // 1 January 2000 to 31 December 2060: no other number fills a deadline cell.
  if (serial < 36526 || serial > 58804) return text;
  const d = new Date((serial - 25569) * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The due mark fengong's own sheets add after a deadline (sheets/sheet.ts DUE_MARKERS): not part of its wording. */
const DUE_MARK = /【(?:已逾期|即将到期)】$/;

/** The kinds of a table's columns, from its header row. */
export type Columns = Array<LabelKind | 'number' | 'task' | 'category' | 'other'>;

/** A level of government heading a column's name (`省牵头单位`, `市直责任单位`), as labels carry it. */
const LEVEL_HEAD = new RegExp(`^[\\s\\u3000]*(${LEVEL_PREFIXES})`);

/**
 * The kinds of a row's cells read as a header. A role column of another level of government (`省牵头单位` in a
 * city's table, b-probe) is context, like the label `省牵头单位：`: `other`, never this plan's role.
 */
function kindsOf(cells: Cell[], planLevel: number | null): Columns {
  const plain = cells.map((c) => columnKind(fold(c.text)));
  const kinds = plain.map((kind, i) => {
    if (!isRole(kind)) return kind;
    const prefix = LEVEL_HEAD.exec(fold(cells[i].text))?.[1];
    return prefix && isOtherLevel(prefix, planLevel) ? 'other' : kind;
  });
  // A 责任主体 column beside the role columns (`责任主体 | 责任内容 | 具体任务 | 牵头部门 | 配合部门`, a 主体责任清单:
  // probe 64) names the body or post that bears the duty, not who carries the task out: context. Beside a support
  // column only, or alone, it is the responsible column.
  const subject = cells.map((c) => /主体/.test(fold(c.text)));
  const withRoles = kinds.map((kind, i) => (subject[i] && isRole(kind) && kinds.some((k, j) => j !== i && !subject[j] && (k === 'lead' || k === 'responsible')) ? 'other' : kind));
  // Every role column of another level: the table is that level's own (a province's table posted alone).
  return plain.some(isRole) && !withRoles.some(isRole) ? plain : withRoles;
}

/**
 * The role columns of another level of government in a header row (`市级牵头单位` in a county's table: probe 95), as
 * written, when the table has role columns of its own: context, each to be said so once (labels of another level
 * are, in text).
 */
export function otherLevelColumns(row: Paragraph, planLevel: number | null): string[] {
  const kinds = kindsOf(row.cells!, planLevel);
  if (!kinds.some(isRole)) return [];
  return row.cells!.filter((c, i) => kinds[i] === 'other' && isRole(columnKind(fold(c.text))) && LEVEL_HEAD.test(fold(c.text))).map((c) => c.text.trim());
}

/** Whether the kinds make the header of a 任务分工表: a role column, and a number or task column. */
function isTaskTable(kinds: Columns): boolean {
  return kinds.some(isRole) && kinds.some((k) => k === 'number' || k === 'task');
}

/**
 * The columns of a header naming units only (`牵头单位 | 责任单位 | 完成时限`, no number or task column): every cell
 * it fills names a kind of column, and one names a role. Null for any other row.
 */
export function unitsTableColumns(row: Paragraph, planLevel: number | null = null): Columns | null {
  const kinds = kindsOf(row.cells!, planLevel);
  return kinds.some(isRole) && row.cells!.every((c, i) => !c.text.trim() || (kinds[i] !== 'other' && kinds[i] !== 'task' && kinds[i] !== 'number')) ? kinds : null;
}

/**
 * Whether a row inside a table repeats a header (a table split by section, each part with its header): every cell
 * it fills names a kind of column, and together they make a task table's header.
 */
export function repeatsHeader(row: Paragraph, planLevel: number | null = null, columns?: Columns): boolean {
  const kinds = kindsOf(row.cells!, planLevel);
  if (!isTaskTable(kinds)) return false;
  if (row.cells!.every((c, i) => !c.text.trim() || kinds[i] !== 'other')) return true;
  // A second table's header under the open one's (`序号⇥提案编号⇥提案标题⇥提案人⇥主办单位⇥协办单位⇥办理时限` after a
  // section line, a 交办表 in two parts: probe 65), with columns of its own that name no kind: its number, role and
  // deadline cells name the open table's columns, at least two of them, and none holds a value.
  if (!columns) return false;
  let named = 0;
  for (let i = 0; i < columns.length; i++) {
    const kind = columns[i];
    if (kind !== 'number' && kind !== 'deadline' && !isRole(kind)) continue;
    const text = row.cells![i]?.text.trim() ?? '';
    if (!text) continue;
    if (kinds[i] !== kind) return false;
    named++;
  }
  return named >= 2;
}

/**
 * Reads the header of a task table starting at `index`, repairing what pasting and converting do to headers:
 *
 * - a header over two rows (`序号 | 重点任务 | 责任分工 |  | 完成时限` over `|  |  | 牵头单位 | 责任单位 |  |`, a cell
 *   merged across the roles): the second row names the columns it fills;
 * - header cells cut by line breaks in pasted text (`序号⇥重点任务⇥牵头` ⏎ `单位⇥责任` ⏎ `单位⇥完成` ⏎ `时限`): the lines
 *   join, cell to cell, until the header is as wide as the row after it.
 *
 * Returns the column kinds and how many paragraphs after `index` the header took, or null.
 */
export function readTableHeader(paragraphs: Paragraph[], index: number, planLevel: number | null = null): { columns: Columns; used: number } | null {
  const row = paragraphs[index];
  let kinds = kindsOf(row.cells!, planLevel);
  let used = 0;
  const widthAfter = (k: number) => {
    const next = paragraphs[index + k + 1];
    return next?.kind === 'row' ? next.cells!.length : -1;
  };
  const next = paragraphs[index + 1];
  // A browser's copy of a two-row header leaves out the cells under those spanning both rows: the second line holds
  // only the sub-headers of the cell spanning them (`类别⇥序号⇥重点任务⇥责任分工⇥完成时限` over `责任领导⇥牵头单位⇥配合单位`:
  // probe 102, where every row had read one column off). Before the joins below, which would glue the two lines.
  if (next && continuesHeader(next) && next.cells!.length < kinds.length) {
    const browser = browserHeader(kinds, kindsOf(next.cells!, planLevel), next.cells!, widthAfter(1));
    if (browser) return { columns: browser, used: 1 };
  }
  // Cut when the next line goes on with a word of the last header cell (`牵头` ⏎ `单位⇥责任`): a short run of CJK.
  const nextFirst = next ? (next.kind === 'row' ? next.cells![0].text : next.text).trim() : '';
  const cut = widthAfter(0) !== kinds.length && /^[\u4e00-\u9fff]{1,4}$/.test(nextFirst) && !continuesHeader(next);
  if (!isTaskTable(kinds) || cut) {
    for (let k = 1; k <= 4 && index + k < paragraphs.length; k++) {
      const line = paragraphs[index + k];
      if (line.kind === 'heading' || line.tableStart || (line.kind !== 'row' && line.text.length > 12)) break;
      const joined = kindsOf(completeRow(paragraphs, index, Infinity, k).cells, planLevel);
      if (isTaskTable(joined) && widthAfter(k) === joined.length) {
        kinds = joined;
        used = k;
        break;
      }
    }
  }
  const below = paragraphs[index + used + 1];
  if (below && continuesHeader(below)) {
    const second = kindsOf(below.cells!, planLevel);
    const merged = second.length > kinds.length ? spannedHeader(kinds, second, below.cells!) : [];
    if (!merged.length) for (let c = 0; c < Math.max(kinds.length, second.length); c++) merged.push(below.cells![c]?.text.trim() ? (PERIOD_HEADER.test(below.cells![c].text.trim()) ? 'other' : second[c]) : (kinds[c] ?? 'other'));
    if (isTaskTable(merged)) {
      kinds = merged;
      used++;
    }
  }
  if (isTaskTable(kinds)) return { columns: kinds, used };
  // A one-row header whose units stand in a column that shares the work out in words (`责任分工`, `部门分工`:
  // `市教育局基础教育科牵头，各县（市、区）教育局负责`, a fresh user's table, refused as no task table): its cells' role
  // words decide, as a `责任分工：` line's do. (Over a second row of sub-headers it is a group cell, see browserHeader.)
  if (used === 0) {
    const shared = kinds.map((k, c) => (k === 'other' && SHARES_WORK.test(row.cells![c].text.replace(/[\s\u3000*]+/g, '')) ? 'responsible' : k));
    if (isTaskTable(shared)) return { columns: shared, used };
  }
  return null;
}

/** A column that shares the work out in words. */
const SHARES_WORK = /^(?:责任|部门|任务|单位)?分工$/;

/**
 * The columns of a two-row header copied from a web page, whose second row holds only the sub-headers of one cell of
 * the first (a group cell such as `责任分工`, no column of its own: kind `other`; or `责任单位` over sub-headers that all
 * name roles): the first row with that cell replaced
 * by them, when every sub-header names a column, none of them is among the first row's other columns, and the row
 * after the header is as wide. Null when the rows do not fit so.
 */
function browserHeader(first: Columns, second: Columns, cells: Cell[], widthAfter: number): Columns | null {
  if (cells.some((c) => !c.text.trim()) || second.some((k) => k === 'other' || k === 'number' || k === 'task')) return null;
  if (widthAfter !== first.length - 1 + second.length) return null;
  // The group cell is one no column claims; or, when every sub-header names a role, the first row's one role cell
  // (`序号⇥工作任务⇥责任单位⇥完成时间` over `牵头单位⇥协办单位`: a 政府工作报告's 分工 copied from its web page, probe 149,
  // where 协办单位 had become every row's deadline).
  let groups = first.flatMap((kind, c) => (kind === 'other' ? [c] : []));
  if (groups.length === 0 && second.every((k) => isRole(k))) groups = first.flatMap((kind, c) => (isRole(kind) ? [c] : []));
  if (groups.length !== 1) return null;
  const g = groups[0];
  const out = [...first.slice(0, g), ...second, ...first.slice(g + 1)];
  const roles = out.filter((k) => isRole(k) || k === 'deadline' || k === 'leaders');
  return new Set(roles).size === roles.length && isTaskTable(out) ? out : null;
}

/**
 * The columns of a two-row header whose first row is narrower than its second: a cell of the first row spans the
 * columns its sub-headers fill (`序号⇥目标任务⇥包抓县级领导⇥责任单位⇥完成时限` over `⇥⇥⇥牵头单位⇥配合单位⇥`, Word's
 * plain-text copy of a table whose 责任单位 spans two columns: probe 71), so that the cells after it keep their kinds
 * (完成时限 had become 配合单位's column, and no column the deadline's). Empty when the rows do not fit so.
 */
function spannedHeader(first: Columns, second: Columns, cells: Cell[]): Columns {
  let extra = second.length - first.length;
  const filled = (c: number) => c < cells.length && cells[c].text.trim() !== '';
  const out: Columns = [];
  for (const kind of first) {
    let span = 1;
    while (extra > 0 && filled(out.length) && filled(out.length + span)) {
      span++;
      extra--;
    }
    for (let k = 0; k < span; k++) out.push(filled(out.length) ? second[out.length] : kind);
  }
  return extra === 0 && out.length === second.length ? out : [];
}

/** A second header row: a row filling only cells that name roles, deadlines or leaders (no numbers, no lists). */
function continuesHeader(p: Paragraph | undefined): boolean {
  if (!p || p.kind !== 'row' || p.tableStart) return false;
  let named = 0;
  let periods = 0;
  for (const c of p.cells!) {
    const t = c.text.trim();
    // (Nor a cell merged down from the first row, `序号` over both: a sheet whose 填报单位 row above the header had kept
    // the reader from folding the two, probe 152.)
    if (!t || c.spanned) continue;
    // A schedule's periods under a header cell spanning them (`推进时间安排` over `1月 | 2月 | … | 12月`, pandoc's two
    // header rows of a Word table: probe 83) name columns of their own that hold ticks, no task's units or deadline.
    if (PERIOD_HEADER.test(t)) {
      periods++;
      continue;
    }
    // Header words are short; a numbered cell is a category row (`（一）落实企业安全生产主体责任`).
    if (/[\d、，,；;]/.test(t) || t.length > 10 || /^[（(]?[一二三四五六七八九十]+[、）).．]/.test(t)) return false;
    const kind = columnKind(fold(t));
    if (kind === 'other' || kind === 'number') return false;
    if (kind !== 'task' && kind !== 'category') named++;
  }
  return named > 0 || periods >= 2;
}

/** A period as a schedule's column names it: `1月`, `一季度`, `第三季度`, `上半年`, `Q2`. */
const PERIOD_HEADER = /^(?:(?:1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])月份?|第?[一二三四1-4]季度|[上下]半年|[Qq][1-4])$/;

/**
 * Merges a pasted row that a line break inside a cell cut in two (b07: a 目标与任务 cell of two Word paragraphs
 * comes out as `80⇥first part` ⏎ `second part⇥leader⇥lead⇥responsible`): cells are taken from the following
 * paragraphs until the row has as many cells as the header. Returns how many paragraphs after `index` it used.
 */
export function completeRow(paragraphs: Paragraph[], index: number, width: number, most = Infinity): { cells: Cell[]; used: number } {
  const cells = [...paragraphs[index].cells!];
  let used = 0;
  // A row whose last cell is empty was not cut by a line break in it (the break comes after a cell's text, not
  // before): it is whole, short of the header's width by its empty cells alone. A category row copied with fewer tabs
  // than the header has cells (`一、道路建设⇥⇥⇥` over five columns: a fresh user's) had taken the next row into it, its
  // 序号 as a unit and its task as the deadline.
  if (cells.length > 1 && !cells[cells.length - 1].text.trim() && !cells.slice(1).some((c) => c.text.trim())) return { cells, used };
  // A cell Excel quoted (`"市民政局` ⏎ `市卫健委"`) goes on until its closing quote, even when the row is wide enough.
  const open = () => {
    const t = cells[cells.length - 1].text;
    return t.startsWith('"') && (t.split('"').length - 1) % 2 === 1;
  };
  while ((cells.length < width || open()) && used < most && index + used + 1 < paragraphs.length) {
    const next = paragraphs[index + used + 1];
    if (next.kind === 'heading' || next.tableStart) break;
    const more: Cell[] = next.kind === 'row' ? next.cells! : [{ text: next.text, line: next.line, column: next.pieces[0].column }];
    const last = cells[cells.length - 1];
    cells[cells.length - 1] = { ...last, text: `${last.text}\n${more[0].text}` };
    append(cells, more.slice(1));
    used++;
  }
  return { cells, used };
}

/**
 * A person named with the units they answer through, in one element of a role cell: `孙立新（县发改局）`, `王强（县
 * 自然资源局、县工业和信息化局）` (a column `牵头县领导（牵头单位）`, probe 128). The person is two to four characters that
 * end no body's name; the units are bodies' names ({@link isBody}). Else null (`县级相关部门（单位）`, `各镇（街道）`).
 */
function personAndUnits(element: string): { person: string; units: string[] } | null {
  const m = /^([^（()）]{2,16})[（(]([^（()）]{2,60})[）)]$/.exec(element);
  if (!m) return null;
  const [, outer, inner] = m;
  if (!PERSON_NAME.test(outer)) return null;
  const units = splitUnits(inner).units;
  return units.length && units.every(isBody) ? { person: outer, units } : null;
}
/** A unit, then a person after a colon, white space or in brackets, as one element of a role cell (see readRowUnits). */
const UNIT_AND_PERSON = /(?<=^|[、，,；;\n])((?:[^、，,；;\n：:（()）]|[（(][^、，,；;\n（()）]{1,12}[）)]){3,30}?)\n?(?:[：:][ \u3000]*|[ \u3000]+|[（(])([\u4e00-\u9fff]{2,3})[）)]?(?=$|[、，,；;\n])/g;

/**
 * Whether a text is a person's name: two or three characters, a common surname first (the hundred-odd of most of
 * China's people), and no body's or place's last character ({@link PERSON_NAME}). Not `医保` or `科协`.
 */
function isPersonName(text: string): boolean {
  return SURNAMES.includes(text[0]) && PERSON_NAME.test(text) && !WORK_WORD.test(text) && !isBody(text);
}
/** Words of the work a unit does that start with a surname's character (`施工`, `管理`, `督办`): no person. */
const WORK_WORD = /^(?:施工|设计|监理|征迁|拆迁|协调|配合|牵头|负责|实施|建设|运营|管理|保障|督导|督办|审批|验收|协助|参与|主办|承办|协办|包保|联系|分管|落实|推进)$/;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤岑常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

/** A person's name as a cell writes it: two to four characters, no body's or place's last character (`街道` of
 * `各乡镇（街道）` is none), no word of a note first. */
const PERSON_NAME = /^(?![各含筹原下以其不等有相县市区省州镇乡])[\u4e00-\u9fff]{2,4}$(?<![局委办部厅会院心府司队所站处室社行馆团联组署区县市镇乡村省州旗道园场厂校级位门头])/;

/**
 * Reads the role, deadline and leader cells of a row into one marker group. A label inside a role cell names its
 * own role (`…<br>省牵头单位：省农业农村厅`, b09); one naming a higher level of government is context, dropped with
 * an info finding. Line breaks in a cell separate units.
 */
export function readRowUnits(cells: Cell[], columns: Columns, planLevel: number | null, diagnostics: Array<ParagraphDiagnostic & { cell: Cell }>): MarkerGroup {
  const group = newGroup('cell', 0, 0);
  columns.forEach((kind, i) => {
    const cell = cells[i];
    if (!cell || !cell.text.trim()) return;
    if (kind === 'deadline') {
      group.deadline = isPlaceholder(cell.text) ? null : deadlineLines(excelDate(cell.text.trim())).replace(/[^\S\n]+/g, '').replace(DUE_MARK, '') || null;
      return;
    }
    if (kind === 'leaders') {
      append(group.leaders, splitUnits(cell.text, { lineBreaks: true }).units);
      return;
    }
    if (kind !== 'lead' && kind !== 'responsible' && kind !== 'support') return;
    const f = foldLabels(cell.text);
    const re = new RegExp(LABEL_RE.source, 'g');
    let role: LabelKind | null = kind;
    let from = 0;
    const take = (to: number) => {
      if (role === null) return;
      let value = cell.text.slice(from, to);
      // A unit with the person who answers for it (`县医保局：王丽`, `县住建局 黄德明`, `县交通局（岑明亮）`: a column `牵头单位及
      // 责任人`, probe 147, where the first had been dropped in silence and the others had made a person a unit): the
      // unit, and the person among the task's leaders.
      if (role === 'lead' || role === 'responsible' || role === 'support') {
        value = value.replace(UNIT_AND_PERSON, (whole: string, unit: string, person: string) => {
          // (In brackets, three characters only: `县城投公司（施工）` names its part of the work, probe 133.)
          if (!isBody(unit.trim()) || !isPersonName(person) || (whole.endsWith('）') && person.length < 3)) return whole;
          group.leaders.push(person);
          return unit;
        });
      }
      // `医政医管股牵头，规划财务股配合` in a role cell reads as its clauses.
      if ((role === 'lead' || role === 'responsible' || role === 'support') && readCellClauses(value, role, group, found)) return;
      const units = splitUnits(value, { lineBreaks: true }).units;
      if (role === 'deadline') group.deadline = units.join('') || group.deadline;
      else if (role === 'leaders') append(group.leaders, units);
      // 督办单位：… in a role cell names who oversees the task: no unit of it.
      // A person or a post in a role cell (`党组书记`, `分管副局长`: probe 64) is a leader of the task, never a unit.
      else if (role !== 'oversight') {
        for (const u of units) {
          const both = personAndUnits(u);
          if (both) {
            group.leaders.push(both.person);
            append(group[role], both.units);
          } else (isPerson(u) ? group.leaders : group[role]).push(u);
        }
      }
    };
    const found: ParagraphDiagnostic[] = [];
    for (let m = re.exec(f); m; m = re.exec(f)) {
      // A label in brackets after a name (`市交通运输局（省牵头单位：省交通运输厅）`) runs to the bracket's close;
      // the cell's own role goes on after it.
      const open = openerBefore(f, m.index);
      const close = open >= 0 ? findClose(f, open) : -1;
      take(open >= 0 ? open : m.index);
      from = m.index + m[0].length;
      const prefix = m[1] ?? '';
      if (prefix && isOtherLevel(prefix, planLevel)) {
        diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: m.index, cell, message: otherLevel(cell.text.slice(m.index, from)) });
        role = null;
      } else role = labelKind(m[2]);
      if (close > m.index) {
        take(close);
        role = kind;
        from = close + 1;
        re.lastIndex = close + 1;
      }
    }
    take(cell.text.length);
    for (const d of found) diagnostics.push({ ...d, cell });
  });
  return group;
}

/**
 * The lines of a deadline cell as one deadline: two clauses (two Word paragraphs) stay on lines of their own, as
 * written (`2024年6月底前完成选址` ⏎ `2024年12月底前建成`; matrix-format.md "Deadlines": `text` keeps the wording, and
 * a `，` put between them was not in the source, probe 23); a date wrapped inside (`2024年10` ⏎ `月底前`, probe 13;
 * `2025年5月` ⏎ `5日前`) joins.
 */
function deadlineLines(text: string): string {
  return text.replace(/[ \t\u3000]*\n[\s\u3000]*/g, (brk: string, at: number) => {
    const after = text.slice(at + brk.length);
    // The rest of a date (`月底前`, `日`), digits after a cut number that are not a year of their own, or a day after
    // its month (`2025年5月` ⏎ `5日前`: a PDF's narrow cell, probe 67).
    const before = text.slice(0, at);
    return /^[月日底前中内号]/.test(after) || (/[\d年]$/.test(before) && /^\d/.test(after) && !/^\d{4}/.test(after)) || (/月$/.test(before) && /^\d{1,2}[日号]/.test(after)) ? '' : '\n';
  });
}

/**
 * Merges into a row the rows after it that only continue its cells: a table pasted from a PDF or a narrow Excel
 * sheet wraps long cells onto a row of their own, with an empty 序号 (probe 13: `县财政局、县发改` ⏎ `局，各街道办事处`,
 * `2024年11月` ⏎ `底前`). A following row is a continuation when its 序号 cell is empty and one of its cells plainly
 * goes on from the cell above: a unit cell whose name was cut ({@link wrapsName}), a deadline cut inside a date,
 * a task's text cut after a comma. A row with an empty 序号 and whole cells is left alone (a merged 序号: another
 * measure of the same item); in a table laid out with spaces, a line with an empty 序号 wraps the row above
 * unless it starts a measure of its own ({@link startsMeasure}). Cells are joined with a line break, which each
 * column reads as it reads a cell's lines. Returns the cells and how many paragraphs after `index` it used.
 */
export function continueRow(paragraphs: Paragraph[], index: number, cells: Cell[], columns: Columns): { cells: Cell[]; used: number } {
  const at = columns.indexOf('number');
  let used = 0;
  if (at < 0) return { cells, used };
  for (;;) {
    const next = paragraphs[index + used + 1];
    if (next && lastCellParagraph(next, paragraphs[index + used + 2], cells, columns)) {
      const k = cells.length - 1;
      cells = cells.map((c, j) => (j === k ? { ...c, text: `${c.text.trimEnd()}\n${next.text.trim()}` } : c));
      used++;
      continue;
    }
    if (!next || next.kind !== 'row' || next.tableStart) break;
    const more = next.cells!;
    if (!more[at] || more[at].spanned || more[at].text.trim() !== '' || !(continues(cells, more, columns) || (next.aligned && !startsMeasure(cells, more, columns)))) break;
    cells = cells.map((c, k) => {
      const add = more[k]?.text.trim();
      if (!add) return c;
      if (!c.text.trim()) return { ...c, text: add };
      // The row was cut by a wrap: a unit cell cut inside a name (`县乡村` ⏎ `振兴局`) joins up.
      const glue = isRole(columns[k]) && !breaksNames(lastName(c.text), add) ? '' : '\n';
      return { ...c, text: `${c.text.trimEnd()}${glue}${add}` };
    });
    used++;
  }
  return { cells, used };
}

/**
 * Whether a line without tabs between two rows of a table pasted from Word is the second paragraph of the row's last
 * cell (`2025年6月底前` ⏎ `2025年12月底前` in a 完成时限 cell, `县统计局` ⏎ `各乡镇人民政府` in a 责任单位 cell: Word
 * writes a cell's paragraphs on lines of their own, and only the last cell's stand apart; probe 32). The last column
 * holds units or a deadline, and the line is short, unnumbered and no sentence.
 */
function lastCellParagraph(line: Paragraph, after: Paragraph | undefined, cells: Cell[], columns: Columns): boolean {
  if (line.kind !== 'text' || line.blankBefore || line.list || !after || after.kind !== 'row' || after.tableStart || after.blankBefore) return false;
  const kind = columns[cells.length - 1];
  if (cells.length !== columns.length || !(isRole(kind) || kind === 'deadline') || !cells[cells.length - 1].text.trim()) return false;
  const text = line.text.trim();
  // A numbered line (a category row `一、…`, `（一）…`) is never a cell's second paragraph.
  return text.length <= 40 && !/[。！？!?]/.test(text) && readNumberMarker(text) === null;
}

/**
 * Whether a line of a table laid out with spaces starts a measure of its own rather than wrapping the row above:
 * it has a task's text, the task cell above ends a sentence (or the line has a deadline of its own), and its first
 * filled role cell begins a name of its own
 * ({@link wrapsName}). A line without a task's text, or with no role cell filled, wraps (`县统计局、县市场监` ⏎ `管局`,
 * probe 15).
 */
function startsMeasure(row: Cell[], next: Cell[], columns: Columns): boolean {
  if (!columns.some((kind, c) => kind === 'task' && next[c]?.text.trim())) return false;
  // A task cell above that stops inside a sentence (`建立农村污水处理设施运维管理机` ⏎ `制，落实运维经费。`: probe 47)
  // goes on in the line below, whatever its role cells begin with, when the line has no deadline of its own (none, or
  // the rest of the one above: `前`). A line with one is a measure of its own (`开展科学家精神进校园活动 … 12月底前`
  // under `举办青少年科技创新大赛 … 10月底前`, one 序号 over both: probe 14).
  const time = columns.indexOf('deadline');
  const ownTime = time >= 0 && /^(?![月日底前中内])\S/.test(next[time]?.text.trim() ?? '');
  if (!ownTime && columns.some((kind, c) => kind === 'task' && row[c]?.text.trim() && !/[。；;！!？?]$/.test(row[c].text.trim()))) return false;
  const k = columns.findIndex((kind, c) => isRole(kind) && next[c]?.text.trim());
  if (k < 0) return false;
  const above = row[k]?.text.trim() ?? '';
  return above === '' || !wrapsName(lastName(above), next[k].text.trim());
}

/** Whether some cell of `next` plainly goes on from the same cell of `row` (see {@link continueRow}). */
function continues(row: Cell[], next: Cell[], columns: Columns): boolean {
  return columns.some((kind, k) => {
    const above = row[k]?.text.trim() ?? '';
    const below = next[k]?.text.trim() ?? '';
    if (!above || !below) return false;
    if (kind === 'deadline') return /^[月日底前中内]/.test(below);
    if (kind === 'task') return /[，,、]$/.test(above);
    if (!isRole(kind)) return false;
    const last = lastName(above);
    return last.trim() !== '' && wrapsName(last, below);
  });
}

