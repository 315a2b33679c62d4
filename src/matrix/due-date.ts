import { halfWidthDigits, ocrDigits } from '../digits.js';

/**
 * Reads the due date out of a deadline's wording (完成时限), by the rules of matrix-format.md "Deadlines": the last
 * day of the period named. Worked examples, with a plan year of 2024:
 *
 * | text                         | due          | why                                         |
 * | ---------------------------- | ------------ | ------------------------------------------- |
 * | 2024年12月底前               | 2024-12-31   | month end                                   |
 * | 2024年6月                    | 2024-06-30   | a month names its last day                  |
 * | 2024年上半年 / 2024年三季度  | 06-30 / 09-30| half-year and quarter ends                  |
 * | 2025年                       | 2025-12-31   | a year names its last day                   |
 * | 6月底完成, 年底前完成        | 2024-06-30, 2024-12-31 | no year: the plan's year          |
 * | 2024年3月至6月               | 2024-06-30   | a range ends at its last date; 6月 keeps 2024 |
 * | 长期坚持, 每季度, 每年12月底前 | null        | recurring or open                           |
 * | 每季度末报送，2025年底前建成 | 2025-12-31   | a clause without 每 names the date          |
 * | 长期坚持，2025年底前见效     | 2025-12-31   | …nor an open one: the date of that clause   |
 * | 每半年一次，分别于6月底、12月底前 | null    | several dates recur                         |
 * | 按上级要求, 2月30日          | undefined    | cannot be read: no check                    |
 * | 2026年春节前, 2025年汛期前   | undefined    | a season or holiday: no day can be derived  |
 * | 2024年“八一”前               | undefined    | a holiday in quotes too                     |
 * | 2024年麦收前, 2024年秋粮收获后 | undefined  | a harvest, or after an event (not a completion) |
 * | 2024年上半年启动             | 2024-06-30   | a launch is due by the end of its period    |
 * | 5月启动，长期坚持            | null         | launched, then open-ended                   |
 * | 7月1日起, 2024年9月以后      | undefined    | a start only: no day is due                 |
 * | 2024年年中, 次年3月          | 2024-06-30, 2025-03-31 | mid-year; 次年/第二年 the year after |
 * | 三年内                       | undefined    | a span of years, no year of the calendar    |
 * | 2024.12, 2024/12/31          | 2024-12-31   | dates written with dots, dashes or slashes  |
 * | “十五五”期间, 十四五末       | 2030-12-31, 2025-12-31 | a five-year plan's last year     |
 * | “十五五”期间持续推进         | null         | the period with open wording                |
 *
 * @param text the deadline as written.
 * @param planYear the plan's year (from `document.title`, else `document.date`); undefined when neither has one.
 * @returns the ISO date `YYYY-MM-DD`; `null` when the format wants `due: null` (recurring or open wording, or a
 * date without a year in a plan without one); `undefined` when the wording cannot be read.
 */
export function dueFromText(text: string, planYear?: number): string | null | undefined {
  // Full-width digits, `2O24` (the letter O, as OCR and hurried typing give it); `2024.12`, `2024-12`, `2024/12/31`.
  const t = normalize(text.replace(/\s+/g, ''));
  // Wording that repeats (每年12月底前) or opens with an open phrase (长期坚持) names no single day, unless a clause of its
  // own, neither recurring nor open, names one date: then that date (`每季度末报送进度，2025年12月底前全部建成`, probe 22;
  // `长期坚持，2025年底前见效`, `每季度通报进度，11月底前完成`, `按季度推进，2025年12月20日前完成`: probe 36). Several dates
  // (`每半年报送一次，分别于6月底、12月底前报送`, probe 26) recur; an open clause (`每季度开展一次，2024年全年`, probe 28)
  // names no day.
  if (OPEN_START.test(t) || t.includes('每')) {
    // A note in brackets that repeats (`2024年3月31日前（每月报送进展）`) goes; one that does not stays with its clause
    // (`每年汛前（5月底前）` is every year's May).
    // A line break parts clauses too (a cell of two lines, `2026年3月底前完成提标` ⏎ `每月10日前发放到位`: probe 43).
    const clauses = normalize(text.replace(/\s*\n\s*/g, '，').replace(/\s+/g, '')).replace(/[（(][^（()）]*每[^（()）]*[）)]/g, '，').split(/[，,；;。]/);
    const once = clauses.filter((clause) => clause && !clause.includes('每') && !openClause(clause) && !OPEN_START.test(clause));
    const joined = once.join('，');
    // Dates shared out (`分别于6月底、12月底前`, `上半年、下半年各1次`: probe 26) recur; one named with its year does not.
    let periods = 0;
    for (const m of joined.matchAll(PERIOD)) if (m[0]) periods++;
    return joined && !/分别|各/.test(joined) && (periods === 1 || /\d{4}年/.test(joined)) ? dueFromText(joined, planYear) ?? null : null;
  }
  let due: string | null | undefined;
  let year = planYear;
  let yearKnown = planYear !== undefined;
  for (const m of t.matchAll(PERIOD)) {
    const [whole, y, relative, half, quarter, month, day, part, yearEnd] = m;
    if (!whole) continue;
    // A year alone right after what is done, after a time named before it, names what is done, not when
    // (`11月底前完成2025年项目谋划`, `6月底前完成2025年度评估`: probe 119, whose due had become the end of 2025).
    if (y && !half && !quarter && !month && !yearEnd && due !== undefined && DONE_BEFORE.test(t.slice(Math.max(0, m.index! - 4), m.index))) continue;
    const named = year;
    if (y) year = Number(y);
    // 次年 / 第二年 follow the year named before them (`2025年6月底前开工，次年12月底前建成`), else the plan's.
    else if (relative === '次' || relative === '翌' || relative === '第二') year = named === undefined ? undefined : named + 1;
    else if (relative) year = planYear === undefined ? undefined : planYear + (relative === '明' ? 1 : 0);
    yearKnown = year !== undefined;
    const after = t.slice(m.index! + whole.length);
    // A date the work starts from (7月1日起, 2024年9月以后) is not when it is due; a launch by a date is due then
    // (`2024年上半年启动`, a 完成时限 cell: probe 96), unless the work then goes on open-ended (`5月启动，长期坚持`).
    if (START.test(after) || (LAUNCH.test(after) && OPEN.test(t))) continue;
    // A year then a season or a holiday (2026年春节前, 2025年汛期前): a day that cannot be derived.
    if (y && !half && !quarter && !month && !yearEnd && (EVENT.test(after) || AFTER_EVENT.test(after) || BEFORE_EVENT.test(after) || QUOTED.test(after))) return undefined;
    // A span of years (三年内, 一年内) names no year of the calendar.
    if (yearEnd && !y && !relative && /[一二两三四五六七八九十\d]$/.test(t.slice(0, Math.max(0, m.index! - 1)))) return undefined;
    if (!yearKnown) {
      due = null;
      continue;
    }
    const yy = year as number;
    if (half) due = half === '上' ? iso(yy, 6, 30) : iso(yy, 12, 31);
    else if (quarter) {
      const q = numeral(quarter);
      if (q > 4) return undefined;
      due = endOfMonth(yy, 3 * q);
    }
    else if (month) {
      const mm = numeral(month);
      if (mm < 1 || mm > 12) return undefined;
      if (day && (Number(day) < 1 || Number(day) > daysIn(yy, mm))) return undefined;
      if (day) due = iso(yy, mm, Number(day));
      else if (part === '上旬') due = iso(yy, mm, 10);
      else if (part === '中旬') due = iso(yy, mm, 20);
      else due = endOfMonth(yy, mm);
    } else if (yearEnd === '中') due = iso(yy, 6, 30);
    else if (yearEnd || y || relative) due = iso(yy, 12, 31);
  }
  if (due !== undefined) return due;
  return OPEN.test(t) ? null : undefined;
}

/** A date as Excel shows it in its built-in formats `d-mmm-yy` and `d-mmm-yyyy` (`30-Sep-24`: probe 47). */
const ENGLISH_DATE = /(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(\d{4}|\d{2})(?!\d)/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Full-width digits and OCR's letters made plain (`２０２４`, `2O24`, `l2月`); `Q3` as `第3季度`; `30-Sep-24` as `2024年9月30日`; `2024.12`, `2024-12`, `2024/12/31` written as `2024年12月`, `…31日`. */
function normalize(t: string): string {
  return ocrDigits(halfWidthDigits(t))
    // A five-year plan's period (`“十五五”期间`, `十五五时期`, `“十四五”末`: probe 86) names its last year: the Nth plan
    // runs from 1951 + 5(N−1) to 1955 + 5N (十五五: 2026–2030). Followed by open wording (`“十五五”期间持续推进`) it
    // names no day: the period goes and the open wording decides (null).
    .replace(/[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?(?:期间|时期|期末|末期?)(?=(长期|持续|常态)?)/g, (_m, n: string, open?: string) => (open ? '' : `${1955 + 5 * (10 + NUMERALS[n])}年`))
    // A quarter written `Q3`, `2025Q3`, `2025年Q3` (an online document's list: probe 62).
    .replace(/(?:(\d{4})(?:年|-|\s)?)?[Qq]([1-4])(?![0-9])/g, (_m, y: string | undefined, q: string) => `${y ? `${y}年` : ''}第${q}季度`).replace(ENGLISH_DATE, (_m, d: string, mon: string, y: string) => `${y.length === 2 ? `20${y}` : y}年${MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1}月${d}日`).replace(/(\d{4})[./-](\d{1,2})(?![\d年])(?:[./-](\d{1,2})(?!\d))?/g, (_m, y: string, mo: string, d?: string) => `${y}年${mo}月${d ? `${d}日` : ''}`);
}

/**
 * A day a deadline names that no calendar has (`2025年2月30日前`, `6月31日`, `13月底前`, `第五季度`), as written, or null. Such a
 * deadline gets `due: null` ({@link dueFromText} cannot derive a day), and `parse` says so: a clerk meant some day
 * and must pick it. A year written before the day decides 2月29日, else the plan's year; with neither, it stands.
 */
export function impossibleDay(text: string, planYear?: number): string | null {
  const t = normalize(text.replace(/\s+/g, ''));
  let year = planYear;
  const quarter = /第?([五六七八九5-9])季度/.exec(t);
  if (quarter) return quarter[0];
  for (const m of t.matchAll(/(?:([0-9]{4})年)?(?<![0-9])([0-9]{1,2})月份?(?:([0-9]{1,2})[日号])?/g)) {
    if (m[1]) year = Number(m[1]);
    const month = Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (month < 1 || month > 12) return m[0];
    if (day !== undefined && (day < 1 || day > (year === undefined && month === 2 ? 29 : daysIn(year ?? 2000, month)))) return m[0];
  }
  return null;
}

/**
 * The plan's year: the first `YYYY年` in the title (乐至县2024年…要点), else the year of `document.date`; for a title
 * naming a span of years (`2025—2026年度`), the year of `document.date` when it is in the span, else its first.
 * @returns the year, or undefined when neither gives one.
 */
export function planYearOf(title: unknown, date: unknown): number | undefined {
  const inDate = typeof date === 'string' ? /^([0-9]{4})-/.exec(date) : null;
  const dated = inDate ? Number(inDate[1]) : undefined;
  // A title naming years from one to another (`2025—2026年度森林防灭火工作方案`, a fire season from October to May:
  // probe 89): the year the document is dated in, when it is one of them, else the first. (The last, which the
  // pattern below finds, had put `11月10日前` a year after the signature.)
  const range = typeof title === 'string' ? /((?:19|20)[0-9]{2})年?[—–\-~～至到]((?:19|20)[0-9]{2})年/.exec(title) : null;
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return dated !== undefined && dated >= from && dated <= to ? dated : from;
  }
  const inTitle = typeof title === 'string' ? /((?:19|20)[0-9]{2})年/.exec(title) : null;
  if (inTitle) return Number(inTitle[1]);
  return dated;
}

// [YYYY年 | 今年 | 明年 | 次年 | 第二年] then one of: 上半年/下半年 · (第)N季度 · N月[份][N日][上旬|中旬|下旬|底|末] · 底/末/内 right
// after a 年 (年底前), or 中 (年中: June 30). A 底 after a month is eaten by the month, so 12月底 is read once, as a month;
// nor is the 年 of 上半年 a year's (`2027年上半年底前`, `上半年内`: June 30, a fresh user's, had read December 31). A fifth
// quarter and on is no date (`第五季度`: undefined, as a thirteenth month is).
const PERIOD =
  /(?:([0-9]{4})年|(今|当|本|明|次|翌|第二)年)?(?:([上下])半年|第?([一二三四五六七八九1-9])季度|([0-9]{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:([0-9]{1,2})[日号])?(上旬|中旬|下旬|底|末)?|(?<=(?<![上下]半)年)(底|末|内|中(?![秋考期央小华])))?/g;

/** A verb that a year alone may follow as part of its object (`完成2025年项目谋划`). */
const DONE_BEFORE = /(?:完成|开展|启动|谋划|编制|制定|做好|组织|部署|申报|储备)$/;
/** After a date: the work starts then (7月1日起, 9月以后), so the date is not when it is due. */
const START = /^(?:起|开始|以后|之后|后)/;
/** After a date: the work is launched by then (`5月启动`): due then, unless open wording follows. */
const LAUNCH = /^启动/;
/** After a year: a season, a holiday or a harvest (2026年春节前, 2024年麦收前, probe 17), whose day cannot be derived. */
const EVENT = /^(?:春节|元旦|清明|五一|端午|国庆|中秋|中考|高考|汛期|汛前|主汛期|开学|春季|夏季|秋季|冬季|春耕|夏收|秋收|麦收|午收|夏粮|秋粮|三夏|三秋|秋冬|冬春|供暖季|采暖季|旺季|淡季)/;
/**
 * After a year: an event, then `后` (2024年秋粮收获后): the work follows it; no day is due. Not a completion, whose
 * year is the due date (`2024年完成后长期坚持`, `2025年建成后投入运行`; probe 21).
 */
const AFTER_EVENT = /^(?![\u4e00-\u9fff]{0,6}?(?:完成|建成|竣工|完工|投产|投用|实现|验收)(?:后|之后|以后))[\u4e00-\u9fff“”"「」《》]{1,12}?(?:后|之后|以后)/;
/**
 * After a year: any other event, then `前` (`2025年迎峰度夏前`, `2025年春检结束前`, `2025年年度决算前`: an enterprise's
 * calendar, probe 56; `2024年“八一”前`, `2024年全国双拥模范城考评前`, probe 81): a day that cannot be derived, never the year's end. Not the year's own end (`年底前`, `年度内`),
 * nor a word with 前 in it (`2025年完成前期工作`, `目前`): the 前 ends the phrase.
 */
const BEFORE_EVENT = /^(?!年?(?:底|末|内|中)|年?度(?:内|末|底|前|$)|全年|[上下]半年|第)[\u4e00-\u9fff“”"「」《》]{2,12}?(?<![目提事此当])(?:前|之前|以前)(?=$|[，,；;。、（(]|完成|建成|完工|到位|办结|上线|实施|启动)/;
/** After a year: a name in quotes (`2024年“双拥月”期间`, `“八一”前`: probe 81), a holiday or a campaign, no day of the calendar. */
const QUOTED = /^[“"「『]/;
const OPEN = /长期|持续|常态|全年|逐年|定期|适时|不定期/;
/**
 * Whether a clause is open: {@link OPEN}, but not for a 全年 that is what is done (`12月底前完成全年争取目标`, `实现全年
 * 目标`: probe 133, whose due had been lost), only for one that is the clause's time (`2024年全年`, `全年持续推进`).
 */
const openClause = (clause: string) => OPEN.test(clause) && (OPEN.test(clause.replace(/(?:完成|实现|达到|达成|落实|确保|超额完成)全年/g, '')));
const OPEN_START = /^(?:长期|持续|常态|全年|定期|按季度|按月)/;

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function numeral(s: string): number {
  return NUMERALS[s] ?? Number(s);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function endOfMonth(year: number, month: number): string {
  return iso(year, month, daysIn(year, month));
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
