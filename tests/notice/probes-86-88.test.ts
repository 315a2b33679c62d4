import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readDocx } from '../../src/read/docx.js';
import { parseText } from '../helpers/parse.js';

// Cases of the twentieth round (session 14: probes 86-88: 十五五 plans, Word files as offices leave them, the
// header and 版记 of GB/T 9704), each checked by hand against the contract (matrix-format.md).

const PLAN = ['一、重点任务', '1.推进农村改厕。（县农业农村局牵头，县卫生健康局配合）', '2.治理生活污水。（县生态环境局负责）'];

/** A Word document of one section, compiled: paragraphs and tables, each table given as rows of cell texts. */
async function parseWord(children: Array<string | string[][]>) {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({ sections: [{ children: children.map((c) => (typeof c === 'string' ? new Paragraph(c) : new Table({ rows: c.map((row) => new TableRow({ children: row.map(cell) })) }))) }] });
  return parseNotice(await readDocx(await Packer.toBuffer(doc), 'notice.docx'));
}

describe('joint signatures (probe 88)', () => {
  it('names each body of a signature a PDF paste ran into one paragraph, two on a line and one below', () => {
    const text = ['关于印发某方案的通知', '各乡镇：', '现将方案印发给你们。', '中共平江县委办公室　　　　平江县人民政府办公室', '平江县财政局', '', '　　　　　　2024年3月5日', '平江县农村人居环境整治方案', ...PLAN].join('\n');
    expect(parseText(text).matrix.document.issuer).toBe('中共平江县委办公室、平江县人民政府办公室、平江县财政局');
  });

  it('keeps a body whose long name wrapped over two lines one body', () => {
    const text = ['关于印发某方案的通知', '各乡镇：', '现将方案印发给你们。', '中共某市委全面深化改革委员会', '经济体制和生态文明体制改革专项小组', '2024年3月5日', '某市改革方案', ...PLAN].join('\n');
    expect(parseText(text).matrix.document.issuer).toBe('中共某市委全面深化改革委员会经济体制和生态文明体制改革专项小组');
  });

  it('reads every row of a borderless Word table of signatures, not the last row alone with its cells run together', async () => {
    const { matrix } = await parseWord([
      '常德市教育局 常德市财政局 常德市人力资源和社会保障局关于印发某方案的通知',
      '各区县（市）教育局：',
      '现将方案印发给你们，请认真贯彻执行。',
      [['常德市教育局', '常德市财政局'], ['', ''], ['常德市人力资源和社会保障局', '']],
      '二〇二四年五月二十日',
      '常德市义务教育能力提升实施方案',
      ...PLAN,
    ]);
    expect(matrix.document.issuer).toBe('常德市教育局、常德市财政局、常德市人力资源和社会保障局');
    expect(matrix.document.date).toBe('2024-05-20');
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2']);
  });

  it('takes no task table for a signature: the last row of a plan in a table before the date', async () => {
    const { matrix } = await parseWord(['某县重点任务分工表', [['序号', '重点任务', '牵头单位', '责任单位'], ['1', '推进农村改厕。', '县农业农村局', '县卫生健康局']], '2024年3月5日']);
    expect(matrix.document.issuer).toBeNull();
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1', ['县农业农村局']]]);
  });
});

describe('category rows copied with fewer tabs than the header has cells (a fresh user, session 14)', () => {
  const table = (category: string) =>
    ['某县2024年农村道路建设任务分工表', '序号\t重点任务\t牵头单位\t责任单位\t完成时限', category, '1\t新改建农村公路50公里\t县交通运输局\t各乡镇人民政府\t2024年11月底前', '2\t实施危桥改造5座\t县交通运输局\t县财政局\t2024年10月底前'].join('\n');
  const rows = (text: string) => parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null]);
  const expected = (parent: string) => [
    [`${parent}1`, ['县交通运输局'], ['各乡镇人民政府'], '2024年11月底前'],
    [`${parent}2`, ['县交通运输局'], ['县财政局'], '2024年10月底前'],
  ];

  it('keeps a numbered category row whole, however few its tabs (it had taken the next row: its 序号 a unit, its task the deadline)', () => {
    for (const tabs of [0, 1, 2, 3, 4]) expect(rows(table(`一、道路建设${'\t'.repeat(tabs)}`)), `${tabs} tabs`).toEqual(expected('1.'));
  });

  it('keeps a category row with no number a row, one tab after it or four (with one, the table had been lost)', () => {
    for (const tabs of [1, 2, 3, 4]) expect(rows(table(`道路建设（2项）${'\t'.repeat(tabs)}`)), `${tabs} tabs`).toEqual(expected(''));
  });

  it('still joins a row that a line break in a cell cut in two (b07), whose first line ends in text', () => {
    const text = ['某县重点任务分工表', '序号\t重点任务\t牵头单位\t责任单位', '1\t新改建农村公路', '50公里\t县交通运输局\t各乡镇人民政府'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible])).toEqual([['1', '新改建农村公路50公里', ['县交通运输局'], ['各乡镇人民政府']]]);
  });
});

describe('who interprets the plan (the README, checked by a fresh user)', () => {
  const closing = (sentence: string) => parseText(['某县防汛应急预案', '一、工作任务', '（一）加强监测预警。（县水务局牵头，县气象局配合）', '二、附则', sentence].join('\n')).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support]);

  it('makes no task of `本预案由X负责解释`', () => {
    expect(closing('本预案由县应急管理局负责解释。')).toEqual([['1.1', ['县水务局'], [], ['县气象局']]]);
  });

  it('reads `由X会同Y负责解释` as the contract\'s sentence form `由X会同Y负责` (X responsible, Y support)', () => {
    expect(closing('本预案由县应急管理局会同县水务局负责解释。')).toEqual([
      ['1.1', ['县水务局'], [], ['县气象局']],
      ['2', [], ['县应急管理局'], ['县水务局']],
    ]);
  });
});

describe('十五五 plans (probe 86)', () => {
  it('reads 第X篇 as the level above 第X章, with chapters numbered through across the 篇', () => {
    const text = [
      '某市“十五五”规划纲要主要目标任务分工方案',
      '第一篇　塑造发展新优势',
      '第一章　建设现代化产业体系（市工业和信息化局牵头，市科技局配合）',
      '第二章　深化科技创新（市科技局负责）',
      '第二篇　坚持扩大内需',
      '第三章　全面促进消费（市商务局牵头，市文化广电旅游体育局配合）',
      '第四章　深化重点领域改革',
      '第一节　深化国资国企改革。（市国资委负责）',
    ].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead, t.responsible])).toEqual([
      ['1.1', ['塑造发展新优势'], ['市工业和信息化局'], []],
      ['1.2', ['塑造发展新优势'], [], ['市科技局']],
      ['2.3', ['坚持扩大内需'], ['市商务局'], []],
      ['2.4.1', ['坚持扩大内需', '深化重点领域改革'], [], ['市国资委']],
    ]);
    // The 篇's heading is no part of the task before it.
    expect(matrix.tasks[1].text).not.toContain('坚持扩大内需');
  });

  it('takes a five-year plan\'s period closing a marker bracket as the deadline, due at the end of its last year', () => {
    const text = [
      '某市“十五五”规划纲要分工方案',
      '一、重点任务',
      '1.推进节能改造。（市发展改革委牵头，市生态环境局、市工业和信息化局、',
      '市住房城乡建设局、市交通运输局按职责分工负责，“十五五”',
      '期间持续推进）',
      '2.建设数字政府。（市数据局牵头，各有关部门配合，“十五五”时期）',
      '3.完善养老服务体系。（市民政局负责，到2030年）',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline])).toEqual([
      ['1.1', ['市发展改革委'], ['市生态环境局', '市工业和信息化局', '市住房城乡建设局', '市交通运输局'], [], { text: '“十五五”期间持续推进', due: null }],
      ['1.2', ['市数据局'], [], ['各有关部门'], { text: '“十五五”时期', due: '2030-12-31' }],
      ['1.3', [], ['市民政局'], [], { text: '到2030年', due: '2030-12-31' }],
    ]);
  });
});

describe('the 版记 (probe 88)', () => {
  it('keeps the rest of a 抄送 or 分送 list, on the lines under it, out of the last task', () => {
    const plan = ['某县农村人居环境整治方案', '一、重点任务', '1.推进农村改厕。（县农业农村局牵头，县卫生健康局配合）', '2.严格督查考核。将整治提升纳入乡镇绩效考核，实行季度通报。（县委督查室负责）', ''];
    for (const copy of [
      ['抄送：市委办公室，市人民政府办公室。', '　　　县人大常委会办公室，县政协办公室，县纪委监委，县人武部，', '县法院，县检察院。', '中共平江县委办公室　　　　　　　2024年3月6日印发'],
      ['分送：市委办公厅，市人大常委会办公厅。', '　　　市政府各位领导，市政府副秘书长，办公厅有关处室。', '　　　参会单位。'],
    ]) {
      const last = parseText([...plan, ...copy].join('\n')).matrix.tasks.at(-1)!;
      expect([last.id, last.text, last.source.endLine]).toEqual(['1.2', '严格督查考核。将整治提升纳入乡镇绩效考核，实行季度通报。', 4]);
    }
  });

  it('still reads a task after such a list: a numbered paragraph is no name of it', () => {
    const text = ['某县方案', '一、重点任务', '1.推进农村改厕。（县农业农村局负责）', '抄送：县委办公室。', '2.建设污水管网。（县住建局负责）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2']);
  });
});

describe('主办单位 after an item\'s sentence (a fresh user, session 14)', () => {
  it('names the lead when a 协办 label follows it, even where the sentence speaks of a 网站', () => {
    const text = ['某县政务公开工作要点', '一、重点任务', '（四）加强政府网站管理。主办单位：县政府办；协办单位：县融媒体中心。'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1.4', ['县政府办'], ['县融媒体中心']]]);
  });

  it('still drops a web page\'s footer: 主办单位 on a line of its own, or with the footer\'s words after it', () => {
    const text = ['某县政务公开工作要点', '一、重点任务', '（一）加强政务公开。（县政府办负责）', '主办单位：某县人民政府办公室　协办单位：某县大数据中心', '本站已发布。主办单位：某县人民政府办公室；协办单位：某县大数据中心；网站标识码：5101000001'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([['1.1', [], ['县政府办'], []]]);
  });
});

describe('copies from a phone and a gazette (probes 89 and 91)', () => {
  const PLAN_89 = ['一、工作任务', '1.开展矛盾纠纷排查。（街道综治中心负责）'];

  it('parts a joint signature set apart by one ASCII space, as WPS on a phone types it, when both are bodies', () => {
    const text = ['关于印发某方案的通知', '各村：', '现将方案印发给你们。', '中共河口乡委员会 河口乡人民政府', '2025年10月28日', '河口乡森林防灭火工作方案', ...PLAN_89].join('\n');
    expect(parseText(text).matrix.document.issuer).toBe('中共河口乡委员会、河口乡人民政府');
    // A name spaced out letter by letter stays one.
    const spaced = ['关于印发某方案的通知', '各村：', '现将方案印发给你们。', '乐 至 县 人 民 政 府', '2025年10月28日', '某方案', ...PLAN_89].join('\n');
    expect(parseText(spaced).matrix.document.issuer).toBe('乐至县人民政府');
  });

  it('drops a chat app\'s sender line above the title, and keeps a signature right under a contact line out of the last task', () => {
    const text = [
      '城南街道党政办-刘静 2025/2/27 17:47:05',
      '中共城南街道工作委员会 城南街道办事处关于做好2025年全国两会期间信访维稳工作的通知',
      '各社区党组织、居委会：',
      '现将有关事项通知如下。',
      ...PLAN_89,
      '联系人：王磊，电话：0371-6281XXXX',
      '中共城南街道工作委员会　城南街道办事处',
      '2025年2月27日',
    ].join('\n');
    const { document, tasks } = parseText(text).matrix;
    expect(document.title).toBe('中共城南街道工作委员会城南街道办事处关于做好2025年全国两会期间信访维稳工作的通知');
    expect(document.issuer).toBe('中共城南街道工作委员会、城南街道办事处');
    expect(tasks.at(-1)!.text).not.toContain('办事处');
  });

  it('drops a gazette\'s running header whose digits a PDF spaced out, above the notice\'s title', () => {
    const text = ['湖北省人民政府公报 2024 年第 6 期', '湖北省市场监督管理局', '关于印发2024年全省市场监管工作要点的通知', '鄂市监综〔2024〕15号', '各市、州市场监管局：', '现将要点印发给你们。', '2024年全省市场监管工作要点', ...PLAN_89].join('\n');
    expect(parseText(text).matrix.document.notice).toBe('湖北省市场监督管理局关于印发2024年全省市场监管工作要点的通知');
  });
});

describe('units alone in an item-final parenthesis (probe 90)', () => {
  const plan = (...items: string[]) => ['某县政府工作报告重点工作任务分解', '各项任务后括号内所列单位为责任单位，排在第一位的为牵头单位。', '一、主要目标', ...items].join('\n');

  it('reads every body a role word\'s list would take (县工商联, 番城街道, 县直有关单位, a name with its other name in brackets)', () => {
    const text = plan('1．支持民营经济发展。（县市场监管局、县税务局、县工商联）', '2．推进城市更新。（县住建局、番城街道、秀水街道）', '3．深化国资改革。（县财政局（县国资中心）、县城投集团）', '4．强化安全生产。（县应急管理局、县安委会各成员单位）', '5．扩大招商引资。（县招商服务中心、县商务局，县直有关单位）');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['县市场监管局'], ['县税务局', '县工商联']],
      ['1.2', ['县住建局'], ['番城街道', '秀水街道']],
      ['1.3', ['县财政局（县国资中心）'], ['县城投集团']],
      ['1.4', ['县应急管理局'], ['县安委会各成员单位']],
      ['1.5', ['县招商服务中心'], ['县商务局', '县直有关单位']],
    ]);
  });

  it('reads them before the item\'s full stop too, unless the bracket explains a body named just before it', () => {
    expect(parseText(plan('1．固定资产投资增长10%以上（县发展改革委、县统计局）。')).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1.1', ['县发展改革委'], ['县统计局']]]);
    expect(parseText(plan('1．按月报送进展情况，报市政府办公厅（市职转办、市营商办）。')).matrix.tasks).toEqual([]);
  });

  it('takes no note on where the document goes for units', () => {
    expect(parseText(plan('1．加强普惠金融服务。（县金融办负责）', '（此件发至二级分行）')).matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
  });
});

describe('主责 and 协同 (probe 90: a plan whose legend says 主责 for the lead)', () => {
  it('reads them as labels in a bracket and as verbs of an item-final phrase', () => {
    const text = ['某区食品安全工作方案', '一、重点任务', '1.落实属地管理责任。（主责：区食安办；协同：各镇（街道））', '2.开展校园食品安全整治。（主责：区教育局；配合：区市场监管局）', '3.整治农村集体聚餐。（区市场监管局主责，区商务局、区公安分局协同）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['1.1', ['区食安办'], [], ['各镇（街道）']],
      ['1.2', ['区教育局'], [], ['区市场监管局']],
      ['1.3', ['区市场监管局'], [], ['区商务局', '区公安分局']],
    ]);
  });

  it('leaves 协同 in prose alone', () => {
    const text = ['某区工作方案', '一、重点任务', '1.推动部门协同，形成工作合力。（区发改局负责）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([['1.1', [], ['区发改局'], []]]);
  });
});

describe('units alone in 【】 closing an item (probe 90: a web page\'s copy)', () => {
  it('reads them as the item-final parenthesis is read, a time after them as the deadline', () => {
    const text = ['清远市安全生产工作要点', '一、重点任务', '1.压实部门监管责任。严格落实“三个必须”要求。【市安委办】', '2.危险化学品专项整治。开展全链条排查。【市应急管理局，2023年6月底前】', '3.打印本页。【关闭】'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['市安委办'], null],
      ['1.2', ['市应急管理局'], '2023年6月底前'],
    ]);
  });
});

describe('units after a dash closing a numbered line (probe 90)', () => {
  it('reads names alone as responsible, and role words as in an item-final parenthesis', () => {
    const text = ['鄄城县农村人居环境整治提升方案', '一、重点任务', '（一）扎实推进农村厕所革命——县农业农村局', '（二）健全生活垃圾收运处置体系——县住建局、县综合行政执法局', '（三）整治提升村容村貌——县农业农村局牵头，各镇（街道）负责'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.title, t.lead, t.responsible])).toEqual([
      ['1.1', null, [], ['县农业农村局']],
      ['1.2', null, [], ['县住建局', '县综合行政执法局']],
      ['1.3', null, ['县农业农村局'], ['各镇（街道）']],
    ]);
  });

  it('leaves a dash inside a sentence, or before words that name no body, alone', () => {
    const text = ['某县方案', '一、重点任务', '（一）坚持问题导向——聚焦群众急难愁盼', '1.推进改厕。（县农业农村局负责）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => t.id)).toEqual(['1.1.1']);
  });
});

describe('label lines before the item\'s text (probe 90)', () => {
  it('makes one task of the units above the text and the deadline below it', () => {
    const text = ['芦淞区优化营商环境实施方案', '一、重点任务', '（一）深化“一网通办”改革', '牵头单位：区政务服务中心', '责任单位：区直各相关单位，各街道办事处、镇人民政府', '工作内容：全面推行“一网通办”，实现政务服务事项网上可办率达到100%。', '完成时限：2024年12月底', '（二）推行“证照分离”改革全覆盖', '牵头单位：区市场监管局', '工作内容：对涉企经营许可事项实行清单管理。', '完成时限：2024年10月底'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['区政务服务中心'], ['区直各相关单位', '各街道办事处', '镇人民政府'], '2024年12月底'],
      ['1.2', ['区市场监管局'], [], '2024年10月底'],
    ]);
  });

  it('still makes `#k` tasks of two paragraphs that each name units and have text of their own', () => {
    const text = ['某县方案', '一、重点任务', '（一）推进改厕。建设户厕500座。（县农业农村局负责）', '开展改厕回头看。（县卫生健康局负责）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => t.id)).toEqual(['1.1#1', '1.1#2']);
  });
});

describe('a labelled line whose list ends in 部门 or 单位 (probe 90)', () => {
  it('takes no sentence after it into its last name', () => {
    const text = ['某区方案', '一、重点任务', '（三）推行“证照分离”改革全覆盖', '牵头单位：区市场监管局', '配合单位：区直各相关审批部门', '对涉企经营许可事项实行清单管理，按照直接取消审批、审批改为备案等方式分类推进改革。'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1.3', ['区市场监管局'], ['区直各相关审批部门']]]);
  });
});

describe('an item that names leaders only (a fresh user, session 14)', () => {
  it('makes no task, and says so once (info ignored-marker), where an item with a unit keeps its leaders', () => {
    const { matrix, messages } = parseText(['某县工作方案', '一、重点任务', '（一）推进改革。', '牵头单位：县发改局', '牵头领导：副县长张三', '（二）推进改革。', '牵头领导：副县长李四'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.leaders])).toEqual([['1.1', ['县发改局'], ['副县长张三']]]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker').map((m) => [m.line, m.reason])).toEqual([
      [6, 'Item 1.2 names leaders (副县长李四) but no unit: leaders are kept only beside units, so it makes no task'],
    ]);
  });
});

describe('a notice pasted from a WeChat group with its replies (probe 89)', () => {
  it('drops the replies and the placeholders after it, and keeps a line of the notice that says 收到', () => {
    const text = [
      '关于做好两会期间信访维稳工作的通知',
      '一、工作任务',
      '1.开展矛盾纠纷排查。（街道综治中心负责）',
      '2.请各社区收到后立即部署，收到，请于3月1日前回复。（街道党政办负责）',
      '城南街道党政办-刘静 2025/2/27 17:47:33',
      '[文件] 两会期间重点人员稳控台账.xlsx',
      '收到[强]',
      '收到，信访办已开始对接各村',
      '前进社区收到👌',
    ].join('\n');
    const last = parseText(text).matrix.tasks.at(-1)!;
    expect([last.id, last.text]).toEqual(['1.2', '请各社区收到后立即部署，收到，请于3月1日前回复。']);
  });
});
