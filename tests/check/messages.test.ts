import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/notices/lezhi-2023-61.matrix.yaml';

/** Runs a command in both languages: the exit code must be the same, the messages the ones given. */
async function both(args: string[]): Promise<{ zh: string; en: string; codes: number[] }> {
  const zh = await runCli(['--lang', 'zh', ...args]);
  const en = await runCli(['--lang', 'en', ...args]);
  return { zh: zh.stderr, en: en.stderr, codes: [zh.code, en.code] };
}

describe('user errors of the sheet commands and validate, in Chinese and English', () => {
  it.each([
    [['tasks', SEED, '--unit', '县科协', '--today', '2024-6-1'], '--today 2024-6-1：应为 YYYY-MM-DD 格式的日期', '--today 2024-6-1: expected a date as YYYY-MM-DD'],
    // The form right and the day not (a fresh user's: it had said the form was wrong).
    [['tasks', SEED, '--unit', '县科协', '--today', '2025-02-30'], '--today 2025-02-30：没有这一天（请改正月或日）', '--today 2025-02-30: no such day (correct the month or the day)'],
    [['tasks', SEED, '--unit', '县科协', '--today', '2024-13-01'], '--today 2024-13-01：没有这一天（请改正月或日）', '--today 2024-13-01: no such day (correct the month or the day)'],
    [['export', SEED, '--soon', 'x'], '--soon x：应为天数（0 或正整数）', '--soon x: expected a number of days, 0 or more'],
    // (A negative number is a whole number too: the words had said it was not. A fresh user's.)
    [['export', SEED, '--soon', '-5'], '--soon -5：应为天数（0 或正整数）', '--soon -5: expected a number of days, 0 or more'],
    [['tasks', SEED, '--unit', '县科协', '--all'], '--unit 与 --all 不能同时使用', 'give either --unit NAME or --all, not both'],
    [['tasks', SEED, '--unit', '县科协', '--role', 'boss'], '--role boss：应为 lead（牵头）、responsible（责任）或 support（配合）', '--role boss: expected lead, responsible or support'],
    [['units', SEED, '--expand'], '--expand 需要单位名录（--units 文件）', '--expand needs a unit registry (--units FILE)'],
    // (xlsx and docx without -o: refused on a terminal only, tests/cli/binary-stdout.test.ts.)
    [['tasks', SEED], '请用 --unit 单位 指定单位，或用 --all（fengong units 可列出所有单位）', 'name a unit with --unit NAME, or use --all (fengong units lists them)'],
    [['tasks', SEED, '--unit', '县长'], `${SEED}：没有任务提到 县长（fengong units ${SEED} 可列出所有单位）`, `${SEED}: no task names 县长 (fengong units ${SEED} lists the units)`],
    [['units', 'no/such.yaml'], 'no/such.yaml：文件或目录不存在', 'no/such.yaml: no such file or directory'],
    [['report', SEED, '--units', 'no/units.yaml'], 'no/units.yaml：无法读取单位名录（文件不存在）', 'no/units.yaml: cannot read the unit registry (no such file)'],
    [['report', SEED, '-o', 'tests/read/fixtures/lo-table.html'], 'tests/read/fixtures/lo-table.html：文件已存在（用 --force 覆盖）', 'tests/read/fixtures/lo-table.html: exists already (use --force to overwrite)'],
    [['report', SEED, '-o', 'report.pdf'], 'report.pdf：不能写出“.pdf”文件；请使用 .html、.htm 扩展名', 'report.pdf: cannot write `.pdf` files; name the file .html, .htm'],
    [['parse', 'fixtures/notices/lezhi-2023-61.md', '-o', 'matrix.xlsx'], 'matrix.xlsx：不能写出“.xlsx”文件；请使用 .yaml、.json、.yml 扩展名', 'matrix.xlsx: cannot write `.xlsx` files; name the file .yaml, .json, .yml'],
    [['validate', 'no/such.yaml'], 'no/such.yaml：文件或目录不存在', 'no/such.yaml: no such file or directory'],
    [['validate', SEED, '--reporter', 'xml'], '--reporter xml：没有这种输出格式，可选 stylish、json、github、junit、sarif', '--reporter xml: unknown reporter; use one of stylish, json, github, junit, sarif'],
    // (The same words as parse's: a fresh user's find.)
    [['validate', SEED, '--jobs', '0'], '--jobs 0：应为不小于 1 的整数', '--jobs 0: expected a whole number of at least 1'],
    [['parse', SEED, '--out-dir', 'x', '--jobs', '0'], '--jobs 0：应为不小于 1 的整数', '--jobs 0: expected a whole number of at least 1'],
  ])('%j', async (args, zh, en) => {
    expect(await both(args)).toEqual({ zh: `fengong: ${zh}\n`, en: `fengong: ${en}\n`, codes: [2, 2] });
  });
});

describe('validate\'s findings in Chinese and English', () => {
  it('names a unit listed twice in quotes, saying where in plain Chinese (a fresh user\'s)', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-twice-')), 'm.yaml');
    writeFileSync(file, readFileSync(SEED, 'utf8').replace('responsible: [县级相关部门（单位）,', 'responsible: [县科协, 县科协,'));
    const zh = JSON.parse((await runCli(['--lang', 'zh', 'validate', file, '--reporter', 'json'])).stdout);
    const said = zh.filter((f: { ruleId: string }) => f.ruleId === 'repeated-unit').map((f: { message: string }) => f.message);
    expect(said).toEqual(['“县科协”在任务“4.1”的责任单位中列了两次：只保留一处']);
  });

  it('says what a rule found in the run\'s language, with the same rule id, place and exit code', async () => {
    const file = 'fixtures/matrices/invalid/deadline-due.yaml';
    const zh = await runCli(['--lang', 'zh', 'validate', file]);
    const en = await runCli(['--lang', 'en', 'validate', file]);
    expect([zh.code, en.code]).toEqual([1, 1]);
    expect(zh.stdout).toBe(`${file}\n  21:40  错误  完成时限“2024年12月底前”截止于 2024-12-31，但 due 为“2024-11-30”：应写 due: "2024-12-31"，或改正时限文字  deadline-due\n\n✖ 共 1 个问题（1 个错误，0 个警告），1 个文件\n`);
    expect(en.stdout).toBe(`${file}\n  21:40  error    deadline "2024年12月底前" ends on 2024-12-31, but due is "2024-11-30": write due: "2024-12-31", or correct the text  deadline-due\n\n✖ 1 problem (1 error, 0 warnings) in 1 file\n`);
  });

  it('names a unit the registry does not know, in both languages', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    // The seed's matrix with one unit the example registry does not know.
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-unknown-')), 'm.yaml');
    writeFileSync(file, readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8').replace('[县级相关部门（单位）,', '[县未知单位,'));
    const args = ['validate', file, '--units', 'fixtures/units/lezhi.units.yaml', '--reporter', 'json'];
    const zh = JSON.parse((await runCli(['--lang', 'zh', ...args])).stdout);
    const en = JSON.parse((await runCli(['--lang', 'en', ...args])).stdout);
    expect(zh.map((f: { ruleId: string }) => f.ruleId)).toEqual(en.map((f: { ruleId: string }) => f.ruleId));
    expect(zh[0].message).toBe('县未知单位 不在单位名录中：请改正名称，或在名录中添加该单位（或别名）');
    expect(en[0].message).toBe('县未知单位 is not in the unit registry: correct the name, or add it (or an alias) to the registry');
  });
});

describe('validate\'s schema findings in Chinese and English', () => {
  it.each([
    // (A task is named by its id too, which a clerk finds in the file faster than an index.)
    ['unknown-key', '"owner" 不是 tasks[0]（任务 1） 的键：请删除或改正拼写（可用：id、marker、path、title、text、lead、responsible、support、deadline、leaders、source）'],
    ['missing-key', 'tasks[0]（任务 1） 缺少 "support"：请添加该键（没有内容时，列表写 []，文字或日期写 null）'],
    ['wrong-type', 'tasks[0].responsible[1]（任务 1） 是数字 3，应为字符串：请改正'],
    // (Not when the id is what is wrong.)
    ['id-grammar', 'tasks[0].id "1.01" 不是有效的编号：应写点分数字（2.2.3、72）、<条目编号>#k 或 #k，可带 -2、-3… 重复后缀'],
  ])('%s', async (rule, zh) => {
    const args = ['validate', `fixtures/matrices/invalid/${rule}.yaml`, '--reporter', 'json'];
    const [inZh] = JSON.parse((await runCli(['--lang', 'zh', ...args])).stdout);
    const [inEn] = JSON.parse((await runCli(['--lang', 'en', ...args])).stdout);
    expect(inZh).toEqual({ ...inEn, message: zh });
  });
});

describe('validate\'s reading findings in Chinese and English', () => {
  it.each([
    ['unquoted-date.yaml', '是没有加引号的日期：YAML 1.1 的读取程序（js-yaml、PyYAML）会把它读成时间戳；请写成 "', 'is an unquoted date: YAML 1.1 readers (js-yaml, PyYAML) turn it into a timestamp; write "'],
    ['duplicate-key.yaml', '在同一映射中出现了两次：请删除其中一个', 'appears twice in the same mapping: remove one of them'],
    ['encoding.yaml', '此处的字节不是 UTF-8（一个按其他编码保存的字符，如 GBK）：请重新输入这里的字符，或把整个文件存为 UTF-8 编码', 'the bytes here are not UTF-8 (a character saved in another encoding, such as GBK): type the character again, or save the whole file as UTF-8'],
    ['yaml-syntax.yaml', '不是有效的 YAML：', 'not valid YAML: '],
  ])('%s', async (name, zh, en) => {
    const args = ['validate', `fixtures/matrices/invalid/${name}`, '--reporter', 'json'];
    const [inZh] = JSON.parse((await runCli(['--lang', 'zh', ...args])).stdout);
    const [inEn] = JSON.parse((await runCli(['--lang', 'en', ...args])).stdout);
    expect(inZh.message).toContain(zh);
    expect(inEn.message).toContain(en);
    expect({ ...inZh, message: '' }).toEqual({ ...inEn, message: '' });
  });
});
