import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readCsv } from '../../src/read/csv.js';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the thirty-first round (session 24: probes 149 to 153, 政府工作报告 分工 copied from web pages, plans
// extracted from PDFs, Word 工作要点, spreadsheets of 清单, 会议纪要 and 督办 notices), and of what session 23 left
// alone, each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;
const plan = (...lines: string[]) => ['某县工作方案', ...lines].join('\n');

describe('an inline phrase whose comma was lost (session 23\'s fresh user: `县发改局牵头县财政局配合`)', () => {
  it('reads who leads and who supports with no comma, or a space, between the clauses', () => {
    const list = tasks(plan('一、重点任务', '（一）加强组织领导。（县发改局牵头县财政局配合）', '（二）做好宣传。（县发改局牵头 县财政局、县教体局配合）', '（三）做好宣传。（由县委组织部牵头县直各部门协助）'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县发改局'], responsible: [], support: ['县财政局'] }],
      ['1.2', { lead: ['县发改局'], responsible: [], support: ['县财政局', '县教体局'] }],
      ['1.3', { lead: ['县委组织部'], responsible: [], support: ['县直各部门'] }],
    ]);
  });

  it('leaves 牵头 inside a name or before prose alone', () => {
    // `牵头县` is no clause's end when no support verb closes what follows (`推动牵头县域…`), nor is a 牵头单位 label.
    const list = tasks(plan('一、重点任务', '（一）做好宣传。（牵头单位：县发改局；配合单位：县财政局）', '（二）推进改革。（县发改局牵头，县财政局配合）'));
    expect(list.map((t) => roles(t))).toEqual([
      { lead: ['县发改局'], responsible: [], support: ['县财政局'] },
      { lead: ['县发改局'], responsible: [], support: ['县财政局'] },
    ]);
  });
});

describe('a 政府工作报告 table copied from its web page, its 责任单位 over 牵头单位 and 协办单位 (probe 149)', () => {
  it('reads the sub-headers in place of 责任单位, and the deadline from 完成时间', () => {
    const { matrix } = parsed([
      '2024年市政府工作报告重点工作任务分工',
      '',
      '序号\t工作任务\t责任单位\t完成时间',
      '牵头单位\t协办单位',
      '一、坚持创新驱动，加快构建现代化产业体系\t\t\t\t',
      '1\t新增国家高新技术企业200家以上。\t市科技局\t市财政局、市税务局等\t2024年12月底',
      '2\t新建5G基站2000个。\t市数据和政务服务局\t市工业和信息化局\t2024年10月底',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1', { lead: ['市科技局'], responsible: [], support: ['市财政局', '市税务局'] }, '2024年12月底'],
      ['1.2', { lead: ['市数据和政务服务局'], responsible: [], support: ['市工业和信息化局'] }, '2024年10月底'],
    ]);
  });
});

describe('a sheet\'s rows as a converter or a clerk left them (probe 152)', () => {
  const sheet = (...rows: string[]) => parseNotice(readCsv(['序号,重点任务,牵头单位,责任单位,完成时限', ...rows].join('\n'), 'list.csv'));

  it('leaves a sign-off row (审核人, 填表人, 联系电话) out of the last task, with no finding', () => {
    const { matrix, messages } = sheet('1,加强资产管理,县财政局,县直各单位,2025年9月30日前', '2,做好宣传,县委宣传部,县融媒体中心,2025年6月30日前', ',,,,', '审核人：,,填表人：,联系电话：,', '填表人：顾小燕,审核人：陈建军,联系电话：0513-87512365,,');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.source])).toEqual([
      ['1', '加强资产管理', { line: 2, endLine: 2 }],
      ['2', '做好宣传', { line: 3, endLine: 3 }],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual([]);
  });

  it('joins a name a kept wrap cut in two inside a cell (县商 ⏎ 务局), not two whole names', () => {
    const { matrix } = sheet('1,推进产业升级,县政府办,"县经信局、县科技局、县商\n务局、县人社局",2025年12月底前', '2,建设充电设施,县发改委,"县数据资源局、国网肥西县供电\n公司",2025年12月底前', '3,做好宣传,县委宣传部,"县科协\n团县委\n县融媒体中心",2025年6月底前');
    expect(matrix.tasks.map((t) => t.responsible)).toEqual([
      ['县经信局', '县科技局', '县商务局', '县人社局'],
      ['县数据资源局', '国网肥西县供电公司'],
      ['县科协', '团县委', '县融媒体中心'],
    ]);
  });

  it('takes the numbers of a list inside a cell off its names (1. ⏎ 2., ① ②)', () => {
    const { matrix } = sheet('1,推进项目建设,市政府办,"1.市发展改革委\n2.市财政局\n3.各县区政府（管委会）",2025年12月底前', '2,做好宣传,市委宣传部,①市融媒体中心②市文广旅局,2025年6月底前');
    expect(matrix.tasks.map((t) => t.responsible)).toEqual([
      ['市发展改革委', '市财政局', '各县区政府（管委会）'],
      ['市融媒体中心', '市文广旅局'],
    ]);
  });
});

describe('a 纪要\'s decisions in the paragraph under their heading line (probe 153)', () => {
  const minutes = (...lines: string[]) => ['某县人民政府常务会议纪要', '', '现将会议议定事项纪要如下：', ...lines].join('\n');

  // (Blank lines between: each heading line a paragraph of its own, as a Word 纪要 is.)
  it('reads 责成X牵头，Y配合 and 由X负责<work>，Y配合 in the paragraph, as on the numbered line', () => {
    const list = tasks(minutes(
      '一、关于森林防灭火工作',
      '',
      '会议强调，各乡镇要严格落实属地责任。责成县应急管理局牵头，县林业局、县公安局、各乡镇人民政府配合，立即开展森林火灾隐患排查整治，清明节前完成重点林区巡查全覆盖。',
      '',
      '二、关于县城区生活垃圾焚烧发电项目',
      '',
      '会议同意项目选址于坪滩镇白庙村。由县城市管理局负责项目前期手续办理，县发展改革局、坪滩镇人民政府配合，力争10月底前开工建设。',
      '三、关于人事任免事项',
      '会议同意：任命刘晓东为县政府办公室副主任。',
    ));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['县应急管理局'], responsible: [], support: ['县林业局', '县公安局', '各乡镇人民政府'] }],
      ['2', { lead: [], responsible: ['县城市管理局'], support: ['县发展改革局', '坪滩镇人民政府'] }],
    ]);
  });

  it('keeps the helpers of `Y配合做好相关工作`, and no 请 or 责成 in a name', () => {
    const list = tasks(minutes(
      '一、关于浯溪古街改造提升项目',
      '会议原则同意改造方案。请市住房城乡建设局牵头修改完善方案，市文化旅游广电体育局、市城管局配合做好相关工作。',
      '二、关于防汛工作',
      '会议同意。责成县应急局牵头，县林业局配合，立即开展排查。',
    ));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['市住房城乡建设局'], responsible: [], support: ['市文化旅游广电体育局', '市城管局'] }],
      ['2', { lead: ['县应急局'], responsible: [], support: ['县林业局'] }],
    ]);
  });
});

describe('a PDF\'s wraps that put a number at a line\'s start (probes 150 and 151)', () => {
  // Lines of one width, as pdftotext writes a page: `建（构）` ends a line inside a word; `二、三季度` and `（三）项规定` open
  // lines in mid-sentence, and 二 and （三） are the next numbers of their styles, which had made them items.
  const notice = [
      '某县安全生产治本攻坚实施方案',
      '',
      '一、总体要求',
      '（一）目标任务。全面排查整治重大事故隐患，建立健全安',
      '全生产长效机制，确保全县安全生产形势持续稳定向好。',
      '二、重点任务',
      '（一）开展燃气隐患整治。全面排查燃气管道设施安全隐',
      '患，重点排查以下三类问题：（1）燃气管道被建（构）',
      '筑物占压，或者在管道保护范围内违规施工、堆放物品；',
      '（2）燃气管道穿越密闭空间；（3）燃气管道与其他管线',
      '间距不足。〔牵头单位：县住建局；配合单位：县应急局〕',
      '（二）强化举报核查。畅通举报渠道，并分别于每年第一、',
      '二、三季度末通报举报核查情况。依据《条例》第十条第',
      '（三）项规定告知举报人。〔牵头单位：县应急管理局；',
      '责任单位：县财政局等负有安全生产监管职责的部门〕',
      '三、保障措施',
      '（一）加强组织领导。〔责任单位：县政府办〕',
  ].join('\n');

  it('reads them as the sentence going on, each item\'s units its own', () => {
    const { matrix, messages } = parsed(notice);
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['2.1', { lead: ['县住建局'], responsible: [], support: ['县应急局'] }],
      // (`县财政局等负有安全生产监管职责的部门`: the bodies a list ends with are no name.)
      ['2.2', { lead: ['县应急管理局'], responsible: ['县财政局'], support: [] }],
      ['3.1', { lead: [], responsible: ['县政府办'], support: [] }],
    ]);
    expect(matrix.tasks[0].text).toBe('开展燃气隐患整治。全面排查燃气管道设施安全隐患，重点排查以下三类问题：（1）燃气管道被建（构）筑物占压，或者在管道保护范围内违规施工、堆放物品；（2）燃气管道穿越密闭空间；（3）燃气管道与其他管线间距不足。');
    expect(matrix.tasks[1].text).toBe('强化举报核查。畅通举报渠道，并分别于每年第一、二、三季度末通报举报核查情况。依据《条例》第十条第（三）项规定告知举报人。');
    expect(matrix.outline.map((o) => [o.id, o.children.map((c) => c.id)])).toEqual([['1', ['1.1']], ['2', ['2.1', '2.2']], ['3', ['3.1']]]);
    expect(messages.filter((m) => m.ruleId === 'repeated-number')).toEqual([]);
  });
});

describe('a PDF\'s running header at a page break (probe 150)', () => {
  it('drops the header beside a bare page number between blank lines, the name it cut made whole', () => {
    const { matrix } = parsed([
      '芦淞区城市更新三年行动工作方案',
      '一、重点任务',
      '（一）推进老旧小区改造',
      '1.完善小区治理。推动成立业主委员会或物业管理委员会。',
      '责任单位：区民政局、区住房城乡建设局、区城市管理和综',
      '',
      '2',
      '',
      '芦淞区城市更新三年行动工作方案',
      '合执法局、各街道办事处',
      '完成时间：2024年6月底',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.deadline?.text])).toEqual([['1.1.1', ['区民政局', '区住房城乡建设局', '区城市管理和综合执法局', '各街道办事处'], '2024年6月底']]);
  });

  it('drops the header printed over the plan\'s own title, which keeps its years', () => {
    const { matrix } = parsed([
      '蚌埠市人民政府办公室关于印发蚌埠市城市更新行动实施方案的通知',
      '各县、区人民政府，市政府各部门：',
      '现将《蚌埠市城市更新行动实施方案（2023—2025年）》印发给你们，请认真贯彻执行。',
      '蚌埠市人民政府办公室',
      '2023年6月8日',
      '— 1 —',
      '\f蚌埠市城市更新行动实施方案',
      '蚌埠市城市更新行动实施方案',
      '（2023—2025年）',
      '',
      '一、重点任务',
      '（一）实施老旧小区改造。（责任单位：市住房城乡建设局）',
    ].join('\n'));
    expect(matrix.document.title).toBe('蚌埠市城市更新行动实施方案（2023—2025年）');
  });
});

describe('a table copied a cell to a line, as web pages and pdftotext give it (probes 149 and 150)', () => {
  const HEADER = ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'];

  it('reads an empty cell copied as an empty line, a task of two lines, and a section\'s two headings between rows', () => {
    const { matrix } = parsed([
      '2025年市《政府工作报告》重点工作任务分解表', ...HEADER,
      '一、全力扩大有效需求',
      '1', '新签约5亿元以上项目60个以上。', '市商务局', '市投资促进中心', '2025年12月底',
      '2', '推进国家“数据要素×”试点城市建设，新建5G基站1000个。', '市数据局', '', '2025年10月底',
      '二、持续保障和改善民生', '（一）稳就业兴教育',
      '3', '城镇新增就业3.5万人。', '加快建设零工市场。', '市人社局', '各县（市、区）人民政府', '2025年12月底',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t), t.deadline?.text])).toEqual([
      ['1.1', '新签约5亿元以上项目60个以上。', { lead: ['市商务局'], responsible: ['市投资促进中心'], support: [] }, '2025年12月底'],
      ['1.2', '推进国家“数据要素×”试点城市建设，新建5G基站1000个。', { lead: ['市数据局'], responsible: [], support: [] }, '2025年10月底'],
      ['2.1.3', '城镇新增就业3.5万人。加快建设零工市场。', { lead: ['市人社局'], responsible: ['各县（市、区）人民政府'], support: [] }, '2025年12月底'],
    ]);
  });

  it('reads a table over two pages, its header repeated, its cells wrapped onto lines of their own', () => {
    const { matrix } = parsed([
      '广安市2024年农村人居环境整治提升工作方案', '一、重点任务', '（一）推进农村厕所革命。', '附件', '重点任务分工表', ...HEADER,
      '1', '新（改）建农村卫生户厕1.2万户', '市农业农村局', '市卫生健康委、市财政局，各区（市、', '县）人民政府', '2024年11月底前',
      '2', '开展农村户厕问题摸排整改“回头', '看”，动态清零问题厕所', '市农业农村局', '各区（市、县）人民政府', '2024年6月底前',
      '— 3 —', ...HEADER,
      '3', '开展村庄清洁行动', '市农业农村局', '市委宣传部、市妇联、团市委，各', '区（市、县）人民政府', '全年',
      '4', '加强传统村落保护利用', '市住房城乡建设局、市文化广电旅', '游局', '市自然资源和规划局', '2024年下半年',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1-2', { lead: ['市农业农村局'], responsible: ['市卫生健康委', '市财政局', '各区（市、县）人民政府'], support: [] }, '2024年11月底前'],
      ['2', { lead: ['市农业农村局'], responsible: ['各区（市、县）人民政府'], support: [] }, '2024年6月底前'],
      ['3', { lead: ['市农业农村局'], responsible: ['市委宣传部', '市妇联', '团市委', '各区（市、县）人民政府'], support: [] }, '全年'],
      ['4', { lead: ['市住房城乡建设局', '市文化广电旅游局'], responsible: ['市自然资源和规划局'], support: [] }, '2024年下半年'],
    ]);
  });
});

describe('a 纪要\'s run of 一是…；二是… decisions after 会议议定： (probe 153)', () => {
  it('reads 一是由X牵头，Y配合 and 二是请Z负责<work> as the item\'s one task', () => {
    const list = tasks(['某县人民政府常务会议纪要', '', '现将会议议定事项纪要如下：', '一、关于全域旅游发展', '', '会议议定：一是由县文化广电旅游体育局牵头，南昆山生态旅游区管委会配合，8月底前完成景区提升方案；二是请县交通运输局负责旅游公路提质改造工程，县财政局做好资金保障。'].join('\n'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['县文化广电旅游体育局'], responsible: ['县交通运输局'], support: ['南昆山生态旅游区管委会'] }]]);
  });
});

describe('a 督办清单\'s 承办单位（责任人） cell (probe 153)', () => {
  it('takes the person off a unit whose name holds brackets, the person on a line of its own', () => {
    const { matrix } = parseNotice(readCsv(['序号,议定事项,承办单位（责任人）,协办单位,办结时限', '1,推进城区人防工程建设。,"县住房城乡建设局（县人防办）\n（孙立平）","县交通运输局、城关镇人民政府",2025年6月30日前', '2,推进水库除险加固。,县水利局（王国庆）,县财政局,2025年5月31日前'].join('\n'), 'duban.csv'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.leaders])).toEqual([
      ['1', ['县住房城乡建设局（县人防办）'], ['孙立平']],
      ['2', ['县水利局'], ['王国庆']],
    ]);
  });
});

describe('a township\'s times, a page number in full-width digits, 〔〕 in a collective (probes 154 and 156)', () => {
  it('reads the time closing a marker bracket as its deadline: 5.31前完成, 汛期内, 森林防火期内, 6—11月', () => {
    const list = tasks(plan('一、工作任务',
      '（一）清理河道。（责任单位：水利站；配合单位：各村（社区），5.31前完成）',
      '（二）巡查堤防。（责任单位：自然资源所、各村（社区），汛期内）',
      '（三）管控火源。（责任单位：林业站、派出所，森林防火期内）',
      '（四）排查隐患。（牵头单位：县安委办；责任单位：县安委会各成员单位，6—11月）',
    ));
    expect(list.map((t) => [t.id, [...t.lead, ...t.responsible, ...t.support], t.deadline?.text])).toEqual([
      ['1.1', ['水利站', '各村（社区）'], '5.31前完成'],
      ['1.2', ['自然资源所', '各村（社区）'], '汛期内'],
      ['1.3', ['林业站', '派出所'], '森林防火期内'],
      ['1.4', ['县安委办', '县安委会各成员单位'], '6—11月'],
    ]);
  });

  it('drops a page number in full-width digits (－４－) inside a list the page break cut', () => {
    const list = tasks(plan('一、工作任务', '（一）加强村医队伍建设。（责任单位：县卫健局、', '', '－４－', '', '各乡镇卫生院）'));
    expect(list.map((t) => t.responsible)).toEqual([['县卫健局', '各乡镇卫生院']]);
  });

  it('keeps 各市〔州〕、县〔市、区〕人民政府 one collective, as with （）', () => {
    const list = tasks(plan('一、工作任务', '1.推进不动产登记便利化。（省自然资源厅牵头，各市〔州〕、县〔市、区〕人民政府负责）'));
    expect(list.map((t) => roles(t))).toEqual([{ lead: ['省自然资源厅'], responsible: ['各市〔州〕、县〔市、区〕人民政府'], support: [] }]);
  });
});

describe('a provincial plan\'s brackets and its closing article (probe 154)', () => {
  it('reads the units before a drafter\'s remark in the bracket, and leaves the remark out', () => {
    const list = tasks(plan('一、重点任务',
      '1.支持企业技术改造。（市工业和信息化局、市财政局负责，各县（市、区）参照执行）',
      '2.引进高层次人才。（市人力资源社会保障局、市财政局负责，所需资金从人才发展专项资金中列支）',
      '3.扩大消费。（省商务厅牵头，省财政厅配合，各地可结合实际出台配套政策）',
      '4.加快老旧小区改造。（市住房城乡建设局负责，各区县结合实际抓好落实）',
      '5.落实属地责任。（按照属地管理原则，各区县（市）人民政府，常德经开区管委会负责）',
      '6.治理重点河段。（市生态环境局牵头，涉及的县（市、区）政府负责）',
    ));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['市工业和信息化局', '市财政局'], support: [] }],
      ['1.2', { lead: [], responsible: ['市人力资源社会保障局', '市财政局'], support: [] }],
      ['1.3', { lead: ['省商务厅'], responsible: [], support: ['省财政厅'] }],
      ['1.4', { lead: [], responsible: ['市住房城乡建设局'], support: [] }],
      ['1.5', { lead: [], responsible: ['各区县（市）人民政府', '常德经开区管委会'], support: [] }],
      ['1.6', { lead: ['市生态环境局'], responsible: ['涉及的县（市、区）政府'], support: [] }],
    ]);
  });

  it('does not run the closing article into a deadline of no date across a page break', () => {
    const { matrix, messages } = parsed(plan('一、重点任务', '1.健全工作机制。各责任单位要每季度报送工作进展情况。', '责任单位：市经济和信息化局', '完成时限：每季度', '', '— 5 —', '', '　　本措施自印发之日起施行，有效期至2026年12月31日。'));
    expect(matrix.tasks.map((t) => t.deadline)).toEqual([{ text: '每季度', due: null }]);
    expect(messages.filter((m) => m.ruleId === 'page-break-join')).toEqual([]);
  });
});

describe('notices as Markdown from online editors and pandoc (probe 155)', () => {
  const md = (text: string) => parseText(text, 'markdown');

  it('reads an item\'s number after a task list\'s box, and bodies mentioned with @', () => {
    const { matrix } = md([
      '# 某县2025年优化营商环境工作要点', '', '## 一、提升政务服务效能', '',
      '- [x] 1. 上线企业信息变更“一件事”集成服务 ✅ 2025-03-28',
      '    - 牵头单位：@县行政服务中心管委会',
      '    - 配合单位：@县市场监管局 @县税务局',
      '- [ ] 2. 推行涉企行政检查“扫码入企”',
      '    - 牵头单位：@县司法局 @周晓峰',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t)])).toEqual([
      ['1.1', '上线企业信息变更“一件事”集成服务', { lead: ['县行政服务中心管委会'], responsible: [], support: ['县市场监管局', '县税务局'] }],
      ['1.2', '推行涉企行政检查“扫码入企”', { lead: ['县司法局'], responsible: [], support: [] }],
    ]);
  });

  it('reads the note on leads from a footnote at the document\'s end, after its 版记, and no reference in a name', () => {
    const { matrix } = md([
      '# 某县工作方案', '', '## 一、重点任务', '',
      '1\\. 推进审批改革。（县行政审批局、县市场监管局负责）', '',
      '+------+--------------+--------------------------------+------------+',
      '| 序号 | 任务         | 责任单位[^1]                   | 完成时限   |',
      '+======+==============+================================+============+',
      '| 1    | 推行一网通办 | 县财政局、县国有资产服务中心[^2] | 2025年6月  |',
      '+------+--------------+--------------------------------+------------+',
      '', '抄送：县委各部门。', '', '某县人民政府办公室　　2024年3月18日印发', '',
      '[^1]: 排在第一位的为牵头单位。', '', '[^2]: 县国有资产服务中心已更名，下同。',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t)])).toEqual([
      ['1.1', '推进审批改革。', { lead: ['县行政审批局'], responsible: ['县市场监管局'], support: [] }],
      ['1.1.1', '推行一网通办', { lead: ['县财政局'], responsible: ['县国有资产服务中心'], support: [] }],
    ]);
  });
});

describe('a street office\'s 由 sentences naming its communities and villages (probe 156)', () => {
  it('reads named communities, villages, 团工委 and 妇联 as bodies, and the helpers after 由X会同Y负责', () => {
    const list = tasks(plan('一、重点任务',
      '（一）改善人居环境。由社区建设办牵头，温泉社区、永安社区、十字街社区负责。',
      '（二）发展特色产业。由农业服务中心负责，钱冲村、龙潭村、三元村配合。',
      '（三）关爱留守儿童。由团工委、妇联负责，各社区配合。',
      '（四）整治占道经营。由城建办会同城管中队负责，各社区配合。',
    ));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['社区建设办'], responsible: ['温泉社区', '永安社区', '十字街社区'], support: [] }],
      ['1.2', { lead: [], responsible: ['农业服务中心'], support: ['钱冲村', '龙潭村', '三元村'] }],
      ['1.3', { lead: [], responsible: ['团工委', '妇联'], support: ['各社区'] }],
      ['1.4', { lead: [], responsible: ['城建办'], support: ['城管中队', '各社区'] }],
    ]);
  });
});

describe('a Word text whose numbers WPS lost, its labels alone indented (probe 156)', () => {
  // tests/notice/fixtures/township-wps-numbers-lost.txt: the first 37 lines of probe 156's 07, a township's plan whose
  // measures under 三、工作措施 (lines 30, 33, 34) lost their numbers; its labels and headings are indented, its
  // measures not, and no line wraps (line 33 is 106 characters). Line 34 had run into line 33.
  it('keeps each measure a paragraph of its own: no wrap to join them across', () => {
    const { matrix } = parsed(readFileSync('tests/notice/fixtures/township-wps-numbers-lost.txt', 'utf8'));
    expect(matrix.tasks.map((t) => [t.id, t.source.line, roles(t), t.deadline?.text])).toEqual([
      ['3#1', 30, { lead: [], responsible: ['党政办', '林业站'], support: [] }, '2月底前'],
      ['3#2', 33, { lead: [], responsible: ['林业站', '派出所', '各村（社区）'], support: [] }, '森林防火期内'],
      ['3#3', 34, { lead: ['应急办'], responsible: [], support: ['林业站', '国网平江县供电公司加义供电所'] }, '2021年3月31日前'],
    ]);
  });
});

describe('a deadline after a 责任人, and 同上 under a heading row (probes 156 and 152)', () => {
  it('reads a time after the people who answer for a task as its deadline, not a leader', () => {
    const list = tasks(plan('一、工作任务', '（一）推进高标准农田建设。（责任股室：农田建设管理股；责任人：王磊；每月5日前）', '（二）开展巡查。（责任单位：党政办；包片领导：王涛，3月底前完成）'));
    expect(list.map((t) => [t.id, t.responsible, t.leaders, t.deadline?.text])).toEqual([
      ['1.1', ['农田建设管理股'], ['王磊'], '每月5日前'],
      ['1.2', ['党政办'], ['王涛'], '3月底前完成'],
    ]);
  });

  it('reads 同上 under a heading row as the last value its column wrote', () => {
    const { matrix } = parseNotice(readCsv(['序号,重点任务,牵头单位,完成时限', '一、产业发展,,,', '1,建设产业园,县经信局,2025年底前', '二、乡村建设,,,', '2,改造农村公路,县交通局,同上'].join('\n'), 'list.csv'));
    expect(matrix.tasks.map((t) => [t.id, t.deadline?.text])).toEqual([
      ['1.1', '2025年底前'],
      ['2.2', '2025年底前'],
    ]);
  });
});
