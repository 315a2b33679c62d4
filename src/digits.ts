/**
 * Digits as notices type them, made plain for reading numbers and dates: full-width digits (`２０２４`) and the letters
 * O, l and I typed for a zero or a one among digits (`2O24`, `l2月`, as OCR and hurried typing give them). Both keep the text's length, so
 * offsets into it stay those of the original.
 */

/** ASCII digits for full-width ones, character for character (`１２月` → `12月`). */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Digits that OCR or hurried typing gave as letters, next to a digit, full-width or not: a zero for O (`2O24` →
 * `2024`), a one for l or I (`l2月` → `12月`, `〔2024〕l2号` → `〔2024〕12号`; also between 年 and 月: `2024年l月`; probe 45).
 */
export function ocrDigits(s: string): string {
  return s.replace(/(?<=[\d０-９])[OoＯ]|[OoＯ](?=[\d０-９])/g, '0').replace(/(?<=[\d０-９])[lIｌ]|[lIｌ](?=[\d０-９])|(?<=年)[lIｌ](?=月)/g, '1');
}
