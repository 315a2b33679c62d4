import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { findDrawnTables } from '../../src/read/drawn-table.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';
import { readText } from '../../src/read/text.js';

// Tables drawn with characters in a .txt notice (probe 63), each laid out here by hand as its tool draws it.

const parseDrawn = (text: string) => {
  const lines = text.split('\n');
  return parseNotice(readText(text, undefined, findDrawnTables(lines))).matrix;
};
const brief = (m: ReturnType<typeof parseDrawn>) => m.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null]);

describe('tables drawn with characters', () => {
  it('reads a box table drawn for Chinese text (box characters and “” two columns wide), a category row across it', () => {
    const text = [
      '某县2023年重点任务分解表',
      '┌──┬─────────┬──────┬─────┐',
      '│序号│    工作任务      │  牵头单位  │ 完成时限 │',
      '├──┴─────────┴──────┴─────┤',
      '│一、坚定不移抓产业                                │',
      '├──┬─────────┬──────┬─────┤',
      '│ 1  │推进“放管服”改革│县数据局    │2023年10月│',
      '│    │提升政务服务水平。│县政务中心  │底前      │',
      '└──┴─────────┴──────┴─────┘',
    ].join('\n');
    const matrix = parseDrawn(text);
    expect(brief(matrix)).toEqual([['1.1', ['县数据局', '县政务中心'], [], '2023年10月底前']]);
    // The cell's two lines wrap one sentence; the deadline's wrap inside a date.
    expect(matrix.tasks[0].text).toBe('推进“放管服”改革提升政务服务水平。');
  });

  it('reads a box table drawn one column per character (w3m -dump), a cell spanning rows written on the separator', () => {
    const text = [
      '某县方案',
      '┌────┬────────────┬──────────┬──────────┐',
      '│序号│重点任务    │牵头单位  │完成时限  │',
      '├────┼────────────┼──────────┼──────────┤',
      '│ 1  │推进农田建设│          │2024年6月 │',
      '├────┼────────────┤县农业农村├──────────┤',
      '│ 2  │发展特色产业│局        │长期坚持  │',
      '└────┴────────────┴──────────┴──────────┘',
    ].join('\n');
    expect(brief(parseDrawn(text))).toEqual([
      ['1', ['县农业农村局'], [], '2024年6月'],
      ['2', ['县农业农村局'], [], '长期坚持'],
    ]);
  });

  it('reads an ASCII grid in a .txt notice, and a table with rules drawn between rows laid out with spaces', () => {
    const grid = ['某区任务分解表', '+------+--------------------+--------------+', '| 序号 | 工作任务           | 牵头单位     |', '+------+--------------------+--------------+', '|  1   | 地区生产总值增长6% | 区发改局     |', '+------+--------------------+--------------+'].join('\n');
    expect(brief(parseDrawn(grid))).toEqual([['1', ['区发改局'], [], null]]);
    const ruled = ['某区方案', '', '序号  工作任务                    牵头单位      完成时限', '────────────────────────────────', '1     严格落实水资源管理制度      区水利局      2023年12月底前', '────────────────────────────────', '2     推进节水型社会建设          区水利局      2023年10月底前', '────────────────────────────────'].join('\n');
    const read = readText(ruled, (code) => (code >= 0x2e80 ? 2 : 1));
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.lead, t.deadline?.text])).toEqual([
      ['1', ['区水利局'], '2023年12月底前'],
      ['2', ['区水利局'], '2023年10月底前'],
    ]);
  });

  it('keeps the lines of a drawn table\'s cells at the columns they have in the file', () => {
    const [table] = findDrawnTables(['┌──┬────┐', '│序号│单位    │', '├──┼────┤', '│ 1  │县财政局│', '└──┴────┘'], 10);
    expect(table.start).toBe(10);
    expect(table.rows[1].cells.map((c) => [c.text, c.line, c.column])).toEqual([['1', 13, 3], ['县财政局', 13, 7]]);
  });

  it('is read from a .txt notice\'s bytes, in GB18030 too', async () => {
    const text = ['某县方案', '+------+--------------------+--------------+', '| 序号 | 工作任务           | 牵头单位     |', '+------+--------------------+--------------+', '|  1   | 地区生产总值增长6% | 县发改局     |', '+------+--------------------+--------------+'].join('\r\n');
    const read = await readNoticeBytes(new TextEncoder().encode(text), 'grid.txt', 'text');
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1', ['县发改局']]]);
  });
});
