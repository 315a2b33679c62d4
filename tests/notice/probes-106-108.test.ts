import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-fifth round (session 18: probes 106 to 108, the southern and northern provinces' mix and
// 政务公开 / 放管服 要点), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;

describe("a department's divisions named in its own notice (probe 108: a 厅's 政务公开要点)", () => {
  it('reads `（养老保险处负责）` closing a run-in clause inside the paragraph, as the item-final bracket is read', () => {
    const [task] = tasks([
      '一、重点任务',
      '（二）做好社会保险待遇调整信息公开。一是及时公布城乡居民基本养老保险基础养老金调整方案，确保调整资金按时足额发放到位（养老保险处负责）；二是公开工伤保险待遇调整标准（工伤保险处、省社会保险服务中心负责）。',
    ].join('\n'));
    // 养老保险处 had been lost in silence (no place before it: not taken for a body's name inside a paragraph).
    expect(roles(task)).toEqual({ lead: [], responsible: ['养老保险处', '工伤保险处', '省社会保险服务中心'], support: [] });
  });

  it('reads `由办公室负责` and `由政策法规处会同信息中心负责` in run-in clauses', () => {
    const [task] = tasks(['一、重点任务', '（三）规范政府信息公开。一是完善依申请公开办理流程，由厅办公室负责；二是做好政策解读，由政策法规处会同信息中心负责。'].join('\n'));
    expect(roles(task)).toEqual({ lead: [], responsible: ['厅办公室', '政策法规处'], support: ['信息中心'] });
  });

  it('still leaves prose in a bracket with 负责 alone (`（资金缺口由县级财政负责）`, probe 26)', () => {
    const { matrix } = parsed(['一、重点任务', '（一）建设养老服务设施。建成服务站10个（资金缺口由县级财政负责），年底前投入使用。（县民政局牵头）'].join('\n'));
    expect(matrix.tasks.map((t) => roles(t))).toEqual([{ lead: ['县民政局'], responsible: [], support: [] }]);
  });
});

describe('a WeChat article copied with its byline (probe 108)', () => {
  const article = (byline: string) =>
    [
      '重磅！海门“一网通办”2024年工作要点来了→',
      '',
      byline,
      '',
      '点击蓝字  关注我们',
      '',
      '近日，区政府办公室印发《2024年海门区政务服务“一网通办”工作要点》，聚焦企业群众办事的难点堵点，推出一系列务实举措。一起来看',
      '',
      '一、深化“一件事一次办”',
      '1.推出企业开办、不动产登记等高频“一件事”20个。（区政务办牵头，区市场监管局、区自然资源局配合）',
    ].join('\n');

  it('drops the byline and the call to follow: no page break is joined in an article that has no pages', () => {
    const { matrix, messages } = parsed(article('原创 海门政务服务 海门政务服务 2024-03-20 18:05 江苏'));
    // Two `page-break-join` warnings had joined the byline with the lines after it across blank lines.
    expect(messages.map((m) => m.ruleId)).toEqual([]);
    expect(roles(matrix.tasks[0])).toEqual({ lead: ['区政务办'], responsible: [], support: ['区市场监管局', '区自然资源局'] });
  });

  it('keeps a web page metadata line with its colons (`文号：…　发布日期：…`): it is no byline', () => {
    const { matrix } = parsed(article('文号：海政办发〔2024〕5号 发布日期：2024-03-20 10:00'));
    expect(matrix.document.docNumber).toBe('海政办发〔2024〕5号');
  });
});

describe('a list run into a paragraph, its next entry wrapped to a line start (probe 106: a PDF paste at 28 characters)', () => {
  // Probe 106's 02 (北流, 2022), lines 35 to 80 as the PDF reader gave them: `（2）` at a line's start under a line as
  // wide as the wrap that ends `；`, the `（1）` before it inside the paragraph.
  const plan = [
      '二、重点任务',
      '（一）完善县城商业设施。改造提升县城综合商贸服务中心，',
      '推动城区农贸市场标准化改造，2022年完成陵城农贸市场、城北',
      '农贸市场升级改造。（市商务局牵头，市发展改革局、市自然资',
      '源局、市住房城乡建设局，陵城街道办事处、城北街道办事处配',
      '合）',
      '',
      '—2—',
      '',
      '（二）建设镇级商贸中心。以民安、新圩、大里、山围等中',
      '心镇为重点，每年改造提升2—3个镇级商贸中心，完善购物、餐',
      '饮、文化娱乐、快递收发等综合服务功能。（市商务局牵头，市',
      '财政局，各镇人民政府（街道办事处）配合）',
      '（三）发展新型乡村便利店。鼓励连锁企业、邮政、供销等',
      '市场主体在行政村设立新型乡村便利店，提供日用消费品、农资、',
      '代收代缴等服务，到2025年村级便利店覆盖率达到90%以上。',
      '（市商务局、市供销社牵头，中国邮政集团有限公司北流市分公',
      '司，各镇人民政府（街道办事处）配合）',
      '（四）健全县乡村三级物流配送体系。建设北流市县级物流',
      '配送中心，整合邮政、快递、供销、电商等资源，推行共同配送，',
      '2023年底前实现快递服务行政村全覆盖。（市邮政管理局牵头，',
      '市商务局、市交通运输局、市供销社，各镇人民政府（街道办事',
      '处）配合）',
      '（五）推动农村客货邮融合发展。利用农村客运班线开展代',
      '运邮件快件，发展“客货邮”综合服务站点，降低农村物流成本。',
      '（市交通运输局牵头，市邮政管理局、市商务局配合）',
      '（六）加强农产品产地商品化处理设施建设。支持农民合作',
      '社、家庭农场在荔枝、百香果、三黄鸡等特色产业集中区建设产',
      '地冷藏保鲜设施，全年新建产地冷藏保鲜设施15个以上。（市农',
      '业农村局牵头，市供销社、市财政局配合）',
      '（七）发展农村电子商务。实施“数商兴农”行动，重点抓',
      '',
      '—3—',
      '',
      '好三项工作：（1）培育一批农村电商带头人和电商示范网店；',
      '（2）推动日用陶瓷、荔枝、桂圆肉等特色产品网上销售；（3）',
      '建设镇级电商服务站，2022年全市农村网络零售额增长15%。',
      '（市商务局牵头，市农业农村局、市人力资源社会保障局、团市',
      '委配合）',
      '（八）提升农村消费环境。严厉打击农村假冒伪劣商品和侵',
      '犯知识产权违法行为，规范农村市场秩序。（市市场监管局牵头，',
      '市公安局、市商务局、市农业农村局配合）',
      '（九）培育壮大县域商贸流通主体。支持本地龙头商贸流通',
      '企业连锁化、品牌化发展，引导企业向镇村延伸服务网络，新增',
      '限上商贸企业20家以上。（市商务局牵头，市直有关部门按职责',
      '分工负责）'
  ].join('\n');

  it('keeps the entry in its paragraph: item 2.7 is one task, no item 2.7.2', () => {
    const list = tasks(plan);
    // `（2）` had become item 2.7.2 (its title `推动日用陶瓷…；（3）`, a line break left in its text), and 2.7 no task.
    expect(list.map((t) => t.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9']);
    const task = list[6];
    expect(task.title).toBe('发展农村电子商务');
    expect(task.text).toBe('发展农村电子商务。实施“数商兴农”行动，重点抓好三项工作：（1）培育一批农村电商带头人和电商示范网店；（2）推动日用陶瓷、荔枝、桂圆肉等特色产品网上销售；（3）建设镇级电商服务站，2022年全市农村网络零售额增长15%。');
    expect(roles(task)).toEqual({ lead: ['市商务局'], responsible: [], support: ['市农业农村局', '市人力资源社会保障局', '团市委'] });
  });

  it('still reads a list whose entries are paragraphs of their own as items', () => {
    const list = tasks(['二、重点任务', '（七）发展农村电子商务。重点抓好三项工作：', '（1）培育一批农村电商带头人和电商示范网店；（市商务局牵头）', '（2）推动特色产品网上销售。（市农业农村局牵头）'].join('\n'));
    expect(list.map((t) => t.id)).toEqual(['2.7.1', '2.7.2']);
  });
});

describe("a web page's attachment, download and share lines after the last item (probe 107)", () => {
  it('are page furniture: no part of the last task (`附件：无`, `相关附件：无`, `附件下载：….pdf`, `分享到：微信 微博`)', () => {
    for (const tail of [['　　附件：无', '', '【打印此页】　【关闭窗口】'], ['　　相关附件：无', '　　扫一扫在手机打开当前页'], ['附件下载：', '2025年区政府工作报告重点任务分工方案.pdf', '', '分享到：微信 微博']]) {
      const list = tasks(['某区2023年政府工作报告重点工作任务分解', '', '一、重点任务', '　　1.压实安全生产责任，开展安全生产隐患大排查大整治，坚决遏制较大以上事故发生。（区应急管理局牵头，各乡镇人民政府配合）', '', ...tail].join('\n'));
      const last = list[list.length - 1];
      // The line had gone into the text, and made the one-sentence item's first sentence its title.
      expect([last.text, last.title]).toEqual(['压实安全生产责任，开展安全生产隐患大排查大整治，坚决遏制较大以上事故发生。', null]);
    }
  });
});

describe('a fresh archive user: `为牵头单位` after 科协, a table caption under the title', () => {
  it('reads `市科协为牵头单位，市财政局为配合单位。` (a name ending in 协), as it reads `市财政局为牵头单位`', () => {
    const list = tasks([
      '云岭市某工作方案',
      '',
      '一、任务分解',
      '1.开展甲工作。市科协为牵头单位，市财政局为配合单位。',
      '2.开展乙工作。市财政局为牵头单位，市科协、市作协为配合单位。',
      '3.开展丙工作。市财政局为牵头单位，县科协为责任单位。',
    ].join('\n'));
    // Items 1 and 3 had been lost in silence (`check`: no problems), 市科协 dropped from item 2.
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['市科协'], responsible: [], support: ['市财政局'] }],
      ['1.2', { lead: ['市财政局'], responsible: [], support: ['市科协', '市作协'] }],
      ['1.3', { lead: ['市财政局'], responsible: ['县科协'], support: [] }],
    ]);
  });

  it('titles the plan by its own title line, not by the bare caption of its table under it', () => {
    const table = ['序号\t重点任务\t牵头单位\t责任单位', '1\t开展培训\t市人力资源社会保障局\t市财政局'];
    expect(parsed(['云岭市稳就业实施方案', '', '重点任务分工表', '', ...table].join('\n')).matrix.document.title).toBe('云岭市稳就业实施方案');
    expect(parseText(['# 云岭市稳就业实施方案', '', '## 重点任务分工表', '', '| 序号 | 重点任务 | 牵头单位 | 责任单位 |', '| --- | --- | --- | --- |', '| 1 | 开展培训 | 市人力资源社会保障局 | 市财政局 |'].join('\n'), 'markdown').matrix.document.title).toBe('云岭市稳就业实施方案');
    // A caption that is the only title line is the title (as b07's `2024年《政府工作报告》重点工作目标任务分解表` is).
    expect(parsed(['重点任务分工表', '', ...table].join('\n')).matrix.document.title).toBe('重点任务分工表');
  });
});

describe('poppler\'s text of 公文 printed to PDF (probe 109: GB/T 9704 pages printed by Chromium, read by pdftotext)', () => {
  it('joins a collective name cut after a labelled line and a blank line (`…，各乡镇` ⏎⏎ `人民政府`)', () => {
    // Probe 109's 03, lines 25 to 59 as poppler wrote them: the 黑体 label makes its line taller, and a blank line
    // stands inside the wrapped line.
    const plan = [
      '某县农村人居环境整治实施方案',
      '',
      '',
      '2023年，全县新（改）建农村户用卫生厕所3000户，农村卫',
      '生厕所普及率达到90%以上；农村生活污水治理率达到65%以',
      '上；农村生活垃圾收运处置体系覆盖所有行政村，村容村貌持续',
      '改善。',
      '',
      '二、重点任务',
      '（一）扎实推进农村厕所革命',
      '1.推进农村户用卫生厕所改造。坚持数量服从质量、进度服',
      '',
      '从实效，因地制宜选择改厕模式，新（改）建农村户用卫生厕所',
      '3000户，同步推进厕所粪污无害化处理和资源化利用。',
      '',
      '牵头单位：县农业农村局',
      '责任单位：县卫健局、县乡村振兴局，各乡镇人民政府',
      '完成时限：2023年11月底前',
      '',
      '—2—',
      '',
      '\f2.加强农村公共厕所建设管护。在人口集中的村庄、乡村旅',
      '游景点、集贸市场等区域合理布局农村公共厕所，落实管护人员',
      '和经费，确保正常使用。',
      '',
      '牵头单位：县农业农村局',
      '责任单位：县住建局、县文广旅局、县交通运输局，各乡镇',
      '',
      '人民政府',
      '',
      '完成时限：2023年12月底前',
      '3.开展问题厕所排查整改。对2013年以来改建的农村户用厕',
      '',
      '所开展“回头看”，建立问题台账，逐户整改销号。',
      '',
      '责任单位：县农业农村局、各乡镇人民政府',
      '完成时限：持续推进'
    ].join('\n');
    const task = tasks(plan).find((t) => t.id === '2.1.2')!;
    // `各乡镇` had been the unit, `人民政府` left in the text.
    expect(task.responsible).toEqual(['县住建局', '县文广旅局', '县交通运输局', '各乡镇人民政府']);
    expect(task.text).toBe('加强农村公共厕所建设管护。在人口集中的村庄、乡村旅游景点、集贸市场等区域合理布局农村公共厕所，落实管护人员和经费，确保正常使用。');
  });

  it('keeps an inline `（2）` wrapped to a line start in its paragraph after `重点开展（1）…；`', () => {
    // Probe 109's 04 (GB18030, default pdftotext): `（2）` had become item 1.2.2, and 1.2 no task.
    const plan = [
      '某市2017年食品安全重点工作安排',
      '',
      '一、加强源头治理',
      '',
      '（一）治理农业生产环境。一是开展农用地土壤污染状况详',
      '查，摸清重点区域污染底数；二是加强重金属污染耕地修复治理',
      '和种植结构调整试点，确保农产品产地环境安全；三是严格落实',
      '农药、兽药、饲料和饲料添加剂等农业投入品生产经营许可制',
      '度。（市农委、市环保局牵头，市国土资源局、市畜牧水产局配',
      '合）',
      '（二）规范农业投入品使用。继续深入开展农业投入品专项',
      '整治，重点开展（1）高毒农药和剧毒农药违规使用专项整治；',
      '（2）兽用抗菌药专项整治；（3）“瘦肉精”专项整治，严厉查处',
      '生产经营和使用禁用农兽药行为，推行高毒农药定点经营和实名',
      '购买制度。（市农委、市畜牧水产局按职责分工负责）',
      '（三）推进产地准出与市场准入衔接。一是在蔬菜、水果、',
      '茶叶等主要产区推行食用农产品合格证管理，规模化生产经营主',
      ''
    ].join('\n');
    const list = tasks(plan);
    expect(list.map((t) => t.id).slice(0, 2)).toEqual(['1.1', '1.2']);
    expect(roles(list[1])).toEqual({ lead: [], responsible: ['市农委', '市畜牧水产局'], support: [] });
  });
});

describe('a PDF task table as `pdftotext -raw` gives it (probe 109: its header on one line, its cells wrapped)', () => {
  it('is an error at the header line when none of its rows could be read (exit 1), not `no-markers` alone', () => {
    // Probe 109's 06, lines 28 to 62 as poppler wrote them, under a title: its rows had been lost, exit 0.
    const { messages } = parsed([
      '某县城区环境综合整治实施方案',
      '',
      '一、整治重点',
      '（一）城区基础设施提升。重点实施主次干道路面修复、背',
      '街小巷改造和雨污管网改造。',
      '（二）市容和交通秩序整治。重点整治占道经营、乱搭乱',
      '建、乱停乱放等突出问题。',
      '（三）农村人居环境整治。重点推进农村垃圾治理、厕所改',
      '造和村庄清洁行动。',
      '\f— 3 —',
      '四、任务分工',
      '序号 整治任务 牵头单位 责任单位 完成时限',
      '1',
      '城区主次干道“白改黑”及破损',
      '路面修复',
      '县住建局',
      '朝阳镇人民政府',
      '2020年9月',
      '底前',
      '2 背街小巷硬化、亮化改造',
      '朝阳镇人民政',
      '府、国网寿阳县',
      '供电公司',
      '2020年10',
      '月底前',
      '3 城区雨污分流管网改造',
      '晋中市生态环境',
      '局寿阳分局、县',
      '水利局',
      '2020年11',
      '月底前',
      '4',
      '整治占道经营、乱搭乱建、乱',
      '堆乱放等市容秩序问题 县城市管理',
      '局',
      '县市场监管局、',
      '朝阳镇人民政府 长期坚持',
      '5 规范户外广告和门店牌匾设置 县市场监管局',
    ].join('\n'));
    const found = messages.filter((m) => m.ruleId === 'unreadable-table');
    expect(found.map((m) => [m.line, m.fatal])).toEqual([[12, true]]);
    expect(found[0].reason).toContain("a task table's header stands at line 12, its rows in no form fengong reads");
  });
});

describe('a title whose year poppler moved off its line (probe 109: the title\'s figures set in a Latin font)', () => {
  it('is the plan the notice\'s 《…》 names, when that name ends with it', () => {
    const text = [
      '仙居县人民政府办公室关于印发《2025年',
      '县政府工作报告重点工作任务分解》的通知',
      '各乡镇人民政府、街道办事处，县政府直属各单位：',
      '现将《2025年县政府工作报告重点工作任务分解》印发给你们，请认真抓好落实。',
      '仙居县人民政府办公室',
      '2025年2月20日',
      '',
      '年县政府工作报告重点工作任务分解',
      '',
      '2025',
      '',
      '一、全力以赴扩投资促消费',
      '1.全年地区生产总值增长6%左右。（县发改局牵头，县统计局配合）',
    ].join('\n');
    // It had been `年县政府工作报告重点工作任务分解`.
    expect(parsed(text).matrix.document.title).toBe('2025年县政府工作报告重点工作任务分解');
  });
});
