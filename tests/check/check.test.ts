import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Matrix, Task } from '../../src/matrix/types.js';
import { proofread, unitKey } from '../../src/matrix/proofread.js';
import { createRegistry } from '../../src/registry/index.js';
import { runCli } from '../helpers/run-cli.js';

const DRAFT = 'tests/check/fixtures/draft.txt';
const SEED = 'fixtures/notices/lezhi-2023-61.md';

describe('fengong check', () => {
  // tests/check/fixtures/draft.txt, by hand: （二） (line 13) has a 配合单位 only, 县财政局 at column 26; line 14 writes
  // 科协 (column 24) where 1.1 and line 15 write 县科协; line 15 repeats （三） and leaves its bracket open at column 19.
  it('reports a missing 责任单位, a unit spelled two ways, a repeated number and an unclosed bracket; exit 1', async () => {
    const run = await runCli(['--lang', 'en', 'check', DRAFT]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(DRAFT);
    expect(lines.slice(1, 5).map((l) => l.trim().replace(/ {2,}/g, ' | '))).toEqual([
      '13:26 | error | task 1.2 has no lead (牵头) or responsible (责任) unit: name who carries it out | no-responsible-unit',
      '14:24 | warning | 科协 (tasks 1.3) and 县科协 (tasks 1.1, 1.3-2) look like one unit spelled two ways: write it one way | unit-variant',
      '15:1 | warning | The number `（三）` gives an id an earlier item has; its id gets `-2` | repeated-number',
      '15:19 | error | Unclosed bracket `（`: the units up to the paragraph\'s end were read; check where it should close | unclosed-bracket',
    ]);
    expect(lines[6]).toBe('✖ 4 problems (2 errors, 2 warnings) in 1 file');
    expect(run.stdout).toContain('Summary tests/check/fixtures/draft.txt\n  Title       某县科普工作方案\n  Doc number  none\n  Date        2024-03-01\n');
    // 县科协, 县教体局, 县财政局, 科协, 县融媒体中心, 县（区）财政局.
    expect(run.stdout).toContain('  Units       6\n  Lead most   县科协 (2), 科协 (1)\n');
    expect(run.stdout).toContain('  Findings    2 errors: no-responsible-unit 1, unclosed-bracket 1\n              2 warnings: unit-variant 1, repeated-number 1\n');
    expect(run.stdout).toContain('  Matrix      not written (check only)\n');
  });

  it('says the same in Chinese, with the same rule ids and exit code', async () => {
    const run = await runCli(['--lang', 'zh', 'check', DRAFT]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/13:26 +错误 +任务 1\.2 没有牵头单位或责任单位：请写明由谁负责落实 +no-responsible-unit/);
    expect(run.stdout).toMatch(/14:24 +警告 +科协（任务 1\.3）与 县科协（任务 1\.1, 1\.3-2）疑为同一单位的两种写法：请统一 +unit-variant/);
    expect(run.stdout).toContain('✖ 共 4 个问题（2 个错误，2 个警告），1 个文件');
    expect(run.stdout).toContain('  发现      错误 2：no-responsible-unit 1、unclosed-bracket 1\n            警告 2：unit-variant 1、repeated-number 1\n');
    expect(run.stdout).toContain('  矩阵      未写入（仅检查）\n');
  });

  it('with --units, names each unit the registry does not know once, and no variants', async () => {
    const run = await runCli(['--lang', 'en', 'check', DRAFT, '--units', 'fixtures/units/lezhi.units.yaml']);
    expect(run.code).toBe(1);
    const rules = [...run.stdout.matchAll(/^ {2}(\d+:\d+) +\S+ +(.*?) {2,}(\S+)$/gm)].map((m) => [m[1], m[3], m[2].split(' ')[0]]);
    // 科协 and 县（区）财政局 are not in fixtures/units/lezhi.units.yaml; 县科协, 县教体局, 县融媒体中心, 县财政局 are.
    expect(rules).toEqual([
      ['13:26', 'no-responsible-unit', 'task'],
      ['14:24', 'unknown-unit', '科协'],
      ['15:1', 'repeated-number', 'The'],
      ['15:19', 'unclosed-bracket', 'Unclosed'],
      // (The first of its two spellings on line 17, `县(区)财政局` at column 17, brackets of either width.)
      ['17:17', 'unknown-unit', '县（区）财政局'],
    ]);
  });

  it('passes the seed (warnings only, exit 0), and writes nothing to stdout but the report', async () => {
    const run = await runCli(['--lang', 'zh', 'check', SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✖ 共 14 个问题（0 个错误，14 个警告），1 个文件');
    expect(run.stdout).not.toContain('schemaVersion');
    expect(run.stdout).toContain('  任务      36 项\n');
  });

  it('prints errors only and no summary with --quiet; machine reporters without the summary', async () => {
    const quiet = await runCli(['--lang', 'en', 'check', DRAFT, '-q']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/unit-variant|repeated-number/);
    expect(quiet.stdout).toContain('✖ 2 problems (2 errors, 0 warnings) in 1 file');
    expect(quiet.stdout).not.toContain('Summary');
    const json = await runCli(['check', DRAFT, '--reporter', 'json']);
    expect(JSON.parse(json.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-responsible-unit', 'unit-variant', 'repeated-number', 'unclosed-bracket']);
  });

  // A fresh user's: `check -q` over three warnings had said `✔ 1 file, no problems`.
  it('says no errors, not no problems, when --quiet hid warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    const file = join(dir, 'plan.txt');
    writeFileSync(file, '某县工作方案\n一、任务\n1.做好宣传。（县委宣传部负责，2027年2月30日前）\n');
    const quiet = await runCli(['--lang', 'en', 'check', file, '-q']);
    expect([quiet.code, quiet.stdout]).toEqual([0, '✔ 1 file, no errors (1 warning or note not shown: --quiet)\n']);
  });

  it('leaves infos out with --quiet --strict, which shows what fails the run: errors and warnings (a fresh user\'s)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    const file = join(dir, 'plan.txt');
    writeFileSync(file, '某县实施方案\n一、重点任务\n（一）推进改革。（县委副书记陈某某牵头，县发改局负责）\n');
    const all = await runCli(['--lang', 'en', 'check', file, '-r', 'json']);
    expect(JSON.parse(all.stdout).map((f: { severity: string; ruleId: string }) => [f.severity, f.ruleId])).toEqual([['info', 'ignored-marker']]);
    const quiet = await runCli(['--lang', 'en', 'check', file, '-q', '--strict', '-r', 'json']);
    expect([quiet.code, quiet.stdout]).toEqual([0, '[]\n']);
    const stylish = await runCli(['--lang', 'en', 'check', file, '-q', '--strict']);
    expect([stylish.code, stylish.stdout]).toEqual([0, '✔ 1 file, no errors (1 warning or note not shown: --quiet)\n']);
  });

  describe('with a .fengongrc.yaml', () => {
    afterEach(() => vi.restoreAllMocks());
    const project = (config: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
      writeFileSync(join(dir, '.fengongrc.yaml'), config);
      vi.spyOn(process, 'cwd').mockReturnValue(dir);
      return dir;
    };
    const draft = resolve(DRAFT);

    it('takes its reporter and registry, as validate does; flags override them', async () => {
      project(`reporter: json\nregistry: ${resolve('fixtures/units/lezhi.units.yaml')}\n`);
      const run = await runCli(['--lang', 'en', 'check', draft]);
      // With the registry, the two units it does not know (科协, 县（区）财政局) are errors, and no variants.
      expect(JSON.parse(run.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-responsible-unit', 'unknown-unit', 'repeated-number', 'unclosed-bracket', 'unknown-unit']);
      expect((await runCli(['--lang', 'en', 'check', draft, '-r', 'stylish'])).stdout).toMatch(/^.*draft\.txt\n {2}13:26 +error/);
    });

    it('takes its size limit; --max-size with a unit overrides it', async () => {
      project('maxSize: 100\n');
      const small = await runCli(['--lang', 'en', 'check', draft]);
      expect(small.code).toBe(2);
      expect(small.stderr).toBe(`fengong: ${draft}: 853 bytes, over the limit of 100 (raise it with --max-size)\n`);
      expect((await runCli(['--lang', 'en', 'check', draft, '--max-size', '1MB'])).code).toBe(1);
    });

    it('takes strict: true (warnings fail the run), as validate does; --no-strict overrides it, --strict without it', async () => {
      // The seed: warnings only (14), no error.
      const seed = resolve('fixtures/notices/lezhi-2023-61.md');
      expect((await runCli(['--lang', 'en', 'check', seed, '-q'])).code).toBe(0);
      expect((await runCli(['--lang', 'en', 'check', seed, '-q', '--strict'])).code).toBe(1);
      project('strict: true\n');
      const strict = await runCli(['--lang', 'en', 'check', seed, '-q']);
      // (Quiet, but the warnings that fail the run are shown.)
      expect([strict.code, strict.stdout.includes('14 warnings')]).toEqual([1, true]);
      expect((await runCli(['--lang', 'en', 'check', seed, '-q', '--no-strict'])).code).toBe(0);
    });
  });

  it('exits 2 for a notice that cannot be read or a bad reporter, in the run\'s language', async () => {
    expect(await runCli(['--lang', 'zh', 'check', 'no/such.txt'])).toEqual({ code: 2, stdout: '', stderr: 'fengong: no/such.txt：文件不存在\n' });
    expect((await runCli(['--lang', 'en', 'check', DRAFT, '-r', 'xml'])).stderr).toBe('fengong: --reporter xml: unknown reporter; use one of stylish, json, github, junit, sarif\n');
  });
});

describe('fengong check places a finding about a unit at its name', () => {
  // Counted by hand. Line 4: `（一）加强组织领导。（责任单位：` is 16 characters, `县(区)财政局` starts at 17 (written with
  // half-width brackets, the matrix's `县（区）财政局` with full-width ones). Line 5: `（二）做好宣传。（牵头单位：县科协；配合单位：`
  // is 23, the support unit `科协` at 24 (not at 16, inside `县科协`). Line 6: `县文化局` at 15. Line 7: a task with
  // support units only, its first (`县教体局`) at 15.
  const notice = '某县工作方案\n\n一、重点任务\n（一）加强组织领导。（责任单位：县(区)财政局）\n（二）做好宣传。（牵头单位：县科协；配合单位：科协、县科协）\n（三）做好宣传。（牵头单位：县文化局；配合单位：县(区)财政局）\n（四）做好宣传。（配合单位：县教体局）\n';
  const file = join(mkdtempSync(join(tmpdir(), 'fengong-place-')), 'draft.txt');
  writeFileSync(file, notice);
  const places = (stdout: string) => JSON.parse(stdout).map((f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`);

  it('with a registry: each unknown unit where it first stands, brackets of either width', async () => {
    const run = await runCli(['--lang', 'en', 'check', file, '--units', 'fixtures/units/lezhi.units.yaml', '-r', 'json']);
    expect(places(run.stdout)).toEqual(['4:17 unknown-unit', '5:24 unknown-unit', '6:15 unknown-unit', '7:15 no-responsible-unit']);
  });

  it('without: the variant at its own spelling', async () => {
    const run = await runCli(['--lang', 'en', 'check', file, '-r', 'json']);
    expect(places(run.stdout)).toEqual(['5:24 unit-variant', '7:15 no-responsible-unit']);
  });
});

describe('fengong check with several notices', () => {
  it('checks files, folders and globs in one report, a summary for each; exit 1 when any has an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    writeFileSync(join(dir, 'b.txt'), '某县方案\n一、任务\n1.做好工作。（县财政局负责）\n');
    const run = await runCli(['--lang', 'en', 'check', DRAFT, dir]);
    expect(run.code).toBe(1);
    // The draft's findings, then b.txt's none, in one stylish report; then both summaries, in order.
    expect(run.stdout).toContain(`${DRAFT}\n`);
    expect([...run.stdout.matchAll(/^Summary (.+)$/gm)].map((m) => m[1])).toEqual([DRAFT, join(dir, 'b.txt')]);
    const json = await runCli(['--lang', 'en', 'check', join(dir, '*.txt'), SEED, '-r', 'json']);
    expect(json.code).toBe(0);
    expect(new Set(JSON.parse(json.stdout).map((f: { file: string }) => f.file))).toEqual(new Set([SEED]));
  });

  it('names a notice it cannot read in one line and checks the others; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    writeFileSync(join(dir, 'prose.txt'), '这是一段没有任务的文字。\n');
    const run = await runCli(['--lang', 'en', 'check', SEED, join(dir, 'prose.txt'), join(dir, 'none.txt'), '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      `fengong: ${join(dir, 'prose.txt')}: neither a numbered outline (一、 （一） 1. …) nor a task table (序号 / 牵头单位 / 责任单位 columns) was found`,
      `fengong: ${join(dir, 'none.txt')}: no such file`,
      '',
    ]);
    // The summary counts them (it had said `✔ 1 file, no problems` for a run that exits 2: a fresh user's find)…
    expect(run.stdout).toBe('✖ 1 file, no errors (14 warnings or notes not shown: --quiet); 2 files could not be read\n');
    // …and a machine's report has each as a file with one error, so that CI reading the report alone shows red.
    const github = await runCli(['--lang', 'en', 'check', SEED, join(dir, 'none.txt'), '-q', '-r', 'github']);
    expect([github.code, github.stdout]).toEqual([2, `::error file=${join(dir, 'none.txt')},line=1,col=1,title=unreadable-file::${join(dir, 'none.txt')}: no such file\n`]);
    // Nothing checked: no `✔ 0 files, no problems` over the lines that say why.
    const none = await runCli(['--lang', 'en', 'check', join(dir, 'none.txt'), join(dir, 'empty-folder-*')]);
    expect([none.code, none.stdout]).toEqual([2, '']);
  });

  it('names the documents it skipped (.pdf, .doc) in a machine\'s report, as an info that fails nothing (a second fresh user\'s)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    writeFileSync(join(dir, 'plan.txt'), '某县工作方案\n一、加强管理。（牵头单位：县发改局）\n');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4\n');
    const reason = `${dir}: skipped 1 document of a kind fengong does not read (1 .pdf); save them as .docx or .txt to parse them`;
    const json = await runCli(['--lang', 'en', 'check', dir, '-r', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).filter((f: { ruleId: string }) => f.ruleId === 'skipped-documents')).toEqual([{ file: dir, line: 1, column: 1, severity: 'info', ruleId: 'skipped-documents', message: reason }]);
    const github = await runCli(['--lang', 'en', 'check', dir, '-r', 'github']);
    expect(github.stdout).toContain(`::notice file=${dir},line=1,col=1,title=skipped-documents::`);
  });

  it('writes a machine\'s report with the unread notices in it when none could be read, one notice or more; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    const none = join(dir, 'none.txt');
    // (An empty junit or sarif file had failed the CI tool that parsed it: a fresh user's.)
    for (const args of [[none], [none, join(dir, 'none2.txt')]]) {
      const json = await runCli(['--lang', 'en', 'check', ...args, '-r', 'json']);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout).map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual(args.map((f) => [f, 'unreadable-file']));
      const junit = await runCli(['--lang', 'en', 'check', ...args, '-r', 'junit']);
      expect(junit.stdout).toContain(`<failure message="${none}: no such file" type="error">`);
    }
    // The stylish report stays one line on stderr and nothing on stdout.
    const stylish = await runCli(['--lang', 'en', 'check', none]);
    expect([stylish.code, stylish.stdout, stylish.stderr]).toEqual([2, '', `fengong: ${none}: no such file\n`]);
  });
});

describe('proofread', () => {
  const task = (id: string, line: number, roles: Partial<Pick<Task, 'lead' | 'responsible' | 'support'>>): Task => ({
    id, marker: null, path: [], title: null, text: '', lead: [], responsible: [], support: [], deadline: null, source: { line, endLine: line }, ...roles,
  });
  const matrix = (tasks: Task[]): Matrix => ({ schemaVersion: 1, document: { title: null, notice: null, docNumber: null, issuer: null, date: null, recipients: [] }, outline: [], tasks });

  it('meets spellings that differ in white space or bracket width', () => {
    expect(unitKey('县 科协')).toBe('县科协');
    expect(unitKey('各镇(街道)人民政府')).toBe(unitKey('各镇（街道）人民政府'));
    expect(unitKey('〔县〕财政局')).toBe(unitKey('[县]财政局'));
    expect(unitKey('县科协')).not.toBe(unitKey('县科技局'));
  });

  // A fresh user's find: `市场监管局` and `县市场监管局` were not met (the key dropped the 市 of 市场), and `市财政局` and
  // `区财政局`, two units of a district's plan, were.
  it('meets a name with a leading 县/市/区 and the same name without it, not two levels of one name', () => {
    const variants = (units: string[]) => proofread(matrix(units.map((u, i) => task(String(i + 1), i + 1, { lead: [u] }))), { lang: 'en' }).filter((m) => m.ruleId === 'unit-variant').map((m) => m.reason);
    expect(variants(['县市场监管局', '市场监管局'])).toEqual(['市场监管局 (tasks 2) and 县市场监管局 (tasks 1) look like one unit spelled two ways: write it one way']);
    expect(variants(['区 科协', '科协'])).toHaveLength(1);
    expect(variants(['市财政局', '区财政局'])).toEqual([]);
    expect(variants(['市场监管局', '区市场监管局', '县市场监管局'])).toHaveLength(2);
    expect(variants(['市科技局', '科技局局'])).toEqual([]);
  });

  it('reports each variant once, at its first task; a task with support units only has no responsible unit', () => {
    const found = proofread(matrix([
      task('1', 3, { lead: ['县科协'], responsible: ['县财政局'] }),
      task('2', 5, { lead: ['科协'], support: ['区科协'] }),
      task('3', 7, { support: ['科协'] }),
    ]), { lang: 'en' });
    expect(found.map((m) => [m.line, m.ruleId, m.fatal])).toEqual([
      [5, 'unit-variant', false],
      [5, 'unit-variant', false],
      [7, 'no-responsible-unit', true],
    ]);
    expect(found[0].reason).toBe('科协 (tasks 2, 3) and 县科协 (tasks 1) look like one unit spelled two ways: write it one way');
  });

  it('reports a unit that is a time once, where it first appears, as parse does (a deadline read into a unit list: probe 99)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-check-'));
    const notice = join(dir, 'table.txt');
    writeFileSync(notice, ['某市任务分工', '序号\t重点任务\t牵头单位\t责任单位', '1\t推进科技创新。\t2024年12月底\t市财政局', '2\t推进数字经济。\t2024年12月底\t市数据局', '3\t做好保障。\t市财政局\t持续推进'].join('\n'));
    const run = await runCli(['--lang', 'en', 'check', notice, '--reporter', 'json']);
    expect(JSON.parse(run.stdout).filter((f: { ruleId: string }) => f.ruleId === 'unit-is-time').map((f: { line: number; message: string }) => [f.line, f.message])).toEqual([
      [3, 'Task 1 names `2024年12月底` as a unit, a time: check the notice (a deadline read into a unit list)'],
      [5, 'Task 3 names `持续推进` as a unit, a time: check the notice (a deadline read into a unit list)'],
    ]);
    // parse says it too (it had written the matrix with exit 0 and no word).
    const parse = await runCli(['--lang', 'en', 'parse', notice, '-o', join(dir, 'm.yaml')]);
    expect(parse.stderr).toContain('unit-is-time');
  });

  it('leaves a task with no unit at all to no-unit (a fresh user\'s `check` had reported it twice)', () => {
    expect(proofread(matrix([task('1', 3, {})]), { lang: 'en' })).toEqual([]);
  });

  it('with a registry, unknown units by any of its names', () => {
    const registry = createRegistry({ registryVersion: 1, units: [{ name: '县科协', aliases: ['县科学技术协会'] }] });
    const found = proofread(matrix([task('1', 3, { lead: ['县科学技术协会'], responsible: ['县财政局', '县 科协'] })]), { lang: 'zh', registry });
    expect(found.map((m) => m.reason)).toEqual(['县财政局 不在单位名录中（任务 1）：请改正名称，或在名录中添加该单位（或别名）']);
  });
});
