import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/i18n.js';
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
