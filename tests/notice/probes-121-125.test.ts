import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-eighth round (session 21: probes 121 to 125, 整改方案, township notices, Excel task tables, the
// 分工 of provinces and ministries, older GB18030 notices, and a fresh user's), each checked by hand against the
// contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;
const plan = (...lines: string[]) => ['某县工作方案', ...lines].join('\n');

describe('a bracket that names who acts in words a unit name does not hold (a fresh user\'s)', () => {
  it('reads `（X抓落实）` as X responsible, not a unit `X抓`', () => {
    const list = tasks(plan('一、开展宣传。（县林业局抓落实）', '二、报送进展。（县林业局、县公安局抓好落实）'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: [], responsible: ['县林业局'], support: [] }],
      ['2', { lead: [], responsible: ['县林业局', '县公安局'], support: [] }],
    ]);
  });

  it('reads a bracket naming who oversees (`（市政府督查室负责督办）`) as no unit, and says so', () => {
    const { matrix, messages } = parsed(plan('一、报送进展。（市政府督查室负责督办）', '二、开展宣传。（县林业局督办）', '三、加强管理。（县林业局）'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([['3', ['县林业局']]]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker').map((m) => m.line)).toEqual([2, 3]);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  });
});

describe('labels a fresh user met (`实施单位`, `主管部门`, `时间`) and `/` between units', () => {
  it('reads 实施单位 and 主管部门 in a bracket as responsible', () => {
    const list = tasks(plan('一、实施造林工程。（实施单位：县林业局、各乡镇人民政府）', '二、加强管理。（主管部门：县林业局）'));
    expect(list.map((t) => [t.id, t.responsible])).toEqual([
      ['1', ['县林业局', '各乡镇人民政府']],
      ['2', ['县林业局']],
    ]);
  });

  it('reads `时间：` after another label as the deadline, and not `会议时间：` alone', () => {
    const list = tasks(plan('一、整治。（牵头单位：县林业局；时间：2024年12月底前）', '二、召开会议。会议时间：2024年3月。', '三、整治。', '责任单位：县林业局　　时间：2024年6月'));
    expect(list.map((t) => [t.id, t.lead, t.responsible, t.deadline])).toEqual([
      ['1', ['县林业局'], [], { text: '2024年12月底前', due: '2024-12-31' }],
      ['3', [], ['县林业局'], { text: '2024年6月', due: '2024-06-30' }],
    ]);
  });

  it('splits `县林业局/各乡镇人民政府` into two units', () => {
    const list = tasks(plan('一、整治。（责任单位：县林业局/各乡镇人民政府）'));
    expect(list[0].responsible).toEqual(['县林业局', '各乡镇人民政府']);
  });
});

describe('a township\'s bodies in a 由 sentence (probe 122)', () => {
  it('reads 乡妇联, 派出所, 镇中心学校, 镇直各单位 and a station named with its place', () => {
    const list = tasks(
      plan(
        '一、开展评比。一是开展创建评比，由乡妇联负责；二是整治乱搭乱建，由乡自然资源所负责。',
        '二、巡逻。由派出所负责。',
        '三、宣传。由镇中心学校负责，镇直各单位配合。',
        '四、检查。由白马派出所牵头，镇科协配合。',
        '五、管理。加强公共场所管理，由经营场所负责。',
      ),
    );
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: [], responsible: ['乡妇联', '乡自然资源所'], support: [] }],
      ['2', { lead: [], responsible: ['派出所'], support: [] }],
      ['3', { lead: [], responsible: ['镇中心学校'], support: ['镇直各单位'] }],
      ['4', { lead: ['白马派出所'], responsible: [], support: ['镇科协'] }],
    ]);
  });
});

describe('a deadline that names no time of the calendar, under a run-in item (probe 122: a township\'s Word paste)', () => {
  it('ends at its line: the next indented paragraph is not its value', () => {
    const list = tasks(
      plan(
        '　　第三，强化科技监控。用好视频监控系统，调度属地村处置。',
        '　　责任单位：镇生态环境办　　责任人：陈晓东　　完成时限：禁烧期间',
        '　　第四，推进秸秆综合利用。大力推广秸秆机械化粉碎还田。',
        '　　牵头单位：镇农业综合服务站　　责任单位：各村（社区）　　配合单位：镇农机站　　责任人：李明　　完成时限：6月20日前',
      ),
    );
    expect(list.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['#1', { lead: [], responsible: ['镇生态环境办'], support: [] }, '禁烧期间'],
      ['#2', { lead: ['镇农业综合服务站'], responsible: ['各村（社区）'], support: ['镇农机站'] }, '6月20日前'],
    ]);
  });
});

describe('a time in a bracket of its own after the item\'s bracket (probe 124: a Jiangxi 分工方案)', () => {
  it('is the deadline of the phrase or names before it, and leaves the text', () => {
    const list = tasks(
      plan(
        '一、重点任务',
        '　　1.深入开展项目大会战，完成年度投资1.6万亿元以上。（省发展改革委、省财政厅、省自然资源厅）（持续推进）',
        '　　2.加快重大交通项目建设。（省交通运输厅牵头，省发展改革委、中国铁路南昌局集团有限公司按职责分工负责）（2023年底前）',
        '　　3.推动建设。（牵头单位：省商务厅；责任单位：省财政厅）（2024年6月底前）。',
      ),
    );
    expect(list.map((t) => [t.id, roles(t), t.deadline, t.text])).toEqual([
      ['1.1', { lead: [], responsible: ['省发展改革委', '省财政厅', '省自然资源厅'], support: [] }, { text: '持续推进', due: null }, '深入开展项目大会战，完成年度投资1.6万亿元以上。'],
      ['1.2', { lead: ['省交通运输厅'], responsible: ['省发展改革委', '中国铁路南昌局集团有限公司'], support: [] }, { text: '2023年底前', due: '2023-12-31' }, '加快重大交通项目建设。'],
      ['1.3', { lead: ['省商务厅'], responsible: ['省财政厅'], support: [] }, { text: '2024年6月底前', due: '2024-06-30' }, '推动建设。'],
    ]);
  });

  it('leaves one full stop where a bracket stood between two', () => {
    expect(tasks(plan('一、推动建设。（牵头单位：省商务厅；责任单位：省财政厅）。'))[0].text).toBe('推动建设。');
  });
});

describe('bodies named without a level in a bracket of names alone (probe 124)', () => {
  it('reads a customs house, a registered company, 全国工商联, the armed police\'s and army\'s commands and a ministry\'s 司', () => {
    const list = tasks(plan('一、稳外贸。（省商务厅、成都海关、省经济合作局、省贸促会）', '二、建高铁。（省交通运输厅、中国铁路南昌局集团有限公司）', '三、办展会。（全国工商联、武警甘肃总队、省军区、综合规划司）', '四、管理。（物业公司）'));
    expect(list.map((t) => [t.id, t.responsible])).toEqual([
      ['1', ['省商务厅', '成都海关', '省经济合作局', '省贸促会']],
      ['2', ['省交通运输厅', '中国铁路南昌局集团有限公司']],
      ['3', ['全国工商联', '武警甘肃总队', '省军区', '综合规划司']],
    ]);
  });
});

describe('a 整改方案 copied from a PDF, its fields run into one paragraph, lines wrapped at 28 (probe 121)', () => {
  const wrapped = (...lines: string[]) =>
    tasks(['某市巡视整改方案', '一、整改任务', '（一）经济发展方面', ...lines].join('\n'));

  // The notice's own lines, 28 characters wide (a paragraph's first line 26 after its indent).
  it('finishes a name the wrap cut before the line\'s next field (`市发改` ⏎ `委、…。整改时限：`)', () => {
    const list = wrapped(
      '　　3.问题：防范化解地方政府债务风险工作不够扎实，部分县',
      '区隐性债务化解进度滞后，个别平台公司融资成本偏高。整改措',
      '施：严格落实隐性债务化解方案，逐笔明确化解资金来源和时限；',
      '推动平台公司市场化转型，压降高成本融资规模。责任领导：市',
      '委常委、常务副市长。牵头单位：市财政局；责任单位：市发改',
      '委、市国资委、市委金融办，各县（区）人民政府。整改时限：',
      '2024年6月底前。',
    );
    expect(list.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1.3', { lead: ['市财政局'], responsible: ['市发改委', '市国资委', '市委金融办', '各县（区）人民政府'], support: [] }, '2024年6月底前'],
    ]);
  });

  it('takes the line after a label closing a line as its value, up to its full stop, before the next field', () => {
    const list = wrapped(
      '　　（1）开展医药领域腐败问题集中整治，严肃查处收受回扣、',
      '欺诈骗保等问题。牵头单位：市卫健委、市医保局；配合单位：',
      '市纪委监委机关、市公安局、市市场监管局。整改时限：2024年',
      '6月底前。',
      '　　（2）违反中央八项规定精神问题禁而未绝，违规吃喝、',
      '违规发放津补贴或福利等问题时有发生。整改措施：开展违规吃',
      '喝问题专项整治，对违规发放津补贴问题全面排查清理，发现一',
      '起、查处一起、通报一起。责任领导：市委常委、市纪委书记、',
      '市监委主任。牵头单位：市纪委监委机关；责任单位：市财政局、',
      '市审计局，市直各单位。督办单位：市委巡察办。整改时限：持',
      '续推进。',
    );
    expect(list.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1.1', { lead: ['市卫健委', '市医保局'], responsible: [], support: ['市纪委监委机关', '市公安局', '市市场监管局'] }, '2024年6月底前'],
      ['1.1.2', { lead: ['市纪委监委机关'], responsible: ['市财政局', '市审计局', '市直各单位'], support: [] }, '持续推进'],
    ]);
  });

  it('reads a deadline label\'s value after a page break (`整改时限：` ⏎ `- 3 -` ⏎ `2024年12月底前。`)', () => {
    const list = wrapped('　　1.加快历史遗留废弃矿山生态修复。牵头单位：市自然资源局；责任单位：各县（区）人民政府。整改时限：', '', '- 3 -', '', '2024年12月底前。');
    expect(list.map((t) => [t.id, t.deadline])).toEqual([['1.1.1', { text: '2024年12月底前', due: '2024-12-31' }]]);
  });

  it('reads a sentence naming the fields of the table below it as prose, not an unaccounted marker', () => {
    const { matrix, messages } = parsed(
      ['某市安全生产巡查整改方案', '一、整改措施', '对巡查反馈的3个方面10个问题，逐一制定整改措施，明确牵头单位、配合单位和整改时限：', '（一）加强管理。（牵头单位：市应急局）', '（二）落实责任。', '对照问题清单，明确整改时限和责任单位：', '（三）完善制度。（牵头单位：市应急局）'].join('\n'),
    );
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.3']);
    expect(messages.map((m) => m.ruleId)).toEqual([]);
  });
});

describe('an Excel task table (probe 123)', () => {
  it('starts its plan after a 填报说明 that comes first, when its table has no title row', () => {
    const list = tasks(
      [
        '填报说明',
        '一、本清单共2项具体措施，由市优化营商环境协调事务中心负责解释。',
        '二、各牵头单位要会同责任单位细化工作方案。',
        '三、请于每月25日前报送进展情况。',
        '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
        '1\t推行免证办\t市行政审批服务局\t市数据资源局\t2023年9月底前',
        '2\t推行跨省通办\t市行政审批服务局\t市直有关单位\t持续推进',
      ].join('\n'),
    );
    expect(list.map((t) => [t.id, t.path, t.lead])).toEqual([
      ['1', [], ['市行政审批服务局']],
      ['2', [], ['市行政审批服务局']],
    ]);
  });

  it('gives the others of each list as support when the note on leads says so (`…其他为配合单位`)', () => {
    const list = tasks(
      [
        '盐城市2022年重点工作任务分解表',
        '序号\t重点任务\t责任单位\t完成时限',
        '1\t推进重大项目建设\t市发改委、市财政局、市统计局\t2022年12月底前',
        '2\t扩大对外开放\t市商务局、盐城海关\t持续推进',
        '注：责任单位中排在第一位的为牵头单位，其他为配合单位。',
      ].join('\n'),
    );
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['市发改委'], responsible: [], support: ['市财政局', '市统计局'] }],
      ['2', { lead: ['市商务局'], responsible: [], support: ['盐城海关'] }],
    ]);
  });

  it('keeps the others responsible under the bare note', () => {
    const list = tasks(['某市重点工作任务分解表', '序号\t重点任务\t责任单位\t完成时限', '1\t推进重大项目建设\t市发改委、市财政局\t2022年12月底前', '注：责任单位中排在第一位的为牵头单位。'].join('\n'));
    expect(roles(list[0])).toEqual({ lead: ['市发改委'], responsible: ['市财政局'], support: [] });
  });
});

describe('a plan\'s title over unnumbered section headings (probe 122: a WeChat plan)', () => {
  it('is the plan\'s title line, not the heading `工作措施` above the first item', () => {
    const { matrix } = parsed(
      ['某镇2024年防溺水工作实施方案', '', '为切实加强我镇中小学生防溺水安全工作，制定本方案。', '', '工作目标', '', '坚持预防为主的原则，确保不发生溺水事故。', '', '工作措施', '', '（1）压实防溺水工作责任。镇与各村签订责任书。', '', '责任单位：镇应急办、各村（社区）'].join('\n'),
    );
    expect([matrix.document.title, matrix.tasks.map((t) => [t.id, t.responsible])]).toEqual(['某镇2024年防溺水工作实施方案', [['1', ['镇应急办', '各村（社区）']]]]);
  });
});

describe('a 纪要\'s numbered items that give out work in sentences (a fresh user\'s)', () => {
  it('reads `由X负责<work>，Y配合`, `请X牵头，Y配合，<work>`, `责成X牵头<work>`, and an oversight before who acts', () => {
    const list = tasks(
      plan(
        '一、由县财政局负责落实经费保障，县林业局配合。',
        '二、请县林业局牵头，县公安局、县应急管理局配合，开展专项整治。',
        '三、责成县林业局牵头开展专项整治。',
        '四、加强督查。县政府督查室督导，各乡镇人民政府按属地负责。',
        '五、由县政府牵头，建立联席会议制度。',
        '六、由监护人负责看管，家长配合。',
      ),
    );
    expect(list.map((t) => [t.id, roles(t), t.text])).toEqual([
      ['1', { lead: [], responsible: ['县财政局'], support: ['县林业局'] }, '由县财政局负责落实经费保障，县林业局配合。'],
      ['2', { lead: ['县林业局'], responsible: [], support: ['县公安局', '县应急管理局'] }, '请县林业局牵头，县公安局、县应急管理局配合，开展专项整治。'],
      ['3', { lead: ['县林业局'], responsible: [], support: [] }, '责成县林业局牵头开展专项整治。'],
      ['4', { lead: [], responsible: ['各乡镇人民政府'], support: [] }, '加强督查。县政府督查室督导，各乡镇人民政府按属地负责。'],
    ]);
  });
});

describe('a county\'s task table pasted as text from Excel (probe 128)', () => {
  it('reads a quoted first cell that holds a line break as the start of the next row, not the rest of the row above', () => {
    const list = tasks(
      [
        '某县2023年重点工作责任分解',
        '责任领导\t序号\t工作任务\t牵头单位\t责任单位\t完成时限',
        '\t4\t深入实施行动，健全重点工作晾晒比拼机制。\t县政府办公室\t县级有关部门等\t每季度',
        '"王建国',
        '（常务副县长）"\t5\t固定资产投资增长10%以上。\t县发改局\t县经信局、县住建局\t全年',
        '\t6\t推进项目建设。\t县住建局\t县交通运输局\t2023年9月底',
      ].join('\n'),
    );
    expect(list.map((t) => [t.id, t.lead, t.deadline?.text, t.leaders ?? []])).toEqual([
      ['4', ['县政府办公室'], '每季度', []],
      ['5', ['县发改局'], '全年', ['王建国（常务副县长）']],
      ['6', ['县住建局'], '2023年9月底', []],
    ]);
  });

  it('reads a column of leaders and lead units (`牵头县领导（牵头单位）`): the people are leaders, the units in brackets lead', () => {
    const list = tasks(
      [
        '某县2024年政府工作报告重点工作任务分工',
        '序号\t任务内容\t"牵头县领导',
        '（牵头单位）"\t责任单位\t完成时限',
        '1\t全年实施重点项目150个以上。\t孙立新（县发改局）\t各镇（街道）、县直有关部门\t全年',
        '2\t积极争取专项债券资金15亿元以上。\t"孙立新（县发改局）',
        '马  慧（县财政局）"\t县直有关部门\t2024年12月',
        '3\t批而未供土地处置3000亩以上。\t王  强（县自然资源局、县工业和信息化局）\t各镇（街道）\t2024年10月底前',
      ].join('\n'),
    );
    expect(list.map((t) => [t.id, t.lead, t.responsible, t.leaders ?? []])).toEqual([
      ['1', ['县发改局'], ['各镇（街道）', '县直有关部门'], ['孙立新']],
      ['2', ['县发改局', '县财政局'], ['县直有关部门'], ['孙立新', '马慧']],
      ['3', ['县自然资源局', '县工业和信息化局'], ['各镇（街道）'], ['王强']],
    ]);
  });
});

describe('a labelled list a wrap cut after a bracket (probe 126: a Party committee\'s 整改方案, lines 28 wide)', () => {
  // The notice's own lines: 28 characters wide, a paragraph's first line indented.
  it('finishes `县直各党（工）` ⏎ `委、各乡镇党委`', () => {
    const list = tasks(
      plan(
        '一、整改任务',
        '（一）作风建设方面',
        '　　3.形式主义官僚主义问题仍然存在。部分单位文山会海问题',
        '突出，基层填表报数负担较重，“指尖上的形式主义”禁而未绝。',
        '　　整改措施：',
        '　　（1）严格控制发文数量和会议规模，县委、县政府发文和',
        '会议数量较上年压减15%以上。',
        '　　（2）全面清理规范政务APP和工作群，严禁以微信工作群',
        '“留痕”代替实际工作。',
        '　　（3）统筹规范督查检查考核，切实为基层减负。',
        '- 6 -',
        '　　责任领导：县委副书记 杨志刚',
        '　　牵头单位：县委办',
        '　　责任单位：县政府办、县委督查室、县政府督查室、县委网',
        '信办',
        '　　整改时限：2023年10月底前',
        '　　4.违规收送礼品礼金问题时有发生。个别党员干部借婚丧喜',
        '庆事宜收受礼金，违规操办问题查处不到位。',
        '　　整改措施：深化违规收送礼品礼金问题专项整治，严格执行',
        '党员干部操办婚丧喜庆事宜报告备案制度；对顶风违纪问题点名',
        '道姓通报曝光。',
        '　　责任领导：县委常委、县纪委书记、县监委主任 李振华',
        '　　牵头单位：县纪委监委',
        '　　责任单位：县委组织部、团县委、县妇联、县直各党（工）',
        '委、各乡镇党委',
        '　　整改时限：立行立改，长期坚持',
      ),
    );
    expect(list.map((t) => [t.id, t.responsible])).toEqual([
      ['1.1.3', ['县政府办', '县委督查室', '县政府督查室', '县委网信办']],
      ['1.1.4', ['县委组织部', '团县委', '县妇联', '县直各党（工）委', '各乡镇党委']],
    ]);
  });

  it('goes on after a line that starts with `、`, however wide the line above', () => {
    const list = tasks(plan('一、整改任务', '　　1.深化专项整治。', '　　责任单位：县委组织部、县委统战部（县民宗局）', '、各乡镇党委'));
    expect(list.map((t) => [t.id, t.responsible])).toEqual([['1.1', ['县委组织部', '县委统战部（县民宗局）', '各乡镇党委']]]);
  });
});

describe('a Party committee\'s covering notice without 关于 (probe 126: `中共沂南县委` ⏎ `印发《…》的通知`)', () => {
  const notice = (...plan: string[]) =>
    parsed(['中共沂南县委', '印发《2024年全县党的建设工作要点》的通知', '', '各乡镇党委，县直各部门：', '　　现将《2024年全县党的建设工作要点》印发给你们，请认真抓好落实。', '', '中共沂南县委', '2024年3月1日', '', ...plan, '一、加强政治建设', '（一）深入学习。（牵头单位：县委组织部）'].join('\n')).matrix.document;

  it('is the notice, and its 《》 the plan\'s title when the plan has no title line', () => {
    expect([notice().title, notice().notice]).toEqual(['2024年全县党的建设工作要点', '中共沂南县委印发《2024年全县党的建设工作要点》的通知']);
  });

  it('is the notice beside the plan\'s own title line', () => {
    expect([notice('2024年全县党的建设工作要点', '').title, notice('2024年全县党的建设工作要点', '').notice]).toEqual(['2024年全县党的建设工作要点', '中共沂南县委印发《2024年全县党的建设工作要点》的通知']);
  });
});

describe('a government portal page copied into Markdown (probe 129)', () => {
  const md = (...lines: string[]) => parseText(lines.join('\n'), 'markdown').matrix;
  const buttons = ['', '[【打印本页】](javascript:window.print()) [【关闭窗口】](javascript:window.close())', '', '扫一扫在手机打开当前页'];

  it('leaves the page\'s list of attachments and related links out of the last task (`**相关附件：**` ⏎ `- [….pdf](…)` ⏎ `- [政策解读：…](…)`)', () => {
    const m = md('# 某州若干措施任务分工方案', '', '一、工作任务', '', '（一）构建亲清政商关系。建立闭环机制。', '', '**牵头单位：**州委统战部', '', '**相关附件：**', '', '- [任务分工方案\\_正式稿.pdf](https://x/a.pdf)', '- [政策解读：《某州若干措施任务分工方案》](https://x/b.html)', ...buttons);
    expect(m.tasks.map((t) => [t.id, t.text, t.source.endLine])).toEqual([['1.1', '构建亲清政商关系。建立闭环机制。', 7]]);
  });

  it('keeps a numbered list of attachments out of the outline (`相关附件：` ⏎ `1.  [1.….xlsx](…)`)', () => {
    const m = md('**某县测试工作方案**', '', '**一、重点任务**', '', '（一）加强组织领导。统筹推进。（牵头单位：县财政局）', '', '（二）强化保障。（牵头单位：县发改局）', '', '相关附件：', '', '1.  [1.某县测试工作任务分工表.xlsx](a.xlsx)', '2.  [2.某县测试工作责任清单（牵头单位汇总）.docx](b.docx)', '', '扫一扫在手机打开当前页');
    expect(m.outline.map((o) => [o.id, o.children.map((c) => [c.id, c.children.length])])).toEqual([['1', [['1.1', 0], ['1.2', 0]]]]);
  });

  it('drops pandoc\'s attributes after an image (`![](qr.png){width="100" height="100"}`)', () => {
    expect(md('# 某县测试工作方案', '', '一、工作任务', '', '（一）加强管理。![](a.png){width="100" height="100"}（牵头单位：县发改局）').tasks[0].text).toBe('加强管理。');
  });
});

describe('a department\'s divisions under 主办 and 协办 (probe 130: a 厅\'s 工作要点)', () => {
  it('reads `（主办处室：X；协办处室：Y）` and the same labels on lines of their own, and `主办部门` whatever the item says', () => {
    const list = tasks(
      plan(
        '一、把学习贯彻法治思想作为理论学习中心组学习重点内容。（主办处室：机关党委；协办处室：政策法规处）',
        '二、加强管理。',
        '主办科室：建设管理科',
        '协办科室：综合规划科、财务科',
        '完成时限：2024年12月底前',
        '三、严格落实备案审查制度。（主办部门：政策法规处）',
      ),
    );
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['机关党委'], responsible: [], support: ['政策法规处'] }],
      ['2', { lead: ['建设管理科'], responsible: [], support: ['综合规划科', '财务科'] }],
      ['3', { lead: ['政策法规处'], responsible: [], support: [] }],
    ]);
  });
});

describe('an item whose heading stands on its own line, its units at the end of the paragraph under it (a fresh user\'s)', () => {
  it('reads `由X负责。` closing the paragraph under a heading with no marker, and a heading closed by a dash and who acts', () => {
    const list = tasks(
      [
        '某区工作要点',
        '一、扎实推进农村厕所革命——区农业农村局牵头，各乡镇人民政府负责',
        '    新（改）建农村户用卫生厕所1200户。',
        '二、强化考核激励',
        '    将人居环境整治纳入考核。由区委农办负责。',
        '三、推进污水治理',
        '    完成治理任务。由区生态环境局牵头，区水利局配合。',
      ].join('\n'),
    );
    expect(list.map((t) => [t.id, roles(t), t.title])).toEqual([
      ['1', { lead: ['区农业农村局'], responsible: ['各乡镇人民政府'], support: [] }, '扎实推进农村厕所革命'],
      ['2', { lead: [], responsible: ['区委农办'], support: [] }, '强化考核激励'],
      ['3', { lead: ['区生态环境局'], responsible: [], support: ['区水利局'] }, '推进污水治理'],
    ]);
  });

  it('leaves `由X负责。` in a second paragraph alone when the numbered line carries its own markers (probe 26)', () => {
    const list = tasks(plan('一、加强管理。（牵头单位：县发改局）', '各地要加强日常巡查。由各乡镇负责。'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['县发改局'], responsible: [], support: [] }]]);
  });
});

describe('numbered notes under a table whose first note stands on the `注：` line (probe 133)', () => {
  it('are no items: no `2-2`, no repeated-number warning', () => {
    const { matrix, messages } = parsed(
      ['某市重大项目清单', '序号\t项目名称\t责任单位\t时间节点', '1\t建设一号项目\t市发改委\t2024年12月底前', '2\t建设二号项目\t市住建局\t2024年6月底前', '注：1.项目排序不分先后。', '2.各牵头单位于每月5日前将项目推进情况报市重大项目建设推进办公室。'].join('\n'),
    );
    expect([matrix.outline.map((o) => o.id), matrix.tasks.map((t) => t.id), messages.map((m) => m.ruleId)]).toEqual([['1', '2'], ['1', '2'], []]);
  });
});

describe('sub-rows numbered `1-1`, `1-2` under a row of a 台账 (probe 133)', () => {
  const table = (...rows: string[]) => tasks(['某区城市更新项目台账', '序号\t项目名称\t责任单位\t时间节点', ...rows].join('\n'));

  it('are children of the row above them, which keeps its own id', () => {
    const list = table('1\t城镇老旧小区改造（打捆）\t区住房城乡建设局\t11月底前全部完工', '1-1\t合江门街道老旧小区改造\t合江门街道办事处\t10月底前完工', '1-2\t西郊街道老旧小区改造\t西郊街道办事处\t11月底前完工', '2\t城市燃气管道更新改造\t区住房城乡建设局\t12月底前完工');
    expect(list.map((t) => [t.id, t.responsible])).toEqual([
      ['1', ['区住房城乡建设局']],
      ['1.1', ['合江门街道办事处']],
      ['1.2', ['西郊街道办事处']],
      ['2', ['区住房城乡建设局']],
    ]);
  });

  it('leave a `1-2` with no `1-1` before it a repeated id, as fengong\'s own export writes one', () => {
    const list = table('1\t城镇老旧小区改造\t区住房城乡建设局\t11月底前', '1-2\t城镇老旧小区改造\t区财政局\t11月底前');
    expect(list.map((t) => t.id)).not.toContain('1.2');
  });
});

describe('one leader\'s posts in a 责任领导 line (probe 126)', () => {
  it('are one leader when a name follows the last post, and stay apart without one', () => {
    const list = tasks(plan('一、加强管理。', '责任领导：县委常委、副县长 何建平', '牵头单位：县发改局', '二、加强管理。', '责任领导：县委常委、县纪委书记、县监委主任 李振华', '牵头单位：县纪委', '三、加强管理。', '责任领导：县委常委、县委办主任', '牵头单位：县委办'));
    expect(list.map((t) => [t.id, t.leaders])).toEqual([
      ['1', ['县委常委、副县长何建平']],
      ['2', ['县委常委、县纪委书记、县监委主任李振华']],
      ['3', ['县委常委', '县委办主任']],
    ]);
  });
});

describe('a 纪要\'s paragraph that shares the work out in several sentences (a second fresh user\'s)', () => {
  it('reads a `由X负责，<work>` after a `由X牵头，Y配合，…` sentence of the same paragraph', () => {
    const list = tasks(plan('一、关于停车场建设', '会议同意方案。由区住建局牵头，区自然资源局配合，6月底前完成选址。由区城管执法局负责，加强占道停车整治，依法依规整治到位。'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['区住建局'], responsible: ['区城管执法局'], support: ['区自然资源局'] }]]);
  });
});
