import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';

// A workbook or a Word document to standard output: to a pipe or a redirect (`> 分工表.xlsx`), as the README says of
// every command's output; never to a terminal (a fresh user's: `-o -` had been refused for xlsx and docx).
const SEED = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
const fengong = (...args: string[]) => spawnSync(process.execPath, ['bin/fengong.js', ...args], { maxBuffer: 1 << 26 });

describe('xlsx and docx on standard output', () => {
  it('writes the workbook to a pipe, with and without `-o -`', async () => {
    for (const args of [['export', SEED, '--format', 'xlsx'], ['export', SEED, '--format', 'xlsx', '-o', '-']]) {
      const run = fengong(...args);
      expect([run.status, run.stderr.toString()]).toEqual([0, '']);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(run.stdout);
      const texts: string[] = [];
      book.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
      // The seed's first task and one of its units, as the matrix has them.
      expect(texts).toContain('县科协');
      expect(texts.some((t) => t.includes('科普'))).toBe(true);
    }
  });

  it("writes a unit's Word document to a pipe", async () => {
    const run = fengong('tasks', SEED, '--unit', '县科协', '--format', 'docx');
    expect(run.status).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: run.stdout });
    expect(value).toContain('县科协');
  });

  it('refuses a terminal, with one line and exit 2', () => {
    // script(1) gives the command a terminal for its standard output.
    const run = spawnSync('script', ['-qec', `${process.execPath} bin/fengong.js export ${SEED} --format xlsx`, '/dev/null'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout.replace(/\r/g, '')).toBe('fengong: xlsx and docx are not written to a terminal: give an output file (-o FILE), or redirect standard output\n');
  });
});
