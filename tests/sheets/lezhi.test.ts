import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEZHI } from './fixtures.js';
import { parseCsv, readXlsx } from './read-back.js';
import { runCli } from '../helpers/run-cli.js';

// Counted by hand (grep) in /work/shared/corpus/lezhi-2023-61/gold.yaml, the checked extraction of the seed:
// 36 tasks; 各乡镇（街道）人民政府（办事处） is responsible on all 36; 县科协 leads 16 and is responsible on 15
// (31 tasks, never both on one task); 县经科信局 leads 6 and is responsible on 18.
const KEXIE_LEAD = ['2.2.3', '2.3.3', '2.4.1', '2.5.3', '3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.3.1', '3.4.1', '3.4.2', '3.5.2', '3.5.3', '3.6', '4.2'];
const KEXIE_RESPONSIBLE = ['2.1', '2.2.1', '2.2.2', '2.2.4', '2.2.5', '2.3.1', '2.3.2', '2.3.4', '2.4.2', '2.4.4', '2.5.1', '2.6.2', '3.3.2', '3.5.1', '4.3'];

describe.skipIf(!existsSync(LEZHI))('the seed notice 乐府发〔2023〕61号', () => {
  it('units lists 县科协 among the most loaded, with the hand-counted loads', async () => {
    const loads = JSON.parse((await runCli(['units', LEZHI, '--format', 'json'])).stdout);
    expect(loads.slice(0, 3)).toEqual([
      { unit: '各乡镇（街道）人民政府（办事处）', lead: 0, responsible: 36, support: 0, total: 36 },
      { unit: '县科协', lead: 16, responsible: 15, support: 0, total: 31 },
      { unit: '县经科信局', lead: 6, responsible: 18, support: 0, total: 24 },
    ]);
  });

  it('tasks --unit 县科协 lists exactly its tasks', async () => {
    const rows = parseCsv((await runCli(['tasks', LEZHI, '--unit', '县科协', '--format', 'csv', '--no-bom'])).stdout).slice(1);
    expect(rows.map((row) => `${row[1]} ${row[2]}`)).toEqual([
      ...KEXIE_LEAD.map((id) => `牵头 ${id}`),
      ...KEXIE_RESPONSIBLE.map((id) => `责任 ${id}`),
    ]);
  });

  it('export has all 36 tasks, in document order, and no due note (the seed names no deadline)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-lezhi-')), 'table.xlsx');
    expect((await runCli(['export', LEZHI, '-o', file])).code).toBe(0);
    const [sheet] = await readXlsx(readFileSync(file));
    const ids = sheet.rows.filter((row) => /^\d/.test(row[0]) && row[1] !== '').map((row) => row[0]);
    expect(ids).toHaveLength(36);
    expect(ids.slice(0, 3)).toEqual(['2.1', '2.2.1', '2.2.2']);
    expect(ids.at(-1)).toBe('4.3');
    expect(sheet.rows.flat().join('\n')).not.toContain('到期标记');
  });
});
