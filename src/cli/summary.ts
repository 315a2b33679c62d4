import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { VFileMessage } from 'vfile-message';
import type { Lang } from '../i18n.js';
import type { Matrix } from '../matrix/types.js';
import { countOutlineItems } from '../sheets/report/heat-model.js';
import { unitLoads } from '../sheets/unit-load.js';

/** Options of {@link noticeSummary}. */
export interface SummaryOptions {
  lang: Lang;
  /** The notice as named on the command line (`-` for standard input). */
  file: string;
  /** The findings made while compiling it. */
  messages: readonly VFileMessage[];
  /** Where the matrix went: a path, `-` for standard output, undefined when it was not written (`check`). */
  output?: string;
  /** How many leading units to name (default 3). */
  top?: number;
  /** Bold labels and coloured counts (ANSI). */
  color?: boolean;
}

type Kind = 'error' | 'warning' | 'info';

const WORDS = {
  zh: {
    head: '摘要',
    title: '标题',
    docNumber: '发文字号',
    date: '成文日期',
    sections: '提纲',
    tasks: '任务',
    units: '单位',
    leads: '牵头最多',
    findings: '发现',
    matrix: '矩阵',
    none: '无',
    sectionCount: (top: number, all: number) => `${top} 个一级条目，共 ${all} 个编号条目`,
    taskCount: (n: number) => `${n} 项`,
    unitCount: (n: number) => `${n} 个`,
    lead: (unit: string, n: number) => `${unit}（${n}）`,
    listSep: '、',
    kind: { error: '错误', warning: '警告', info: '提示' } as Record<Kind, string>,
    kindCount: (kind: string, n: number, rules: string) => `${kind} ${n}：${rules}`,
    stdout: '已输出到标准输出',
    written: (path: string) => `已写入 ${path}`,
    notWritten: '未写入（仅检查）',
  },
  en: {
    head: 'Summary',
    title: 'Title',
    docNumber: 'Doc number',
    date: 'Date',
    sections: 'Outline',
    tasks: 'Tasks',
    units: 'Units',
    leads: 'Lead most',
    findings: 'Findings',
    matrix: 'Matrix',
    none: 'none',
    sectionCount: (top: number, all: number) => `${top} top-level item${top === 1 ? '' : 's'}, ${all} numbered item${all === 1 ? '' : 's'} in all`,
    taskCount: (n: number) => `${n}`,
    unitCount: (n: number) => `${n}`,
    lead: (unit: string, n: number) => `${unit} (${n})`,
    listSep: ', ',
    kind: { error: 'error', warning: 'warning', info: 'note' } as Record<Kind, string>,
    kindCount: (kind: string, n: number, rules: string) => `${n} ${kind}${n === 1 ? '' : 's'}: ${rules}`,
    stdout: 'written to standard output',
    written: (path: string) => `written to ${path}`,
    notWritten: 'not written (check only)',
  },
};

/**
 * The short summary `parse` prints on a terminal and `check` always prints: the document (title, 发文字号, date),
 * how many sections, tasks and units, the units that lead most, the findings by kind and rule, and where the
 * matrix went, in `lang`. Labels are padded by display width (string-width: a CJK character counts 2), so the
 * values line up in a terminal whatever the language. Pure: returns the text, ending in a line break.
 * @example
 * 摘要 fixtures/notices/lezhi-2023-61.md
 *   标题      乐至县全民科学素质行动分工方案
 *   发文字号  乐府发〔2023〕61号
 */
export function noticeSummary(matrix: Matrix, options: SummaryOptions): string {
  const w = WORDS[options.lang];
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { document } = matrix;
  const loads = unitLoads([matrix]);
  const leaders = loads
    .filter((l) => l.lead > 0)
    .sort((a, b) => b.lead - a.lead) // stable: ties keep the order of unitLoads
    .slice(0, options.top ?? 3)
    .map((l) => w.lead(l.unit, l.lead));
  const rows: Array<[string, string]> = [
    [w.title, document.title ?? document.notice ?? w.none],
    [w.docNumber, document.docNumber ?? w.none],
    [w.date, document.date ?? w.none],
    [w.sections, w.sectionCount(matrix.outline.length, countOutlineItems(matrix.outline))],
    [w.tasks, w.taskCount(matrix.tasks.length)],
    [w.units, w.unitCount(loads.length)],
    [w.leads, leaders.length ? leaders.join(w.listSep) : w.none],
  ];
  const findings = findingsByKind(options.messages);
  if (findings.length === 0) rows.push([w.findings, w.none]);
  for (const [i, { kind, count, rules }] of findings.entries()) {
    const text = w.kindCount(w.kind[kind], count, rules.map(([rule, n]) => `${rule} ${n}`).join(w.listSep));
    const coloured = kind === 'error' ? c.red(text) : kind === 'warning' ? c.yellow(text) : text;
    rows.push([i === 0 ? w.findings : '', coloured]);
  }
  rows.push([w.matrix, options.output === undefined ? w.notWritten : options.output === '-' ? w.stdout : w.written(options.output)]);
  const width = rows.reduce((w, [label]) => Math.max(w, stringWidth(label)), 0);
  const lines = rows.map(([label, value]) => `  ${c.bold(label)}${' '.repeat(width - stringWidth(label))}  ${value}`);
  return `${c.bold(`${w.head} ${options.file}`)}\n${lines.join('\n')}\n`;
}

/** Findings counted by kind (errors, warnings, notes) and, in each, by rule id, most frequent first. */
function findingsByKind(messages: readonly VFileMessage[]): Array<{ kind: Kind; count: number; rules: Array<[string, number]> }> {
  const out: Array<{ kind: Kind; count: number; rules: Array<[string, number]> }> = [];
  for (const kind of ['error', 'warning', 'info'] as const) {
    const ofKind = messages.filter((m) => (kind === 'error' ? m.fatal === true : kind === 'warning' ? m.fatal === false : m.fatal == null));
    if (ofKind.length === 0) continue;
    const rules = new Map<string, number>();
    for (const m of ofKind) rules.set(m.ruleId ?? '?', (rules.get(m.ruleId ?? '?') ?? 0) + 1);
    out.push({ kind, count: ofKind.length, rules: [...rules].sort((a, b) => b[1] - a[1]) });
  }
  return out;
}
