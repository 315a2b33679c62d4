import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-seventh round (session 20: probes 114 to 116, 创文创卫 plans, 河长制 and 平安建设 notices, and the
// 政府工作报告 分工 of provinces, cities and counties), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;

describe('a task table whose header a PDF wrapped, copied as text one space apart (probe 112)', () => {
  it('is an unreadable-table error when a column name stands cut on the header line (`责任单` over `位`)', () => {
    const { matrix, messages } = parsed(
      [
        '某县2024年重点工作分工方案',
        '一、总体要求',
        '（一）加强领导。各牵头单位要明确专人负责。',
        '二、任务分工',
        '序 重点任务 牵头单位 责任单 完成时',
        '号 位 限',
        '1 推进老旧小区改造，年内开工改造老旧小区32个县住建局县财政局、县发改局，各街道办事处2024年11月底前',
        '2 实施城市更新行动，完成背街小巷整治20条县城管局县财政局2024年12月底前',
      ].join('\n'),
    );
    expect(matrix.tasks).toEqual([]);
    // Before: `no-markers` alone, a warning, and exit 0: two rows lost in silence.
    expect(messages.filter((m) => m.ruleId === 'unreadable-table').map((m) => [m.line, m.fatal])).toEqual([[5, true]]);
  });
});
