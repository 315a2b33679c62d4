/**
 * Digits as notices type them, made plain for reading numbers and dates: full-width digits (`２０２４`) and the letter
 * O typed for a zero among digits (`2O24`, as OCR and hurried typing give it). Both keep the text's length, so
 * offsets into it stay those of the original.
 */

/** ASCII digits for full-width ones, character for character (`１２月` → `12月`). */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A zero for the letter O (or full-width Ｏ) next to a digit, full-width or not: `2O24` → `2024`. */
export function zeroForO(s: string): string {
  return s.replace(/(?<=[\d０-９])[OoＯ]|[OoＯ](?=[\d０-９])/g, '0');
}
