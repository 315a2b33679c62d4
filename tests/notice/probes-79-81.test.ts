import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers/parse.js';

// Cases of the eighteenth round (session 13: probes 79-81: 专项行动 plans, notices naming the institutions of the
// 2023-2024 reform, notices with unusual units), each checked by hand against the contract (matrix-format.md).

const roles = (text: string, format: 'text' | 'markdown' = 'text') => parseText(text, format).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support]);

describe('the note that the first unit leads, in the words of 湖州\'s 2024 责任分解 (probe 80)', () => {
  it('reads 列第一位的为工作牵头单位或汇总单位 as the note, in the first list\'s bracket', () => {
    const text = [
      '湖州市2024年重点工作责任分解',
      '一、科技创新',
      '1.布局建设一批高能级创新平台，争创国家级创新平台1家以上。',
      '责任单位：市委科技办、市科技局、市发改委（列第一位的为工作牵头单位或汇总单位，下同）',
      '2.实施科技企业“双倍增”行动。',
      '责任单位：市科技局、市经信局',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['1.1', ['市委科技办'], ['市科技局', '市发改委'], []],
      ['1.2', ['市科技局'], ['市经信局'], []],
    ]);
  });
});

describe('units marked ☆ under the note 标☆的为牵头单位 (a Zhejiang county\'s 2025 人工智能+ plan: probe 80)', () => {
  const lines = [
    '平湖市推进“人工智能+”行动实施方案',
    '（一）推进“人工智能+工业制造”。打造一批标杆示范项目。（责任单位：☆经信局、科技局。标☆的为牵头单位，下同。）',
    '（二）推进“人工智能+商贸物流”。推动物流园区开展智能分拣。（责任单位：☆商务局、☆交通运输局、供销社）',
    '（三）推进“人工智能+教育”。开展人工智能教育进校园。（责任单位：教育局、人力社保局）',
  ];

  it('makes the marked units the leads, without the mark, and leaves the others where they stand', () => {
    const { matrix, messages } = parseText(lines.join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1', ['经信局'], ['科技局']],
      ['2', ['商务局', '交通运输局'], ['供销社']],
      ['3', [], ['教育局', '人力社保局']],
    ]);
    // The note is understood: no finding says it was dropped from the list.
    expect(messages.filter((m) => m.ruleId === 'list-tail')).toEqual([]);
  });

  it('takes a ★ noted as 带★的为牵头单位 in the covering letter too', () => {
    const text = ['某县2025年工作要点', '带★的为牵头单位。', '一、重点任务', '1.推进数据要素市场化。（责任单位：县财政局、★县数据局）'].join('\n');
    expect(roles(text)).toEqual([['1.1', ['县数据局'], ['县财政局'], []]]);
  });

  it('without the note, drops the mark from the name and gives no role by it', () => {
    const text = ['某县2025年工作要点', '一、重点任务', '1.推进数据要素市场化。（责任单位：★县数据局、县财政局）'].join('\n');
    expect(roles(text)).toEqual([['1.1', [], ['县数据局', '县财政局'], []]]);
  });
});

describe('notices with unusual units (probe 81)', () => {
  it('keeps 及 inside the names of Hong Kong and Macao bureaus, and parts two names at it', () => {
    const text = [
      '广东省推进粤港澳大湾区建设2024年工作要点',
      '一、规则衔接',
      '1.深化内地与港澳规则衔接。',
      '牵头单位：省港澳办；配合单位：省司法厅，香港特区政府政制及内地事务局、澳门特区政府经济及科技发展局、澳门特区政府卫生局及药物监督管理局',
      '2.推动创新科技合作。',
      '牵头单位：省科技厅；配合单位：香港特区政府创新科技及工业局、州委编办及州直相关单位',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['1.1', ['省港澳办'], [], ['省司法厅', '香港特区政府政制及内地事务局', '澳门特区政府经济及科技发展局', '澳门特区政府卫生局', '药物监督管理局']],
      ['1.2', ['省科技厅'], [], ['香港特区政府创新科技及工业局', '州委编办', '州直相关单位']],
    ]);
  });

  it('reads 军分区政委 and 副司令员 before 牵头 as posts, not lead units', () => {
    const text = [
      '淮安市2024年征兵工作实施方案',
      '一、工作任务',
      '1.严格体检政考。（淮安军分区政委牵头，市公安局负责，市卫生健康委配合）',
      '2.做好役前教育。（宜春军分区副司令员牵头，宜春军分区战备建设处负责）',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['1.1', [], ['市公安局'], ['市卫生健康委']],
      ['1.2', [], ['宜春军分区战备建设处'], []],
    ]);
  });

  it('takes the signature above a note on the seal (a 指挥部 with no seal of its own), and leaves such a note out of the issuer', () => {
    const body = ['关于印发《宜春市2024年森林防灭火工作要点》的通知', '', '一、任务', '1.开展火灾隐患排查。（市应急管理局牵头）', ''];
    const own = parseText([...body, '宜春市森林防灭火指挥部', '（宜春市应急管理局代章）', '2024年1月30日'].join('\n')).matrix.document;
    expect([own.issuer, own.date]).toEqual(['宜春市森林防灭火指挥部', '2024-01-30']);
    const inline = parseText([...body, '泗洪县双拥工作领导小组（泗洪县退役军人事务局代章）', '2024年3月1日'].join('\n')).matrix.document;
    expect(inline.issuer).toBe('泗洪县双拥工作领导小组');
  });
});

describe('a web page\'s metadata table in Markdown (a Zhejiang page exported: probe 80)', () => {
  it('reads the 发文字号 from its own cell, not the row\'s cells run together', () => {
    const md = [
      '[首页](http://www.pinghu.gov.cn/) > [政务公开](http://www.pinghu.gov.cn/col/col1229664461/) > 市政府办公室文件',
      '',
      '# 平湖市人民政府办公室关于印发平湖市“人工智能+”行动计划（2025—2027年）的通知',
      '',
      '| 索引号 | 002581497/2025-152613 | 公开方式 | 主动公开 |',
      '| --- | --- | --- | --- |',
      '| 发布机构 | 平湖市人民政府办公室 | 发文字号 | 平政办发〔2025〕18号 |',
      '| 成文日期 | 2025-06-06 | 发布日期 | 2025-06-10 |',
      '',
      '- 发布时间：2025-06-10 16:20',
      '- 信息来源：市府办（市外事办）',
      '',
      '各镇人民政府、街道办事处：',
      '',
      '　　《平湖市“人工智能+”行动计划（2025—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '',
      '平湖市人民政府办公室',
      '',
      '2025年6月6日',
      '',
      '## 平湖市“人工智能+”行动计划（2025—2027年）',
      '',
      '**一、推动重点领域应用**',
      '',
      '（一）推进“人工智能+工业制造”。打造标杆示范项目。（责任单位：经信局）',
    ].join('\n');
    const { document } = parseText(md, 'markdown').matrix;
    expect([document.docNumber, document.issuer, document.date]).toEqual(['平政办发〔2025〕18号', '平湖市人民政府办公室', '2025-06-06']);
  });
});

describe('a fresh user\'s notices (session 13)', () => {
  it('gives a unit named in two roles of a task the first of lead, responsible, support (the matrix had failed validate)', () => {
    const text = ['一、重点任务', '（一）建设公园（县城管局牵头，县财政局、县城管局配合）。', '（二）资金整合。', '责任单位：县财政局', '配合单位：县财政局、县审计局'].join('\n');
    expect(roles(text)).toEqual([
      ['1.1', ['县城管局'], [], ['县财政局']],
      ['1.2', [], ['县财政局'], ['县审计局']],
    ]);
  });

  it('reads a bracket of names that ends in a time: the names under the note on leads, the time the deadline', () => {
    const text = ['一、强化要素保障', '1.降低物流成本。（市交通运输局、市发改委，2024年9月底前完成）', '2.加强用地保障。（市自然资源局，各县市区政府）', '注：排在第一位的为牵头单位。'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline])).toEqual([
      ['1.1', ['市交通运输局'], ['市发改委'], { text: '2024年9月底前完成', due: '2024-09-30' }],
      ['1.2', ['市自然资源局'], ['各县市区政府'], null],
    ]);
  });
});

describe('a PDF\'s wrap that puts an item\'s closing bracket at a line\'s start (probe 79)', () => {
  it('keeps the bracket with the item it closes, after a line as wide as the wrap that ends a sentence', () => {
    const text = [
      '临泉县2025—2026年秋冬季大气污染防治',
      '攻坚行动方案',
      '为持续改善全县环境空气质量，有效应对秋冬季重污染天气，',
      '根据《阜阳市2025—2026年秋冬季大气污染防治攻坚行动方案》',
      '要求，结合我县实际，制定本方案。',
      '一、工作目标',
      '2025年10月1日至2026年3月31日，全县PM2.5平均浓度控制',
      '在42微克/立方米以内，重度及以上污染天数控制在3天以内。',
      '二、重点任务',
      '1、强化扬尘污染管控。严格落实建筑工地“六个百分之百”',
      '要求，加强道路扬尘、裸露地面和堆场扬尘治理，县城建成区主',
      '次干道机扫率达到95%以上。（县住房城乡建设局牵头，县交通',
      '运输局、县水利局、县城市管理局、各乡镇人民政府配合）',
      '2、加强机动车污染防治。开展柴油货车路检路查和入户抽',
      '查，严厉打击尾气超标排放行为，加快淘汰国三及以下排放标准',
      '营运柴油货车。（县公安局交警大队、县生态环境分局牵头，县',
      '交通运输局、县商务局配合，2025年11月底前完成）',
      '3、严控秸秆和垃圾露天焚烧。落实县、乡、村三级网格化',
      '监管责任，综合运用高空视频监控、无人机巡查等手段，实现秸',
      '秆露天焚烧“零火点”。（各乡镇人民政府负责，县农业农村局、',
      '县城市管理局配合）',
      '4、深化工业企业污染治理。对全县涉气工业企业开展执法',
      '',
      '',
      '检查，推进重点行业超低排放改造和挥发性有机物综合治理。',
      '（县生态环境分局牵头，县经济和信息化局、县市场监管局配合）',
      '5、做好重污染天气应对。修订完善重污染天气应急预案，',
      '更新应急减排清单，严格落实重污染天气预警期间各项减排措施。',
      '（县生态环境分局负责，2025年10月15日前完成）',
      '三、实施步骤',
      '1、部署阶段（2025年9月25日—9月30日）。各乡镇、各有',
      '关部门制定本地区、本部门具体工作方案，明确任务分工。',
      '2、攻坚阶段（2025年10月1日—2026年2月28日）。全面落',
      '实各项攻坚任务，每周调度工作进展。',
      '3、总结阶段（2026年3月）。全面总结攻坚行动成效，于',
      '2026年3月31日前将工作总结报县大气办。',
      '四、保障措施',
      '1、加强组织领导。成立由县政府分管副县长牵头的秋冬季',
      '大气污染防治攻坚工作专班，专班办公室设在县生态环境分局，',
      '统筹推进攻坚行动各项工作。',
      '2、强化督查考核。县大气办每周调度各乡镇空气质量和任',
      '务完成情况，对工作不力、排名靠后的乡镇进行约谈。',
      '3、加强宣传引导。充分利用广播、电视、微信公众号等平',
      '台，广泛宣传大气污染防治政策措施，引导群众积极参与和监督。',
      '（县委宣传部、县融媒体中心负责）',
    ].join('\n');
    const tasks = parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible]);
    // The last item of 保障措施 (none of its items has units before it): the bracket is its own, not the section's.
    expect(tasks[tasks.length - 1]).toEqual(['4.3', [], ['县委宣传部', '县融媒体中心']]);
    expect(tasks.map((t) => t[0])).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '4.3']);
  });
});

describe('an attachment that numbers its items from 1 again (probe 79)', () => {
  it('gives the ids it shares with the plan their -2, with one note, not a warning per number', () => {
    const text = [
      '某县医保基金专项整治行动方案',
      '一、工作目标',
      '二、工作步骤',
      '三、工作要求',
      '附件1',
      '专项整治任务清单',
      '1.开展定点医药机构自查自纠。（县医保局负责）',
      '2.开展部门联合检查。（县医保局牵头，县卫健委配合）',
      '4.公开曝光典型案例。（县医保局负责）',
      '4.建立长效机制。（县医保局负责）',
    ].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1-2', '2-2', '4', '4-2']);
    expect(messages.filter((m) => m.ruleId === 'repeated-number').map((m) => [m.line, m.fatal ?? 'info'])).toEqual([
      [7, 'info'],
      // A number the attachment itself repeats is still one to check.
      [10, false],
    ]);
  });
});
