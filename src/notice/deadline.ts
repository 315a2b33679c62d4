import { halfWidthDigits } from '../digits.js';
import { fold } from './fold.js';
import { memoize } from './memo.js';
import { dueFromText } from '../matrix/due-date.js';

/** Words of aim before a time (`力争`, `确保`, `争取`, `务必`), a time phrase's wording still. */
const AIM = /^(?:力争|争取|确保|务必|计划|预计|要求|原则上)(?=\d|[一二三四五六七八九十]{1,3}月|年底|年内|年末|上半年|下半年|今年|明年|当年|次年)/;

/**
 * Whether a short text is a time phrase (a deadline), not a unit: `6月底完成`, `2024年12月底前`, `年底前完成`,
 * `长期坚持`, `持续推进`, `常态长效`, `每季度通报`, `全年` (b12 closes its brackets with one: `…，6月底完成）`).
 */
export const isTimePhrase: (text: string) => boolean = memoize(readTimePhrase);

function readTimePhrase(text: string): boolean {
  // An aim before the time (`力争2024年6月底前完成`, `确保年底前建成`): the time is still the deadline.
  // (Full-width digits read as ASCII ones: `２０１２年６月底前完成`, a 2012 notice typed so: probe 77.)
  const f = halfWidthDigits(fold(text.replace(/[\s\u3000]+/g, ''))).replace(AIM, '');
  if (!f || f.length > 24) return false;
  return (
    /^(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/.test(f) ||
    /^(?:\d{4}年)?(?:年底|年末|年内|年中|上半年|下半年|第?[一二三四1-4]季度|底前)/.test(f) ||
    /^(?:\d{4}年?)?[Qq][1-4](?![0-9])/.test(f) ||
    // A year opens no unit's name: `2024年度`, `2025年汛期前完成`, `2024年底前建成，2025年全面推广` (probe 29).
    /^\d{4}年/.test(f) ||
    /^\d{4}年?[-—–~至到]\d{4}年?/.test(f) ||
    // A five-year plan's period (`“十五五”期间持续推进`, `十五五末`: probe 86, the genre's commonest time), and a year
    // reached (`到2030年`).
    /^[“"]?十[一二三四五六七八九]五[”"]?(?:规划)?(?:期间|时期|期末|末)|^(?:到|至)\d{4}年/.test(f) ||
    // Standing work (`常态长效`, the commonest close of a 创文创卫 plan's brackets: probe 114; `长效管理`, `常抓不懈`).
    /^(?:长期|持续|每季度|每月|每年|每半年|全年|常态|长效|常抓不懈|常年|全天候|定期|按季度|按月|及时|立即|即时)/.test(f) ||
    // A school's or a hospital's calendar (probe 55: `（政教处负责，各年级组配合，每学期）`, `开学第一周`, `学期末`, `暑假期间`),
    // and a 整改's `立行立改`.
    /^(?:每(?:个)?(?:学期|学年|周|日|天|旬|双月|年度|工作日))|^(?:新?学期|学年)(?:初|中|末)|^[\u4e00-\u9fff]{2,4}?(?:期间|第[一二三四五六七八九十\d]{1,2}周)$|^(?:立行立改|即知即改|即查即改|边查边改|立查立改)/.test(f) ||
    // Wording of a schedule rather than a date (b-probes: `按时序推进`, `分年度推进`, `三年内完成`, `次年3月底前`; in step
    // with other work, `与主体工程同步`, `同步推进`: probe 36).
    /^(?:按(?:时序|计划|年度|季度|月度|进度|时间节点|节点|省统一部署|上级要求|要求)|分年度|分阶段|分步|逐步|适时|逐年|次年|翌年|第二年|明年|今年|当年|[一二两三四五1-5]年内|\d{4}年起|与[\u4e00-\u9fff\dA-Za-z（）()《》“”、]{1,20}?同步|同步(?:推进|实施|建设|完成|开展))/.test(f) ||
    // A date in digits and dots or slashes (`5.31前完成`, `2023.6.30前`, `2023/6/30前完成`), a span of months (`6-9月`,
    // `6至9月`), and the seasons of a township's work (`汛期内`, `主汛期`, `森林防火期内`, `当月`, `秋收后`, `冬春季`):
    // closing a marker bracket they are its deadline (probe 156, where each had become a unit).
    /^(?:\d{4}[./])?\d{1,2}[./]\d{1,2}(?:日)?(?:前|以前|之前)?(?:完成|办结|到位)?$|^\d{1,2}[-—–~至到]\d{1,2}月|^(?:主)?汛期|^(?:森林)?防火(?:期|季)|^(?:当月|当周|当日|当天)|^(?:秋收|夏收|春耕|秋冬|冬春|春夏)季?(?:后|前|期间|时|内)?$|^(?:春|夏|秋|冬)季(?:前|内|期间)?$/.test(f) ||
    // Before an event, no date to derive (`秋季开学前完成`, `汛期前完成`, `春节前`: probe 24): a deadline still.
    /^(?!提前|目前|此前|之前|事前|当前|以前|确保)[\u4e00-\u9fff]{1,6}?(?:前|以前|之前)(?:完成|建成|完工|实施|启动|出台|到位|办结)?$/.test(f)
  );
}

/**
 * The last day of the period a deadline names, as `YYYY-MM-DD`, or null (matrix-format.md "Deadlines"): the same
 * reading `fengong validate` checks `deadline.due` against ({@link dueFromText}), so the two never disagree.
 * 2024年12月底前 → 2024-12-31, 2024年上半年 → 2024-06-30, 6月底完成 → the plan's year; 长期坚持 → null.
 */
export function dueDate(text: string, planYear: number | null): string | null {
  return dueFromText(text, planYear ?? undefined) ?? null;
}
