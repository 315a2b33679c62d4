import { halfWidthDigits } from '../digits.js';
import { isWhiteSpace } from './chars.js';
import { memoize } from './memo.js';

/**
 * The numbering markers of a plan: the styles of GB/T 9704-2012 §7.3.3 (结构层次序数: 一、 （一） 1. （1）) and their
 * common variants (`(一)`, `1．` `1、` `1﹒`, `(1)`, `1）`, `①`; `⒈` `⑴` `㈠` written as one character), plus the bare row number of a 任务分工表's 序号 column.
 */
/**
 * A numbering style. A Word automatic list's number takes the style it reads as, with its level when below 0
 * (`ar@1`); `list@<level>` is a generated number that reads as no style.
 */
export type TypedStyle = 'cn' | 'pcn' | 'ar' | 'par' | 'arp' | 'circ' | 'part' | 'book' | 'chap' | 'sect' | 'art';
export type MarkerStyle = TypedStyle | 'row' | `${TypedStyle}@${number}` | `list@${number}`;

/** A numbering marker at the start of a text: its style, number, the marker as written, and where the rest starts. */
export interface NumberMarker {
  style: MarkerStyle;
  number: number;
  marker: string;
  /** Offset (characters) of the marker's first character in the text (after leading white space). */
  start: number;
  /** Offset just after the marker and the white space that follows it. */
  end: number;
  /** True when the marker's punctuation is directly followed by a digit (`3.5%`): a marker only when expected. */
  digitAfter: boolean;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral up to 999 (`十二`, `二十`, `一百零五`); NaN when it is not one. */
export function chineseNumber(s: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else return NaN;
  }
  return total + (digit > 0 ? digit : 0);
}

const LEAD = /^[\s\u3000\u00a0*#>]*/;
const LEAD_START = /^[\s\u3000\u00a0*#>]/;
const NUMERAL_START = new Set(Array.from('一二三四五六七八九十百〇零两（(第-－—_', (c) => c.charCodeAt(0)));

/** Whether a character can start a marker of a style below: a Chinese numeral, `（` `(`, a digit, a circled or enclosed number. */
function isMarkerStart(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff10 && c <= 0xff19) ||
    NUMERAL_START.has(c) ||
    (c >= 0x2460 && c <= 0x249b) ||
    (c >= 0x3220 && c <= 0x3229) ||
    (c >= 0x3251 && c <= 0x325f) ||
    (c >= 0x32b1 && c <= 0x32bf)
  );
}
const CN_NUMERAL = '([一二三四五六七八九十百〇零两]{1,4})';
/** The styles numbered in Arabic digits, where a digit after the punctuation may make a decimal. */
const ARABIC = new Set<MarkerStyle>(['par', 'ar', 'arp']);

/** The styles, in the order they are tried, each with how its number is read. */
const STYLES: Array<{ style: MarkerStyle; re: RegExp; number: (m: RegExpExecArray) => number }> = [
  { style: 'cn', re: new RegExp(`^${CN_NUMERAL}\\s*[、．.]`), number: (m) => chineseNumber(m[1]) },
  // OCR's reading of 一、 on a scanned page: its stroke as a dash (`-、重点任务`: probe 94, where every id below it had
  // been a level short).
  { style: 'cn', re: /^[-－—_]、/, number: () => 1 },
  { style: 'pcn', re: new RegExp(`^[（(]\\s*${CN_NUMERAL}\\s*[）)]`), number: (m) => chineseNumber(m[1]) },
  // …and of （一）: `(-)`, `（－）` (probe 135, five OCR copies whose 1. items had gone a level up).
  { style: 'pcn', re: /^[（(][-－—_][）)]/, number: () => 1 },
  { style: 'par', re: /^[（(]\s*(\d{1,3})\s*[）)]/, number: (m) => Number(m[1]) },
  { style: 'ar', re: /^(\d{1,3})\s?[.．、﹒]/, number: (m) => Number(m[1]) },
  { style: 'arp', re: /^(\d{1,3})[）)]/, number: (m) => Number(m[1]) },
  // `⒈` `⑴` `㈠`: `1.` `(1)` `(一)` as one character each (GB2312 has them; Word and WPS files of the 2000s use them:
  // probe 58). The same styles as their spelled-out forms.
  { style: 'ar', re: /^[\u2488-\u249b]/, number: (m) => m[0].charCodeAt(0) - 0x2487 },
  { style: 'par', re: /^[\u2474-\u2487]/, number: (m) => m[0].charCodeAt(0) - 0x2473 },
  { style: 'pcn', re: /^[\u3220-\u3229]/, number: (m) => m[0].charCodeAt(0) - 0x321f },
  { style: 'circ', re: /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/, number: (m) => circledNumber(m[0].charCodeAt(0)) },
  // The parts of a 办法, 规定 or 若干措施 (第一部分, 第一章, 第一节, 第一条), and the 篇 of a 规划纲要 (第一篇 over its
  // 章, numbered through across the 篇: probe 86), not GB/T 9704's styles but numbered items a
  // clerk counts the same way (probe 13: 株洲市促进民营经济发展壮大若干措施, 第一条 … 第四条). Followed by white space
  // or punctuation, never by text (`第一条生产线`), nor by words that cite an article (`第二十一条、第二十二条规定的`,
  // `第十五条 规定`, `第一部分 是…`: prose, probe 14; `第一条　为了加强…` opens most 办法 and is an article).
  ...(['part', 'book', 'chap', 'sect', 'art'] as const).map((style) => ({
    style,
    re: new RegExp(`^第${CN_NUMERAL}${{ part: '部分', book: '篇', chap: '章', sect: '节', art: '条' }[style]}(?=[\\s\u3000：:．.]|$)[：:．.]?(?![\\s\u3000]*(?:规定|的|所|中|之|和|及|至|或|第|、|是|即|指|包括|共))`),
    number: (m: RegExpExecArray) => chineseNumber(m[1]),
  })),
];

/**
 * Reads the numbering marker at the start of `text` (after white space, `*` bold marks and Markdown `#`/`>`), or
 * null. `1.5%` style digits after the punctuation are flagged in `digitAfter`, and `1.1.1` is never a marker.
 * The parser asks this of a paragraph four times or so: the answer is kept, and the same object returned for the
 * same text (callers copy it to change it).
 */
export const readNumberMarker: (text: string) => NumberMarker | null = memoize(readMarker, 8192);

function readMarker(text: string): NumberMarker | null {
  const start = LEAD_START.test(text) ? LEAD.exec(text)![0].length : 0;
  // Most paragraphs start with none of the characters a marker can start with: no pattern need be tried.
  if (start >= text.length || !isMarkerStart(text.charCodeAt(start))) return null;
  // Full-width digits (`１．`, `（２）`) read as ASCII ones; the marker keeps its width as written.
  const head = text.slice(start, start + 12);
  const rest = /[０-９]/.test(head) ? halfWidthDigits(head) : head;
  let m: RegExpExecArray | null = null;
  let style: MarkerStyle = 'cn';
  let number = NaN;
  for (const s of STYLES) {
    if ((m = s.re.exec(rest))) {
      style = s.style;
      number = s.number(m);
      break;
    }
  }
  if (!m) return null;
  if (!Number.isFinite(number) || number <= 0) return null;
  const length = m[0].length;
  const next = rest.charCodeAt(length);
  // A digit right after the punctuation (`3.5亿元`, `3、5月`) makes an Arabic number no marker; not a year
  // (`1.2024年全县…`), and never after a Chinese numeral, which is no decimal (`一、2021年主要预期目标`, `四、2025年十件
  // 民生实事` on a category row: probe 24).
  // A Chinese numeral and a grade after `一、` (`一、二级公路`, a wrapped line of a PDF: probe 25) is the same: two
  // grades counted, no item.
  // So is a numeral that counts on (`二、三季度`, `二、三产业`, `一、二、三`: a PDF's wrap put the enumeration at a line's
  // start, probe 150, where `三、四季度末通报…` had become section 三 and the real one `3-2`), and a clause cited by its
  // bracketed number (`依据《条例》第三十六条第` ⏎ `（三）项规定告知…`: probe 151).
  const after = text.slice(start + length, start + length + 4);
  const digitAfter = ARABIC.has(style) ? next >= 0x30 && next <= 0x39 && !/^\d{4}年/.test(rest.slice(length)) : style === 'cn' ? COUNTS_ON.test(after) : style === 'pcn' || style === 'par' ? CITED_CLAUSE.test(after) : false;
  let ws = 0;
  // A `、` after a bracketed number (`（五）、持续优化营商环境`: a drafting slip as common as it is wrong, probe 97) is
  // no part of the item's text; the marker stays as the number was written.
  if ((style === 'pcn' || style === 'par') && rest.charCodeAt(length) === 0x3001) ws++;
  while (length + ws < rest.length && isMarkerSpace(rest.charCodeAt(length + ws))) ws++;
  const written = text.slice(start, start + length);
  const marker = /\s/.test(written) ? written.replace(/\s+/g, '') : written;
  return { style, number, marker, start, end: start + length + ws, digitAfter };
}

/** After `一、`: a numeral that goes on counting (`二级`, `三季度`, `三产业`, `二、三`), no item's text. */
const COUNTS_ON = /^[二三四五六七八九十](?:[级类等档批期轮届]|季度|产业|年级|、[三四五六七八九十])/;
/** After `（三）`: the 项 or 款 of a cited article (`第三十六条第（三）项`), not `项目` or `款项`. */
const CITED_CLAUSE = /^(?:项(?!目)|款(?!项))/;

/** White space (U+3000 and U+00A0 included) or a `*` of bold, between a marker and its text. */
function isMarkerSpace(c: number): boolean {
  return c === 0x2a || isWhiteSpace(c);
}

function circledNumber(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

/**
 * A row number written as a whole id in a 序号 cell (`2.3`, `2.2.1`): the row's own number and its parent's id
 * (`2.2`), or null. Leading zeros are dropped (`02.1` → `2`, 1). A repeat's suffix, as fengong's own export writes a
 * repeated id (`1.1-2`), is no part of the number: the repeat is given its suffix again (a fresh user's read-back of
 * an export had made `1.1` and `1.1-2` two tasks `1.1#1` and `1.1#2`).
 */
export function readDottedRowNumber(cell: string): { number: number; parentId: string } | null {
  const m = /^[\s\u3000]*(\d{1,4}(?:\.\d{1,4})*)\.(\d{1,4})(?:-[2-9]|-[1-9]\d{1,3})?[\s\u3000]*$/.exec(halfWidthDigits(cell).replace(/．/g, '.'));
  if (!m) return null;
  return { number: Number(m[2]), parentId: m[1].split('.').map(Number).join('.') };
}

/**
 * A sub-row number in a 序号 cell (`1-1`, `1－2`, `3—1`: a 台账's sub-projects, probe 133): the row's number and the
 * sub-row's, or null.
 */
export function readSubRowNumber(cell: string): { row: number; number: number } | null {
  const m = /^[\s\u3000]*(\d{1,4})[\s\u3000]*[-－—–][\s\u3000]*(\d{1,3})[\s\u3000]*$/.exec(halfWidthDigits(cell));
  return m ? { row: Number(m[1]), number: Number(m[2]) } : null;
}

/**
 * A task id of fengong's own 任务分工表 export in a 序号 cell (`2#1`, `1.2#3`, `#1`: matrix-format.md "Ids", the `k`-th
 * task of an item or a task before the first item): the item's id (null for `#k`) and `k`. Read back, the rows of
 * one item make its `#k` tasks again (a fresh user's find: the CSV export of `2#1` and `2#2` came back as `1.2#1`…).
 */
export function readTaskIdCell(cell: string): { itemId: string | null; k: number } | null {
  const m = /^[\s\u3000]*(?:(\d{1,4}(?:\.\d{1,4})*)[\s\u3000]*)?[#＃][\s\u3000]*([1-9]\d{0,3})[\s\u3000]*$/.exec(halfWidthDigits(cell).replace(/．/g, '.'));
  if (!m) return null;
  return { itemId: m[1] === undefined ? null : m[1].split('.').map(Number).join('.'), k: Number(m[2]) };
}

/** A bare row number in a 序号 cell (`72`, full-width `７２`, `1*`: the asterisk of b09's "tasks we lead" is not part of the id). */
export function readRowNumber(cell: string): number | null {
  const m = /^[\s\u3000]*(\d{1,4})\s*[*＊]?[\s\u3000]*$/.exec(halfWidthDigits(cell));
  return m ? Number(m[1]) : null;
}
