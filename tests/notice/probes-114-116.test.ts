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

describe('`常态长效` and other standing work closing a bracket (probe 114: 创文创卫 plans)', () => {
  it('is the deadline of the inline form, which had lost the whole task with an unaccounted-marker error', () => {
    const list = tasks(['一、重点任务', '（一）交通秩序整治。开展交通秩序整治（县公安局交警大队牵头，县交通运输局、县城管局配合，常态长效）。'].join('\n'));
    expect(list.map((t) => [t.id, roles(t), t.deadline])).toEqual([['1.1', { lead: ['县公安局交警大队'], responsible: [], support: ['县交通运输局', '县城管局'] }, { text: '常态长效', due: null }]]);
  });

  it('is the deadline of the labelled form, where it had been a unit in silence', () => {
    const list = tasks(['一、重点任务', '（一）市容整治。（牵头单位：市城管执法局；配合单位：各街道办事处，常态长效）'].join('\n'));
    expect(list.map((t) => [t.support, t.deadline?.text])).toEqual([[['各街道办事处'], '常态长效']]);
  });

  it('reads `长效管理`, `长效常态`, `常抓不懈` and `全天候` so too', () => {
    for (const time of ['长效管理', '长效常态', '常抓不懈', '全天候']) {
      const list = tasks(['一、重点任务', `（一）市容整治。开展整治（县城管局牵头，各镇街配合，${time}）。`].join('\n'));
      expect(list.map((t) => [t.lead, t.support, t.deadline?.text])).toEqual([[['县城管局'], ['各镇街'], time]]);
    }
  });
});

describe('a 政府工作报告 分工 of a province (probe 116)', () => {
  it('reads a bracket inside the paragraph whose role clauses a full stop and a remark follow (Hunan: `…牵头。明确牵头部门的，…下同）`)', () => {
    const list = tasks(
      [
        '二、坚定不移推动经济高质量发展',
        '（一）培育壮大实体经济。新增规模工业企业1000家以上（分管副省长、协管副秘书长负责，省工业和信息化厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）。拓宽融资渠道，推动普惠型小微企业贷款增长30%以上（分管副省长、协管副秘书长负责，省地方金融监管局牵头）。',
      ].join('\n'),
    );
    // The first bracket had been dropped with no finding.
    expect(list.map((t) => [t.id, roles(t)])).toEqual([['2.1', { lead: ['省工业和信息化厅', '省地方金融监管局'], responsible: [], support: [] }]]);
  });

  it('takes a time after the full stop of such a bracket as its deadline', () => {
    const list = tasks(['一、重点任务', '（一）推进改革。完成机构改革（省委编办牵头。2025年6月底前完成）。深化放管服改革（省政务服务局负责）。'].join('\n'));
    expect(list.map((t) => [t.lead, t.responsible, t.deadline?.text])).toEqual([[['省委编办'], ['省政务服务局'], '2025年6月底前完成']]);
  });

  it('gives each bracket of a task its own first unit under `列第一位的为牵头部门`, a bracket that names its lead beside them', () => {
    const list = tasks(
      [
        '（列第一位的为牵头部门，其他部门和单位按职责分工负责）',
        '一、重点任务',
        '（一）扩大有效投资和消费。加快补齐基础设施短板（省发展改革委牵头）。促进文化、旅游消费（省商务厅、省文化和旅游厅等负责）。',
      ].join('\n'),
    );
    // Before: 省商务厅 was responsible, the note set aside for the whole task because one bracket named its lead.
    expect(list.map((t) => roles(t))).toEqual([{ lead: ['省发展改革委', '省商务厅'], responsible: ['省文化和旅游厅'], support: [] }]);
  });

  it('still sets the note aside when a label names the lead (`牵头单位：` under `（X、Y负责）`)', () => {
    const list = tasks(['（排在第一位的为牵头单位）', '一、重点任务', '1.推进改革。（县发改局、县财政局负责）', '牵头单位：县委改革办'].join('\n'));
    expect(list.map((t) => roles(t))).toEqual([{ lead: ['县委改革办'], responsible: ['县发改局', '县财政局'], support: [] }]);
  });

  it('reads a `部门分工：` line in the inline form under `分管省领导：` (Guangdong: 23 tasks had given no-markers)', () => {
    const list = tasks(['一、主要预期目标', '1.地区生产总值增长5.5%左右。', '分管省领导：林海涛', '部门分工：省发展改革委牵头，各地、各部门配合。', '2.城镇新增就业110万人以上。', '分管省领导：王曦', '部门分工：省人力资源社会保障厅。'].join('\n'));
    expect(list.map((t) => [t.id, roles(t), t.leaders])).toEqual([
      ['1.1', { lead: ['省发展改革委'], responsible: [], support: ['各地', '各部门'] }, ['林海涛']],
      ['1.2', { lead: [], responsible: ['省人力资源社会保障厅'], support: [] }, ['王曦']],
    ]);
  });
});

describe('cadres in a unit list (probe 115: 信访 and 平安建设 清单)', () => {
  it('takes `县级领导干部` in a 责任单位 cell for people, as `包村干部` is, not for a unit', () => {
    const { matrix } = parsed(['序号\t重点任务\t责任单位\t完成时限', '1\t推进信访工作法治化，落实领导干部接访下访制度。\t县级领导干部、县信访局、各乡镇（街道）\t全年'].join('\n'));
    expect(matrix.tasks.map((t) => [t.responsible, t.leaders])).toEqual([[['县信访局', '各乡镇（街道）'], ['县级领导干部']]]);
  });
});

describe('a 政府工作报告 分工 as it reaches a clerk (probe 116)', () => {
  it('joins a notice title a web page set over two paragraphs when the first ends in 关于', () => {
    const { matrix } = parsed(['湖南省人民政府关于', '', '落实《政府工作报告》重点工作部门分工的意见', '', '湘政发〔2019〕1号', '', '一、稳增长', '（一）扩大投资。实施省重点建设项目（省发展改革委牵头）。'].join('\n'));
    // Before: the second paragraph alone.
    expect(matrix.document.title).toBe('湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见');
  });

  it('joins a company\'s name that pandoc wrapped short of its grid column (`国网甘` ⏎ `肃省电力公司`)', () => {
    const grid = [
      '+-------------+-------------+-------------+-------------+',
      '| 序号        | 重点任务    | 牵头单位    | 责任单位    |',
      '+=============+=============+=============+=============+',
      '| 6           | 打造河西走  | 省能源局    | 国网甘      |',
      '|             | 廊清洁能源  |             | 肃省电力公  |',
      '|             | 基地。      |             | 司，酒泉、  |',
      '|             |             |             | 张掖市政府  |',
      '+-------------+-------------+-------------+-------------+',
      '| 7           | 推进改革。  | 省发展改革  | 省财政厅    |',
      '|             |             | 委          | 省商务厅    |',
      '+-------------+-------------+-------------+-------------+',
    ];
    const { matrix } = parseText(['某省重点工作分解表', '', ...grid].join('\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['6', ['省能源局'], ['国网甘肃省电力公司', '酒泉', '张掖市政府']],
      // A line with room left that ends a body's name is the writer's break: two units.
      ['7', ['省发展改革委'], ['省财政厅', '省商务厅']],
    ]);
  });
});

describe('a WeChat copy of a 创文 plan (probe 114)', () => {
  it('drops the byline dated `2024年05月08日 18:02`, which had been joined to the paragraph after it with a page-break warning', () => {
    const { matrix, messages } = parsed(
      [
        '关于印发《沭阳县百日攻坚行动方案》的通知',
        '原创 沭阳发布 沭阳发布 2024年05月08日 18:02 江苏',
        '',
        '点击蓝字 关注我们',
        '',
        '为进一步巩固全国文明城市创建成果，县指挥部印发《沭阳县百日攻坚行动方案》。全文如下：',
        '',
        '一、重点任务',
        '（一）交通秩序整治。开展交通秩序整治（县公安局交警大队牵头，县交通运输局配合）。',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.ruleId === 'page-break-join')).toEqual([]);
    expect(matrix.tasks.map((t) => t.lead)).toEqual([['县公安局交警大队']]);
  });
});

describe('转发 and 贯彻落实 notices (probe 118)', () => {
  it('leaves out what `<del>`, `<s>` or `<strike>` struck in a Markdown table, in a pipe cell and in an HTML table', () => {
    const pipe = ['某区落实市任务清单', '', '| 序号 | 重点任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 深化改革。 | <del>市发改委</del>区发改局 | 2024年6月底前 |', '| 2 | 清理欠款。 | <s>市经信局</s> 区经信局 | 长期坚持 |'];
    expect(parseText(pipe.join('\n'), 'markdown').matrix.tasks.map((t) => t.lead)).toEqual([['区发改局'], ['区经信局']]);
    const html = ['某区落实市任务清单', '', '<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>', '<tr><td>1</td><td>深化改革。</td><td><strike>市发改委</strike>区发改局</td></tr></table>'];
    expect(parseText(html.join('\n'), 'markdown').matrix.tasks.map((t) => t.lead)).toEqual([['区发改局']]);
  });

  it('reads a row whose own level\'s cells hold `/` as no task, without an unaccounted-marker error', () => {
    const { matrix, messages } = parsed(
      [
        '序号\t政策措施\t省级牵头单位\t县级牵头单位\t县级责任单位\t完成时限',
        '1\t加快退税进度，确保应退尽退。\t省财政厅\t县税务局\t县财政局\t2022年6月30日',
        '2\t提高资本市场融资效率，支持企业上市挂牌融资。\t四川证监局\t/\t/\t/',
      ].join('\n'),
    );
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1', ['县税务局'], ['县财政局']]]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('goes on with a notice title over a line that opens with the plan\'s period (`（2018—2020年）任务分工方案的通知`)', () => {
    const { matrix } = parsed(
      ['韶关市人民政府办公室关于印发韶关市贯彻', '落实广东省打赢蓝天保卫战实施方案', '（2018—2020年）任务分工方案的通知', '', '各县（市、区）人民政府：', '　　现印发给你们，请认真组织实施。', '一、调整优化产业结构', '（一）推进产业绿色发展。（市发展改革局牵头）'].join('\n'),
    );
    // Before: null.
    expect(matrix.document.notice).toBe('韶关市人民政府办公室关于印发韶关市贯彻落实广东省打赢蓝天保卫战实施方案（2018—2020年）任务分工方案的通知');
  });
});

describe('工作专班 and 包保 notices (probe 119) and county web pages (probe 120)', () => {
  it('reads a label whose name starts like an obligation (`要素保障专班`, `应急管理局`), which had dropped the lead in silence', () => {
    const list = tasks(['一、要素保障', '1.保障项目建设用地。（牵头单位：要素保障专班（区自然资源局）；责任单位：各镇人民政府）', '2.开展应急演练。（牵头单位：应急管理局；责任单位：各镇人民政府）'].join('\n'));
    expect(list.map((t) => t.lead)).toEqual([['要素保障专班（区自然资源局）'], ['应急管理局']]);
    // What someone must do after a label is still prose.
    expect(tasks(['一、工作要求', '1.加强领导。', '相关责任单位：要结合实际抓好落实。'].join('\n'))).toEqual([]);
  });

  it('reads `成员单位：` as support among lines that assign a 专班\'s work, not under 组织领导 nor closing a 主送 line', () => {
    const block = ['一、专班设置', '（一）重大项目谋划专班', '组　长：李志强（县委常委、常务副县长）', '牵头单位：县发展和改革委员会', '成员单位：县财政局、县统计局', '时间节点：11月底前完成项目谋划。'];
    expect(tasks(block.join('\n\n')).map((t) => [t.id, t.lead, t.support])).toEqual([['1.1', ['县发展和改革委员会'], ['县财政局', '县统计局']]]);
    const organisation = ['二、组织领导', '成立街道防汛工作指挥部，街道党工委书记任政委，办事处主任任指挥长。', '成员单位：街道党政办、街道应急办、各社区居委会。', '指挥部办公室设在街道应急办，负责防汛日常工作。'];
    expect(tasks(['一、重点任务', '（一）排查隐患。（街道应急办牵头）', ...organisation].join('\n')).map((t) => t.id)).toEqual(['1.1']);
    const { matrix } = parsed(['关于印发《宜春市2024年森林防灭火工作要点》的通知', '', '各县（市、区）森林防灭火指挥部，市森林防灭火指挥部各', '成员单位：', '现将《工作要点》印发给你们，请认真抓好落实。', '一、重点任务', '（一）排查隐患。（市应急管理局牵头）'].join('\n'));
    expect(matrix.document.recipients).toEqual(['各县（市、区）森林防灭火指挥部', '市森林防灭火指挥部各成员单位']);
  });

  it('reads 包保单位, 牵头专班 and 成员单位 columns as roles (a 包保 list had given no task at all)', () => {
    const { matrix } = parsed(['序号\t项目名称\t包保县领导\t包保单位\t完成时限', '1\t凤台经开区标准化厂房项目\t王建国\t凤台经济开发区管委会\t2025年12月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.leaders])).toEqual([['1', ['凤台经济开发区管委会'], ['王建国']]]);
    const zb = parsed(['序号\t重点任务\t牵头专班\t成员单位\t时间节点', '1\t新能源汽车产业链招商。\t新能源汽车产业链招商专班（市经信局）\t市投资促进局、市工商联\t持续推进'].join('\n'));
    expect(zb.matrix.tasks.map((t) => roles(t))).toEqual([{ lead: ['新能源汽车产业链招商专班（市经信局）'], responsible: [], support: ['市投资促进局', '市工商联'] }]);
  });

  it('drops the bar a WeChat editor sets before a heading (`▌二、工作要求`), which had hidden the number', () => {
    const list = tasks(['▌一、专班设置', '（一）项目谋划专班。（县发改委牵头）', '▌二、工作要求', '（一）加强调度。（县委督查室负责）'].join('\n'));
    expect(list.map((t) => t.id)).toEqual(['1.1', '2.1']);
  });

  it('leaves the plan\'s closing note (`以上措施中…`, `本措施自…施行`) out of its last measure, whose first sentence is no title then', () => {
    const list = tasks(
      ['一、支持民营经济', '1.加强行业协会商会党建工作，引导其发挥服务企业作用。（责任单位：县委社会工作部、县工商联）', '以上措施中，责任单位排在第一位的为牵头单位。本措施自印发之日起施行，有效期至2026年12月31日。'].join('\n'),
    );
    expect(list.map((t) => [t.id, t.title, t.text, t.lead])).toEqual([['1.1', null, '加强行业协会商会党建工作，引导其发挥服务企业作用。', ['县委社会工作部']]]);
  });
});
