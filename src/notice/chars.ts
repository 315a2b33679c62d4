/**
 * Whether a UTF-16 code is white space as JavaScript's `\s` and `trim()` take it (ECMA-262 WhiteSpace and
 * LineTerminator: U+3000 and U+00A0 included). For scans by character code: `text[i]` makes a new one-character
 * string for every CJK character, and those add up over an archive of notices.
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}
