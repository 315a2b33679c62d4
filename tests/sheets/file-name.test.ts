import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/sheets/file-name.js';

describe('safeFileName', () => {
  const one = (unit: string) => safeFileName(unit, '.xlsx', new Set());

  it('keeps Chinese names readable', () => {
    expect(one('各乡镇（街道）人民政府（办事处）')).toBe('各乡镇（街道）人民政府（办事处）.xlsx');
  });

  it('removes path separators, parent steps, leading dots and control characters', () => {
    expect(one('../x')).toBe('__x.xlsx');
    expect(one('..\\..\\y')).toBe('____y.xlsx');
    expect(one('.hidden')).toBe('_hidden.xlsx');
    expect(one('a\u0000b\nc')).toBe('a_b_c.xlsx');
    expect(one('x\u0085y\u202Etxt.exe')).toBe('x_y_txt.exe.xlsx');
    expect(one('县科协:*?"<>|')).toBe('县科协_______.xlsx');
    expect(one('..')).toBe('_.xlsx');
    expect(one('结尾. ')).toBe('结尾.xlsx');
    expect(one('')).toBe('unit.xlsx');
  });

  it('prefixes Windows device names, with or without an extension, in any case', () => {
    for (const name of ['CON', 'con', 'Aux', 'NUL', 'COM1', 'lpt9', 'con.txt']) expect(one(name)).toBe(`_${name}.xlsx`);
    expect(one('CONTROL')).toBe('CONTROL.xlsx');
  });

  it('makes names unique, ignoring case, and keeps them under 255 bytes', () => {
    const taken = new Set<string>();
    expect(['a/b', 'a:b', 'A_B', '县科协'].map((n) => safeFileName(n, '.md', taken))).toEqual(['a_b.md', 'a_b-2.md', 'A_B-3.md', '县科协.md']);
    expect(Buffer.byteLength(one('县'.repeat(200)))).toBeLessThanOrEqual(255);
  });

  it('leaves room in 255 bytes for the temporary name of the atomic write (a fresh user\'s 111-character unit: ENAMETOOLONG)', () => {
    const name = one('某某县乡村振兴战略实施工作领导小组办公室'.repeat(6));
    // `.NAME.PID.RANDOM.tmp`: a dot, the name, a pid of up to 7 digits, 8 hex digits, `.tmp`.
    expect(Buffer.byteLength(`.${name}.1234567.abcdef01.tmp`)).toBeLessThanOrEqual(255);
    expect(name.startsWith('某某县乡村振兴战略')).toBe(true);
  });
});
