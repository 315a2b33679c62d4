import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-third round (session 17: probe 98's last sentence, and probe 100: notices of Party and
// department offices), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;

describe('a sentence that shares the work out: 由X负责 beside 由Y会同Z负责 (probe 98)', () => {
  it('reads the part before the 会同 clause, each part with its own topic', () => {
    const [task] = tasks(['一、任务', '三、保障苗木和水源。坚持以乡土树种为主。苗木调运由县林业局负责，造林用水由县水务局会同各乡镇人民政府负责协调解决。'].join('\n'));
    // 县林业局 had been lost: the 会同 clause alone was read.
    expect(roles(task)).toEqual({ lead: [], responsible: ['县林业局', '县水务局'], support: ['各乡镇人民政府'] });
  });

  it('leaves a 由X负责 alone in its sentence as prose (probe 25), and a part that goes on after 负责', () => {
    const alone = tasks(['一、任务', '（一）做好日常工作。日常工作由县住建局负责。', '（二）保障资金。（县财政局负责）'].join('\n'));
    expect(alone.map((t) => [t.id, roles(t)])).toEqual([['1.2', { lead: [], responsible: ['县财政局'], support: [] }]]);
    const [more] = tasks(['一、任务', '（一）保障水源。苗木由县林业局负责调运和检疫，造林用水由县水务局会同各乡镇人民政府负责。'].join('\n'));
    expect(roles(more)).toEqual({ lead: [], responsible: ['县水务局'], support: ['各乡镇人民政府'] });
  });
});

describe('a word between the last name and its role verb (probe 100)', () => {
  it('is no part of the name: 积极配合, 协同配合, 密切配合 after 等单位, 总牵头', () => {
    const [a, b, c, d] = tasks([
      '一、任务',
      '1.推动社会工作。（县委社会工作部牵头，县市场监管局、县工商联、县总工会积极配合）',
      '2.开展监督检查。（第一监督检查室牵头，各乡镇纪委协同配合）',
      '3.查办案件。（各审查调查室牵头，县法院、县检察院、县公安局等单位密切配合）',
      '4.统筹推进。（县委办、县政府办总牵头，县委组织部配合）',
    ].join('\n'));
    expect(roles(a)).toEqual({ lead: ['县委社会工作部'], responsible: [], support: ['县市场监管局', '县工商联', '县总工会'] });
    expect(roles(b)).toEqual({ lead: ['第一监督检查室'], responsible: [], support: ['各乡镇纪委'] });
    expect(roles(c)).toEqual({ lead: ['各审查调查室'], responsible: [], support: ['县法院', '县检察院', '县公安局'] });
    expect(roles(d)).toEqual({ lead: ['县委办', '县政府办'], responsible: [], support: ['县委组织部'] });
  });

  it('reads 按职责配合, 全力配合 and 抓好落实 with their roles, and 协同推进 as support still', () => {
    const [a, b, c] = tasks([
      '一、任务',
      '1.做好保障。（县委宣传部牵头，县财政局按职责配合，县文明办全力配合）',
      '2.抓好落实。（县委统战部牵头，各乡镇党委、县直各单位抓好落实）',
      '3.规范收费。（县发展改革局牵头落实，县财政局、县商务局协同推进）',
    ].join('\n'));
    expect(roles(a)).toEqual({ lead: ['县委宣传部'], responsible: [], support: ['县财政局', '县文明办'] });
    expect(roles(b)).toEqual({ lead: ['县委统战部'], responsible: ['各乡镇党委', '县直各单位'], support: [] });
    expect(roles(c)).toEqual({ lead: ['县发展改革局'], responsible: [], support: ['县财政局', '县商务局'] });
  });
});

describe("a drafter's remark after a full stop in an item's closing bracket (probe 100)", () => {
  it('reads the clauses before the stop (text after a 。 in a bracket is no name), the task kept', () => {
    const notice = [
      '一、任务',
      '（一）持续整顿软弱涣散基层党组织。年底前全部完成整顿转化。（组织二股牵头，各乡镇党委负责。此项工作纳入年度基层党建述职评议考核）',
      '（二）开展安全教育。（安全股牵头，各股室、各学校配合。具体方案另行制定）',
    ].join('\n');
    const { matrix, messages } = parsed(notice);
    // Both tasks had been lost, each with an unaccounted-marker error.
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['组织二股'], responsible: ['各乡镇党委'], support: [] }],
      ['1.2', { lead: ['安全股'], responsible: [], support: ['各股室', '各学校'] }],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('leaves a bracket of prose with a full stop as it was: no units, no task', () => {
    const { matrix } = parsed(['一、任务', '（一）加强宣传。（各地要高度重视。具体方案另行制定）'].join('\n'));
    expect(matrix.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.support])).toEqual([]);
  });
});

describe("labelled lines, then a bracket of labels in the same paragraph (a fresh user's)", () => {
  it('ends the lines at the bracket, which is a group of its own: no closer in a name, no prose in the deadline', () => {
    for (const [open, close] of [['〔', '〕'], ['（', '）']]) {
      const [task] = tasks(['一、任务', `（一）开展排查。牵头单位：县生态环境局；完成时限：2024年5月31日前。建设站点${open}牵头单位：县住建局；配合单位：县财政局${close}。加强宣传。`].join('\n'));
      // It had read support [县财政局〕] and the deadline `2024年5月31日前。建设站点〔`, and lost the prose after it.
      expect(roles(task)).toEqual({ lead: ['县生态环境局', '县住建局'], responsible: [], support: ['县财政局'] });
      expect(task.deadline?.text).toBe('2024年5月31日前');
      expect(task.text).toBe('开展排查。建设站点。加强宣传。');
    }
  });

  it('keeps prose after the full stop of the last value in the text, not in a list', () => {
    const { matrix, messages } = parsed(['一、任务', '（一）开展排查。责任单位：县发改局。同时要加强督促检查。'].join('\n'));
    expect(roles(matrix.tasks[0])).toEqual({ lead: [], responsible: ['县发改局'], support: [] });
    expect(matrix.tasks[0].text).toBe('开展排查。同时要加强督促检查。');
    expect(messages.filter((m) => m.ruleId === 'list-tail')).toEqual([]);
  });
});

describe("a numbered item's last sentence naming who acts, then a time (a fresh user's)", () => {
  it('reads the names; the time is no deadline, as in a 由 sentence (matrix-format.md "Deadlines")', () => {
    const found = tasks([
      '一、任务',
      '（一）落实减税降费政策。县税务局牵头，县财政局配合，2024年6月底前完成。',
      '（二）开展审计。加强审计监督。县财政局、县审计局负责，2024年12月底前完成。',
      '（三）优化服务。县税务局牵头，县财政局配合。2024年6月底前。',
    ].join('\n'));
    // Each had been lost in silence (no task, no finding).
    expect(found.map((t) => [t.id, roles(t), t.deadline])).toEqual([
      ['1.1', { lead: ['县税务局'], responsible: [], support: ['县财政局'] }, null],
      ['1.2', { lead: [], responsible: ['县财政局', '县审计局'], support: [] }, null],
      ['1.3', { lead: ['县税务局'], responsible: [], support: ['县财政局'] }, null],
    ]);
  });

  it('leaves a sentence whose last clause is no time as prose', () => {
    const found = tasks(['一、任务', '（一）落实政策。县税务局牵头，县财政局配合，认真做好宣传。', '（二）做好保障。（县财政局负责）'].join('\n'));
    expect(found.map((t) => t.id)).toEqual(['1.2']);
  });
});

describe('leaders labelled by any level: 旗, 盟, 州 and …级 (probe 101)', () => {
  it('reads 责任旗领导, 分管县级领导, 责任盟领导 and 责任州领导 as leaders, out of the task text', () => {
    const found = tasks([
      '一、任务',
      '1.全年实施重点项目150项以上。',
      '责任旗领导：刘志刚',
      '牵头单位：旗发展和改革委员会',
      '2.做好保障。',
      '分管县级领导：张三',
      '责任盟领导：李四',
      '责任州领导：王五',
      '牵头单位：县财政局',
    ].join('\n'));
    // The 旗 line had stayed in the text, as had the others.
    expect(found.map((t) => [t.id, t.text, t.leaders, t.lead])).toEqual([
      ['1.1', '全年实施重点项目150项以上。', ['刘志刚'], ['旗发展和改革委员会']],
      ['1.2', '做好保障。', ['张三', '李四', '王五'], ['县财政局']],
    ]);
  });
});
