import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_TABLE_SHAPE, expectedCells, taskById } from './expected.js';
import { COUNTY, readMatrix } from './fixtures.js';
import { parseCsv, readDocxTables, readXlsx } from './read-back.js';
import { runCli } from '../helpers/run-cli.js';

const matrix = readMatrix(COUNTY);
const HEADER = ['序号', '重点任务', '牵头单位', '责任单位', '配合单位', '完成时限', '所属章节'];
// With --today 2024-06-10 and the default 30 days: 1.1.2 (2024-05-31) has passed, 1.1.1 (2024-06-30) is soon,
// 2#1 (2024-12-31) is neither, 1.2 (长期坚持) and 2#2 have no due date.
const TODAY = ['--today', '2024-06-10'];
const MARKS: Record<string, string> = { '1.1.1': '【即将到期】', '1.1.2': '【已逾期】' };
let dir: string;
let files = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-export-'));
});

async function exportTo(format: string, ...extra: string[]): Promise<Buffer> {
  const file = join(dir, `table-${++files}.${format}`);
  const run = await runCli(['export', COUNTY, '-o', file, ...TODAY, ...extra]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return readFileSync(file);
}

/** Turns rows into the COUNTY_TABLE_SHAPE form: a row with only its first cell filled is a category row. */
function shape(rows: string[][]): string[] {
  return rows.map((row) => (row.slice(1).every((c) => c === '') ? `category:${row[0]}` : `task:${row[0]}`));
}

describe('export --format xlsx', () => {
  it('holds every task, cell by cell, in document order under its category rows', async () => {
    const [sheet] = await readXlsx(await exportTo('xlsx'));
    expect(sheet.name).toBe('任务分工表');
    expect(sheet.rows[0][0]).toBe('任务分工表');
    const header = sheet.rows.findIndex((row) => row[0] === '序号');
    expect(sheet.rows[header]).toEqual(HEADER);
    const body = sheet.rows.slice(header + 1);
    expect(shape(body)).toEqual(COUNTY_TABLE_SHAPE);
    for (const row of body.filter((r) => r[1] !== '')) expect(row).toEqual(expectedCells(taskById(matrix, row[0])));
  });

  it('freezes the header, filters on it, wraps text, merges category rows and fills due rows', async () => {
    const [{ worksheet: ws, rows }] = await readXlsx(await exportTo('xlsx'));
    const header = rows.findIndex((row) => row[0] === '序号') + 1;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.autoFilter).toBe(`A${header}:G${rows.length}`);
    const rowOf = (first: string): number => rows.findIndex((row) => row[0] === first) + 1;
    for (const category of ['一、提升行动', '（一）开展青少年科学素质提升行动', '二、保障措施']) {
      const r = rowOf(category);
      expect(ws.getCell(r, 7).isMerged).toBe(true);
      expect(ws.getCell(r, 7).master.address).toBe(`A${r}`);
    }
    expect(ws.getCell(rowOf('1.1.2'), 2).alignment).toMatchObject({ wrapText: true });
    const fill = (id: string): string | undefined => (ws.getCell(rowOf(id), 6).fill as { fgColor?: { argb?: string } })?.fgColor?.argb;
    expect(fill('1.1.2')).toBe('FFFFC7CE');
    expect(fill('1.1.1')).toBe('FFFFEB9C');
    expect(fill('2#1')).toBeUndefined();
    expect(fill('1.2')).toBeUndefined();
    // Widths follow the text, a CJK character counting two: 重点任务 is wide, 序号 narrow, none past its limit.
    expect(ws.getColumn(1).width).toBeLessThan(10);
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(72);
  });
});

describe('export --format docx', () => {
  it('holds the title, the header and every task, cell by cell, with due markers', async () => {
    const { paragraphs, rows } = await readDocxTables(await exportTo('docx'));
    expect(paragraphs[0]).toBe('任务分工表');
    expect(paragraphs).toContain('某县2024年全民科学素质行动工作要点（某府办发〔2024〕3号）');
    expect(rows[0]).toEqual(HEADER);
    const body = rows.slice(1).map((row) => (row.length === 1 ? [row[0], ...Array(6).fill('')] : row));
    expect(shape(body)).toEqual(COUNTY_TABLE_SHAPE);
    for (const row of body.filter((r) => r[1] !== '')) {
      expect(row).toEqual(expectedCells(taskById(matrix, row[0]), MARKS[row[0]]));
    }
  });

  it('is an A4 landscape page in 仿宋 and 黑体', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await exportTo('docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('w:eastAsia="黑体"');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="仿宋"');
  });
});

describe('export --format csv and md', () => {
  it('csv parses back as the header and one row per task, with a BOM and due markers', async () => {
    const text = (await exportTo('csv')).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1)).toEqual(matrix.tasks.map((task) => expectedCells(task, MARKS[task.id])));
  });

  it('--no-bom leaves the BOM out; standard output gets csv when asked', async () => {
    expect((await exportTo('csv', '--no-bom')).subarray(0, 3).toString('utf8')).toBe('序');
    const run = await runCli(['export', COUNTY, '--format', 'csv', '--no-bom', ...TODAY]);
    expect(parseCsv(run.stdout)).toHaveLength(matrix.tasks.length + 1);
  });

  it('md is one table: category rows in bold, each task a row with | escaped and line breaks as <br>', async () => {
    const run = await runCli(['export', COUNTY, ...TODAY]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(lines[0]).toBe(`| ${HEADER.join(' | ')} |`);
    expect(lines[2]).toBe('| **一、提升行动** |  |  |  |  |  |  |');
    expect(lines).toHaveLength(2 + COUNTY_TABLE_SHAPE.length);
    expect(run.stdout).toContain('组织"科技节"活动 \\| 每年一次。');
    expect(run.stdout).toContain('提升基础教育阶段科学教育水平，<br>推进科学教育与信息技术融合。');
    expect(run.stdout).toContain('| 2024年5月【已逾期】 |');
  });
});

describe('export of a matrix without a title', () => {
  it('says 任务分工表 once, in the title, and parses back to that title (a fresh user: 任务分工表任务分工表)', async () => {
    const untitled = join(dir, 'untitled.yaml');
    const text = readFileSync(COUNTY, 'utf8').replace(/^  title: .*$/m, '  title: null').replace(/^  notice: .*$/m, '  notice: null').replace(/^  docNumber: .*$/m, '  docNumber: null');
    writeFileSync(untitled, text);
    const md = await runCli(['export', untitled, ...TODAY]);
    expect(md.code).toBe(0);
    expect(md.stdout.match(/任务分工表/g)).toHaveLength(1);
    const xlsx = join(dir, 'untitled.xlsx');
    expect((await runCli(['export', untitled, '-o', xlsx, ...TODAY])).code).toBe(0);
    const back = await runCli(['parse', xlsx, '--format', 'json', '-q']);
    expect(JSON.parse(back.stdout).document.title).toBe('任务分工表');
  });
});

describe('export options', () => {
  it('--soon sets the window, its last day included: 2024-12-31 is 204 days after 2024-06-10', async () => {
    const deadlineOf2_1 = async (days: string): Promise<string | undefined> => {
      const run = await runCli(['export', COUNTY, '--format', 'csv', ...TODAY, '--soon', days]);
      return parseCsv(run.stdout.slice(1)).find((row) => row[0] === '2#1')?.[5];
    };
    expect(await deadlineOf2_1('204')).toBe('2024年12月底前【即将到期】');
    expect(await deadlineOf2_1('203')).toBe('2024年12月底前');
  });

  it('--units resolves aliases in the table, --expand lists the members of collectives', async () => {
    const units = 'fixtures/units/lezhi.units.yaml';
    const resolved = parseCsv((await runCli(['export', COUNTY, '--format', 'csv', '--units', units])).stdout.slice(1));
    expect(resolved.find((row) => row[0] === '1.1.2')?.[3]).toBe('县科协、团县委');
    const expanded = parseCsv((await runCli(['export', COUNTY, '--format', 'csv', '--units', units, '--expand'])).stdout.slice(1));
    expect(expanded.find((row) => row[0] === '1.2')?.[4]).toBe('天池街道办事处、南塔街道办事处、童家镇人民政府、石佛镇人民政府、回澜镇人民政府');
  });

  it('names a bad option in one line with exit 2 (xlsx and docx without -o: tests/cli/binary-stdout.test.ts)', async () => {
    for (const args of [
      ['export', COUNTY, '--today', '2024-02-30'],
      ['export', COUNTY, '--soon', 'soon'],
      ['export', COUNTY, '--expand'],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^fengong: [^\n]+\n$/);
    }
  });

  it('says that a pattern is not expanded for one matrix (an archive office: `export "dir/*.yaml"` said only "no such file")', async () => {
    const run = await runCli(['--lang', 'en', 'export', 'fixtures/matrices/sheets/*.yaml', '-o', join(dir, 'glob.xlsx')]);
    expect([run.code, run.stderr]).toEqual([2, 'fengong: fixtures/matrices/sheets/*.yaml: no such file (a pattern is not expanded here: name one matrix file)\n']);
  });
});

describe('the 任务分工表 back in a section after one of its subsections (a fresh user\'s)', () => {
  it('says so with the section\'s title and （续）, without its number, so that the section\'s tasks stand under it and the sheet reads back', async () => {
    const { parseText } = await import('../helpers/parse.js');
    const { taskTable } = await import('../../src/sheets/task-table.js');
    const { matrix } = parseText(
      ['某县防汛工作方案', '二、主要任务', '（一）落实防汛责任制。（县应急管理局牵头）', '（二）加强监测预警', '1.完善监测站网。（县水利局负责）', '2.建立叫应机制。（县气象局负责）', '（三）储备防汛物资。（县应急管理局牵头）', '三、保障措施', '（一）严格值班值守。（县应急管理局负责）'].join('\n'),
    );
    const rows = taskTable(matrix).rows.map((r) => (r.kind === 'category' ? `category:${r.text}` : `task:${r.cells[0]}`));
    // Before: 2.3 stood under `（二）加强监测预警`.
    expect(rows).toEqual(['category:二、主要任务', 'task:2.1', 'category:（二）加强监测预警', 'task:2.2.1', 'task:2.2.2', 'category:主要任务（续）', 'task:2.3', 'category:三、保障措施', 'task:3.1']);
    // Read back (the md sheet): the same ids, and no `repeated-number` for a heading given twice.
    const { sheetsToMarkdown } = await import('../../src/sheets/markdown.js');
    const back = parseText(sheetsToMarkdown([taskTable(matrix)]), 'markdown');
    expect(back.matrix.tasks.map((t) => t.id)).toEqual(matrix.tasks.map((t) => t.id));
    expect(back.messages.filter((m) => m.ruleId === 'repeated-number')).toEqual([]);
  });
});

// A fresh user's 督查 table: the 责任领导 had been parsed into the matrix and shown in no sheet.
describe('a matrix whose tasks name their leaders', () => {
  it('has a 责任领导 column before 所属章节, in export and in a unit\'s sheet', async () => {
    const withLeaders = readMatrix(COUNTY);
    withLeaders.tasks[0].leaders = ['王副县长'];
    const file = join(dir, 'leaders.json');
    writeFileSync(file, JSON.stringify(withLeaders));
    const table = parseCsv((await runCli(['export', file, '-f', 'csv', ...TODAY])).stdout.replace(/^\uFEFF/, ''));
    const header = table.findIndex((row) => row[0] === '序号');
    expect(table[header]).toEqual(['序号', '重点任务', '牵头单位', '责任单位', '配合单位', '完成时限', '责任领导', '所属章节']);
    const first = table.find((row) => row[0] === withLeaders.tasks[0].id)!;
    expect(first.slice(6)).toEqual(['王副县长', withLeaders.tasks[0].path.join(' / ')]);
    expect(table.find((row) => row[0] === withLeaders.tasks[1].id)![6]).toBe('');
    const unit = withLeaders.tasks[0].lead[0];
    const sheet = parseCsv((await runCli(['tasks', file, '--unit', unit, '-f', 'csv', ...TODAY])).stdout.replace(/^\uFEFF/, ''));
    expect(sheet.find((row) => row[0] === '单位')).toEqual(['单位', '职责', '序号', '重点任务', '牵头单位', '责任单位', '配合单位', '完成时限', '责任领导', '所属章节']);
  });
});
