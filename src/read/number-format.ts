/**
 * Renders a list counter in a Word number format (ECMA-376 Part 1 §17.18.59, ST_NumberFormat), as Word shows it:
 * `chineseCounting` 1 → `一`, 10 → `十`, 11 → `十一`, 21 → `二十一`; `decimalEnclosedCircle` 3 → `③`;
 * `ideographTraditional` 1 → `甲`. Formats a notice does not use fall back to decimal, as Word does for numbers a
 * format cannot show (`①` stops at 20, then Word writes `21`).
 *
 * Own code rather than a Chinese-numeral library: the rules are Word's (which formats write `十` or `一十`, where
 * `〇` appears, where a format falls back), not those of spelling out amounts.
 * @param n the counter (Word's counters start at `w:start`, default 0 for some producers, so 0 is allowed).
 * @param format the `w:val` of `w:numFmt`; `none` and `bullet` give ''.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return counting(n, DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
      return counting(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'japaneseLegal':
      return counting(n, '零壱弐参四伍六七八九', ['', '拾', '百', '阡']);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 ? STEMS[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? BRANCHES[(n - 1) % 12] : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting below 10000: 10 → 十 (not 一十), 105 → 一百〇五, 110 → 一百一十. */
function counting(n: number, digits: string, units: string[]): string {
  if (n <= 0 || n >= 10000) return n === 0 ? digits[0] : String(n);
  const parts = String(n).split('').map(Number).reverse();
  let out = '';
  let zero = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const d = parts[i];
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (d === 1 && i === 1 && n < 20 ? '' : digits[d]) + units[i];
  }
  return out;
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** a … z, aa … zz (Word repeats the letter: 27 → aa, 28 → bb). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, sign] of table) {
    while (n >= value) {
      out += sign;
      n -= value;
    }
  }
  return out;
}
