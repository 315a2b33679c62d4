/**
 * The numbering markers of a plan: the styles of GB/T 9704-2012 §7.3.3 (结构层次序数: 一、 （一） 1. （1）) and their
 * common variants (`(一)`, `1．` `1、` `1﹒`, `(1)`, `1）`, `①`), plus the bare row number of a 任务分工表's 序号 column.
 */
/** A numbering style; `list@<level>` is a level of a Word automatic list (its number generated, not typed). */
export type MarkerStyle = 'cn' | 'pcn' | 'ar' | 'par' | 'arp' | 'circ' | 'row' | `list@${number}`;

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
const CN = /^([一二三四五六七八九十百〇零两]{1,4})\s*[、．.]/;
const PCN = /^[（(]\s*([一二三四五六七八九十百〇零两]{1,4})\s*[）)]/;
const AR = /^(\d{1,3})\s?[.．、﹒]/;
const PAR = /^[（(]\s*(\d{1,3})\s*[）)]/;
const ARP = /^(\d{1,3})[）)]/;
const CIRC = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/;

/**
 * Reads the numbering marker at the start of `text` (after white space, `*` bold marks and Markdown `#`/`>`), or
 * null. `1.5%` style digits after the punctuation are flagged in `digitAfter`, and `1.1.1` is never a marker.
 */
export function readNumberMarker(text: string): NumberMarker | null {
  const start = LEAD.exec(text)![0].length;
  // Full-width digits (`１．`, `（２）`) read as ASCII ones; the marker keeps its width as written.
  const rest = halfWidthDigits(text.slice(start, start + 12));
  let m: RegExpExecArray | null;
  let style: MarkerStyle;
  let number: number;
  if ((m = CN.exec(rest))) {
    style = 'cn';
    number = chineseNumber(m[1]);
  } else if ((m = PCN.exec(rest))) {
    style = 'pcn';
    number = chineseNumber(m[1]);
  } else if ((m = PAR.exec(rest))) {
    style = 'par';
    number = Number(m[1]);
  } else if ((m = AR.exec(rest))) {
    style = 'ar';
    number = Number(m[1]);
  } else if ((m = ARP.exec(rest))) {
    style = 'arp';
    number = Number(m[1]);
  } else if ((m = CIRC.exec(rest))) {
    style = 'circ';
    number = circledNumber(m[0].charCodeAt(0));
  } else return null;
  if (!Number.isFinite(number) || number <= 0) return null;
  const after = rest.slice(m[0].length);
  const digitAfter = /^\d/.test(after);
  const ws = /^[\s\u3000\u00a0*]*/.exec(after)![0].length;
  const marker = text.slice(start, start + m[0].length).replace(/\s+/g, '');
  return { style, number, marker, start, end: start + m[0].length + ws, digitAfter };
}

function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function circledNumber(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

/** A bare row number in a 序号 cell (`72`, `1*`: the asterisk of b09's "tasks we lead" is not part of the id). */
export function readRowNumber(cell: string): number | null {
  const m = /^[\s\u3000]*(\d{1,4})\s*[*＊]?[\s\u3000]*$/.exec(cell);
  return m ? Number(m[1]) : null;
}
