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
