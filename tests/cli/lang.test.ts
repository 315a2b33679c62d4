import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/i18n.js';
import { buildProgram } from '../../src/cli/main.js';
import { helpDescription } from '../../src/cli/help-zh.js';
import { runCli } from '../helpers/run-cli.js';

describe('interface language', () => {
  it('follows --lang, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(detectLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(detectLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LC_MESSAGES: 'zh_TW.UTF-8' })).toBe('zh');
    expect(detectLang(undefined, {})).toBe('en');
  });

  it('writes parse findings in Chinese with --lang zh, same rule ids', async () => {
    const zh = await runCli(['--lang', 'zh', 'parse', 'fixtures/notices/lezhi-2023-61.md']);
    const en = await runCli(['--lang', 'en', 'parse', 'fixtures/notices/lezhi-2023-61.md']);
    expect(zh.stderr).toMatch(/28:1\s+警告\s+已接续被分页截断的段落（第26行与第28行）\s+page-break-join/);
    expect(en.stderr).toMatch(/28:1\s+warning\s+Joined a paragraph cut by a page break \(line 26 and line 28\)\s+page-break-join/);
    expect(zh.stdout).toBe(en.stdout);
  });

  it('writes a user error in the locale language, with the same exit code', () => {
    const zh = spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'no/such.md'], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LANG: 'zh_CN.UTF-8' } });
    const en = spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'no/such.md'], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LANG: 'C' } });
    expect([zh.status, zh.stderr]).toEqual([2, 'fengong: no/such.md：文件不存在\n']);
    expect([en.status, en.stderr]).toEqual([2, 'fengong: no/such.md: no such file\n']);
  });
});

// A fresh user's find: with --lang zh, help was English but for its first line (clerks read Chinese first).
describe('help in Chinese', () => {
  const program = buildProgram();
  const commands = [program, ...program.commands];

  it('has the Chinese of every option, argument and command description', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const untranslated: string[] = [];
    for (const command of commands) {
      const texts = [command.description(), ...command.options.map((o) => o.description), ...command.registeredArguments.map((a) => a.description)];
      for (const text of texts) if (text && !cjk.test(helpDescription(text, 'zh'))) untranslated.push(`${command.name()}: ${text}`);
    }
    expect(untranslated).toEqual([]);
    // commander's additions follow, in Chinese; English help stays as registered.
    expect(helpDescription('output format (default: from the ending of -o FILE, else yaml) (choices: "yaml", "json")', 'zh')).toBe('输出格式（默认：按 -o 文件的扩展名，否则 yaml）（可选："yaml", "json"）');
    expect(helpDescription('batch mode: notices compiled at once, in worker threads (default: the number of cores)', 'zh')).toBe('批量模式：同时编译的公文数，在工作线程中进行（默认：CPU 核数）');
    expect(helpDescription('print errors only', 'en')).toBe('print errors only');
  });

  for (const name of ['', ...program.commands.map((c) => c.name()).filter((n) => n !== 'help')]) {
    it(`prints \`fengong ${name} --help\` in Chinese with --lang zh, and in English with --lang en`, async () => {
      const zh = await runCli(['--lang', 'zh', ...(name ? [name] : []), '--help']);
      const en = await runCli(['--lang', 'en', ...(name ? [name] : []), '--help']);
      expect([zh.code, en.code]).toEqual([0, 0]);
      expect(zh.stdout).toMatch(/^用法： fengong/);
      expect(zh.stdout).toContain('选项：');
      expect(en.stdout).toMatch(/^Usage: fengong/);
      // No English sentence is left: each line starts with Chinese, a flag, an example command or a wrapped value.
      const english = zh.stdout.split('\n').filter((line) => /^\s*[A-Z][a-z]+\b/.test(line));
      expect(english).toEqual([]);
      if (en.stdout.includes('Exit codes:')) expect(zh.stdout).toContain('退出码：');
      if (en.stdout.includes('Examples:')) expect(zh.stdout).toContain('示例：');
    });
  }
});

describe('.fengongrc.yaml', () => {
  it('sets the language and the registry of parse; flags override it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'fengong-rc-'));
    writeFileSync(join(dir, '.fengongrc.yaml'), `lang: zh\nregistry: ${resolve('fixtures/units/lezhi.units.yaml')}\n`);
    writeFileSync(join(dir, 'n.txt'), '一、任务\n1.办好活动。（乐至县科学技术协会牵头）\n2.加强培训。（牵头单位：县人社局\n');
    const bin = resolve('bin/fengong.js');
    const env = { ...process.env, LC_ALL: '', LANG: 'C' };
    const zh = spawnSync(process.execPath, [bin, 'parse', 'n.txt', '--format', 'json'], { cwd: dir, encoding: 'utf8', env });
    expect(zh.status).toBe(1);
    expect(JSON.parse(zh.stdout).tasks[0].lead).toEqual(['县科协']);
    expect(zh.stderr).toMatch(/括号“（”没有闭合/);
    const en = spawnSync(process.execPath, [bin, '--lang', 'en', 'parse', 'n.txt', '--format', 'json'], { cwd: dir, encoding: 'utf8', env });
    expect(en.stderr).toMatch(/Unclosed bracket/);
  });
});
