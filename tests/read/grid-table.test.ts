import { describe, expect, it } from 'vitest';
import { readGridTable } from '../../src/read/grid-table.js';
import { parseText, roles } from '../helpers/parse.js';

const rows = (table: string) =>
  readGridTable(table.split('\n').map((text, k) => ({ text, line: k + 1, column: 1 })))?.map((r) => r.cells.map((c) => (c.spanned ? `^${c.text}` : c.text)));

describe('readGridTable', () => {
  it('finds columns by display width (a CJK character is two columns) and joins a line wrapped at its column\'s width', () => {
    const table = [
      '+------+--------------+----------+',
      '| 序号 | 重点任务     | 牵头单位 |',
      '+======+==============+==========+',
      '| 1    | 推进高标准农 | 县农业农 |',
      '|      | 田建设。     | 村局     |',
      '+------+--------------+----------+',
    ].join('\n');
    expect(rows(table)).toEqual([
      ['序号', '重点任务', '牵头单位'],
      ['1', '推进高标准农田建设。', '县农业农村局'],
    ]);
  });

  it('keeps a break the column had room to go on after as a line of the cell (probe 13)', () => {
    const table = ['+------+----------+--------------+', '| 1    | 垃圾治理 | 县财政局     |', '|      |          | 县生态环境局 |', '+------+----------+--------------+'].join('\n');
    expect(rows(table)).toEqual([['1', '垃圾治理', '县财政局\n县生态环境局']]);
  });

  it('joins a break inside a unit\'s name, where pandoc broke CJK text short of the column (probe 42)', () => {
    const table = [
      '+----+----------------+----------------+',
      '| 1  | 县纪委监       | 县农业         |',
      '|    | 委派驻县教体   | 农村局、县财政 |',
      '|    | 局纪检监察组   | 局             |',
      '|    |                |                |',
      '|    | 县纪委监委派驻 | 县科协         |',
      '|    | 县卫健局纪检监 |                |',
      '|    | 察组           |                |',
      '+----+----------------+----------------+',
    ].join('\n');
    expect(rows(table)).toEqual([['1', '县纪委监委派驻县教体局纪检监察组\n县纪委监委派驻县卫健局纪检监察组', '县农业农村局、县财政局\n县科协']]);
  });

  it('joins wrapped Latin words with a space; a blank line or a trailing backslash starts a new line of the cell', () => {
    const table = ['+-------+-----------+', '| 1     | plan the  |', '|       | work      |', '|       |           |', '|       | 县财政局\\ |', '|       | 县民政局  |', '+-------+-----------+'].join('\n');
    expect(rows(table)).toEqual([['1', 'plan the work\n县财政局\n县民政局']]);
    expect(rows(['+----+--------+', '| 1  | 甲     |', '|    |        |', '|    | 乙     |', '+----+--------+'].join('\n'))).toEqual([['1', '甲\n乙']]);
  });

  it('reads a cell spanning columns followed by empty cells, and one spanning rows as spanned copies', () => {
    const table = [
      '+----+----------+----------+',
      '| 一 | 推动产业发展        |',
      '+----+----------+----------+',
      '| 1  | 甲       | 县科协   |',
      '+----+----------+          +',
      '| 2  | 乙       |          |',
      '+----+----------+----------+',
    ].join('\n');
    expect(rows(table)).toEqual([
      ['一', '推动产业发展', ''],
      ['1', '甲', '县科协'],
      ['2', '乙', '^县科协'],
    ]);
  });

  it('is no table when a line is neither a separator nor a row between bars', () => {
    expect(rows('+----+----+\n| a  | b  |\nplain text\n+----+----+')).toBeUndefined();
  });

  it('places each cell at its first text: 1-based line, column in characters', () => {
    const read = readGridTable(['+------+--------+', '| 序号 | 县科协 |', '+------+--------+'].map((text, k) => ({ text, line: k + 10, column: 1 })))!;
    expect(read[0].cells.map((c) => [c.line, c.column])).toEqual([
      [11, 3],
      [11, 8],
    ]);
    expect([read[0].line, read[0].endLine]).toEqual([11, 11]);
  });
});

describe('a grid table in a Markdown notice', () => {
  it('gives the tasks of its rows, the category row spanning the columns as their section', () => {
    const notice = [
      '# 某县人民政府办公室关于印发重点工作任务分工方案的通知',
      '',
      '各乡镇人民政府，县政府各部门：',
      '',
      '## 某县重点工作任务分工方案',
      '',
      '+------+----------------+----------+----------------+',
      '| 序号 | 重点任务       | 牵头单位 | 责任单位       |',
      '+======+================+==========+================+',
      '| 一、 | 推动产业发展                                 |',
      '+------+----------------+----------+----------------+',
      '| 1    | 推进高标准农田 | 县农业农 | 县财政局、县自 |',
      '|      | 建设。         | 村局     | 然资源局       |',
      '+------+----------------+----------+----------------+',
      '| 2    | 垃圾治理。     | 县人民政 | 县财政局       |',
      '|      |                | 府办公室 | 县生态环境局   |',
      '|      |                |          | 各镇人民政府   |',
      '+------+----------------+----------+----------------+',
      '',
    ].join('\n');
    const { matrix } = parseText(notice, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.path, t.text, roles(t), t.source])).toEqual([
      ['1.1', ['推动产业发展'], '推进高标准农田建设。', { lead: ['县农业农村局'], responsible: ['县财政局', '县自然资源局'], support: [] }, { line: 12, endLine: 13 }],
      // probe 13: names on lines of their own (the column had room to go on) are units each; a name wrapped at the
      // column's width is one.
      ['1.2', ['推动产业发展'], '垃圾治理。', { lead: ['县人民政府办公室'], responsible: ['县财政局', '县生态环境局', '各镇人民政府'], support: [] }, { line: 15, endLine: 17 }],
    ]);
  });
});

describe('a grid table cell whose wrap cut a name that looked whole (probe 121: pandoc 2.17 of a township\'s 整改方案)', () => {
  it('joins `镇村镇` ⏎ `建设办、` into one name, and keeps `县财政局` ⏎ `县生态环境局` two', () => {
    const table = [
      '+------+-----------+--------------+',
      '| 序号 | 整改措施  | 责任单位     |',
      '+======+===========+==============+',
      '| 6    | 对2021年  | 镇村镇       |',
      '|      | 以来村级  | 建设办、     |',
      '|      | 工程开展  | 镇财政办     |',
      '|      | 审计。    |              |',
      '+------+-----------+--------------+',
      '| 7    | 规范管理  | 县财政局     |',
      '|      | 。        | 县生态环境局 |',
      '+------+-----------+--------------+',
    ].join('\n');
    expect(rows(table)?.map((r) => r[2])).toEqual(['责任单位', '镇村镇建设办、\n镇财政办', '县财政局\n县生态环境局']);
  });
});

describe('a grid table pandoc wrote at its default 72 columns (probe 132): narrow columns cut names and numbers anywhere', () => {
  it('joins `1` ⏎ `0` into 10 and `市` ⏎ `商务局`, `市城` ⏎ `管执法局` into names', () => {
    const table = [
      '+---+---------------------------+---------+--------------------+-------+',
      '| 序 | 重点任务                  | 牵头    | 配合单位           | 完    |',
      '| 号 |                           | 单位    |                    | 成时限 |',
      '+===+===========================+=========+====================+=======+',
      '| 1 | 打造一批夜间经济集聚区    | 市      | 市城               | 2     |',
      '| 0 |                           | 商务局  | 管执法局、市公安局 | 022年 |',
      '+---+---------------------------+---------+--------------------+-------+',
      '| 1 | 开展放心消费示            | 市市场  | 市商               | 长期  |',
      '| 6 | 范创建，畅通消费维权渠道  | 监管局  | 务局、市文旅广体局 | 坚持  |',
      '+---+---------------------------+---------+--------------------+-------+',
    ].join('\n');
    expect(rows(table)?.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['10', '市商务局', '市城管执法局、市公安局', '2022年'],
      ['16', '市市场监管局', '市商务局、市文旅广体局', '长期坚持'],
    ]);
  });
});
