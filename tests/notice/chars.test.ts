import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/notice/chars.js';
import { BRACKET_STEP, CLOSERS, OPENERS } from '../../src/notice/brackets.js';
import { fold } from '../../src/notice/fold.js';

describe('character tables', () => {
  it('isWhiteSpace agrees with /\\s/ on every UTF-16 code', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('BRACKET_STEP marks exactly the openers and closers', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (BRACKET_STEP[c] !== (OPENERS.includes(ch) ? 1 : CLOSERS.includes(ch) ? -1 : 0)) differ.push(ch);
    }
    expect(differ).toEqual([]);
    expect(BRACKET_STEP['〔'.charCodeAt(0)]).toBe(1);
    expect(BRACKET_STEP[']'.charCodeAt(0)]).toBe(-1);
  });

  it('fold keeps length and offsets, folding only the traditional characters', () => {
    expect(fold('牽頭單位：縣發改局')).toBe('牵头单位：县发改局');
    expect(fold('县发改局')).toBe('县发改局');
    const mixed = 'a牽b頭c';
    expect(fold(mixed)).toHaveLength(mixed.length);
    expect(fold(mixed)).toBe('a牵b头c');
    expect(fold('')).toBe('');
  });
});
