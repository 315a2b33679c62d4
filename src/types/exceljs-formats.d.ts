/** exceljs's table of Excel's built-in number formats, by number: `f` for every locale, or one format per locale. */
declare module 'exceljs/lib/xlsx/defaultnumformats.js' {
  const formats: Record<string, { f?: string; 'zh-cn'?: string; 'zh-tw'?: string; 'ja-jp'?: string; 'ko-kr'?: string }>;
  export default formats;
}
