import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import { readHtml } from '../../src/read/html.js';
import { mayHoldHtmlTable } from '../../src/read/detect.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { parseText, roles } from '../helpers/parse.js';

const cells = (html: string) => readHtml(html, 1, 1).map((b) => (b.block.cells ? b.block.cells.map((c) => (c.spanned ? `^${c.text}` : c.text)) : [b.block.kind, ...b.block.lines.map((l) => l.text)]));

describe('readHtml', () => {
  it('reads each row of a table, a cell merged down repeated as spanned on the rows it covers, one merged across followed by empty cells', () => {
    const html = '<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td rowspan="2">1</td><td>甲</td><td>县科协</td></tr><tr><td>乙</td><td>县教体局</td></tr><tr><td colspan="3">二、保障</td></tr></table>';
    expect(cells(html)).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '甲', '县科协'],
      ['^1', '乙', '县教体局'],
      ['二、保障', '', ''],
    ]);
  });

  it('merges down in a middle column and keeps the cells after it in place', () => {
    const html = '<table><tr><td>1</td><td rowspan="3">县财政局</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr><tr><td>3</td><td>丙</td></tr><tr><td>4</td><td>县民政局</td><td>丁</td></tr></table>';
    expect(cells(html)).toEqual([
      ['1', '县财政局', '甲'],
      ['2', '^县财政局', '乙'],
      ['3', '^县财政局', '丙'],
      ['4', '县民政局', '丁'],
    ]);
  });

  it('gives a cell the lines a browser shows: <p> and <br> break lines, markup and empty lines go', () => {
    const html = '<table><tr><td><p>市发改委</p>\n<p>市财政局</p></td><td>市司法局<br />\n市民政局</td><td><strong>一、</strong>任务</td></tr></table>';
    expect(cells(html)).toEqual([['市发改委\n市财政局', '市司法局\n市民政局', '一、任务']]);
  });

  it('marks the first row of each table as its start, and does not split a table nested in a cell into rows', () => {
    const blocks = readHtml('<table><tr><td>a</td><td><table><tr><td>x</td></tr><tr><td>y</td></tr></table></td></tr><tr><td>b</td><td>c</td></tr></table><table><tr><td>d</td></tr></table>', 1, 1);
    expect(blocks.map((b) => [b.block.tableStart ?? false, b.block.cells!.length])).toEqual([
      [true, 2],
      [false, 2],
      [true, 1],
    ]);
  });

  it('reads paragraphs and headings outside tables as text and heading blocks', () => {
    expect(cells('<p align="center">关于印发方案的通知</p><div><p>各乡镇：</p><h2>实施方案</h2></div>')).toEqual([
      ['text', '关于印发方案的通知'],
      ['text', '各乡镇：'],
      ['heading', '实施方案'],
    ]);
  });

  it('bounds what a hostile table asks for: spans and row widths are capped, tables nested 500 deep are read as lines', () => {
    const wide = readHtml('<table><tr><td rowspan="1000" colspan="1000">1</td></tr><tr><td>2</td></tr></table>', 1, 1);
    expect(wide.map((b) => b.block.cells!.length)).toEqual([20, 21]);
    const nested = `${'<table><tr><td>'.repeat(500)}县科协${'</td></tr></table>'.repeat(500)}\n`;
    const read = readMarkdown(nested, remarkGfm, { html: readHtml });
    expect(read.blocks.map((b) => [b.kind, b.lines.map((l) => l.text).join('')])).toEqual([['text', '县科协']]);
  });

  it('places a cell at its text in the file: 1-based lines, columns in characters', () => {
    const blocks = readHtml('<table>\n<tr>\n<td>序号</td>\n<td>  县科协</td>\n</tr>\n</table>', 5, 1);
    expect(blocks[0].block.cells!.map((c) => [c.line, c.column])).toEqual([
      [7, 5],
      [8, 5],
    ]);
  });
});

describe('HTML in a Markdown notice', () => {
  const notice = [
    '# 某县人民政府办公室关于印发重点任务分工方案的通知',
    '',
    '各乡镇人民政府，县政府各部门：',
    '',
    '现将方案印发给你们，请认真贯彻落实。',
    '',
    '## 某县重点任务分工方案',
    '',
    '<table>',
    '<thead>',
    '<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>',
    '</thead>',
    '<tbody>',
    '<tr><td colspan="5">一、提升政务服务</td></tr>',
    '<tr><td>1</td><td>推行一件事一次办。</td><td rowspan="2">县政务服务中心</td><td>县发改局<br>县司法局</td><td>2024年12月底</td></tr>',
    '',
    '<tr><td>2</td><td>深化网上办事。</td><td>县大数据中心</td><td>长期坚持</td></tr>',
    '</tbody>',
    '</table>',
    '',
  ].join('\n');

  it('is read only when a line starts a table', () => {
    expect(mayHoldHtmlTable(notice)).toBe(true);
    expect(mayHoldHtmlTable('<p>一、任务</p>\n\n县科协负责 <b>加粗</b>\n')).toBe(false);
  });

  it('other HTML is read line by line without its tags, also where CommonMark runs its block on (probe 14)', () => {
    const md = ['<div align="center">XX县防汛工作方案</div>', '一、<span>组织保障</span>', '（一）建立机制。（牵头单位：县应急局）', '（二）<o:p>加强值守</o:p>。（牵头单位：县水利局）', ''].join('\n');
    const { matrix } = parseText(md, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.source.line])).toEqual([
      ['1.1', '建立机制。', ['县应急局'], 3],
      ['1.2', '加强值守。', ['县水利局'], 4],
    ]);
    expect(matrix.outline.map((i) => [i.id, i.title])).toEqual([['1', '组织保障']]);
  });

  it('reads an HTML task table, across a blank line inside it, into tasks under its category row', () => {
    const { matrix } = parseText(notice, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.path, t.text, roles(t), t.deadline?.text ?? null, t.source.line])).toEqual([
      ['1.1', ['提升政务服务'], '推行一件事一次办。', { lead: ['县政务服务中心'], responsible: ['县发改局', '县司法局'], support: [] }, '2024年12月底', 15],
      ['1.2', ['提升政务服务'], '深化网上办事。', { lead: ['县政务服务中心'], responsible: ['县大数据中心'], support: [] }, '长期坚持', 17],
    ]);
  });

  it('without the HTML reader, keeps the lines as they were read before (no rows)', () => {
    const read = readMarkdown(notice, remarkGfm);
    expect(read.blocks.some((b) => b.kind === 'row')).toBe(false);
  });
});
