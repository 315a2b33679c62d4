import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

/** A Word document of a title and one table, compiled; a cell `[text, 'restart' | 'continue']` is merged down. */
async function compileDocxTable(title: string, rows: Array<Array<string | [string, 'restart' | 'continue']>>) {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } = await import('docx');
  const { readDocx } = await import('../../src/read/docx.js');
  const { parseNotice } = await import('../../src/notice/parse-notice.js');
  const cell = (c: string | [string, 'restart' | 'continue']) =>
    typeof c === 'string'
      ? new TableCell({ children: [new Paragraph(c)] })
      : new TableCell({ children: [new Paragraph(c[0])], verticalMerge: c[1] === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE });
  const doc = new Document({ sections: [{ children: [new Paragraph(title), new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })] }] });
  return parseNotice(await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'merged.docx'));
}

describe('task tables', () => {
  it('reads a GFM 任务分工表 with category rows, <br> in cells and a deadline column', () => {
    const md = [
      '## XX县2024年重点工作任务分工表',
      '',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 一 | 优化营商环境 |  |  |  |',
      '| 1 | 推行一件事一次办。 | 县数据局<br>县政务服务中心 | 县市场监管局、县税务局 | 2024年6月底前 |',
      '| 2 | 开展涉企收费清理。 | 县发改委 | 县财政局 | 长期坚持 |',
      '| 二 | 扩大有效投资 |  |  |  |',
      '| 3 | 加快重点项目建设。 | 县发改委 |  | 2024年 |',
    ].join('\n');
    const { matrix } = parseText(md, 'markdown');
    expect(matrix.outline.map((i) => [i.id, i.title, i.children.map((c) => c.id)])).toEqual([
      ['1', '优化营商环境', ['1.1', '1.2']],
      ['2', '扩大有效投资', ['2.3']],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline])).toEqual([
      ['1.1', '推行一件事一次办。', ['县数据局', '县政务服务中心'], ['县市场监管局', '县税务局'], { text: '2024年6月底前', due: '2024-06-30' }],
      ['1.2', '开展涉企收费清理。', ['县发改委'], ['县财政局'], { text: '长期坚持', due: null }],
      ['2.3', '加快重点项目建设。', ['县发改委'], [], { text: '2024年', due: '2024-12-31' }],
    ]);
    expect(matrix.tasks[0].source).toEqual({ line: 6, endLine: 6 });
  });

  it('repeats a 序号 and a task cell merged down over rows that each hold a task of their own: they belong to each row', () => {
    // matrix-format.md "Tables": a merged cell belongs to each row it spans, so each row is item 1 (probe 38, whose
    // 整改清单 merged 序号 and 问题 over their 整改措施 rows; probe 13's reading, `1#1` `1#2` under an item 码头二期,
    // is not the contract's).
    const md = '<table><tr><td>序号</td><td>项目</td><td>建设内容</td><td>牵头单位</td></tr><tr><td rowspan="2">1</td><td rowspan="2">码头二期</td><td>主体工程。</td><td>县交通局</td></tr><tr><td>集疏运道路。</td><td>县住建局</td></tr></table>\n';
    const { matrix, messages } = parseText(md, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead])).toEqual([
      ['1', '码头二期\n主体工程。', ['县交通局']],
      ['1-2', '码头二期\n集疏运道路。', ['县住建局']],
    ]);
    // A note (info: the notice repeats nothing), once for the merged cell (probe 104: a warning had stood at every row).
    expect(messages.map((m) => [m.ruleId, m.reason, m.fatal])).toEqual([['repeated-number', 'The number `1` is merged over several rows, each with a task of its own: the rows after its first get `-2`, `-3`…', undefined]]);
    const three = parseText(md.replace('rowspan="2">1', 'rowspan="3">1').replace('rowspan="2">码头二期', 'rowspan="3">码头二期').replace('</table>', '<tr><td>堆场。</td><td>县港航中心</td></tr></table>'), 'markdown');
    expect(three.matrix.tasks.map((t) => t.id)).toEqual(['1', '1-2', '1-3']);
    expect(three.messages.map((m) => m.ruleId)).toEqual(['repeated-number']);
  });

  it('merges rows that only continue the cells of the row above (a PDF or narrow sheet wrapped them), not whole rows under an empty 序号', () => {
    const tsv = [
      '某县2024年城市更新重点工作任务分解表',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t推进老旧小区改造，年内开工改造老旧\t县住建局\t县财政局、县发改\t2024年11月',
      '\t小区32个，惠及居民1.2万户。\t\t局，各街道办事处\t底前',
      '2\t实施排水防涝工程，新建改造\t县城管局\t县水利局\t2024年汛期',
      '\t雨水管网45公里。\t\t\t前',
      '3\t建设口袋公园10个。\t县住建局\t县财政局\t2024年底',
      '\t实施道路绿化提升。\t县城管局\t县交通局\t2024年9月底',
    ].join('\n');
    const { matrix } = parseText(tsv);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.text, t.source])).toEqual([
      ['1', '推进老旧小区改造，年内开工改造老旧小区32个，惠及居民1.2万户。', ['县住建局'], ['县财政局', '县发改局', '各街道办事处'], '2024年11月底前', { line: 3, endLine: 4 }],
      ['2', '实施排水防涝工程，新建改造雨水管网45公里。', ['县城管局'], ['县水利局'], '2024年汛期前', { line: 5, endLine: 6 }],
      // Whole cells under an empty 序号: another measure of item 3 (a merged 序号), as before.
      ['3#1', '建设口袋公园10个。', ['县住建局'], ['县财政局'], '2024年底', { line: 7, endLine: 7 }],
      ['3#2', '实施道路绿化提升。', ['县城管局'], ['县交通局'], '2024年9月底', { line: 8, endLine: 8 }],
    ]);
  });

  it('reads 民生实事 and 整改问题 columns as the task text (a new user\'s table: the text came out empty)', () => {
    const md = ['| 序号 | 民生实事 | 牵头单位 |', '| --- | --- | --- |', '| 1 | 新建城区停车位500个。 | 县住建局 |', '', '| 序号 | 整改问题 | 责任单位 |', '| --- | --- | --- |', '| 1 | 部分项目审批超时。 | 县政务服务中心 |'].join('\n');
    expect(parseText(md, 'markdown').matrix.tasks.map((t) => [t.text, t.lead, t.responsible])).toEqual([
      ['新建城区停车位500个。', ['县住建局'], []],
      ['部分项目审批超时。', [], ['县政务服务中心']],
    ]);
  });

  it('joins a date wrapped inside a deadline cell, and keeps two clauses of one apart', () => {
    const md = [
      '| 序号 | 工作任务 | 牵头单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 推行一件事一次办。 | 县数据局 | 2024年10<br>月底前 |',
      '| 2 | 建设物流园区。 | 县发改委 | 2024年6月底前完成选址<br>2024年12月底前建成 |',
      '| 3 | 建设口袋公园。 | 县住建局 | 2024年6月<br>2024年12月 |',
    ].join('\n');
    expect(parseText(md, 'markdown').matrix.tasks.map((t) => t.deadline?.text)).toEqual(['2024年10月底前', '2024年6月底前完成选址\n2024年12月底前建成', '2024年6月\n2024年12月']);
  });

  it('reads a table pasted as tab-separated text, a row cut by a line break in a cell, and a leader column', () => {
    const text = ['XX县重点工作目标任务分解表', '', '序号\t目标与任务\t分 管 县领导\t牵头责任单位\t责任单位', '1\t第一段。', '第二段。\t张 三\t县教育局\t县财政局，各镇人民政府', '2\t做好就业。\t李 四\t县人社局\t'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t), t.leaders])).toEqual([
      ['1', '第一段。第二段。', { lead: ['县教育局'], responsible: ['县财政局', '各镇人民政府'], support: [] }, ['张三']],
      ['2', '做好就业。', { lead: ['县人社局'], responsible: [], support: [] }, ['李四']],
    ]);
  });

  it('treats a line indented with a tab as text, not as a table row', () => {
    const { matrix } = parseText('一、任务\n\t1.办好活动。（县科协负责）\n');
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([['1.1', ['县科协']]]);
  });
});

describe('numbering', () => {
  it('gives a repeated number -2, with a warning', () => {
    const { matrix, messages } = parseText('一、任务\n1.办好活动。（县科协负责）\n2.做好宣传。（县委宣传部负责）\n2.加强培训。（县人社局负责）\n');
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.2-2']);
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['repeated-number', 4, false]]);
  });
  it('reads 3.5亿元 at a paragraph start as text unless 3 is the next number expected', () => {
    const { matrix } = parseText('一、任务\n1.办好活动。（县科协负责）\n3.5亿元资金用于建设。\n2.做好宣传。（县委宣传部负责）\n3.5亿元用于培训。（县人社局负责）\n');
    expect(matrix.tasks.map((t) => [t.id, t.text])).toEqual([
      ['1.1', '办好活动。\n3.5亿元资金用于建设。'],
      ['1.2', '做好宣传。'],
      ['1.3', '5亿元用于培训。'],
    ]);
  });
  it('numbers a plan that skips a level (一、 then 1.) and runs its numbers on across sections', () => {
    const { matrix } = parseText('一、甲\n1.办好活动。（县科协负责）\n二、乙\n2.做好宣传。（县委宣传部负责）\n（一）丙\n（1）加强培训。（县人社局负责）\n①开展竞赛。（县总工会负责）\n');
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '2.2', '2.2.1.1', '2.2.1.1.1']);
  });
});

describe('converter leftovers', () => {
  it('reads full-width digits in numbering, keeping the marker as written', () => {
    const { matrix } = parseText('一、任务\n１．办好活动。（县科协负责）\n（２）做好宣传。（县委宣传部负责）\n');
    expect(matrix.tasks.map((t) => [t.id, t.marker])).toEqual([
      ['1.1', '１．'],
      ['1.1.2', '（２）'],
    ]);
  });
  it('decodes character references and escapes in Markdown', () => {
    const { matrix } = parseText('一、任务\n\n1\\. 办好活动&nbsp;。（县科协&amp;县妇联负责）\n', 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.responsible])).toEqual([['1.1', '办好活动\u00a0。', ['县科协&县妇联']]]);
  });
});

describe('closing matter', () => {
  it('keeps the signature and date after a table out of its last row', () => {
    const { matrix } = parseText(readFileSync('fixtures/notices/forms/table-then-signature.md', 'utf8'), 'markdown');
    expect(matrix.document).toMatchObject({ issuer: '某县人民政府办公室', date: '2024-03-01' });
    expect(matrix.tasks.map((t) => [t.id, t.text, t.source.endLine])).toEqual([
      ['1', '开展科普日活动', 5],
      ['2', '加强科普阵地建设', 6],
    ]);
  });
  it('keeps the signature and date at the end of a plan out of its last item', () => {
    const { matrix } = parseText('一、任务\n1.办好活动。（县科协负责）\n某县人民政府\n2024年3月1日\n（此件公开发布）\n');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.source.endLine])).toEqual([['1.1', '办好活动。', 2]]);
  });
});

describe('pasted tables with category lines', () => {
  it('goes on after a numbered line between rows (a merged category row has no tab once pasted)', () => {
    const { matrix } = parseText(readFileSync('fixtures/notices/forms/tsv-category-lines.txt', 'utf8'));
    expect(matrix.outline.map((i) => [i.id, i.title, i.children.map((c) => c.id)])).toEqual([
      ['1', '优化营商环境', ['1.1', '1.2']],
      ['2', '扩大有效投资', ['2.3']],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? null])).toEqual([
      ['1.1', ['县数据局'], ['县市场监管局'], '2024-06-30'],
      ['1.2', ['县发改委'], ['县财政局'], null],
      ['2.3', ['县发改委'], [], '2024-12-31'],
    ]);
  });
});

describe('section numbers written 一. or 一．', () => {
  it.each(['一.', '一．'])('%s', (marker) => {
    const { matrix } = parseText(`${marker}任务\n1.办好活动。（县科协负责）\n`);
    expect(matrix.tasks.map((t) => [t.id, t.path])).toEqual([['1.1', ['任务']]]);
  });
});

describe('task tables as the probes of new notices wrote them', () => {
  const brief = (t: { id: string; path: string[]; lead: string[]; responsible: string[]; support: string[]; deadline: { text: string } | null }) => [t.id, t.path, t.lead, t.responsible, t.support, t.deadline?.text ?? null];
  const tree = (items: Array<{ id: string; title: string | null; children: unknown[] }>): unknown[] => items.map((i) => [i.id, i.title, tree(i.children as typeof items)]);

  it('reads a header over two rows (责任分工 merged over 牵头单位 and 责任单位)', () => {
    const md = [
      '| 序号 | 重点工作任务 | 责任分工 |  | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '|  |  | 牵头单位 | 责任单位 |  |',
      '| 一、稳增长 |  |  |  |  |',
      '| 1 | 实施重点项目500个以上。 | 市发改委 | 市财政局<br>各县（市、区）人民政府 | 2024年12月底前 |',
    ].join('\n');
    const { matrix, messages } = parseText(md, 'markdown');
    expect(matrix.tasks.map(brief)).toEqual([['1.1', ['稳增长'], ['市发改委'], ['市财政局', '各县（市、区）人民政府'], [], '2024年12月底前']]);
    expect(messages).toEqual([]);
  });

  it('joins header cells cut by line breaks in pasted text (牵头⏎单位)', () => {
    const text = ['XX市教育工作任务分工', '', '序号\t重点任务\t牵头', '单位\t责任', '单位\t完成', '时限', '1\t新建学校20所。\t市教育局\t各县（市、区）人民政府\t2024年12月底前', '2\t招聘教师500名。\t市教育局\t市人社局\t9月30日前'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1', [], ['市教育局'], ['各县（市、区）人民政府'], [], '2024年12月底前'],
      ['2', [], ['市教育局'], ['市人社局'], [], '9月30日前'],
    ]);
  });

  it('takes a header repeated under a section line for a header, not a task', () => {
    const header = '序号\t重点任务\t牵头单位\t责任单位\t完成时限';
    const text = ['XX县重点工作分解', '', '一、稳增长', header, '1\t抓项目。\t县发改局\t县财政局\t6月底前', '二、促改革', header, '2\t抓改革。\t县国资中心\t县财政局\t9月底前', '', '各牵头单位要按月报送进展。'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1.1', ['稳增长'], ['县发改局'], ['县财政局'], [], '6月底前'],
      ['2.2', ['促改革'], ['县国资中心'], ['县财政局'], [], '9月底前'],
    ]);
    expect(tree(matrix.outline)).toEqual([['1', '稳增长', [['1.1', null, []]]], ['2', '促改革', [['2.2', null, []]]]]);
  });

  it('keeps the title of the last category row when prose follows the table, and reads a marker on a category row', () => {
    const md = [
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 一、强化企业创新主体地位（区科委牵头） |  |  |  |  |',
      '| 1 | 实施高企倍增计划。 | 区科委 | 区财政局 | 2024年12月底前 |',
      '| （二） | 扩大高水平开放 |  |  |  |',
      '| 2 | 开拓国际市场。 | 区商务委 | 区贸促会 | 全年 |',
      '',
      '注：表中各镇含街道办事处。',
    ].join('\n');
    const { matrix } = parseText(md, 'markdown');
    expect(tree(matrix.outline)).toEqual([['1', '强化企业创新主体地位', [['1.1', null, []], ['1.2', '扩大高水平开放', [['1.2.2', null, []]]]]]]);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1', [], ['区科委'], [], [], null],
      ['1.1', ['强化企业创新主体地位'], ['区科委'], [], ['区财政局'], '2024年12月底前'],
      ['1.2.2', ['强化企业创新主体地位', '扩大高水平开放'], ['区商务委'], [], ['区贸促会'], '全年'],
    ]);
  });

  it('reads clauses, a bracketed label of another level and a 牵头 mark inside role cells', () => {
    const text = [
      'XX县卫生健康工作任务分解表',
      '',
      '序号\t重点任务\t牵头单位\t责任科室\t完成时限',
      '1\t推进胸痛中心建设。\t县卫健局（牵头）、县医保局\t医政医管股牵头，规划财务股配合\t2024年12月底前',
      '2\t推进交通建设。\t县交通运输局（省牵头单位：省交通运输厅）、县财政局\t\t长期坚持',
    ].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1', [], ['县卫健局', '县医保局', '医政医管股'], [], ['规划财务股'], '2024年12月底前'],
      ['2', [], ['县交通运输局', '县财政局'], [], [], '长期坚持'],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['ignored-marker']);
  });

  it('opens the sections of a 类别 column merged over its rows, and reads full-width 序号', () => {
    const text = ['XX市安全生产工作任务分工', '', '序号\t类别\t工作任务\t牵头单位\t完成时限', '１\t一、强化安全责任\t压实属地责任。\t市应急局\t6月底前', '２\t一、强化安全责任\t落实部门监管责任。\t市应急局\t长期坚持', '３\t二、深化专项整治\t整治燃气安全。\t市住建局\t9月底前'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(tree(matrix.outline)).toEqual([
      ['1', '强化安全责任', [['1.1', null, []], ['1.2', null, []]]],
      ['2', '深化专项整治', [['2.3', null, []]]],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.marker])).toEqual([['1.1', '1'], ['1.2', '2'], ['2.3', '3']]);
    expect(messages).toEqual([]);
  });

  it('leaves the 版记 (抄送, 印发) out of the last item, in a table or not', () => {
    const text = ['XX县工作任务分工', '', '序号\t工作任务\t牵头单位', '1\t抓落实。\t县政府办', 'XX县人民政府办公室\t\t2025年1月24日印发'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.source])).toEqual([['1', ['县政府办'], { line: 4, endLine: 4 }]]);
    const prose = parseText(['XX县工作方案', '', '一、重点任务', '1.抓落实。（牵头单位：县政府办）', '', '抄送：县委办，县人大办。', 'XX县人民政府办公室　　2024年3月4日印发'].join('\n'));
    expect(prose.matrix.tasks.map((t) => [t.id, t.text, t.source])).toEqual([['1.1', '抓落实。', { line: 4, endLine: 4 }]]);
  });

  it('puts the cells of two task columns on lines of their own', () => {
    const text = ['XX县任务分工', '', '序号\t重点任务\t具体措施\t牵头单位', '1\t深化一网通办\t推行依申请事项全程网办。\t县政务服务中心'].join('\n');
    expect(parseText(text).matrix.tasks[0].text).toBe('深化一网通办\n推行依申请事项全程网办。');
  });
});

describe('task tables from Word with merged cells', () => {
  it('reads a row whose 序号 and task cells are merged down from the row above, with units and a deadline of its own, as a task of its own (probe 71)', async () => {
    // matrix-format.md "Tables": a merged cell belongs to each row it spans. (Read before as more units of item 1, the
    // second row's deadline, 长期坚持, was lost, and which unit went with which time with it.)
    const { matrix, messages } = await compileDocxTable('XX县民政工作任务分工', [
      ['序号', '重点任务', '责任分工', '', '完成时限'],
      ['', '', '牵头', '配合', ''],
      [['1', 'restart'], ['健全社会救助体系。', 'restart'], '县民政局', '县财政局', '2024年12月'],
      [['', 'continue'], ['', 'continue'], '县人社局', '各乡镇人民政府', '长期坚持'],
      ['2', '发展养老服务。', '县民政局', '县卫健局', '2024年6月'],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.text ?? null])).toEqual([
      ['1', '健全社会救助体系。', ['县民政局'], ['县财政局'], '2024年12月'],
      ['1-2', '健全社会救助体系。', ['县人社局'], ['各乡镇人民政府'], '长期坚持'],
      ['2', '发展养老服务。', ['县民政局'], ['县卫健局'], '2024年6月'],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['repeated-number']);
  });

  it('repeats a 序号 merged over rows that each hold a task of their own: it belongs to each row (matrix-format.md "Tables", probe 23)', async () => {
    const { matrix, messages } = await compileDocxTable('XX市稳就业任务分工', [
      ['序号', '重点任务', '牵头单位'],
      ['1', '开发公益性岗位。', '市人社局'],
      [['2', 'restart'], '开展职业技能培训。', '市人社局'],
      [['', 'continue'], '落实创业担保贷款。', '市财政局'],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead])).toEqual([
      ['1', '开发公益性岗位。', ['市人社局']],
      ['2', '开展职业技能培训。', ['市人社局']],
      ['2-2', '落实创业担保贷款。', ['市财政局']],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['repeated-number']);
  });
});

describe('tables after a marked item', () => {
  const rows = (md: string[]) => parseText(md.join('\n'), 'markdown').matrix;
  const table = ['| 序号 | 重点任务 | 牵头单位 | 责任单位 |', '| --- | --- | --- | --- |'];

  it('number rows that start again at 1 under that item, not beside its siblings', () => {
    const matrix = rows(['# XX县工作方案', '', '一、总体要求', '', '（一）加强领导。', '', '（二）强化保障。（县财政局负责）', '', ...table, '| 1 | 抓项目。 | 县发改局 | 县财政局 |', '| 2 | 抓环境。 | 县住建局 | 县城管局 |']);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.2', [], ['县财政局']],
      ['1.2.1', ['县发改局'], ['县财政局']],
      ['1.2.2', ['县住建局'], ['县城管局']],
    ]);
  });

  it('number rows that go on from it beside it, under its section', () => {
    const matrix = rows(['# XX县工作方案', '', '一、重点任务', '', '1.抓规划。（县发改局负责）', '', '2.抓资金。（县财政局负责）', '', ...table, '| 3 | 抓项目。 | 县发改局 | 县财政局 |', '| 4 | 抓环境。 | 县住建局 | 县城管局 |']);
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.4']);
  });
});

describe('row details', () => {
  it('names a row number in paths by its task text, and keeps the lines of a deadline cell apart', () => {
    const md = ['| 序号 | 工作任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 1.推进国企改革。 | 市国资委 | 2024年6月底前完成方案<br>2024年12月底前完成改革 |'];
    const { matrix } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.path, t.deadline])).toEqual([['1.1', ['推进国企改革'], { text: '2024年6月底前完成方案\n2024年12月底前完成改革', due: '2024-12-31' }]]);
  });
});

describe('tables of the third round of probes', () => {
  const brief = (t: { id: string; lead: string[]; responsible: string[]; support: string[] }) => [t.id, t.lead, t.responsible, t.support];

  it("drops a column of another level's roles (省牵头单位 in a city's table) and reads 排序第一的为牵头单位", () => {
    const md = [
      '# XX市人民政府办公室关于印发《XX市优化营商环境任务分工》的通知',
      '',
      '| 序号 | 工作任务 | 省牵头单位 | 市责任单位 | 完成时间 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 深化简政放权。 | 省委编办 | 市委编办、市司法局 | 2023年6月底前 |',
      '',
      '注：责任单位中排序第一的为牵头单位。',
    ];
    const { matrix } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map(brief)).toEqual([['1', ['市委编办'], ['市司法局'], []]]);
  });

  it('reads （配合） after a unit in a list as support, and keeps numbered notes under 说明： out of the outline', () => {
    const md = [
      '| 序号 | 重点任务 | 责任单位 |',
      '| --- | --- | --- |',
      '| 1 | 建设旅游公路。 | 区交通运输局（牵头）、区文旅局（配合）、区住建局（配合） |',
      '',
      '说明：',
      '',
      '1.各牵头单位要按月报送进展。',
      '',
      '2.本台账由区发改局负责解释。',
    ];
    const { matrix, messages } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map(brief)).toEqual([['1', ['区交通运输局'], [], ['区文旅局', '区住建局']]]);
    expect(matrix.outline.map((i) => i.id)).toEqual(['1']);
    expect(messages).toEqual([]);
  });

  it('reads an indicator table: the 指标名称 column is the task text', () => {
    const text = ['XX县主要指标分解表', '', '序号\t指标名称\t单位\t2024年目标\t责任单位', '1\t地区生产总值增速\t%\t6.5\t县发改局'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text, t.responsible])).toEqual([['1', '地区生产总值增速\n6.5', ['县发改局']]]);
  });
});

describe('a table copied from Excel', () => {
  it('reads cells Excel quoted on the clipboard (they held line breaks) as their content', () => {
    const text = ['XX市民生实事任务分工', '', '序号\t实事项目\t牵头单位\t责任单位', '1\t新建长者食堂50个。\t"市民政局', '市卫健委"\t"市财政局', '各县（市、区）人民政府"', '2\t"推进""一网通办""。"\t市数据局\t市政务服务中心'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible])).toEqual([
      ['1', '新建长者食堂50个。', ['市民政局', '市卫健委'], ['市财政局', '各县（市、区）人民政府']],
      ['2', '推进"一网通办"。', ['市数据局'], ['市政务服务中心']],
    ]);
  });
});

describe('tables of units only after a section', () => {
  it('gives a 牵头单位 | 责任单位 | 完成时限 table to the item it follows, closing a run of unmarked sub-items', () => {
    const md = ['# XX县文化工作方案', '', '一、丰富文化供给', '', '（一）办好文化活动。', '', '（二）建好文化阵地。', '', '| 牵头单位 | 责任单位 | 完成时限 |', '| --- | --- | --- |', '| 县文广旅局 | 县住建局、各乡镇人民政府 | 2024年11月底前 |', '', '二、加强保障', '', '落实经费。'];
    const { matrix, messages } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([['1', ['县文广旅局'], ['县住建局', '各乡镇人民政府'], '2024年11月底前']]);
    expect(messages).toEqual([]);
  });

  it('reads a label | value table as labelled lines', () => {
    const md = ['# XX县文化工作方案', '', '一、丰富文化供给。办好文化活动。', '', '| 牵头单位 | 县文广旅局 |', '| --- | --- |', '| 配合单位 | 县教科局、县总工会 |'];
    const { matrix } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1', ['县文广旅局'], ['县教科局', '县总工会']]]);
  });
});

describe('tables the last probe found', () => {
  it('reads a category row whose words look like a column name as a category, not a second header row', () => {
    const md = ['| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- | --- |', '| （一）落实企业安全生产主体责任 | | | | |', '| 1 | 开展隐患排查。 | 县应急管理局 | 县直有关行业主管部门 | 2024年12月底前 |'];
    const { matrix } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead])).toEqual([['1.1', ['落实企业安全生产主体责任'], ['县应急管理局']]]);
  });

  it("keeps a province's own role columns when the table is the province's (no plan level to drop them by)", () => {
    const md = ['# 湖北省2024年数字政府建设任务分工', '', '| 序号 | 工作任务 | 省直牵头单位 | 省直配合单位 |', '| --- | --- | --- | --- |', '| 1 | 建设政务云。 | 省数据局 | 省发展改革委 |'];
    const { matrix } = parseText(md.join('\n'), 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1', ['省数据局'], ['省发展改革委']]]);
  });
});

describe('tables of the sixth round of probes', () => {
  it('reads a sheet pasted from Excel whose header and data cells are quoted over several lines (probe 23)', () => {
    const tsv = ['某县2024年民生实事任务分解表', '序号\t项目\t"县级', '牵头单位"\t"县级', '责任单位"\t完成时限', '1\t建设幼儿园\t县教育局\t"县财政局', '县自然资源局"\t2024年8月底前', '2\t建设卫生室\t县卫生健康局\t各乡镇人民政府\t年底前'].join('\n');
    const { matrix } = parseText(tsv);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible, t.deadline?.text, t.source])).toEqual([
      ['1', '建设幼儿园', ['县教育局'], ['县财政局', '县自然资源局'], '2024年8月底前', { line: 5, endLine: 6 }],
      ['2', '建设卫生室', ['县卫生健康局'], ['各乡镇人民政府'], '年底前', { line: 7, endLine: 7 }],
    ]);
  });

  it.each([
    ['主办单位', '协办单位', { lead: ['市发改委'], responsible: [], support: ['市财政局'] }],
    ['主责单位', '责任单位', { lead: ['市发改委'], responsible: ['市财政局'], support: [] }],
  ])('reads a %s | %s table (the lead first)', (first, second, want) => {
    const tsv = ['某市任务分工表', `序号\t工作任务\t${first}\t${second}`, '1\t推进项目建设。\t市发改委\t市财政局'].join('\n');
    expect(roles(parseText(tsv).matrix.tasks[0])).toEqual(want);
  });

  it('reads a bold bare numeral in a Markdown 序号 cell as a category (pandoc\'s bold Word row, probe 24)', () => {
    const md = ['| 序号 | 工作任务 | 牵头单位 |', '| --- | --- | --- |', '| **一** | **产业** | |', '| 1 | 建设园区。 | 县工信局 |', '| **二** | **开放** | |', '| **（一）** | **招商** | |', '| 2 | 引进项目。 | 县商务局 |'].join('\n');
    expect(parseText(md, 'markdown').matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['县工信局']], ['2.1.2', ['县商务局']]]);
  });

  it('keeps the 市级 lead column of a city\'s plan whose title names a 城区 or 小区 (probe 26), and reads 市县责任单位 whole', () => {
    const tsv = ['某市城镇老旧小区改造提升三年行动任务分工表', '序号\t工作任务\t市级牵头单位\t责任单位', '1\t完成改造100个。\t市住房城乡建设局\t各县（市、区）人民政府'].join('\n');
    expect(parseText(tsv).matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1', ['市住房城乡建设局']]]);
    const text = ['某市中心城区背街小巷改造提升三年行动方案', '一、重点任务', '1.改造背街小巷100条。（市牵头单位：市城管局；区责任单位：各城区人民政府）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1.1', ['市城管局'], ['各城区人民政府']]]);
    const town = ['某市推进以县城为重要载体的城镇化建设实施方案', '一、重点任务', '1.完善县城功能。（市级牵头单位：市住建局；责任单位：各县人民政府）'].join('\n');
    expect(parseText(town).matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['市住建局']]]);
    const province = ['某省城镇老旧小区改造2024年工作要点', '1.开工改造小区3000个。（省级牵头单位：省住房城乡建设厅；市县责任单位：各市、县人民政府）'].join('\n');
    expect(parseText(province).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1', ['省住房城乡建设厅'], ['各市、县人民政府']]]);
  });

  it('drops a 市级 role column and a 市牵头单位 label in a county\'s plan named by its title alone (probe 23)', () => {
    const tsv = ['某县2024年民生实事任务分解表', '序号\t项目\t市级牵头单位\t县级牵头单位\t县级责任单位', '1\t建设幼儿园\t市教育局\t县教育局\t县财政局'].join('\n');
    expect(parseText(tsv).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1', ['县教育局'], ['县财政局']]]);
    const text = ['某县2024年工作方案', '一、任务', '1.建设幼儿园。（市牵头单位：市教育局；牵头单位：县教育局；责任单位：县财政局）'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1.1', ['县教育局'], ['县财政局']]]);
  });
});

describe('tables of the seventh round of probes', () => {
  it('goes on under two category lines in a row between pasted rows (`二、…` ⏎ `（一）…`, probe 31)', () => {
    const text = ['某县2024年重点工作任务清单', '序号\t重点任务\t牵头单位\t责任单位\t完成时限', '一、第一类工作', '1\t推进甲工作。\t县甲局\t县乙局\t2024年6月底前', '二、第二类工作', '（一）子类工作', '2\t推进乙工作。\t县丙局\t县丁局\t2024年9月底前'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.due])).toEqual([
      ['1.1', ['县甲局'], ['县乙局'], '2024-06-30'],
      ['2.1.2', ['县丙局'], ['县丁局'], '2024-09-30'],
    ]);
  });
  it('reads the second paragraph of a row\'s last cell, on a line of its own in a Word table pasted as text (probe 32)', () => {
    const rows = (last: string[]) => ['某县2025年重点任务分工表', '', '序号\t重点任务\t牵头单位\t完成时限\t责任单位'.split('\t').slice(0, 3).concat(last).join('\t')];
    const deadlines = parseText([...rows(['责任单位', '完成时限']), '1\t任务甲。\t县商务局\t县统计局\t2025年6月底前', '2025年12月底前', '2\t任务乙。\t县农业农村局\t县水利局\t每季度', '3\t任务丙。\t县林业局\t县自然资源局\t长期坚持'].join('\n')).matrix;
    expect(deadlines.tasks.map((t) => [t.id, t.responsible, t.deadline])).toEqual([
      ['1', ['县统计局'], { text: '2025年6月底前\n2025年12月底前', due: '2025-12-31' }],
      ['2', ['县水利局'], { text: '每季度', due: null }],
      ['3', ['县自然资源局'], { text: '长期坚持', due: null }],
    ]);
    const units = parseText([...rows(['完成时限', '责任单位']), '1\t任务甲。\t县商务局\t2025年6月底前\t县统计局', '各乡镇人民政府', '2\t任务乙。\t县农业农村局\t每季度\t县水利局'].join('\n')).matrix;
    expect(units.tasks.map((t) => [t.id, t.responsible])).toEqual([['1', ['县统计局', '各乡镇人民政府']], ['2', ['县水利局']]]);
    // A sentence under the table's last row is no cell's.
    const note = parseText([...rows(['责任单位', '完成时限']), '1\t任务甲。\t县商务局\t县统计局\t2025年6月底前', '各单位要按时报送进展情况。', '2\t任务乙。\t县农业农村局\t县水利局\t每季度'].join('\n')).matrix;
    expect(note.tasks[0].deadline).toEqual({ text: '2025年6月底前', due: '2025-06-30' });
  });
  it('reads a bold header row of a Markdown table (`| **序号** |`, pandoc: probe 34)', () => {
    const md = ['# 某市2024年重点工作任务分工表', '', '| **序号** | **重点工作任务** | **牵头单位** | **责任单位** | **完成时限** |', '|----|----|----|----|----|', '| **一、扩大有效需求** |  |  |  |  |', '| 1 | 实施重点项目120个。 | 市发展改革委 | 市统计局 | 2024年12月底前 |', '| **二、构建现代化产业体系** |  |  |  |  |', '| 2 | 新增规上工业企业15家。 | 市工业和信息化局 | 市科技局 | 6月底前 |'].join('\n');
    expect(parseText(md, 'markdown').matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.due])).toEqual([
      ['1.1', ['市发展改革委'], ['市统计局'], '2024-12-31'],
      ['2.2', ['市工业和信息化局'], ['市科技局'], '2024-06-30'],
    ]);
  });
});

describe('tables of the eighth round of probes', () => {
  it('starts an attachment at a letter-spaced `附  件` heading: its table is no part of the last item (probe 32)', () => {
    const text = ['某县实施方案', '一、重点任务', '（一）完善商业网络。（县商务局牵头）', '二、保障措施', '（一）强化资金支持。统筹用好各级资金。', '', '附  件', '', '序号\t重点任务\t牵头单位\t配合单位\t完成时限', '1\t建设乡镇商贸中心。\t县商务局\t县供销社\t2025年10月底前'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.path])).toEqual([
      ['1.1', ['重点任务']],
      ['1-2', []],
    ]);
  });

  it('gives rows with text of their own to the sub-item open above them, as paragraphs would be (probe 30)', () => {
    const md = ['# 某县突发地质灾害应急预案', '', '二、组织指挥体系', '', '（一）县指挥部', '', '县政府设立县地质灾害应急指挥部。', '', '（二）现场指挥部', '', '现场指挥部下设以下工作组：', '', '| 工作组 | 牵头单位 | 责任单位 | 主要职责 |', '| --- | --- | --- | --- |', '| 综合协调组 | 县应急管理局 | 县政府办公室 | 负责综合协调 |', '| 抢险救援组 | 县消防救援大队 | 县公安局 | 负责搜救被困人员 |'].join('\n');
    const { matrix } = parseText(md, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead])).toEqual([
      ['2.2#1', ['组织指挥体系', '现场指挥部'], ['县应急管理局']],
      ['2.2#2', ['组织指挥体系', '现场指挥部'], ['县消防救援大队']],
    ]);
  });
});

describe('a cell that repeats the one above it', () => {
  it('reads `同上` and a ditto mark `〃` in a unit or deadline column as the cell above, resolved in turn; a ditto under nothing stays', () => {
    const text = [
      '某县2025年重点工作任务分工表',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t推进甲项工作。\t县发改局\t县财政局、县自然资源局\t2025年6月底前',
      '2\t推进乙项工作。\t同上\t〃\t同上',
      '3\t推进丙项工作。\t县住建局\t同上。\t〃',
      '4\t推进丁项工作。\t县交通局\t县公安局\t2025年12月底前',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text])).toEqual([
      ['1', ['县发改局'], ['县财政局', '县自然资源局'], '2025年6月底前'],
      ['2', ['县发改局'], ['县财政局', '县自然资源局'], '2025年6月底前'],
      ['3', ['县住建局'], ['县财政局', '县自然资源局'], '2025年6月底前'],
      ['4', ['县交通局'], ['县公安局'], '2025年12月底前'],
    ]);
    // The first row has no row above: its `同上` is what the table says, a name the clerk sees and checks.
    const first = ['某县任务分工表', '序号\t工作任务\t牵头单位\t责任单位', '1\t推进甲项工作。\t县发改局\t同上'].join('\n');
    expect(parseText(first).matrix.tasks[0].responsible).toEqual(['同上']);
  });
});
