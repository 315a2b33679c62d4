import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fengongError } from './fengong-error.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';
import { readXlsx } from '../../src/read/xlsx.js';

/**
 * A 任务分工表 kept in Excel: a title merged across the table, an empty row, the header, a 牵头单位 cell merged over
 * two rows, rich text, a line break inside a cell, a formula for the second row's number.
 */
async function planXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('分工表');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '某县2024年重点任务分工表';
  ws.getRow(3).values = ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'];
  ws.getRow(4).values = [1, { richText: [{ text: '建设', font: { bold: true } }, { text: '产业园区' }] }, '县经信局', '县自然资源局\r\n县住建局', '2024年6月底前'];
  ws.getRow(5).values = [{ formula: 'A4+1', result: 2 }, '引进重点企业', null, '县商务局', '2024年12月底前'];
  ws.mergeCells('C4:C5');
  const hidden = wb.addWorksheet('草稿', { state: 'hidden' });
  hidden.getCell('A1').value = '不读';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads the title as text and the table as rows, merged cells copied down, rich text flattened', async () => {
    const read = await readXlsx(await planXlsx(), 'plan.xlsx');
    expect(read.format).toBe('xlsx');
    expect(read.lineCount).toBe(5);
    expect(read.blocks).toEqual([
      { kind: 'text', lines: [{ text: '某县2024年重点任务分工表', line: 1, column: 1 }], blankBefore: false },
      {
        kind: 'row',
        lines: [{ text: '序号\t重点任务\t牵头单位\t责任单位\t完成时限', line: 3, column: 1 }],
        cells: ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'].map((text, i) => ({ text, line: 3, column: i + 1 })),
        blankBefore: true,
        tableStart: true,
        whole: true,
      },
      {
        kind: 'row',
        lines: [{ text: '1\t建设产业园区\t县经信局\t县自然资源局\n县住建局\t2024年6月底前', line: 4, column: 1 }],
        cells: ['1', '建设产业园区', '县经信局', '县自然资源局\n县住建局', '2024年6月底前'].map((text, i) => ({ text, line: 4, column: i + 1 })),
        blankBefore: false,
        tableStart: false,
        whole: true,
      },
      {
        kind: 'row',
        lines: [{ text: '2\t引进重点企业\t县经信局\t县商务局\t2024年12月底前', line: 5, column: 1 }],
        cells: [
          { text: '2', line: 5, column: 1 },
          { text: '引进重点企业', line: 5, column: 2 },
          { text: '县经信局', line: 4, column: 3, spanned: true },
          { text: '县商务局', line: 5, column: 4 },
          { text: '2024年12月底前', line: 5, column: 5 },
        ],
        blankBefore: false,
        tableStart: false,
        whole: true,
      },
    ]);
  });

  it('compiles end to end through parseNotice into the rows as tasks', async () => {
    const { matrix } = parseNotice(await readNoticeBytes(await planXlsx(), 'plan.xlsx', 'xlsx'));
    expect(matrix.tasks).toEqual([
      { id: '1', marker: '1', path: [], title: null, text: '建设产业园区', lead: ['县经信局'], responsible: ['县自然资源局', '县住建局'], support: [], deadline: { text: '2024年6月底前', due: '2024-06-30' }, source: { line: 4, endLine: 4 } },
      { id: '2', marker: '2', path: [], title: null, text: '引进重点企业', lead: ['县经信局'], responsible: ['县商务局'], support: [], deadline: { text: '2024年12月底前', due: '2024-12-31' }, source: { line: 5, endLine: 5 } },
    ]);
  });

  it('folds a header set over two rows (责任单位 over 牵头单位 and 配合单位) into one, end to end', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getRow(1).values = ['序号', '重点任务', '责任单位', null, '完成时限'];
    ws.getRow(2).values = [null, null, '牵头单位', '配合单位'];
    // The deadline typed as 2024年12月: Excel keeps a date, shown in the format yyyy"年"m"月".
    ws.getRow(3).values = [1, '修建道路', '县交通局', '县财政局、县自然资源局', new Date(Date.UTC(2024, 11, 1))];
    ws.getCell('E3').numFmt = 'yyyy"年"m"月"';
    for (const range of ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2']) ws.mergeCells(range);
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 't.xlsx');
    expect(read.blocks.map((b) => [b.lines[0].line, b.tableStart, b.cells!.map((c) => `${c.text}@${c.line}:${c.column}`)])).toEqual([
      [1, true, ['序号@1:1', '重点任务@1:2', '牵头单位@2:3', '配合单位@2:4', '完成时限@1:5']],
      [3, false, ['1@3:1', '修建道路@3:2', '县交通局@3:3', '县财政局、县自然资源局@3:4', '2024年12月@3:5']],
    ]);
    expect(parseNotice(read).matrix.tasks).toEqual([
      { id: '1', marker: '1', path: [], title: null, text: '修建道路', lead: ['县交通局'], responsible: [], support: ['县财政局', '县自然资源局'], deadline: { text: '2024年12月', due: '2024-12-31' }, source: { line: 3, endLine: 3 } },
    ]);
  });

  it('reads each visible sheet in order, the lines of a later sheet following the rows of the sheets before it', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('一');
    first.getRow(1).values = ['序号', '重点任务', '牵头单位'];
    first.getRow(2).values = [1, '修路', '县交通局'];
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '不读';
    const second = wb.addWorksheet('二');
    second.getCell('B2').value = '第二批';
    second.getRow(3).values = [null, '序号', '重点任务', '牵头单位'];
    second.getRow(4).values = [null, 2, '架桥', '县水利局'];
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'two.xlsx');
    expect(read.lineCount).toBe(6);
    expect(read.blocks.map((b) => [b.kind, b.tableStart, b.blankBefore, b.lines[0].line, b.lines[0].column, b.lines[0].text])).toEqual([
      ['row', true, false, 1, 1, '序号\t重点任务\t牵头单位'],
      ['row', false, false, 2, 1, '1\t修路\t县交通局'],
      ['text', undefined, true, 4, 2, '第二批'],
      ['row', true, false, 5, 2, '序号\t重点任务\t牵头单位'],
      ['row', false, false, 6, 2, '2\t架桥\t县水利局'],
    ]);
  });

  it('rejects bytes that are not a workbook with an error naming the file', async () => {
    await expect(readXlsx(new TextEncoder().encode('序号,任务'), 'plan.xlsx')).rejects.toThrow(/^plan\.xlsx: not an Excel \.xlsx file \(/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readXlsx(ole, 'old.xlsx')).rejects.toThrow(/^old\.xlsx: not an Excel \.xlsx file \(an old binary Office file/);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('空');
    await expect(readXlsx(new Uint8Array(await empty.xlsx.writeBuffer()), 'empty.xlsx')).rejects.toThrow(fengongError('empty.xlsx: the workbook holds no text'));
  });
});

describe('Excel dates in a deadline column', () => {
  /** The deadlines of a one-sheet task table whose rows `fill` writes under its header. */
  const deadlines = async (fill: (ws: import('exceljs').Worksheet) => void) => {
    const ExcelJS = (await import('exceljs')).default;
    const { readXlsx } = await import('../../src/read/xlsx.js');
    const { parseNotice } = await import('../../src/notice/parse-notice.js');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务');
    ws.getRow(1).values = ['序号', '重点任务', '牵头单位', '完成时限'];
    fill(ws);
    return parseNotice(await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'dates.xlsx')).matrix.tasks.map((t) => t.deadline);
  };

  it('shows built-in format 14 as a Chinese system does (2024/11/30), and reads a bare date serial as its date', async () => {
    expect(await deadlines((ws) => {
      ws.getRow(2).values = [1, '建设停车场。', '县住建局', new Date(Date.UTC(2024, 10, 30))];
      ws.getCell('D2').numFmt = 'mm-dd-yy';
      // A date in a Chinese built-in format the reader cannot name arrives as its serial number (45473 = 2024-06-30).
      ws.getRow(3).values = [2, '建设公园。', '县住建局', 45473];
    })).toEqual([
      { text: '2024/11/30', due: '2024-11-30' },
      { text: '2024年6月30日', due: '2024-06-30' },
    ]);
  });

  // Probe 147: a clerk's 长日期 is stored as the system's long date, `[$-F800]dddd, mmmm dd, yyyy`, which numfmt had shown
  // in English (`Sunday,December31,2023`), the deadline's due lost.
  it('shows the system\'s long date as a Chinese system does (2023年12月31日)', async () => {
    expect(await deadlines((ws) => {
      ws.getRow(2).values = [1, '建设停车场。', '县住建局', new Date(Date.UTC(2023, 11, 31))];
      ws.getCell('D2').numFmt = '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy';
    })).toEqual([{ text: '2023年12月31日', due: '2023-12-31' }]);
  });
});

describe('deadline cells Excel shows oddly (probe 47)', () => {
  it('reads an error value as no text, and a date in the built-in d-mmm-yy format with its due date', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '某市2024年重点任务分工表';
    ws.getRow(2).values = ['序号', '重点任务', '牵头单位', '完成时限'];
    ws.getRow(3).values = [1, '建设产业园区', '市经信局', { error: '#N/A' } as unknown as ExcelJS.CellValue];
    ws.getRow(4).values = [2, '引进重点企业', '市商务局', new Date(Date.UTC(2024, 8, 30))];
    ws.getCell('D4').numFmt = 'd-mmm-yy';
    const read = await readNoticeBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'p.xlsx', 'xlsx');
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.deadline])).toEqual([
      ['1', null],
      ['2', { text: '30-Sep-24', due: '2024-09-30' }],
    ]);
  });
});

describe('readXlsx: text struck through (probe 118)', () => {
  it('leaves a struck rich-text run and a cell struck whole out, as deleted, and counts them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.addRow(['序号', '重点任务', '牵头单位', '责任单位', '完成时限']);
    ws.addRow([1, '深化一件事改革。', { richText: [{ text: '市政务服务办', font: { strike: true } }, { text: '区政务服务办' }] }, '区大数据中心', '2024年12月底前']);
    ws.addRow([2, '推行告知承诺制。', '区市场监管局', '市商务局', '2024年9月底前']);
    ws.getRow(3).getCell(4).font = { strike: true };
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'list.xlsx');
    expect(read.struck).toBe(2);
    // Before: lead `市政务服务办区政务服务办`, and 市商务局 responsible for row 2.
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1', ['区政务服务办'], ['区大数据中心']],
      ['2', ['区市场监管局'], []],
    ]);
  });
});

describe('readXlsx: hidden columns (probe 119)', () => {
  it('leaves a hidden column out, as a hidden sheet is: last year\'s 包保单位 kept beside this year\'s', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('包保清单');
    ws.addRow(['序号', '项目名称', '包保单位', '2024年包保单位', '完成时限']);
    ws.addRow([1, '标准化厂房项目', '凤台经济开发区管委会', '县经信局', '2025年12月底前']);
    ws.getColumn(4).hidden = true;
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'list.xlsx');
    // Before: 县经信局 was responsible too.
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([['1', ['凤台经济开发区管委会']]]);
  });
});

describe('a Chinese Excel\'s built-in date formats, given by number alone (probe 152)', () => {
  // Typing `2025年8月` into a cell of a Chinese Excel stores the date with format 57, which the file names by number
  // only (ECMA-376 Part 1 §18.8.30); 58 is `m"月"d"日"`, 31 `yyyy"年"m"月"d"日"`. Written here with stand-in formats,
  // then renumbered in styles.xml as Excel writes them.
  it('shows each as Excel does: a month is due at its end, not on its first day', async () => {
    const JSZip = (await import('jszip')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.getCell('A1').value = '某县2025年民生实事任务清单';
    ws.getRow(2).values = ['序号', '重点任务', '牵头单位', '完成时限'];
    const rows: Array<[string, Date, string]> = [['建设停车场。', new Date(Date.UTC(2025, 7, 1)), 'STANDIN57'], ['建设公园。', new Date(Date.UTC(2025, 8, 30)), 'STANDIN58'], ['改造老旧小区。', new Date(Date.UTC(2025, 10, 30)), 'STANDIN31']];
    rows.forEach(([task, date, format], i) => {
      ws.getRow(3 + i).values = [i + 1, task, '县住建局', date];
      ws.getCell(3 + i, 4).numFmt = format;
    });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    let styles = await zip.file('xl/styles.xml')!.async('string');
    for (const id of ['57', '58', '31']) {
      const standIn = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="STANDIN${id}"/>`).exec(styles)!;
      styles = styles.replace(standIn[0], '').replace(new RegExp(`numFmtId="${standIn[1]}"`, 'g'), `numFmtId="${id}"`);
    }
    expect(styles).toContain('numFmtId="57"');
    zip.file('xl/styles.xml', styles);
    const read = await readXlsx(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'dates.xlsx');
    expect(parseNotice(read).matrix.tasks.map((t) => t.deadline)).toEqual([
      { text: '2025年8月', due: '2025-08-31' },
      { text: '9月30日', due: '2025-09-30' },
      { text: '2025年11月30日', due: '2025-11-30' },
    ]);
  });
});

describe('a two-row header under a 填报单位 row (probe 152)', () => {
  it('reads 牵头单位 and 配合单位 under 责任分工, the cells merged down over both header rows skipped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.getCell('A1').value = '如皋市2025年城镇燃气安全专项整治问题隐患整改清单';
    ws.mergeCells('A1:F1');
    ws.getCell('A2').value = '填报单位（盖章）：如皋市安全生产委员会办公室';
    ws.mergeCells('A2:C2');
    ws.getCell('E2').value = '填报时间：2025年5月8日';
    ws.mergeCells('E2:F2');
    ws.getRow(3).values = ['序号', '问题隐患', '责任分工', null, '整改时限', '整改状态'];
    ws.getRow(4).values = [null, null, '牵头单位', '配合单位'];
    for (const column of ['A', 'B', 'E', 'F']) ws.mergeCells(`${column}3:${column}4`);
    ws.mergeCells('C3:D3');
    ws.getRow(5).values = [1, '部分餐饮场所未安装可燃气体报警装置。', '市住建局（市燃气办）', '市市场监管局、市商务局', '6月30日', '正在推进'];
    ws.getRow(6).values = [2, '部分老旧小区燃气管道老化锈蚀。', '市住建局（市燃气办）', '市发改委、市财政局', '2025年11月底前', '正在推进'];
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'list.xlsx');
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline?.text])).toEqual([
      ['1', ['市住建局（市燃气办）'], [], ['市市场监管局', '市商务局'], '6月30日'],
      ['2', ['市住建局（市燃气办）'], [], ['市发改委', '市财政局'], '2025年11月底前'],
    ]);
  });
});
