import { describe, expect, it } from 'vitest';
import { eastAsianWidth } from 'get-east-asian-width';
import { findAlignedTables } from '../../src/read/aligned-table.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';
import { readText } from '../../src/read/text.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { roles } from '../helpers/parse.js';

const table = (lines: string[]) => findAlignedTables(lines, eastAsianWidth).map((r) => [r.index, r.tableStart, ...r.cells.map((c) => c.text)]);

// pdftotext -layout of a 任务分工表: columns padded to display width (a CJK character is two columns), long cells
// wrapped onto lines of their own (probe 13, p06).
const LAYOUT = [
  '序号  工作任务                                  牵头单位        配合单位              完成时限',
  '1     推进城镇老旧小区改造，年内开工改造老旧    县住建局        县财政局、县发改      2024年11月',
  '      小区32个，惠及居民1.2万户。                               局，各街道办事处      底前',
  '2     实施城市排水防涝能力提升工程，新建改造    县城管局        县水利局、县住建局    2024年汛期',
  '      雨水管网45公里。                                                                前',
];

describe('findAlignedTables', () => {
  it('cuts each line at the header\'s columns (display width), a wrapped line into its own columns', () => {
    expect(table(LAYOUT)).toEqual([
      [0, true, '序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [1, false, '1', '推进城镇老旧小区改造，年内开工改造老旧', '县住建局', '县财政局、县发改', '2024年11月'],
      [2, false, '', '小区32个，惠及居民1.2万户。', '', '局，各街道办事处', '底前'],
      [3, false, '2', '实施城市排水防涝能力提升工程，新建改造', '县城管局', '县水利局、县住建局', '2024年汛期'],
      [4, false, '', '雨水管网45公里。', '', '', '前'],
    ]);
  });

  it('reads columns two spaces apart and not padded by their order, and places each cell (1-based line, character column)', () => {
    const rows = findAlignedTables(['序号  任务  牵头单位  责任单位', '1  新建城市公厕20座  区城管局  各街道办事处'], eastAsianWidth, 7);
    expect(rows[1].cells.map((c) => [c.text, c.line, c.column])).toEqual([
      ['1', 8, 1],
      ['新建城市公厕20座', 8, 4],
      ['区城管局', 8, 15],
      ['各街道办事处', 8, 21],
    ]);
  });

  it('finds no table in prose, a signature and date, or a header-like line with no row under it', () => {
    expect(table(['株洲市人民政府办公室　　2024年1月18日印发', '抄送：市委办公室，市人大常委会办公室。'])).toEqual([]);
    expect(table(['一、总体要求  坚持稳中求进  全面深化改革', '', '二、重点任务'])).toEqual([]);
    expect(table(['为推动经济运行持续向好，现将稳增长措施责任分工如下：  请各单位认真落实，  按时报送进展情况。', '1.加快推进重大项目建设。'])).toEqual([]);
    // probe 14: marker labels spaced out on one line, a joint signature over two lines, an indicator table.
    expect(table(['1.推进老旧小区改造', '牵头单位：县住建局  责任单位：各街道  完成时限：年底前', '2.加快背街小巷整治', '牵头单位：县城管局  责任单位：县住建局  完成时限：10月底前'])).toEqual([]);
    expect(table(['XX县卫生健康局  XX县财政局  XX县自然资源局', 'XX县教育局  XX县民政局  XX县人社局'])).toEqual([]);
    expect(table(['指标名称  2023年  2024年目标', '学位数  1200  1500'])).toEqual([]);
  });

  it('takes no line with a tab for a header or a row: a sheet pasted from Word or Excel is read by its tabs (probe 31)', () => {
    expect(table(['序号\t重点任务\t牵头单位\t责任单位\t完成时限', '8\t实施危房改造。\t县住建局', '县乡村振兴局\t县财政局  各乡镇人民政府\t2024年11月底前'])).toEqual([]);
    // One tab among gaps of spaces is a gap like them (probe 14).
    expect(table(['序号  重点任务\t牵头单位  责任单位', '1  推进改造\t县住建局  各街道'])).toEqual([[0, true, '序号', '重点任务', '牵头单位', '责任单位'], [1, false, '1', '推进改造', '县住建局', '各街道']]);
    // A text with a line of two gaps (a web page's metadata) loads the widths; its tab-separated rows stay rows of their cells.
    const text = ['发布时间：2024-03-21 09:15　来源：县政府办　浏览次数：2306　字号：大 中 小', '云塘县2024年乡村振兴重点工作任务清单', '序号\t重点任务\t牵头单位\t责任单位\t完成时限', '8\t实施农村危房改造。\t县住房和城乡建设局', '县乡村振兴局\t县财政局、各乡镇人民政府\t2024年11月底前', '11\t提升乡村治理水平。\t县委组织部\t县民政局\t长期坚持', '相关文件：'].join('\n');
    const { matrix } = parseNotice(readText(text, eastAsianWidth));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['8', ['县住房和城乡建设局', '县乡村振兴局'], ['县财政局', '各乡镇人民政府']],
      ['11', ['县委组织部'], ['县民政局']],
    ]);
  });

  it('ends a table at a line of one cell in its first column (a labelled line after it)', () => {
    expect(table(['序号  任务  牵头单位', '1  新建公厕  区城管局', '牵头单位：县教育局']).map((r) => r[0])).toEqual([0, 1]);
  });
});

describe('a notice with a table laid out with spaces', () => {
  it('gives the tasks of its rows, wrapped lines joined to their row (cells read as a cell\'s lines)', () => {
    const text = ['长沙县2024年城市更新重点工作任务分解方案', '', '一、任务分解', ...LAYOUT, '', '二、保障措施', '各责任单位要建立工作台账。'].join('\n');
    const { matrix } = parseNotice(readText(text, eastAsianWidth));
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t), t.deadline?.text, t.source])).toEqual([
      ['1.1', '推进城镇老旧小区改造，年内开工改造老旧小区32个，惠及居民1.2万户。', { lead: ['县住建局'], responsible: [], support: ['县财政局', '县发改局', '各街道办事处'] }, '2024年11月底前', { line: 5, endLine: 6 }],
      ['1.2', '实施城市排水防涝能力提升工程，新建改造雨水管网45公里。', { lead: ['县城管局'], responsible: [], support: ['县水利局', '县住建局'] }, '2024年汛期前', { line: 7, endLine: 8 }],
    ]);
    expect(matrix.outline.map((i) => i.id)).toEqual(['1', '2']);
  });

  it('joins a unit name wrapped alone onto the next line (no task text there) to its cell (probe 15)', () => {
    const text = [
      '某县重点工作分工', '',
      '序号   工作任务           牵头单位    责任单位              完成时限',
      '1      甲项工作。         县发改委    县统计局、县市场监    2024年12月底前',
      '                                      管局',
      '2      乙项工作。         县经信局    国网某县供电          2024年6月底前',
      '                                      公司',
    ].join('\n');
    const { matrix } = parseNotice(readText(text, eastAsianWidth));
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([
      ['1', ['县统计局', '县市场监管局']],
      ['2', ['国网某县供电公司']],
    ]);
  });

  it('reads columns laid out with no-break spaces as with spaces (a table copied from a web page or a PDF viewer, probe 149)', async () => {
    const text = [
      '某县人居环境整治任务分工', '',
      '序号  工作任务              牵头单位      责任单位                完成时限',
      '1     开展农村人居环境整治  县农业农村局  各乡镇人民政府          2025年6月底前',
      '2     推进污水管网建设      县住建局      县财政局、县生态环境局  长期坚持',
    ].join('\n');
    const nbsp = text.replace(/ /g, '\u00a0');
    const read = await readNoticeBytes(Buffer.from(nbsp), 'nbsp.txt', 'text');
    const { matrix } = parseNotice(read);
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t), t.deadline?.text])).toEqual([
      ['1', '开展农村人居环境整治', { lead: ['县农业农村局'], responsible: ['各乡镇人民政府'], support: [] }, '2025年6月底前'],
      ['2', '推进污水管网建设', { lead: ['县住建局'], responsible: ['县财政局', '县生态环境局'], support: [] }, '长期坚持'],
    ]);
    // Offsets stay: the row's cells are placed at their characters in the line.
    expect(read.blocks.find((b) => b.kind === 'row' && b.cells?.[0].text === '2')?.cells?.[2]).toMatchObject({ line: 5, column: 21 });
  });

  it('without display widths (the CLI loads them only for a text with two gaps in a line) reads the lines as text', () => {
    expect(readText(LAYOUT.join('\n')).blocks.every((b) => b.kind === 'text')).toBe(true);
  });
});
