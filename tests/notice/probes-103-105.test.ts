import { describe, expect, it } from 'vitest';
import { printedWidth } from '../../src/notice/paragraphs.js';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-fourth round (session 18: probes 103 to 105, a year's mix from the central provinces, 整改方案,
// 民生实事; and a fresh user's), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;

/**
 * What a PDF reader's copy makes of paragraphs set 28 characters a line (a 公文's 版心): each line as full as it can
 * be, a figure or a Latin letter half as wide as a Chinese character, no indent. (A test's stand-in for the PDF; the
 * probe's notices were made so.)
 */
function pdfLines(paragraphs: string[], width = 28): string[] {
  const lines: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    let used = 0;
    for (const c of p) {
      const w = c.charCodeAt(0) < 0x7f ? 0.5 : 1;
      if (used + w > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += c;
      used += w;
    }
    if (line) lines.push(line);
  }
  return lines;
}

describe('the width a PDF was wrapped at, measured as printed (probe 104)', () => {
  it('counts a character of ASCII as half a Chinese one, rounded up', () => {
    expect(printedWidth('开展农村垃圾集中清理整治行动')).toBe(14);
    expect(printedWidth('2.开展')).toBe(3);
    expect(printedWidth('2022年12月底前')).toBe(7);
    expect(printedWidth('9%')).toBe(1);
  });

  // A 整改方案 whose lines hold many figures (`2022年`, `90%`): in characters they are 28, 29 or 30 long, none common
  // enough to be the wrap, and a numbered line as wide as the wrap had been read as a heading.
  const plan = [
    '某县生态环境保护督察反馈意见整改方案',
    '',
    '一、整改任务',
    ...pdfLines([
      '（一）城镇污水收集处理能力不足的问题。2021年督察发现，县城污水处理厂进水浓度偏低，管网收集率仅为62%，雨污分流改造滞后。',
      '1.2022年10月底前完成县城老城区12.5公里雨污分流管网改造，污水集中收集率提高到70%以上。（牵头单位：县住房城乡建设局；责任单位：县财政局；整改时限：2022年10月底前）',
      '2.开展农村垃圾集中清理整治行动，清理积存垃圾和非正规垃圾堆放点。（牵头单位：县农业农村局；责任单位：各乡镇人民政府；整改时限：2022年8月底前）',
      '3.2022年12月底前建成乡镇污水处理设施8座，配套管网36公里，运行负荷率达到60%以上。（牵头单位：县住房城乡建设局；责任单位：各乡镇人民政府；整改时限：2022年12月底前）',
      '（二）工业园区环境管理不规范的问题。2021年督察发现，园区3家企业危险废物贮存不规范，2家企业在线监测数据异常。',
      '1.2022年6月底前完成园区企业危险废物规范化管理专项检查，问题企业整改率达到100%。（牵头单位：市生态环境局县分局；责任单位：县工业园区管委会；整改时限：2022年6月底前）',
      '2.督促园区企业规范运行在线监测设备，数据传输有效率达到90%以上，对数据异常的企业依法查处。（牵头单位：市生态环境局县分局；整改时限：长期坚持）',
      '（三）大气污染防治工作推进不力的问题。2021年县城PM2.5平均浓度为41微克/立方米，同比上升5.1%，优良天数比例为83.2%，未完成年度目标。',
      '1.2022年完成35蒸吨/小时以下燃煤锅炉淘汰12台，县城建成区PM2.5平均浓度下降到38微克/立方米以下。（牵头单位：市生态环境局县分局；责任单位：县市场监管局；整改时限：2022年12月底前）',
      '2.2022年9月底前完成G207国道沿线15家砂石料场扬尘整治，道路机扫率达到85%以上。（牵头单位：县交通运输局；责任单位：县城市管理局；整改时限：2022年9月底前）',
      '3.2022年11月底前对全县126家餐饮单位油烟净化设施开展检查，安装率、正常运行率均达到95%以上。（牵头单位：县城市管理局；责任单位：市生态环境局县分局；整改时限：2022年11月底前）',
      '（四）饮用水水源地保护不到位的问题。2021年抽查的12个千吨万人水源地中，有5个保护区标志不全，3个存在违规建筑共计1860平方米，2个水质不稳定达标。',
      '1.2022年7月31日前完成12个千吨万人水源地保护区标志设置，拆除违规建筑1860平方米，清理整治率达到100%。（牵头单位：市生态环境局县分局；责任单位：县水利局、有关乡镇人民政府；整改时限：2022年7月底前）',
    ]),
  ].join('\n');

  it('joins the first line of a numbered item, as wide as the wrap, with the rest of its sentence', () => {
    const lines = plan.split('\n');
    // The premise: the item's first line is 29 characters long, as wide as the wrap as printed.
    const first = lines.find((l) => l.startsWith('2.开展'))!;
    expect([first.length, printedWidth(first)]).toEqual([29, 28]);
    const task = tasks(plan).find((t) => t.id === '1.1.2')!;
    // It had been a heading (`title` the cut line) and the text kept the line break.
    expect(task.title).toBeNull();
    expect(task.text).toBe('开展农村垃圾集中清理整治行动，清理积存垃圾和非正规垃圾堆放点。');
    expect(roles(task)).toEqual({ lead: ['县农业农村局'], responsible: ['各乡镇人民政府'], support: [] });
  });

  it('still keeps a numbered heading of its own line, short of the wrap, as a heading', () => {
    const text = [plan, '二、保障措施', '（一）加强组织领导', '成立整改工作领导小组，统筹推进整改工作。（牵头单位：县生态环境委员会办公室）'].join('\n');
    const item = parsed(text).matrix.tasks.find((t) => t.id === '2.1')!;
    expect(item.title).toBe('加强组织领导');
  });
});

describe('run-in items a PDF wrapped after a semicolon (probe 103)', () => {
  it('reads `二是` at a line start under a line as wide as the wrap as the same paragraph: one task', () => {
    const notice = [
      '某区优化营商环境实施方案',
      '',
      '二、重点任务',
      ...pdfLines([
        '（三）优化政务服务。2021年底前实现95%以上政务服务事项“一网通办”，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至60个工作日以内。〔牵头单位：区行政审批局；责任单位：区直有关部门〕',
        '（四）强化要素保障。围绕企业融资、用工、用地等需求，2021年新增企业贷款30亿元以上，保障工业用地1200亩以上。',
      ]),
      // The probe's lines as the PDF reader gave them: Word does not break `2.1`, so its line is half a character short.
      '1.缓解融资难融资贵。一是深化政银企对接，用好“专精特',
      '新贷”等金融产品，新增普惠小微企业贷款10亿元以上、首贷户',
      '2.1万户以上〔牵头单位：区金融办；责任单位：区财政局〕；',
      '二是发挥政府性融资担保作用，扩大担保业务规模，降低担保费',
      '率〔牵头单位：区科技和经济信息化局；责任单位：各街道办事',
      '处〕。',
      ...pdfLines(['2.加强人才支撑。落实“招才兴业”计划，为企业引进急需紧缺人才，做好人才安居、子女入学等服务保障。〔牵头单位：区人社局；责任单位：区教育局〕']),
    ];
    // The premise: the line ending `；` is 29 characters, 28 as printed; the next starts with `二是`.
    const semicolon = notice.find((l) => l.endsWith('；'))!;
    expect(printedWidth(semicolon)).toBe(28);
    expect(notice[notice.indexOf(semicolon) + 1].startsWith('二是')).toBe(true);
    const list = tasks(notice.join('\n'));
    // It had been two tasks, `2.4.1#1` and `2.4.1#2`, in silence.
    expect(list.map((t) => t.id)).toEqual(['2.3', '2.4.1', '2.4.2']);
    expect(roles(list[1])).toEqual({ lead: ['区金融办', '区科技和经济信息化局'], responsible: ['区财政局', '各街道办事处'], support: [] });
  });

  it('keeps run-in items that are paragraphs of their own (not under a full line) as tasks of their own', () => {
    const list = tasks(['一、任务', '（一）缓解融资难', '一是深化政银企对接。〔牵头单位：区金融办〕；', '二是发挥担保作用。〔牵头单位：区科技局〕。'].join('\n'));
    expect(list.map((t) => t.id)).toEqual(['1.1#1', '1.1#2']);
  });
});

describe('a sentence naming who acts before a labelled time limit (a fresh user)', () => {
  it('reads `由X负责。` and `X牵头，Y配合。` followed by `完成时限：…` in the same paragraph', () => {
    const list = tasks([
      '某县工作方案',
      '',
      '一、重点任务',
      '（一）推进乡村振兴。由县农业农村局负责。完成时限：2025年11月底前。',
      '（二）推进城市更新。由县住建局牵头，县市场监管局、县消防救援大队配合。完成时限：2025年12月底前。',
      '（三）推进教育发展。县教育局牵头，县财政局配合。完成时限：2025年12月底前。',
    ].join('\n'));
    // The units had been lost, with a `no-unit` error that blamed the item above.
    expect(list.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1', { lead: [], responsible: ['县农业农村局'], support: [] }, '2025年11月底前'],
      ['1.2', { lead: ['县住建局'], responsible: [], support: ['县市场监管局', '县消防救援大队'] }, '2025年12月底前'],
      ['1.3', { lead: ['县教育局'], responsible: [], support: ['县财政局'] }, '2025年12月底前'],
    ]);
    expect(list[0].text).toBe('推进乡村振兴。由县农业农村局负责。');
  });

  it('does not read prose before the label (`由县财政局负责统筹资金，确保…`)', () => {
    const { matrix, messages } = parsed(['一、重点任务', '（一）推进乡村振兴。由县财政局负责统筹资金，确保项目按期建成。完成时限：2025年11月底前。'].join('\n'));
    expect(matrix.tasks.map((t) => roles(t))).toEqual([{ lead: [], responsible: [], support: [] }]);
    expect(messages.some((m) => m.ruleId === 'no-unit')).toBe(true);
  });
});

describe('the lead worded 负总责 or 主抓 outside a bracket (a fresh user)', () => {
  it('reads `X负总责，Y具体负责。`, `X主抓，Y配合。` and `由X负总责，Y具体负责。` closing an item', () => {
    const list = tasks([
      '一、重点任务',
      '（一）抓好招商引资。县发改局负总责，县财政局具体负责。',
      '（二）抓好项目建设。县发改局主抓，县财政局配合。',
      '（三）抓好安全生产。由县应急局负总责，县公安局具体负责。',
    ].join('\n'));
    // Each had been lost in silence (exit 0, `check`: no problems).
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县发改局'], responsible: ['县财政局'], support: [] }],
      ['1.2', { lead: ['县发改局'], responsible: [], support: ['县财政局'] }],
      ['1.3', { lead: ['县应急局'], responsible: ['县公安局'], support: [] }],
    ]);
  });
});

describe('`为配合单位` after a collective name (a fresh user)', () => {
  it('reads `县级各部门为配合单位` and `各有关单位为配合单位`', () => {
    const { matrix, messages } = parsed([
      '一、重点任务',
      '（一）推进数字政府。（县大数据局为牵头单位，县级各部门为配合单位）',
      '（二）优化营商环境。（县发改局为牵头单位，各有关单位为配合单位）',
    ].join('\n'));
    // The bracket had been left unread, an `unaccounted-marker` error.
    expect(matrix.tasks.map((t) => roles(t))).toEqual([
      { lead: ['县大数据局'], responsible: [], support: ['县级各部门'] },
      { lead: ['县发改局'], responsible: [], support: ['各有关单位'] },
    ]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('still reads a note on the first unit (`第一责任单位为牵头单位`, `排在首位为牵头单位`) as a note, not a role', () => {
    const list = tasks([
      '一、重点任务',
      '（一）降低用地成本。责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）',
      '（二）降低税费。[责任单位：市税务局、市财政局，各县(市、区)政府，排在首位为牵头单位，下同]',
    ].join('\n'));
    expect(list.map((t) => roles(t))).toEqual([
      { lead: ['市发改委'], responsible: ['市财政局'], support: [] },
      { lead: ['市税务局'], responsible: ['市财政局', '各县（市、区）政府'], support: [] },
    ]);
  });
});
