import type { Lang } from '../../i18n.js';

/** Every heading and word the HTML report shows, in one language. `{n}`-style slots are filled by the renderer. */
export interface ReportLabels {
  report: string;
  docNumber: string;
  issuer: string;
  date: string;
  counts: string;
  outline: string;
  tasks: string;
  heat: string;
  heatNote: string;
  unit: string;
  allUnits: string;
  roles: string;
  lead: string;
  responsible: string;
  support: string;
  total: string;
  shown: string;
  deadline: string;
  dueNote: string;
  overdue: string;
  soon: string;
  later: string;
  noDue: string;
  line: string;
  beforeOutline: string;
  other: string;
  generated: string;
}

/** The report's words in Chinese and English (headings follow the run's language; data stays as written). */
export const REPORT_LABELS: Record<Lang, ReportLabels> = {
  zh: {
    report: '责任矩阵报告',
    docNumber: '发文字号',
    issuer: '发文机关',
    date: '成文日期',
    counts: '{sections} 个章节 · {tasks} 项任务 · {units} 个单位',
    outline: '目录',
    tasks: '任务',
    heat: '单位 × 章节任务量',
    heatNote: '格中数字为该单位在该章节的任务数，颜色越深越多；点击单位名称可筛选。',
    unit: '单位',
    allUnits: '全部单位',
    roles: '职责：',
    lead: '牵头',
    responsible: '责任',
    support: '配合',
    total: '合计',
    shown: '显示 {n} / {total} 项任务',
    deadline: '完成时限',
    dueNote: '到期以 {today} 为准，{soon} 天内到期为“即将到期”。',
    overdue: '已逾期',
    soon: '即将到期',
    later: '未到期',
    noDue: '无具体日期',
    line: '第 {line} 行',
    beforeOutline: '正文编号前',
    other: '其他',
    generated: '由 fengong 生成',
  },
  en: {
    report: 'Responsibility matrix report',
    docNumber: 'Document number',
    issuer: 'Issued by',
    date: 'Date',
    counts: '{sections} sections · {tasks} tasks · {units} units',
    outline: 'Outline',
    tasks: 'Tasks',
    heat: 'Load by unit and section',
    heatNote: 'Each cell counts the tasks of a unit in a section; darker means more. Click a unit to filter.',
    unit: 'Unit',
    allUnits: 'All units',
    roles: 'Roles: ',
    lead: 'Lead',
    responsible: 'Responsible',
    support: 'Support',
    total: 'Total',
    shown: 'Showing {n} of {total} tasks',
    deadline: 'Deadline',
    dueNote: 'Due dates against {today}; due within {soon} days counts as soon.',
    overdue: 'Overdue',
    soon: 'Due soon',
    later: 'Not yet due',
    noDue: 'No date',
    line: 'line {line}',
    beforeOutline: 'Before the numbered outline',
    other: 'Other',
    generated: 'Made by fengong',
  },
};

/** Fills `{name}` slots of a label. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
