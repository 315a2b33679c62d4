import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/notice/paragraphs.js';
import { readText } from '../../src/read/text.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { parseText } from '../helpers/parse.js';

const paras = (text: string, md = false) => buildParagraphs((md ? readMarkdown(text) : readText(text)).blocks);

describe('repair of converted text', () => {
  it('joins a unit name cut by a page break, with a warning at the join', () => {
    const { paragraphs, repairs } = paras('2.加强服务。〔牵头单位：县卫健局；责任单位：县委宣传部、县经科\n\n信局、县应急管理局〕\n');
    expect(paragraphs.map((p) => p.text)).toEqual(['2.加强服务。〔牵头单位：县卫健局；责任单位：县委宣传部、县经科信局、县应急管理局〕']);
    expect(repairs.map((r) => [r.ruleId, r.severity, r.line])).toEqual([['page-break-join', 'warning', 3]]);
  });

  it('joins a keyword cut by a page break', () => {
    const { matrix } = parseText('一、任务\n1.强化责任。组建宣讲团。〔牵\n\n头单位：县科协；责任单位：县委宣传部〕\n');
    expect(matrix.tasks[0].lead).toEqual(['县科协']);
  });

  it('joins a sentence cut by a page break and drops the page number', () => {
    const { paragraphs } = paras('10.加快集聚创新人才。完善人才引进、培养和激励政策，面向重点产业引进一批\n\n- 3 -\n\n急需紧缺人才和创新团队。（牵头单位：市委组织部）\n');
    expect(paragraphs.map((p) => p.text)).toEqual(['10.加快集聚创新人才。完善人才引进、培养和激励政策，面向重点产业引进一批急需紧缺人才和创新团队。（牵头单位：市委组织部）']);
  });

  it('joins a figure cut off by a page break after a short line (`3.5亿元` is no item 3), but not after a finished sentence', () => {
    const text = '一、任务\n\n1.甲。内容。（牵头单位：县发改委）\n\n2.乙。全年完成固定资产投资\n\n- 3 -\n\n3.5亿元以上。（牵头单位：县教育局）\n\n3.丙。内容。（牵头单位：县财政局）\n';
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text, t.lead])).toEqual([
      ['1.1', '甲。内容。', ['县发改委']],
      ['1.2', '乙。全年完成固定资产投资3.5亿元以上。', ['县教育局']],
      ['1.3', '丙。内容。', ['县财政局']],
    ]);
    // A sentence that ended, or a heading, before the break: `3.5` there is the next item's number, as before.
    expect(paras('2.乙。全年完成投资。\n\n- 3 -\n\n3.5G基站建设。').paragraphs).toHaveLength(2);
    expect(paras('（二）推进重点项目\n\n- 3 -\n\n1.5G基站建设。').paragraphs).toHaveLength(2);
  });

  it('does not glue the next paragraph onto a field line when no blank line separates them (probe 17)', () => {
    const text = [
      '一、总体任务',
      '（一）甲项工作。完善社区嵌入式服务设施。',
      '牵头单位：省住房城乡建设厅',
      '配合单位：省民政厅',
      '　　推动服务平台开通老年人专属服务入口，方便老年人办事。',
      '牵头单位：省商务厅',
      '完成时限：2025年6月底前',
      '　　推动快递、外卖进社区。',
      '牵头单位：省邮政管理局',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['1.1#1', '甲项工作。完善社区嵌入式服务设施。', ['省住房城乡建设厅'], ['省民政厅'], null],
      ['1.1#2', '推动服务平台开通老年人专属服务入口，方便老年人办事。', ['省商务厅'], [], '2025年6月底前'],
      ['1.1#3', '推动快递、外卖进社区。', ['省邮政管理局'], [], null],
    ]);
    // The rest of a wrapped value still joins: a name's ending, a list's last names, a deadline's rest.
    expect(paras('配合单位：县发改局、县财政局\n县住建局、县交通局。').paragraphs.map((p) => p.text)).toEqual(['配合单位：县发改局、县财政局县住建局、县交通局。']);
    expect(paras('完成时限：长期坚持，每年12月底前报送工作\n进展情况和下一步工作计划。').paragraphs).toHaveLength(1);
  });

  it('never takes the tail of a wrapped sentence for a running footer, though it repeats beside a page number (probe 19)', () => {
    const text = [
      '一、提高审批效率',
      '1. 精简项目审批手续。全面推行网上审批。(区政务',
      '服务局牵头，区发改局、区级相关部门',
      '配合)',
      '2. 强化督查考核。将各项措施落实情况纳入年度目',
      '标考核。(区政府督查室牵头，区级各部门、各街道办事处',
      '配合)',
      '',
      '-2-',
      '',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([
      ['1.1', ['区政务服务局'], ['区发改局', '区级相关部门']],
      ['1.2', ['区政府督查室'], ['区级各部门', '各街道办事处']],
    ]);
  });

  it('joins wrapped lines into paragraphs of at most 10,000 characters, losing none (joining stays linear, probe 18)', () => {
    const line = `${'推进'.repeat(49)}工作`;
    const { paragraphs } = paras(`1.办好活动。\n${Array.from({ length: 300 }, () => line).join('\n')}\n`);
    expect(paragraphs.map((p) => p.text.length)).toEqual([7, 10_000, 10_000, 10_000]);
    expect(paragraphs.map((p) => p.text).join('')).toBe(`1.办好活动。${line.repeat(300)}`);
  });

  it('reads a label whose units are on the next line, and drops a gazette running header met once (probe 20)', () => {
    const text = ['一、重点任务', '1.推进老旧小区改造。年内改造小区32个。', '牵头单位：县住建局', '责任单位：', '县财政局、县城管局', '2.建立长效管理机制。', '牵头单位：', '县住建局', '责任单位：县民政局'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['县住建局'], ['县财政局', '县城管局']],
      ['1.2', ['县住建局'], ['县民政局']],
    ]);
    const gazette = ['一、产业发展', '1.培育零部件产业。〔牵头单位：县经信局；责任单位：县投资促进中心、县交', '                —1—', '', '某县人民政府公报　　　　　　　　　　　　2024年第3期', '通运输局〕'].join('\n');
    expect(parseText(gazette).matrix.tasks[0].responsible).toEqual(['县投资促进中心', '县交通运输局']);
    expect(paras('2024年第3期　　某县人民政府公报\n1.办好活动。').paragraphs.map((p) => p.text)).toEqual(['1.办好活动。']);
    // A blank line between (Markdown, a paragraph per line): a short value joins, a sentence does not.
    expect(paras('责任单位：\n\n区财政局、区人社局\n').paragraphs.map((p) => p.text)).toEqual(['责任单位：区财政局、区人社局']);
    expect(paras('责任单位：\n\n各单位要加强领导。确保按期完成各项任务。\n').paragraphs).toHaveLength(2);
  });

  it('reads one unit, or the time of a deadline label, across a blank line after a label alone (a .txt saved from Word), not a signature over its date', () => {
    const text = ['某县2024年重点工作任务', '', '一、重点任务', '', '1.推进城区管网改造。', '', '牵头单位：', '', '县住建局', '', '责任单位：', '', '县财政局、县自然资源局', '', '完成时限：', '', '2024年12月底前', '', '2.加快项目建设。', '', '配合单位：', '', '某县人民政府办公室', '', '2024年3月1日'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline])).toEqual([['1.1', ['县住建局'], ['县财政局', '县自然资源局'], [], { text: '2024年12月底前', due: '2024-12-31' }]]);
    expect([matrix.document.issuer, matrix.document.date]).toEqual(['某县人民政府办公室', '2024-03-01']);
    expect(messages.find((m) => m.ruleId === 'page-break-join')?.reason).toBe('Joined the label on line 7 with its value on line 9, across a blank line');
    // A sentence is no deadline's time, nor a unit.
    expect(paras('完成时限：\n\n加强组织领导\n').paragraphs).toHaveLength(2);
  });

  it('reads a 类别 | 任务 table with units inline and no role column: each numbered cell a paragraph (probe 20)', () => {
    const text = ['某县2024年城市更新任务分工表', '', '类别\t工作任务及责任分工', '一、老旧小区改造\t1.完成老旧小区改造32个。（牵头单位：县住建局；责任单位：县财政局）', '\t2.建立长效管理机制。（牵头单位：县住建局；责任单位：县民政局）', '二、城市燃气\t1.更新燃气管道45公里。（牵头单位：县城管局；责任单位：县财政局）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.path, t.text, t.lead, t.responsible])).toEqual([
      ['1.1', ['老旧小区改造'], '完成老旧小区改造32个。', ['县住建局'], ['县财政局']],
      ['1.2', ['老旧小区改造'], '建立长效管理机制。', ['县住建局'], ['县民政局']],
      ['2.1', ['城市燃气'], '更新燃气管道45公里。', ['县城管局'], ['县财政局']],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it("keeps what today's new join rules must not take (probe 21's false positives)", () => {
    const tasksOf = (text: string) => parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text ?? null]);
    // A name cut after its place, and a time cut before 前: the rest of the value, not a sentence of its own.
    expect(tasksOf('一、任务\n　　1.抓好重点项目建设。\n　　牵头单位：市发改委\n　　配合单位：市自然资源局、市住建局、市\n　　生态环境分局、市直各有关部门。\n　　完成时限：2024年11月底前')).toEqual([
      ['1.1', ['市发改委'], ['市自然资源局', '市住建局', '市生态环境分局', '市直各有关部门'], '2024年11月底前'],
    ]);
    expect(tasksOf('一、任务\n　　1.实施老旧小区改造。\n　　牵头单位：县住建局\n　　完成时限：2024年6月底前开工建设，2024年11月底\n　　前全部完成改造并通过竣工验收。')[0][3]).toBe('2024年6月底前开工建设，2024年11月底前全部完成改造并通过竣工验收');
    // A label alone before a sentence, or before a signature and its date: the sentence is no unit.
    expect(tasksOf('一、任务\n1.提升通关效率。\n牵头单位：市口岸办\n配合单位：\n各配合单位按职责协同落实。')).toEqual([['1.1', ['市口岸办'], [], null]]);
    const signed = parseText('一、任务\n1.提升通关效率。\n牵头单位：市口岸办\n配合单位：\n\n二连浩特市人民政府办公室\n2024年3月5日\n').matrix;
    expect([signed.tasks[0].support, signed.document.issuer, signed.document.date]).toEqual([[], '二连浩特市人民政府办公室', '2024-03-05']);
    // 版权所有 inside a task is text; after a one-title 附件 line, a numbered line is the plan's next item.
    expect(tasksOf('一、任务\n1.支持版权所有人依法维权。（牵头单位：县委宣传部）\n2.推进软件正版化。（牵头单位：县委宣传部）').map((t) => t[0])).toEqual(['1.1', '1.2']);
    expect(tasksOf('一、工作任务\n\n1.开展隐患排查\n\n全面排查安全隐患。（牵头单位：县应急局）\n\n附件：安全隐患排查登记表\n\n2.加强监督检查\n\n实行挂牌督办。（牵头单位：县市场监管局）').map((t) => t[0])).toEqual(['1.1', '1.2']);
  });

  it('joins the hard-wrapped label lines of a PDF copy: a label cut in two, a value after a label ending the line, a name cut by a page break (probe 31)', () => {
    const text = ['某县2024年民生实事实施方案', '一、实事项目', '1.推进学校扩容。新建城关第三小学，新增学位1800个。', '责任领导：副县长王海燕；牵头单位：县教育体育局；责任单位：', '县发展和改革局、县财政局；完成时限：2024年', '8月底前', '2.巩固农村供水。新建改造管网260公里。', '牵头单位：县水利局；责任单位：县财政局、各镇人民政府；完成', '时限：2024年10月底前', '3.改造农贸市场。完成3个农贸市场提升改造。', '牵头单位：县市场监督管理局；责任', '单位：县商务局；配合单位：县公安局', '4.改造老旧小区。完成32个老旧小区改造。', '牵头单位：县住房和城乡建设局', '责任单位：县财政局、城关镇人', '-3-', '民政府、国网鹤原县供电公司', '完成时限：2024年11月底前'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['县教育体育局'], ['县发展和改革局', '县财政局'], [], '2024年8月底前'],
      ['1.2', ['县水利局'], ['县财政局', '各镇人民政府'], [], '2024年10月底前'],
      ['1.3', ['县市场监督管理局'], ['县商务局'], ['县公安局'], null],
      ['1.4', ['县住房和城乡建设局'], ['县财政局', '城关镇人民政府', '国网鹤原县供电公司'], [], '2024年11月底前'],
    ]);
    // A whole deadline, then a note after a blank line: no name was cut.
    expect(paras('完成时限：2024年9月底前\n\n注：责任单位中列第一位的为牵头单位。\n').paragraphs).toHaveLength(2);
    // A level alone before a whole label is no cut label.
    expect(paras('责任单位：县财政局、县\n牵头单位：县发改局\n').paragraphs).toHaveLength(2);
  });

  it('starts a paragraph at a line indented with a full-width space after a field, its full stop or not (a Word paste, probe 30)', () => {
    const text = ['某县城区停车治理工作方案', '一、重点任务', '（一）加强停车设施建设', '　　推进城区公共停车场建设，新增公共停车泊位1200个', '　　牵头单位：县交通运输局', '　　完成时限：2024年6月底前', '　　规范道路临时停车泊位设置和收费管理，加强违停治理', '　　牵头单位：县公安局交警大队', '　　责任单位：县城管执法局'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1#1', ['县交通运输局'], [], '2024年6月底前'],
      ['1.1#2', ['县公安局交警大队'], ['县城管执法局'], null],
    ]);
    // The indented rest of a list a wrap cut still joins.
    expect(paras('配合单位：市发改委、国网二连浩特供电\n　　公司、县住建局\n').paragraphs).toHaveLength(1);
  });

  it('joins an item whose first line, two short of the wrap (its indent dropped), a page break cut (probes 29–31)', () => {
    // A PDF's copy at 28 characters a line; each item's first line lost its two-character indent.
    const wrapAt = (s: string, first: number) => [s.slice(0, first), ...(s.slice(first).match(/.{1,28}/g) ?? [])];
    const one = wrapAt('（一）推进重点行业设备更新改造。围绕钢铁、有色、石化、化工、建材、机械、轻工、纺织等重点行业，对标能效标杆水平，分行业分领域实施节能降碳技术改造，推动重点用能设备、工业锅炉、电机、变压器等通用设备更新，到2027年工业领域设备投资规模较2023年增长25%以上，规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别达到85%和70%。（牵头单位：省工业和信息化厅；责任单位：省发展改革委、省财政厅）', 26);
    const two = wrapAt('（二）支持交通运输设备和老旧农业机械更新。持续推进城市公交车电动化替代，加快淘汰国三及以下排放标准营运类柴油货车。（牵头单位：省交通运输厅；责任单位：省财政厅）', 26);
    const text = ['某省2024年重点任务分工', '一、重点任务', ...one, two[0], '', '— 2 —', '', ...two.slice(1)].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks[1].text).toBe('支持交通运输设备和老旧农业机械更新。持续推进城市公交车电动化替代，加快淘汰国三及以下排放标准营运类柴油货车。');
    expect(messages.filter((m) => m.ruleId === 'page-break-join')).toHaveLength(1);
  });

  it('joins a soft-wrapped line inside a paragraph and a wrapped unit list line', () => {
    expect(paras('13. 加强生态保护。实施黄河滩区生态修复工程，推进水土流失综合治理，持续改善\n沿黄生态环境质量。\n').paragraphs.map((p) => p.text)).toEqual([
      '13. 加强生态保护。实施黄河滩区生态修复工程，推进水土流失综合治理，持续改善沿黄生态环境质量。',
    ]);
    expect(paras('配合单位：市发改委、国网二连浩特供电\n　　公司\n完成时限：2024年12月底前\n').paragraphs.map((p) => p.text)).toEqual(['配合单位：市发改委、国网二连浩特供电公司', '完成时限：2024年12月底前']);
  });

  it('never joins two real paragraphs', () => {
    const text = [
      '三、保障措施',
      '各地各部门要把优化营商环境作为一把手工程。',
      '（一）开展节庆科普提升活动',
      '',
      '广泛开展文化科技卫生三下乡活动，积极举办社会需要、特色鲜明、群众喜爱的科普活动',
      '',
      '1.建立机制。',
      '牵头单位：县科协',
      '完成时限：2024年6月',
    ].join('\n');
    expect(paras(text).paragraphs.map((p) => p.text)).toEqual([
      '三、保障措施',
      '各地各部门要把优化营商环境作为一把手工程。',
      '（一）开展节庆科普提升活动',
      '广泛开展文化科技卫生三下乡活动，积极举办社会需要、特色鲜明、群众喜爱的科普活动',
      '1.建立机制。',
      '牵头单位：县科协',
      '完成时限：2024年6月',
    ]);
  });

  it('removes bold marks and ideographic-space indents, keeping positions', () => {
    const { paragraphs } = paras('　　建成市级科普基地**3**个。\n');
    expect(paragraphs[0].text).toBe('建成市级科普基地3个。');
    expect(paragraphs[0].pieces[0]).toEqual({ offset: 0, line: 1, column: 3 });
  });

  it('takes the number of a Markdown ordered list item from the source', () => {
    const { matrix } = parseText('一、任务\n\n1. 将弘扬科学精神贯穿学校教育全过程。〔牵头单位：县教体局〕\n\n2.提升水平。〔牵头单位：县科协〕\n', 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.marker, t.title])).toEqual([
      ['1.1', '1.', null],
      ['1.2', '2.', null],
    ]);
  });

  it('reads a title set over several lines or in bold as one title', () => {
    const { matrix } = parseText('**XX县人民政府\n关于印发《XX县科学素质行动\n分工方案》的通知**\n\nXX县人民政府\n\n2023年10月10日\n\nXX县科学素质行动\n分工方案\n\n一、任务\n\n1.办好活动。〔牵头单位：县科协〕\n', 'markdown');
    expect(matrix.document).toMatchObject({ notice: 'XX县人民政府关于印发《XX县科学素质行动分工方案》的通知', title: 'XX县科学素质行动分工方案', issuer: 'XX县人民政府', date: '2023-10-10' });
  });
});

describe('page furniture', () => {
  it('drops a running header printed on every page and bare page numbers, and joins across them', () => {
    const text = ['XX县人民政府办公室文件', '', '一、任务', '', '1.办好活动。组织开展科普日、科技活动周等群众性科普活动，推动', '', '2', '', 'XX县人民政府办公室文件', '', '科普进社区。（县科协负责）', '', '3', '', 'XX县人民政府办公室文件', '', '2.加强培训。（县人社局负责）'].join('\n');
    const { paragraphs } = paras(text);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '一、任务',
      '1.办好活动。组织开展科普日、科技活动周等群众性科普活动，推动科普进社区。（县科协负责）',
      '2.加强培训。（县人社局负责）',
    ]);
  });
  it.each(['第3页/共8页', '第 3 页 共 8 页', '共8页 第3页', '- 3 -', '3/8'])('drops the page footer %s and joins across it (probe 22)', (footer) => {
    const { paragraphs } = paras(['一、整改任务', '1．全面排查整治。对违法占用耕地图斑逐一建立台账，依法依规拆除复', '', footer, '', '耕或完善用地手续。（牵头单位：县自然资源局）'].join('\n'));
    expect(paragraphs.map((p) => p.text)).toEqual(['一、整改任务', '1．全面排查整治。对违法占用耕地图斑逐一建立台账，依法依规拆除复耕或完善用地手续。（牵头单位：县自然资源局）']);
  });
  it('keeps a repeated heading that is numbered, and a single short line', () => {
    const { paragraphs } = paras('一、任务\n\n附则\n\n二、任务\n');
    expect(paragraphs.map((p) => p.text)).toEqual(['一、任务', '附则', '二、任务']);
  });
});

describe('PDF and OCR damage found by the probes', () => {
  it('drops a bare page number run into a paragraph, and a running header just after a page number', () => {
    const { matrix } = parseText([
      'XX县人民政府办公室关于印发《XX县工作方案》的通知',
      '',
      'XX县人民政府办公室',
      '2024年3月15日',
      '',
      'XX县工作方案',
      '',
      '一、重点任务',
      '1.推进法治建设。',
      '牵头单位：县司法局',
      '4',
      '责任单位：县发改局、县财政局',
      '2.推进住房建设。（牵头单位：县住房和城',
      '- 5 -',
      'XX县人民政府办公室',
      '乡建设局）',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['县司法局'], ['县发改局', '县财政局']],
      ['1.2', ['县住房和城乡建设局'], []],
    ]);
  });

  it('reads 2O24 (the letter O) in a 成文日期 and a 发文字号, and closes up a heading spaced out letter by letter', () => {
    const { matrix } = parseText(['XX县人民政府关于印发《XX县工作方案》的通知', 'X府发〔2O24〕5号', '', 'XX县人民政府', '2O24年3月15日', '', 'XX县工作方案', '', '一、重 点 任 务', '1.推进法治建设。（牵头单位：县司法局）'].join('\n'));
    expect([matrix.document.docNumber, matrix.document.date]).toEqual(['X府发〔2024〕5号', '2024-03-15']);
    expect([matrix.outline[0].title, matrix.tasks[0].path]).toEqual(['重点任务', ['重点任务']]);
  });

  it('joins a numbered line as wide as the text is wrapped at, even without a full stop', () => {
    // A PDF copied line by line: each paragraph, indent included, cut every 20 characters.
    const wrapAt = (paragraph: string, width = 20) => {
      const text = `　　${paragraph}`;
      const lines: string[] = [];
      for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
      return lines;
    };
    const lines = [
      'XX县安全生产工作要点',
      '',
      '一、重点任务',
      ...wrapAt('（一）强化道路交通安全。推进农村公路安全生命防护工程建设，加强重点车辆管理。'),
      ...wrapAt('1.推进农村公路安全生命防护工程建设，完成隐患路段整治50公里。（牵头单位：县交通运输局）'),
      ...wrapAt('2.加强重点车辆动态监控，落实企业主体责任和部门监管责任。（牵头单位：县公安局）'),
      ...wrapAt('3.开展货车超限超载专项治理，严厉打击违法行为。（牵头单位：县交通运输局）'),
    ];
    expect(lines.find((l) => l.includes('1.推进'))).toBe('　　1.推进农村公路安全生命防护工程建设');
    const { matrix } = parseText(lines.join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title, t.lead, t.text])).toEqual([
      ['1.1.1', null, ['县交通运输局'], '推进农村公路安全生命防护工程建设，完成隐患路段整治50公里。'],
      ['1.1.2', null, ['县公安局'], '加强重点车辆动态监控，落实企业主体责任和部门监管责任。'],
      ['1.1.3', null, ['县交通运输局'], '开展货车超限超载专项治理，严厉打击违法行为。'],
    ]);
  });
});

describe('false positives the last probe found in the new rules', () => {
  it('takes no wrap width from one line repeated under every item, nor joins a heading with commas across a blank line', () => {
    const items = [1, 2, 3, 4, 5, 6].map((k) => [`${k}.推进第${k}项重点工作。`, '完成时限：2024年12月底前']).flat();
    const { matrix, messages } = parseText(['XX市工作要点', '', '一、扩大有效投资，加快构建以先进制造业为支撑的现代化产业体系', '', '围绕宜居宜业目标，重点抓好以下工作。', ...items].join('\n'));
    expect(matrix.outline[0].title).toBe('扩大有效投资，加快构建以先进制造业为支撑的现代化产业体系');
    // Nothing joined; each item has a deadline and no unit, which `validate` rejects: said here too (probe 35).
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([6, 8, 10, 12, 14, 16].map((line) => ['no-unit', line, true]));
  });

  it('does not read a sentence going on with `做好以下工作：` as a field of its own', () => {
    const { matrix } = parseText(['XX县农业工作要点', '一、稳定粮食生产', '2.加快推进高标准农田建设，坚持新建与改造提升并重，建管并举，重点', '做好以下工作：一是完善灌排设施。（牵头单位：县农业农村局）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title])).toEqual([['1.2', null]]);
  });
});

describe('the end of a plan', () => {
  it('leaves the traditional 版记 line `…印發` out of the last task (probe 23)', () => {
    const { matrix } = parseText(['某縣工作要點', '一、總體', '1.推進平臺建設，實現數據接入。（責任單位：縣應急管理局）', '', '抄送：縣委辦公室。', '某縣人民政府辦公室　　　　2021年3月5日印發'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title, t.text])).toEqual([['1.1', null, '推進平臺建設，實現數據接入。']]);
  });

  it('keeps the numbered list under a `附件：` line of its own out of the outline (probe 23)', () => {
    const { matrix, messages } = parseText(['某市工作措施', '一、总体', '1.开展汽车促销活动。（市商务局牵头）', '2.优化二手车交易登记。（市公安局负责）', '', '附件：', '1.某市工作措施政策解读.pdf', '2.某市补贴申领指南.docx'].join('\n'));
    expect(matrix.outline.map((i) => [i.id, i.children.map((c) => c.id)])).toEqual([['1', ['1.1', '1.2']]]);
    expect(matrix.tasks.map((t) => [t.id, t.text])).toEqual([['1.1', '开展汽车促销活动。'], ['1.2', '优化二手车交易登记。']]);
    expect(messages.filter((m) => m.ruleId === 'repeated-number')).toEqual([]);
  });
});
