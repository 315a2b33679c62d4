import { halfWidthDigits, ocrDigits } from '../digits.js';
import type { MatrixDocument } from '../matrix/types.js';
import { fold } from './fold.js';
import { chineseNumber, readNumberMarker } from './numbering.js';
import { COMPLETE_TITLE, ORGANIZATION, docNumberField, inOfficeForm, OA_FORM_TITLE, docNumberOf, isDateLine, isDocNumberLine, isLabelled, signatureOf, splitTitleDocNumber, isMetadataLabel, isWebMetadata, type Paragraph } from './paragraphs.js';
import { isLabelName } from './labels.js';
import { splitUnits } from './units.js';

/** The header of a notice and where the plan's body starts (index of its first paragraph). */
export interface Header {
  document: Omit<MatrixDocument, 'source'>;
  bodyStart: number;
  /** The index of the 主送机关 paragraph, or -1: bodies addressed, whatever role words their names hold. */
  recipientsAt: number;
}

const DOC_TYPE = /(?:通知|意见|方案|计划|要点|措施|办法|细则|规划|清单|分工表|分解表|责任分解|任务分工|任务分解|工作分工|任务表|决定|规定|纲要|行动|工作安排|安排|实施意见|预案)$/;
/**
 * A table's caption that names nothing but the kind of table (`重点任务分工表`, `任务分解表`, `工作任务清单`): no place, no
 * year, no subject.
 */
const BARE_CAPTION = /^(?:重点)?(?:工作)?(?:任务|目标任务|工作任务)?(?:分工|分解|责任分工|责任分解)?(?:表|清单|一览表)$/;
/** A body's name that starts with its place (`中共XX县委…`, `XX县人民政府…`), as each of two joint signers does. */
const PLACED = /^(?:中共)?[\u4e00-\u9fffA-Za-z]{1,8}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡)/;
/** A line under a title giving the date a document was adopted: `（2024年1月18日委党组会议审议通过）`. */
const ADOPTED = /^[（(](?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[^（）()]{0,30}(?:通过|印发|发布)[）)]$/;
const PERIOD_LINE = /^[（(][\s\u3000]*\d{4}[\s\u3000]*(?:年)?[\s\u3000]*[—–\-~～至到－][\s\u3000]*\d{2,4}[\s\u3000]*年?[\s\u3000]*[）)]$/;
const SKIP_AFTER_DATE = /^[（(](?:此件|联系人|此页)|^附件|^抄送|^[（(]?注/;

/**
 * Reads the header of a notice laid out per GB/T 9704-2012 §7.2–7.3: 发文字号, the notice's title (标题), 主送机关,
 * 发文机关署名 and 成文日期 (§7.3.5), and the plan's own title line, after which the plan's body starts.
 *
 * The covering letter ends at its 成文日期 (a date line standing alone); when a title-like line follows it (after
 * `（此件公开发布）`, a contact line or a page number), that is the plan's title and the body starts after it. With
 * no covering letter (an 意见 issued directly, a web page, a pasted table), the plan's title is the last title-like
 * paragraph before the first numbered item or table. A title set over several adjacent lines (or in `**bold**`) is
 * one title. Web-page metadata (发布时间, 来源, 发布人) is neither a date nor an issuer (a09, b02).
 */
export function readHeader(paragraphs: Paragraph[]): Header {
  const n = paragraphs.length;
  const titleLike = (i: number) => isTitleLike(paragraphs[i]);
  /**
   * Whether paragraph `k`, after the date at `date`, is what an OCR copy reads off the seal: a code of digits
   * (`1309250003217`), or the signature above the date again (`浦江县人民政府办公室`): probe 135, where each had titled
   * the plan. (Not the body's name that starts the plan's title, the rest on the line under it: `晋阳城市建设投资集团有限
   * 公司` ⏎ `2023年重点工作任务清单`, probe 134.)
   */
  const isSealText = (k: number, date: number): boolean => {
    const text = stripped(paragraphs[k].text).replace(/[\s\u3000]+/g, '');
    if (/^\d{6,}$/.test(text)) return true;
    if (k + 1 < n && !paragraphs[k + 1].blankBefore && titleLike(k + 1)) return false;
    for (let j = date - 1; j >= Math.max(0, date - 3); j--) if (stripped(paragraphs[j].text).replace(/[\s\u3000]+/g, '') === text) return true;
    return false;
  };
  // Join adjacent title-like paragraphs (same block, no blank line between) into title runs.
  // Titles the notice names in 《》 (`《厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施》已经市政府同意`), made on first
  // need: a title a web clipper cut into two paragraphs is joined when the two make one of them (probe 85).
  let quoted: Set<string> | undefined;
  const namedInQuotes = (title: string) => {
    if (!quoted) {
      quoted = new Set();
      for (const p of paragraphs.slice(0, 80)) for (const m of p.text.matchAll(/《([^《》]{4,80})》/g)) quoted.add(stripped(m[1]));
    }
    return quoted.has(title);
  };
  const runEnd = (i: number): number => {
    let j = i;
    let run = stripped(paragraphs[i].text);
    while (j + 1 < n) {
      const line = stripped(paragraphs[j].text);
      const next = stripped(paragraphs[j + 1].text);
      // (A line that ends in 关于 goes on, blank line or not: `湖南省人民政府关于` ⏎⏎ `落实《政府工作报告》…的意见`, a web page's
      // title set one line to a paragraph, probe 116.)
      const near = !paragraphs[j + 1].blankBefore || (!COMPLETE_TITLE.test(fold(run)) && (namedInQuotes(run + next) || /关于$/.test(fold(line))));
      if (!near || !(titleLike(j + 1) || EDITION.test(next)) || !continuesTitle(line, next)) break;
      if (isWholeNotice(next) && !/(?:转发|印发|批转|关于|关於)$/.test(line)) break;
      run += next;
      j++;
    }
    return j;
  };
  // A title line may end in its 发文字号 in brackets (`…的通知（X府发〔2024〕4号）`): not part of the title.
  let titleDocNumber: string | null = null;
  const titlePart = (text: string) => {
    const split = splitTitleDocNumber(text);
    if (!split) return text;
    titleDocNumber ??= split.docNumber;
    return split.title;
  };
  const runText = (i: number, j: number) => paragraphs.slice(i, j + 1).map((p) => titlePart(stripped(p.text))).join('');

  let firstStructural = n;
  /** The paragraph after such notes above the plan (0 when there are none). */
  let notesEnd = 0;
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    // Notes above the plan's title (`填表说明` ⏎ `一、时间节点为最迟完成时间。` ⏎ `二、…`: a workbook's 说明 sheet first,
    // probe 43) are neither its title nor its outline.
    if (p.kind === 'text' && NOTES_HEADING.test(stripped(p.text))) {
      while (i + 1 < n && paragraphs[i + 1].kind === 'text' && isNumbered(paragraphs[i + 1].text)) i++;
      notesEnd = i + 1;
      continue;
    }
    // A marker line (`牵头单位：…`) is the plan's too: in a plan without numbered items, its title stands above the
    // first one, never a sub-heading further down (`村庄清洁行动` in a plan of unnumbered blocks: probe 45).
    // (Not a row of a web page's metadata table above the title, `| 索引号 | … | 主题分类 | … |`: probe 85.)
    if ((p.kind === 'row' && !isMetadataRow(p)) || isNumbered(p.text) || (isLabelled(p.text) && !inOfficeForm(paragraphs, i))) {
      firstStructural = i;
      break;
    }
  }

  // The covering letter's date, followed by the plan's title.
  let planTitle: { start: number; end: number } | null = null;
  // Counted once, when a date line first asks (a notice may hold many date lines).
  let numbered: Int32Array | undefined;
  let dateIndex = -1;
  /** Whether a forwarded notice stands under the covering letter (see FORWARDED). */
  let forwarding = false;
  for (let i = 0; i < n; i++) {
    if (!isDateLine(paragraphs[i].text)) continue;
    // The value of a web page's field on the line under its name (`发布日期：` ⏎ `2024年03月14日`, probe 25; `发布日期` alone,
    // a metadata table a converter made paragraphs of, probe 142).
    if (i > 0 && ((/[：:][\s\u3000]*$/.test(paragraphs[i - 1].text) && isWebMetadata(paragraphs[i - 1].text)) || isMetadataLabel(paragraphs[i - 1].text)) && !/成文日期/.test(paragraphs[i - 1].text)) continue;
    let k = i + 1;
    while (k < n && (SKIP_AFTER_DATE.test(stripped(paragraphs[k].text)) || isSealText(k, i))) k++;
    if (k < n && titleLike(k)) {
      // The covering letter is the short part: fewer numbered items before its date than after the plan's title
      // (a signature at the end of a plan, followed by an attachment's title, is not a covering letter).
      const end = runEnd(k);
      numbered ??= numberedBefore(paragraphs);
      const covering = numbered[i] - numbered[0] < numbered[n] - numbered[end + 1];
      // A notice forwarded under the letter (`关于转发《…》的通知` over the other body's 版头 `某市人民政府办公室文件` and
      // its `关于印发…的通知`: probe 53) is a covering letter too: the plan's title follows its date. The date and
      // signature stay the outer letter's.
      if (covering && FORWARDED.test(fold(cleanTitle(runText(k, end))))) {
        if (dateIndex < 0) dateIndex = i;
        forwarding = true;
        continue;
      }
      if (covering) {
        planTitle = { start: k, end };
        if (!forwarding) dateIndex = i;
        break;
      }
    }
    if (dateIndex < 0) dateIndex = i;
  }
  let bodyStart: number;
  let coverOnly: { start: number; end: number } | null = null;
  if (planTitle) {
    bodyStart = planTitle.end + 1;
  } else {
    let best: { start: number; end: number } | null = null;
    for (let i = 0; i < firstStructural; i++) {
      if (!titleLike(i) || NOTES_HEADING.test(stripped(paragraphs[i].text))) continue;
      const j = runEnd(i);
      const text = fold(cleanTitle(runText(i, j)));
      // A body's name alone (the signature, `柳城区人民政府办公室`) titles no plan (probe 25).
      if (ORGANIZATION.test(text) && PLACED.test(text) && !DOC_TYPE.test(text)) {
        i = j;
        continue;
      }
      // A table's bare caption under the plan's title (`云岭市稳就业实施方案` ⏎ `重点任务分工表`: a fresh user's archive,
      // where every such notice had been titled by its caption) is not the plan's title.
      const bestIsTitle = best !== null && DOC_TYPE.test(fold(cleanTitle(runText(best.start, best.end))));
      // Nor is a short section heading under it that ends as a kind of document does (`工作措施`, `保障措施`: a WeChat
      // plan's unnumbered headings, probe 122, where the plan had been titled `工作措施`).
      if (bestIsTitle && (BARE_CAPTION.test(text) || text.length <= 6)) {
        i = j;
        continue;
      }
      if (!best || DOC_TYPE.test(text) || !bestIsTitle) best = { start: i, end: j };
      i = j;
    }
    planTitle = best;
    // With no title line, the plan starts after the notes (a 填报说明 sheet first, its table's sheet with no title row:
    // probe 123, where the notes' 一、二、三、 had made every row a child of 三).
    bodyStart = best ? best.end + 1 : notesEnd;
    // A covering notice (…关于印发…的通知) with no title line of the plan: its 《…》 names the plan.
    if (best && COVERING.test(fold(runText(best.start, best.end))) && /通知$/.test(fold(cleanTitle(runText(best.start, best.end))))) {
      coverOnly = best;
      planTitle = null;
      // The plan follows the covering letter's date with no title line of its own: the letter's own numbered
      // paragraphs (`一、提高认识`) are not the plan's.
      if (dateIndex > best.end) {
        numbered ??= numberedBefore(paragraphs);
        if (numbered[n] - numbered[dateIndex + 1] > 0) bodyStart = Math.max(bodyStart, dateIndex + 1);
      }
    }
  }

  // The notice title: the first title-like run at the top holding 关于 (the covering notice), when it is not the plan.
  let notice: string | null = coverOnly ? cleanTitle(runText(coverOnly.start, coverOnly.end)) : null;
  let noticeEnd = coverOnly ? coverOnly.end : -1;
  for (let i = 0; !notice && i < Math.min(n, planTitle ? planTitle.start : firstStructural); i++) {
    if (!titleLike(i)) continue;
    const j = runEnd(i);
    const text = runText(i, j);
    // (A 请示 or 报告 sends a plan up: its title is the covering notice's, probes 49 and 51.)
    if ((/关于/.test(fold(text)) || COVERING.test(fold(text))) && /通知$|通报$|函$|请示$|报告$/.test(fold(cleanTitle(text))) && planTitle && i !== planTitle.start) {
      // `关于…的通知` set apart from the issuing body on the line above it (two bold paragraphs) is one title.
      const issuerAbove = /^关于/.test(fold(text)) && i > 0 && titleLike(i - 1) && !/关于/.test(fold(stripped(paragraphs[i - 1].text)));
      // So are the co-issuers of a joint notice set two to a line above the line that ends their list
      // (`山东省发展和改革委员会　山东省教育厅` ⏎ `山东省财政厅　山东省人力资源和社会保障厅关于印发…`: probe 111).
      let from = issuerAbove ? i - 1 : i;
      if (!issuerAbove && BODIES_BEFORE_ABOUT.test(fold(text))) {
        // (Not a body named again on the title's own line: a website's heading over the title.)
        const named = (k: number) => stripped(paragraphs[k].text).split(/[\s\u3000、]+/).some((name) => text.includes(name));
        while (from > 0 && i - from < 3 && !paragraphs[from].blankBefore && titleLike(from - 1) && isBodiesLine(stripped(paragraphs[from - 1].text)) && !named(from - 1)) from--;
      }
      notice = cleanTitle(from < i ? paragraphs.slice(from, i).map((p) => stripped(p.text)).join('') + text : text);
      noticeEnd = j;
      break;
    }
    i = j;
  }

  let title = planTitle ? cleanTitle(runText(planTitle.start, planTitle.end)) : null;
  // A period set under the title line (`XX三年行动方案` ⏎ `（2024—2026年）`) is part of the title.
  const period = planTitle ? paragraphs[planTitle.end + 1] : undefined;
  if (title && period && PERIOD_LINE.test(stripped(period.text))) {
    title += stripped(period.text).replace(/[\s\u3000]+/g, '').replace(/^\(/, '（').replace(/\)$/, '）');
    if (bodyStart === planTitle!.end + 1) bodyStart++;
  }
  if (!title && notice) title = titleInNotice(notice);
  // A title whose year poppler moved off its line (`年县政府工作报告重点工作任务分解` ⏎⏎ `2025`: the title's figures set in
  // a Latin font, probe 109) is the plan the notice's 《…》 names, when that name ends with it.
  else if (title && notice && /^[年月]/.test(title)) {
    const named = titleInNotice(notice);
    if (named && named.length > title.length && named.endsWith(title)) title = named;
  }

  // 发文字号 in the header part.
  const headerEnd = planTitle ? planTitle.start : firstStructural;
  let docNumber: string | null = null;
  for (let i = 0; i < Math.min(n, Math.max(headerEnd, bodyStart, firstStructural)); i++) {
    // A table row (a web page's metadata table in Markdown: `| 发布机构 | … | 发文字号 | 平政办发〔2025〕18号 |`, probe 80)
    // is read cell by cell: its text runs the cells together, and the cells before the number had become part of it.
    const cells = paragraphs[i].kind === 'row' ? paragraphs[i].cells : undefined;
    const line = cells ? cells.find((c) => isDocNumberLine(c.text))?.text : isDocNumberLine(paragraphs[i].text) ? paragraphs[i].text : undefined;
    if (line !== undefined) {
      docNumber = docNumberOf(line);
      break;
    }
  }
  docNumber ??= titleDocNumber;
  // A web page's metadata names it in a field of a longer line (a 政府信息公开 page's table).
  for (let i = 0; !docNumber && i < Math.min(n, Math.max(headerEnd, bodyStart, firstStructural)); i++) {
    const p = paragraphs[i];
    if (p.kind === 'row' || isWebMetadata(p.text)) docNumber = docNumberField(p.text);
  }

  // 主送机关: a line ending in a colon before the body, after the title.
  let recipients: string[] = [];
  let recipientsAt = -1;
  const recipientsFrom = Math.max(0, noticeEnd + 1);
  // (A web page's metadata between the title and them, a table or a line of fields, does not count: `索引号：⇥…`,
  // `发文字号：⇥永防指〔2024〕6号⇥有效性：⇥有效`, probe 137, whose recipients had been lost.)
  for (let i = recipientsFrom, end = Math.max(headerEnd, bodyStart) + 3; i < Math.min(n, end); i++) {
    if (paragraphs[i].kind === 'row' || isWebMetadata(paragraphs[i].text)) end++;
    const text = stripped(paragraphs[i].text);
    if (/[：:]$/.test(text) && !/[。]/.test(text) && !isNumbered(text) && text.length <= 200 && !/^(?:附件|发布|来源|您现在)/.test(text) && !isWebMetadata(text) && !isLabelName(fold(text).slice(0, -1).trim())) {
      const list = splitUnits(text.slice(0, -1));
      const units = list.units;
      // A list that ends in a clause is a sentence's subject (`县直各部门、各乡镇要按照职责分工，重点做好以下工作：`).
      if (list.dropped) continue;
      // Most names read as bodies addressed, and none opens a sentence: a place named without its level
      // (`雄县、容城、安新县委和人民政府`, 雄安新区 2021) is addressed with the others.
      if (units.some(opensSentence) || units.filter(isAddressee).length * 2 <= units.length) continue;
      recipients = units;
      recipientsAt = i;
      break;
    }
  }

  // 成文日期 and the signature above it.
  let date: string | null = null;
  let issuer: string | null = null;
  if (dateIndex >= 0) {
    date = isoDate(paragraphs[dateIndex].text);
    issuer = signatureOf(paragraphs[dateIndex].text);
    // A note on the seal on a line of its own between the signature and the date (`（宜春市应急管理局代章）`: a 指挥部
    // or 领导小组 with no seal of its own, probe 81) is no part of the signature: the signature stands above it.
    const at = dateIndex > 1 && SEAL_NOTE.test(stripped(paragraphs[dateIndex - 1].text)) ? dateIndex - 1 : dateIndex;
    const above = at > 0 ? stripped(paragraphs[at - 1].text) : '';
    // Bodies signing together, one to a line of a wrapped paragraph or laid out in a borderless table's cells.
    if (!issuer && at > 0) issuer = jointSignature(paragraphs, at - 1) ?? null;
    // (Three characters at least: two are no body's name but OCR's reading of a seal, `秘驽` above a scanned date: probe 94.)
    if (!issuer && above && above.length <= 40 && !isMetadataLabel(above) && above.replace(/[\s\u3000]+/g, '').length >= 3 && !/[。，；：:]/.test(above) && !isNumbered(above) && (!/[）)]$/.test(above) || NAMED_IN_BRACKETS.test(above))) {
      // (A note on the seal after the name, `泗洪县双拥工作领导小组（泗洪县退役军人事务局代章）`, is not the issuer's name.)
      issuer = signatureNames(above).replace(SEAL_NOTE_AFTER, '') || null;
      // Bodies signing together on two lines (`中共XX县委办公室` ⏎ `XX县人民政府办公室`): both are the signature. Set
      // apart by a blank line only where the date is too (a web page's copy puts one between all lines: 岳阳市's 两办).
      // (Not the value of a label on the line above it: `牵头单位：` ⏎ `某县水务投资有限公司`, probe 26.)
      const labelAbove = at > 2 && /[：:]$/.test(stripped(paragraphs[at - 3].text));
      const first = at > 1 && !labelAbove && (!paragraphs[at - 1].blankBefore || paragraphs[at].blankBefore) ? stripped(paragraphs[at - 2].text) : '';
      const columns = first ? wrappedSideBySide(first, above) : undefined;
      if (columns) issuer = columns;
      else if (ORGANIZATION.test(first) && ORGANIZATION.test(above) && PLACED.test(first) && first.length <= 40 && !/[。，；：:]/.test(first) && isTitleLike(paragraphs[at - 2]) && !DOC_TYPE.test(fold(first))) {
        // A second line that names no place of its own is the rest of one long name (`中共XX市委全面深化改革委员会`
        // ⏎ `经济体制和生态文明体制改革专项小组`), not a second body.
        issuer = PLACED.test(above) ? `${signatureNames(first)}、${issuer}` : `${signatureNames(first)}${issuer}`;
        // And more of them above, one to a line (`中共…镇委员会` ⏎ `…镇人民政府` ⏎ `…镇人大主席团` ⏎ the date: probe 143,
        // whose first body had ended the last task's text), up to six; not a list of names under a label.
        if (PLACED.test(above)) {
          const more: string[] = [];
          let k = at - 3;
          for (; k >= 0 && at - k <= 6; k--) {
            const line = stripped(paragraphs[k].text);
            if (!isSignedBody(line) || !isTitleLike(paragraphs[k]) || (paragraphs[k + 1].blankBefore && !paragraphs[at].blankBefore)) break;
            more.unshift(signatureNames(line));
          }
          if (more.length && !(k >= 0 && /[：:]$/.test(stripped(paragraphs[k].text)))) issuer = `${more.join('、')}、${issuer}`;
        }
      } else if (first && PLACED.test(first) && !ORGANIZATION.test(first) && !PLACED.test(above) && ORGANIZATION.test(above) && first.length + above.length <= 40 && !/[。，；：:、]/.test(first) && !DOC_TYPE.test(fold(first))) {
        // A long name wrapped over two lines of the signature (`武义县创建全国县级文明城市` ⏎ `工作指挥部办公室`, probe 60):
        // the first line is a place and no body yet, the second a body's ending with no place of its own.
        issuer = `${signatureNames(first)}${issuer}`;
      }
    }
  }
  // No date line: a draft's signature dated by month only (`云岫县民政局` ⏎ `2025年4月`, a 征求意见稿: probe 49) closes
  // the document; the date stays null (no day), the body above it is the issuer.
  const signed = dateIndex < 0 ? monthSignature(paragraphs) : -1;
  if (signed > 0) issuer = signatureNames(stripped(paragraphs[signed - 1].text));
  // No date line: a date set under the title with how the document was adopted (`（2024年1月18日委党组会议审议通过）`).
  if (dateIndex < 0) {
    for (let i = 0; i < Math.min(n, Math.max(bodyStart, firstStructural)); i++) {
      const text = stripped(paragraphs[i].text);
      if (text.length <= 60 && ADOPTED.test(text)) {
        date = isoDate(text.slice(1, text.indexOf('日') + 1));
        break;
      }
    }
  }
  // No date still: an office system's or a web page's field in the header, `成文日期：2024-03-12` (probe 53).
  for (let i = 0; !date && i < Math.min(n, Math.max(bodyStart, firstStructural)); i++) {
    const m = DATE_FIELD.exec(stripped(paragraphs[i].text));
    if (m) date = isoDate(`${m[1]}年${Number(m[2])}月${Number(m[3])}日`);
  }
  // No signature: the issuing body named in the notice title, or in the document's own title when it is issued
  // directly (`XX市人民政府办公室关于…的若干措施`).
  if (!issuer && (notice || title)) {
    // Matched on the folded text (`關于`, `關於` as a web page mixes them), taken as written.
    // A body's name before it, not the start of a sentence quoting a title (`云岭县贯彻落实《关于…的实施意见》重点任务清单`,
    // probe 36).
    const m = /^([^《“"]+?(?:[府厅局委办室会部院心司队所站处社行馆团联组署]|[省市州县区旗])(?:[（(][^（）()]{1,12}[）)])?)关于/.exec(fold(notice ?? title!));
    if (m) issuer = (notice ?? title!).slice(0, m[1].length);
  }
  return { document: { title, notice, docNumber, issuer, date, recipients }, bodyStart, recipientsAt };
}

/** A 成文日期 field with its value: `成文日期：2024-03-12`, `成文日期：2024年3月12日`, `2024/03/12`, `2024.03.12`. */
const DATE_FIELD = /^成文日期[：:](\d{4})[-年./／](\d{1,2})[-月./／](\d{1,2})日?$/;

/**
 * A covering notice's title: `…关于印发…`, or a Party committee's `中共沂南县委印发《…》的通知` without 关于 (probe 126:
 * it had been no notice, and the plan's title when the plan had none of its own).
 */
const COVERING = /关于.*(?:印发|转发|下发)|(?:印发|转发|下发)《/;

/** The start of a forwarded notice: its 版头 (`某市人民政府办公室文件`) or its title (`…关于印发…的通知`). */
const FORWARDED = /^.{2,30}(?:文件|命令)$|关于.*(?:印发|转发|下发|批转).*的通知$/;

/** A date of a month alone on its line (`2025年4月`, `二〇二五年四月`): a draft's 成文日期 with its day left open. */
const MONTH_LINE = /^[\s\u3000]*(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\s\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月[\s\u3000]*$/;

/**
 * The index of a month-dated signature's date line among a notice's last two paragraphs (a body's name above it,
 * GB/T 9704 §7.3.5 laid out with the day left open), or -1.
 */
export function monthSignature(paragraphs: Paragraph[]): number {
  for (let i = paragraphs.length - 1; i >= Math.max(1, paragraphs.length - 2); i--) {
    if (!MONTH_LINE.test(paragraphs[i].text)) continue;
    const above = stripped(paragraphs[i - 1].text);
    return above.length <= 40 && ORGANIZATION.test(above) && PLACED.test(above) && !/[。，；：:]/.test(above) && !isNumbered(above) ? i : -1;
  }
  return -1;
}

/**
 * Whether the next adjacent title-like line continues a title: always, unless the title is complete (it ends in a
 * kind of document, `…分工方案`) and the next line does not read as its continuation (`的通知`).
 */
/**
 * Whether a name of a 主送机关 line reads as bodies addressed (GB/T 9704-2012 §7.3.2): `各乡镇人民政府`,
 * `县政府各部门`, `县级各部门（单位）`, `有关单位`, a place of a shared ending (`各市、州、县人民政府`: `州`,
 * `德阳经开区、德阳高新区管委会`: `德阳经开区`); traditional characters read as simplified; not a sentence ending in a colon (`为推动经济运行持续向好`,
 * `现将稳增长措施责任分工如下`, a probe's preamble).
 */
function isAddressee(name: string): boolean {
  const bare = fold(name).replace(/[（(][^（）()]*[）)]$/, '');
  return !opensSentence(name) && (bare.startsWith('各') || ADDRESSEE_END.test(bare));
}

/** A part of a line ending in a colon that opens a sentence (`现将…如下`, `为推动…`), so no 主送机关 line. */
function opensSentence(name: string): boolean {
  // `经市政府同意，…` opens a sentence; 经济技术开发区, 经开区, 经信局 are bodies addressed (probe 17: Xuchang).
  // …or asks something of them (`各乡镇（街道）要按照职责分工，重点做好以下工作：`, probe 26).
  return /如下$|^(?:现将|现就|为|根据|按照|经(?!济|开|信|合|贸|管|营|侦|发))|要|做好|以下|落实|加强|确保/.test(fold(name));
}

/**
 * The plan's title as the notice title names it: in the 《》 after 印发 / 转发 / 下发 (`关于印发《XX方案》的通知`,
 * its 〈〉 turned back into 《》), or what is printed between 印发 and 的通知 without them (`…关于印发张家口市2024年冬季清洁
 * 取暖工作方案的通知`, `…关于印发2024年县《政府工作报告》确定的重点工作责任分解方案的通知`: 嘉鱼县, 2024); else the text
 * in the first 《…》 (`关于落实《…》的通知`).
 */
function titleInNotice(notice: string): string | null {
  const f = fold(notice);
  const printed = /关于(?:印发|转发|下发)(.+?)的通知$/.exec(f);
  const at = printed ? f.length - '的通知'.length - printed[1].length : -1;
  const inner = (t: string) => t.replace(/〈/g, '《').replace(/〉/g, '》');
  if (printed && !/^《.+》$/.test(printed[1])) return inner(notice.slice(at, at + printed[1].length));
  const m = /《(.+)》/.exec(notice);
  return m ? inner(m[1]) : null;
}

const ADDRESSEE_END = /(?:政府|部门|单位|机构|企业|组织|团体|中心|公司|集团|街道|党组|小组|同志|中央|[局委办厅院会室处科所站队部署行社镇乡村区省市州县旗盟学园校馆台场厂联协大关员工们])$/;

/**
 * A notice title whole on its line: a body's name, 关于, and a kind of document (`XX区人民政府办公室关于印发《…》的通知`).
 * It continues no line above it (a web site's name, `XX区人民政府门户网站`, probe 25).
 */
function isWholeNotice(line: string): boolean {
  const f = fold(line);
  return /^.{4,}?关于/.test(f) && !/^(?:转发|印发|批转)/.test(f) && ORGANIZATION.test(f.slice(0, f.indexOf('关于'))) && COMPLETE_TITLE.test(f);
}

/** A line that is only the kind of plan made of the document named above it: `任务分工方案`, `重点任务分解表`. */
const PLAN_OF_IT = /^(?:贯彻落实|落实|重点|主要)?(?:任务|工作|责任)?(?:分工方案|分解方案|实施方案|工作方案|落实方案|分工表|分解表|分工|分解|清单|台账)$/;

/**
 * A plan's edition or years in brackets, alone: `（2025年版）`, `（2024—2026年）`, `（试行）`: part of its title. (Not a
 * draft's status, `（征求意见稿）`, which names no plan: probe 62.)
 */
const EDITION = /^[（(](?:\d{4}年?(?:[—–\-－~～至到]\d{4}年?)?(?:版|修订版?)?|试行|暂行)[）)]$/;

function continuesTitle(title: string, next: string): boolean {
  if (!COMPLETE_TITLE.test(fold(title))) return true;
  // (`…供水实施方案` ⏎ `（2024—2026年）的通知`: the plan's period, then the rest of the title, probe 54.)
  // (`…促进民营经济高质量发展若干措施` ⏎ `任务分工方案`: a plan for carrying out the measures, a kind of document of its
  // own on the next line, probe 82.)
  // (`…若干政策举措` ⏎ `（2025年版）`: the edition or the years alone on the next line, probe 85.)
  // (`…打赢蓝天保卫战实施方案` ⏎ `（2018—2020年）任务分工方案的通知`: the period, then a plan for carrying it out,
  // probe 118.)
  const period = /^[（(][^（）()]{2,20}[）)]/.exec(next);
  if (period && /^(?:\d{4}|[一二三四五六七八九十〇零]{2,4})/.test(next.slice(1)) && PLAN_OF_IT.test(fold(next.slice(period[0].length)).replace(/的通知$/, ''))) return true;
  return /^[的之和与及暨]/.test(next) || /^[（(][^（）()]{2,20}[）)][的之]/.test(next) || PLAN_OF_IT.test(fold(next)) || EDITION.test(next);
}

/** For each index i, the number of numbered paragraphs and table rows before paragraph i (length n + 1). */
function numberedBefore(paragraphs: Paragraph[]): Int32Array {
  const counts = new Int32Array(paragraphs.length + 1);
  for (let i = 0; i < paragraphs.length; i++) counts[i + 1] = counts[i] + (paragraphs[i].kind === 'row' || isNumbered(paragraphs[i].text) ? 1 : 0);
  return counts;
}

function stripped(text: string): string {
  return text.replace(/\*\*/g, '').replace(/^#+\s*/, '').trim();
}

function isNumbered(text: string): boolean {
  const m = readNumberMarker(text);
  return m !== null && !m.digitAfter;
}

/**
 * The heading of notes, alone on its line: `说明：`, `注：`, `注释：`, `填表说明`, and `说明` without its colon (a
 * workbook's sheet of notes: probe 43). Not `备注：`, an empty field of a task (a new user's notice).
 */
export const NOTES_HEADING = /^[\s\u3000]*(?:(?:说明|注|注释|填表说明|填报说明)[\s\u3000]*[：:]|说明|填表说明|填报说明)[\s\u3000]*$/;

/** A row of a web page's metadata table: its first cell names a field (`索引号`, `发布机构`, `文号`, `有效性`). */
function isMetadataRow(p: Paragraph): boolean {
  const first = p.cells?.[0]?.text.trim() ?? '';
  return first.length > 0 && first.length <= 8 && isWebMetadata(`${first}：`);
}

/** A section's decimal number before its heading, as an 应急预案 numbers its parts (`3.2.1 气象水文信息`, `1 总则`). */
const SECTION_NUMBER = /^\d{1,2}(?:[.．]\d{1,2})+[\s\u3000]*[\u4e00-\u9fff]|^\d{1,2}[\s\u3000]+[\u4e00-\u9fff]/;

/** A short line with no sentence punctuation: a title, a signature, a 版头 (not a date, number or metadata). */
function isTitleLike(p: Paragraph): boolean {
  if (p.kind === 'row') return false;
  const text = stripped(p.text);
  if (text.length < 4 || text.length > 90) return false;
  if (/[。，,；;：:！？!?>]|【切换】/.test(text)) return false;
  // A breadcrumb parted by `/` (`首页 / 政务公开 / 政策文件`: probe 85) titles nothing.
  if (text.includes('/') && isWebMetadata(text)) return false;
  if (isDateLine(text) || isDocNumberLine(text) || isNumbered(text)) return false;
  // A 预案's numbered section (`2.3 宣传`, `2.2.1宣传`, `1 总则`: probe 137, where one had titled the plan), a line
  // closed by who does it (`加强宣传（县委宣传部负责）`), and a web page's field name alone (`标　　题`, probe 142).
  if (SECTION_NUMBER.test(text) || /[（(][^（）()]*(?:牵头|负责|配合)[^（）()]*[）)]$/.test(text) || isMetadataLabel(text)) return false;
  if (/^[（(].*[）)]$/.test(text) || /^附件/.test(text) || /^[-—–－]\s*\d+/.test(text)) return false;
  // The number of a 纪要 or a bulletin alone (`〔2024〕5号`, `第9期`: probe 51) titles nothing, nor an office form's
  // heading (`收文处理单`, `发文稿纸`: probe 53).
  if (ISSUE_NUMBER.test(text) || OA_FORM_TITLE.test(text)) return false;
  return true;
}

/** A body's name: up to an organ's last character (`…委员会`, `…厅`, `…局`), perhaps with its other name in brackets. */
const BODY_NAME = String.raw`[^\s\u3000、，,《》“”"]{2,30}?(?:[府厅局委办室会部院心司队所站处社行馆团联组署]|中心)(?:[（(][^（()）]{1,12}[）)])?`;
/** A run of bodies' names, white space or `、` between, that a notice title goes on from with 关于. */
const BODIES_BEFORE_ABOUT = new RegExp(String.raw`^${BODY_NAME}(?:[\s\u3000、]*${BODY_NAME})*[\s\u3000]*关于`);
/** A line of bodies' names and nothing else (`山东省发展和改革委员会　山东省教育厅`): co-issuers above a title. */
const BODIES_LINE = new RegExp(String.raw`^${BODY_NAME}(?:[\s\u3000、]+${BODY_NAME})*$`);
function isBodiesLine(text: string): boolean {
  return !/关于/.test(text) && BODIES_LINE.test(fold(text));
}

/**
 * A signature that ends in a bracket: a body's name and its other name or a note on the seal (`龙游县治水办（河长办）`,
 * `石门县河长制办公室（代章）`: probe 59), not a note of the document's own (`（此件公开发布）`).
 */
const NAMED_IN_BRACKETS = /^[^（()）]{2,30}?(?:[府厅局委办室会部院心司队所站处社行馆团联组署]|中心)[（(][^（()）]{1,12}[）)]$/;

/** A note on the seal, on its own line: `（宜春市应急管理局代章）`, `（代章）`. */
const SEAL_NOTE = /^[（(][^（()）]{0,30}代章[）)]$/;
const SEAL_NOTE_AFTER = /(?<=.)[（(][^（()）]{0,30}代章[）)]$/;

/**
 * A number of its own under a 纪要's or a bulletin's 标志: `〔2024〕5号`, `（2024）第5号`, `第9期`, `2024年第3期`, and a
 * meeting's `〔2025〕第5次` (a 常务会议纪要's, which had titled the notice).
 */
const ISSUE_NUMBER = /^(?:[〔［[（(【]?\d{4}[〕］\]）)】年]?)?第?[\d一二三四五六七八九十]{1,4}[号期次]$/;

/** A body's name as a signature gives it: placed (`平江县…`, `中共…`), ending as a body does, no punctuation. */
const isSignedBody = (name: string): boolean => name.length >= 4 && name.length <= 40 && PLACED.test(name) && ORGANIZATION.test(name) && !/[。，,；;：:、]/.test(name) && !DOC_TYPE.test(fold(name));

/**
 * The bodies of a joint signature that the paragraph `index`, just above the date, holds on several lines or in
 * several cells, joined by `、` (as {@link signatureNames} joins those on one line); undefined when it is not such a
 * signature. A probe-88 case each:
 * - lines a PDF paste joined into one paragraph: `中共平江县委办公室　　　　平江县人民政府办公室` ⏎ `平江县财政局`, which
 *   had become one name `…人民政府办公室平江县财政局`;
 * - a borderless Word table of signatures, two to a row with a blank row between (`常德市教育局 | 常德市财政局`, ⏎
 *   `常德市人力资源和社会保障局 |`): every row of it up to the table's first, where only the last row had been read
 *   (and its cells run together).
 * Every line or filled cell must be a body's name: the last row of a task table, or a sentence, is no signature.
 */
function jointSignature(paragraphs: Paragraph[], index: number): string | undefined {
  const p = paragraphs[index];
  let names: string[] = [];
  if (p.kind === 'row') {
    for (let i = index; i >= 0 && index - i < 4 && paragraphs[i].kind === 'row'; i--) {
      const filled = (paragraphs[i].cells ?? []).map((c) => c.text.replace(/[\s\u3000]+/g, '')).filter(Boolean);
      if (!filled.every(isSignedBody)) return undefined;
      names = [...filled, ...names];
      if (paragraphs[i].tableStart) break;
    }
  } else if (p.pieces.length > 1 && p.pieces.length <= 4) {
    const lines = p.pieces.map((piece, i) => p.text.slice(piece.offset, p.pieces[i + 1]?.offset ?? p.text.length));
    names = lines.flatMap((line) => signatureNames(stripped(line)).split('、'));
    if (!names.every(isSignedBody)) return undefined;
  }
  return names.length > 1 ? names.join('、') : undefined;
}

/**
 * Bodies signing side by side whose names each wrap over two lines, set apart by wide space (`中共晋阳城市建设投资集团
 * 　　晋阳城市建设投资集团` ⏎ `有限公司委员会　　有限公司`: a joint signature as pdftotext -layout prints it, probe 134,
 * read row by row as three bodies): each column's two pieces make one body, joined by `、`; undefined when the two
 * lines are not two such rows.
 */
function wrappedSideBySide(first: string, second: string): string | undefined {
  const top = first.trim().split(/[\s\u3000]{2,}/);
  const bottom = second.trim().split(/[\s\u3000]{2,}/);
  if (top.length < 2 || top.length !== bottom.length || !top.every((t) => PLACED.test(t)) || bottom.some((b) => PLACED.test(b))) return undefined;
  const names = top.map((t, i) => `${t}${bottom[i]}`.replace(/[\s\u3000]+/g, ''));
  return names.every(isSignedBody) ? names.join('、') : undefined;
}

/**
 * The issuer of a signature line: white space removed, except that bodies signing together and set apart by wide
 * space (`蚌埠市发展和改革委员会　　　　蚌埠市财政局`) are joined by `、` rather than run into one name that does not exist.
 * A name spaced out letter by letter (`乐 至 县 人 民 政 府`) stays one.
 */
function signatureNames(text: string): string {
  const parts = text.trim().split(/[\s\u3000]{2,}|\u3000/);
  if (parts.length > 1 && parts.every((p) => p.replace(/\s+/g, '').length >= 4)) return parts.map((p) => p.replace(/\s+/g, '')).join('、');
  // One ASCII space between two bodies (`中共河口乡委员会 河口乡人民政府`, as WPS on a phone types it: probe 89) parts
  // them too when each is a body's name as a signature gives it.
  const spaced = text.trim().split(/ +/);
  if (spaced.length > 1 && spaced.every(isSignedBody)) return spaced.join('、');
  return text.replace(/[\s\u3000]+/g, '');
}

/**
 * White space removed; 《》 enclosing the whole line and a leading web-column tag `【…】` are not part of a title.
 * Inside such 《》 a title's own 《》 were written 〈〉 (`《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》`,
 * a web page's copy): without the outer pair they are 《》 again.
 */
function cleanTitle(text: string): string {
  // (A chat's `@所有人` before it too: a WeChat group's copy, probe 68.)
  let t = text.replace(/[\s\u3000]+/g, '').replace(/^@[\u4e00-\u9fffA-Za-z·]{2,5}(?=【|关于)/, '').replace(/^【[^】]*】/, '');
  if (/^《[^《》]*》$/.test(t)) t = t.slice(1, -1).replace(/〈/g, '《').replace(/〉/g, '》');
  return t;
}

/**
 * The date of a date line as `YYYY-MM-DD`: `2023年10月10日`, `二〇二三年十月十日`, full-width digits, `〇` typed as `O`,
 * `0` or `Ο` (`二O二四年`), `元月` for January (probe 58), in brackets, or after the signature on the same line; null when it is not a real date.
 */
export function isoDate(text: string): string | null {
  const t = ocrDigits(halfWidthDigits(text.replace(/[\s\u3000]+/g, ''))).replace('年元月', '年一月');
  const m = /(\d{4}|[〇零一二三四五六七八九○OoＯΟ0]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日[）)]?$/.exec(t);
  if (!m) return null;
  const year = /^\d{4}$/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map((c) => (/[〇○零OoＯΟ0]/.test(c) ? 0 : chineseNumber(c))).join(''));
  const month = /\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2]);
  const day = /\d/.test(m[3]) ? Number(m[3]) : chineseNumber(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
