import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/notice/chars.js';
import { BRACKET_STEP, CLOSERS, OPENERS } from '../../src/notice/brackets.js';
import { fold } from '../../src/notice/fold.js';
import { parseText } from '../helpers/parse.js';

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

describe('the variant forms of a converter (probe 74)', () => {
  it('reads OpenCC s2t\'s 爲 in the note on leads, and a Taiwan page\'s 發佈日期 as web metadata, not the 主送机关', () => {
    const text = [
      '絳縣人民政府辦公室關於印發專項行動方案的通知',
      '發佈日期：2023-09-01 10:51 來源： 絳縣人民政府',
      '各鄉（鎮）人民政府，縣直各有關單位：',
      '現將方案印發給你們，請認真貫徹落實。各項任務責任單位中，排在第一位的爲牽頭單位。',
      '一、重點任務',
      '（一）完善設施。（責任單位：縣發改局、縣財政局）',
    ].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1.1', ['縣發改局'], ['縣財政局']]]);
    expect(matrix.document.recipients).toEqual(['各鄉（鎮）人民政府', '縣直各有關單位']);
  });
});
