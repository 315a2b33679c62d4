import { ocrDigits } from '../digits.js';
import type { Block, Cell, ListNumber, SourceText } from '../read/types.js';
import { BRACKET_STEP } from './brackets.js';
import { cellLineTables } from './cell-lines.js';
import { fold } from './fold.js';
import { DEADLINE_LABELS, foldLabels, LABEL_RE, mayHoldLabel } from './labels.js';
import type { ParagraphDiagnostic } from './markers.js';
import { readNumberMarker } from './numbering.js';
import { isTimePhrase } from './deadline.js';
import { breaksNames, lastName } from './units.js';

/** Where a character of a paragraph's text came from: text offsets from `offset` on start at (line, column). */
export interface Piece {
  offset: number;
  line: number;
  column: number;
}

/**
 * A logical paragraph after repair: soft-wrapped lines and page-break splits joined, page numbers and bold marks
 * removed. `text` has no line breaks (for `row`, the cells hold the text).
 */
export interface Paragraph {
  kind: 'text' | 'heading' | 'row';
  text: string;
  pieces: Piece[];
  line: number;
  endLine: number;
  cells?: Cell[];
  tableStart?: boolean;
  /** A row of a table laid out with spaces (src/read/types.ts Block.aligned). */
  aligned?: boolean;
  /** See Block.whole: a row no line break cut. */
  whole?: boolean;
  /** A blank line, a page break or a block boundary came before it. */
  blankBefore: boolean;
  /** The number Word generated for it (a paragraph of an automatic list in a .docx). */
  list?: ListNumber;
}

/** The paragraphs of a notice and the repairs made (warnings with the place of the join). */
export interface Paragraphs {
  paragraphs: Paragraph[];
  repairs: Array<ParagraphDiagnostic & { line: number; column: number }>;
}

/**
 * A page number on a line of its own: `- 3 -`, `－４－` (full-width, probe 156; an OCR's `— l —` too: probe 45, and
 * 汉王's `一 3 一`, its dashes read as 一: probe 94), `·3·`, `3/8`, `第3页/共8页`.
 */
const PAGE_NUMBER = /^[\s\u3000]*(?:[-—–－―]\s*(?:\d{1,4}|[０-９]{1,4}|[\dlIO]{1,3})\s*[-—–－―]|一[\s\u3000]*(?:\d{1,4}|[\dlIO]{1,3})[\s\u3000]*一|[·•]\s*\d{1,4}\s*[·•]|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页)[\s\u3000]*$/;
/**
 * A page's footer printed by an office system, ending in its page count (`某县协同办公系统  打印时间：2024-06-05 16:48  第 3
 * 页 共 5 页`, probe 53): page furniture like a bare page number.
 */
const PRINT_FOOTER = /^.{0,60}?(?:打印|系统|平台|OA).{0,60}?第\s*\d{1,4}\s*页\s*[,，/／]?\s*共\s*\d{1,4}\s*页[\s\u3000]*$/;
/** Status marks closing a line: emoji (with a date after them), and `#tags` after white space. */
const MAY_END_IN_MARKS = /[\u2300-\u2bff\ud800-\udfff\ufe0f#]/;
const STATUS_MARKS = /(?<=\S)(?:[\s\u3000]*(?:\p{Extended_Pictographic}\ufe0f?(?:[\s\u3000]*\d{4}-\d{2}-\d{2})?|(?<=[\s\u3000])#[\u4e00-\u9fffA-Za-z]{1,10}))+[\s\u3000]*$/u;
/** A bare number on a line of its own inside a paragraph: a page number the paste ran into the text. */
const BARE_NUMBER = /^[\s\u3000]*\d{1,3}[\s\u3000]*$/;
/**
 * A title that ends in a kind of document (`…分工方案`, `…的通知`) is complete: no wrapped line continues it; so is one
 * enclosed whole in 《》, after its 发文字号 on a web page (not `某县贯彻落实《某市…若干措施》` ⏎ `任务分工方案`: probe 26),
 * and a `关于…的请示`, `…的报告`, `…的函` carrying a plan up or across (probes 49, 51).
 */
export const COMPLETE_TITLE = /(?:通知|意见|方案|计划|要点|措施|办法|细则|规划|分工表|分解表|责任分解|决定|规定|清单|任务表|一览表|台账|纪要|预案|指引|分解|分工|安排)$|^[\s\u3000]*(?:[^《》]{2,12}〔\d{4}〕\d{1,4}号)?《[^《》]*(?:通知|意见|方案|计划|要点|措施|办法|细则|规划|分工表|分解表|责任分解|决定|规定|清单|任务表|一览表|台账|纪要|预案|指引|分解|分工|安排)》$|关于[^，。；]{2,}的(?:请示|报告|通报|函)$/;
const TERMINAL = '。！？!?；;：:）)】〕]」';
/**
 * A line that ends in a bracket inside a word (`…燃气管道被建（构）` ⏎ `筑物占压…`: probe 150, a PDF's wrap that had cut an
 * item's sentence in two): a character or three in brackets right after a character, no sentence's end.
 */
const WORD_BRACKET_END = /[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,3}[）)]$/;
const CONTINUES = '，、,（(《“〔【';
/**
 * A 成文日期 written out: Arabic (full-width too) or Chinese numerals, `〇` typed as `O` or `0` in web copies (or as a
 * Greek `Ο`), January as `元月` (`二○一二年元月二十日`, an archive's notice: probe 58), and OCR's l, I and O beside a digit
 * of the month or day (`2017年4月2O日`, `2019年3月l5日`: a scanned archive, probe 94; isoDate reads them as digits).
 */
const OCR_NUMBER = String.raw`(?:[\d０-９][\d０-９lIｌOoＯ]?|[lIｌ][\d０-９])`;
const DATE = String.raw`(?:[\d０-９][\d０-９OoＯlIｌ]{3}|[〇零一二三四五六七八九○OoＯΟ0]{4})[\s\u3000]*年[\s\u3000]*(?:[\d０-９一二三四五六七八九十]{1,3}|${OCR_NUMBER}|元)[\s\u3000]*月[\s\u3000]*(?:[\d０-９一二三四五六七八九十]{1,3}|${OCR_NUMBER})[\s\u3000]*日`;
/**
 * A date line: the date alone, or in brackets (`（2024年2月7日）` under a signature), or a date under each of two
 * signatures side by side (`2024年3月5日　　　　2024年3月5日`, a joint issuance: probe 51).
 */
const DATE_LINE = new RegExp(String.raw`^[\s\u3000]*(?:${DATE}|[（(][\s\u3000]*${DATE}[\s\u3000]*[）)])(?:[\s\u3000]{2,}${DATE})?[\s\u3000]*$`);
/** A signature and its date on one line, set apart by white space (`綦江区人民政府　　2024年2月7日`). */
// (Not a receiving office's stamp, `收文  2019年3月18日` at the top of a scanned page: probe 94, where it had become
// the notice's date and `收文` its issuer.)
const SIGNED_DATE = new RegExp(String.raw`^[\s\u3000]*(?!(?:收文|收件|签收|登记|来文)[\s\u3000])([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z（）()]{1,39}?)[\s\u3000]+(${DATE})[\s\u3000]*$`);
/**
 * A 发文字号 standing alone: `乐府发〔2023〕61号`, `菏政办字 〔2023〕1号`, the brackets of web copies (`﹝2024﹞`, `[2023]`),
 * `〔2024〕第21号`, full-width digits, the whole in brackets (`（綦江府发〔2024〕4号）`), after a `发文字号：` label, or
 * with `签发人：…` on the same line.
 */
const DOC_NUMBER_BODY = String.raw`[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\s\u3000]{0,24}?[\s\u3000]*[〔［[(（【﹝]\s*[\d０-９][\d０-９OoＯlIｌ]{3}\s*[〕］\])）】﹞]\s*第?\s*(?:[\d０-９][\d０-９lIｌOoＯ]{0,4}|[lIｌ][\d０-９][\d０-９lIｌOoＯ]{0,3})\s*[号號]`;
/** The label of a 发文字号 field (`发文字号：`, a web page's `文　　号：`, with or without its colon). */
const DOC_NUMBER_LABEL = String.raw`(?:发[\s\u3000]*文[\s\u3000]*字[\s\u3000]*号|文[\s\u3000]*号)[\s\u3000]*[：:]?[\s\u3000]*`;
/**
 * A line holding a 发文字号 (group 1): alone, after its label, before a 签发人 (up-going documents, GB/T 9704 §7.2.4;
 * the space between them lost in a copy: `澄政报〔2024〕7号签发人：周建平`), or the first of a joint issuance's numbers
 * on one line (`澄委发〔2024〕6号　澄政发〔2024〕4号`: probe 51).
 */
const DOC_NUMBER = new RegExp(String.raw`^[\s\u3000]*(?:${DOC_NUMBER_LABEL})?[（(]?(${DOC_NUMBER_BODY})[）)]?(?:[\s\u3000]+${DOC_NUMBER_BODY})*(?:[\s\u3000]*签发人[：:].*)?[\s\u3000]*$`);
/** A list's last name a collective of places, in brackets or not (`，各乡镇`, `、各镇（街道）`), at the paragraph's end. */
const COLLECTIVE_OPEN = /(?:^|[、，,：:；;])各[\u4e00-\u9fff]{1,6}(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?$/;
/** The rest of such a name on the next line (`人民政府（办事处）`, `党委`, `办事处`). */
const COLLECTIVE_REST = /^(?:人民政府|政府|党委|党工委|办事处|管委会)/;
/** A line that is one bracket, brackets one level deep inside it (`（县委宣传部、县融媒体中心负责）`, `（责任单位：…）`). */
const MARKER_BRACKET_LINE = /^[（(〔【][^（()）〔〕【】]*(?:[（(][^（()）]*[）)][^（()）〔〕【】]*)*[）)〕】][。；;]?$/;
/** A bracket's role verb at its end (`…负责）`, `…牵头）`, `…配合）`, `…按职责分工负责）`). */
const INLINE_ROLE_END = /(?:负责|牵头|配合|协办|落实|实施)[）)〕】][。；;]?$/;
/** A 发文字号 field inside a line of a web page's metadata (`索引号：…　文号：X政办发〔2024〕8号　发布日期：…`). */
const DOC_NUMBER_FIELD = new RegExp(String.raw`(?:^|[\s\u3000|])${DOC_NUMBER_LABEL}[|\s\u3000]*(${DOC_NUMBER_BODY})`);
/** A notice title ending in its 发文字号 in brackets (`…的通知（綦江府发〔2024〕4号）`, as websites and gazettes print it). */
const TITLE_DOC_NUMBER = new RegExp(String.raw`^(.{4,}?)[\s\u3000]*[（(](${DOC_NUMBER_BODY})[）)][\s\u3000]*$`);

/**
 * Turns blocks into paragraphs, repairing what converting a PDF or Word file to text does (the seed, lezhi-2023-61,
 * showed all of these):
 *
 * - a page number line (`- 3 -`) is dropped, and counts as a page break;
 * - a soft-wrapped line joins the line before it when that line does not end a sentence and either leaves a
 *   bracket or quote open, ends in `，` / `、`, is a labelled line (`配合单位：…国网二连浩特供电` ⏎ `公司`), or is
 *   long (20+ characters) and not a heading;
 * - a paragraph cut by a page break (a blank line between `激励青` and `少年树立…`, even `〔牵` and `头单位`) joins
 *   the one before it when that one leaves a bracket or quote open, ends in `，` / `、`, or is a long body
 *   paragraph (30+ characters, not a heading) ending in a Chinese character; that join is reported as a warning.
 *
 * Never joined: a line that starts a numbered item, a labelled marker, a date line or a 发文字号; two real
 * paragraphs (the one before ends in `。` and the like). Worked example, the seed's item 2.2.4:
 * `…〔牵头单位：县教体局、` ⏎⏎ `县妇联；责任单位：…]` → one paragraph `…〔牵头单位：县教体局、县妇联；责任单位：…]`.
 */
export function buildParagraphs(blocks: Block[]): Paragraphs {
  // A task table copied one cell per line: rows again, before a bare row number reads as a page number.
  const paragraphs: Paragraph[] = [];
  const repairs: Paragraphs['repairs'] = [];
  blocks = cellLineTables(blocks, repairs);
  const furniture = pageFurniture(blocks);
  const tail = pageTail(blocks);
  const indented = indentsParagraphs(blocks);
  const wrap = wrapWidth(blocks);
  // The width of the last source line that went into the last paragraph, in characters and as printed (indent included).
  let lastWidth = 0;
  let lastPrinted = 0;
  /** Whether that line is as wide as the text's wrap, or at most `slack` short of it, in either measure (false with no wrap). */
  /** Measures the last line (its trailing white space aside): as printed only when the text was wrapped so. */
  const measure = (line: string) => {
    const text = line.trimEnd();
    lastWidth = text.length;
    lastPrinted = wrap.printed > 0 ? printedWidth(text) : 0;
  };
  const asWide = (slack: number) => (wrap.characters > 0 && lastWidth >= wrap.characters - slack) || (wrap.printed > 0 && lastPrinted >= wrap.printed - slack);
  let lastIndent = 0;
  let pageBreak = false;
  /** Whether a rule line ({@link RULE_LINE}) stands between the last paragraph and the next line. */
  let ruled = false;
  /** The bracket depth at the end of the last paragraph (see {@link bracketDepth}). */
  let lastDepth = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (b > tail.block || (b === tail.block && block.kind === 'row')) break;
    if (block.kind === 'row') {
      const text = block.cells!.map((c) => c.text).join('\t');
      paragraphs.push({ kind: 'row', text, pieces: [{ offset: 0, line: block.lines[0].line, column: 1 }], line: block.lines[0].line, endLine: block.lines[block.lines.length - 1].line, cells: block.cells, tableStart: block.tableStart, aligned: block.aligned, whole: block.whole, blankBefore: block.blankBefore || pageBreak });
      pageBreak = false;
      continue;
    }
    let first = true;
    for (let l = 0; l < block.lines.length; l++) {
      const src = block.lines[l];
      if (b === tail.block && l >= tail.line) break;
      if (PAGE_NUMBER.test(src.text) || (block.lines.length === 1 && furniture.has(src.text.trim())) || (block.lines.length > 1 && BARE_NUMBER.test(src.text)) || (src.text.includes('页') && PRINT_FOOTER.test(src.text))) {
        pageBreak = true;
        continue;
      }
      if ((src.text.length <= 60 && isOcrNoise(src.text)) || isWebFooter(src.text) || GAZETTE_HEADER.test(src.text) || COLUMN_TAG.test(src.text) || (src.text.includes('/') && (CHAT_HEADER.test(src.text) || (src.text.length <= 200 && FAX_HEADER.test(src.text)))) || (src.text.length <= 100 && (src.text.includes('收到') || src.text.includes('[')) && CHAT_REPLY.test(src.text))) continue;
      // A rule (the red line under a 版头, GB/T 9704 §7.2.5, copied as `━━━━` or `════`; the lines of a 版记) is no
      // text, and what follows it starts anew (probe 51: the title had been glued to it).
      if (src.text.length >= 4 && RULE_LINE.test(src.text)) {
        ruled = true;
        continue;
      }
      // A running header printed just above or below a page number, which the document holds elsewhere too (its
      // title, the issuer's name).
      if (src.text.length <= 60) {
        const below = l + 1 < block.lines.length ? block.lines[l + 1] : blocks[b + 1]?.lines[0];
        const above = l > 0 ? block.lines[l - 1] : blocks[b - 1]?.lines[blocks[b - 1].lines.length - 1];
        // (Not the first line of a title over two on the page after it: `— 1 —` ⏎ `晋阳城市建设投资集团有限公司` ⏎ `2023年重点
        // 工作任务清单`, the company's name also in the notice's title, probe 134.)
        const titleGoesOn = l + 1 < block.lines.length && below!.text.trim().length <= 40 && COMPLETE_TITLE.test(below!.text.trim());
        // (Nor the rest of a name its list's line above it cut, the same rest standing elsewhere too: `责任单位：…、省信` ⏎
        // `息中心` ⏎ `—6—`, probe 148, whose `息中心` had been dropped, the unit left `省信`, in silence.)
        const aboveText = l > 0 && above !== undefined ? above.text.trim() : '';
        const nameRest = /[：:、，,]/.test(aboveText) && NAME_REST.test(lastName(aboveText.slice(aboveText.lastIndexOf('：') + 1)) + src.text.trim());
        // (A page number may be bare, a line of its own between blank lines: `责任单位：…、区城市管理和综` ⏎ `2` ⏎ `芦淞区城市
        // 更新三年行动工作方案` ⏎ `合执法局、…`, probe 150, whose header had cut the name in two.)
        // (Bare only between blank lines: a row's 序号 in a table copied one cell to a line is no page's number.)
        const pageNumber = (line: SourceText | undefined, alone: boolean) => line !== undefined && (PAGE_NUMBER.test(line.text) || (alone && BARE_NUMBER.test(line.text)));
        const belowAlone = l + 1 === block.lines.length && blocks[b + 1]?.lines.length === 1;
        const aboveAlone = l === 0 && blocks[b - 1]?.lines.length === 1;
        if (!nameRest && (pageNumber(below, belowAlone) || (pageNumber(above, aboveAlone) && !titleGoesOn)) && furniture.has(`\n${src.text.trim()}`)) continue;
        // …or over the very line it repeats (`— 1 —` ⏎ `蚌埠市城市更新行动实施方案`, the header, ⏎ the plan's title, ⏎
        // `（2023—2025年）`: probe 150, whose title had lost its years).
        if (pageNumber(above, aboveAlone) && below !== undefined && l + 1 < block.lines.length && below.text.trim() === src.text.trim()) continue;
      }
      // trimStart/trimEnd remove exactly JavaScript's white space, U+3000 and U+00A0 included.
      let lead = src.text.length - src.text.trimStart().length;
      // A bullet before the line's text (`◆（一）…`, `●完成时限：…`, a WeChat copy: probe 45) is decoration: it goes
      // with the white space before the text, and so does the `【` of a heading set in brackets (`【一、…】`).
      // (Tried only on a line starting with a symbol, U+2000 to U+4DFF or an emoji's surrogate, or with Markdown's `-`,
      // `*`, `+`, `#`: not on the ideographs, digits and full-width brackets most lines start with.)
      const c0 = src.text.charCodeAt(lead);
      const bullet = (c0 >= 0x2000 && c0 < 0x4e00) || (c0 >= 0xd800 && c0 < 0xdc00) ? BULLET.exec(src.text.slice(lead)) : c0 === 0x2d || c0 === 0x2a || c0 === 0x2b || c0 === 0x23 ? TEXT_BULLET.exec(src.text.slice(lead)) : null;
      if (bullet) lead += bullet[0].length;
      const listItem = (first && block.item === true) || (bullet !== null && /^[-*+]/.test(bullet[0]));
      const rest = src.text.slice(lead);
      let body = (rest.includes('**') ? rest.replace(/\*\*/g, '') : rest).trimEnd();
      // Status marks after a line's text (`…（镇环保站负责） ✅ 2024-03-29`, `⏳`, `📅 2024-09-30`, a tag `#重点`: an
      // online document's task list, probe 52) are no part of it: the bracket closes the item.
      if (MAY_END_IN_MARKS.test(body.slice(-24))) body = body.replace(STATUS_MARKS, '');
      if (bullet && bullet[0].startsWith('【') && body.endsWith('】')) body = body.slice(0, -1);
      // A keycap number (`1️⃣`, `2⃣`) is the number and a full stop, character for character.
      if (body.charCodeAt(1) === 0x20e3 || body.charCodeAt(2) === 0x20e3) body = body.replace(/^(\d)\ufe0f?\u20e3/, (_m, d: string) => (_m.length === 3 ? `${d}. ` : `${d}.`));
      if (!body) continue;
      const piece: Piece = { offset: 0, line: src.line, column: src.column + lead };
      const prev = paragraphs[paragraphs.length - 1];
      const separated = (first ? block.blankBefore || pageBreak : pageBreak) || ruled;
      // A label continues a bracket left open (`…（牵头单位：市工信局；` ⏎ `- 2 -` ⏎ `责任单位：…）`): it does not start anew.
      // Whether the paragraph so far leaves a bracket open, kept as lines are added (a scan of the whole paragraph per
      // line made a long paragraph quadratic: 10,000 wrapped lines took 89 s, probe 18).
      const open = prev !== undefined && prev.kind === 'text' && lastDepth > 0;
      const cut = prev !== undefined && prev.kind === 'text' && labelCut(prev.text, body);
      // (A line ending in 各 goes on with the next, whatever it is: `…市森林防灭火指挥部各` ⏎ `成员单位：`, a 主送 line that the
      // label 成员单位 had cut in two, probe 81.)
      // Right-aligned lines (a signature, a date) are never wrapped ones.
      // (A numbered line two characters short of the wrap is as wide as a paragraph's first line can be where the copy
      // lost the first lines' indent: `1．将医疗、养老、教育、文化、体育等社会领域设施用地` ⏎ `纳入土地利用总体规划…`, probe 144,
      // whose items had been titled by their first line, their text broken.)
      const firstLineWide = wrap.indentLost && prev !== undefined && prev.pieces.length === 1 && lastWidth >= wrap.characters - 2 && readNumberMarker(prev.text) !== null;
      const wrapped = prev !== undefined && prev.kind === 'text' && !separated && (asWide(1) || firstLineWide) && lastIndent <= 4 && (!TERMINAL.includes(prev.text[prev.text.length - 1]) || WORD_BRACKET_END.test(prev.text)) && !standsAlone(prev.text);
      // In a text whose paragraphs start indented, a line that is not, under a long line, goes on with it even after
      // a full stop or a closing bracket (`…60%以上。（省卫生健康委负责）` ⏎ `推进医养结合，…`: probe 39, a PDF's wrap).
      // (Only under a line about as wide as the text's wrap: with no wrap at all, a Word text whose numbers WPS lost and
      // whose labels alone are indented, the next measure had run into the one above, probe 156.)
      const unindented = indented && !wrapped && !separated && lead === 0 && lastWidth >= 20 && asWide(8) && body.length >= 8 && prev !== undefined && prev.kind === 'text' && '。）)'.includes(prev.text[prev.text.length - 1]) && !standsAlone(prev.text) && !startsNew(body);
      // In a text whose paragraphs do not start indented, a line as wide as the wrap that ends in a phrase's bracket
      // (`（人民银行哈尔滨中心支行、黑龙江银监局牵头，省金融办配合）` ⏎ `支持符合条件的社会领域企业上市融资…`: probe 144, a
      // PDF copy of a 意见 with a phrase after each sentence, whose item had been cut into two `#k` tasks) goes on, as any
      // full line does; a line that starts something new (a number, a label) does not.
      const phraseWrapped = !indented && !separated && asWide(0) && lastIndent <= 4 && lead === 0 && prev !== undefined && prev.kind === 'text' && block.kind === 'text' && body.length >= 8 && INLINE_ROLE_END.test(prev.text) && !startsNew(body) && !isLabelled(body);
      // A marker bracket alone on a line under a line as wide as the wrap that ends a sentence (`…引导群众积极参与和监督。`
      // ⏎ `（县委宣传部、县融媒体中心负责）`: a PDF's wrap put the item's closing bracket at a line's start, probe 79) closes
      // that item's paragraph: as a paragraph of its own after unmarked sub-items it would have gone to the item above.
      const bracketWrapped = !separated && !first && asWide(1) && lastIndent <= 4 && prev !== undefined && prev.kind === 'text' && block.kind === 'text' && prev.text.endsWith('。') && body.length <= 80 && MARKER_BRACKET_LINE.test(body) && (INLINE_ROLE_END.test(body) || isLabelled(body.slice(1)));
      // A heading's line broken inside a bracket (Shift+Enter in Word's `（牵头单位：区水务局、` ⏎ `区应急管理局；…）`, probe 46)
      // goes on: one paragraph, its bracket still open.
      const headingGoesOn = !first && prev !== undefined && prev.kind === 'heading' && block.kind === 'heading' && lastDepth > 0;
      // The next entry of a list run into the paragraph (`…重点抓好三项工作：（1）…网店；` ⏎ `（2）推动…`), at a line's start
      // under a line as wide as the wrap that ends a clause: a PDF's wrap, no item (probe 106, where `（2）` had become
      // item 2.7.2 and 2.7 no task).
      // So does the line after one that ends with such an entry's number (`…；（3）` ⏎ `建设…`): an entry is never empty.
      const listWrapped = !separated && prev !== undefined && prev.kind === 'text' && block.kind === 'text' && ((asWide(1) && lastIndent <= 4 && /[；;，,]$/.test(prev.text) && nextInline(prev.text, body)) || ENDS_IN_ENTRY.test(prev.text));
      if (prev && !ruled && ((prev.kind === 'text' && block.kind === 'text') || headingGoesOn) && !(first && block.list) && prev.text.length + body.length <= MAX_PARAGRAPH && (!startsNew(body) || (isLabelled(body) && (open || headingGoesOn)) || cut || (!separated && prev.text.endsWith('各')) || bracketWrapped || listWrapped || (wrapped && midSentence(prev.text, body, paragraphs)))) {
        // A field of its own (`整改时限：…` after `责任单位：…、县财政局`) is not the rest of a name, unless a bracket
        // is still open (`〔牵` ⏎ `头单位：…`).
        // Nor is the rest of a list left open ({@link listGoesOn}).
        // So is any field under a labelled line (`牵头单位：县委督查室` ⏎ `主要职责：…`, a 工作组 copied from Word: probe 44).
        const field = (FIELD.test(body) || (OWN_FIELD.test(body) && isLabelled(prev.text))) && !open && !listGoesOn(prev.text, body);
        const after = l + 1 < block.lines.length ? block.lines[l + 1].text : blocks[b + 1]?.lines[0]?.text;
        const value = !wrapped && valueAfterLabel(prev.text, body, after, separated, pageBreak);
        // A bracket of labels at a line's start after a sentence of run-in items (`…保护传统村落和历史文化名村。` ⏎
        // `（牵头单位：…）三是…`, a PDF's wrap: probe 48) closes that sentence: one paragraph.
        const runIn = !separated && /^[（(]/.test(body) && isLabelled(body.slice(1)) && /[一二三四五六七八九十]是/.test(prev.text) && /。$/.test(prev.text);
        // The next run-in item at a line's start under a line as wide as the wrap that ended the one before
        // (`…首贷户` ⏎ `2.1万户以上〔牵头单位：…〕；` ⏎ `二是发挥…`, a PDF's wrap: probe 103, where the item had become two tasks).
        const runInWrapped = !separated && asWide(1) && lastIndent <= 4 && prev.kind === 'text' && /[。；;]$/.test(prev.text) && nextRunIn(prev.text, body);
        // A whole title after a blank line starts anew (an approval line above it had run into it: probe 53).
        const title = separated && !open && isCompleteTitle(body);
        // A collective name cut after its bracket (`…，各镇（街道）` ⏎ `人民政府（办事处）`: a PDF's wrap, probe 82): the
        // bracket ends no sentence there.
        // (Letter-spaced too, `各　镇　（　街　道　）`: a PDF reader's copy.)
        // (Across a blank line or a page break too, a labelled line's `…，各乡镇` ⏎⏎ `人民政府`: probe 109, poppler's text of a
        // PDF whose 黑体 label made its line taller.)
        const nameEnd = prev.kind === 'text' && COLLECTIVE_REST.test(body) ? prev.text.slice(-40).replace(/[\s\u3000]+/g, '') : '';
        const collective = nameEnd !== '' && COLLECTIVE_OPEN.test(nameEnd) && (separated ? body.length <= 40 && isLabelled(prev.text) : /[）)]$/.test(nameEnd));
        // A signature right above the date (`中共城南街道工作委员会　城南街道办事处` ⏎ `2025年2月27日`) is no wrapped rest of the
        // line above it, which may end without a full stop (`联系人：王磊，电话：0371-6281XXXX`: a WeChat copy, no blank
        // line, probe 89: the signature had gone into the last task, the issuer was null). Not after a list left open.
        const signs = !open && after !== undefined && body.length <= 40 && DATE_LINE.test(after) && SIGNATURE_LINE.test(body) && !/[、，,；;：:（(]$/.test(prev.text);
        // A labelled line as wide as the wrap that ends in a bracket inside a name (`…、县直各党（工）` ⏎ `委、各乡镇党委`: a Party
        // committee's 整改方案, probe 126, where the list had stopped at `县直各党（工）`): the next line, not indented,
        // finishes the name.
        // (A line that starts with `、` goes on with the list above it, however wide that line: `…县委统战部（县民宗局）` ⏎
        // `、各乡镇党委`.)
        // (A line never starts with `、`, `，` or `；`: after a page break too, the page before goes on, probe 136.)
        const bracketCut = prev.kind === 'text' && ((!separated && ((lead === 0 && asWide(1) && /[）)]$/.test(prev.text) && nameRunsOn(prev.text, body)) || (body.charCodeAt(0) === 0x3001 && !/[。！？!?]$/.test(prev.text)))) || (pageBreak && /^[、，,；;]/.test(body) && !/[。！？!?：:]$/.test(prev.text)));
        const join = !signs && (cut || unindented || phraseWrapped || bracketCut || headingGoesOn || runIn || runInWrapped || listWrapped || bracketWrapped || collective || (!field && !title && (wrapped || value || (separated ? (joinsAcrossBreak(prev.text, open, pageBreak && asWide(prev.pieces.length === 1 ? 3 : 1), body) && !sentenceAfterField(prev.text, body, open, true)) || numberGoesOn(prev.text, body) || (pageBreak && (nameGoesOn(prev.text, body) || deadlineGoesOn(prev.text, body))) || (!pageBreak && asWide(1) && nameGoesOn(prev.text, body)) : joinsSoftWrap(prev.text, open, prev.pieces.length === 1 && asWide(2)) && !sentenceAfterField(prev.text, body, open, src.text.charCodeAt(0) === 0x3000))) && !(ownMarkedSentence(prev.text, body) && !proseGoesOn(prev.text) && !(wrapped && nameRunsOn(prev.text, body)) && !valueAfterLabel(prev.text, body, after, separated, pageBreak))));
        // A list item (Markdown's `- `, a text's `- ` line) is an element of its own, never the wrapped rest of the line
        // above; under a labelled line it names one more unit (`- **责任单位**：` ⏎ `  - 区人民法院` ⏎ `  - 区人民检察院`, an AI
        // assistant's answer: probe 93, the three had made one name).
        const element = join && listItem && !value && !open && !cut && isLabelled(prev.text) && !/[。；;：:、，,]$/.test(prev.text) && body.length <= 40 && !/[：:。，,]/.test(body);
        if (join && (!listItem || value || open || cut || element)) {
          if (element) prev.text += '、';
          if (separated) {
            const at = prev.pieces[prev.pieces.length - 1];
            const message = value
              ? { en: `Joined the label on line ${at.line} with its value on line ${src.line}, across a blank line`, zh: `已将第${at.line}行的标签与第${src.line}行的内容接续（中间隔有空行）` }
              : { en: `Joined a paragraph cut by a page break (line ${at.line} and line ${src.line})`, zh: `已接续被分页截断的段落（第${at.line}行与第${src.line}行）` };
            repairs.push({ ruleId: 'page-break-join', severity: 'warning', offset: prev.text.length, line: src.line, column: piece.column, message });
          }
          piece.offset = prev.text.length;
          prev.text += body;
          lastDepth = bracketDepth(body, lastDepth);
          prev.pieces.push(piece);
          prev.endLine = src.line;
          measure(src.text);
          lastIndent = lead;
          first = false;
          pageBreak = false;
          continue;
        }
      }
      paragraphs.push({ kind: block.kind, text: body, pieces: [piece], line: src.line, endLine: src.line, blankBefore: separated, ...(first && block.list ? { list: block.list } : {}) });
      ruled = false;
      lastDepth = bracketDepth(body, 0);
      measure(src.text);
      lastIndent = lead;
      first = false;
      pageBreak = false;
    }
  }
  return { paragraphs, repairs };
}

const HAS_TEXT = /[\p{L}\p{N}]/u;
/** A common letter or digit (ASCII, CJK): tested first, so that HAS_TEXT, costly to compile, is compiled only when needed. */
const COMMON_TEXT = /[0-9A-Za-z\u4e00-\u9fff]/;
/** Whether `text` holds a letter or a digit of any script (not only punctuation, marks and space). */
export const hasText = (text: string): boolean => COMMON_TEXT.test(text) || HAS_TEXT.test(text);

/**
 * Whether a line is what OCR made of a seal's or a signature's strokes, no text (`` `‘ . `` and `鬻 ’馨≮、` around a
 * scanned notice's date: probe 94, where they had become its title and its issuer): ten characters at most, no
 * bracket, and either no letter or digit of any script and no sentence's punctuation, or a mathematical symbol or a
 * backtick among three Chinese characters at most.
 */
function isOcrNoise(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (!t || t.length > 10 || /[（）()〔〕【】[\]［］]/.test(t)) return false;
  if (!hasText(t)) return !/[。；;：:，,、！？!?]/.test(t);
  return /[\u2200-\u22ff`]/.test(t) && (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) <= 3;
}

/**
 * The width of a line as a PDF prints it, in full-width characters (rounded up): a character of ASCII (a digit, a
 * Latin letter, a half-width space or stop) takes half of one. A 公文's lines hold 28 characters of 3号仿宋 (GB/T
 * 9704's 版心), its figures half as wide, so a line with `2022年` or `2.` holds more characters than one without
 * (probe 104: a quarter of a PDF's wrapped lines were 29 and 30 characters long, and no wrap was found).
 */
export function printedWidth(text: string): number {
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x7f) ascii++;
  return Math.ceil(text.length - ascii / 2);
}

/** The width a text was wrapped at, in characters and as printed ({@link printedWidth}); 0 for none. */
interface Wrap {
  characters: number;
  printed: number;
  /**
   * Whether the paragraphs' first lines lost their indent (`　　` of two characters in the PDF, gone in the copy): five
   * or more lines two characters short of the wrap, the width of a paragraph's first line.
   */
  indentLost: boolean;
}

/**
 * The width a text was hard-wrapped at (a PDF copied line by line: most long lines are exactly as wide), in
 * characters and as printed; 0 when it was not: the most common width (20 or more) of different lines of 12 or more, when it is
 * a quarter of them and at least five. A line that wide, not ending a sentence, continues on the next line even when
 * it starts with a number. Lines are measured both in characters and as printed, and a line is as wide as the wrap
 * in either: a PDF's lines are as wide as printed, their figures half a character each (probe 104: a quarter of its
 * lines were 29 or 30 characters long, no width was common enough), a text wrapped at so many characters by a tool
 * is as wide in characters.
 */
function wrapWidth(blocks: Block[]): Wrap {
  const byCharacters = new Map<number, number>();
  const asPrinted = new Map<number, number>();
  // Lines that repeat (`完成时限：2024年12月底前` under every item) say nothing of a wrap: each text counts once.
  const seen = new Set<string>();
  let longCharacters = 0;
  let longPrinted = 0;
  // The first 400 lines tell a wrap as well as all of them (a 1 MB notice need not hash every line).
  let sampled = 0;
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    if (sampled > 400) break;
    sampled += block.lines.length;
    for (const line of block.lines) {
      const text = line.text.trimEnd();
      if (text.length < 12) continue;
      longCharacters++;
      const printed = printedWidth(text);
      if (printed >= 12) longPrinted++;
      if (text.length < 20 || seen.has(text)) continue;
      seen.add(text);
      byCharacters.set(text.length, (byCharacters.get(text.length) ?? 0) + 1);
      if (printed >= 20) asPrinted.set(printed, (asPrinted.get(printed) ?? 0) + 1);
    }
  }
  const mode = (counts: Map<number, number>, long: number) => {
    let best = 0;
    let count = 0;
    for (const [width, n] of counts) if (n > count || (n === count && width > best)) [best, count] = [width, n];
    return count >= 5 && count * 4 >= long ? { best, count } : { best: 0, count: 0 };
  };
  const c = mode(byCharacters, longCharacters);
  const p = mode(asPrinted, longPrinted);
  return { characters: c.best, printed: p.best, indentLost: c.best > 0 && (byCharacters.get(c.best - 2) ?? 0) >= 5 };
}

/**
 * Lines that stand alone (a block of one line) and come back at page breaks: a bare page number (`12`), or a
 * running header or footer printed on every page of a PDF (`XX县人民政府办公室文件`, three times or more). They
 * are page furniture, dropped like `- 3 -`. Numbered lines, labels, dates and sentences never are. Also, keyed
 * `\n<text>`: short lines found twice or more anywhere, which are furniture only right above a page number (a
 * running header repeating the plan's title, run into the line before it).
 */
function pageFurniture(blocks: Block[]): Set<string> {
  const counts = new Map<string, number>();
  // Short lines anywhere (keyed `\n…`), for a running header next to a page number that repeats the title.
  const anywhere = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    for (const line of block.lines) {
      if (line.text.length > 60) continue;
      const text = line.text.trim();
      // The rest of a wrapped sentence (`配合)`, `道）人民政府（办事处）〕`) closes a bracket it never opened: a running
      // header or footer (a title, a name) does not (probe 19: such a tail, twice in a notice, was taken for one).
      if (text.length > 30 || /[。，；：:,;！？]/.test(text) || closesUnopened(text)) continue;
      // Nor does the rest of a name a wrap cut (`人民政府（办事处）` under `…，各镇（街道）`, twice in a notice: probe 82).
      if (COLLECTIVE_REST.test(text)) continue;
      anywhere.set(text, (anywhere.get(text) ?? 0) + 1);
      if (block.lines.length === 1 && !startsNew(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [text, n] of counts) if (/^\d{1,3}$/.test(text) || n >= 3) out.add(text);
  for (const [text, n] of anywhere) if (n >= 2) out.add(`\n${text}`);
  return out;
}

/**
 * A gazette's column tag over each page (`·市政府文件·`, `· 政策解读 ·`): page furniture wherever it stands, the top of the
 * first page too (probe 148, where it had run into the notice's title, no blank line under it).
 */
const COLUMN_TAG = /^[\s\u3000]*[·•][\s\u3000]*[\u4e00-\u9fff]{2,10}[\s\u3000]*[·•][\s\u3000]*$/;

/** A body's name a wrap cut and its rest finished: the two pieces, joined, end as a body's name does. */
const NAME_REST = /^[\u4e00-\u9fff（）()]{3,24}(?:中心|局|委|厅|办|会|院|所|站|处|室|科|股|队|组|司|府|部|公司|集团)$/;

/** Maps an offset in a paragraph's text to its 1-based line and column in the input. */
export function placeOf(paragraph: Paragraph, offset: number): { line: number; column: number } {
  let piece = paragraph.pieces[0];
  for (const p of paragraph.pieces) if (p.offset <= offset) piece = p;
  return { line: piece.line, column: piece.column + Math.max(0, offset - piece.offset) };
}

/**
 * A field of a web page's metadata (`来源：…` under the title of a pasted web page, the table of a 政府信息公开 page:
 * `索引号：` `发文机构：` `有效性：` `标 题:`, in a bulleted list `• 发文字号:` on some sites) or its breadcrumb: a line of its own.
 */
const WEB_METADATA = /^[\s\u3000]*(?:首页|[^\s：:]{0,6}位置)[\s\u3000]*[>＞»›:：/／]|首页[\s\u3000]*[>＞»›]|^[\s\u3000•·]*(?:来源|信息来源|发布时间|发布日期|发布单位|发布机构|发文机关|发文机构|发文单位|发文日期|浏览次数|浏览量|阅读次数|点击数|访问量|作者|责任编辑|字号|索引号|文号|发文字号|成文日期|生成日期|生效时间|废止时间|有效性|主题分类|信息分类|组配分类|公文目录|主题词|关键词|内容概述|归档时间|标题|名称)[\s\u3000]*[：:]/;

/**
 * A field of a 政府信息公开 page's metadata table copied with its cells' spaces and no colon (`索 引 号 1161…/2021-00097
 * 成文日期 2021-04-13`, `文    号 澄政办发〔2021〕17号 主 题 词 …`: 白水县 and 澄城县's pages, probe 72): the field's name at
 * the line's start, its letters perhaps spaced out, then white space and its value.
 */
const TABLE_FIELDS = ['索引号', '文号', '发文字号', '发布机构', '发布日期', '成文日期', '名称', '主题词', '主题分类', '有效性', '发文机关'];
const FIELD_WITHOUT_COLON = new RegExp(`^[\\s\\u3000]*(?:${TABLE_FIELDS.map((l) => [...l].join('[ \\u3000]*')).join('|')})[ \\u3000]+[^\\s\\u3000]`);

/**
 * The name of a 政府信息公开 page's field alone on its line, its value on the next (`成文日期` ⏎ `2023年04月12日`, `标　　题`
 * ⏎ `…的通知`: the page's metadata table as a converter made paragraphs of it, probe 142, where `标题` had titled the
 * plan and `成文日期` signed it): the fields of {@link TABLE_FIELDS} and a few more such tables hold.
 */
export function isMetadataLabel(text: string): boolean {
  return text.length <= 12 && METADATA_LABEL.test(text.replace(/[\s\u3000*]+/g, ''));
}
const METADATA_LABEL = new RegExp(`^(?:${[...TABLE_FIELDS, '生成日期', '标题', '效力状态', '体裁分类', '公文种类', '公开方式', '公开范围', '信息来源', '所属机构'].join('|')})$`);
/** Whether a line is web-page metadata ({@link WEB_METADATA}), in simplified or traditional characters (`發布日期:`). */
export function isWebMetadata(text: string): boolean {
  // Every field has its colon, every breadcrumb its `>` or `/`, in the first characters (most lines: neither, no fold);
  // but a 信息公开 page's table copied as text, whose fields lose their cells' borders and keep no colon.
  const head = text.length > 24 ? text.slice(0, 24) : text;
  // (A breadcrumb may part its links with `/`: `首页 / 政务公开 / 政策文件`, a clipper's copy of a Zhejiang page, probe 85.)
  if (!/[：:>＞»›/／]/.test(head)) return FIELD_WITHOUT_COLON.test(fold(head));
  // The field's name stands in the first characters: they are enough to fold. Its letters may be spaced out
  // (`标 题:`, `文　　号：`, `有 效 性:`).
  // (A run of spaces too: `文　　号：`, probe 38.)
  return WEB_METADATA.test(fold(head).replace(/[ \u3000]+(?=[^ \u3000：:])/g, ''));
}

/** A line of bodies' names only, one or more set apart by white space: a signature (GB/T 9704 §7.3.5). */
const SIGNATURE_LINE = /^(?:(?:中共)?[\u4e00-\u9fff（）()]{2,30}?(?:办公室|人民政府|政府|委员会|党委|党组|工委|委|局|厅|办|部|院|会|中心|公司|集团|小组|指挥部|办事处)[\s\u3000]*)+$/;

/**
 * The line a fax machine prints at the top of each page it sends, which a scan of the faxed copy keeps: its date and
 * time, the sender (`FROM:`), and the page of the pages (`P.3/14`), e.g. `2021-04-02 09:47    FROM:天水市政府办公室
 * TO:09382731516    P.3/14` (probe 135, where one such line had cut a task in two and another run into a unit's name).
 */
const FAX_HEADER = /^[\s\u3000]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]+\d{1,2}:\d{2}\b.*(?:FROM|TO|发件|收件)[\s\u3000]*[:：].*\bP(?:AGE)?[.\s]*\d{1,3}[\s\u3000]*\/[\s\u3000]*\d{1,3}[\s\u3000]*$/i;

/**
 * The running header of a 政府公报 (gazette) page, once is enough: `某县人民政府公报　　2024年第3期` or the other way
 * round (probe 20: a notice of three pages had it once, inside a unit name), its digits spaced out as a PDF's text
 * gives them (`湖北省人民政府公报 2024 年第 6 期`, probe 91: above the title, it had been glued to it).
 */
const GAZETTE_HEADER = new RegExp(String.raw`^[\s\u3000]*(?:[\u4e00-\u9fff（）()]{2,30}公报[\s\u3000]+(?:\d{4}|[〇零一二三四五六七八九○]{4})[\s\u3000]*年[\s\u3000]*第[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*期|(?:\d{4}|[〇零一二三四五六七八九○]{4})[\s\u3000]*年[\s\u3000]*第[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*期[\s\u3000]+[\u4e00-\u9fff（）()]{2,30}公报)[\s\u3000]*$`);
/**
 * A chat's placeholder for what it cannot copy (`[文件] 台账.xlsx`, `[图片]`) and a bare acknowledgement (`收到`,
 * `前进社区收到`, `收到[强]`, `收到，信访办已开始对接`): the group's replies under a notice pasted from WeChat (probe 89:
 * they had become the last task's text). No text of the notice.
 */
const CHAT_REPLY = /^[\s\u3000]*(?:\[(?:文件|图片|语音|视频|链接|表情|动画表情)\].{0,80}|(?:[\u4e00-\u9fff]{1,8})?收到(?:\[[\u4e00-\u9fff]{1,4}\])*[！!。]?|收到[，,][^。\d]{1,20})(?:[\u2600-\u27bf]|[\ud83c-\ud83e][\udc00-\udfff]|\ufe0f)*[\s\u3000]*$/;
/**
 * The line a chat app puts above a message it copies, its sender and time: `城南街道党政办-刘静 2025/2/27 17:47:05`
 * (a WeChat group's copy, probe 89: above the title, it had left the notice without one). No text of the notice.
 */
const CHAT_HEADER = /^[\s\u3000]*[^\s\u3000]{1,30}[ \u3000]+\d{4}\/\d{1,2}\/\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]*$/;

/** A line drawn with characters: four or more of `━ ═ ─ — ― － - _ ＿ = ＝ ～ ~ ┅ ┄ ┈ ┉` and nothing else. */
const RULE_LINE = /^[\s\u3000]*[━═─—―－\-_＿=＝～~┅┄┈┉]{4,}[\s\u3000]*$/;

/** The buttons of a web page under its text, alone on their line: `【打印本页】　　【关闭窗口】`, `打印 | 关闭`. */
const WEB_BUTTONS = /^[\s\u3000]*(?:[【\[［]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|分享到|分享|我要纠错|纠错)[】\]］]?[\s\u3000|｜/]*)+$/;
/**
 * A web page's footer line: its site's registration and owner, the QR code under the text, links to other sites, an
 * attachment field that names none (`附件：无`, `相关附件：无`), the download and share links (`附件下载：….pdf`,
 * `分享到：微信 微博`, and the file's name alone on the line under: probe 107, where they had gone into the last task's text
 * and title).
 */
const WEB_FOOTER = /扫一扫在手机(?:上)?(?:打开|查看|浏览)|网站标识码|ICP备\s*\d|公网安备|^[\s\u3000]*(?:版权所有|Copyright|©)|^[\s\u3000]*(?:相关链接|友情链接)[\s\u3000]*[：:]|^[\s\u3000]*\[?(?:上一篇|下一篇|上一条|下一条)[\s\u3000]*[：:]|^[\s\u3000]*主办(?:单位)?[\s\u3000]*[：:][^、，,；;。]*(?:技术支持|网站维护|维护单位)|^[\s\u3000]*(?:相关)?附件[\s\u3000]*[：:][\s\u3000]*(?:无|暂无)[\s\u3000]*$|^[\s\u3000]*(?:(?:相关)?附件下载|相关文件下载|分享到)[\s\u3000]*[：:]|^[\s\u3000]*[^\s\u3000：:。，,]{1,80}\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)[\s\u3000]*$/i;

/**
 * A line of the page around a notice copied from a government website, after its text (probe 17: the footer ran
 * into the last item's text): buttons, the QR code line, the site's registration numbers and owner. Dropped, as a
 * page number is.
 */
function isWebFooter(text: string): boolean {
  return text.length <= 200 && (WEB_FOOTER.test(text) || WEB_BUTTONS.test(text) || (text.length <= 80 && WECHAT_FURNITURE.test(text)));
}

/**
 * The lines a WeChat article puts around its text, copied with it: the byline (`原创 海门政务服务 海门政务服务 2024-03-20
 * 18:05 江苏`: the account, its name again, the time and the province) and the call to follow it (`点击蓝字 关注我们`).
 * Dropped as a web page's buttons are (probe 108: the byline, joined with the lines after it across blank lines, had
 * made two page-break warnings in an article that has no pages), and its buttons and links after the text (`阅读原文`,
 * `分享 收藏 点赞 在看`, `往期推荐`, `扫一扫` ⏎ `关注我们`: probe 143, joined across blank lines into one paragraph with two
 * page-break warnings).
 */
const WECHAT_FURNITURE = /^[\s\u3000]*(?:(?:(?:阅读原文|往期推荐|往期回顾|推荐阅读|精彩推荐|扫一扫|扫码关注|关注我们|长按识别二维码|长按二维码关注|分享|收藏|点赞|在看|写留言|留言)[\s\u3000]*)+$|(?:原创[\s\u3000]+(?:[^\s\u3000：:]{1,30}[\s\u3000]+){1,3}|(?:[^\s\u3000：:]{1,30}[\s\u3000]+){2,3})(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\s\u3000]+\d{1,2}:\d{2}(?:[\s\u3000]+[\u4e00-\u9fff]{2,8})?|点击(?:上方)?[“"]?蓝字[”"]?[\s\u3000]*(?:一键)?关注(?:我们)?[\s\u3000]*)$/;

/**
 * Whether the text starts its paragraphs indented (`　　` or spaces, as Word and a PDF of a 公文 do): most lines after
 * a line ending a sentence are indented, in a sample of the first 400 lines (at least five such lines).
 */
function indentsParagraphs(blocks: Block[]): boolean {
  let after = 0;
  let indentedAfter = 0;
  let sampled = 0;
  let prev = '';
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    if (sampled > 400) break;
    for (const line of block.lines) {
      sampled++;
      const text = line.text;
      if (prev && /[。；）)]$/.test(prev)) {
        after++;
        if (/^(?:\u3000|[ \t]{2})/.test(text)) indentedAfter++;
      }
      prev = text.trimEnd();
    }
  }
  return after >= 5 && indentedAfter >= after * 0.8;
}

/** The heading of a web page's list of related links under a notice (`相关解读：`, `相关链接`). */
const RELATED_LINKS = /^[\s\u3000]*(?:相关解读|政策解读|相关链接|相关文件|相关阅读|相关新闻|相关稿件|附件下载|相关附件|相关下载|附件)[\s\u3000]*[：:]?[\s\u3000]*$/;
/** The buttons under a web page's text (`【打印本页】 【关闭窗口】`) or its QR code line (`扫一扫在手机打开当前页`). */
const PAGE_END = /扫一扫在手机(?:上)?(?:打开|查看|浏览)/;

/**
 * Where a web page's own matter starts after the notice it shows: the first line of buttons (`【打印本页】 【关闭
 * 窗口】`) or the QR code line after which no numbered line and no table row stands. Everything from there on is the
 * site's (相关链接, 网站地图, `主办：…` ⏎ `承办单位：…`: probe 37, where a footer's 承办单位 became a task's unit), not
 * the notice's. `{ block: Infinity }` when there is none. Buttons above the notice (a toolbar over its title) are
 * followed by its numbered lines, and end nothing.
 */
function pageTail(blocks: Block[]): { block: number; line: number } {
  const lines: Array<{ block: number; line: number; text: string }> = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'row') lines.push({ block: b, line: -1, text: '' });
    else block.lines.forEach((l, i) => lines.push({ block: b, line: i, text: l.text }));
  });
  const numbered = (text: string) => {
    const marker = readNumberMarker(text);
    return marker !== null && !marker.digitAfter;
  };
  let tail = { block: Infinity, line: 0 };
  // The heading of the page's list of links or files above its buttons (`相关附件：` ⏎ `- [….doc](…)` ⏎ `- [政策解读：…]`
  // ⏎ `【打印本页】`: probe 129, where the list had gone into the last task's text): the page's matter starts there.
  let related: { block: number; line: number } | null = null;
  const end = () => related ?? tail;
  for (let i = lines.length - 1; i >= 0; i--) {
    const { block: b, line: l, text } = lines[i];
    if (l >= 0 && tail.block !== Infinity && RELATED_LINKS.test(text.replace(/\*\*/g, ''))) related = { block: b, line: l };
    if (l < 0) {
      const cells = blocks[b].cells;
      // Buttons set apart by a tab (`【打印本页】⇥【关闭窗口】`, probe 50) were read as a row of cells.
      if (cells?.some((c) => WEB_BUTTONS.test(c.text)) && cells.every((c) => !c.text.trim() || WEB_BUTTONS.test(c.text))) tail = { block: b, line: 0 };
      else break;
      continue;
    }
    if (text.length <= 200 && (WEB_BUTTONS.test(text) || PAGE_END.test(text))) tail = { block: b, line: l };
    else if (numbered(text)) {
      // The page's list of related links under its heading (`相关解读：` ⏎ `1.《…》政策解读` ⏎ `2.图解：…`, probe 72) is
      // no numbered line of the notice's.
      let first = i;
      while (first > 0 && lines[first - 1].line >= 0 && numbered(lines[first - 1].text)) first--;
      if (first > 0 && lines[first - 1].line >= 0 && RELATED_LINKS.test(lines[first - 1].text)) {
        i = first - 1;
        if (tail.block !== Infinity) related = { block: lines[i].block, line: lines[i].line };
        continue;
      }
      return end();
    }
  }
  return end();
}

/**
 * A line that always starts a paragraph: a numbered item, a labelled marker, a date line, a 发文字号, web metadata, a
 * field of a 纪要's record or of the 版记.
 */
export function startsNew(text: string): boolean {
  const marker = readNumberMarker(text);
  if (marker && !marker.digitAfter) return true;
  if (isLabelled(text)) return true;
  return DATE_LINE.test(text) || DOC_NUMBER.test(text) || /^附[\s\u3000]*件\s*\d*[：:]?$/.test(text) || isWebMetadata(text) || MINUTES_FIELD.test(text) || OA_FIELD.test(text);
}

/**
 * A field of a 纪要's or a notice's record (`出席：`, `列席：`, `请假：`, `记录：`, `主持：`) or of its 版记 (`抄送：`): a line
 * of its own, never the rest of a long line above it (probe 41: a 列席 list of a Word copy, with no full stop, took
 * the 记录 and 抄送 lines into the last task).
 */
/**
 * A field of an office system's form or trail around a notice (a 发文稿纸, a 收文处理单: `拟办意见：`, `办理意见：`,
 * `领导批示：`, `签发：`, `核稿：`, `来文单位：`…, probe 53): no item's text, and its role words (`由X牵头办理`) no marker.
 */
export const OA_FIELD = /^[\s\u3000]*(?:来文单位|来文机关|来文字号|来文日期|收文日期|收文编号|拟办意见|批办意见|办理意见|办理结果|领导批示|批示意见|批示|阅办意见|处理意见|会签意见|审核意见|签发人?|会签|核稿人?|拟稿人?|拟稿单位|印发份数|印数|份数|公开方式|公开属性|文件标题|主题词|缓急|承办人|经办人)[\s\u3000]*[：:]/;
/**
 * Whether paragraph `i` is a line of an office system's form: a `承办单位：` / `主办单位：` / `协办单位：` line with a
 * field of such a form ({@link OA_FIELD}) or the form's heading ({@link OA_FORM_TITLE}) just above it (two lines up
 * at most) or just below it, no blank line between (probe 53: `拟办意见：…` ⏎ `承办单位：县甲局` had become task `#1`).
 */
export function inOfficeForm(paragraphs: Paragraph[], i: number): boolean {
  const near = (k: number) => k >= 0 && k < paragraphs.length && (OA_FIELD.test(paragraphs[k].text) || OA_FORM_TITLE.test(paragraphs[k].text.trim()));
  if (!/^[\s\u3000]*(?:承办|主办|协办)(?:单位|部门)[\s\u3000]*[：:]/.test(paragraphs[i].text)) return false;
  return (!paragraphs[i].blankBefore && (near(i - 1) || near(i - 2))) || (i + 1 < paragraphs.length && !paragraphs[i + 1].blankBefore && near(i + 1));
}

/** The heading of such a form (`某县人民政府办公室收文处理单`, `发文稿纸`): no title of the notice. */
export const OA_FORM_TITLE = /(?:处理单|处理笺|稿纸|审批单|办理单|呈批件|审签单|阅办单|传阅单)$/;
/** (`分送：` and `发送：` are the 抄送 line of a 纪要 or a 通报: probe 67.) */
export const MINUTES_FIELD = /^(?:出席|列席|缺席|请假|记录|记录人|主持|主持人|参加|参会|参会人员|参加人员|出席人员|列席人员|抄送|抄报|分送|发送)[\s\u3000]*[：:]/;

/**
 * Bullets a line may start with before its text (◆ ● ■ ▲ ★ ➤ 🔸, any pictograph a WeChat editor picks: 📍 💡 ⭐ ✨,
 * probe 82; the bar a WeChat editor sets before a heading, `▌二、工作要求`, probe 119; with their white space), and the `【` of a
 * numbered heading set in brackets (`【一、优化营商环境】`).
 */
const BULLET_MARK = String.raw`[◆◇●■□▲△▶►▷★☆◎•▪▫♦❖✦➤➢☞▌▍▎▐\p{Extended_Pictographic}]\ufe0f?[\u{1F3FB}-\u{1F3FF}]?[\s\u3000]*`;
const BULLET = new RegExp(String.raw`^(?:${BULLET_MARK})+|^【(?=(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])[^【】]*】[\s\u3000]*$)`, 'u');
/**
 * Markdown's marks in a plain text (an AI assistant's answer pasted into a .txt, or a Markdown file's code block: probe
 * 93): a list item's `- `, `* `, `+ ` and the bullets after it (`- 🤝 **配合单位**：…`: the next line's `- ` had gone into
 * the last unit's name), and a heading's `## ` before a bullet (`## 🎯 一、…`: the emoji had hidden the number). A
 * heading's `#` before text stays: numbering and titles read past it.
 */
const TEXT_BULLET = new RegExp(String.raw`^(?:[-*+][ \t\u3000]+|#{1,6}[ \t\u3000]*(?=${BULLET_MARK}))(?:${BULLET_MARK})*`, 'u');

/** A field of its own (`整改时限：…`, `备注：…`, `整改目标：…`): a field's name and a colon at the start of a line. */
const FIELD = /^[\s\u3000]*[\u4e00-\u9fff]{0,4}(?:时限|时间|期限|目标|备注|要求|单位|部门|领导|责任人|联系人|说明|内容|标准|进度|成效)[：:]/;

/**
 * Whether a line is a date line (`2023年10月10日`, `二〇二三年十月十日`, `（2024年2月7日）`), or a signature and its date
 * on one line (`綦江区人民政府　　2024年2月7日`).
 */
export function isDateLine(text: string): boolean {
  return text.length <= 60 && text.includes('日') && (DATE_LINE.test(text) || SIGNED_DATE.test(text));
}

/** The signature of a signed date line (`綦江区人民政府　　2024年2月7日` → `綦江区人民政府`), or null. */
export function signatureOf(text: string): string | null {
  return SIGNED_DATE.exec(text)?.[1].replace(/[\s\u3000]+/g, '') ?? null;
}

/** Whether a line is a 发文字号 standing alone (`乐府发〔2023〕61号`, `菏政办字 〔2023〕1号`, `（X府发〔2024〕4号）`). */
export function isDocNumberLine(text: string): boolean {
  return DOC_NUMBER.test(text);
}

/** The 发文字号 of a line, white space removed (`发文字号：` and `签发人：…` left out), or null. */
export function docNumberOf(text: string): string | null {
  const m = DOC_NUMBER.exec(text);
  return m ? ocrDigits(m[1].replace(ISSUER_BEFORE, '').replace(/[\s\u3000]+/g, '')) : null;
}

/**
 * How the name of an issuing body ends (a signature line); a 街道's 办事处 and a 镇's 人大主席团 too (`中共…街道工作委员会`
 * ⏎ `…街道办事处` ⏎ `2021年3月5日`: probe 143, whose first body had ended the last task's text).
 */
const BODY_ENDINGS = '办公室|人民政府|政府|委员会|党委|党组|委|局|厅|办|部|院|会|中心|公司|集团|小组|指挥部|办事处|主席团';
export const ORGANIZATION = new RegExp(`(?:${BODY_ENDINGS})$`);

/**
 * The issuing body's name set apart before its number on the same line (`东江区人民政府办公室　　东府办函〔2025〕33号`, a
 * Word header's line: a fresh user's, whose 发文字号 had taken the name in): no part of the number.
 */
const ISSUER_BEFORE = new RegExp(`^[\\u4e00-\\u9fff]{2,20}(?:${BODY_ENDINGS})(?:[ \\t]{2,}|\\s*\\u3000[\\s\\u3000]*)(?=[\\u4e00-\\u9fffA-Za-z])`);


/** The 发文字号 of a metadata field anywhere in a line (`…文　　号：X政办发〔2024〕8号…`, probe 23), white space removed; or null. */
export function docNumberField(text: string): string | null {
  const m = text.includes('号') ? DOC_NUMBER_FIELD.exec(text) : null;
  return m ? ocrDigits(m[1].replace(/[\s\u3000]+/g, '')) : null;
}

/** A title line ending in its 发文字号 in brackets, split in two; null when it does not end in one. */
export function splitTitleDocNumber(text: string): { title: string; docNumber: string } | null {
  const m = TITLE_DOC_NUMBER.exec(text);
  return m ? { title: m[1], docNumber: m[2].replace(/[\s\u3000]+/g, '') } : null;
}

/** A 发文字号 or a date line is a line of its own, whatever its length (`X政办函〔2024〕第21号　　签发人：张三`). */
function standsAlone(prev: string): boolean {
  // Such lines are short: a long paragraph is none of them, and is not scanned again for each line added to it.
  return prev.length <= LINE_OF_ITS_OWN && (DOC_NUMBER.test(prev) || isDateLine(prev) || isWebMetadata(prev));
}

/**
 * The longest paragraph lines are joined into, in characters: far above any notice's (a long item runs to a few
 * thousand), and the bound that keeps joining linear: each line added reads the paragraph's end, which V8 makes
 * flat again after every concatenation (probe 18: 10,000 wrapped lines of 100 characters took 89 s).
 */
const MAX_PARAGRAPH = 10_000;

/** The longest a line of its own (a 发文字号, a date, web metadata), a title or a heading is taken to be, in characters. */
const LINE_OF_ITS_OWN = 200;

/** A numbered line's end: a dash, then who acts, a role verb last. */
const DASH_TAIL_END = /——[^—。]{2,60}(?:牵头|负责|配合|协助|参与)$/;

/**
 * @param open whether the paragraph so far leaves a bracket open.
 * @param full whether the paragraph is one line as wide as the text's wrap, or at most two characters short of it (its
 *   indent dropped by the copy): a numbered line with a comma there is a sentence's first line, not a heading
 *   (`⑴全面推行…全流程电子化，推广远程` ⏎ `异地评标，…`, 26 characters under a wrap of 28: probe 97).
 */
function joinsSoftWrap(prev: string, open: boolean, full = false): boolean {
  if (standsAlone(prev)) return false;
  if (open) return true;
  if (emptyLabel(prev)) return false;
  const last = prev[prev.length - 1];
  if (TERMINAL.includes(last)) return false;
  if (isCompleteTitle(prev)) return false;
  if (CONTINUES.includes(last) || isLabelled(prev)) return true;
  // A heading closed by who acts after a dash (`一、扎实推进农村厕所革命——区农业农村局牵头，各乡镇人民政府负责`: a fresh
  // user's, whose body line had run into it and the heading's units had been lost) is whole.
  if (DASH_TAIL_END.test(prev)) return false;
  return prev.length >= 20 && (!isHeading(prev, true) || (full && /[，,]/.test(prev)));
}

/**
 * @param open whether the paragraph so far leaves a bracket open.
 * @param full whether a page break came after a line as wide as the text's wrap: an item's first line cut there
 *   (`2.推进健康沅溪建设。推动…投入使用，建` ⏎ `— 3 —` ⏎ `设紧密型…`, probes 29–31) goes on, however short it is
 *   (a paragraph's first line is two characters short of the wrap when the copy dropped its indent), and a numbered
 *   line with commas is no heading.
 */
function joinsAcrossBreak(prev: string, open: boolean, full = false, next = ''): boolean {
  if (standsAlone(prev)) return false;
  if (open) return true;
  const last = prev[prev.length - 1];
  if (TERMINAL.includes(last)) return false;
  if (isCompleteTitle(prev)) return false;
  if (CONTINUES.includes(last)) return true;
  // A numbered line as wide as the wrap, with a comma, is a sentence's first line however short the wrap (28
  // characters in 公文: `3.加强污水处理厂运行监管，对…实施分` ⏎ `— 5 —` ⏎ `流调度。…`, probe 38).
  // (So is one that a word was cut off, the page going on with its rest and a list's `、` or a clause's `，`: `6. 听取
  // 和审议市中级人民法院关于民事审判工作情况的报` ⏎ `- 4 -` ⏎ `告、市人民检察院…`, a PDF copy that lost its indents, probe 136.)
  return (prev.length >= 30 || full) && /[\u4e00-\u9fff]/.test(last) && (!isHeading(prev, full) || (full && prev.length >= 20 && (/[，,]/.test(prev) || /^[\u4e00-\u9fff][、，,]/.test(next))));
}

/**
 * The end of a time that is complete: a limit (`底前`, `以内`, `为止`), a day, a month, a year, a quarter (`每季度`), or a
 * standing term (`立行立改`, `长期坚持`, `持续推进`); not an action cut by a wrap (`每年12月底前报送工作` ⏎ `进展情况…`).
 */
const COMPLETE_TIME = /(?:[前底内止日月年度]|立改|坚持|推进)$/;
/** The end of a field's value that is complete: a body's name (`局`, `中心`, `人民政府`), or a time (`底前`, `长期坚持`). */
const VALUE_END = /(?:[局委办部厅会院心府司队所站处室社行馆团联组署区县市镇乡道科股]|部门|单位|[前底末止]|坚持|推进|完成|持续)$/;
/** A line of the people who answer for a task (`责任人：钱立群`, `分管院领导：王立新副院长`): short names, complete. */
const LEADERS_LINE = /(?:责任人|领导)[\s\u3000]*[：:][^：:。]{1,40}$/;
/** The name-like parts of a wrapped list's rest (`公司`, `县住建局、县交通局`): each short, each a name's ending. */
const NAME_PART = /^[\u4e00-\u9fff（）()]{1,15}$/;

/**
 * Whether the line after a field (`配合单位：省民政厅`, `完成时限：2025年6月底前`), with no blank line between, is a
 * sentence of its own rather than the rest of the field's value: the value is complete and the line is a sentence
 * (it ends in `。` and reads as no list of names). Word pastes often put no blank line before the next paragraph
 * (probe 17: `配合单位：省民政厅` ⏎ `　　推动服务平台开通老年人专属服务入口。`); a wrapped value's rest (`公司`,
 * `局。`, `县住建局、县交通局。`) still joins.
 */
function sentenceAfterField(prev: string, body: string, open: boolean, indented: boolean): boolean {
  // A deadline whose time is complete (`完成时限：5月31日前` ⏎ `汛期结束后开展复盘`, a line of its own in Word: probe
  // 45; `整改时限：立行立改`, `2024年6月30日`, `每季度` ⏎ the next measure of a 整改方案: probe 73) takes no line after it
  // but the rest of a time (`2024年11月底` ⏎ `前全部完成`, `2024年` ⏎ `6月底前`).
  const deadline = open ? null : DEADLINE_VALUE.exec(prev);
  if (deadline && COMPLETE_TIME.test(deadline[1]) && isTimePhrase(deadline[1]) && !/^[\d０-９前后底末止日月年内号]/.test(body)) return true;
  // Whatever the deadline's words (`完成时限：禁烧期间`, `整个防火期`: no time of the calendar), a line indented with a
  // full-width space or opening a run-in item (`第四，…`, `二是…`) starts a Word paragraph of its own (probe 122, a
  // township's plan with no blank lines: the next item had run into the deadline, its units into the task above).
  if (deadline && (indented || /^(?:第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+是)/.test(body)) && !/^[\d０-９前后底末止日月年内号]/.test(body)) return true;
  // Only after a field whose value is complete.
  // (A hospital's 科 and a county department's 股 end names too; so does a person's name after `责任人：`: probe 55.)
  if (open || !(VALUE_END.test(prev.slice(-8)) || LEADERS_LINE.test(prev.slice(-48))) || !isLabelled(prev)) return false;
  // A time or a field of its own under it (`责任单位：县城管局、城关镇人民政府` ⏎ `2025年10月底前`, ⏎
  // `进度安排：2025年11月底前`: probe 36) is no rest of a name.
  if (body.length <= 24 && (OWN_FIELD.test(body) || isTimePhrase(body))) return true;
  // A line indented with a full-width space starts a Word paragraph, its full stop or not (`责任单位：县财政局` ⏎
  // `　　规范道路临时停车泊位设置和收费管理，加强违停治理`: probe 30); so does a short sentence (`责任单位：县城管局` ⏎
  // `加强执法检查。` had given the unit `县城管局加强执法检查`), and one going on after a comma whose first words name
  // no body (`对辖区企业逐一登记建档，` under a line of labels, probe 40).
  const prose = /[，,]/.test(body) && !namePart(body.split(/[、，,；;。！!]/)[0]);
  if (!(indented || /[。！!]$/.test(body) || prose) || body.length < 4 || /[：:]/.test(body)) return false;
  // The rest of a time (`2024年11月底` ⏎ `前全部完成…`) or of a name a wrap cut after its place (`、市` ⏎ `生态环境分局`).
  if (/^[前后底末止日月年内]/.test(body) || /[、，,；;：:][省市州县区乡镇]$/.test(prev)) return false;
  return !body.replace(/[。！!]$/, '').split(/[、，,；;]/).every(namePart);
}

/** Whether a part of a list's rest reads as a name: short, ending as a name does (`公司`, `县住建局`). */
function namePart(part: string): boolean {
  return NAME_PART.test(part) && (VALUE_END.test(part) || PART_END.test(part));
}

/** A deadline label at the end of a line, and its value (`完成时限：5月31日前`). */
const DEADLINE_VALUE = new RegExp(`(?:${DEADLINE_LABELS.join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*([^：:。；;]{2,24})$`);

/** A deadline label's value to the paragraph's end, milestones (`；`) and all: the last one a page break may cut. */
const DEADLINE_TAIL = new RegExp(`(?:${DEADLINE_LABELS.join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*([^：:。]{2,80})$`);

/**
 * Whether the line after a page break goes on with a deadline's value the break cut (`时间节点：…；年底前试点村垃圾分类`
 * ⏎ `— 3 —` ⏎ `覆盖率达到30%`; `…3月底前完成摸底排查；` ⏎ `— 3 —` ⏎ `6月底前完成整改`: probe 83, where the rest had become the
 * task's text): the value stops mid-phrase, or at a milestone's `；` before a time; the line is short and starts nothing.
 */
function deadlineGoesOn(prev: string, body: string): boolean {
  const m = body.length <= 30 ? DEADLINE_TAIL.exec(prev) : null;
  if (!m || startsNew(body) || /[：:]/.test(body)) return false;
  const value = m[1].trimEnd();
  if (/[；;，,]$/.test(value)) return isTimePhrase(body.replace(/[。；;]$/, ''));
  const last = value.charCodeAt(value.length - 1);
  return last >= 0x4e00 && last <= 0x9fff && !(COMPLETE_TIME.test(value) && isTimePhrase(value.split(/[；;]/).pop()!));
}

/** A short field's name and its colon at a line's start (`进度安排：`); a unit's name holds no colon. */
const OWN_FIELD = /^[\u4e00-\u9fff]{2,6}[：:]/;

/** More endings of a name in a list's rest: `部门`, `单位`, `企业`, `机构`, `海关` (probe 21: `市直各有关部门。`). */
const PART_END = /[门位业构关]$/;

/** A label alone, its value on the next line (`责任单位：` ⏎ `县财政局、县城管局`, probe 20). */
function emptyLabel(prev: string): boolean {
  return prev.length <= 16 && /[：:]$/.test(prev) && isLabelled(prev);
}

/**
 * Whether a line is the value of a label left alone on the line before it (`责任单位：` ⏎ `县财政局、县城管局`; across a
 * blank line in Markdown, a paragraph per line; probe 20): a short line that is no sentence (`各配合单位按职责协同落实。`)
 * and no signature over a date; across a blank line, a list (probe 21: `配合单位：` ⏎⏎ a signature).
 * @param after the line after it, if any.
 */
function valueAfterLabel(prev: string, body: string, after: string | undefined, separated: boolean, pageBreak = false): boolean {
  // (Across a page break too, a label closing a long line: `…人民政府。整改时限：` ⏎ `- 3 -` ⏎ `2024年12月底前。`, probe 121.)
  if (!(emptyLabel(prev) || ((!separated || pageBreak) && endsInLabel(prev))) || body.length > 80 || isDateLine(body)) return false;
  if (after !== undefined && isDateLine(after)) return false;
  // A value its full stop closes, alone or before the next label (`整改时限：` ⏎ `2024年6月底前。`, `配合单位：` ⏎ `市财政局、
  // 市审计局。整改时限：…`: a 整改方案 copied from a PDF, probe 121, whose values had been lost): a time after a deadline's
  // label, else names; a sentence (`各配合单位按职责协同落实。`) is none.
  // (Or a `；` before the next label: `…分类规范。牵头单位：` ⏎ `县爱卫办；配合单位：县直各有关单位。`, an OCR copy's, probe
  // 135, whose lead had been lost with a warning.)
  let stop = body.search(/[。！!]/);
  const semicolon = body.search(/[；;]/);
  if (semicolon >= 0 && (stop < 0 || semicolon < stop) && isLabelled(body.slice(semicolon + 1))) stop = semicolon;
  if (stop >= 0) {
    const head = body.slice(0, stop);
    const rest = body.slice(stop + 1);
    if (head === '' || !(/^[\s\u3000]*$/.test(rest) || isLabelled(rest))) return false;
    if (/(?:时限|时间|期限|节点)[：:]$/.test(prev)) return isTimePhrase(head);
    return ONE_BODY.test(head) || (/[、，,；;]/.test(head) && head.split(/[、，,；;]/).every((name) => name === '' || namePart(name)));
  }
  // Across a blank line (a `.txt` from Word with a blank line after each paragraph): a list, one body's name, or the
  // time of a deadline label (`完成时限：` ⏎⏎ `2024年12月底前`).
  return !separated || /[、，,；;]/.test(body) || ONE_BODY.test(body) || (/(?:时限|时间|期限|节点)[：:]$/.test(prev) && isTimePhrase(body));
}

/** One body's name alone on a line: no space, no punctuation, a body's last word. */
const ONE_BODY = /^[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|部|院|会|中心|政府|公司|办公室|管委会|集团|署|所|站|队|处|科|股|馆|街道|乡镇|分局)$/;

/**
 * Whether the line after a page break goes on with a figure the break cut off a sentence before: the sentence is
 * open (no closing punctuation, a Chinese character last) and the line starts with a decimal figure that only looks
 * like a marker (`全年完成固定资产投资` ⏎ `- 3 -` ⏎ `3.5亿元以上。`, probe 15), however short the line before it.
 */
function numberGoesOn(prev: string, next: string): boolean {
  if (standsAlone(prev) || isCompleteTitle(prev) || isHeading(prev)) return false;
  const last = prev.charCodeAt(prev.length - 1);
  if (last < 0x4e00 || last > 0x9fff) return false;
  return /^\d{1,3}[.．]\d/.test(next) && readNumberMarker(next)?.digitAfter === true;
}

/** A line that ends with the number of a list's entry run into it, after a clause's end (`…网上销售；（3）`). */
const ENDS_IN_ENTRY = /[；;，,：:](?:[（(]\d{1,2}[）)]|\d{1,2}[.．、]|[\u2460-\u2473])$/;

/**
 * Whether a line starts with the entry of a list (`（2）`, `2.`, `②`) that comes after one the paragraph holds inside
 * it (`…三项工作：（1）…`, `重点开展（1）…`; a `1.` after a clause's end or a colon only): the list runs on in the
 * paragraph, no item starts there.
 */
function nextInline(prev: string, body: string): boolean {
  const m = readNumberMarker(body);
  if (m === null || m.digitAfter || m.number < 2) return false;
  const n = m.number - 1;
  const before = m.style === 'par' ? [`（${n}）`, `(${n})`] : m.style === 'ar' ? [`${n}.`, `${n}．`, `${n}、`] : m.style === 'circ' && m.number <= 20 ? [String.fromCharCode(0x2460 + n - 1)] : [];
  return before.some((b) => {
    const at = prev.lastIndexOf(b);
    // (`2.` after `1.5%` is no list: the entry before is a marker, not a decimal; at the paragraph's start it is the item's.)
    // (A bracketed or circled number may follow any word, `重点开展（1）…`: probe 109; `1.` only a clause's end.)
    return at > 0 && (m.style !== 'ar' || '：:；;，,。'.includes(prev[at - 1])) && !/\d/.test(prev[at + b.length] ?? '');
  });
}

/** The ordinals of run-in items (`一是…；二是…`). */
const RUN_IN_ORDINALS = '一二三四五六七八九十';
/**
 * Whether a line starts with the run-in item (`二是`) that comes after one the paragraph holds (`一是`) at a clause's
 * start (the paragraph's, or after a stop, a comma, a colon or a bracket).
 */
function nextRunIn(prev: string, body: string): boolean {
  const k = body.charCodeAt(1) === 0x662f ? RUN_IN_ORDINALS.indexOf(body[0]) : -1;
  if (k < 1) return false;
  const at = prev.lastIndexOf(`${RUN_IN_ORDINALS[k - 1]}是`);
  return at >= 0 && (at === 0 || '。；;，,：:）)〕】'.includes(prev[at - 1]) || readNumberMarker(prev.slice(0, at)) !== null);
}

/**
 * Whether a paragraph stops inside prose after its last marker bracket closed (`…（牵头单位：A；责任单位：B）二是开展问题
 * 厕所整改，…对不符`): the next line goes on with that sentence, labels in it or not (probe 48: a PDF's wrap of run-in
 * 一是/二是 items had split the item into `#k` tasks).
 */
function proseGoesOn(prev: string): boolean {
  if (TERMINAL.includes(prev[prev.length - 1])) return false;
  const folded = foldLabels(prev);
  const close = Math.max(folded.lastIndexOf('）'), folded.lastIndexOf(')'), folded.lastIndexOf('〕'), folded.lastIndexOf('］'));
  return close >= 0 && close < folded.length - 1 && !mayHoldLabel(folded.slice(close + 1));
}

/**
 * Whether a line ends inside a name of its last label's list that the next line finishes (`…责任单位：市发改` ⏎
 * `委、市国资委，各县（区）人民政府。整改时限：…`, `责任领导：市` ⏎ `委常委、常务副市长。牵头单位：…`: a 整改方案 copied from a
 * PDF, probe 121, where the lists had been cut to `市发改` and `市`): the list's last element and the next line's first,
 * each short, make one name (it ends as a body's or a post's name ends). Asked of a line as wide as the text's wrap.
 */
function nameRunsOn(prev: string, next: string): boolean {
  const re = LABEL_ANYWHERE;
  re.lastIndex = 0;
  const folded = foldLabels(prev);
  let label: RegExpExecArray | null = null;
  for (let m = re.exec(folded); m; m = re.exec(folded)) label = m;
  if (label === null) return false;
  const value = prev.slice(label.index + label[0].length);
  if (value.length > 40 || /[。！!]/.test(value)) return false;
  // The next line goes on with the list's separator (`…县委统战部（县民宗局）` ⏎ `、各乡镇党委`).
  if (/^[、，,]/.test(next)) return value.trim() !== '' && !/[、，,；;]$/.test(value);
  const tail = value.split(/[、，,；;]/).pop()!;
  const first = next.split(/[、，,；;。（(]/, 1)[0];
  // A list cut after a separator (`责任单位：市财政局、` ⏎ `市审计局，市直各单位。督办单位：…`) goes on with a name.
  if (tail === '') return value.trim() !== '' && first.length >= 2 && namePart(first);
  return tail.length >= 1 && tail.length <= 8 && first.length >= 1 && first.length <= 8 && NAME_PART.test(tail + first) && (namePart(tail + first) || /[长员记任]$/.test(tail + first));
}

/**
 * Whether a line is a marked paragraph of its own after a paragraph with markers: it ends a sentence before a label
 * of its own (`全面禁止露天焚烧秸秆。【牵头单位】…` after `…【责任单位】各县、市人民政府`). The rest of a wrapped unit list
 * (`公司`, `县财政局；完成时限：2024年`) does not.
 */
function ownMarkedSentence(prev: string, next: string): boolean {
  if (!next.includes('。') || (!mayHoldLabel(prev) && !prev.includes('】'))) return false;
  const re = LABEL_ANYWHERE;
  re.lastIndex = 0;
  if (!re.test(foldLabels(prev))) return false;
  re.lastIndex = 0;
  const m = re.exec(foldLabels(next));
  return m !== null && next.lastIndexOf('。', m.index) >= 0;
}

/**
 * Whether a line ends in a label whose value a PDF's wrap put on the next line (`…；牵头单位：县教育体育局；责任单位：`
 * ⏎ `县发展和改革局、…`, probe 31): a label and its colon after a separator, last.
 */
function endsInLabel(prev: string): boolean {
  if (!/[：:]$/.test(prev)) return false;
  const tail = prev.slice(-20);
  // (After a full stop too: `…各县（区）人民政府。整改时限：` ⏎ `2024年6月底前。`, probe 121.)
  const from = Math.max(tail.lastIndexOf('；'), tail.lastIndexOf(';'), tail.lastIndexOf('，'), tail.lastIndexOf('　'), tail.lastIndexOf(' '), tail.lastIndexOf('。'));
  return from >= 0 && isLabelled(tail.slice(from + 1));
}

/**
 * Whether a line that looks like a field (`县直各单位：`) is the rest of a list of names the line before left open: a
 * 主送机关 over two lines (`各乡镇人民政府，县政府各部门，` ⏎ `县直各单位：`, `…，县直及驻` ⏎ `县各单位：`: probe 33).
 */
function listGoesOn(prev: string, body: string): boolean {
  if (isLabelled(prev) || /[。：:；;]/.test(prev)) return false;
  return /[，、,]$/.test(prev) || (/[，、]/.test(prev) && body.length <= 20 && /[：:]$/.test(body));
}

/**
 * Whether a wrap cut a label in two (`…；责任` ⏎ `单位：县商务局`, `…；完成` ⏎ `时限：2024年10月底前`: a PDF's lines,
 * probe 31): the last one to four characters of the line and the next line's start read as one label whose name
 * spans the cut. A level alone before a whole label (`县` ⏎ `责任单位：`) is no cut label.
 */
function labelCut(prev: string, body: string): boolean {
  if (!/^[\u4e00-\u9fff]{1,5}[：:]/.test(body)) return false;
  // The word may follow a name with no separator (`牵头单位：区政务服务和大数据管理局` ⏎ `责任单` ⏎ `—3—` ⏎ `位：…`).
  for (let n = 4; n >= 1; n--) {
    const word = prev.slice(-n);
    if (!/^[\u4e00-\u9fff]+$/.test(word)) continue;
    const f = foldLabels(word + body.slice(0, 12));
    LABEL_AT_START.lastIndex = 0;
    const label = LABEL_AT_START.exec(f);
    if (label !== null && (label[1]?.length ?? 0) < n && label[0].length > n) return true;
  }
  return false;
}

/**
 * Whether the line after a page break goes on with a unit name the break cut in a labelled line (`责任单位：…、城关镇人`
 * ⏎ `-3-` ⏎ `民政府、国网…供电公司`, probe 31), as a bracket left open already does; so does the line after a blank one
 * under a labelled line as wide as the wrap (`责任单位：…，各乡镇` ⏎⏎ `人民政府`: poppler's text of a PDF whose 黑体 label
 * makes its line taller, probe 109, where four names had been cut: `各乡镇`, `各乡镇人`…).
 */
function nameGoesOn(prev: string, body: string): boolean {
  const last = prev.charCodeAt(prev.length - 1);
  if (last < 0x4e00 || last > 0x9fff || !isLabelled(prev)) return false;
  // (A deadline's value names no body: `完成时限：每季度` ⏎ `— 5 —` ⏎ `本措施自印发之日起施行…`, probe 154, whose closing
  // article had become the last task's deadline.)
  if (DEADLINE_VALUE.test(prev)) return false;
  // A name's start: no digit (`完成时限：2024年9月底前` is whole), and the next line goes on with a name's rest.
  const name = lastName(prev.slice(prev.lastIndexOf('：') + 1));
  // (A level alone, `、县` ⏎ `— 6 —` ⏎ `商务局`, is a name's start too: probe 83.)
  return (/^[\u4e00-\u9fff（）()]{2,20}$/.test(name) || /^[省市州县区乡镇]$/.test(name)) && /^[\u4e00-\u9fff（）()]{1,20}(?:[、，；。]|$)/.test(body) && !breaksNames(name, body);
}

/** {@link LABEL_RE} for {@link ownMarkedSentence} (its own lastIndex). */
const LABEL_ANYWHERE = new RegExp(LABEL_RE.source, 'g');

/**
 * A line ending in a kind of document, with no sentence punctuation: a whole title (a04's title, then its 主送机关;
 * probe 36: `…实施意见重点任务清单`, 31 characters, had been joined with the paragraph under it).
 */
function isCompleteTitle(text: string): boolean {
  return text.length <= LINE_OF_ITS_OWN && COMPLETE_TITLE.test(fold(text)) && !/[，。；,;]/.test(text);
}

/** Whether a line starts with a marker label (`责任单位：…`, `其他责任单位：…`, `【责任单位】…`). */
export function isLabelled(text: string): boolean {
  // A label stands at the start: its first characters are enough (a long paragraph is not folded whole per line).
  const f = foldLabels(text.length > 64 ? text.slice(0, 64) : text);
  // After its qualifier, which foldLabels blanked (`其他责任单位：`).
  // After the bracket of a bracketed label (`【责任单位】…`, folded to ` 责任单位：…`; probe 35).
  LABEL_AT_START.lastIndex = f.startsWith('  ') && !/^[\s\u3000]/.test(text) ? 2 : f.startsWith(' ') && BRACKET_OPENERS.includes(text[0]) ? 1 : 0;
  return LABEL_AT_START.test(f);
}

const BRACKET_OPENERS = '【[［';
/** {@link LABEL_RE} tried at the start of a text only (sticky), not searched for along it. */
const LABEL_AT_START = new RegExp(LABEL_RE.source, 'y');

/**
 * Whether a numbered line goes on a sentence that a wrap cut (`…为辖区常住居民建立统` ⏎ `一、规范的居民健康档案…`,
 * probe 35): the paragraph before is prose (a full stop in it; no heading, no field) and ends inside a word, and the
 * number is not the next of its style (`4.` after `3.` is an item). An item never starts in the middle of a sentence.
 * @param paragraphs the paragraphs so far, the last of them the one the line would go on.
 */
function midSentence(prev: string, body: string, paragraphs: Paragraph[]): boolean {
  const marker = readNumberMarker(body);
  if (marker === null || marker.digitAfter || !/[\u4e00-\u9fff]$/.test(prev) || !prev.includes('。') || isLabelled(prev) || isHeading(prev, true)) return false;
  // The last paragraph numbered in that style (looked up only here: a wrap before a number is rare).
  for (let i = paragraphs.length - 1; i >= 0 && i >= paragraphs.length - 200; i--) {
    const m = paragraphs[i].kind === 'text' ? readNumberMarker(paragraphs[i].text) : null;
    if (m && !m.digitAfter && m.style === marker.style) return m.number !== marker.number - 1;
  }
  return true;
}

/**
 * A numbered line with no full stop: a heading, which a wrap never continues. A long one that runs on with commas
 * (`1.全面梳理县乡两级政务服务事项，…做到同一事项同`) is, for a soft wrap (`wrapped`: no blank line follows), the first
 * line of a wrapped sentence, not a heading.
 */
function isHeading(text: string, wrapped = false): boolean {
  if (text.length > LINE_OF_ITS_OWN) return false;
  const m = readNumberMarker(text);
  return m !== null && !m.digitAfter && !text.includes('。') && !(wrapped && text.length > 30 && text.includes('，'));
}

/** Whether the text closes a bracket or quote it did not open (`配合)`, `道）人民政府`). */
function closesUnopened(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const step = BRACKET_STEP[text.charCodeAt(i)];
    if (step === 1) depth++;
    else if (step === -1 && --depth < 0) return true;
  }
  return false;
}

/**
 * The depth of open brackets and quotes after `text`, starting from `depth` (a closer with none open is ignored), so
 * that a paragraph's depth is kept line by line as it grows.
 */
function bracketDepth(text: string, depth: number): number {
  for (let i = 0; i < text.length; i++) {
    const step = BRACKET_STEP[text.charCodeAt(i)];
    if (step === 1) depth++;
    else if (step === -1 && depth > 0) depth--;
  }
  return depth;
}

