import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/cli/reporters/stylish.js';
import { sampleResults } from '../reporters/results.js';

describe('stylish reporter in both languages', () => {
  it('writes severity words and totals in Chinese, keeping places, messages and rule ids', () => {
    const lines = stylish(sampleResults(), { color: false, lang: 'zh' }).split('\n');
    expect(lines[0]).toBe('matrices/县/a.yaml');
    // 错误 and 警告 are 4 columns wide: the severity column is 4 wide, then two spaces.
    expect(lines[1]).toBe('  9:19   错误  县教体局 is both lead and responsible in task "2.1": keep it in lead only  lead-and-responsible');
    expect(lines[2].startsWith('  12:9   警告  2024-03-15 is an unquoted date: write "2024-03-15"  ')).toBe(true);
    expect(lines[2].trimEnd().endsWith('unquoted-date')).toBe(true);
    expect(lines[5]).toBe('✖ 共 3 个问题（2 个错误，1 个警告），2 个文件');
    expect(stylish([{ file: 'a.yaml', messages: [] }], { lang: 'zh' })).toBe('✔ 1 个文件，没有问题\n');
  });

  it('is English by default and when asked', () => {
    expect(stylish(sampleResults(), { lang: 'en' })).toBe(stylish(sampleResults(), {}));
    expect(stylish(sampleResults(), {}).split('\n')[5]).toBe('✖ 3 problems (2 errors, 1 warning) in 2 files');
  });

  it('shows parse notes (fatal unset) as info / 提示 and counts them', () => {
    const note = new VFileMessage('ignored', { place: { line: 2, column: 1 }, ruleId: 'ignored-marker', source: 'fengong' });
    const results = [{ file: 'n.md', messages: [note] }];
    expect(stylish(results, { lang: 'en' })).toBe('n.md\n  2:1  info     ignored  ignored-marker\n\n✖ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\n');
    expect(stylish(results, { lang: 'zh' })).toBe('n.md\n  2:1  提示  ignored  ignored-marker\n\n✖ 共 1 个问题（0 个错误，0 个警告，1 个提示），1 个文件\n');
  });
});
