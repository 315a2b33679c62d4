import { describe, expect, it } from 'vitest';
import { readNoticeBytes } from '../../src/read/read-notice.js';
import { ordinaryCharacters } from '../../src/read/radicals.js';
import { parseNotice } from '../../src/notice/parse-notice.js';

// Radicals that a PDF's text layer gives for ordinary characters (probe 106's scratch file, a 明电 whose PDF font
// mapped 一 人 工 日 月 车 to U+2F00… and U+2E80…): read as those characters, and said once.
describe('ordinaryCharacters', () => {
  it('maps Kangxi radicals and the Supplement radicals drawn as whole characters, one for one', () => {
    const { text, repair } = ordinaryCharacters('⼀、加强⻋辆管理\n各乡镇⼈民政府，1⽉31⽇前完成');
    expect(text).toBe('一、加强车辆管理\n各乡镇人民政府，1月31日前完成');
    expect(repair).toEqual({ count: 5, line: 1, column: 1 });
  });

  it('gives the first one\'s line and column (1-based, characters) after CRLF, CR or LF', () => {
    expect(ordinaryCharacters('标题\r\n\r\n正文\r二是⼯作').repair).toEqual({ count: 1, line: 4, column: 3 });
    expect(ordinaryCharacters('标题\n正文⽇').repair).toEqual({ count: 1, line: 2, column: 3 });
  });

  it('leaves a text without them as it is, and the Supplement\'s components (⻈, ⻌), which are no characters of a text', () => {
    expect(ordinaryCharacters('一、加强管理')).toEqual({ text: '一、加强管理' });
    expect(ordinaryCharacters('⻈⻌').text).toBe('⻈⻌');
  });
});

describe('the half-width forms of CJK punctuation an OCR copy gives (probe 135)', () => {
  it('reads `､` `｡` `｢` `｣` as `、` `。` `「` `」`, one for one, and says nothing of them', () => {
    expect(ordinaryCharacters('县财政局､各乡镇人民政府｡｢五水共治｣')).toEqual({ text: '县财政局、各乡镇人民政府。「五水共治」' });
    expect(ordinaryCharacters('⼀､加强').repair).toEqual({ count: 1, line: 1, column: 1 });
  });

  it('splits a unit list at `､` and reads a bracket of names alone written with it', async () => {
    const text = ['某县工作方案', '一、重点任务', '1.改造户厕。（牵头单位：县农业农村局；责任单位：县财政局､各乡镇人民政府）', '2.培育市场主体。（市工商局､市住建局）'].join('\n');
    const { matrix, messages } = parseNotice(await readNoticeBytes(new TextEncoder().encode(text), 'ocr.txt', 'text'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['县农业农村局'], ['县财政局', '各乡镇人民政府']],
      ['1.2', [], ['市工商局', '市住建局']],
    ]);
    expect(messages.filter((m) => m.ruleId === 'radical-characters')).toEqual([]);
  });
});

describe('a notice whose PDF text layer wrote radicals', () => {
  it('reads its numbers, date, units and deadlines as the ordinary characters, with one warning where the first stands', async () => {
    const text = [
      '琼中黎族苗族⾃治县⼈民政府办公室',
      '关于做好2026年春节期间安全防范⼯作的通知',
      '各乡镇⼈民政府，县政府直属各单位：',
      '　　⼀、开展节前安全隐患⼤排查。组织开展⼀次全覆盖的安全检查。（责任单位：县应急管理局、各乡镇⼈民政府，1⽉31⽇前完成）',
      '　　⼆、强化道路交通安全管理。督促客运企业落实⻋辆安全例检。（责任单位：县公安局、县交通运输局）',
      '琼中黎族苗族⾃治县⼈民政府办公室',
      '2026年1⽉16⽇',
    ].join('\n');
    const read = await readNoticeBytes(Buffer.from(text), 'notice.txt', 'text');
    const { matrix, messages } = parseNotice(read);
    // Before: `⼀、` no number (tasks #1, #2), date null, `1⽉31⽇前完成` a responsible unit, and no finding.
    expect(matrix.document.date).toBe('2026-01-16');
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.deadline?.due ?? null])).toEqual([
      ['1', ['县应急管理局', '各乡镇人民政府'], '2026-01-31'],
      ['2', ['县公安局', '县交通运输局'], null],
    ]);
    expect(matrix.tasks[1].text).toContain('车辆');
    expect(messages.filter((m) => m.ruleId === 'radical-characters').map((m) => [m.line, m.column, m.fatal, m.reason.startsWith('16 characters were radicals')])).toEqual([[1, 7, false, true]]);
  });
});
