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

/**
 * The length of a text without what may close a sentence or list at its end: white space and `。；;，,` (so that
 * `…县科协配合）。` ends at its `）`).
 */
export function endBeforeTrailingPunctuation(text: string): number {
  let i = text.length;
  while (i > 0 && (isWhiteSpace(text.charCodeAt(i - 1)) || TRAILING.includes(text[i - 1]))) i--;
  return i;
}

const TRAILING = '。；;，,';
