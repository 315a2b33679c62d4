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

describe('a 任务分解表 copied from Excel as tab-separated text, with category rows that carry no number (probe 71)', () => {
  const table = (category: string) =>
    [
      '某县2023年重点工作任务分解表',
      '序号\t目标任务\t牵头县领导\t牵头责任单位\t协同责任单位\t完成时限',
      `${category}\t\t\t\t\t`,
      '1\t全年实施亿元以上重点项目150个以上。\t刘  庆\t县发改委\t县财政局\t2023年12月底',
      '2\t谋划储备重大项目200个以上。\t刘  庆\t县发改委\t县财政局\t2023年12月底',
      '民生保障（2项）\t\t\t\t\t',
      '3\t新增城镇就业3000人。\t张  强\t县人社局\t县财政局\t2023年12月底',
    ].join('\n');
  const expected = [
    ['1', ['县发改委'], ['县财政局'], '2023年12月底'],
    ['2', ['县发改委'], ['县财政局'], '2023年12月底'],
    ['3', ['县人社局'], ['县财政局'], '2023年12月底'],
  ];

  it('reads the rows under a long category right after the header (the table had not been found: three `#k` tasks)', () => {
    expect(parseText(table('坚持项目为王，全力扩大有效投资（4项）')).matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text])).toEqual(expected);
  });

  it('keeps a category out of the row above it (it had been read as the rest of its deadline: `2023年12月底\\n民生保障（2项）`)', () => {
    expect(parseText(table('项目建设')).matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text])).toEqual(expected);
  });
});

describe('a two-row header whose first row is narrower (Word saved as plain text: probe 71)', () => {
  it('lets 责任单位 span the two columns its sub-headers fill, so that 完成时限 keeps its column', () => {
    const text = [
      '某县2023年重点工作任务分解表',
      '序号\t目标任务\t包抓县级领导\t责任单位\t完成时限',
      '\t\t\t牵头单位\t配合单位\t',
      '1\t全年实施重点项目160个。\t罗志刚\t县发改局\t县统计局、各镇人民政府\t2023年12月底',
      '2\t做好防汛准备。\t王海燕\t县水利局\t县气象局\t6月底前完成汛前准备',
      '全年',
      '3\t创建省级食品安全示范县。\t王海燕\t县市场监管局\t县农业农村局\t2023年11月底前',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text])).toEqual([
      ['1', ['县发改局'], ['县统计局', '各镇人民政府'], '2023年12月底'],
      ['2', ['县水利局'], ['县气象局'], '6月底前完成汛前准备\n全年'],
      ['3', ['县市场监管局'], ['县农业农村局'], '2023年11月底前'],
    ]);
  });
});

describe('a 序号 and a task cell merged down over rows that each name their units and deadline (probe 71)', () => {
  it('gives each row a task of its own (`2.9`, `2.9-2`), its units with its deadline, as a merged cell belongs to each row', () => {
    const md = [
      '# 某县2016年重点工作任务分解表',
      '',
      '<table><tr><td>序号</td><td>重点工作</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>',
      '<tr><td>1</td><td>推进脱贫攻坚。</td><td>县扶贫办</td><td>各乡镇人民政府</td><td>2016年12月底前</td></tr>',
      '<tr><td rowspan="2">2</td><td rowspan="2">加快农村基础设施建设。</td><td>县交通运输局</td><td>县扶贫办</td><td>2016年10月底前</td></tr>',
      '<tr><td>县水务局</td><td>县卫计局</td><td>2016年9月底前</td></tr></table>',
    ].join('\n');
    const { matrix, messages } = parseText(md, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.text])).toEqual([
      ['1', '推进脱贫攻坚。', ['县扶贫办'], ['各乡镇人民政府'], '2016年12月底前'],
      ['2', '加快农村基础设施建设。', ['县交通运输局'], ['县扶贫办'], '2016年10月底前'],
      ['2-2', '加快农村基础设施建设。', ['县水务局'], ['县卫计局'], '2016年9月底前'],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['repeated-number']);
    // The `-2` row and its warning stand on its own line, not on the merged cell's first row (probe 73).
    expect(matrix.tasks.map((t) => t.source.line)).toEqual([4, 5, 6]);
    expect(messages.map((m) => m.line)).toEqual([6]);
  });
});

describe('web-page copies of plans (probe 72)', () => {
  it('reports a bracket that is a note on the tasks below as info, not as an unaccounted marker (an error: exit 1)', () => {
    const text = ['某市电子商务发展实施方案', '一、重点任务', '（以下各项任务均需各县（市、区）人民政府负责落实，不再一一列出）', '（一）完善基础设施', '1.建设电子商务产业园区。（牵头单位：市商务局；配合单位：市国土资源局）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([['1.1.1', ['市商务局'], [], ['市国土资源局']]]);
    expect(messages.map((m) => [m.ruleId, m.fatal, m.line])).toEqual([['ignored-marker', undefined, 3]]);
  });

  it('reads `X负责落实` after a label\'s names as X responsible, not as a name ending in 负责落实', () => {
    const text = ['某市电子商务实施方案', '一、重点任务', '1.建设产业园区。（牵头单位：市商务局；配合单位：市国土资源局、市规划局，各县（市、区）人民政府负责落实）', '2.发展农村电商。（牵头单位：市商务局；责任单位：市财政局、各县（市、区）政府负责落实）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['1.1', ['市商务局'], ['各县（市、区）人民政府'], ['市国土资源局', '市规划局']],
      ['1.2', ['市商务局'], ['市财政局', '各县（市、区）政府'], []],
    ]);
  });
});

describe('the page around a plan copied from a 信息公开 page (probe 72)', () => {
  it('reads the 发文字号 of a metadata table copied with no colons (`文    号 澄政办发〔2021〕17号 主 题 词 …`)', () => {
    const text = [
      '澄城县人民政府办公室关于印发澄城县2021年城乡环境卫生整治工作方案的通知',
      '',
      '索 引 号 11610525016110473R/2021-00097 成文日期 2021-04-13',
      '发布机构 澄城县人民政府办公室 发布日期 2021-04-16',
      '文    号 澄政办发〔2021〕17号 主 题 词 城乡 环境卫生 整治 方案',
      '',
      '各镇人民政府，县政府各工作部门：',
      '现将方案印发给你们，请认真贯彻落实。',
      '',
      '一、整治任务',
      '（一）清理垃圾。（县住建局牵头，各镇人民政府配合）',
    ].join('\n');
    const { document } = parseText(text).matrix;
    expect([document.docNumber, document.recipients]).toEqual(['澄政办发〔2021〕17号', ['各镇人民政府', '县政府各工作部门']]);
  });

  it('leaves out the numbered list of related links under the page\'s buttons (`相关解读：` ⏎ `1.《…》政策解读`)', () => {
    const text = [
      '某市电子商务发展行动计划',
      '一、重点任务',
      '（一）建设产业园区。（牵头单位：市商务局）',
      '（二）强化督导考核。将电子商务发展纳入年度目标考核。',
      '',
      '　　　　　　【打印】　　【关闭】',
      '相关解读：',
      '1.《某市电子商务发展行动计划》政策解读',
      '2.图解：某市电子商务发展行动计划',
      '主办单位：某市人民政府办公厅　　承办单位：某市信息化中心　　冀ICP备05003421号',
    ].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.outline.map((i) => [i.id, i.children.map((c) => [c.id, c.children.length])])).toEqual([['1', [['1.1', 0], ['1.2', 0]]]]);
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['市商务局']]]);
  });
});

describe('a cell of labelled lines whose second line a plain-text copy put on a line of its own (probe 71)', () => {
  it('reads both labels into the row, and reports no unaccounted marker for the line the row took in', () => {
    const text = ['2023年重点任务分解表', '', '序号\t重点任务\t责任县领导\t责任单位\t完成时限', '1\t任务甲。\t张三\t牵头单位：县水利局', '责任单位：县林业局、县财政局\t2023年12月底'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text])).toEqual([['1', ['县水利局'], ['县林业局', '县财政局'], '2023年12月底']]);
    expect(messages).toEqual([]);
  });
});

describe('a problem with one measure after problems with several (a 整改方案, probe 73)', () => {
  it('gives the block of markers to the problem, as the problems before it took theirs, not to its one `①` measure', () => {
    const text = [
      '某县自然资源局巡察整改方案',
      '三、整改任务',
      '（一）落实政治责任方面',
      '1．学习贯彻不深入。',
      '整改措施：',
      '①制定学习计划。',
      '②开展专题研讨。',
      '责任领导：王　强',
      '责任单位：办公室',
      '整改时限：2023年10月底前',
      '（二）落实组织路线方面',
      '2．年轻干部培养力度不够。',
      '整改措施：',
      '①制定年轻干部培养计划。',
      '责任领导：钟建国',
      '责任单位：人事股',
      '整改时限：2023年12月底前',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.responsible, t.deadline?.text])).toEqual([
      ['3.1.1', ['办公室'], '2023年10月底前'],
      ['3.2.2', ['人事股'], '2023年12月底前'],
    ]);
  });

  it('still gives the block to a single sub-item when no item before closed a run so', () => {
    const text = ['某县工作方案', '一、重点任务', '（一）加强组织领导', '1.成立工作专班。', '牵头单位：县发改局'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1.1', ['县发改局']]]);
  });
});

describe('provincial and city 实施意见 (probe 76)', () => {
  it('reads the clauses of a bracket that closes with the note on leads, and applies the note', () => {
    const text = [
      '某市实施意见',
      '一、重点任务',
      '（一）加快5G网络建设。（市经信局、市通信发展管理办公室，各县市区人民政府按职责分工负责，排在第一位的为牵头单位，下同）',
      '（二）推进数据中心建设。（市发改委、市经信局按职责分工负责）',
      '（三）加快工业互联网。（市经信局牵头，市科技局配合。排在第一位的为牵头单位）',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['1.1', ['市经信局'], ['市通信发展管理办公室', '各县市区人民政府'], []],
      ['1.2', ['市发改委'], ['市经信局'], []],
      ['1.3', ['市经信局'], [], ['市科技局']],
    ]);
  });

  it('reads 市直牵头单位 as this city\'s lead label, and 省直责任单位 as another level\'s (context), never `市直` as a unit', () => {
    const text = ['某市实施方案', '一、重点任务', '（一）推进甲。（市直牵头单位：市发展改革委；市直责任单位：市财政局、市税务局）', '（二）推进乙。（省直责任单位：省财政厅；市直责任单位：市财政局）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['市发展改革委'], ['市财政局', '市税务局']],
      ['1.2', [], ['市财政局']],
    ]);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['ignored-marker', 4]]);
  });
});

describe('lines with trailing tabs above a table (a sheet copied from Excel, its title in the first cell)', () => {
  it('keeps the notice\'s header lines text: only right under a row is a line and its empty cells a row', () => {
    const text = ['某县人民政府办公室\t\t', '关于印发某县实施方案的通知\t\t', '', '各乡镇人民政府，县直各部门：\t\t', '现将方案印发给你们。\t\t', '', '一、重点任务\t\t', '（一）推进甲。（县发改局牵头，县财政局配合）\t\t'].join('\n');
    const { document } = parseText(text).matrix;
    expect([document.title, document.notice, document.recipients]).toEqual(['某县实施方案', '某县人民政府办公室关于印发某县实施方案的通知', ['各乡镇人民政府', '县直各部门']]);
  });
});

describe('older notices of the north and west (probe 77)', () => {
  it('reads a time in full-width digits closing an inline bracket, and one after an oversight clause', () => {
    const text = ['尚志市2012年食品安全工作方案', '一、重点任务', '１．健全监管体系。（各乡镇人民政府负责，市食安办指导，２０１２年６月底前完成）', '２．完善应急机制。（市卫生局、市食安办按照职责分工负责，９月底前完成）。'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.deadline])).toEqual([
      ['1.1', ['各乡镇人民政府'], { text: '２０１２年６月底前完成', due: '2012-06-30' }],
      ['1.2', ['市卫生局', '市食安办'], { text: '９月底前完成', due: '2012-09-30' }],
    ]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('reads 自治区牵头部门 beside a 盟\'s own 盟牵头单位 as another level\'s column (context)', () => {
    const text = ['兴安盟行政公署办公室关于印发放管服改革任务分工的通知', '序号\t工作任务\t自治区牵头部门\t盟牵头单位\t盟配合单位\t完成时限', '1\t全面梳理公布权责清单。\t自治区编办\t盟编办\t盟法制办\t2018年6月底前'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1', ['盟编办'], ['盟法制办']]]);
  });
});

describe('a web page\'s table copied from the browser (probe 77)', () => {
  const header = ['某区2014年政府工作报告重点工作分解', '序号\t目标任务\t责任领导\t牵头单位\t责任（配合）单位\t完成时限'];
  const read = (...rows: string[]) => parseText([...header, ...rows].join('\n')).matrix.tasks.map((t) => [t.id, t.leaders, t.lead, t.responsible, t.deadline?.text ?? null]);

  it('gives the rows under a 责任领导 merged over them (one cell short each) the leader above, not the next row as their rest', () => {
    expect(read('1\t地区生产总值增长10%。\t马志军\t区发改局\t区财政局、区统计局\t2014年12月', '2\t实施重点项目80个。\t区发改局\t区直有关部门，各乡镇人民政府\t2014年12月', '3\t加快工业园区建设。\t清水河工业园区管委会\t区住建局\t2014年10月')).toEqual([
      ['1', ['马志军'], ['区发改局'], ['区财政局', '区统计局'], '2014年12月'],
      ['2', ['马志军'], ['区发改局'], ['区直有关部门', '各乡镇人民政府'], '2014年12月'],
      ['3', ['马志军'], ['清水河工业园区管委会'], ['区住建局'], '2014年10月'],
    ]);
  });

  it('ends a row whose empty last cells the copy left out at the next row\'s number', () => {
    expect(read('1\t任务甲。\t马志军\t区发改局\t区财政局\t2014年12月', '2\t任务乙。\t张三\t区住建局', '3\t任务丙。\t李四\t区交通局\t区公安局\t2014年6月')).toEqual([
      ['1', ['马志军'], ['区发改局'], ['区财政局'], '2014年12月'],
      ['2', ['张三'], ['区住建局'], [], null],
      ['3', ['李四'], ['区交通局'], ['区公安局'], '2014年6月'],
    ]);
  });

  it('gives rows under a 责任领导 and a 牵头单位 merged over them (two cells short) both cells above (probe 99)', () => {
    expect(read('1\t新认定高新技术企业150家。\t沈慧\t市科技局\t市财政局、市税务局\t2024年12月底', '2\t建设国际科创园。\t张家港经开区、张家港高新区\t2024年12月底', '3\t实施智能化改造。\t顾建平\t市工信局\t市数据局\t2024年12月底')).toEqual([
      ['1', ['沈慧'], ['市科技局'], ['市财政局', '市税务局'], '2024年12月底'],
      // It had read the deadline as the lead, the units as leaders, and no deadline.
      ['2', ['沈慧'], ['市科技局'], ['张家港经开区', '张家港高新区'], '2024年12月底'],
      ['3', ['顾建平'], ['市工信局'], ['市数据局'], '2024年12月底'],
    ]);
  });

  it('reads a two-row header whose second line holds only the sub-headers of one cell, as a browser copies it (probe 102)', () => {
    const tasks = parseText(['某市方案', '类别\t序号\t重点任务\t责任分工\t完成时限', '责任领导\t牵头单位\t配合单位', '开办企业\t1\t全面推行企业开办。\t李建华\t市行政审批服务局\t市市场监管局\t2019年6月底前', '开办企业\t2\t推广电子营业执照。\t李建华\t市行政审批服务局\t市大数据局\t2019年12月底前'].join('\n')).matrix.tasks;
    // Every row had read one column off: the lead from 配合单位, the support from 完成时限, no deadline.
    expect(tasks.map((t) => [t.id, t.leaders, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['1', ['李建华'], ['市行政审批服务局'], ['市市场监管局'], '2019年6月底前'],
      ['2', ['李建华'], ['市行政审批服务局'], ['市大数据局'], '2019年12月底前'],
    ]);
  });

  it('gives rows under a 类别 and a 责任领导 merged over them (the number first, or the 类别 opening with its number) the cells above (probe 102)', () => {
    const tasks = parseText(['某市方案', '类别\t序号\t重点任务\t责任领导\t牵头单位\t配合单位\t完成时限',
      '开办企业\t1\t推行一窗通办。\t李建华\t市行政审批服务局\t市市场监管局\t2019年6月底前',
      '2\t推广电子营业执照。\t市市场监管局\t市大数据局\t2019年12月底前',
      '办理建筑许可\t3\t深化审批制度改革。\t市住房城乡建设局\t市自然资源和规划局\t2019年6月底前',
      '4\t推行联合测绘。\t王明\t市自然资源和规划局\t市住房城乡建设局\t2019年9月底前'].join('\n')).matrix.tasks;
    expect(tasks.map((t) => [t.id, t.leaders, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['1', ['李建华'], ['市行政审批服务局'], ['市市场监管局'], '2019年6月底前'],
      ['2', ['李建华'], ['市市场监管局'], ['市大数据局'], '2019年12月底前'],
      ['3', ['李建华'], ['市住房城乡建设局'], ['市自然资源和规划局'], '2019年6月底前'],
      ['4', ['王明'], ['市自然资源和规划局'], ['市住房城乡建设局'], '2019年9月底前'],
    ]);
  });

  it('takes a task column before the last (测评项目) for a category that a merged cell may span (probe 102, a Markdown pipe table)', () => {
    const notice = ['# 某市文明城市创建任务分工', '', '| 序号 | 测评项目 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |', '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 公共秩序 | 整治交通秩序。 | 市公安局 | 市城管执法局 | 2023年5月底前 |',
      '| 2 | 规范农贸市场经营秩序。 | 市市场监管局 | 市商务局 | 2023年6月底前 |'].join('\n');
    const tasks = parseText(notice, 'markdown').matrix.tasks;
    // Row 2's lead had been taken from row 1 (市公安局), the 牵头单位 cell read as the one merged.
    expect(tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['1', ['市公安局'], ['市城管执法局'], '2023年5月底前'],
      ['2', ['市市场监管局'], ['市商务局'], '2023年6月底前'],
    ]);
  });

  it('gives a row under a merged 责任领导 and 完成时限 (the leader and the time left out) the cells above', () => {
    expect(read('1\t任务甲。\t马志军\t区发改局\t区财政局\t2014年12月', '2\t任务乙。\t区住建局\t区公安局', '3\t任务丙。\t李四\t区交通局\t区公安局\t2014年6月')).toEqual([
      ['1', ['马志军'], ['区发改局'], ['区财政局'], '2014年12月'],
      ['2', ['马志军'], ['区住建局'], ['区公安局'], '2014年12月'],
      ['3', ['李四'], ['区交通局'], ['区公安局'], '2014年6月'],
    ]);
  });
});
