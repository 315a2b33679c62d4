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
