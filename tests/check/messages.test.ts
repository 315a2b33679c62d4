import { describe, expect, it } from 'vitest';
import { runCli } from '../sheets/run-cli.js';

const SEED = 'fixtures/notices/lezhi-2023-61.matrix.yaml';

/** Runs a command in both languages: the exit code must be the same, the messages the ones given. */
async function both(args: string[]): Promise<{ zh: string; en: string; codes: number[] }> {
  const zh = await runCli(['--lang', 'zh', ...args]);
  const en = await runCli(['--lang', 'en', ...args]);
  return { zh: zh.stderr, en: en.stderr, codes: [zh.code, en.code] };
}

describe('user errors of the sheet commands and validate, in Chinese and English', () => {
  it.each([
    [['tasks', SEED, '--unit', '县科协', '--today', '2024-13-01'], '--today 2024-13-01：应为 YYYY-MM-DD 格式的日期', '--today 2024-13-01: expected a date as YYYY-MM-DD'],
    [['export', SEED, '--soon', 'x'], '--soon x：应为整数天数', '--soon x: expected a whole number of days'],
    [['tasks', SEED, '--unit', '县科协', '--role', 'boss'], '--role boss：应为 lead（牵头）、responsible（责任）或 support（配合）', '--role boss: expected lead, responsible or support'],
    [['units', SEED, '--expand'], '--expand 需要单位名录（--units 文件）', '--expand needs a unit registry (--units FILE)'],
    [['export', SEED, '--format', 'xlsx'], 'xlsx 和 docx 需要输出文件（-o 文件 或 --out-dir 目录）', 'xlsx and docx need an output file (-o FILE or --out-dir DIR)'],
    [['tasks', SEED], '请用 --unit 单位 指定单位，或用 --all（fengong units 可列出所有单位）', 'name a unit with --unit NAME, or use --all (fengong units lists them)'],
    [['tasks', SEED, '--unit', '县长'], `${SEED}：没有任务提到 县长（fengong units ${SEED} 可列出所有单位）`, `${SEED}: no task names 县长 (fengong units ${SEED} lists the units)`],
    [['units', 'no/such.yaml'], 'no/such.yaml：无法读取（文件不存在）', 'no/such.yaml: cannot read (no such file)'],
    [['report', SEED, '--units', 'no/units.yaml'], 'no/units.yaml：无法读取单位名录（ENOENT）', 'no/units.yaml: cannot read the unit registry (ENOENT)'],
    [['report', SEED, '-o', 'README.md'], 'README.md：文件已存在（用 --force 覆盖）', 'README.md: exists already (use --force to overwrite)'],
    [['validate', 'no/such.yaml'], 'no/such.yaml：文件或目录不存在', 'no/such.yaml: no such file or directory'],
    [['validate', SEED, '--reporter', 'xml'], '--reporter xml：没有这种输出格式，可选 stylish、json、github、junit、sarif', '--reporter xml: unknown reporter; use one of stylish, json, github, junit, sarif'],
    [['validate', SEED, '--jobs', '0'], '--jobs 0：不是线程数，请写 1 以上的整数', '--jobs 0: not a number of threads; write a whole number from 1'],
  ])('%j', async (args, zh, en) => {
    expect(await both(args)).toEqual({ zh: `fengong: ${zh}\n`, en: `fengong: ${en}\n`, codes: [2, 2] });
  });
});
