import { fold } from './fold.js';
import { chineseNumber } from './numbering.js';

/**
 * Whether a short text is a time phrase (a deadline), not a unit: `6月底完成`, `2024年12月底前`, `年底前完成`,
 * `长期坚持`, `持续推进`, `每季度通报`, `全年` (b12 closes its brackets with one: `…，6月底完成）`).
 */
export function isTimePhrase(text: string): boolean {
  const f = fold(text.replace(/[\s\u3000]+/g, ''));
  if (!f || f.length > 24) return false;
  return (
    /^(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/.test(f) ||
    /^(?:\d{4}年)?(?:年底|年末|年内|年中|上半年|下半年|第?[一二三四1-4]季度|底前)/.test(f) ||
    /^\d{4}年(?:底|末|前|内|$|\d|[上下]半年|第?[一二三四1-4]季度)/.test(f) ||
    /^\d{4}[-—–~至到]\d{4}年?/.test(f) ||
    /^(?:长期|持续|每季度|每月|每年|每半年|全年|常态化|定期|按季度|按月|及时|立即|即时)/.test(f)
  );
}

/**
 * The last day of the period a deadline names, as `YYYY-MM-DD`, or null (matrix-format.md "Deadlines"):
 * 2024年12月底前 → 2024-12-31, 2024年6月 → 2024-06-30, 2024年上半年 → 2024-06-30, 2024年三季度 → 2024-09-30,
 * 2025年 → 2025-12-31. A date without a year takes `planYear`; recurring or open phrases (长期坚持, 持续推进,
 * 每季度, 全年) give null. Where several dates are named (`2023年—2025年`), the last one counts.
 */
export function dueDate(text: string, planYear: number | null): string | null {
  const f = fold(text.replace(/[\s\u3000]+/g, ''));
  if (/^(?:长期|持续|每|全年|常态化|定期|按季度|按月)/.test(f)) return null;
  const re = /(?:(\d{4})年)?(?:(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2})日)?(上旬|中旬|下旬)?|(上半年|下半年|年底|年末|年内|第?[一二三四1-4]季度))?/g;
  let best: string | null = null;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const year = m[1] ? Number(m[1]) : planYear;
    if (year === null) continue;
    let month = 12;
    let day: number | null = null;
    if (m[2]) {
      month = /\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2]);
      if (m[3]) day = Number(m[3]);
      else if (m[4] === '上旬') day = 10;
      else if (m[4] === '中旬') day = 20;
    } else if (m[5]) {
      const p = m[5];
      if (p === '上半年') month = 6;
      else if (/季度/.test(p)) month = 3 * '一二三四'.indexOf(p.replace(/第|季度/g, '')) + 3 || 3 * Number(p.replace(/\D/g, ''));
    } else if (!m[1]) continue;
    if (!(month >= 1 && month <= 12)) continue;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day !== null && (day < 1 || day > last)) continue;
    best = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day ?? last).padStart(2, '0')}`;
  }
  return best;
}
