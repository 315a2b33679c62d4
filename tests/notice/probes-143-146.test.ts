import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the thirtieth round (session 23: probes 143 to 146, township and street offices' plans, provincial
// 分工方案 in the inline form, 整改 lists, a department's 工作要点), each checked by hand against the contract
// (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;
const plan = (...lines: string[]) => ['某镇工作方案', ...lines].join('\n');

describe('a township\'s leaders and cadres who answer for a 片 or a 村 (probe 143)', () => {
  it('reads `包片领导：` opening a bracket as a leader, out of the text and the title', () => {
    const [task] = tasks(plan('一、工作任务', '1.签订防火责任书。与各村签订责任书，签订率达100%。（包片领导：王涛；责任单位：镇应急办、各村（社区）；完成时限：2月底前）'));
    expect(task.text).toBe('签订防火责任书。与各村签订责任书，签订率达100%。');
    expect(roles(task)).toEqual({ lead: [], responsible: ['镇应急办', '各村（社区）'], support: [] });
    expect(task.leaders).toEqual(['王涛']);
  });

  it('reads `包村领导：` after the units, and a `包村干部：` line among labelled lines, with no list-tail note', () => {
    const { matrix, messages } = parsed(plan('一、工作任务', '1.开展隐患排查。（责任单位：镇党政办；包村领导：李明）', '2.加强巡查。', '包村干部：赵某', '责任单位：各村（社区）', '3.做好宣传。（包靠领导：孙强；责任单位：镇宣传办）'));
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t).responsible, t.leaders])).toEqual([
      ['1.1', '开展隐患排查。', ['镇党政办'], ['李明']],
      ['1.2', '加强巡查。', ['各村（社区）'], ['赵某']],
      ['1.3', '做好宣传。', ['镇宣传办'], ['孙强']],
    ]);
    expect(messages.filter((m) => m.ruleId === 'list-tail')).toEqual([]);
  });
});

describe('a street office\'s or a township\'s joint signature, and what follows it (probe 143)', () => {
  const wechat = [
    '城东街道2021年重点工作任务分工方案',
    '一、重点任务',
    '1.推进老旧小区改造。（街道城建办牵头，各社区配合）',
    '2.做好社区治理。（街道综治中心牵头，各社区配合）',
    '',
    '中共泰州市海陵区城东街道工作委员会',
    '泰州市海陵区城东街道办事处',
    '2021年3月5日',
    '',
    '来源：城东街道党政办公室',
    '编辑：王　璐',
    '',
    '往期推荐',
    '城东街道召开党工委第五次全体（扩大）会议',
    '春节假期，他们坚守一线',
    '',
    '扫一扫',
    '关注我们',
    '城东发布',
    '',
    '阅读原文',
    '分享 收藏 点赞 在看',
  ].join('\n');

  it('signs with both bodies, the 街道工作委员会 and the 办事处', () => {
    expect(parsed(wechat).matrix.document.issuer).toBe('中共泰州市海陵区城东街道工作委员会、泰州市海陵区城东街道办事处');
  });

  it('ends the last task at its own line: the signature, the byline and the article\'s links are in no task, and no page break is said', () => {
    const { matrix, messages } = parsed(wechat);
    const last = matrix.tasks[matrix.tasks.length - 1];
    expect([last.id, last.text, last.source]).toEqual(['1.2', '做好社区治理。', { line: 4, endLine: 4 }]);
    expect(messages.filter((m) => m.ruleId === 'page-break-join')).toEqual([]);
  });

  it('signs with three bodies one to a line, the 人大主席团 too', () => {
    const { matrix } = parsed(plan('一、任务', '1.推进改造。（镇城建办牵头，各村配合）', '', '中共某某镇委员会', '某某镇人民政府', '某某镇人大主席团', '2024年3月5日'));
    expect(matrix.document.issuer).toBe('中共某某镇委员会、某某镇人民政府、某某镇人大主席团');
    expect(matrix.tasks.map((t) => [t.id, t.text])).toEqual([['1.1', '推进改造。']]);
  });

  it('still reads an attachment\'s items after the signature', () => {
    const { matrix } = parsed(plan('一、任务', '1.推进改造。（镇城建办牵头）', '', '某某镇人民政府', '2024年3月5日', '', '附件', '', '重点项目清单', '', '1.建设道路。（镇交通站负责）'));
    expect(matrix.tasks.map((t) => [t.id, roles(t).lead, roles(t).responsible])).toEqual([['1.1', ['镇城建办'], []], ['1-2', [], ['镇交通站']]]);
  });
});
