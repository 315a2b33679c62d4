import { describe, expect, it } from 'vitest';
import { dueFromText, impossibleDay, planYearOf } from '../../src/matrix/due-date.js';

describe('dueFromText (matrix-format.md, Deadlines)', () => {
  it.each([
    ['2024年12月底前', '2024-12-31'],
    ['2024年6月', '2024-06-30'],
    ['2024年上半年', '2024-06-30'],
    ['2024年下半年', '2024-12-31'],
    ['2024年三季度', '2024-09-30'],
    ['第四季度', '2023-12-31'],
    ['2025年', '2025-12-31'],
    ['2025年完成', '2025-12-31'],
    ['2025年前完成', '2025-12-31'],
    ['2024年全面完成整改，此后长期坚持', '2024-12-31'],
    // A completion, then what follows it (probe 21): the year is when it is due.
    ['2024年完成后长期坚持', '2024-12-31'],
    ['2025年建成后投入运行', '2025-12-31'],
    ['2024年项目竣工后', '2024-12-31'],
    ['2025年底前', '2025-12-31'],
    ['6月底完成', '2023-06-30'],
    ['年底前完成', '2023-12-31'],
    ['2024年2月', '2024-02-29'],
    ['2024年3月至6月', '2024-06-30'],
    ['2023年10月10日前', '2023-10-10'],
    ['12月中旬', '2023-12-20'],
    ['２０２４年１２月底前', '2024-12-31'],
    ['明年6月', '2024-06-30'],
    ['2024年3月启动，6月底前完成', '2024-06-30'],
    // A launch is due by the end of the period it names (probe 96: a 完成时限 cell `2024年上半年启动` had got null, while
    // `2024年6月底前启动` got its day).
    ['2024年上半年启动', '2024-06-30'],
    ['2024年6月启动', '2024-06-30'],
    ['2019年三季度启动', '2019-09-30'],
    ['2024年启动', '2024-12-31'],
    ['2024年年中', '2024-06-30'],
    ['次年3月', '2024-03-31'],
    ['第二年6月底前', '2024-06-30'],
    ['2024.12', '2024-12-31'],
    ['2024-12', '2024-12-31'],
    ['2024/12/31', '2024-12-31'],
    ['2O24年6月底前', '2024-06-30'],
  ])('%s → %s (plan year 2023)', (text, due) => {
    expect(dueFromText(text, 2023)).toBe(due);
  });

  it.each(['长期坚持', '持续推进', '每季度', '全年', '每年12月底前', '长期坚持，全年推进'])('%s is recurring or open: null', (text) => {
    expect(dueFromText(text, 2023)).toBeNull();
  });

  it.each([
    ['每季度末报送进度，2025年12月底前全部建成', '2025-12-31'],
    ['2025年6月底前完成平台建设，每季度末报送进度，年底前全部建成', '2025-12-31'],
    ['每月报送，2024年起', null],
    ['2024年3月31日前（每月报送进展）', '2024-03-31'],
    // A clause without 每 and without a year of its own names no single day (probe 26).
    ['每半年报送一次，分别于6月底、12月底前报送', null],
    ['每年汛前（5月底前）', null],
    ['每季度开展一次，2024年全年', null],
    // …nor an open one: the date of the clause that names one, with the plan's year if it has none (probe 36).
    ['持续推进，2025年底前完成', '2025-12-31'],
    ['长期坚持，2025年底前见效', '2025-12-31'],
    ['每季度通报进度，11月底前完成', '2025-11-30'],
    ['按季度推进，2025年12月20日前完成', '2025-12-20'],
    ['5月启动，长期坚持', null],
    ['每年至少开展2次，上半年、下半年各1次', null],
  ])('%s: a clause without 每 names the day (probe 22)', (text, due) => {
    expect(dueFromText(text, 2025)).toBe(due);
  });

  it.each(['5月启动，长期坚持', '2024年3月开始，持续推进'])('%s starts, then stays open: null', (text) => {
    expect(dueFromText(text, 2023)).toBeNull();
  });

  it('takes a year alone right after what is done, after a time, for what is done, not when (probe 119)', () => {
    // Before: 2025-12-31, the year of the projects planned.
    expect(dueFromText('3月底前完成年度项目库更新；6月底前完成专项债券项目申报；11月底前完成2025年项目谋划', 2024)).toBe('2024-11-30');
    expect(dueFromText('6月底前完成2025年度评估', 2024)).toBe('2024-06-30');
    // …and its year is not the year of a time after it.
    expect(dueFromText('6月底前完成2025年项目谋划，12月底前开工', 2024)).toBe('2024-12-31');
    // A year that starts a clause, or stands alone, is still when.
    expect(dueFromText('2024年底前建成，2025年全面推广', 2023)).toBe('2025-12-31');
    expect(dueFromText('完成2025年目标', 2024)).toBe('2025-12-31');
  });

  it('次年 follows the year named before it', () => {
    expect(dueFromText('2025年6月底前开工，次年12月底前建成', 2023)).toBe('2026-12-31');
  });

  it.each(['2026年春节前', '2025年汛期前', '2025年国庆节前', '2024年秋季开学前', '7月1日起', '2024年7月1日起施行', '三年内完成', '一年内', '2024年中秋节前', '2024年中考前', '2024年麦收前', '2024年秋粮收获后', '2024年9月以后'])('%s names no day that can be derived: undefined', (text) => {
    expect(dueFromText(text, 2023)).toBeUndefined();
  });

  // An enterprise's calendar after a year (probe 56): before an event, never the year's end; the year's own end stays.
  it.each(['2025年迎峰度夏前', '2025年迎峰度冬前', '2025年春检结束前完成', '2025年年度决算前'])('%s names an event of its own: undefined', (text) => {
    expect(dueFromText(text, 2025)).toBeUndefined();
  });
  // A holiday or campaign in quotes, a longer event (双拥 and 国防 plans, probe 81): they had given the year's end.
  it.each(['2024年“八一”前', '2024年“春节”前', '2024年“双拥月”期间', '2024年“全民国防教育日”前', '2024年全国双拥模范城考评前'])('%s names an event in quotes or of many words: undefined', (text) => {
    expect(dueFromText(text, 2024)).toBeUndefined();
  });
  it.each(['2025年底前', '2025年年底前', '2025年年末前', '2025年度内', '2025年度前', '2025年内完成', '2025年完成前期工作', '2025年完成目前存量问题整改'])('%s is still the year\'s end', (text) => {
    expect(dueFromText(text, 2023)).toBe('2025-12-31');
  });

  it('a date without a year is null when the plan has no year', () => {
    expect(dueFromText('6月底完成')).toBeNull();
    expect(dueFromText('2024年6月')).toBe('2024-06-30');
  });

  it('wording it cannot read is undefined (no check)', () => {
    expect(dueFromText('按上级要求', 2023)).toBeUndefined();
    expect(dueFromText('13月底', 2023)).toBeUndefined();
    expect(dueFromText('2月30日', 2023)).toBeUndefined();
  });
});

describe('planYearOf', () => {
  it('takes the year of the title, else of the date', () => {
    expect(planYearOf('某县2024年工作要点', '2023-12-20')).toBe(2024);
    expect(planYearOf('某县工作要点', '2023-12-20')).toBe(2023);
    expect(planYearOf(null, null)).toBeUndefined();
  });

  it('takes, of a span of years in the title, the year of the date when it is in the span, else the first (probe 89)', () => {
    // A fire season from October to May, signed in October: `11月10日前` is this year's, not next year's.
    expect(planYearOf('河口乡2025—2026年度森林防灭火工作方案', '2025-10-28')).toBe(2025);
    expect(planYearOf('某市2024-2026年行动方案', '2025-03-01')).toBe(2025);
    expect(planYearOf('某市2024至2026年行动方案', '2023-12-20')).toBe(2024);
    expect(planYearOf('某市2024—2026年行动方案', null)).toBe(2024);
  });
});

describe('impossibleDay', () => {
  it('names a day or month no calendar has, as written', () => {
    expect(impossibleDay('2025年2月30日前完成')).toBe('2025年2月30日');
    expect(impossibleDay('6月31日前', 2024)).toBe('6月31日');
    expect(impossibleDay('2025年13月底前')).toBe('2025年13月');
    expect(impossibleDay('0月')).toBe('0月');
  });
  it('takes 2月29日 by the year written before it, else the plan year; with neither it stands', () => {
    expect(impossibleDay('2024年2月29日前')).toBeNull();
    expect(impossibleDay('2025年2月29日前')).toBe('2025年2月29日');
    expect(impossibleDay('2月29日前', 2025)).toBe('2月29日');
    expect(impossibleDay('2月29日前')).toBeNull();
  });
  it('leaves real dates, spans of months and numbers that run into 月 alone', () => {
    for (const text of ['2024年12月31日前', '6月30日', '3月至6月', '12个月内', '每年12月底前', '100月', '长期坚持']) expect(impossibleDay(text, 2024)).toBeNull();
  });
});

describe('digits typed as letters (OCR, probe 45)', () => {
  it('reads l and I next to a digit as 1, O as 0: never another month', () => {
    expect(dueFromText('2024年l2月底前')).toBe('2024-12-31');
    expect(dueFromText('2O24年l1月底前')).toBe('2024-11-30');
    expect(dueFromText('2024年l月底前')).toBe('2024-01-31');
    expect(dueFromText('2024年I0月')).toBe('2024-10-31');
  });
});

describe('a date as Excel shows it in an English built-in format (probe 47)', () => {
  it('reads `30-Sep-24` and `1-Jun-2025` as dates', () => {
    expect(dueFromText('30-Sep-24')).toBe('2024-09-30');
    expect(dueFromText('1-Jun-2025')).toBe('2025-06-01');
  });
});

describe('全年 as what is done, in a clause that names a date (probe 133: a 攻坚 plan\'s 时间节点)', () => {
  it('leaves the clause its date, while 全年 as the clause\'s time stays open', () => {
    expect(dueFromText('每季度末前完成一批项目申报；12月底前完成全年争取目标', 2024)).toBe('2024-12-31');
    expect(dueFromText('长期坚持，12月底前完成全年目标', 2024)).toBe('2024-12-31');
    expect(dueFromText('每季度开展一次，2024年全年', 2024)).toBeNull();
    expect(dueFromText('全年持续推进', 2024)).toBeNull();
  });
});

// A fresh user's (session 23): `上半年底前` had been due on December 31, and a fifth quarter on the year's end, in silence.
describe('half-years and quarters', () => {
  it('reads the end of a half-year as June 30, not the year\'s end', () => {
    expect(dueFromText('2027年上半年底前', 2027)).toBe('2027-06-30');
    expect(dueFromText('上半年底前', 2027)).toBe('2027-06-30');
    expect(dueFromText('2027年上半年内', 2027)).toBe('2027-06-30');
    expect(dueFromText('2027年下半年底前', 2027)).toBe('2027-12-31');
    expect(dueFromText('2027年底前', 2027)).toBe('2027-12-31');
  });

  it('reads no day in a fifth quarter, and names it as a day no calendar has', () => {
    expect(dueFromText('2027年第五季度', 2027)).toBeUndefined();
    expect(impossibleDay('2027年第5季度', 2027)).toBe('第5季度');
    expect(impossibleDay('2027年第四季度', 2027)).toBeNull();
  });
});
