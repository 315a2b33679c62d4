import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTY } from './fixtures.js';
import { readXlsx } from './read-back.js';

// The installed command (bin/fengong.js → dist/, built by tests/global-setup.ts), as a child process.
const fengong = (...args: string[]) => spawnSync(process.execPath, ['bin/fengong.js', ...args], { encoding: 'utf8' });

describe('the installed command', () => {
  it('runs units, and export writes an xlsx that reads back', async () => {
    const units = fengong('units', COUNTY);
    expect(units.status).toBe(0);
    expect(units.stdout.split('\n')[1]).toMatch(/^县科协 +2 +0 +1 +3$/);
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-bin-')), 't.xlsx');
    expect(fengong('export', COUNTY, '-o', file).status).toBe(0);
    const [sheet] = await readXlsx(readFileSync(file));
    expect(sheet.rows.filter((row) => /^\d/.test(row[0])).map((row) => row[0])).toEqual(['1.1.1', '1.1.2', '1.2', '2#1', '2#2']);
  });

  it('names the sheet of a unit called History otherwise: Excel keeps that name for itself (exceljs threw: exit 70)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-bin-'));
    const matrix = join(dir, 'history.yaml');
    for (const unit of ['History', 'history']) {
      writeFileSync(matrix, readFileSync(COUNTY, 'utf8').replaceAll('县科协', unit));
      const file = join(dir, `${unit}.xlsx`);
      const run = fengong('tasks', matrix, '--unit', unit, '-o', file);
      expect(run.status, run.stderr).toBe(0);
      const [sheet] = await readXlsx(readFileSync(file));
      expect(sheet.name).toBe(`${unit}_`);
      expect(sheet.rows.flat()).toContain('1.1.1');
    }
  });

  it('exits 2 with one line and no stack trace on bad input', () => {
    for (const args of [['tasks', 'no/such.yaml', '--unit', 'x'], ['export', COUNTY, '--format', 'docx', '-o', 'no/such/folder/x.docx'], ['units', COUNTY, '--units', 'README.md'], ['tasks', '-', '--unit', 'x'], ['units', '-']]) {
      const run = fengong(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^fengong: [^\n]+\n$/);
      expect(run.stdout).toBe('');
    }
    // Standard input is no matrix file: said so, as validate says it (it had been `-: no such file`).
    expect(fengong('units', '-').stderr).toBe('fengong: matrices are read from files, not standard input: save the matrix to a file (parse -o FILE) and name it\n');
  });
});
