import { VFileMessage } from 'vfile-message';
import type { Matrix, MatrixSource, TaskSource } from '../matrix/types.js';
import type { Cell, ListNumber, ReadNotice } from '../read/types.js';
import type { Bilingual, Lang } from '../i18n.js';
import { FengongError } from '../errors.js';
import { forgetAnswers } from './memo.js';
import { unaccountedMarkers, type ParagraphLedger } from './accounting.js';
import { impossibleDay, planYearOf } from '../matrix/due-date.js';
import { isTimeNotUnit, joinedByAnd } from '../matrix/rules.js';
import { isTimePhrase } from './deadline.js';
import { fold } from './fold.js';
import { monthSignature, NOTES_HEADING, readHeader } from './header.js';
import { firstIsLeadNote, isBody, leadMarkOf, otherLevel, scanMarkers, type ParagraphDiagnostic } from './markers.js';
import { columnKind, isRole, mayHoldLabel } from './labels.js';
import { chineseNumber, readDottedRowNumber, readNumberMarker, readRowNumber, readSubRowNumber, readTaskIdCell, type NumberMarker, type TypedStyle } from './numbering.js';
import { OutlineStack, type Chunk, type ItemState } from './outline.js';
import { buildTasks, carries, firstSentence, itemTitle } from './tasks.js';
import { buildParagraphs, docNumberOf, hasText, inOfficeForm, isDateLine, isDocNumberLine, isLabelled, MINUTES_FIELD, OA_FIELD, ORGANIZATION, placeOf, type Paragraph } from './paragraphs.js';
import { completeRow, continueRow, otherLevelColumns, readRowUnits, readTableHeader, repeatsHeader, unitsTableColumns, type Columns } from './table.js';
import { append } from '../lists.js';
import { isPlaceholder, splitUnits } from './units.js';

/** Options of {@link parseNotice}. */
export interface ParseNoticeOptions {
  /** Recorded as `document.source`. */
  source?: MatrixSource;
  /** Language of the findings' messages (default English). */
  lang?: Lang;
}

/** A matrix and the findings made while compiling it (vfile-messages with `ruleId`, `place`, `fatal`). */
export interface ParsedNotice {
  matrix: Matrix;
  messages: VFileMessage[];
  /**
   * Where a text (a unit's name, a date) stands in a task's lines: the 1-based line and column (characters) of its first
   * occurrence in the paragraphs of `source.line`..`source.endLine`, else the task's first line at column 1. For
   * findings made on the matrix afterwards (`check`'s `unknown-unit`, `unit-variant`: a fresh user's, told of a name
   * at column 1 of a line where it stood at column 30).
   */
  place: (source: TaskSource, text: string) => { line: number; column: number };
}

/** The caption of a table's part after a page break: `续表`, `续表1`, `（续表）`, `续表：`. */
const CONTINUED = /^[\s\u3000]*[（(]?续[\s\u3000]*表[\s\u3000]*\d{0,2}[）)]?[\s\u3000：:]*$/;
/**
 * A cell that repeats the one above it in its column: `同上` (`同上。`), or a ditto mark `〃` (a 任务分工表 typed by hand:
 * each row's units in full, the same as the row before written short).
 */
const DITTO = /^[\s\u3000]*(?:同上|〃|″)[\s\u3000。.]*$/;
/** Numbering styles written alike but for an opening parenthesis (`(3)` and `3)`), each with the other. */
const HALF_PAREN: Record<string, string> = { par: 'arp', arp: 'par' };
/** A line naming an event's organisers, `主办单位：…` (or 主办方), or the 承办 line under it. */
/**
 * The opening of an item's text that gives the work in prose: a body's name (or several, `、` between) and 负责, 牵头 or
 * 会同 (`县财政局负责统筹…`, `县住建局要会同…`), with no bracket, comma or full stop before it.
 */
const PROSE_ASSIGNMENT = /^[\s\u3000]*([^\s\u3000，,。；;：:（）()“”《》]{2,60}?)(?:要|应|须|应当)?(?:负责|牵头|会同)/;

const ORGANISER = /^[\s\u3000]*(?:主办|承办)(?:单位|方)[\s\u3000]*[：:]/;
/** A line of contact details (`联系人：赵磊，电话：52812345`, `联系电话：…`), whole. */
const CONTACT_LINE = /^(?:联系人|联系电话|联系方式|电话|手机|邮箱|电子邮箱|传真)[\s\u3000]*[：:][^。；;]*$/;

/** The rest of the note on leads, giving the others of each list as support (`…，其他为配合单位`, `其余单位配合`). */
/** The note that units marked `（牵头）` lead (`标注“（牵头）”的为牵头单位`), for what it says of the others (REST_SUPPORT). */
const MARKED_LEAD_NOTE = /(?:标注|标有|标明|注明|标|带有|带)[“"‘]?[（(]牵头(?:单位|部门)?[）)][”"’]?(?:的|者)(?:单位|部门)?(?:为|是)(?:工作)?牵头(?:责任)?(?:单位|部门)/;
const REST_SUPPORT = /^[，,、；;\s\u3000]*(?:其他|其余|其它|其他的|其余的)(?:单位|部门)?(?:为|是)?(?:配合|协办|参与|协助)/;

/**
 * Compiles a notice, as read by `src/read/`, into its responsibility matrix (matrix-format.md). Pure: no file
 * system, no process. Findings are vfile-messages: `fatal: true` for errors a person must check (an unclosed
 * bracket), `false` for repairs the parser made (a page-break join, a mismatched closer, a repeated number),
 * `undefined` for info (an ignored marker).
 * @throws FengongError when the notice has neither a numbered outline, nor a task table, nor a marked paragraph.
 */
export function parseNotice(read: ReadNotice, options: ParseNoticeOptions = {}): ParsedNotice {
  forgetAnswers();
  const messages: VFileMessage[] = [];
  const lang = options.lang ?? 'en';
  const report = (text: Bilingual, line: number, column: number, ruleId: string, severity: 'error' | 'warning' | 'info') => {
    const message = new VFileMessage(text[lang], { place: { line, column }, ruleId, source: 'fengong' });
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    messages.push(message);
  };
  const ledgers = new Map<Paragraph, ParagraphLedger>();
  /** The index of the last paragraph that opened an item as a heading with no marker (see MarkerContext.underHeading). */
  let heading = -2;
  /** The ids of the items before the attachment being read (`附件1`), and whether its new numbering was noted. */
  let beforeAttachment: Set<string> | undefined;
  let attachmentNoted = false;
  const ledger = (p: Paragraph) => {
    let l = ledgers.get(p);
    // Every field from the start: one object shape, no property store added later.
    if (!l) ledgers.set(p, (l = { groups: [], findings: [], roleCells: undefined, folded: undefined }));
    return l;
  };
  const reportAt = (p: Paragraph, d: ParagraphDiagnostic) => {
    ledger(p).findings.push(d.offset);
    const place = placeOf(p, d.offset);
    report(d.message, place.line, place.column, d.ruleId, d.severity);
  };

  const { paragraphs, repairs } = buildParagraphs(read.blocks);
  // A character the input's bytes did not give (U+FFFD: a stray byte in a GB18030 file, a character lost before):
  // the clerk checks it against the original.
  for (const p of paragraphs) {
    for (let at = p.text.indexOf('\ufffd'); at >= 0; at = p.text.indexOf('\ufffd', at + 1)) {
      const place = placeOf(p, at);
      report({ en: 'A character here could not be decoded (U+FFFD): check it against the original', zh: '此处有一个字符无法解码（U+FFFD）：请对照原件核对' }, place.line, place.column, 'undecodable-character', 'warning');
    }
  }
  // A Word draft with its 修订 and 批注 still in it: the matrix follows the text with every change accepted, and the
  // comments are not read; the clerk is told, once (probe 87: open changes nobody had agreed to, read in silence).
  if (read.revisions) {
    const { changes, comments } = read.revisions;
    report(
      {
        en: `The document still holds ${changes} tracked change${changes === 1 ? '' : 's'} and ${comments} comment${comments === 1 ? '' : 's'}: the matrix follows the text with every change accepted, and comments are not read; accept or reject the changes in Word if they are not agreed`,
        zh: `文档中仍有 ${changes} 处修订和 ${comments} 条批注：矩阵按接受全部修订后的文字生成，批注不读取；修订若未定稿，请先在 Word 中接受或拒绝`,
      },
      1,
      1,
      'tracked-changes',
      'info',
    );
  }
  // Text struck through in Word or Excel is read as deleted (a county's copy of a city's list, the city's units struck
  // and its own typed after them: probe 118, where the two had been glued into one name); the clerk is told, once.
  if (read.struck) {
    const n = read.struck;
    report(
      {
        en: `${n} piece${n === 1 ? '' : 's'} of text struck through ${n === 1 ? 'was' : 'were'} left out, as deleted: clear the strike-through in the original if ${n === 1 ? 'it is' : 'they are'} meant to count`,
        zh: `有 ${n} 处带删除线的文字按已删除处理，未读入：如应计入，请在原文件中去掉删除线`,
      },
      1,
      1,
      'struck-text',
      'info',
    );
  }
  // Radicals for ordinary characters (`⼀、`, `⼈民政府`), read as those characters by src/read/: said once, where the
  // first stands, for the clerk to know that the names differ from the file's characters (probe 106).
  if (read.radicals) {
    const { count, line, column } = read.radicals;
    report(
      {
        en: `${count} character${count === 1 ? ' was a radical' : 's were radicals'} a PDF's text layer gives for ordinary characters (\`⼀\` for \`一\`, \`⼈\` for \`人\`): read as the ordinary characters`,
        zh: `有 ${count} 个字符是 PDF 文字层用来代替常用字的部首字符（“⼀”代“一”，“⼈”代“人”）：已按常用字读取`,
      },
      line,
      column,
      'radical-characters',
      'warning',
    );
  }
  const header = readHeader(paragraphs);
  const doc = header.document;
  // A 发文字号 printed only in a Word document's header (a red-header template's first page: probe 127).
  if (doc.docNumber === null && read.headerLines) {
    const line = read.headerLines.find(isDocNumberLine);
    if (line !== undefined) doc.docNumber = docNumberOf(line);
  }
  const planLevel = levelOf(doc.issuer ?? doc.notice ?? doc.title ?? '');
  const planYear = planYearOf(doc.title, doc.date) ?? null;

  const stack = new OutlineStack();
  const states: ItemState[] = [];
  const preamble: Chunk[] = [];
  /** The task table being read: its columns, and the text of its category cell in the row before (merged cells). */
  /** `wholeIds`: its 序号 cells are fengong's task ids (a `#k` seen), so a bare number is a top item's id too. */
  /** `lastRow`: the last bare row number and its item's id; `subOf`: the row whose `N-1`, `N-2`… sub-rows are being read. */
  let table: { columns: Columns; category: string | null; section?: string; previous?: Cell[]; filled?: Cell[]; wholeIds?: boolean; lastRow?: { n: number; id: string }; subOf?: number } | null = null;
  const endTable = () => {
    if (table) stack.closeTable();
    table = null;
  };
  /** An attachment's heading: a document of its own starts, no item of the plan open in it (see beforeAttachment). */
  const startAttachment = () => {
    beforeAttachment = new Set(states.map((s) => s.item.id));
    attachmentNoted = false;
    stack.closeAll();
    endTable();
    signedOff = false;
  };
  let structure = false;
  /**
   * Whether the plan has been signed and dated after its last item: text after that, up to the next item, table or
   * attachment, is part of no item (a 公众号 article's `来源：…` ⏎ `编辑：…` ⏎ `往期推荐` ⏎ headlines under the signature:
   * probe 143, whose last task's text had taken them all in).
   */
  let signedOff = false;
  /** The paragraphs after the signature that no item took in (see signedOff). */
  const unsigned: Paragraph[] = [];
  /**
   * The first header of a table laid out with spaces (src/read/aligned-table.ts, layout-table.ts) that names a role
   * column and that fengong could not read as a task table's header: its rows were read as cells, but not as tasks.
   */
  let unreadHeader: { line: number; header: true; layout: true } | null = null;

  const addChunk = (target: ItemState | null, chunk: Chunk) => {
    const chunks = target ? target.chunks : preamble;
    const last = chunks[chunks.length - 1];
    if (!chunk.hasText && last) {
      append(last.groups, chunk.groups);
      // A contact line among the marker lines (`联系人：赵磊，电话：…`) stays in the text of the chunk it belongs to.
      if (chunk.text && hasText(chunk.text)) last.text = `${last.text}\n${chunk.text}`;
      last.endLine = Math.max(last.endLine, chunk.endLine);
    } else chunks.push(chunk);
    if (target && chunk.groups.some(carries)) stack.mark(target);
    // A block of leaders only under an item (`5.…` ⏎ `责任领导：党组书记、局长`, probe 64) is that item's own, as its
    // units would be: the items of the run are marked one by one, and a block after the next item is that item's,
    // not the section's.
    else if (target?.parent && target === stack.current && !chunk.hasText && chunk.groups.some((g) => g.leaders.length > 0)) {
      for (let a: ItemState | null = target.parent; a && !a.childMarked; a = a.parent) a.childMarked = true;
    }
  };
  /**
   * Opens an item; `parentId` for a row numbered with its whole id (`2.2.1`, see OutlineStack.pushRow); `merged` for
   * a 序号 cell merged over rows.
   */
  const reportRepeated = (marker: string, repeated: string, line: number, column: number) =>
    report({ en: `The number \`${marker}\` gives an id an earlier item has; its id gets \`${repeated}\``, zh: `编号“${marker}”对应的 id 已被前面的条目使用，其 id 加上“${repeated}”` }, line, column, 'repeated-number', 'warning');
  const open = (style: Parameters<OutlineStack['push']>[0], number: number, marker: string, line: number, column: number, parentId?: string, merged = false) => {
    const { state, repeated, skippedFrom } = parentId === undefined ? stack.push(style, number, marker, line) : { ...stack.pushRow(parentId, number, marker, line), skippedFrom: null };
    // A number the text skips past (`一、` `二、` `四、`, `1.` `3.`): a drafting slip a clerk proofreading wants to see (a fresh
    // user's, told of a repeat but never of a gap). Not in a table, whose 序号 keeps the source's numbers where they skip.
    if (skippedFrom !== null && style !== 'row') {
      report({ en: `The number \`${marker}\` follows number ${skippedFrom}: number ${skippedFrom + 1} is missing; check the numbering`, zh: `编号“${marker}”紧接在第 ${skippedFrom} 项之后，缺少第 ${skippedFrom + 1} 项：请核对编号` }, line, column, 'skipped-number', 'warning');
    }
    // An attachment numbering its rows from 1 again (附件 任务清单 `1`…`13` after the plan's 一、…六、): the ids it shares
    // with the plan get their `-2`, as the format wants, and the clerk is told so as a note, not as a repeated number
    // to correct (probe 79: six warnings for a notice that repeats nothing).
    if (repeated && beforeAttachment?.has(state.item.id.slice(0, state.item.id.length - repeated.length))) {
      if (!attachmentNoted) report({ en: `The attachment numbers its items again: an id it shares with the text before it gets \`${repeated}\` (\`${marker}\` is \`${state.item.id}\`)`, zh: `附件重新编号：与前文相同的 id 加上“${repeated}”（“${marker}”为“${state.item.id}”）` }, line, column, 'repeated-number', 'info');
      attachmentNoted = true;
    } else if (repeated && merged) {
      // A number merged down over rows (a 整改清单's 序号 over its 整改措施) is no mistake of the notice's: a note, once
      // per merged cell, at its second row (probe 104: ten warnings for a table that repeats nothing).
      if (repeated === '-2') report({ en: `The number \`${marker}\` is merged over several rows, each with a task of its own: the rows after its first get \`-2\`, \`-3\`…`, zh: `编号“${marker}”合并了多行，每行各有任务：第一行之后的各行 id 依次加上“-2”“-3”…` }, line, column, 'repeated-number', 'info');
    }
    // (Not a repeat the source already wrote with its suffix, `1.1-2` in an export's 序号 read back: nothing to correct.)
    else if (repeated && !marker.endsWith(repeated)) reportRepeated(marker, repeated, line, column);
    states.push(state);
    structure = true;
    signedOff = false;
    return state;
  };

  // Markers in the covering letter (`…请市政府督查室定期通报（牵头单位：市政府督查室）`) are tasks before the first item
  // (`#1`…), its own numbered paragraphs never items of the outline.
  for (let i = 0; i < header.bodyStart; i++) {
    const p = paragraphs[i];
    if (i === header.recipientsAt || p.kind !== 'text' || !(mayHoldLabel(p.text) || p.text.includes('）') || p.text.includes(')'))) continue;
    // An office system's form above the notice (`拟办意见：…` ⏎ `承办单位：县甲局`: probe 53) assigns no task.
    if (OA_FIELD.test(p.text) || inOfficeForm(paragraphs, i)) continue;
    const scan = scanMarkers(p.text, { planLevel });
    if (!scan.groups.some(carries)) continue;
    // A deadline alone (`时限要求：每季度结束后5个工作日内报送`) asks the recipients for a report; it assigns nothing,
    // and it is not lost either.
    if (!scan.groups.some((g) => g.lead.length + g.responsible.length + g.support.length > 0)) {
      ledger(p).groups = scan.groups.map((g) => ({ ...g, used: true }));
      continue;
    }
    record(p, scan);
    const own = scan.text.trim();
    addChunk(null, { text: own, hasText: hasText(own), groups: scan.groups, line: p.line, endLine: p.endLine });
  }

  for (let i = header.bodyStart; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind === 'row') {
      if (isImprint(p.cells!.map((c) => c.text).join(' ')) || isSignOffRow(p.cells!)) {
        endTable();
        continue;
      }
      if (p.tableStart || !table || repeatsHeader(p, planLevel, table.columns)) {
        // A header laid out with spaces whose names its narrow columns wrapped (`序  项目名称  年度攻坚目标  责任领
        // 牵头单位  配合单位 完成时` over `号  导  限`, cells one space apart run together: a table printed in portrait,
        // read by `pdftotext -layout`, probe 112): no header fengong reads, and the lines under it no rows it can. Their
        // tasks are lost, which is said (below); the pieces are not made a task's units.
        if (!table && wrappedHeader(p, paragraphs[i + 1])) {
          unreadHeader ??= { line: p.line, header: true, layout: true };
          while (paragraphs[i + 1]?.kind === 'row' && paragraphs[i + 1].aligned) i++;
          continue;
        }
        const header = readTableHeader(paragraphs, i, planLevel);
        if (header) {
          // Its role columns of another level are context, said so as their labels are in text (probe 95: silent).
          if (!table) {
            for (let k = i; k <= i + header.used; k++) {
              if (paragraphs[k].kind === 'row') for (const name of otherLevelColumns(paragraphs[k], planLevel)) report(otherLevel(name), paragraphs[k].line, 1, 'ignored-marker', 'info');
            }
          }
          if (table) stack.closeRows();
          else if (!restartsUnder(stack.current, firstRowNumber(paragraphs, i + header.used + 1, header.columns))) stack.closeMarked();
          table = { columns: header.columns, category: null };
          structure = true;
          i += header.used;
          continue;
        }
        // A table of units only (`牵头单位 | 责任单位 | 完成时限` under a section, a Word habit): its rows are marker
        // blocks of the item before it.
        const units = stack.current ? unitsTableColumns(p, planLevel) : null;
        if (units) {
          table = { columns: units, category: null };
          continue;
        }
        // A table that goes on after a page break without its header (Word's second table after `续表`, probe 47): rows
        // as many cells wide as the open table's, numbered, are its rows.
        if (p.tableStart && !(table && p.cells!.length === table.columns.length && readRowNumber(p.cells![table.columns.indexOf('number')]?.text ?? '') !== null)) endTable();
      }
      if (table) {
        const spanned = p.cells!.length < table.columns.length ? rowUnderMergedCell(paragraphs, i, table.columns, table.previous) : null;
        const completed = spanned ? { cells: spanned, used: 0 } : !p.whole && (p.cells!.length < table.columns.length || /^"[^"]*$/.test(p.cells![p.cells!.length - 1].text)) ? completeRow(paragraphs, i, table.columns.length) : { cells: p.cells!, used: 0 };
        // A cell Excel quoted on the clipboard (`"市民政局⏎市卫健委"`: it held a line break) reads as its content.
        const unquoted = completed.cells.some((c) => c.text.startsWith('"')) ? completed.cells.map(unquoteCell) : completed.cells;
        const continued = continueRow(paragraphs, i + completed.used, unquoted, table.columns);
        const used = completed.used + continued.used;
        const endLine = paragraphs[i + used].endLine;
        // (`同上` under a heading row, whose cells are empty, repeats the last value its column wrote: the clerk's `同上`
        // meant the deadline above it, not the heading's blank, probe 152.)
        const cells = dittoCells(continued.cells, table.columns, table.filled ?? table.previous);
        table.previous = cells;
        table.filled = cells.map((c, k) => (c.text.trim() ? c : (table!.filled?.[k] ?? c)));
        i += used;
        readRow(p, cells, table.columns, endLine, i);
        // The lines the row took in (a cell's second paragraph, `责任单位：…⇥2023年12月底` under `牵头单位：…`) are accounted
        // for by its ledger: their labels are the row's cells (probe 71).
        for (let k = i - used + 1; k <= i; k++) ledgers.set(paragraphs[k], ledger(p));
        continue;
      }
    } else if (table && CONTINUED.test(p.text)) {
      // `续表` (`续表1`, `（续表）`) between the parts of a table cut by a page break: the table goes on (probe 47).
      continue;
    } else if (table) {
      stack.closeRows();
      // A numbered line between pasted rows is a category row whose cells were merged (no tab survives the
      // paste): the table goes on under it, and under two or three of them in a row (`一、…` ⏎ `（一）…` ⏎ rows,
      // probe 31). Any other text ends the table.
      if (!categoryRow(i)) endTable();
    }
    if (isClosing(paragraphs, i)) {
      // The plan's date under its signature closes its last item (see signedOff).
      if (p.kind === 'text' && isDateLine(p.text.trim())) signedOff = true;
      continue;
    }
    // A closing paragraph that assigns the measures above (`以上政策措施由区发改局牵头，…按职责分工负责落实。`, `上述措施未明确
    // 责任单位的，由省发展改革委牵头…`: probe 139, two plans whose measures had no units and no word said why): the contract
    // makes no task of it for each measure; said, so that the clerk gives them their units.
    if (p.kind !== 'row' && CLOSING_ASSIGNMENT.test(p.text.trim())) report({ en: 'This paragraph assigns the measures above to units; fengong does not apply it to each measure: add their units by hand where it is meant', zh: '本段为上述各项措施指定了单位；fengong 不把它分配到每项措施，请按其本意为相关措施补填单位' }, p.line, 1, 'ignored-marker', 'info');
    // The list of attachments (`附件：1.…任务清单` ⏎ `2.…名单`): titles of documents, not items of the plan.
    if (p.text.includes('附件') && ATTACHMENT_LIST.test(p.text)) {
      // Only a numbered list (`附件：1.…`, or `附件：` alone above it, probe 23) goes on over numbered lines; after one
      // title they are the plan's (probe 21).
      if (NUMBERED_ATTACHMENTS.test(p.text)) while (i + 1 < paragraphs.length && isAttachmentTitle(paragraphs[i + 1].text)) i++;
      // Right over a table (`附件：重点任务分工表` ⏎ `序号⇥重点任务⇥…`: the heading and the title on one line, a fresh
      // user's, whose rows had become children of the plan's last item) it is the attachment's heading, as `附件` alone is.
      else if (paragraphs[i + 1]?.kind === 'row') startAttachment();
      continue;
    }
    // Notes under a heading of their own (`说明：` ⏎ `1.各牵头单位要…` ⏎ `2.完成时限为…`): not items of the plan.
    // (Also when the first note stands on the heading's line, `注：1.项目排序不分先后。` ⏎ `2.各牵头单位于每月…`: probe 133,
    // whose `2.` had become an item `2-2` with a repeated-number warning.)
    if ((p.text.length <= 8 && NOTES_HEADING.test(p.text)) || (p.kind !== 'row' && NOTE_WITH_FIRST.test(p.text))) {
      // A numbered line with a labelled line under it (`1.推进…` ⏎ `责任单位：…`) is an item after all.
      while (i + 1 < paragraphs.length && isNote(paragraphs[i + 1], planLevel) && !(i + 2 < paragraphs.length && isLabelled(paragraphs[i + 2].text))) i++;
      continue;
    }
    // An attachment's heading (`附件1`) starts a document of its own: no item of the plan is open in it.
    // (Letter-spaced too, `附  件`: probe 32.)
    if (p.text.length <= 10 && /^[\s\u3000]*附[\s\u3000]*件[\s\u3000]*\d{0,2}[\s\u3000]*$/.test(p.text)) {
      startAttachment();
      continue;
    }
    const numbered = p.kind === 'row' ? numberedCells(p.cells!) : null;
    if (numbered) readCells(p, numbered, i);
    else readParagraph(p, i);
  }

  /**
   * A row outside any task table whose cells hold numbered paragraphs of their own (`一、老旧小区改造 | 1.完成…（牵头单位：…）`,
   * a 类别 | 任务 table with the units inline; probe 20): each cell is read as a paragraph, in order, and what they
   * found is recorded for the row, at the cells' offsets in its text.
   */
  function readCells(p: Paragraph, cells: Array<{ cell: Cell; offset: number }>, index: number) {
    const rowLedger = ledger(p);
    for (const { cell, offset } of cells) {
      const q: Paragraph = { kind: 'text', text: cell.text, pieces: [{ offset: 0, line: cell.line, column: cell.column }], line: cell.line, endLine: p.endLine, blankBefore: false };
      readParagraph(q, index);
      const own = ledgers.get(q);
      if (!own) continue;
      // The groups themselves, moved to the row's offsets: the tasks mark them used, which the accounting reads.
      for (const g of own.groups) {
        g.start += offset;
        g.end += offset;
        rowLedger.groups.push(g);
      }
      for (const f of own.findings) rowLedger.findings.push(f + offset);
    }
  }

  /**
   * The item a block of markers only (at paragraph `index`) belongs to: the item before it, except after a run of
   * sub-items none of which carries markers, which it closes: then the item above the run (matrix-format.md "Items
   * and tasks"). A run is two or more sub-items, or one where the item before took its block so
   * ({@link closedRunBefore}). A sub-item holding a marked item of its own (`（一）` ⏎ `1.…〔牵头单位：…〕` ⏎ `（二）…` ⏎
   * `牵头单位：…`, probe 22) carries markers: the block after `（二）` is its own. The run must end there: when the next numbered
   * paragraph is another item like the last one (`（三）` after `（二）…` ⏎ `责任单位：…`), the markers are that last
   * item's own.
   */
  function markerTarget(index: number): ItemState | null {
    const target = stack.current;
    const parent = target?.parent;
    if (target && !target.marked && parent && !parent.childMarked && (parent.childCount >= 2 || (parent.childCount === 1 && closedRunBefore(parent))) && nextStyle(index) !== target.style) {
      parent.closedRun = true;
      return parent;
    }
    return target;
  }

  /**
   * Whether the item before `item` numbered as it is, at its depth (its sibling, or a cousin under the section before),
   * took the block of markers after its run of sub-items: then a run of one sub-item under `item` closes the same way
   * (a 整改方案's problem `8．…` ⏎ `整改措施：` ⏎ `①…` ⏎ `责任单位：…` after problems with two or three `①②` measures
   * each, probe 73: the block is the problem's, as theirs).
   */
  function closedRunBefore(item: ItemState): boolean {
    for (let j = states.lastIndexOf(item) - 1; j >= 0; j--) {
      const s = states[j];
      if (s.style === item.style && s.parent?.style === item.parent?.style) return s.closedRun === true;
    }
    return false;
  }

  /** The style of the next numbered paragraph after paragraph `index`, or null at the end. */
  function nextStyle(index: number): string | null {
    for (let j = index + 1; j < paragraphs.length; j++) {
      const q = paragraphs[j];
      if (q.kind === 'row' || ATTACHMENT_LIST.test(q.text) || NOTES_HEADING.test(q.text)) return null;
      // A paragraph of Word's automatic list has its number's style, as readParagraph reads it (probe 84: a `（2）` of a
      // list was taken for no sibling, and the block of `（1）` went to the item above the run).
      const marker = q.list ? listMarker(q.text, q.list) : readNumberMarker(q.text);
      if (marker && !marker.digitAfter) return marker.style;
    }
    return null;
  }

  /** The number of the next paragraph after paragraph `index` numbered in `style` (a digit after it no number), or null. */
  function nextOfStyle(index: number, style: string): number | null {
    for (let j = index + 1; j < paragraphs.length && j <= index + 200; j++) {
      const marker = paragraphs[j].kind === 'text' ? readNumberMarker(paragraphs[j].text) : null;
      if (marker && !marker.digitAfter && marker.style === style) return marker.number;
    }
    return null;
  }

  /** Whether paragraph `index` is a numbered line over table rows (up to three such lines, then a row). */
  function categoryRow(index: number): boolean {
    for (let j = index; j < index + 3 && j < paragraphs.length; j++) {
      const q = paragraphs[j];
      const marker = readNumberMarker(q.text);
      if (!marker || marker.digitAfter) return false;
      const next = paragraphs[j + 1];
      if (next?.kind === 'row') return !next.tableStart;
      if (next?.kind !== 'text') return false;
    }
    return false;
  }

  /**
   * A typed number next to Word's automatic ones (`3．` after an automatic `1.` `2.`, an automatic `2.` after a typed
   * `1.`: probe 31): the same form as an open level whose next number it is, that level's style (a list's levels
   * below the first carry their level in their style, `ar@2`, and would not match a typed `ar`).
   */
  function sameForm(marker: NumberMarker): NumberMarker {
    const open = stack.open;
    if (open.some((s) => s.style === marker.style)) return marker;
    const form = marker.style.split('@')[0];
    for (let j = open.length - 1; j >= 0; j--) {
      const s = open[j];
      const other = s.style.split('@')[0];
      // `3)` between `(2)` and `(4)`, `（3）` after `2）`: one list typed in a hurry (probe 45).
      if ((other === form || HALF_PAREN[form] === other) && s.number + 1 === marker.number) return { ...marker, style: s.style };
    }
    return marker;
  }

  /** Records what a paragraph's scan found in its ledger (for the accounting pass) and reports its findings. */
  function record(p: Paragraph, scan: ReturnType<typeof scanMarkers>) {
    const l = ledger(p);
    // A copy of the list, not the list itself: a chunk's list grows with the marker-only paragraphs after it.
    if (l.groups.length === 0) l.groups = scan.groups.slice();
    else for (const g of scan.groups) l.groups.push(g);
    if (p.kind !== 'row') l.folded = scan.folded;
    for (const d of scan.diagnostics) reportAt(p, d);
  }

  function readParagraph(p: Paragraph, index: number) {
    // A row outside any task table (a stray tab in a line) reads as the text of its cells.
    const text = p.kind === 'row' ? rowText(p.cells!) : p.text;
    const found = p.list ? listMarker(text, p.list) : readNumberMarker(text);
    const marker = found && sameForm(found);
    // `一、二级公路养护` opening the outline is its first item (probe 26); after `二、` it is a wrapped line (probe 25).
    // `1.0～6岁儿童健康管理` opens a list whose `2.` follows (probe 35), as `3.5亿元` after `2.` goes on one.
    const opens = marker !== null && (!marker.digitAfter || stack.expected(marker) || (marker.style === 'cn' && marker.number === 1 && !stack.open.some((s) => s.style === 'cn')) || (marker.number === 1 && !stack.open.some((s) => s.style === marker.style) && nextOfStyle(index, marker.style) === 2));
    const scan = scanMarkers(text, { planLevel, numbered: opens, organisers: index > 0 && ORGANISER.test(paragraphs[index - 1].text), inBlock: /^[\s\u3000]*(?:主办|成员单位)/.test(text) && inAssigningBlock(index), underHeading: !opens && heading === index - 1 });
    // An item's numbered line that is a heading with no marker of its own (`二、强化考核激励`), for the paragraph under it.
    heading = opens && scan.groups.length === 0 && !text.includes('。') ? index : -2;
    record(p, scan);
    if (signedOff && !(marker && opens) && scan.groups.length === 0) {
      unsigned.push(p);
      return;
    }
    if (marker && opens) {
      const place = placeOf(p, marker.start);
      const state = open(marker.style, marker.number, marker.marker, place.line, place.column);
      const own = scan.text.slice(marker.end);
      addChunk(state, { text: own, hasText: true, groups: scan.groups, line: p.line, endLine: p.endLine });
      return;
    }
    const own = scan.text.trim();
    // A contact line is not text of its own: it splits no marker block into two tasks (probe 13).
    const chunk: Chunk = { text: own, hasText: hasText(own) && !CONTACT_LINE.test(own), groups: scan.groups, line: p.line, endLine: p.endLine };
    // A line of leaders (`责任领导：…`) goes where the units after it go (probe 27: after a run of `（n）` it was left on
    // the last of them, and reported as unaccounted).
    addChunk(chunk.hasText || !chunk.groups.some((g) => carries(g) || g.leaders.length > 0) ? stack.current : markerTarget(index), chunk);
  }

  /**
   * Whether paragraph `index` has a line of labels that assign work just above or below it (a 督办方案's `主办单位：…` ⏎
   * `会办单位：…` ⏎ `完成时限：…`, probe 65; not a 协办 line alone, as a web page's footer has), and no `承办单位：` line
   * beside it (an event's organisers, probe 30).
   */
  function inAssigningBlock(index: number): boolean {
    const near = [paragraphs[index - 1], paragraphs[index + 1]].filter((q): q is Paragraph => q !== undefined && q.kind === 'text');
    // (Not 协办 alone: a web page's footer writes `主办单位：` ⏎ `协办单位：` too.)
    return !near.some((q) => ORGANISER.test(q.text)) && near.some((q) => isLabelled(q.text) && !/^[\s\u3000]*(?:主办|协办|承办)/.test(q.text));
  }

  /**
   * A task cell merged down over the rows of one item (`码头二期` beside `主体工程。` and `集疏运道路。`, probe 13) is
   * the item's title, not the text of its first row: each row's own cells are the text of its `#k` task.
   */
  function titleFromMergedCell(cell: Cell) {
    const s = stack.current;
    const merged = unbold(cell.text).trim().replace(/\s*\n\s*/g, '');
    const first = s?.chunks[0];
    if (!s || s.item.title || !merged || !first?.text.startsWith(`${merged}\n`)) return;
    first.text = first.text.slice(merged.length + 1);
    s.item.title = firstSentence(merged) || null;
  }

  function readRow(p: Paragraph, cells: Paragraph['cells'] & object, columns: Columns, endLine: number, index: number) {
    // A row under a cell merged down over it starts at its own cells, not at the merged cell's first row (probe 73: the
    // `-2` and `-3` rows of a merged 序号 were all placed on the first).
    const line = cells.some((c) => c.spanned) ? Math.min(p.endLine, ...cells.filter((c) => !c.spanned && c.text.trim()).map((c) => c.line)) : p.line;
    const pushed: Array<{ state: ItemState; rest: string; task: boolean }> = [];
    const diagnostics: Parameters<typeof readRowUnits>[3] = [];
    const group = readRowUnits(cells, columns, planLevel, diagnostics);
    // A category column first: the row's own number goes under the section it opens.
    const order = columns.map((_k, c) => c);
    /** Whether the row's 序号 is merged down from the row above, this row a task of its own (see `ownTask`). */
    let mergedNumber = false;
    /** Whether the 序号 is a task id `#k` of fengong's export: a task before the first item. */
    let beforeItems = false;
    // So does a section's heading in another column (`1 | 一、廉洁高效的政务环境 | 政务公开 | …`: a 测评体系's A级指标
    // column, merged over its rows; probe 60): the row is the section's first, not its parent.
    // (A heading, not a task written with its number: short, no sentence, and another task cell of the row has text.)
    const heads = (c: number) => Number(columns[c] === 'category' || (columns[c] !== 'number' && !cells[c]?.spanned && sectionHead(cells[c]?.text ?? '') && columns.some((k, t) => t !== c && k === 'task' && cells[t]?.text.trim())));
    if (columns.includes('category') || (columns.includes('number') && columns.some((_k, c) => heads(c)))) order.sort((a, b) => heads(b) - heads(a));
    order.forEach((c) => {
      const kind = columns[c];
      const cell = cells[c];
      if (!cell || (kind !== 'number' && kind !== 'task' && kind !== 'category')) return;
      // A 序号 or task cell merged down from the row above names that row's item: this row adds to it. A bare row
      // number merged over rows that each hold a task of their own belongs to each of them (matrix-format.md
      // "Tables"): the number repeats, and the repeat gets its `-2` (probe 23). Not so a numbered heading merged over
      // its sub-rows (b05's `（一）全面实施…` beside `1.…` and `2.…`), nor a row number beside a task cell merged down
      // with it (`码头二期` beside each row's own `建设内容`, probe 13): they name the one item.
      // (Beside a task cell merged down with it too: `1 | 码头二期` over `主体工程。` and `集疏运道路。`, each row a task of
      // its own. A cell merged over rows belongs to each row it spans, matrix-format.md "Tables": probe 38.)
      // So is a row whose task cell is merged down with its number, each row with units and a deadline of its own
      // (`9` and `加快农村基础设施建设` over `县交通运输局 … 2016年10月底前` and `县水务局 … 2016年9月底前`: probe 71). Its units
      // and deadline go together, as the table pairs them.
      const ownTask = kind === 'number' && readRowNumber(cell.text) !== null && columns.some((k, t) => k === 'task' && cells[t]?.text.trim()) && columns.some((k, t) => (isRole(k) || k === 'deadline') && cells[t]?.text.trim() && !cells[t].spanned);
      if (ownTask && cell.spanned) mergedNumber = true;
      if (cell.spanned && kind !== 'category' && !ownTask) {
        if (kind === 'task') titleFromMergedCell(cell);
        return;
      }
      // Without Markdown bold (`**一**`, pandoc's bold category row: probe 24).
      const text = unbold(cell.text).trim();
      if (kind === 'category') {
        // A 类别 cell merged over its rows repeats on each: a section opens where its text changes.
        if (!text || text === table!.category) return;
        table!.category = text;
        // Without a number of its own it opens no item: the rows under it carry it in their paths (see ItemState.section).
        table!.section = readNumberMarker(text) ? undefined : text.replace(/\s*\n\s*/g, '');
      }
      if (kind === 'number') {
        // A task id of fengong's own export (`2#1`, `#1`): the row is that task again (see readTaskIdCell); after one,
        // a bare number is an item's whole id too (the export's `2` after `1.2#1` is item 2, not 1.2's child).
        const bare = table!.wholeIds ? readRowNumber(text) : null;
        const own = readTaskIdCell(text) ?? (bare !== null ? { itemId: String(bare), k: 0 } : null);
        if (own) table!.wholeIds = true;
        if (own && own.itemId === null) {
          stack.closeRows();
          beforeItems = true;
          return;
        }
        if (own && own.itemId !== null) {
          const opened = stack.openId(own.itemId, text.trim(), cell.line);
          if (!opened.reused) {
            states.push(opened.state);
            if (opened.repeated) reportRepeated(text.trim(), opened.repeated, cell.line, cell.column);
          }
          pushed.push({ state: opened.state, rest: '', task: false });
          return;
        }
        const n = readRowNumber(text);
        const cn = /^[一二三四五六七八九十]{1,3}$/.test(text) ? chineseNumber(text) : NaN;
        if (cn > 0) {
          // A bare Chinese numeral in the 序号 column is the section style 一、 without its comma.
          pushed.push({ state: open('cn', cn, text, cell.line, cell.column), rest: '', task: false });
          return;
        }
        if (n !== null) {
          const state = open('row', n, String(n), cell.spanned ? line : cell.line, cell.column, undefined, cell.spanned === true);
          table!.lastRow = { n, id: state.item.id };
          table!.subOf = undefined;
          pushed.push({ state, rest: '', task: false });
          return;
        }
        // Sub-rows numbered `1-1`, `1-2` under row `1` (a 台账's sub-projects: probe 133, where they had been `1#2`…, the row
        // itself `1#1`) are its children, `1.1`, `1.2`: a run that starts at `-1` under the row just read. (A `1-2` with no
        // `1-1` before it is a repeated id, as fengong's own export writes it.)
        const sub = readSubRowNumber(text);
        // A run `N-1`, `N-2`… with no row `N` above it (a 任务清单 whose 重点任务 is merged down over its sub-rows: probe
        // 147, whose rows had become `1#1`…`1#7`, and those after a plain row folded into it, in silence) opens row `N`.
        // (Its name in paths is the first of two task cells, the one merged over the run: `健全防止返贫动态监测和帮扶机制`.)
        if (sub && sub.number === 1 && table!.lastRow?.n !== sub.row && table!.subOf !== sub.row) {
          const state = open('row', sub.row, String(sub.row), cell.line, cell.column);
          table!.lastRow = { n: sub.row, id: state.item.id };
          const taskCells = columns.flatMap((k, c) => (k === 'task' && cells[c]?.text.trim() ? [cells[c]] : []));
          pushed.push({ state, rest: taskCells.length > 1 ? unbold(taskCells[0].text).trim().replace(/\s*\n\s*/g, '') : '', task: false });
        }
        if (sub && table!.lastRow?.n === sub.row && (sub.number === 1 || table!.subOf === sub.row)) {
          table!.subOf = sub.row;
          pushed.push({ state: open('row', sub.number, text.trim(), cell.line, cell.column, table!.lastRow.id), rest: '', task: false });
          return;
        }
        const dotted = readDottedRowNumber(text);
        if (dotted) {
          pushed.push({ state: open('row', dotted.number, text.trim(), cell.line, cell.column, dotted.parentId), rest: '', task: false });
          return;
        }
      }
      const m = readNumberMarker(text);
      // A list inside a numbered row's task cell (`1.推进快递进村；` ⏎ `2.发展统仓共配。` beside 序号 `2`: probes 52, 54)
      // is the row's task, its points no items.
      // (So is one in a table with no 序号 column: `1.县、乡两级爱国卫生组织机构健全…` ⏎ `2.将爱国卫生工作纳入…` in a 测评标准
      // cell, probe 138, whose first rows had become items 1 and every row after them 1#k.)
      if (m && !m.digitAfter && !(kind === 'task' && (pushed.length > 0 || !columns.includes('number')) && listInCell(text, m))) {
        // A numbered 序号 cell or a category row (`（二）…` with no units) is never a child of the task rows above it.
        if (kind !== 'task' || (!pushed.length && !carries(group))) stack.closeRows();
        pushed.push({ state: open(m.style, m.number, m.marker, cell.line, cell.column + m.start), rest: unbold(text.slice(m.end)).replace(/\s*\n\s*/g, ''), task: kind === 'task' });
      }
    });
    for (const d of diagnostics) report(d.message, d.cell.line, d.cell.column + d.offset, d.ruleId, d.severity);
    const rowLedger = ledger(p);
    rowLedger.groups.push({ ...group, start: 0, end: Number.MAX_SAFE_INTEGER });
    append(rowLedger.findings, diagnostics.map(() => 0));
    // (A role cell that stands for nothing, `/` or `无`, holds no unit to lose: a county's row left to the city and
    // province, `/` in each of its own columns, probe 118, had been an unaccounted-marker error.)
    rowLedger.roleCells = columns.some((k, c) => isRole(k) && cells[c]?.text.trim() && !isPlaceholder(cells[c].text));
    const rowGroup = rowLedger.groups[rowLedger.groups.length - 1];
    // Each task cell's lines joined (a cell wraps), cells of two task columns (重点任务, 具体措施) a line each.
    const taskText = columns
      .map((k, c) => (k === 'task' && cells[c] && (!cells[c].spanned || mergedNumber) ? unbold(cells[c].text).trim().replace(/\s*\n\s*/g, '') : ''))
      .filter((t) => t && !(readNumberMarker(t) && pushed.some((x) => x.task)))
      .join('\n');
    for (const x of pushed) x.state.fromTable = true;
    if (table!.section && pushed.length && table!.columns.includes('category')) pushed[0].state.section ??= table!.section;
    const deepest = pushed[pushed.length - 1];
    // A row number's item is named by its task text in paths (`path` never shows a bare `3`).
    const named = firstSentence(taskText || (pushed.find((x) => x.task)?.rest ?? ''));
    for (const x of pushed) if (x !== deepest || !carries(group)) x.state.label = x.rest || named;
    if (!carries(group)) {
      for (const x of pushed) x.state.item.title = firstSentence(x.rest || taskText) || null;
      // A marker on a category row (`一、强化企业创新主体地位（区科委牵头）`) makes it a task, as on a heading line.
      if (deepest && deepest.rest) {
        const scan = scanMarkers(deepest.rest, { planLevel });
        if (scan.groups.some(carries)) {
          for (const g of scan.groups) rowLedger.groups.push({ ...g, start: 0, end: Number.MAX_SAFE_INTEGER });
          for (const d of scan.diagnostics) report(d.message, p.line, 1, d.ruleId, d.severity);
          deepest.state.item.title = firstSentence(scan.text) || null;
          addChunk(deepest.state, { text: scan.text, hasText: true, groups: rowLedger.groups.slice(-scan.groups.length), line, endLine });
        }
      }
      if (!pushed.length && taskText) addChunk(stack.current, { text: taskText, hasText: true, groups: [], line, endLine });
      return;
    }
    const text = deepest && deepest.task && deepest.rest ? deepest.rest : taskText;
    for (const x of pushed.slice(0, -1)) x.state.item.title = firstSentence(x.rest) || null;
    const chunk: Chunk = { text, hasText: text !== '', groups: [rowGroup], line, endLine };
    if (beforeItems && !deepest) addChunk(null, chunk);
    else if (deepest) {
      deepest.state.label = firstSentence(text);
      deepest.state.chunks.push(chunk);
      stack.mark(deepest.state);
      deepest.state.row = true;
    } else {
      // A row of its own text (`综合协调组 | 县应急管理局 | …`) is part of the item open above, as a paragraph would be
      // (probe 30: rows under `（二）现场指挥部` are 2.2's); a row of units only may close a run of sub-items.
      addChunk(chunk.hasText ? stack.current : markerTarget(index), chunk);
    }
  }

  // Marked paragraphs and no numbered item (a short 分工 of a few sentences, each with its brackets) are `#k` tasks,
  // as before a first item: only a notice with neither is not one.
  // A task table copied out of a PDF viewer cell by cell (`序` ⏎ `号` ⏎ `牵头` ⏎ `单位` ⏎ …, probe 75): its rows cannot be
  // read back, and the clerk is told how to get text that can be, not left with a silent loss.
  // (Not one fengong read as a table after all: cell-lines.ts turns a table copied one cell per line in order into rows.)
  // So is a table whose header line stands in the text and no row of it could be read (a PDF's table read by
  // pdftotext, its columns a space apart, probe 109: 50 rows of two notices lost, exit 0 and `no-markers` alone).
  const found = cellPerLineTable(read.blocks) ?? headerLineTable(read.blocks);
  const unreadTable = (found && !paragraphs.some((q) => q.kind === 'row' && q.line >= found.line && q.line <= found.line + 12) ? found : null) ?? unreadHeader;
  const convert =
    unreadTable &&
    (unreadTable.header && unreadTable.layout
      ? {
          en: `a task table's header stands at line ${unreadTable.line}, its rows in no form fengong reads (a PDF's table laid out as text, its cells wrapped over several lines): copy the table from the Word or Excel original, or convert the PDF to Word or Excel with an office suite`,
          zh: `第 ${unreadTable.line} 行是任务分工表的表头，其下各行的形式无法读取（PDF 表格按版面转成的文字，单元格折成多行）：请从 Word、Excel 原件复制表格，或用办公软件把 PDF 转为 Word、Excel`,
        }
      : unreadTable.header
      ? {
          en: `a task table's header stands at line ${unreadTable.line}, its rows in no form fengong reads (a PDF's table as text): copy the table from the Word or Excel original, or convert the PDF with \`pdftotext -layout\``,
          zh: `第 ${unreadTable.line} 行是任务分工表的表头，其下各行的形式无法读取（PDF 表格转成的文字）：请从 Word、Excel 原件复制表格，或用 \`pdftotext -layout\` 转换 PDF`,
        }
      : {
          en: `a task table's column names stand one to a line at line ${unreadTable.line} (copied out of a PDF cell by cell): convert the PDF with \`pdftotext -layout\`, or copy the table from the Word or Excel original`,
          zh: `第 ${unreadTable.line} 行起任务分工表的列名一行一个（从 PDF 中逐格复制所致）：请用 \`pdftotext -layout\` 转换 PDF，或从 Word、Excel 原件复制表格`,
        });
  if (!structure && !preamble.some((c) => c.groups.some(carries))) {
    throw new FengongError({
      en: `neither a numbered outline (一、 （一） 1. …) nor a task table (序号 / 牵头单位 / 责任单位 columns) was found${convert ? `; ${convert.en}` : ''}`,
      zh: `既没有编号的提纲（一、（一）1. …），也没有任务分工表（序号、牵头单位、责任单位等列）${convert ? `；${convert.zh}` : ''}`,
    });
  }
  // An error: the table's rows are tasks lost, which a clerk or a CI job must not take for a whole matrix (probe 107: a
  // notice whose only table was such a copy gave no task and exit 0).
  if (unreadTable && convert) report({ en: `The rows of this table could not be read: ${convert.en}`, zh: `此表各行无法读出：${convert.zh}` }, unreadTable.line, 1, 'unreadable-table', 'error');

  // Titles, then tasks in document order.
  // (The note may stand in a footnote of a Word document, under the table's header: probe 46.)
  // The notes on who leads, read in one pass over the folded paragraphs: 排在第一位的为牵头单位, and the mark of 标☆的为牵头单位.
  let firstIsLead = false;
  let restIsSupport = false;
  let leadMark: string | null = null;
  const readNote = (f: string) => {
    const note = firstIsLeadNote(f);
    if (note === null) return;
    firstIsLead = true;
    // (`…为牵头单位，其他为配合单位`: the note gives the others their role too, probe 123.)
    restIsSupport = REST_SUPPORT.test(f.slice(note.index + note[0].length, note.index + note[0].length + 16));
  };
  let markedRestIsSupport = false;
  for (const p of paragraphs) {
    if (firstIsLead && leadMark !== null) break;
    const f = fold(p.text);
    if (!firstIsLead) readNote(f);
    if (leadMark === null && /牵头/.test(f)) leadMark = leadMarkOf(f);
    const marked = !markedRestIsSupport && f.includes('牵头') ? MARKED_LEAD_NOTE.exec(f) : null;
    if (marked) markedRestIsSupport = REST_SUPPORT.test(f.slice(marked.index + marked[0].length, marked.index + marked[0].length + 16));
  }
  if (!firstIsLead) for (const n of read.notes ?? []) if (!firstIsLead) readNote(fold(n));
  for (const s of states) if (!s.row && !s.fromTable && s.chunks.length) s.item.title = itemTitle(s);
  // The repairs buildParagraphs made, but not a join of lines that no item takes in (a 公众号 article's headlines
  // under the signature, joined across its buttons: probe 143's two page-break warnings for an article with no pages).
  for (const r of repairs) {
    if (r.ruleId === 'page-break-join' && unsigned.some((p) => p.line <= r.line && r.line <= p.endLine)) continue;
    report(r.message, r.line, r.column, r.ruleId, r.severity);
  }
  const tasks = buildTasks(preamble, states, { planYear, firstIsLead, restIsSupport, leadMark, markedRestIsSupport });
  for (const u of unaccountedMarkers(paragraphs, ledgers, paragraphs[header.recipientsAt])) {
    const place = placeOf(u.paragraph, u.offset);
    report({ en: `\`${u.text}\` stands where a responsibility marker would, but no task or finding took it: check it by hand`, zh: `“${u.text}”处于分工标注的位置，但没有进入任何任务或提示，请人工核对` }, place.line, place.column, 'unaccounted-marker', 'error');
  }
  // An item whose only marker names leaders (`牵头领导：副县长李四`, no unit): no task, and said so, once per item (a fresh
  // user's: the item had gone without a word; a person in an inline phrase already gets an ignored-marker).
  for (const s of states) {
    if (s.chunks.some((c) => c.groups.some(carries))) continue;
    const led = s.chunks.find((c) => c.groups.some((g) => g.leaders.length > 0));
    if (!led) continue;
    const names = led.groups.flatMap((g) => g.leaders).join('、');
    report({ en: `Item ${s.item.id} names leaders (${names}) but no unit: leaders are kept only beside units, so it makes no task`, zh: `条目 ${s.item.id} 只写了负责领导（${names}），没有写单位：领导只随单位记录，此条不生成任务` }, led.line, 1, 'ignored-marker', 'info');
  }
  // A numbered item that hands out its work in prose and carries no marker, nor any item under it (a 纪要's `（二）县财政局
  // 负责统筹安排资金…`, `县住建局要会同县城管局抓紧…`): no task, for matrix-format.md reads no role word in prose as a
  // marker (`市商务局会同有关部门加强…`); said so, once per item, for the clerk to add its units where a task is wanted.
  for (const s of states) {
    if (s.row || s.fromTable || s.childMarked || !s.chunks[0]?.hasText || s.chunks.some((c) => c.groups.some(carries))) continue;
    const m = PROSE_ASSIGNMENT.exec(s.chunks[0].text);
    const names = m ? splitUnits(m[1]).units : [];
    if (!names.length || !names.every(isBody)) continue;
    report({ en: `Item ${s.item.id} gives its work in prose (\`${m![0].trim()}…\`), which is no marker: it makes no task; add a marker if it is one`, zh: `条目 ${s.item.id} 以行文交办工作（“${m![0].trim()}……”），不是分工标注，不生成任务；如是任务，请补充标注` }, s.chunks[0].line, 1, 'ignored-marker', 'info');
  }
  // A task with a deadline and no unit (`〔完成时限：…〕` alone, probe 35): `fengong validate` rejects it (`no-unit`), so the
  // matrix is not written as if it were whole.
  for (const t of tasks) {
    if (t.lead.length + t.responsible.length + t.support.length > 0) continue;
    // (Or its markers named only a mark or a bullet, `牵头单位：◆`, which is no unit: a fresh user's.)
    if (t.deadline) report({ en: `Task ${t.id} has a deadline but names no unit (its units may be those of an item above it): add them by hand`, zh: `任务 ${t.id} 只有完成时限，没有写明单位（可能沿用上级条目的单位）：请人工补充` }, t.source.line, 1, 'no-unit', 'error');
    else report({ en: `Task ${t.id}'s markers name no unit (a mark or a symbol alone is none): add its units by hand`, zh: `任务 ${t.id} 的标注中没有单位（单独的符号不是单位）：请人工补充` }, t.source.line, 1, 'no-unit', 'error');
  }
  /**
   * Where `text` stands in the paragraphs of a task's lines (1-based line and column), else the task's first line at
   * column 1: a finding about a date or a name is placed at it (a fresh user's, told of `2027年2月30日前` at column 1 of a
   * Word paragraph where it stood at column 41).
   */
  const placeInTask = (source: TaskSource, text: string): { line: number; column: number } => {
    // (The paragraphs are in line order: the first of the task's found by halving, so that a notice of thousands of
    // such findings stays linear.)
    let lo = 0;
    for (let hi = paragraphs.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].endLine < source.line) lo = mid + 1;
      else hi = mid;
    }
    // (With the brackets of both made one width, character for character: a name the matrix writes `县（区）财政局` where
    // the notice has `县(区)财政局` is found, at the notice's offset.)
    const wanted = bracketsAlike(text);
    for (let i = lo; i < paragraphs.length && paragraphs[i].line <= source.endLine; i++) {
      const at = standsAt(bracketsAlike(paragraphs[i].text), wanted);
      if (at >= 0) return placeOf(paragraphs[i], at);
    }
    return { line: source.line, column: 1 };
  };
  // A day no calendar has (`2025年2月30日前`, `6月31日前`): due null, and the clerk told (a typo the notice itself made).
  for (const t of tasks) {
    const day = t.deadline && t.deadline.due === null ? impossibleDay(t.deadline.text, planYear ?? undefined) : null;
    if (day) {
      const at = placeInTask(t.source, day);
      report({ en: `Task ${t.id}'s deadline \`${t.deadline!.text}\` names a date that does not exist (\`${day}\`): due is left null; check the date`, zh: `任务 ${t.id} 的完成时限“${t.deadline!.text}”中的“${day}”不是有效日期：due 留空，请核对日期` }, at.line, at.column, 'impossible-date', 'warning');
    }
  }
  // A unit's name that is a time (`2024年12月底`): a deadline read into a unit list, a table read one column off (probe 99,
  // where it had gone with exit 0 and no word; `check` alone had said so). Once per name, where it first appears.
  const timeUnits = new Set<string>();
  for (const t of tasks) {
    for (const unit of [...t.lead, ...t.responsible, ...t.support]) {
      if (timeUnits.has(unit) || !isTimeNotUnit(unit)) continue;
      timeUnits.add(unit);
      const at = placeInTask(t.source, unit);
      report({ en: `Task ${t.id} names \`${unit}\` as a unit, a time: check the notice (a deadline read into a unit list)`, zh: `任务 ${t.id} 把“${unit}”列为单位，这是时间：请核对公文（完成时限被读成了单位）` }, at.line, at.column, 'unit-is-time', 'warning');
    }
  }
  // Two names joined by 和 or 与 (`县医保局和县市场监管局`): one unit as matrix-format.md splits lists (on 、，；及 only),
  // told to the clerk, who had seen nothing amiss (a fresh user's), as `validate` tells it (src/matrix/rules.ts).
  const joined = new Set<string>();
  for (const t of tasks) {
    for (const unit of [...t.lead, ...t.responsible, ...t.support]) {
      const and = joined.has(unit) ? null : joinedByAnd(unit);
      if (!and) continue;
      joined.add(unit);
      const at = placeInTask(t.source, unit);
      report({ en: `Task ${t.id} names \`${unit}\` as one unit: it reads as two joined by ${and}, which the format does not split lists on (matrix-format.md, "Unit names"); if it is two, correct the matrix`, zh: `任务 ${t.id} 把“${unit}”列为一个单位：它像是用“${and}”连起来的两个单位，而格式不按“${and}”拆分单位列表（matrix-format.md“单位名称”）；如是两个单位，请修改矩阵` }, at.line, at.column, 'joined-units', 'warning');
    }
  }
  if (!tasks.length) report({ en: 'No responsibility markers (牵头单位 / 责任单位 / 配合单位 …) were found: the matrix has no tasks', zh: '没有找到分工标注（牵头单位、责任单位、配合单位等），矩阵中没有任务' }, 1, 1, 'no-markers', 'warning');

  const matrix: Matrix = {
    schemaVersion: 1,
    document: { ...doc, ...(options.source ? { source: options.source } : {}) },
    outline: stack.roots,
    tasks,
  };
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { matrix, messages, place: placeInTask };
}

/**
 * The cells of a row copied from a web page's table under a cell merged down over it (`rowspan`): a browser copies
 * the merged cell with its first row only, so the rows under it are short by one cell each (`2⇥实施重点项目80个…⇥区发改局⇥
 * …⇥2014年12月` under a 责任领导 merged over rows 1–3: probe 77, where each short row had taken the next as its rest).
 * A row with its number in its first cell or in the number's column, the next line a numbered row again (or no
 * row): the columns before the number's, when the row starts with it, get the cells above them (a 类别); then, with as
 * many cells missing as the table has columns of context ({@link isContext}), those get the cells above, when the
 * deadline cell then holds a time; else, when the next row is numbered next and the row's cells fit their columns,
 * the row's own cells with empty ones after them (empty last cells a copy left out); else the columns
 * {@link mergedColumns} finds. Cells taken from above are marked spanned (matrix-format.md "Tables": a merged cell
 * belongs to each row it spans). Null when the row is not such a row.
 */
function rowUnderMergedCell(paragraphs: Paragraph[], index: number, columns: Columns, previous: Cell[] | undefined): Cell[] | null {
  return mergedRow(paragraphs[index].cells!, paragraphs[index + 1], columns, previous);
}

/** {@link rowUnderMergedCell} for a row's `cells`, the paragraph after the row being `next`. */
function mergedRow(cells: Cell[], next: Paragraph | undefined, columns: Columns, previous: Cell[] | undefined): Cell[] | null {
  const blank: Cell = { text: '', line: cells[0].line, column: 1 };
  const at = columns.indexOf('number');
  // A row that opens a 类别 with its number in place (`办理建筑许可⇥4⇥…`) and is short after it: its first cells are its
  // own, the rest is read as a row whose number is first.
  const placed = at > 0 && cells.length > at ? readRowNumber(cells[at].text) : null;
  if (placed !== null && readRowNumber(cells[0].text) === null) {
    const rest = mergedRow(cells.slice(at), next, columns.slice(at), previous?.slice(at));
    return rest ? [...cells.slice(0, at), ...rest] : null;
  }
  const number = readRowNumber(cells[0].text);
  // (The next row starts with its number, or is whole: `审批服务⇥4⇥…` opens the next 类别.)
  const nextRow = next?.kind === 'row' && !next.tableStart ? next.cells! : null;
  if (number === null || at < 0 || (nextRow && readRowNumber(nextRow[0].text) === null && !(at > 0 && readRowNumber(nextRow[at]?.text ?? '') !== null))) return null;
  if (at === 0) return shortRow(columns, cells, previous, next, number, blank);
  // The columns before the number's (a 类别 merged over its rows, `开办企业⇥1⇥…` then `2⇥…`: probe 102) are the cells
  // above; the rest of the row is read as one whose number is first.
  if (!previous) return null;
  const lead = columns.slice(0, at).map((_kind, c) => ({ ...(previous[c] ?? blank), spanned: true }));
  if (cells.length === columns.length - at) return [...lead, ...cells];
  const rest = shortRow(columns.slice(at), cells, previous.slice(at), next, number, blank);
  return rest ? [...lead, ...rest] : null;
}

/** {@link rowUnderMergedCell} for a row whose first cell is its number, in the first of `columns`. */
function shortRow(columns: Columns, cells: Cell[], previous: Cell[] | undefined, next: Paragraph | undefined, number: number, blank: Cell): Cell[] | null {
  const slots = columns.flatMap((kind, c) => (isContext(columns, c) ? [c] : []));
  if (previous && slots.length === columns.length - cells.length) {
    const out = withCellsAbove(columns, cells, slots, previous, blank);
    // The cells must land where they fit: a time in the deadline column (a row whose empty last cells the copy left
    // out would put a unit there).
    const time = out[columns.indexOf('deadline')]?.text.trim();
    if (time !== undefined && (time === '' || isTimePhrase(time))) return out;
  }
  // Else, under the next row's number (`3⇥…` after `2⇥…`), the row's last cells were empty and the copy left them
  // out: the row ends where it is, not in the next row's cells…
  const numberedNext = next?.kind === 'row' && readRowNumber(next.cells![0].text) === number + 1;
  const own = columns.map((_kind, c) => cells[c] ?? blank);
  if (numberedNext && cellsFit(columns, own)) return own;
  // …unless its cells do not fit there and fit with merged cells in other columns (a 牵头单位 merged with its 责任领导
  // over rows 1–3: `2⇥高水平建设…⇥张家港经开区、张家港高新区⇥2024年12月底`, probe 99, where the deadline had become the
  // lead and the units leaders): see mergedColumns.
  const merged = previous ? mergedColumns(columns, cells) : null;
  if (merged) return withCellsAbove(columns, cells, merged, previous!, blank);
  return numberedNext ? own : null;
}

/** A row's cells in `columns`: in the columns of `merged`, the cells above (marked spanned), in the others its own. */
function withCellsAbove(columns: Columns, cells: Cell[], merged: number[], previous: Cell[], blank: Cell): Cell[] {
  let k = 0;
  return columns.map((_kind, c) => (merged.includes(c) ? { ...(previous[c] ?? blank), spanned: true } : cells[k++]));
}

/**
 * Whether column `c` holds context a cell may be merged over (leaders, a 类别, a column of no kind, or a task column
 * before the last: `序号⇥测评项目⇥工作任务⇥…`, the 测评项目 a category by another name: probe 102).
 */
function isContext(columns: Columns, c: number): boolean {
  const kind = columns[c];
  return kind === 'leaders' || kind === 'category' || kind === 'other' || (kind === 'task' && columns.lastIndexOf('task') > c);
}

/**
 * Whether a row's cells (one per column, in order) fit their columns: a time or nothing in the deadline column, no
 * time in a unit's, a leader's or the task's, and no bodies' names alone in the leaders' (`张家港经开区、张家港高新区`).
 */
function cellsFit(columns: Columns, cells: Array<Pick<Cell, 'text'>>): boolean {
  return columns.every((kind, c) => {
    const text = cells[c].text.trim();
    if (text === '') return true;
    if (kind === 'deadline') return isTimePhrase(text);
    if (!isRole(kind) && kind !== 'leaders' && kind !== 'task') return true;
    return !isTimePhrase(text) && !(kind === 'leaders' && text.split(/[、，,；;]/).every((name) => BODY_ENDING.test(name.trim())));
  });
}
/** The end of a body's name (`…局`, `…高新区`, `…管委会`, `…（杨舍镇）`), which no person's or post's has. */
const BODY_ENDING = /(?:[局办厅院府司队所站处室社行馆团联组署科股区县市镇乡街道]|中心|委员会|管委会)(?:（[^（）]*）)?$/;

/**
 * The columns of a short row's merged cells (the cells a browser's copy leaves out under a `rowspan`), when they are
 * not only its columns of context: as many as the row is short of, among the columns but the number and the task,
 * tried context first and then from the left (a plan's tables merge down their left columns: 责任领导, then 牵头单位),
 * the first with which every cell of the row lands where it fits ({@link cellsFit}); ten candidates at most. Null
 * when none fits, or when the row is short of its last columns only: those were empty cells the copy left out
 * (rowUnderMergedCell).
 */
function mergedColumns(columns: Columns, cells: Cell[]): number[] | null {
  const missing = columns.length - cells.length;
  const candidates = columns.flatMap((kind, c) => (kind === 'number' || (kind === 'task' && !isContext(columns, c)) ? [] : [c]));
  if (missing < 1 || missing > candidates.length || candidates.length > 10) return null;
  const context = (c: number) => (isContext(columns, c) ? 0 : 1);
  candidates.sort((a, b) => context(a) - context(b) || a - b);
  const trailing = (set: number[]) => set.every((c) => c >= columns.length - missing);
  // (The merged columns' cells are the row above's, which fit: only the row's own are tried.)
  const fits = (set: number[]) => {
    let k = 0;
    return cellsFit(columns, columns.map((_kind, c) => (set.includes(c) ? { text: '' } : cells[k++])));
  };
  // The sets of `missing` candidates in that order (lexicographic over it).
  const pick = (from: number, set: number[]): number[] | null => {
    if (set.length === missing) return !trailing(set) && fits(set) ? set : null;
    for (let i = from; i <= candidates.length - (missing - set.length); i++) {
      const found = pick(i + 1, [...set, candidates[i]]);
      if (found) return found;
    }
    return null;
  };
  return pick(0, []);
}

/** A role column's name in a table's header (`牵头单位`, `配合部门`, `责任处室`), a cell's word (two cells one space apart make one). */
const ROLE_COLUMN = /^(?:牵头|责任|配合|协办|主办)(?:单位|部门|处室|科室)$/;

/** The names of a task table's columns, which a table copied cell by cell puts on lines of their own. */
const COLUMN_NAMES = ['序号', '牵头单位', '责任单位', '配合单位', '完成时限', '工作任务', '重点任务', '目标任务', '牵头领导', '分管领导', '责任领导', '牵头县领导', '牵头市领导', '分管县领导', '分管市领导', '责任县领导'];

/**
 * Whether a header's word is the start of a column name and no more (`责任领`, `完成时`: a narrow column wrapped the
 * rest onto the line below), two characters or more, or `序` too when `number` is set.
 */
function cutColumnName(word: string, number = false): boolean {
  return (word.length >= 2 || (number && word === '序')) && !COLUMN_NAMES.includes(word) && COLUMN_NAMES.some((name) => name.startsWith(word));
}

/**
 * Whether a table's first row `p`, read from text laid out with spaces (the row after it `next` is one too), is a
 * header whose names the reader could not put together: a word of it is the start of a column name and no more
 * (`责任领`, `完成时`: the rest stands on the line below), beside a whole role column's name. Source: probe 112.
 */
function wrappedHeader(p: Paragraph, next: Paragraph | undefined): boolean {
  if (!p.tableStart || !next?.aligned) return false;
  const words = p.cells!.flatMap((c) => c.text.trim().split(/[\s\u3000]+/));
  return words.some((w) => ROLE_COLUMN.test(w)) && words.some((w) => cutColumnName(w));
}

/**
 * The first of a run of short lines (up to six characters each, no punctuation) that spell two or more column names
 * of a task table between them (`序` ⏎ `号` ⏎ `重点工作任务` ⏎ `牵头` ⏎ `单位` ⏎ `责任` ⏎ `单位`): the header of a table
 * copied out of a PDF viewer, or by plain `pdftotext`, cell by cell, which no reader can put back together (probe
 * 75). Null when there is none.
 */
function cellPerLineTable(blocks: ReadNotice['blocks']): { line: number; header?: false; layout?: false } | null {
  let run = '';
  let start = 0;
  let pieces = 0;
  for (const block of blocks) {
    for (const source of block.kind === 'text' ? block.lines : [{ text: '', line: 0 }]) {
      // (A line of more than 40 characters is no short one, however spaced out: not copied to be measured.)
      const trimmed = source.text.trim();
      const line = trimmed.length <= 40 ? trimmed.replace(/[\s\u3000]+/g, '') : trimmed;
      if (line.length > 0 && line.length <= 6 && !/[，。；：、,.;:（）()\d]/.test(line)) {
        if (!pieces) start = source.line;
        run += line;
        pieces++;
        if (pieces >= 3 && COLUMN_NAMES.filter((name) => run.includes(name)).length >= 2) return { line: start };
      } else if (line.length > 0) {
        run = '';
        pieces = 0;
      }
    }
  }
  return null;
}

/**
 * A line of text (not read as a table's row) that holds three or more column names of a task table, set apart by
 * white space and nothing else (`序号 重点任务      牵头单位     责任单位    完成时限`): a table's header whose rows, if
 * none was read near it, were lost. A name that its narrow column wrapped counts by its first line
 * (`序  项目名称  年度攻坚目标  责任领 牵头单位  配合单位 完成时` over `号  导  限`: `pdftotext -layout` of a table printed
 * in portrait, probe 112), when a whole 牵头单位, 责任单位 or 配合单位 stands beside it. `layout` tells whether the
 * header's words stand two or more spaces apart, as `pdftotext -layout` sets them (so that converting with it again is
 * no advice). Null when there is none.
 */
function headerLineTable(blocks: ReadNotice['blocks']): { line: number; header: true; layout: boolean } | null {
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    for (const source of block.lines) {
      // (Every line of the notice passes here: the cheapest test first.)
      if (!source.text.includes('单位')) continue;
      const text = source.text.trim();
      if (text.length > 80 || !/[\s\u3000]/.test(text) || /[，。；：、,;:]/.test(text)) continue;
      const words = text.split(/[\s\u3000]+/);
      if (!words.every((w) => w.length <= 8)) continue;
      const whole = words.filter((w) => COLUMN_NAMES.includes(w)).length;
      const cut = words.filter((w) => cutColumnName(w, true)).length;
      const role = words.some((w) => w === '牵头单位' || w === '责任单位' || w === '配合单位');
      if (whole >= 3 || (role && whole + cut >= 3)) return { line: source.line, header: true, layout: /[^\s\u3000][ \u3000]{2,}[^\s\u3000]/.test(text) };
    }
  }
  return null;
}

/**
 * A row's cells with each `同上` or `〃` in a unit, leader or deadline column ({@link DITTO}) read as the cell above it
 * (the row before, itself resolved): the units it repeats, not a unit named 同上. A ditto under nothing stays as
 * written.
 */
function dittoCells(cells: Cell[], columns: Columns, previous: Cell[] | undefined): Cell[] {
  if (!previous || !cells.some((c) => DITTO.test(c.text))) return cells;
  return cells.map((cell, c) => {
    const kind = columns[c];
    const above = previous[c]?.text;
    return (isRole(kind) || kind === 'deadline' || kind === 'leaders') && above && !DITTO.test(above) && DITTO.test(cell.text) ? { ...cell, text: above } : cell;
  });
}

/**
 * A form's sign-off row under a table: every filled cell a field of who filled it in, checked it or answers the phone
 * (`审核人：`, `填表人：顾小燕`, `联系电话：0513-87512365`, `填报日期：2025年5月8日`), filled or blank. No part of the last
 * row's task (probe 152: `审核人：陈建军` had gone into a task's text, and the row was reported as a marker no task took,
 * an error on a sheet with none).
 */
function isSignOffRow(cells: Cell[]): boolean {
  let fields = 0;
  for (const c of cells) {
    const t = c.text.trim();
    if (!t) continue;
    if (!SIGN_OFF_FIELD.test(t)) return false;
    fields++;
  }
  return fields > 0;
}
const SIGN_OFF_FIELD = /^(?:(?:单位|主要|分管)?负责人|分管领导|审核人?|复核人?|核稿人|填表人?|填报人|制表人?|统计人|经办人|签发人|联系人|联系电话|电话|手机|填报单位|制表单位|填报日期|填报时间|填表日期|制表日期|报送日期)[\s\u3000]*(?:[（(](?:签字|签名|盖章)[）)])?[\s\u3000]*[：:][^。；;：:]{0,30}$/;

/**
 * A line of the 版记 (GB/T 9704-2012 §7.4: 抄送机关, 印发机关和印发日期) at the end of a notice: `抄送：…`,
 * `XX县人民政府办公室　　2024年3月4日印发` (`印發` in traditional characters, probe 23). Never part of the last item, in a
 * table or not.
 */
function isImprint(text: string): boolean {
  // Cheap tests first: this runs on every paragraph.
  if (text.includes('抄送') && /^[\s\u3000]*抄送[\s\u3000]*[：:]/.test(text)) return true;
  return /印[发發]$/.test(text.trimEnd()) && /(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[\s\u3000]*印[发發][\s\u3000]*$/.test(text);
}

/**
 * Whether a table's rows, numbered from `first`, go under the marked item open before it rather than beside it: a
 * table after `3.…（X牵头）` whose rows go on 4, 5 continues the list (rows beside 3., under its section), while
 * rows that start again at 1 after `（二）…（县财政局负责）` are that item's own (1.2.1, 1.2.2), not repeats of
 * （一） and （二）.
 */
function restartsUnder(open: ItemState | null, first: number | null): boolean {
  return open !== null && open.marked && first !== null && first <= open.number;
}

/** The 序号 of the first data row of a table from paragraph `from` on, or null. */
function firstRowNumber(paragraphs: Paragraph[], from: number, columns: Columns): number | null {
  const row = paragraphs[from];
  const at = columns.indexOf('number');
  if (!row || row.kind !== 'row' || at < 0) return null;
  return readRowNumber(row.cells![at]?.text ?? '');
}

/**
 * Whether a cell is a section's heading (`一、廉洁高效的政务环境`, `（一）健全工作机制`), the levels above a table's rows:
 * numbered `一、` or `（一）`, short, no sentence (`（一）加强组织领导，健全工作机制。` is a task written with its number).
 */
function sectionHead(text: string): boolean {
  const t = unbold(text).trim();
  const m = readNumberMarker(t);
  return m !== null && !m.digitAfter && (m.style === 'cn' || m.style === 'pcn') && t.length - m.end <= 24 && !/[。；;，,]/.test(t.slice(m.end));
}

/**
 * Whether a cell's lines after its first go on with the first's numbers (`1.…` ⏎ `2.…`): a list inside the cell; or its
 * sentences do, on one line (`1.制定学习计划，每月集中学习。2.每季度开展专题研讨。`, as a tab-separated or a `pdftotext
 * -layout` row gives the cell: probe 145, whose every row had become an item `1.1.1` under its row).
 */
function listInCell(text: string, first: NumberMarker): boolean {
  const next = (piece: string) => {
    const m = readNumberMarker(piece.trim());
    return m !== null && !m.digitAfter && m.style === first.style && m.number === first.number + 1;
  };
  if (text.split('\n').slice(1).some(next)) return true;
  const stops = /[。；;]/g;
  for (let m = stops.exec(text); m; m = stops.exec(text)) if (next(text.slice(m.index + 1, m.index + 16))) return true;
  return false;
}

/** A tab-separated cell as Excel puts it on the clipboard when it holds a line break or a quote: `"…"`, `""` for `"`. */
function unquoteCell(cell: Cell): Cell {
  const m = /^"((?:[^"]|"")*)"[ \t]*$/.exec(cell.text);
  return m ? { ...cell, text: m[1].replace(/""/g, '"') } : cell;
}

/**
 * The filled cells of a row, each with its offset in the row's text (its cells joined by tabs, src/notice/paragraphs.ts),
 * when the first and a later one start with a number marker (see readCells); else null.
 */
function numberedCells(cells: Cell[]): Array<{ cell: Cell; offset: number }> | null {
  const filled: Array<{ cell: Cell; offset: number }> = [];
  let offset = 0;
  for (const cell of cells) {
    if (cell.text.trim() !== '') filled.push({ cell, offset });
    offset += cell.text.length + 1;
  }
  if (filled.length < 2 || !readNumberMarker(filled[0].cell.text) || filled.slice(1).every((f) => !readNumberMarker(f.cell.text))) return null;
  return filled;
}

/**
 * The text of a row outside any task table, read as a paragraph: its cells, or `label：value` for a row of a
 * label | value table (`牵头单位 | 县文广旅局`, a Word habit).
 */
function rowText(cells: Cell[]): string {
  const filled = cells.map((c) => c.text.trim()).filter(Boolean);
  if (filled.length === 2 && !/[：:]$/.test(filled[0])) {
    const kind = columnKind(fold(filled[0]));
    if (isRole(kind) || kind === 'deadline' || kind === 'leaders') return `${filled[0]}：${filled[1].replace(/\n/g, '、')}`;
  }
  return filled.join(' ');
}

/** A table cell's text without Markdown bold marks (a category row written `**二、提升行动**`). */
function unbold(text: string): string {
  return text.includes('**') ? text.replace(/\*\*/g, '') : text;
}

/** A note's heading with its first numbered note on the same line: `注：1.…`, `说明：1、…`. */
const NOTE_WITH_FIRST = /^[\s\u3000]*(?:注|说明|备注|注释|填表说明|填报说明)[\s\u3000]*[：:][\s\u3000]*[1１][.．、]/;

/** A numbered note after `说明：` (`1.各牵头单位要按月报送进展。`): numbered `1.`-style, no marker of its own. */
function isNote(p: Paragraph, planLevel: number | null): boolean {
  const marker = p.kind === 'text' ? readNumberMarker(p.text) : null;
  return marker !== null && (marker.style === 'ar' || marker.style === 'par') && !scanMarkers(p.text, { planLevel }).groups.some(carries);
}

const ATTACHMENTS_HEAD = String.raw`^[\s\u3000]*附件[\s\u3000]*[：:][\s\u3000]*`;
const NUMBERED_ATTACHMENTS = new RegExp(String.raw`${ATTACHMENTS_HEAD}(?:\d{1,2}[.．、]|$)`);
/** The list of attachments: numbered (`附件：1.…`), or one title alone (`附件：霞浦县…责任分解表（略）`, probe 17). */
const ATTACHMENT_LIST = new RegExp(String.raw`${ATTACHMENTS_HEAD}(?:\d{1,2}[.．、]|$|[^。；;：:（(]{2,60}(?:[（(][^。；;：:（()）]{0,10}[）)])?[\s\u3000]*$)`);

/** A numbered line of an attachment list: a short title, no sentence, no marker (`2.丰城县…联络员名单`). */
function isAttachmentTitle(text: string): boolean {
  const marker = readNumberMarker(text);
  return marker !== null && marker.style === 'ar' && text.length <= 60 && !/[。，；：:,;（(]/.test(text);
}

/** The field of a 版记 or a 纪要 that lists bodies sent a copy: `抄送：`, `抄报：`, `分送：`, `发送：`. */
const COPY_FIELD = /^[\s\u3000]*(?:抄送|抄报|分送|发送)[\s\u3000]*[：:]/;
/** A name in a list sent a copy: a body's (`县人武部`), the bodies' (`参会单位`) or people's (`市政府各位领导`). */
const LISTED_NAME = String.raw`[\u4e00-\u9fff（）()]{2,24}(?:[办室局委部院会厅府所队站心司行社团联组署长]|领导|单位|部门|同志)`;
/** A line of such names only (`县人大常委会办公室，县政协办公室，县人武部，`, `市政府各位领导，`, `参会单位。`). */
const NAME_LIST = new RegExp(String.raw`^[\s\u3000]*(?:${LISTED_NAME}[\s\u3000]*[，,、；;][\s\u3000]*)*${LISTED_NAME}[\s\u3000]*[，,、；;。]?[\s\u3000]*$`);

/**
 * Whether paragraph `i` goes on the list of a 抄送 or 分送 field a few paragraphs above it (each paragraph between a
 * line of names too): the field ended its first line with `。` or wrapped, and the rest, indented under it, had
 * become part of the last task (probe 88: `抄送：市委办公室，市人民政府办公室。` ⏎ `　　　县人大常委会办公室，…，` ⏎
 * `县法院，县检察院。`).
 */
function copyListRest(paragraphs: Paragraph[], i: number): boolean {
  let field = -1;
  for (let k = i - 1; k >= 0 && k >= i - 4 && field < 0; k--) if (COPY_FIELD.test(paragraphs[k].text)) field = k;
  if (field < 0) return false;
  for (let k = field + 1; k <= i; k++) {
    const text = paragraphs[k].text;
    if (text.length > 200 || !NAME_LIST.test(text) || readNumberMarker(text)) return false;
  }
  return true;
}

/**
 * Whether a body paragraph is the plan's closing matter rather than part of its last item (GB/T 9704 §7.3.5): the
 * 成文日期 (a date line standing alone), the signature just above it, a note such as `（此件公开发布）`, or a 纪要's
 * record of who attended.
 */
/** A paragraph that gives the measures above their units all at once (see the main loop). */
const CLOSING_ASSIGNMENT = /^(?:以上|上述)[^。；]{0,12}?(?:措施|任务|政策|工作|事项)[^。]{0,24}?由[^。；]{2,40}?(?:牵头|负责)/;

/**
 * A plan's closing note: on the measures above (`以上措施中，…排在第一位的为牵头单位`; `以上项目中，…`, `上述…`, or the note
 * alone after `注：`: a fresh user's, whose last task's text had taken it in), or when it takes effect (`本措施自…施行`), or who
 * interprets it (`本清单由县委办公室负责解释`: probe 147, whose last task had ended in it; not `由X会同Y负责解释`, the
 * contract's sentence form to the letter, see README).
 */
const CLOSING_NOTE = /^(?:注[：:][\s\u3000]*(?:(?:以上|上述)[^。]{0,30}?)?(?:排在第一位|列第一位|排名第一|第一位的?为牵头)|(?:以上|上述)[^。]{0,30}?(?:排在第一位|列第一位|排名第一|第一位的?为牵头)|本(?:措施|方案|意见|办法|细则|规定|政策|若干措施|实施方案|工作方案|清单|责任清单|任务清单|分工|任务分工|要点|工作要点|计划|工作计划|通知)(?:(?:自|从)[^。]{0,20}?(?:施行|执行|实施)|由(?![^。]*会同)[^。]{2,30}?负责解释))/;

function isClosing(paragraphs: Paragraph[], i: number): boolean {
  const text = paragraphs[i].text.trim();
  if (isDateLine(text) || isImprint(text) || /^[（(](?:此件|此页|联系人)[^）)]*[）)]$/.test(text)) return true;
  // Who attended and who took the minutes (`列席：…`, `记录：王倩`: a 纪要's record, probe 41) are part of no item.
  if (MINUTES_FIELD.test(text)) return true;
  // The plan's closing note after its last measure (`以上措施中，责任单位排在第一位的为牵头单位。本措施自印发之日起施行，
  // 有效期至…`, a 若干措施's: probe 120), part of no item: it had ended the last task's text and made its first
  // sentence a title. (The note on leads is read where it stands all the same.)
  if (CLOSING_NOTE.test(text) && !readNumberMarker(text)) return true;
  if (copyListRest(paragraphs, i)) return true;
  // An office system's form or trail (`办理意见：由县甲局牵头…`; `承办单位：县甲局` under `拟办意见：`): probe 53.
  if (OA_FIELD.test(text) || inOfficeForm(paragraphs, i)) return true;
  const next = paragraphs[i + 1];
  if (i >= paragraphs.length - 3) {
    // A signature dated by month only, at the end (see monthSignature): its two lines.
    const signed = monthSignature(paragraphs);
    if (signed > 0 && (i === signed || i === signed - 1)) return true;
  }
  if (next === undefined || !mayBeSignature(text)) return false;
  if (isDateLine(next.text)) return true;
  // The first of bodies signing one to a line (`中共泽州县纪律检查委员会` ⏎ `泽州县监察委员会` ⏎ `2024年2月5日`: probe
  // 136, whose last task's text had ended in the first; three, a 镇's 党委, 政府 and 人大主席团: probe 143), up to six.
  if (!ORGANIZATION.test(text)) return false;
  for (let k = i + 1; k < paragraphs.length && k <= i + 6; k++) {
    const line = paragraphs[k].text.trim();
    if (isDateLine(line)) return k > i + 1;
    if (!ORGANIZATION.test(line) || !mayBeSignature(line)) return false;
  }
  return false;
}

/** A short line with no sentence punctuation and no number: a signature's line, if a date is under it. */
function mayBeSignature(text: string): boolean {
  return text.length <= 40 && !/[。，；：:,;]/.test(text) && !readNumberMarker(text);
}

/**
 * The number Word generated for a paragraph of an automatic list, as a marker. Its style is the style its number
 * reads as (`（一）` is `pcn`), so that a notice numbering each level with a list of its own (all at level 0, as
 * many do) nests like typed numbers; below level 0 the level is part of the style (`ar@1`), so that nested levels
 * whose numbers look alike (`1.` under `1.`) still nest. A number that reads as no style is `list@<level>`.
 */
function listMarker(text: string, list: ListNumber): NumberMarker {
  const start = text.indexOf(list.marker.trim());
  const end = start < 0 ? 0 : start + list.marker.trim().length;
  const ws = /^[\s\u3000]*/.exec(text.slice(end))![0].length;
  const typed = readNumberMarker(list.marker.trim());
  // readNumberMarker gives the typed styles only (never `row` or a list's).
  const base = typed?.style as TypedStyle | undefined;
  const style: NumberMarker['style'] = base ? (list.level === 0 ? base : `${base}@${list.level}`) : `list@${list.level}`;
  return { style, number: list.number, marker: list.marker.trim(), start: Math.max(0, start), end: end + ws, digitAfter: false };
}

/**
 * The rank of the plan's level of government from its issuer or title: 省 1, 市/州 2, 县/区 3; else from the place the
 * name starts with, or a district or county named right after it (`某县2024年民生实事任务分解表` 3, `成都市武侯区…` 3:
 * probe 23, where a county's table had a 市级牵头单位 column; `某市中心城区…`, `某市推进以县城为…` 2: probes 26, 28).
 */
function levelOf(name: string): number | null {
  const f = fold(name);
  if (/省人民政府|省政府|^省/.test(f)) return 1;
  if (/(?:市|州|盟)(?:人民政府|政府|委)/.test(f)) return 2;
  if (/(?:县|区|旗)(?:人民政府|政府|委)/.test(f)) return 3;
  // The first place, and a district or county named right after it (not `城区`, `小区`, `社区`…: probe 26).
  const places = /^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:自治区|自治州|省|市|州|盟|县|区|旗))([\u4e00-\u9fff]{1,3}?(?:区|县|旗)(?![城域级乡份内外]))?/.exec(f);
  if (!places) return null;
  const place = places[2] && !/(?:城|小|社|景|园|山|地|新|片|辖|老)区$/.test(places[2]) ? places[2] : places[1];
  const last = place.endsWith('自治区') ? '省' : place.endsWith('自治州') ? '州' : place[place.length - 1];
  return last === '省' ? 1 : '市州盟'.includes(last) ? 2 : 3;
}

/** Brackets of every width as one (`（` `(` → `(`…), character for character: offsets stay those of `text`. */
function bracketsAlike(text: string): string {
  return text.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[〔［【\[]/g, '[').replace(/[〕］】\]]/g, ']');
}

/**
 * Where `text` stands in `haystack`: its first occurrence that starts a word (at the start, or after a character that
 * is neither a letter nor a digit: `科协` in `牵头单位：科协`, not inside `县科协` before it), else its first occurrence, else -1.
 */
function standsAt(haystack: string, text: string): number {
  const first = haystack.indexOf(text);
  for (let at = first; at > 0; at = haystack.indexOf(text, at + 1)) if (!/[\p{L}\p{N}]/u.test(haystack[at - 1])) return at;
  return first;
}
