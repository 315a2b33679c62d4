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

describe('brackets and sentences of names that had been dropped in silence (probes 144, 146)', () => {
  const units = (text: string) => tasks(text).map((t) => [t.id, roles(t)]);

  it('reads run-in clauses whose names are institutions or bodies as a whole (`各学校`, `局属各单位`, `各医疗机构`)', () => {
    expect(units(plan('一、重点工作',
      '（一）维护校园安全。一是开展隐患大排查（安全稳定股、各学校负责）；二是推进“一键报警”建设（县电化教育馆负责）。',
      '（二）安全生产。一是压实安全生产责任（质安股、局属各单位负责）；二是做好信访矛盾化解（办公室负责）。',
      '（三）疫情防控。一是严格落实疫情报告制度（各医疗机构负责）；二是做好接种（县疾控中心负责）。',
    ))).toEqual([
      ['1.1', { lead: [], responsible: ['安全稳定股', '各学校', '县电化教育馆'], support: [] }],
      ['1.2', { lead: [], responsible: ['质安股', '局属各单位', '办公室'], support: [] }],
      ['1.3', { lead: [], responsible: ['各医疗机构', '县疾控中心'], support: [] }],
    ]);
  });

  it('reads names with a bracket inside them, a school\'s short name, and cities named alone', () => {
    expect(units(plan('一、重点工作',
      '（一）城市建设。一是打通断头路15条（城市建设处、各县（市、区）住建局负责）；二是推进供水（公用事业处负责）。',
      '（二）增强创新能力。推进示范区建设。（省科技厅牵头，长沙市、株洲市、湘潭市人民政府负责）加大研发投入。（省统计局负责）',
      '（三）加强管理（县一中负责），做好安全。',
    ))).toEqual([
      ['1.1', { lead: [], responsible: ['城市建设处', '各县（市、区）住建局', '公用事业处'], support: [] }],
      ['1.2', { lead: ['省科技厅'], responsible: ['长沙市', '株洲市', '湘潭市人民政府', '省统计局'], support: [] }],
      ['1.3', { lead: [], responsible: ['县一中'], support: [] }],
    ]);
  });

  it('reads `由X牵头，Y配合。` whose Y are institutions as a whole', () => {
    expect(units(plan('一、任务', '1.推进医养结合。支持县中医医院开展医养结合服务。由老龄健康股牵头，各医疗卫生机构配合。'))).toEqual([
      ['1.1', { lead: ['老龄健康股'], responsible: [], support: ['各医疗卫生机构'] }],
    ]);
  });

  it('reads a phrase inside a paragraph whose remark after its `。` has brackets of its own', () => {
    expect(units(plan('一、任务', '（一）放宽准入条件。全部向社会资本开放。（省发改委、省财政厅牵头，省直有关部门按职责分工负责。以下各项均需各市（地）政府（行署）落实，不再列出）清理规范审批事项。（省编办牵头，省教育厅等参与）'))).toEqual([
      ['1.1', { lead: ['省发改委', '省财政厅', '省编办'], responsible: ['省直有关部门'], support: ['省教育厅'] }],
    ]);
  });

  it('still reads prose in brackets as no marker (`全市`, `本县`, `谁主管、谁负责`)', () => {
    expect(units(plan('一、任务', '1.加强监管（全市负责），压实责任（谁主管、谁负责），做好保障。', '2.做好宣传。（县委宣传部负责）'))).toEqual([
      ['1.2', { lead: [], responsible: ['县委宣传部'], support: [] }],
    ]);
  });
});

describe('a department\'s divisions as a whole closing a list (probe 146)', () => {
  it('leaves `等相关科室` and `等相关股室` out of the last name, as `等相关部门` is', () => {
    expect(tasks(plan('一、任务', '1.做好医政工作。', '牵头科室：医政医管科；配合科室：综合监督科、疾控科等相关科室', '2.做好教育。', '配合股室（单位）：基础教育股、安全稳定股等相关股室，各学区')).map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['医政医管科'], responsible: [], support: ['综合监督科', '疾控科'] }],
      ['1.2', { lead: [], responsible: [], support: ['基础教育股', '安全稳定股', '各学区'] }],
    ]);
  });
});

describe('names alone closing a numbered heading (probe 146)', () => {
  it('reads them as the item\'s responsible units, its paragraphs under it', () => {
    expect(tasks(plan('一、任务', '（一）加强党的建设和干部队伍建设（机关党委、人事处）', '深入学习贯彻党的二十大精神，推进学习型机关建设。', '（二）推进城市更新（城市建设处）', '实施老旧小区改造。')).map((t) => [t.id, t.title, roles(t)])).toEqual([
      ['1.1', '加强党的建设和干部队伍建设', { lead: [], responsible: ['机关党委', '人事处'], support: [] }],
      ['1.2', '推进城市更新', { lead: [], responsible: ['城市建设处'], support: [] }],
    ]);
  });

  it('still reads a body explained by a bracket, or a heading\'s own note, as no marker', () => {
    expect(tasks(plan('一、任务', '1.报市政府办公厅（市职转办、市营商办）', '按季度报送进展。', '2.总体要求（2024—2025年）', '3.做好宣传。（县委宣传部负责）')).map((t) => t.id)).toEqual(['1.3']);
  });
});

describe('a 整改清单 copied one cell per line (probe 145)', () => {
  const list = (note: string) => plan(
    '三、整改任务清单', '序号', '审计发现问题', '整改措施', '责任单位', '整改时限',
    '1', '非税收入未及时缴库。', '督促执收单位全部缴入国库。', '县财政局（牵头）、相关执收单位', '2023年9月30日前',
    '2', '代编预算未细化。', '严格控制代编预算规模。', '县财政局', '2024年1月31日前',
    '3', '养护资金使用不规范。', '归还挤占挪用资金。', '县交通运输局', '立行立改',
    '4', '专项资金未及时拨付。', '加快拨付进度。', '县财政局（牵头）、县农业农村局、县水务局', '2023年10月31日前',
    note,
  );

  it('reads the table whose deadline cell says `立行立改`, as a time', () => {
    const { matrix, messages } = parsed(list(''));
    expect(matrix.tasks.map((t) => [t.id, t.deadline?.text])).toEqual([['3.1', '2023年9月30日前'], ['3.2', '2024年1月31日前'], ['3.3', '立行立改'], ['3.4', '2023年10月31日前']]);
    expect(messages.filter((m) => m.ruleId === 'unreadable-table' || m.ruleId === 'page-break-join')).toEqual([]);
  });

  it('makes the others of a list support under the note `标注“（牵头）”的为牵头单位，其他为配合单位`, responsible without it', () => {
    const note = '注：有多个责任单位的，标注“（牵头）”的为牵头单位，其他为配合单位。';
    expect(tasks(list(note)).map((t) => [t.id, roles(t)])[3]).toEqual(['3.4', { lead: ['县财政局'], responsible: [], support: ['县农业农村局', '县水务局'] }]);
    expect(tasks(list(note)).map((t) => [t.id, roles(t)])[1]).toEqual(['3.2', { lead: [], responsible: ['县财政局'], support: [] }]);
    expect(tasks(list('')).map((t) => [t.id, roles(t)])[3]).toEqual(['3.4', { lead: ['县财政局'], responsible: ['县农业农村局', '县水务局'], support: [] }]);
  });
});

describe('a numbered list inside a row\'s task cell, on one line (probe 145)', () => {
  it('is the row\'s text, not an item under it, in a tab-separated table', () => {
    const list = tasks(plan('一、整改任务', '序号\t问题\t整改措施\t责任领导\t责任单位\t整改时限', '1\t学习不深入。\t1.制定学习计划。2.开展专题研讨。\t李振华\t办公室、机关党委\t2021年9月底前', '2\t制度不健全。\t（1）修订制度；（2）加强督查。\t王明\t办公室\t2021年12月底前'));
    expect(list.map((t) => [t.id, t.text, roles(t).responsible])).toEqual([
      ['1.1', '学习不深入。\n1.制定学习计划。2.开展专题研讨。', ['办公室', '机关党委']],
      ['1.2', '制度不健全。\n（1）修订制度；（2）加强督查。', ['办公室']],
    ]);
  });

  it('still opens items for a task cell\'s number in rows with no 序号 of their own', () => {
    const list = tasks(plan('一、整改任务', '序号\t整改措施\t责任单位\t整改时限', '1\t制度不健全。\t\t', '\t1.修订制度。\t办公室\t2021年12月底前', '\t2.加强督查。\t督查室\t2021年12月底前'));
    expect(list.map((t) => t.id)).toEqual(['1.1.1', '1.1.2']);
  });
});

describe('a PDF line as wide as the wrap that ends in a phrase (probe 144)', () => {
  // Lines of 28 characters, as a 公文 PDF wraps them; the phrase's closer hangs past the wrap.
  const pdf = (phraseLine: string) => ['某省关于扩大社会领域投资的实施意见', '一、拓宽渠道',
    '（一）拓宽融资渠道。鼓励银行业金融机构开发适合社会领域特',
    '点的金融产品，探索以收费权、知识产权等为质押的新型贷款。',
    phraseLine,
    '支持符合条件的社会领域企业上市融资和发行债券，扩大直接融',
    '资规模。（省金融办、黑龙江证监局、省发改委按职责分工负责）',
    '（二）推进政府和社会资本合作。在医疗、养老、教育、文化、',
    '体育等领域推广政府和社会资本合作模式，规范项目运作管理。',
    '（省财政厅、省发改委牵头，省直有关部门按职责分工负责）',
  ].join('\n');

  it('goes on into the next line: one task of the item, not two `#k`', () => {
    expect(tasks(pdf('（人民银行哈尔滨中心支行、黑龙江银监局牵头，省金融办配合）')).map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['人民银行哈尔滨中心支行', '黑龙江银监局'], responsible: ['省金融办', '黑龙江证监局', '省发改委'], support: [] }],
      ['1.2', { lead: ['省财政厅', '省发改委'], responsible: ['省直有关部门'], support: [] }],
    ]);
  });

  it('does not go on when the phrase\'s line is shorter than the wrap', () => {
    expect(tasks(pdf('（人民银行哈尔滨中心支行牵头，省金融办配合）')).map((t) => t.id)).toEqual(['1.1#1', '1.1#2', '1.2']);
  });
});

describe('control characters inside a name (a fresh user\'s)', () => {
  it('are no part of the unit\'s name: Word\'s cell-end mark U+0007 left in a pasted cell', () => {
    expect(tasks(plan('一、任务', '1.做好普法工作。（牵头单位：县司法局\u0007；配合单位：县\u001b公安局）')).map((t) => roles(t))).toEqual([{ lead: ['县司法局'], responsible: [], support: ['县公安局'] }]);
  });
});

describe('a PDF copy that lost its paragraphs\' first-line indent (probe 144)', () => {
  // Probe 144's 08, as copied: 28 characters a line, a paragraph's first line 26 (its `　　` lost).
  const text = ['黑龙江省人民政府办公厅关于进一步激发社会领域投资活力的实施意见',
    '一、扩大投资准入',
    '（一）放宽准入条件。凡法律法规未明令禁入的社会领域，',
    '全部向社会资本开放，并不断扩大开放领域。（省发改委、省财',
    '政厅牵头，省直有关部门按职责分工负责。以下各项均需各市',
    '（地）政府（行署）落实，不再列出）清理规范涉及社会领域投',
    '资的审批事项和前置条件，公开审批流程。（省编办牵头，省教',
    '育厅、省民政厅、省卫生计生委、省文化厅、省体育局等参与）',
    '（二）简化审批程序。',
    '1．推进社会领域审批“一站式”服务，实行同一事项一窗',
    '受理、并联审批。（省编办、省政务服务中心负责）',
    '2．取消无法律法规依据的前置审批，民办医疗机构设置审',
    '批与执业登记“两证合一”。（省卫生计生委负责，省工商局协',
    '助）',
    '-1-',
    '（三）开展民办教育分类登记管理。对民办学校实行非营利',
    '性和营利性分类管理，2018年底前出台分类登记实施细则。（省',
    '教育厅、省人社厅、省民政厅、省工商局分别负责）',
    '二、强化政策支持',
    '（一）落实土地支持政策。',
    '1．将医疗、养老、教育、文化、体育等社会领域设施用地',
    '纳入土地利用总体规划和年度用地计划，合理安排用地需求。',
    '(省国土资源厅负责，省住建厅协助)',
    '2．鼓励利用闲置商业用房、厂房等存量房产兴办社会领域',
    '服务机构，在一定期限内可不改变用地主体和规划条件。（省国',
    '土资源厅、省住建厅按职责分工负责）',
    '（二）落实财税价格政策。落实社会领域各项税收优惠政策。',
    '（省地税局、省国税局、省财政厅按职责分工负责）营利性民办',
    '医疗、养老、教育机构服务价格实行市场调节。（省物价监管局',
    '负责）'].join('\n');

  it('reads a numbered first line two characters short of the wrap as the start of its sentence, not a title', () => {
    const list = tasks(text).filter((t) => t.id.startsWith('2.1.'));
    expect(list.map((t) => [t.id, t.title, t.text])).toEqual([
      ['2.1.1', null, '将医疗、养老、教育、文化、体育等社会领域设施用地纳入土地利用总体规划和年度用地计划，合理安排用地需求。'],
      ['2.1.2', null, '鼓励利用闲置商业用房、厂房等存量房产兴办社会领域服务机构，在一定期限内可不改变用地主体和规划条件。'],
    ]);
  });

  it('still reads a short numbered heading as its item\'s title', () => {
    expect(tasks(text).find((t) => t.id === '1.2.1')?.title ?? null).toBe(null);
    expect(parsed(text).matrix.outline[1].children[0].title).toBe('落实土地支持政策');
  });
});

describe('a closing note on leads (a fresh user\'s)', () => {
  it('is no part of the last task, after `以上项目中` or `注：` alone, and is still read', () => {
    for (const note of ['以上项目中，排在第一位的为牵头单位，其余为责任单位。', '注：排在第一位的为牵头单位。', '上述任务中，排在第一位的为牵头单位。']) {
      const [task] = tasks(plan('一、任务', '1.实施困难群众冬季取暖补助。（县民政局、县财政局）', note));
      expect([task.text, roles(task)]).toEqual(['实施困难群众冬季取暖补助。', { lead: ['县民政局'], responsible: ['县财政局'], support: [] }]);
    }
  });
});

describe('a bracket of names alone typed with a slip (a fresh user\'s drafts, each task lost with no word)', () => {
  const one = (line: string) => parsed(plan('一、任务', line));
  const summary = (line: string) => {
    const { matrix, messages } = one(line);
    return [matrix.tasks.map((t) => [roles(t).responsible, t.deadline?.text ?? null]), messages.map((m) => m.ruleId)];
  };

  it('reads one never closed, with the unclosed-bracket error', () => {
    expect(summary('1.新建村级互助养老服务站20个。（县民政局、各乡镇人民政府')).toEqual([[[['县民政局', '各乡镇人民政府'], null]], ['unclosed-bracket']]);
    expect(summary('1.建设项目库。（县发改局、县财政局，2027年6月底前')).toEqual([[[['县发改局', '县财政局'], '2027年6月底前']], ['unclosed-bracket']]);
  });

  it('reads a time after a `、` or a space as the deadline', () => {
    expect(summary('1.开展健康讲座。（县妇联、县卫健局、2027年9月底前）')).toEqual([[[['县妇联', '县卫健局'], '2027年9月底前']], []]);
    expect(summary('1.建设项目库。（县发改局、县财政局　2027年6月底前）')).toEqual([[[['县发改局', '县财政局'], '2027年6月底前']], []]);
  });

  it('reads the names before a time bracket never closed', () => {
    expect(summary('1.发放补助。（县民政局、县财政局）（2027年10月底前')).toEqual([[[['县民政局', '县财政局'], '2027年10月底前']], ['unclosed-bracket']]);
  });
});

describe('sub-rows `N-1`, `N-2`… with no row `N` above them (probe 147)', () => {
  it('open row N, each sub-row its child; a plain row after them is a row of its own', () => {
    const list = tasks(plan(
      '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限',
      '一\t巩固拓展脱贫攻坚成果\t\t\t\t',
      '1-1\t健全防止返贫监测帮扶机制\t每季度开展一次集中排查。\t县乡村振兴局\t县民政局\t每季度',
      '1-2\t\t对监测对象落实精准帮扶措施。\t县乡村振兴局\t各乡镇（街道）\t2022年12月底前',
      '2\t强化易地扶贫搬迁后续扶持\t完善安置点配套设施。\t县生态移民局\t县住建局\t2022年12月底前',
      '3-1\t促进脱贫人口稳定就业\t加强东西部劳务协作。\t县人力资源和社会保障局\t县乡村振兴局\t2022年12月底前',
      '3-2\t\t开发公益性岗位。\t县人力资源和社会保障局\t各乡镇（街道）\t2022年12月底前',
    ));
    expect(list.map((t) => [t.id, t.path])).toEqual([
      ['1.1.1', ['巩固拓展脱贫攻坚成果', '健全防止返贫监测帮扶机制']],
      ['1.1.2', ['巩固拓展脱贫攻坚成果', '健全防止返贫监测帮扶机制']],
      ['1.2', ['巩固拓展脱贫攻坚成果']],
      ['1.3.1', ['巩固拓展脱贫攻坚成果', '促进脱贫人口稳定就业']],
      ['1.3.2', ['巩固拓展脱贫攻坚成果', '促进脱贫人口稳定就业']],
    ]);
  });
});

describe('the rest of a name above a page number (probe 148)', () => {
  it('is no running footer, though the same rest stands elsewhere too', () => {
    const list = tasks(plan(
      '一、任务',
      '1.建设全省一体化数据平台。',
      '牵头单位：省工业和信息化厅',
      '责任单位：省发展改革委、省财政厅、省政务服务办、省信',
      '息中心',
      '—6—',
      '',
      '2.推进政务数据共享。',
      '牵头单位：省政务服务办',
      '责任单位：省发展改革委、省应急厅、省信',
      '息中心',
    ));
    expect(list.map((t) => [t.id, roles(t).responsible])).toEqual([
      ['1.1', ['省发展改革委', '省财政厅', '省政务服务办', '省信息中心']],
      ['1.2', ['省发展改革委', '省应急厅', '省信息中心']],
    ]);
  });
});

describe('a 主体责任清单 (probe 147)', () => {
  it('reads any kind of category column as the rows\' section', async () => {
    const { columnKind } = await import('../../src/notice/labels.js');
    expect(['责任类别', '问题类型', '类别', '责任单位', '责任领导'].map(columnKind)).toEqual(['category', 'category', 'category', 'responsible', 'leaders']);
  });

  it('ends the last task before the note on who interprets the list or when it takes effect', () => {
    const list = tasks(plan('一、任务', '1.做好宣传。（县委宣传部负责）', '本清单由县委办公室负责解释。', '本清单自印发之日起施行。'));
    expect(list.map((t) => [t.id, t.text])).toEqual([['1.1', '做好宣传。']]);
  });
});

describe('a gazette\'s column tag (probe 148)', () => {
  it('is no part of the notice\'s title at the top of the first page', () => {
    const { matrix } = parsed(['·市政府文件·', '临沂市人民政府', '关于印发临沂市稳定经济增长若干政策措施的通知', '', '临沂市稳定经济增长若干政策措施', '', '一、任务', '', '1.做好宣传。（市委宣传部负责）'].join('\n'));
    expect(matrix.document.notice).toBe('临沂市人民政府关于印发临沂市稳定经济增长若干政策措施的通知');
  });
});

describe('a number skipped (a fresh user\'s drafts)', () => {
  it('is said where it stands, the ids keeping the numbers as written; a table\'s 序号 may skip', () => {
    const { matrix, messages } = parsed(plan('一、任务', '（一）做好宣传。（县委宣传部负责）', '（三）做好教育。（县教育局负责）', '三、保障', '1.做好保障。（县财政局负责）', '2.做好督查。（县督查室负责）'));
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.3', '3.1', '3.2']);
    expect(messages.filter((m) => m.ruleId === 'skipped-number').map((m) => [m.line, m.reason])).toEqual([
      [4, 'The number `（三）` follows number 1: number 2 is missing; check the numbering'],
      [5, 'The number `三、` follows number 1: number 2 is missing; check the numbering'],
    ]);
    const table = parsed(plan('序号\t重点任务\t牵头单位', '1\t建设停车场。\t县住建局', '3\t建设公园。\t县住建局'));
    expect(table.messages.filter((m) => m.ruleId === 'skipped-number')).toEqual([]);
  });
});

describe('a date or a name a finding is about (a fresh user\'s, told of them at column 1)', () => {
  it('places impossible-date and unit-is-time where the date and the name stand', () => {
    const found = (text: string) => parsed(text).messages.filter((m) => m.ruleId === 'impossible-date' || m.ruleId === 'unit-is-time').map((m) => [m.ruleId, m.line, m.column]);
    expect(found(plan('一、任务', '1.做好宣传工作，确保知晓率达到九成。（县委宣传部负责，2027年2月30日前）'))).toEqual([['impossible-date', 3, 29]]);
    // (In a tab-separated row, each tab one column.)
    expect(found(plan('一、任务', '序号\t重点任务\t牵头单位\t完成时限', '1\t建设停车场。\t县住建局、2027年12月底\t'))).toEqual([['unit-is-time', 4, 15]]);
  });
});

describe('a unit with the person who answers for it, in a role cell (probe 147)', () => {
  it('keeps the unit and makes the person a leader; a part of the work in brackets stays', () => {
    const list = tasks(plan('一、任务', '序号\t重点任务\t牵头单位及责任人\t配合单位\t完成时限',
      '1\t建设停车场。\t县医保局：王丽\t县财政局\t2027年12月底前',
      '2\t建设公园。\t县住建局 黄德明\t县财政局\t2027年12月底前',
      '3\t建设道路。\t县交通局（岑明亮）\t县城投公司（施工）\t2027年12月底前'));
    expect(list.map((t) => [t.id, roles(t), t.leaders ?? []])).toEqual([
      ['1.1', { lead: ['县医保局'], responsible: [], support: ['县财政局'] }, ['王丽']],
      ['1.2', { lead: ['县住建局'], responsible: [], support: ['县财政局'] }, ['黄德明']],
      ['1.3', { lead: ['县交通局'], responsible: [], support: ['县城投公司（施工）'] }, ['岑明亮']],
    ]);
  });
});
