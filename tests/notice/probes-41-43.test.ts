import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers/parse.js';

// Cases of the tenth round (session 9), each checked by hand against the contract (matrix-format.md).

describe('a deadline naming a date that does not exist', () => {
  it('keeps due null and warns at the task, in the run\'s language', () => {
    const text = ['某县2025年安全生产工作方案', '一、重点任务', '（一）开展排查。（牵头单位：县应急局；完成时限：2025年2月30日前）', '（二）开展整治。（牵头单位：县住建局；完成时限：6月31日前）', '（三）开展督查。（牵头单位：县监委；完成时限：6月30日前）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.deadline])).toEqual([
      ['1.1', { text: '2025年2月30日前', due: null }],
      ['1.2', { text: '6月31日前', due: null }],
      ['1.3', { text: '6月30日前', due: '2025-06-30' }],
    ]);
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['impossible-date', 3, false], ['impossible-date', 4, false]]);
    expect(messages[1].reason).toBe("Task 1.2's deadline `6月31日前` names a date that does not exist (`6月31日`): due is left null; check the date");
  });
});
