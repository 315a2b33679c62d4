import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectedCells, taskById } from './expected.js';
import { COUNTY, HOSTILE, LEZHI_UNITS, readMatrix } from './fixtures.js';
import { parseCsv, readDocxTables, readXlsx } from './read-back.js';
import { runCli } from '../helpers/run-cli.js';

const matrix = readMatrix(COUNTY);
const TODAY = ['--today', '2024-06-10'];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-tasks-'));
});

/** The cells of a unit's row: 单位, 职责, then the task's cells with the unit itself left out of the unit lists. */
function unitRow(unit: string, role: string, id: string, mark = ''): string[] {
  const task = taskById(matrix, id);
  const others = (units: string[]) => units.filter((u) => u !== unit);
  const cells = expectedCells({ ...task, lead: others(task.lead), responsible: others(task.responsible), support: others(task.support) }, mark);
  return [unit, role, ...cells];
}

describe('tasks --unit', () => {
  // By hand from county-plan.matrix.yaml: 县科协 leads 1.1.1 and 1.2, supports 2#1; 县科学技术协会 (1.1.2) is
  // another name that only a registry joins to it.
  const expected = [
    ['category', '牵头任务（2项）'],
    unitRow('县科协', '牵头', '1.1.1', '【即将到期】'),
    unitRow('县科协', '牵头', '1.2'),
    ['category', '配合任务（1项）'],
    unitRow('县科协', '配合', '2#1'),
  ];

  it('writes the unit sheet as csv: its tasks grouped by role, each with the other units', async () => {
    const run = await runCli(['tasks', COUNTY, '--unit', '县科协', '--format', 'csv', ...TODAY]);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[0]).toEqual(['单位', '职责', '序号', '重点任务', '牵头单位', '责任单位', '配合单位', '完成时限', '所属章节']);
    expect(rows.slice(1)).toEqual(expected.filter((row) => row[0] !== 'category'));
  });

  it('writes the same rows to xlsx, with the role groups as merged category rows', async () => {
    const file = join(dir, '县科协.xlsx');
    expect((await runCli(['tasks', COUNTY, '--unit', '县科协', '-o', file, ...TODAY])).code).toBe(0);
    const [sheet] = await readXlsx(readFileSync(file));
    expect(sheet.name).toBe('县科协');
    expect(sheet.rows[0][0]).toBe('县科协任务清单');
    const header = sheet.rows.findIndex((row) => row[0] === '单位');
    const body = sheet.rows.slice(header + 1).map((row) => (row[1] === '' ? ['category', row[0]] : row));
    expect(body).toEqual(expected.map((row) => (row[0] === 'category' ? row : [...row.slice(0, 7), row[7].replace('【即将到期】', ''), row[8]])));
  });

  it('writes the same rows to docx', async () => {
    const file = join(dir, 'k.docx');
    expect((await runCli(['tasks', COUNTY, '--unit', '县科协', '-o', file, ...TODAY])).code).toBe(0);
    const { rows } = await readDocxTables(readFileSync(file));
    expect(rows.slice(1).map((row) => (row.length === 1 ? ['category', row[0]] : row))).toEqual(expected);
  });

  it('--role filters, and --units joins aliases: 县科学技术协会 is 县科协', async () => {
    const lead = await runCli(['tasks', COUNTY, '--unit', '县科协', '--role', 'lead', '--format', 'json']);
    expect(JSON.parse(lead.stdout)[0].tasks.map((t: { task: { id: string } }) => t.task.id)).toEqual(['1.1.1', '1.2']);
    const md = (await runCli(['tasks', COUNTY, '--unit', '县科协', '--role', 'lead', ...TODAY])).stdout;
    expect(md).toContain('\n牵头 2 项\n');
    expect(md).toContain('到期标记：以 2024-06-10 为准');
    const support = (await runCli(['tasks', COUNTY, '--unit', '县科协', '--role', 'support,responsible'])).stdout;
    expect(support).toContain('\n责任 0 项，配合 1 项\n');
    expect(support).not.toContain('1.1.1');
    const all = await runCli(['tasks', COUNTY, '--unit', '县科学技术协会', '--units', LEZHI_UNITS, '--format', 'json']);
    const [list] = JSON.parse(all.stdout);
    expect(list.unit).toBe('县科协');
    expect(list.tasks.map((t: { role: string; task: { id: string } }) => `${t.role} ${t.task.id}`)).toEqual([
      'lead 1.1.1',
      'lead 1.2',
      'responsible 1.1.2',
      'support 2#1',
    ]);
  });

  describe('with a .fengongrc.yaml naming a registry', () => {
    afterEach(() => vi.restoreAllMocks());
    it('resolves aliases and expands collectives through it without --units', async () => {
      writeFileSync(join(dir, '.fengongrc.yaml'), `registry: ${resolve(LEZHI_UNITS)}\n`);
      const county = resolve(COUNTY);
      vi.spyOn(process, 'cwd').mockReturnValue(dir);
      const all = await runCli(['tasks', county, '--unit', '县科学技术协会', '--format', 'json']);
      expect(JSON.parse(all.stdout)[0].unit).toBe('县科协');
      const expanded = await runCli(['tasks', county, '--expand', '--unit', '天池街道办事处', '--format', 'csv']);
      expect(parseCsv(expanded.stdout.slice(1)).slice(1).map((row) => row[2])).toEqual(['1.1.1', '1.2']);
    });
  });

  it('--expand gives a member the tasks of its collectives and says which collective', async () => {
    const run = await runCli(['tasks', COUNTY, '--units', LEZHI_UNITS, '--expand', '--unit', '天池街道办事处', '--format', 'csv']);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[0].at(-1)).toBe('列入方式');
    expect(rows.slice(1).map((row) => [row[1], row[2], row.at(-1)])).toEqual([
      ['责任', '1.1.1', '各乡镇（街道）人民政府（办事处）'],
      ['配合', '1.2', '各乡镇（街道）人民政府（办事处）'],
    ]);
    expect(run.stdout).not.toContain('直接列名');
    const md = await runCli(['tasks', COUNTY, '--units', LEZHI_UNITS, '--expand', '--unit', '天池街道办事处']);
    expect(md.stdout).toContain('其中经集体名称列入：各乡镇（街道）人民政府（办事处）');
  });

  it('says that a unit no task names is a member of a collective the tasks name, and that --expand gives it their tasks (a second fresh user\'s)', async () => {
    const matrix = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
    const run = await runCli(['tasks', matrix, '--units', 'fixtures/units/lezhi.units.yaml', '--unit', '童家镇人民政府', '-o', join(mkdtempSync(join(tmpdir(), 'fengong-expand-')), 't.csv')]);
    expect(run).toMatchObject({ code: 2, stderr: `fengong: ${matrix}: no task names 童家镇人民政府; the registry lists it under 各乡镇（街道）人民政府（办事处）: add --expand to give it that collective's tasks\n` });
  });

  it('refuses a unit no task names, and --unit with --all, in one line with exit 2', async () => {
    const none = await runCli(['tasks', COUNTY, '--unit', '县气象台']);
    expect(none).toMatchObject({ code: 2, stderr: `fengong: ${COUNTY}: no task names 县气象台 (fengong units ${COUNTY} lists the units)\n` });
    expect((await runCli(['tasks', COUNTY, '--unit', '县科协', '--all', '--out-dir', dir])).code).toBe(2);
    expect((await runCli(['tasks', COUNTY])).code).toBe(2);
    expect((await runCli(['tasks', COUNTY, '--unit', '县科协', '--role', 'boss'])).stderr).toBe('fengong: --role boss: expected lead, responsible or support\n');
  });

  it('writes a matrix\'s errors in the run\'s language, as validate does', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '');
    for (const command of [['units', bad], ['tasks', bad, '--all'], ['export', bad], ['report', bad]]) {
      expect(await runCli(['--lang', 'zh', ...command])).toMatchObject({ code: 2, stderr: `fengong: ${bad}:1:1: 矩阵为空：请写出包含 schemaVersion、document、outline、tasks 的映射 (wrong-type)\n` });
    }
  });

  it('says so when --all finds no unit to write for, instead of writing nothing in silence (exit 2)', async () => {
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'schemaVersion: 1\ndocument: { title: 无任务, notice: null, docNumber: null, issuer: null, date: null, recipients: [] }\noutline: []\ntasks: []\n');
    const out = join(dir, 'none');
    expect(await runCli(['tasks', empty, '--all', '--out-dir', out])).toMatchObject({ code: 2, stderr: `fengong: ${empty}: no task names a unit: no task list to write\n` });
    expect(() => readdirSync(out)).toThrow();
    // The seed assigns no support role (matrix-format.md: its markers are 牵头单位 and 责任单位 only).
    const seed = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
    expect(await runCli(['tasks', seed, '--all', '--role', 'support'])).toMatchObject({ code: 2, stderr: `fengong: ${seed}: no unit has a task in the roles given by --role: no task list to write\n` });
    expect((await runCli(['tasks', seed, '--all', '--role', 'lead'])).code).toBe(0);
  });

  it('refuses a file that is not a matrix in one line naming it', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'schemaVersion: 1\ntasks: nope\n');
    const run = await runCli(['tasks', file, '--unit', '县科协']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^fengong: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:[^\\n]+\\n$`));
  });
});

describe('tasks --all --out-dir', () => {
  it('writes one file per unit, each holding exactly the tasks that name it', async () => {
    const out = join(dir, 'out');
    expect((await runCli(['tasks', COUNTY, '--all', '--out-dir', out, '--format', 'csv'])).code).toBe(0);
    const units = new Set(matrix.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.support]));
    expect(readdirSync(out).sort()).toEqual([...units].map((u) => `${u}.csv`).sort());
    for (const unit of units) {
      const rows = parseCsv(readFileSync(join(out, `${unit}.csv`), 'utf8').slice(1)).slice(1);
      const ids = matrix.tasks.filter((t) => [...t.lead, ...t.responsible, ...t.support].includes(unit)).map((t) => t.id);
      expect(rows.map((row) => row[2]).sort()).toEqual(ids.sort());
      expect(rows.every((row) => row[0] === unit)).toBe(true);
    }
  });

  it('with --role writes files only for the units that have tasks in those roles', async () => {
    const out = join(dir, 'leads');
    expect((await runCli(['tasks', COUNTY, '--all', '--role', 'lead', '--out-dir', out, '--format', 'md'])).code).toBe(0);
    // By hand: the leads of county-plan are 县教体局, 县科协, 县委组织部 and 县财政局.
    expect(readdirSync(out).sort()).toEqual(['县教体局.md', '县科协.md', '县委组织部.md', '县财政局.md'].sort());
  });

  it('--one-workbook writes one xlsx with a worksheet per unit, most loaded first', async () => {
    expect((await runCli(['tasks', COUNTY, '--all', '--out-dir', dir, '--one-workbook'])).code).toBe(0);
    const sheets = await readXlsx(readFileSync(join(dir, '各单位任务清单.xlsx')));
    expect(sheets.map((s) => s.name).slice(0, 3)).toEqual(['县科协', '县教体局', '县财政局']);
    expect(sheets).toHaveLength(11);
    const kexie = sheets[0].rows.filter((row) => row[0] === '县科协' && row[2] !== '');
    expect(kexie.map((row) => row[2])).toEqual(['1.1.1', '1.2', '2#1']);
  });

  it('does not overwrite without --force, and checks the whole batch before writing any file', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '县教体局.md'), 'mine');
    const run = await runCli(['tasks', COUNTY, '--all', '--out-dir', out, '--format', 'md']);
    expect(run).toMatchObject({ code: 2, stderr: `fengong: ${join(out, '县教体局.md')}: exists already (use --force to overwrite)\n` });
    expect(readdirSync(out)).toEqual(['县教体局.md']);
    expect((await runCli(['tasks', COUNTY, '--all', '--out-dir', out, '--format', 'md', '--force'])).code).toBe(0);
    expect(readFileSync(join(out, '县教体局.md'), 'utf8')).toContain('## 县教体局任务清单');
  });

  it('with --force, refuses a folder where a sheet should go before writing any file (9 of 15 had been written)', async () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, '县财政局.md'), { recursive: true });
    const run = await runCli(['tasks', COUNTY, '--all', '--out-dir', out, '--format', 'md', '--force']);
    expect(run).toMatchObject({ code: 2, stderr: `fengong: ${join(out, '县财政局.md')}: cannot write: this is a folder (give a file name)\n` });
    expect(readdirSync(out)).toEqual(['县财政局.md']);
  });

  it('never follows a symbolic link in the out dir: refused, or replaced with --force', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'keep');
    symlinkSync(target, join(out, '县科协.md'));
    expect((await runCli(['tasks', COUNTY, '--all', '--out-dir', out, '--format', 'md'])).code).toBe(2);
    expect((await runCli(['tasks', COUNTY, '--all', '--out-dir', out, '--format', 'md', '--force'])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('keep');
    expect(lstatSync(join(out, '县科协.md')).isSymbolicLink()).toBe(false);
  });
});

describe('hostile unit names', () => {
  const hostile = readMatrix(HOSTILE);

  it('stay inside --out-dir, with safe, unique file names', async () => {
    const out = join(dir, 'out');
    expect((await runCli(['tasks', HOSTILE, '--all', '--out-dir', out, '--format', 'csv'])).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(
      ['__x', '=1+1', '_CON', '县科协', '@SUM(A1)', '-2+3', '+1', '__y', 'a_b', '_con.txt'].map((n) => `${n}.csv`).sort(),
    );
  });

  it('never run as formulas: csv cells get a quote, xlsx cells stay text', async () => {
    const csv = parseCsv((await runCli(['export', HOSTILE, '--format', 'csv', '--no-bom'])).stdout);
    expect(csv[1]).toEqual([
      '1',
      `'=HYPERLINK("http://example.invalid","点击")`,
      '../x',
      `'=1+1、CON、县科协`,
      `'@SUM(A1)、-2+3、+1`,
      `'-`,
      '',
    ]);
    const unit = parseCsv((await runCli(['tasks', HOSTILE, '--unit', '=1+1', '--format', 'csv', '--no-bom'])).stdout);
    expect(unit[1].slice(0, 3)).toEqual([`'=1+1`, '责任', '1']);
    const file = join(dir, 'h.xlsx');
    expect((await runCli(['export', HOSTILE, '-o', file])).code).toBe(0);
    const [sheet] = await readXlsx(readFileSync(file));
    const row = sheet.rows.find((r) => r[0] === '1')!;
    expect(row[1]).toBe(hostile.tasks[0].text);
    expect(row[3]).toBe('=1+1、CON、县科协');
    const cell = sheet.worksheet.getCell(sheet.rows.indexOf(row) + 1, 2);
    expect(cell.formula).toBeUndefined();
    expect(typeof cell.value).toBe('string');
  });

  it('stay plain text in md', async () => {
    const md = (await runCli(['export', HOSTILE])).stdout;
    expect(md).toContain('第二项 \\| 含竖线 \\* 星号 \\<b\\>标签\\</b\\>');
    expect(md).not.toContain('<b>');
  });
});
