import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatUnitLoads } from '../../src/sheets/format-loads.js';
import { COUNTY, LEZHI_UNITS } from './fixtures.js';
import { parseCsv } from './read-back.js';
import { runCli } from '../helpers/run-cli.js';

describe('fengong units', () => {
  it('counts by hand: 县科协 leads 1.1.1 and 1.2 and supports 2#1, and is the most loaded', async () => {
    const run = await runCli(['units', COUNTY, '--format', 'json']);
    expect(run.code).toBe(0);
    const loads = JSON.parse(run.stdout);
    expect(loads[0]).toEqual({ unit: '县科协', lead: 2, responsible: 0, support: 1, total: 3 });
    // Ties on total (2) are broken by lead count, then responsible, then first appearance.
    expect(loads.slice(1, 4).map((l: { unit: string }) => l.unit)).toEqual(['县教体局', '县财政局', '各乡镇（街道）人民政府（办事处）']);
    expect(loads).toHaveLength(11);
  });

  it('sums over several matrices, and joins aliases with --units', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-units-'));
    copyFileSync(COUNTY, join(dir, 'a.yaml'));
    copyFileSync(COUNTY, join(dir, 'b.yaml'));
    const twice = JSON.parse((await runCli(['units', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--format', 'json'])).stdout);
    expect(twice[0]).toEqual({ unit: '县科协', lead: 4, responsible: 0, support: 2, total: 6 });
    const joined = JSON.parse((await runCli(['units', COUNTY, '--units', LEZHI_UNITS, '--format', 'json'])).stdout);
    expect(joined[0]).toEqual({ unit: '县科协', lead: 2, responsible: 1, support: 1, total: 4 });
    expect(joined.map((l: { unit: string }) => l.unit)).not.toContain('县科学技术协会');
  });

  it('with --expand counts a collective for each member and not for itself', async () => {
    const loads = JSON.parse((await runCli(['units', COUNTY, '--units', LEZHI_UNITS, '--expand', '--format', 'json'])).stdout);
    const units = loads.map((l: { unit: string }) => l.unit);
    expect(units).not.toContain('各乡镇（街道）人民政府（办事处）');
    expect(loads.find((l: { unit: string }) => l.unit === '天池街道办事处')).toEqual({ unit: '天池街道办事处', lead: 0, responsible: 1, support: 1, total: 2 });
    // 2#1 names 各成员单位 responsible and 县科协 support: 县科协 is not counted again as responsible.
    expect(loads.find((l: { unit: string }) => l.unit === '县科协')).toEqual({ unit: '县科协', lead: 2, responsible: 1, support: 1, total: 4 });
  });

  it('prints an aligned table without colour when not on a TTY, and csv that parses back', async () => {
    const table = (await runCli(['units', COUNTY])).stdout;
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^单位 +牵头 +责任 +配合 +合计$/);
    expect(lines[1]).toMatch(/^县科协 +2 +0 +1 +3$/);
    expect(new Set(lines.map((line) => stringWidth(line))).size).toBe(1);
    expect(table).not.toContain('\u001b[');
    const csv = parseCsv((await runCli(['units', COUNTY, '--format', 'csv'])).stdout.replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual(['单位', '牵头', '责任', '配合', '合计']);
    expect(csv[1]).toEqual(['县科协', '2', '0', '1', '3']);
  });

  it('colours the table when asked, keeping the alignment', () => {
    const loads = [
      { unit: '县科协', lead: 2, responsible: 0, support: 1, total: 3 },
      { unit: 'ab', lead: 10, responsible: 1, support: 0, total: 11 },
    ];
    const coloured = formatUnitLoads(loads, { format: 'table', color: true });
    expect(coloured).toContain('\u001b[1m单位');
    const plain = coloured.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toBe(formatUnitLoads(loads, { format: 'table', color: false }));
  });

  it('refuses a missing matrix in one line with exit 2', async () => {
    expect(await runCli(['units', COUNTY, 'missing.yaml'])).toMatchObject({ code: 2, stdout: '', stderr: 'fengong: missing.yaml: no such file or directory\n' });
  });

  it('reads the matrices of a folder and of a glob, each file once however often it is named (a fresh user: a folder was refused, a file named twice counted twice)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-units-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(COUNTY, join(dir, 'a.yaml'));
    copyFileSync(COUNTY, join(dir, 'sub', 'b.yaml'));
    const top = (args: string[]) => runCli(['units', ...args, '--format', 'json']).then((r) => JSON.parse(r.stdout)[0]);
    expect(await top([dir])).toEqual({ unit: '县科协', lead: 4, responsible: 0, support: 2, total: 6 });
    expect(await top([join(dir, '*.yaml')])).toEqual({ unit: '县科协', lead: 2, responsible: 0, support: 1, total: 3 });
    expect(await top([COUNTY, COUNTY])).toEqual({ unit: '县科协', lead: 2, responsible: 0, support: 1, total: 3 });
    expect(await runCli(['units', join(dir, 'none-*.yaml')])).toMatchObject({ code: 2, stdout: '' });
  });
});
