import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { fengongError } from './fengong-error.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readCsv } from '../../src/read/csv.js';
import { formatOf, readNoticeBytes } from '../../src/read/read-notice.js';

/**
 * A 任务分工表 as Excel saves it with 另存为 CSV on a Chinese Windows: GB18030 bytes, CRLF, a title in the first
 * field of its row (the other fields empty), an empty row, a quoted cell holding a line break and a `""` quote.
 */
const PLAN = [
  '某县2025年重点任务分工表,,,,',
  ',,,,',
  '序号,重点任务,牵头单位,责任单位,完成时限',
  '1,推进老旧小区改造,县住建局,"县财政局',
  '县自然资源局",2025年6月底前',
  '2,"开展""食安护航""专项检查",县市场监管局,各乡镇人民政府,2025年12月底前',
  '',
].join('\r\n');

describe('readCsv', () => {
  it('reads the title as text and the table as rows; a quoted line break stays in its cell, the row at the line it starts', () => {
    const read = readCsv(PLAN, 'plan.csv');
    expect(read.format).toBe('csv');
    expect(read.lineCount).toBe(6);
    expect(read.blocks).toEqual([
      { kind: 'text', lines: [{ text: '某县2025年重点任务分工表', line: 1, column: 1 }], blankBefore: false },
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
        lines: [{ text: '1\t推进老旧小区改造\t县住建局\t县财政局\n县自然资源局\t2025年6月底前', line: 4, column: 1 }],
        cells: ['1', '推进老旧小区改造', '县住建局', '县财政局\n县自然资源局', '2025年6月底前'].map((text, i) => ({ text, line: 4, column: i + 1 })),
        blankBefore: false,
        tableStart: false,
        whole: true,
      },
      {
        kind: 'row',
        lines: [{ text: '2\t开展"食安护航"专项检查\t县市场监管局\t各乡镇人民政府\t2025年12月底前', line: 6, column: 1 }],
        cells: ['2', '开展"食安护航"专项检查', '县市场监管局', '各乡镇人民政府', '2025年12月底前'].map((text, i) => ({ text, line: 6, column: i + 1 })),
        blankBefore: false,
        tableStart: false,
        whole: true,
      },
    ]);
  });

  it('compiles a GB18030 file into tasks, the units of a cell with a line break split', async () => {
    const read = await readNoticeBytes(iconv.encode(PLAN, 'gb18030'), 'plan.csv', formatOf('plan.csv'));
    expect(read.encoding).toBe('gb18030');
    const { matrix } = parseNotice(read);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible, t.deadline?.due, t.source.line])).toEqual([
      ['1', '推进老旧小区改造', ['县住建局'], ['县财政局', '县自然资源局'], '2025-06-30', 4],
      ['2', '开展"食安护航"专项检查', ['县市场监管局'], ['各乡镇人民政府'], '2025-12-31', 6],
    ]);
  });

  it('reads tabs when most of the first lines hold them, a title typed above the table (probe 66)', () => {
    const read = readCsv('附件1\n序号\t工作任务\t主责\t配合\n1\t完善制度\t县司法局\t县财政局\n2\t加强宣传\t县委宣传部\t县文旅局\n', 'titled.csv');
    expect(read.blocks.filter((b) => b.kind === 'row').map((b) => b.cells!.map((c) => c.text))).toEqual([
      ['序号', '工作任务', '主责', '配合'],
      ['1', '完善制度', '县司法局', '县财政局'],
      ['2', '加强宣传', '县委宣传部', '县文旅局'],
    ]);
    // A bare 主责 heads the lead column, as 牵头 does.
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([
      ['1', ['县司法局'], ['县财政局']],
      ['2', ['县委宣传部'], ['县文旅局']],
    ]);
  });

  it('reads a CSV on standard input as CSV (its first lines rows of commas naming a task table\'s columns)', async () => {
    const { looksLikeCsv } = await import('../../src/read/detect.js');
    expect(looksLikeCsv(PLAN)).toBe(true);
    expect(looksLikeCsv('一、重点任务\n1.推进改革，加强监管，完善制度。（县财政局负责）\n2.加强宣传。\n')).toBe(false);
    // Prose with half-width commas (an OCR's) names columns in sentences, not in a header of short fields.
    expect(looksLikeCsv('一、重点任务\n1.加强组织领导,落实工作责任,完善工作机制。(县委办牵头,县财政局配合)\n2.推进项目建设,加快工作进度,确保按时完成任务。(县发改局牵头)\n')).toBe(false);
  });

  it('names a Word document under an .xlsx name for what it is', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('一、任务')] }] })));
    await expect(readNoticeBytes(docx, 'plan.xlsx', 'xlsx')).rejects.toThrow(fengongError('plan.xlsx: a Word document, not an Excel .xlsx file: give it its .docx ending to read it'));
  });

  it('names an Office document under a .csv or .txt name for what it is', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0, 0]);
    await expect(readNoticeBytes(zip, 'renamed.csv', 'csv')).rejects.toThrow(fengongError('renamed.csv: an Office document (.xlsx or .docx, a zip), not text: give it its own ending (.xlsx, .docx) to read it'));
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readNoticeBytes(ole, 'old.txt', 'text')).rejects.toThrow(fengongError('old.txt: an old Office document (.xls or .doc), not text: save it as .xlsx or .docx in Excel or Word (or WPS) to read it'));
  });

  it('reads a tab-separated .csv (a spreadsheet pasted into a file) by its tabs; columns from the first used one', () => {
    // (No line end after the last row: the file still has two lines.)
    const read = readCsv('\t序号\t工作任务\t责任单位\n\t1\t完善制度\t县司法局', 'tabs.csv');
    expect(read.lineCount).toBe(2);
    expect(read.blocks.map((b) => b.cells?.map((c) => [c.text, c.column]))).toEqual([
      [['序号', 2], ['工作任务', 3], ['责任单位', 4]],
      [['1', 2], ['完善制度', 3], ['县司法局', 4]],
    ]);
  });

  it('names the line of a quote that is never closed, and refuses a file of separators only', () => {
    expect(() => readCsv('序号,任务\n1,"未闭合\n2,下一行\n', 'bad.csv')).toThrow(fengongError('bad.csv:2: a field opened with `"` is never closed', 'bad.csv:2：以“"”开头的字段没有结束的引号'));
    // The line where the quote opens, not where reading stopped (probe 66: a stray quote on line 5 of 14 was put on
    // line 9); quoted fields with line breaks before it are counted, CRLF as one line end.
    const rows = ['序号,任务,牵头单位', '1,"两行', '的任务",县财政局', '2,任务,县水利局', '"3,任务,县交通局', '4,任务,县商务局', '5,任务,县教育局'];
    expect(() => readCsv(rows.join('\r\n'), 'stray.csv')).toThrow(fengongError('stray.csv:5: a field opened with `"` is never closed'));
    expect(() => readCsv(',,\n,,\n', 'empty.csv')).toThrow(fengongError('empty.csv: the table holds no text'));
  });
});

describe('fengong parse FILE.csv', () => {
  it('reads back the 任务分工表 that `fengong export -f csv` wrote: every task with the same id, units and deadline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-csv-'));
    const csv = join(dir, '任务分工表.csv');
    expect((await runCli(['export', 'fixtures/notices/lezhi-2023-61.matrix.yaml', '-f', 'csv', '-o', csv])).code).toBe(0);
    const run = await runCli(['parse', csv, '--format', 'json', '-q']);
    expect(run.code).toBe(0);
    const original = YAML.parse(readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8'));
    const key = (t: { id: string; lead: string[]; responsible: string[]; support: string[]; deadline: { text: string } | null }) => [t.id, t.lead, t.responsible, t.support, t.deadline?.text ?? null];
    expect(JSON.parse(run.stdout).tasks.map(key)).toEqual(original.tasks.map(key));
  });

  // A fresh user's: a repeated id (`1.1-2`) had read back as `1.1#2`, the item's first task `1.1#1`.
  it('reads back a repeated id with its suffix, and says nothing of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-csv-'));
    writeFileSync(join(dir, 'plan.txt'), '某县工作方案\n\n一、任务\n\n（一）做好宣传。（县委宣传部负责）\n\n（一）做好教育。（县教育局负责）\n');
    expect((await runCli(['parse', join(dir, 'plan.txt'), '-o', join(dir, 'plan.yaml'), '-q'])).code).toBe(0);
    expect((await runCli(['export', join(dir, 'plan.yaml'), '-f', 'csv', '-o', join(dir, 'plan.csv')])).code).toBe(0);
    const run = await runCli(['parse', join(dir, 'plan.csv'), '--format', 'json']);
    expect(JSON.parse(run.stdout).tasks.map((t: { id: string; responsible: string[] }) => [t.id, t.responsible])).toEqual([['1.1', ['县委宣传部']], ['1.1-2', ['县教育局']]]);
    expect(run.stderr).not.toContain('repeated-number');
  });

  it('is picked up from a folder in a batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-csv-'));
    writeFileSync(join(dir, 'plan.csv'), PLAN);
    const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '-q']);
    expect(run.code).toBe(0);
    expect(YAML.parse(readFileSync(join(dir, 'out', 'plan.yaml'), 'utf8')).tasks).toHaveLength(2);
  });
});

describe('readCsv: the formula guard of a csv writer', () => {
  it('reads `\'=1+1` and `\'-县应急局` (export -f csv guards them so) as `=1+1` and `-县应急局`; a quote before other text stays', () => {
    const read = readCsv(['序号,重点任务,牵头单位,完成时限', "1,'+组织应急演练,'-县应急局,'=1+1", "2,'引号'在前,县财政局,长期坚持"].join('\n'), 'guard.csv');
    const rows = read.blocks.filter((b) => b.kind === 'row').map((b) => b.cells!.map((c) => c.text));
    // Before: each kept its `'` (a fresh user's round trip of export -f csv).
    expect(rows.slice(1)).toEqual([
      ['1', '+组织应急演练', '-县应急局', '=1+1'],
      ['2', "'引号'在前", '县财政局', '长期坚持'],
    ]);
  });
});
