import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/cli/reporters/stylish.js';
import { sampleResults } from './results.js';

describe('stylish reporter', () => {
  it('prints one aligned line per finding and a summary, without colour', () => {
    const out = stylish(sampleResults(), { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('matrices/县/a.yaml');
    expect(lines[1]).toBe('  9:19   error    县教体局 is both lead and responsible in task "2.1": keep it in lead only  lead-and-responsible');
    expect(lines[2].startsWith('  12:9   warning  2024-03-15 is an unquoted date: write "2024-03-15"  ')).toBe(true);
    expect(lines[3]).toMatch(/^  104:3  error    <&> 100%, a:b next {2,}wrong-value$/);
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('✖ 3 problems (2 errors, 1 warning) in 2 files');
    expect(out.endsWith('\n')).toBe(true);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('aligns the rule column by display width (a CJK character is two columns)', () => {
    const lines = stylish(sampleResults(), { color: false }).split('\n').slice(1, 3);
    const ruleColumn = (line: string, rule: string) => stringWidth(line.slice(0, line.lastIndexOf(rule)));
    expect(ruleColumn(lines[0], 'lead-and-responsible')).toBe(ruleColumn(lines[1], 'unquoted-date'));
    // Padding by .length would put the first line's rule 4 columns further right (县教体局 is 4 characters, 8 columns).
    expect(lines[0].indexOf('lead-and-responsible')).not.toBe(lines[1].indexOf('unquoted-date'));
  });

  it('colours with ANSI codes when asked', () => {
    const out = stylish(sampleResults(), { color: true });
    expect(out).toContain('\u001b[31merror  \u001b[39m');
    expect(out).toContain('\u001b[4mmatrices/县/a.yaml\u001b[24m');
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([{ file: 'a.yaml', messages: [] }], { color: false })).toBe('✔ 1 file, no problems\n');
  });

  it('reports 150,000 findings of one file (a spread call overflowed the stack, probe 18)', async () => {
    const { VFileMessage } = await import('vfile-message');
    const messages = Array.from({ length: 150_000 }, (_, i) => Object.assign(new VFileMessage('x', { place: { line: i + 1, column: 1 }, ruleId: 'r' }), { fatal: false }));
    const out = stylish([{ file: 'big.yaml', messages }], { color: false });
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 150000 problems (0 errors, 150000 warnings) in 1 file');
  });

  it('does not print ✔ over a run where a named file could not be read (validate exits 2)', () => {
    expect(stylish([{ file: 'a.yaml', messages: [] }], { color: false, unreadable: 1 })).toBe('✖ 1 file, no problems; 1 file could not be read\n');
    expect(stylish([{ file: 'a.yaml', messages: [] }], { color: false, unreadable: 2, lang: 'zh' })).toBe('✖ 1 个文件，没有问题；2 个文件无法读取\n');
    expect(stylish(sampleResults(), { color: false, unreadable: 1 }).trimEnd().split('\n').pop()).toMatch(/^✖ \d+ problems .* in 2 files; 1 file could not be read$/);
  });
});
