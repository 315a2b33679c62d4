import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

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

describe('a unit named as both lead and responsible (probes 39, 43)', () => {
  it('stays in lead only, as `fengong validate` wants it (rule lead-and-responsible)', () => {
    const table = ['某市2026年重点项目建设计划', '', '序号\t项目名称\t牵头单位\t责任单位\t时间节点', '1\t高端装备制造产业园\t市经开区管委会\t市经开区管委会、市城投集团\t2026年6月底前开工'].join('\n');
    expect(parseText(table).matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['市经开区管委会'], responsible: ['市城投集团'], support: [] }]]);
    const labels = ['某县方案', '一、任务', '（一）推进改造。', '牵头单位：县住建局', '责任单位：县住建局、县财政局'].join('\n');
    expect(parseText(labels).matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['1.1', { lead: ['县住建局'], responsible: ['县财政局'], support: [] }]]);
  });
});

describe('a deadline cell of two lines (probe 43)', () => {
  it('parts clauses at the line break: the clause that neither repeats nor stays open gives the date', () => {
    const text = ['某县2026年民生实事项目', '', '序号\t项目名称\t牵头单位\t时间节点', '1\t提高高龄津贴标准\t县民政局\t"2026年3月底前完成提标', '每月10日前发放到位"'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.deadline])).toEqual([['1', { text: '2026年3月底前完成提标\n每月10日前发放到位', due: '2026-03-31' }]]);
  });
});

describe('a post and a person\'s name before 牵头 / 负责 (probe 42, a 党委 plan)', () => {
  it('is no unit: dropped with an info naming the whole phrase', () => {
    const text = ['某县2026年重点工作任务分工', '一、推动乡村全面振兴', '1.深化农村集体产权制度改革。（县委副书记陈某某牵头，县委农办、县农业农村局负责，2026年10月底前）', '2.推进和美乡村建设。（县委常委、组织部部长李某某牵头，县住建局负责）', '3.开展农村人居环境整治。（县长赵某某负责，县农业农村局配合）', '4.开通热线。（县长热线办负责）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['县委农办', '县农业农村局'], support: [] }],
      ['1.2', { lead: [], responsible: ['县住建局'], support: [] }],
      ['1.3', { lead: [], responsible: [], support: ['县农业农村局'] }],
      ['1.4', { lead: [], responsible: ['县长热线办'], support: [] }],
    ]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker').map((m) => m.reason)).toEqual([
      '`县委副书记陈某某牵头` names a person or post, not a unit',
      '`县委常委、组织部部长李某某牵头` names a person or post, not a unit',
      '`县长赵某某负责` names a person or post, not a unit',
    ]);
  });
});

describe('the sentence 由X牵头，Y配合 of a 纪要 (probe 41)', () => {
  const tasks = (lines: string[]) => parseText(lines.join('\n')).matrix.tasks.map((t) => [t.id, roles(t)]);
  it('names bodies a county names without 局 or 委: 县科协, 县妇联, 县供销社, a town, a street', () => {
    expect(tasks(['某县县长办公会议纪要', '', '一、关于春季农业生产工作', '（一）抓好粮食播种面积落实。由县农业农村局牵头，龙溪镇、城东街道配合，4月底前完成。', '（二）做好农资保供稳价。由县市场监管局负责，县农业农村局、县供销社配合。', '（三）开展农业科技下乡活动。由县科协牵头，县妇联配合。'])).toEqual([
      ['1.1', { lead: ['县农业农村局'], responsible: [], support: ['龙溪镇', '城东街道'] }],
      ['1.2', { lead: [], responsible: ['县市场监管局'], support: ['县农业农村局', '县供销社'] }],
      ['1.3', { lead: ['县科协'], responsible: [], support: ['县妇联'] }],
    ]);
  });
  it('is a marker line when it is a paragraph of its own: under the item, or closing a run of unmarked sub-items', () => {
    expect(tasks(['某县县长办公会议纪要', '', '一、关于新院区建设有关问题', '（一）关于二期工程资金缺口问题', '会议同意县人民医院按程序申请银行中长期贷款。', '由县发改局牵头，县财政局、县卫健局配合。', '（二）关于配套道路建设问题。由县住建局负责。'])).toEqual([
      ['1.1', { lead: ['县发改局'], responsible: [], support: ['县财政局', '县卫健局'] }],
      ['1.2', { lead: [], responsible: ['县住建局'], support: [] }],
    ]);
    expect(tasks(['某县县长办公会议纪要', '', '一、关于城乡供水保障工作', '（一）加快县城第二水厂扩建工程建设。', '（二）实施农村供水管网更新改造。', '由县水务局牵头，县财政局、各乡镇人民政府配合。', '二、关于城区停车管理', '（一）加强路内停车秩序管理。由县公安局交警大队负责。'])).toEqual([
      ['1', { lead: ['县水务局'], responsible: [], support: ['县财政局', '各乡镇人民政府'] }],
      ['2.1', { lead: [], responsible: ['县公安局交警大队'], support: [] }],
    ]);
  });
  it('is read after a comma (`…，由X负责，Y配合。`), in each clause a `；` closes, and alone on a numbered line', () => {
    expect(tasks(['某县专题会议纪要', '', '一、关于城区内涝治理工作', '（一）做好城区排水管网清淤疏浚，由县城管局负责，县住建局配合。', '（二）一是加快易涝点改造，由县住建局负责；二是加强下穿通道巡查值守，由县公安局交警大队负责。', '（三）由县应急管理局负责。'])).toEqual([
      ['1.1', { lead: [], responsible: ['县城管局'], support: ['县住建局'] }],
      ['1.2', { lead: [], responsible: ['县住建局', '县公安局交警大队'], support: [] }],
      ['1.3', { lead: [], responsible: ['县应急管理局'], support: [] }],
    ]);
  });
  it('stays prose where it does more than name who acts, or names no body', () => {
    expect(tasks(['某县方案', '一、任务', '（一）完善制度，由县政府负责组织实施。', '（二）加强管理。资金缺口由这个乡负责。', '（三）做好宣传。（县委宣传部负责）'])).toEqual([['1.3', { lead: [], responsible: ['县委宣传部'], support: [] }]]);
  });
});

describe('督办责任单位：, who oversees a task (probe 41, a 督办清单)', () => {
  it('is no unit and no text of its own: the item stays one task, with its deadline, and an info says why', () => {
    const { matrix, messages } = parseText(['某县重点事项督办清单', '', '一、重大项目建设', '（一）推进县城污水处理厂提标改造工程。', '牵头单位：县住建局', '督办责任单位：县政府督查室', '办结时限：2026年6月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([['1.1', { lead: ['县住建局'], responsible: [], support: [] }, '2026年6月底前']]);
    expect(messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([['ignored-marker', 6, '`督办责任单位：` names who oversees the task, not a unit of it']]);
  });
  it('heads no role column of a table', () => {
    const table = ['某县督办事项清单', '', '序号\t督办事项\t牵头单位\t督办责任单位\t办结时限', '1\t完成污水处理厂提标改造\t县住建局\t县政府督查室\t2026年6月底前'].join('\n');
    expect(parseText(table).matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['县住建局'], responsible: [], support: [] }]]);
  });
});

describe('a 纪要\'s record of who attended (probe 41)', () => {
  it('列席, 记录 and 抄送 lines after the last item are lines of their own and part of no task, with no page-break finding', () => {
    const { matrix, messages } = parseText(['某县专题会议纪要', '', '　　一、关于城区内涝治理工作', '　　（一）做好城区排水管网清淤疏浚。', '　　责任单位：县城管局', '', '　　列席：县政府办公室副主任张宏伟，县应急管理局局长刘一鸣，县林业局局长陈雪峰，县水务局局长黄志刚，县自然资源局副局长李安，各乡镇分管负责同志', '　　记录：王　倩', '', '　　抄送：县委办公室。'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t)])).toEqual([['1.1', '做好城区排水管网清淤疏浚。', { lead: [], responsible: ['县城管局'], support: [] }]]);
    expect(messages).toEqual([]);
  });
});

describe('notes above the plan\'s title (probe 43: a workbook\'s 说明 sheet first)', () => {
  it('are neither the title nor the outline: ids count from the plan, dates take the title\'s year', () => {
    for (const heading of ['填表说明', '说明：']) {
      const { matrix } = parseText([heading, '一、时间节点为最迟完成时间。', '二、各单位每季度末报送进展。', '某县2026年目标任务分解表', '序号\t目标任务\t牵头单位\t时间节点', '1\t新建零工驿站5个。\t县人社局\t6月底前完成'].join('\n'));
      expect([matrix.document.title, matrix.tasks.map((t) => [t.id, t.deadline])]).toEqual(['某县2026年目标任务分解表', [['1', { text: '6月底前完成', due: '2026-06-30' }]]]);
    }
  });
  it('after the table, under `说明` without its colon (a sheet of notes), are no items: no repeated number', () => {
    const { matrix, messages } = parseText(['某县2026年目标任务分解表', '序号\t目标任务\t牵头单位\t时间节点', '1\t新建零工驿站5个。\t县人社局\t6月底前完成', '2\t新增养老床位300张。\t县民政局\t年底前完成', '说明', '1.时间节点为最迟完成时间。', '2.各单位每季度末报送进展。'].join('\n'));
    expect([matrix.outline.map((i) => i.id), matrix.tasks.map((t) => t.text), messages]).toEqual([['1', '2'], ['新建零工驿站5个。', '新增养老床位300张。'], []]);
  });
});

describe('工作组 and 预案 (probe 44)', () => {
  const tasks = (lines: string[]) => parseText(lines.join('\n')).matrix.tasks.map((t) => [t.id, roles(t)]);
  it('keeps a field under a labelled line apart (`牵头单位：…` ⏎ `主要职责：…`, a Word copy)', () => {
    expect(tasks(['某县工作方案', '一、工作分组', '（一）督查督办组', '牵头单位：县委督查室', '主要职责：对专班交办事项和企业反映问题办理情况开展督查。', '（二）综合组', '牵头单位：县政府办、县发改局', '主要职责：负责专班日常运转、会议组织、信息汇总和督查通报工作。'])).toEqual([
      ['1.1', { lead: ['县委督查室'], responsible: [], support: [] }],
      ['1.2', { lead: ['县政府办', '县发改局'], responsible: [], support: [] }],
    ]);
  });
  it('reads 由X牵头 after a group\'s colon, and before a sentence of duties when it names who takes part', () => {
    expect(tasks(['某县工作专班工作方案', '一、工作组', '1.宣传组：由县委宣传部牵头，县融媒体中心配合。', '2.保障组：由县财政局牵头。', '3.综合协调组：由县政府办牵头，县发改局、县财政局参与。主要职责：负责专班日常运转和信息汇总。'])).toEqual([
      ['1.1', { lead: ['县委宣传部'], responsible: [], support: ['县融媒体中心'] }],
      ['1.2', { lead: ['县财政局'], responsible: [], support: [] }],
      ['1.3', { lead: ['县政府办'], responsible: [], support: ['县发改局', '县财政局'] }],
    ]);
  });
  it('reads `由X会同Y负责解释` as the contract\'s 由X会同Y负责, to the letter, and `由X负责解释` as prose', () => {
    expect(tasks(['某县森林火灾应急预案', '一、附则', '（一）预案管理。本预案由县应急局会同县林业局负责解释，根据实际情况适时修订。', '（二）预案修订。本预案由县应急局负责解释。', '（三）预案实施。本预案自印发之日起实施。（县应急局负责）'])).toEqual([
      ['1.1', { lead: [], responsible: ['县应急局'], support: ['县林业局'] }],
      ['1.3', { lead: [], responsible: ['县应急局'], support: [] }],
    ]);
  });
});

describe('damaged text: a WeChat copy, OCR (probe 45)', () => {
  const tasks = (lines: string[]) => parseText(lines.join('\n')).matrix.tasks.map((t) => [t.id, t.path, roles(t), t.deadline?.text ?? null]);
  it('reads a bullet before a number or a label as decoration, a keycap number as the number, a bracketed heading as the heading', () => {
    expect(tasks(['某县工作方案', '【一、重点任务】', '◆（一）政务服务提速', '1️⃣推行一件事一次办。（县行政服务中心负责）', '●（二）项目审批提速', '1⃣推行拿地即开工。', '牵头单位：县住建局、县自然资源局', '🔸完成时限：6月底'])).toEqual([
      ['1.1.1', ['重点任务', '政务服务提速'], { lead: [], responsible: ['县行政服务中心'], support: [] }, null],
      ['1.2.1', ['重点任务', '项目审批提速'], { lead: ['县住建局', '县自然资源局'], responsible: [], support: [] }, '6月底'],
    ]);
  });
  it('places findings at the text after the bullet', () => {
    const { messages } = parseText(['某县工作方案', '一、重点任务', '◆ 1.推行一件事一次办。（牵头单位：县行政服务中心'].join('\n'));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['unclosed-bracket', 3, 14]]); // ◆ 1, space 2, 1. 3–4, 推…。 5–13, （ 14
  });
  it('takes `3)` between `(2)` and `(4)` as the same list (a list typed in a hurry)', () => {
    const { matrix } = parseText(['某县方案', '一、任务', '1.专项检查', '(1)检查危大工程.(县住建局负责)', '(2)打击违法分包.(县住建局负责)', '3)排查临时用电.(县住建局负责)', '(4)排查自建房.(各乡镇人民政府负责)'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.marker])).toEqual([['1.1.1', '(1)'], ['1.1.2', '(2)'], ['1.1.3', '3)'], ['1.1.4', '(4)']]);
  });
  it('reads no 协办单位 from a web page\'s footer line `主办单位：…　　协办单位：…`, with its 地址 on the next line', () => {
    const { matrix } = parseText(['某县2024年民生实事项目', '', '1.新建城区公办幼儿园2所。（牵头单位：县教体局）', '', '2.改造农村公路80公里。（牵头单位：县交通运输局）', '', '主办单位：某县人民政府办公室　　协办单位：某县融媒体中心', '地址：某县人民路1号　　电话：0000-1234567'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['县教体局'], responsible: [], support: [] }], ['2', { lead: ['县交通运输局'], responsible: [], support: [] }]]);
  });
});

describe('an OCR\'s page number (probe 45)', () => {
  it('is page furniture with the letter l for a one: no title', () => {
    expect(parseText(['— l —', '某镇方案', '一、任务', '1.开展排查。（牵头单位：镇应急办）'].join('\n')).matrix.document.title).toBe('某镇方案');
  });
  it('takes the first title line of a plan of unnumbered blocks, not a sub-heading between them', () => {
    const { matrix } = parseText(['某市整治方案', '', '深化垃圾分类。', '牵头单位：市农业农村局', '完成时限：2024年6月底前', '', '村庄清洁行动', '开展村庄清洁日活动。', '牵头单位：市农业农村局'].join('\n'));
    expect([matrix.document.title, matrix.tasks.map((t) => [t.id, t.text, t.deadline?.due ?? null])]).toEqual(['某市整治方案', [['#1', '深化垃圾分类。', '2024-06-30'], ['#2', '开展村庄清洁日活动。', null]]]);
  });
  it('ends a deadline whose time is complete at its line: the line after it is text (`完成时限：5月31日前` ⏎ `汛期结束后开展复盘`)', () => {
    const { matrix } = parseText(['某区2024年方案', '一、任务', '1.开展排查。', '牵头单位：区甲局', '完成时限：5月31日前', '汛期结束后开展复盘', '2.强化值守。', '牵头单位：区乙局', '完成时限：2024年11月底', '前全部完成'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, t.deadline])).toEqual([
      ['1.1', '开展排查。\n汛期结束后开展复盘', { text: '5月31日前', due: '2024-05-31' }],
      ['1.2', '强化值守。', { text: '2024年11月底前全部完成', due: '2024-11-30' }],
    ]);
  });
});


describe('a table cut by a page break (probe 47)', () => {
  it('goes on after `续表` and under a part without its header, the open section kept', () => {
    const { matrix } = parseText(['某市推进新型工业化重点任务分工方案', '', '一、重点任务分工', '序号\t重点任务\t牵头单位\t配合单位\t完成时限', '（一）推动产业链提档升级', '1\t实施产业链链长制。\t市工信局\t市发改委\t2024年7月底前', '（二）推进制造业数字化转型', '2\t培育工业互联网平台5个。\t市工信局\t市数据局\t2025年底前', '', '续表', '3\t打造智能工厂和数字化车间。\t市工信局\t市财政局\t长期坚持', '', '二、保障措施'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1.1', { lead: ['市工信局'], responsible: [], support: ['市发改委'] }],
      ['1.2.2', { lead: ['市工信局'], responsible: [], support: ['市数据局'] }],
      ['1.2.3', { lead: ['市工信局'], responsible: [], support: ['市财政局'] }],
    ]);
  });
  it('goes on in a second Markdown table of as many columns without a header row of its own', () => {
    const md = ['# 某市方案', '', '一、重点任务', '', '| 序号 | 重点任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 实施产业链链长制。 | 市工信局 | 2024年7月底前 |', '', '续表', '', '| 2 | 打造智能工厂。 | 市财政局 | 长期坚持 |', '| --- | --- | --- | --- |', '| 3 | 推动上云用数。 | 市数据局 | 2025年底前 |'].join('\n');
    expect(parseText(md, 'markdown').matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['市工信局']], ['1.2', ['市财政局']], ['1.3', ['市数据局']]]);
  });
});

describe('run-in items with a bracket after each, wrapped by a PDF (probe 48)', () => {
  it('stay one item: the line after a bracket that closed mid-paragraph goes on, as does a bracket of labels starting a line', () => {
    const { matrix } = parseText(['某县测试方案', '一、重点任务', '（一）推进改厕。一是分类推进改厕，新改户厕同步配套建设粪', '污处理设施。（牵头单位：县农业农村局；责任单位：县卫生健', '康局）二是开展问题厕所整改，实行销号管理，对不符合卫生标', '准的厕所分类整改。（牵头单位：县农业农村局；责任单位：县', '财政局）三是保护传统村落和历史文化名村。', '（牵头单位：县住房和城乡建设局；责任单位：县文化广电和旅游局）', '（二）加强宣传。广泛宣传。（牵头单位：县委宣传部；责任单位：县融媒体中心）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县农业农村局', '县住房和城乡建设局'], responsible: ['县卫生健康局', '县财政局', '县文化广电和旅游局'], support: [] }],
      ['1.2', { lead: ['县委宣传部'], responsible: ['县融媒体中心'], support: [] }],
    ]);
    expect(matrix.tasks[0].text).toBe('推进改厕。一是分类推进改厕，新改户厕同步配套建设粪污处理设施。二是开展问题厕所整改，实行销号管理，对不符合卫生标准的厕所分类整改。三是保护传统村落和历史文化名村。');
  });
});
