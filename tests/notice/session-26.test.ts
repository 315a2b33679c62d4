import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of session 26, from a fresh user's notices, checked by hand against the contract (matrix-format.md).

describe('units joined by 和 or 与, and a list going on with 以及', () => {
  const NOTICE = [
    '某县工作方案',
    '一、任务',
    '1.任务甲。〔牵头单位：县农业农村局；责任单位：县财政局及县审计局〕',
    '2.任务乙。（县教育局牵头，县财政局和县人社局配合）',
    '3.任务丙。',
    '牵头单位：县卫健局',
    '责任单位：县医保局和县市场监管局',
    '4.任务丁。〔牵头单位：县住房和城乡建设局；责任单位：县供销社与县农商行〕',
    '5.任务戊。〔牵头单位：县农业农村局；责任单位：县财政局，以及县审计局；配合单位：县医保局；及各乡镇人民政府〕',
  ].join('\n');
  const { matrix, messages } = parseText(NOTICE);

  it('keeps a name joined by 和 or 与 whole, as the format splits lists only on 、，；及, and splits on 及 after a separator', () => {
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县农业农村局'], responsible: ['县财政局', '县审计局'], support: [] }],
      ['1.2', { lead: ['县教育局'], responsible: [], support: ['县财政局和县人社局'] }],
      ['1.3', { lead: ['县卫健局'], responsible: ['县医保局和县市场监管局'], support: [] }],
      ['1.4', { lead: ['县住房和城乡建设局'], responsible: ['县供销社与县农商行'], support: [] }],
      ['1.5', { lead: ['县农业农村局'], responsible: ['县财政局', '县审计局'], support: ['县医保局', '各乡镇人民政府'] }],
    ]);
  });

  it('warns of each such name where it stands, and not of a body whose own name holds 和', () => {
    const joined = messages.filter((m) => m.ruleId === 'joined-units');
    expect(joined.map((m) => [m.line, m.column, m.fatal])).toEqual([
      [4, 15, false],
      [7, 6, false],
      [8, 28, false],
    ]);
    expect(joined[0].reason).toBe('Task 1.2 names `县财政局和县人社局` as one unit: it reads as two joined by 和, which the format does not split lists on (matrix-format.md, "Unit names"); if it is two, correct the matrix');
    expect(joined[2].reason).toContain('`县供销社与县农商行`');
  });
});

describe('a body being made up in one sentence under 组织领导', () => {
  it('makes no task of its 成员单位 after its 组长 and 副组长 (or 指挥长), and check finds nothing to fail', () => {
    for (const head of ['成立创建工作领导小组，组长：县长；副组长：副县长；', '成立创建工作指挥部，指挥长：县长；副指挥长：副县长；']) {
      const { matrix, messages } = parseText(['某县创建国家卫生县城工作方案', '一、组织领导', `${head}成员单位：县卫健局、县城管局、县住建局。`, '二、任务分工', '（一）病媒生物防制。县卫健局牵头，各乡镇配合。'].join('\n'));
      expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['2.1', { lead: ['县卫健局'], responsible: [], support: ['各乡镇'] }]]);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
    }
  });

  it('still reads 成员单位 where lines of labels give the work (probe 119) or a bracket does', () => {
    const { matrix } = parseText(['某县方案', '一、任务', '1.开展整治。', '牵头单位：县城管局', '成员单位：县公安局、县交通运输局', '2.开展宣传。（牵头单位：县委宣传部；成员单位：县文明办）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县城管局'], responsible: [], support: ['县公安局', '县交通运输局'] }],
      ['1.2', { lead: ['县委宣传部'], responsible: [], support: ['县文明办'] }],
    ]);
  });
});

describe('a 时间 label after the bracket of an item\'s units', () => {
  const { matrix } = parseText([
    '某县2025年植树方案',
    '一、任务',
    '１．开展义务植树活动（县绿化委员会办公室负责）。时间：4月15日前。',
    '2.召开动员会议（县委办牵头）。会议时间：另行通知。',
    '3.任务戊（县发改局牵头，县财政局配合）。2025年底前完成。',
  ].join('\n'));

  it('is the item\'s deadline, taken out of its text', () => {
    const t = matrix.tasks[0];
    expect([t.id, t.text, t.responsible, t.deadline]).toEqual(['1.1', '开展义务植树活动。', ['县绿化委员会办公室'], { text: '4月15日前', due: '2025-04-15' }]);
  });

  it('is not a label with words before it (`会议时间：`), and a bare sentence after the bracket is no deadline (the contract reads only markers)', () => {
    expect(matrix.tasks.slice(1).map((t) => [t.id, t.deadline, t.text])).toEqual([
      ['1.2', null, '召开动员会议。会议时间：另行通知。'],
      ['1.3', null, '任务戊。2025年底前完成。'],
    ]);
  });
});
