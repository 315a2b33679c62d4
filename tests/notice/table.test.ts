import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

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
