import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../helpers/run-cli.js';

// A task of many pages: Excel keeps 32,767 characters of a cell, and the sheet says where the rest is.
it('cuts a text over Excel\'s cell limit with a note, and writes the sheet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-long-'));
  const matrix = YAML.parse(readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8'));
  matrix.tasks[0].text = '组织科普日活动，'.repeat(32000);
  writeFileSync(join(dir, 'long.yaml'), JSON.stringify(matrix));
  const out = join(dir, 'long.xlsx');
  const run = await runCli(['export', join(dir, 'long.yaml'), '-o', out]);
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(out));
  const texts: string[] = [];
  book.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
  const long = texts.find((t) => t.includes('组织科普日活动，组织科普日活动'))!;
  expect(long.length).toBe(32767);
  expect(long.endsWith('全文见责任矩阵 · cut at the Excel cell limit: the matrix has the whole text）')).toBe(true);
  // Every row as tall as its wrapped text, but no taller than Excel allows (409 points: a fresh user's sheet had a row
  // of 186,443).
  const heights: number[] = [];
  book.worksheets[0].eachRow((row) => heights.push(row.height ?? 0));
  expect(Math.max(...heights)).toBe(409);
}, 60_000);

// A fresh user's, opened in LibreOffice: a task's row had gone on over a page break (its 序号 left on the page before),
// and xlsx rows of 14.5 points a line had clipped their last line.
it('keeps a docx task row on one page unless it is longer than a page, and gives xlsx rows room for every line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-long-'));
  const matrix = YAML.parse(readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8'));
  matrix.tasks[1].text = '组织科普日活动，'.repeat(200);
  writeFileSync(join(dir, 'm.yaml'), JSON.stringify(matrix));
  expect((await runCli(['export', join(dir, 'm.yaml'), '-o', join(dir, 'm.docx')])).code).toBe(0);
  const JSZip = (await import('jszip')).default;
  const xml = await (await JSZip.loadAsync(readFileSync(join(dir, 'm.docx')))).file('word/document.xml')!.async('string');
  const rows = xml.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/gs) ?? [];
  const kept = rows.filter((r) => r.includes('<w:cantSplit/>'));
  expect(rows.length).toBeGreaterThan(matrix.tasks.length);
  expect(rows.length - kept.length).toBe(1);
  expect(rows.find((r) => !r.includes('<w:cantSplit/>'))).toContain('组织科普日活动，组织科普日活动');

  expect((await runCli(['export', 'fixtures/notices/lezhi-2023-61.matrix.yaml', '-o', join(dir, 'm.xlsx')])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(join(dir, 'm.xlsx')));
  // 2.2.3's text: 96 CJK characters in a 重点任务 column 72 wide (70 + 2), about 34 to a line: 3 lines, each 16 points
  // high in the Noto CJK that LibreOffice falls back to (1.45 em of 11 points).
  let height = 0;
  book.worksheets[0].eachRow((row) => {
    if (row.getCell(1).value === '2.2.3') height = row.height;
  });
  expect(height).toBeGreaterThanOrEqual(3 * 16);
}, 60_000);
