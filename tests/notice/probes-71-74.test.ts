import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers/parse.js';

// Cases of the seventeenth round (session 12: probes 71-74: 政府工作报告 task tables, web-page copies of plans, 整改
// lists, traditional-character copies), each checked by hand against the contract (matrix-format.md).

const deadlines = (text: string, format: 'text' | 'markdown' = 'text') => parseText(text, format).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null]);

describe('a 整改方案 measure whose labelled line ends in a complete time (probe 73)', () => {
  // `责任领导：… 整改时限：立行立改` ⏎ the next measure ⏎ its own labels: two tasks, the next measure no part of the time.
  const lines = [
    '某县巡察整改方案',
    '一、整改任务',
    '（一）借调人员多。',
    '1.清理借调人员，建立台账。',
    '责任领导：赵永平　牵头单位：县委编办　责任单位：县直各部门　整改时限：立行立改',
    '建立借调人员审批备案制度，严格控制借调人数和期限。',
    '牵头单位：县人社局　责任单位：县委编办　整改时限：2024年8月底前',
    '2.规范考核。',
    '牵头单位：县委组织部　整改时限：2024年6月30日',
    '完善考核办法，压实考核责任。',
    '牵头单位：县人社局　整改时限：每季度',
    '开展一次督查。',
    '牵头单位：县督查室　整改时限：2024年6月',
  ];
  const expected = [
    ['1.1.1#1', ['县委编办'], ['县直各部门'], '立行立改'],
    ['1.1.1#2', ['县人社局'], ['县委编办'], '2024年8月底前'],
    ['1.1.2#1', ['县委组织部'], [], '2024年6月30日'],
    ['1.1.2#2', ['县人社局'], [], '每季度'],
    ['1.1.2#3', ['县督查室'], [], '2024年6月'],
  ];

  it('starts the next measure after 立行立改, a day, a month or 每季度, in text with no blank lines', () => {
    expect(deadlines(lines.join('\n'))).toEqual(expected);
  });

  it('and across the blank lines of Markdown, where it was joined as if a page break had cut it', () => {
    const { matrix, messages } = parseText(lines.join('\n\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual(expected);
    expect(messages.filter((m) => m.ruleId === 'page-break-join')).toEqual([]);
  });

  it('still joins the rest of a time cut by a wrap (`2024年` ⏎ `6月底前`)', () => {
    expect(deadlines(['某县整改方案', '一、整改任务', '1.清理借调人员。', '牵头单位：县委编办　整改时限：2024年', '6月底前'].join('\n'))).toEqual([['1.1', ['县委编办'], [], '2024年6月底前']]);
  });

  it('reads 整改时间 and 办结时间 as deadline labels', () => {
    expect(deadlines(['某县整改方案', '一、整改任务', '1.清理借调人员。', '牵头单位：县委编办', '整改时间：2024年9月底前', '2.规范考核。', '牵头单位：县委组织部', '办结时间：2024年10月底前'].join('\n'))).toEqual([
      ['1.1', ['县委编办'], [], '2024年9月底前'],
      ['1.2', ['县委组织部'], [], '2024年10月底前'],
    ]);
  });
});
