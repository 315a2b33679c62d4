import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fengongError } from './fengong-error.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readDocx } from '../../src/read/docx.js';
import { formatNumber } from '../../src/read/number-format.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx written by hand, for what the `docx` package does not write: Word's own XML shapes. */
async function docx(body: string, numbering?: string, styles?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (numbering) zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const lvl = (i: number, fmt: string, text: string, suff = 'nothing') =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:suff w:val="${suff}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const num = (id: number, abstract: number, override = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${override}</w:num>`;
const p = (text: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (id: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${id}"/></w:numPr>`;
const tc = (inner: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${inner}</w:tc>`;

const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimalEnclosedCircle', '%3')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
  num(1, 0) +
  num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>') +
  num(3, 0) +
  num(4, 1);
const STYLES = `<w:style w:type="paragraph" w:styleId="H1"><w:pPr>${numPr(1, 0)}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style>`;

describe('readDocx on Word XML', () => {
  it('numbers through styles, shared and overridden instances, and keeps inserted but not deleted text', async () => {
    const body =
      p('总则', '<w:pStyle w:val="H1x"/>') +
      `<w:p><w:pPr>${numPr(1, 1)}</w:pPr><w:r><w:t>甲</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>乙</w:t></w:r></w:ins></w:p>` +
      p('丙', numPr(1, 2)) +
      // Another instance of the same list continues it; one with a start override counts on its own.
      p('接续', numPr(3, 0)) +
      p('再分', numPr(3, 1)) +
      p('另起', `<w:pageBreakBefore/>${numPr(2, 0)}`) +
      p('不编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    const read = await readDocx(await docx(body, NUMBERING, STYLES), 'x.docx');
    expect(read.blocks.map((b) => [b.lines[0].line, b.lines.map((l) => l.text).join('|'), b.blankBefore])).toEqual([
      [1, '一、总则', false],
      [2, '（一）甲乙', false],
      [3, '①丙', false],
      [4, '二、接续', false],
      [5, '（一）再分', false],
      [6, '五、另起', true],
      [7, '不编号', false],
    ]);
  });

  it('follows a w:numStyleLink to the definition a numbering style names, counting with it', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="7"><w:styleLink w:val="PlanList"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="PlanList"/></w:abstractNum>' +
      num(6, 7) +
      num(5, 5);
    const styles = `<w:style w:type="numbering" w:styleId="PlanList"><w:pPr>${numPr(6, 0).replace('<w:ilvl w:val="0"/>', '')}</w:pPr></w:style>`;
    const read = await readDocx(await docx(p('甲', numPr(6, 0)) + p('乙', numPr(5, 0)) + p('丙', numPr(6, 0)), numbering, styles), 'x.docx');
    expect(read.blocks.map((b) => b.lines[0].text)).toEqual(['一、甲', '二、乙', '三、丙']);
  });

  it('lines cells up with the grid: a category row spanning columns, merges, numbered cells, gridBefore', async () => {
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const body =
      p('前言') +
      p('') +
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      row(tc(p('序号')), tc(p('任务')), tc(p('牵头单位'))) +
      row(tc(p('一、产业类'), '<w:gridSpan w:val="3"/>')) +
      row(tc(`<w:p><w:pPr>${numPr(4, 0)}</w:pPr></w:p>`), tc(p('修路') + p('架桥')), tc(p('县交通局'), '<w:vMerge w:val="restart"/>')) +
      row(tc(`<w:p><w:pPr>${numPr(4, 0)}</w:pPr></w:p>`), tc(p('通水')), tc(p(''), '<w:vMerge/>')) +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('补记'))}${tc(p('县水利局'))}</w:tr>` +
      row(tc(p('二、旧式合并'), '<w:hMerge w:val="restart"/>'), tc(p(''), '<w:hMerge/>'), tc(p('县林业局'))) +
      '</w:tbl>' +
      p('结语');
    const read = await readDocx(await docx(body, NUMBERING), 'x.docx');
    expect(read.lineCount).toBe(9);
    const rows = read.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => [b.lines[0].line, b.tableStart, b.blankBefore, b.cells!.map((c) => c.text)])).toEqual([
      [3, true, true, ['序号', '任务', '牵头单位']],
      [4, false, false, ['一、产业类', '', '']],
      [5, false, false, ['1.', '修路\n架桥', '县交通局']],
      [6, false, false, ['2.', '通水', '县交通局']],
      [7, false, false, ['', '补记', '县水利局']],
      [8, false, false, ['二、旧式合并', '', '县林业局']],
    ]);
    // A copy of the merged cell, marked as one (not written in this row), with the place of the original.
    expect(rows[3].cells![2]).toEqual({ text: '县交通局', line: 5, column: 10, spanned: true });
    expect(read.blocks[read.blocks.length - 1]).toEqual({ kind: 'text', lines: [{ text: '结语', line: 9, column: 1 }], blankBefore: false });
  });

  it.each([
    ['w:gridSpan', (cell: string) => tc(p(cell), '<w:gridSpan w:val="2"/>')],
    ['Word 97 w:hMerge', (cell: string) => tc(p(cell), '<w:hMerge w:val="restart"/>') + tc(p(''), '<w:hMerge/>')],
  ])('folds a two-row header (the span written with %s) and keeps the data row below as data', async (_, span) => {
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const down = '<w:vMerge w:val="restart"/>';
    const body =
      '<w:tbl>' +
      row(tc(p('附件') + p('某县重点任务分工表'), '<w:gridSpan w:val="4"/>')) +
      row(tc(p('序号'), down), span('责任单位'), tc(p('完成时限'), down)) +
      row(tc(p(''), '<w:vMerge/>'), tc(p('牵头单位')), tc(p('配合单位')), tc(p(''), '<w:vMerge/>')) +
      row(tc(p('1')), tc(p('县交通局')), tc(p('县财政局')), tc(p('年底前'))) +
      '</w:tbl>';
    const read = await readDocx(await docx(body), 'x.docx');
    // The caption row (one cell across the table) comes first as a heading of two lines.
    expect(read.blocks[0]).toEqual({ kind: 'heading', lines: [{ text: '附件', line: 1, column: 1 }, { text: '某县重点任务分工表', line: 1, column: 4 }], blankBefore: false });
    expect(read.blocks.slice(1).map((b) => [b.lines[0].line, b.tableStart, b.cells!.map((c) => `${c.text}@${c.line}:${c.column}`)])).toEqual([
      [2, true, ['序号@2:1', '牵头单位@3:4', '配合单位@3:9', '完成时限@2:10']],
      [4, false, ['1@4:1', '县交通局@4:3', '县财政局@4:8', '年底前@4:13']],
    ]);
  });

  it('reads a draft with its tracked changes accepted: deleted rows and paragraphs take no number, a deleted mark joins two paragraphs (probe 49)', async () => {
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const deletedRow = (...cells: string[]) => `<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>${cells.join('')}</w:tr>`;
    const listCell = tc(`<w:p><w:pPr>${numPr(4, 0)}</w:pPr></w:p>`);
    const deletedListCell = tc(`<w:p><w:pPr>${numPr(4, 0)}<w:rPr><w:del w:id="8" w:author="a"/></w:rPr></w:pPr></w:p>`);
    const gone = (text: string, pPr: string, kind = 'w:del') => `<w:p><w:pPr>${pPr}<w:rPr><${kind} w:id="7" w:author="a"/></w:rPr></w:pPr><${kind}><w:r><w:delText>${text}</w:delText></w:r></${kind}></w:p>`;
    const markDeleted = (text: string) => `<w:p><w:pPr><w:rPr><w:del w:id="6" w:author="a"/></w:rPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      row(tc(p('序号')), tc(p('任务')), tc(p('牵头单位'))) +
      row(listCell, tc(p('任务甲')), tc(p('市住建局'), '<w:vMerge w:val="restart"/>')) +
      deletedRow(deletedListCell, tc(`<w:p><w:del><w:r><w:delText>任务乙</w:delText></w:r></w:del></w:p>`), tc(p(''), '<w:vMerge/>')) +
      row(listCell, tc(p('任务丙')), tc(p('市城管局'))) +
      '</w:tbl>' +
      p('第一项', numPr(1, 0)) +
      gone('第二项', numPr(1, 0)) +
      gone('第三项（移走）', numPr(1, 0), 'w:moveFrom') +
      p('第四项', numPr(1, 0)) +
      markDeleted('支持企业研发适老化产品。（牵头单位：县工信局）') +
      p('推进家庭适老化改造。（责任单位：县民政局）');
    const read = await readDocx(await docx(body, NUMBERING), 'x.docx');
    expect(read.blocks.filter((b) => b.kind === 'row').map((b) => b.cells!.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1.', '任务甲', '市住建局'],
      ['2.', '任务丙', '市城管局'],
    ]);
    expect(read.blocks.filter((b) => b.kind !== 'row').map((b) => b.lines.map((l) => l.text).join('|'))).toEqual([
      '一、第一项',
      '二、第四项',
      '支持企业研发适老化产品。（牵头单位：县工信局）推进家庭适老化改造。（责任单位：县民政局）',
    ]);
  });

  it('makes centered, right-aligned and outline-level paragraphs headings, through the style chain too', async () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Title"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
    const body =
      p('某县人民政府关于印发方案的通知', '<w:pStyle w:val="Sub"/>') +
      p('正文段落', '') +
      p('总体要求', '<w:pStyle w:val="Heading1"/>') +
      p('某县人民政府', '<w:jc w:val="right"/>') +
      p('居中之后又靠左', '<w:pStyle w:val="Title"/><w:jc w:val="left"/>');
    const read = await readDocx(await docx(body, undefined, styles), 'x.docx');
    expect(read.blocks.map((b) => [b.kind, b.lines[0].text])).toEqual([
      ['heading', '某县人民政府关于印发方案的通知'],
      ['text', '正文段落'],
      ['heading', '总体要求'],
      ['heading', '某县人民政府'],
      ['text', '居中之后又靠左'],
    ]);
  });

  it('says what an OLE file is (an old .doc, or a file protected by a password) and rejects a document without text', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readDocx(ole, 'old.docx')).rejects.toThrow(/^old\.docx: not a Word \.docx file \(an old binary Office file such as \.doc or \.xls, or one protected by a password/);
    await expect(readDocx(await docx(p('') + p('  ')), 'blank.docx')).rejects.toThrow(fengongError('blank.docx: the document holds no text', 'blank.docx：文档中没有文字'));
  });

  it('names the file when the zip holds no word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }), 'empty.docx')).rejects.toThrow(/^empty\.docx: not a Word \.docx file \(it holds no word\/document\.xml/);
  });
});

describe('formatNumber (Word number formats)', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [105, 'chineseCounting', '一百〇五'],
    [12, 'japaneseCounting', '十二'],
    [3, 'decimalEnclosedCircle', '③'],
    [21, 'decimalEnclosedCircle', '㉑'],
    [2, 'ideographTraditional', '乙'],
    [10, 'ideographDigital', '一〇'],
    [4, 'chineseLegalSimplified', '肆'],
    [7, 'decimalZero', '07'],
    [28, 'lowerLetter', 'bb'],
    [14, 'upperRoman', 'XIV'],
    [5, 'bullet', ''],
    [9, 'ordinal', '9'],
  ])('%i in %s is %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});

describe('text struck through (a county\'s copy of a city\'s list, the city\'s units struck and its own typed after them: probe 118)', () => {
  it('leaves a struck run out, as a deleted one, counts it, and the notice stage says so once', async () => {
    const struck = (text: string) => `<w:r><w:rPr><w:strike/></w:rPr><w:t>${text}</w:t></w:r>`;
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => tc(`<w:p>${c}</w:p>`)).join('')}</w:tr>`;
    const body =
      p('某县安全生产任务清单') +
      `<w:tbl>${row(run('序号'), run('重点任务'), run('牵头单位'), run('完成时限'))}` +
      `${row(run('1'), run('开展隐患排查整治。'), struck('市安委办') + run('县安委办'), struck('2026年10月底前') + run('2026年11月底前'))}` +
      // (`w:strike w:val="0"` is no strike: a style's strike switched off.)
      `${row(run('2'), run('开展应急演练。'), `<w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>县应急局</w:t></w:r>`, run('长期坚持'))}</w:tbl>`;
    const read = await readDocx(await docx(body), 'a.docx');
    expect(read.struck).toBe(2);
    const { matrix, messages } = parseNotice(read);
    // Before: lead `市安委办县安委办`, deadline `2026年10月底前2026年11月底前`, and no finding.
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.deadline?.text])).toEqual([
      ['1', ['县安委办'], '2026年11月底前'],
      ['2', ['县应急局'], '长期坚持'],
    ]);
    expect(messages.filter((m) => m.ruleId === 'struck-text').map((m) => [m.reason, m.fatal === true])).toEqual([
      ['2 pieces of text struck through were left out, as deleted: clear the strike-through in the original if they are meant to count', false],
    ]);
  });
});

describe('a 发文字号 printed only in a Word header (probe 127: a red-header template\'s first-page header)', () => {
  const withHeader = async (header: string, body: string) => {
    const zip = await JSZip.loadAsync(await docx(body));
    zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${header}</w:hdr>`);
    return zip.generateAsync({ type: 'uint8array' });
  };
  const plan = p('湖州市南浔区人民政府办公室关于印发') + p('南浔区2024年制造业高质量发展攻坚行动方案的通知') + p('一、重点任务') + p('（一）培育企业。（牵头单位：区经信局）');

  it('is the matrix\'s docNumber when the body holds none, and the header\'s other lines are no text', async () => {
    const read = await readDocx(await withHeader(p('湖州市南浔区人民政府办公室文件') + p('浔政办发〔2024〕5号') + p(''), plan), 'n.docx');
    const { matrix } = parseNotice(read);
    expect(matrix.document.docNumber).toBe('浔政办发〔2024〕5号');
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['区经信局']]]);
    expect(read.blocks.some((b) => b.lines.some((l) => l.text.includes('浔政办发')))).toBe(false);
  });

  // Probe 141: a reviewer's change left in the header had read `〔20232024〕`, and the 发文字号 was lost.
  it('reads a header as the body is read: changes accepted, no field code, no hidden text', async () => {
    const header = '<w:p><w:r><w:t>屏政办〔</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>2023</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>2024</w:t></w:r></w:ins><w:r><w:t>〕15号</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（草稿）</w:t></w:r></w:p>';
    const read = await readDocx(await withHeader(header, plan), 'n.docx');
    expect(read.headerLines).toEqual(['屏政办〔2024〕15号']);
    expect(parseNotice(read).matrix.document.docNumber).toBe('屏政办〔2024〕15号');
  });

  it('gives way to a 发文字号 in the body', async () => {
    const read = await readDocx(await withHeader(p('浔政办发〔2023〕9号'), p('浔政办发〔2024〕5号') + plan), 'n.docx');
    expect(parseNotice(read).matrix.document.docNumber).toBe('浔政办发〔2024〕5号');
  });
});

// Probe 141: what real offices' Word files hold, read as the clerk sees the document in Word.
describe('Word\'s own shapes a clerk does not see', () => {
  const plan = p('某县2024年重点工作任务分工方案') + p('一、重点任务');

  it('skips a table of contents written as a field, and counts its paragraphs', async () => {
    const entry = (text: string, page: number, first = false) =>
      `<w:p><w:pPr><w:pStyle w:val="10"/></w:pPr>${first ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : ''}<w:hyperlink w:anchor="_Toc1"><w:r><w:t>${text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
    const body = p('某县2024年重点工作任务分工方案') + entry('一、重点任务', 1, true) + entry('（一）推进农业转移人口市民化（县公安局牵头）', 2) + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' + p('一、重点任务') + p('（一）推进农业转移人口市民化。（县公安局牵头）');
    const { matrix, messages } = parseNotice(await readDocx(await docx(body), 'toc.docx'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.source.line])).toEqual([['1.1', ['县公安局'], 6]]);
    expect(messages.filter((m) => m.ruleId === 'repeated-number')).toEqual([]);
  });

  it('reads a cell whose content control still shows its placeholder as empty', async () => {
    const row = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const placeholder = `<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent>${tc(p('单击或点击此处输入日期。'))}</w:sdtContent></w:sdt>`;
    const table = `<w:tbl>${row([tc(p('序号')), tc(p('重点任务')), tc(p('牵头单位')), tc(p('完成时限'))])}${row([tc(p('1')), tc(p('推进改造。')), tc(p('县住建局')), placeholder])}${row([tc(p('2')), tc(p('加强管理。')), tc(p('县城管局')), tc(p('2024年12月底前'))])}</w:tbl>`;
    const { matrix } = parseNotice(await readDocx(await docx(p('某县2024年重点任务分工表') + table), 'sdt.docx'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.deadline?.text ?? null])).toEqual([['1', ['县住建局'], null], ['2', ['县城管局'], '2024年12月底前']]);
  });

  it('applies a footnote\'s 排在第一位的为牵头单位 only while its reference stands', async () => {
    const withNote = async (reference: string) => {
      const zip = await JSZip.loadAsync(await docx(plan + `<w:p><w:r><w:t>（一）推进改造。（县住建局、县财政局负责）</w:t></w:r>${reference}</w:p>`));
      zip.file('word/footnotes.xml', `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>各项任务中排在第一位的为牵头单位。</w:t></w:r></w:p></w:footnote></w:footnotes>`);
      return parseNotice(await readDocx(await zip.generateAsync({ type: 'uint8array' }), 'fn.docx')).matrix.tasks.map((t) => [t.lead, t.responsible]);
    };
    const ref = '<w:r><w:footnoteReference w:id="1"/></w:r>';
    expect(await withNote(ref)).toEqual([[['县住建局'], ['县财政局']]]);
    expect(await withNote(`<w:del w:id="9" w:author="a">${ref}</w:del>`)).toEqual([[[], ['县住建局', '县财政局']]]);
  });
});

describe('fields and ruby in a Word paragraph (probe 141)', () => {
  it('shows a field\'s result only, a nested field\'s result in its code not at all, and ruby\'s characters without their reading', async () => {
    const r = (inner: string) => `<w:r>${inner}</w:r>`;
    const field = (code: string, result: string, nested = '') =>
      r('<w:fldChar w:fldCharType="begin"/>') + r(`<w:instrText xml:space="preserve">${code}</w:instrText>`) + nested + r('<w:fldChar w:fldCharType="separate"/>') + r(`<w:t>${result}</w:t>`) + r('<w:fldChar w:fldCharType="end"/>');
    const inner = field(' MERGEFIELD 类别 ', '重点');
    const ruby = '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>lǐ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>澧</w:t></w:r></w:rubyBase></w:ruby></w:r>';
    const body = p('某市工作方案') + p('一、重点任务') + `<w:p>${r('<w:t>（一）加强水生态保护。（牵头单位：</w:t>')}${field(' IF ', '市生态环境局', inner)}${r('<w:t>；配合单位：</w:t>')}${ruby}${r('<w:t>县人民政府）</w:t>')}</w:p>`;
    const { matrix } = parseNotice(await readDocx(await docx(body), 'fields.docx'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1.1', ['市生态环境局'], ['澧县人民政府']]]);
  });
});

// Probe 141: a web system's 导出Word put its whole task table in an HTML part the document imports in place.
describe('an HTML part imported in place (w:altChunk)', () => {
  it('is read where it stands, its table rows as rows, its blocks counted as paragraphs', async () => {
    const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W} ${R}><w:body>${p('某区2019年民生实事项目任务分解表')}<w:altChunk r:id="rIdAlt1"/>${p('抄送：区委办公室。')}</w:body></w:document>`);
    zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="htmlChunk1.html"/></Relationships>');
    zip.file('word/htmlChunk1.html', '<html><body><table><tr><th>序号</th><th>实事项目</th><th>牵头单位</th><th>完成时限</th></tr><tr><td>1</td><td>新建公办幼儿园3所</td><td>区教育局</td><td>2019年12月底前</td></tr><tr><td>2</td><td>改造老旧小区10个</td><td>区住建局</td><td>2019年10月底前</td></tr></table></body></html>');
    const read = await readDocx(await zip.generateAsync({ type: 'uint8array' }), 'alt.docx');
    const { matrix } = parseNotice(read);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.deadline?.due, t.source.line])).toEqual([['1', ['区教育局'], '2019-12-31', 3], ['2', ['区住建局'], '2019-10-31', 4]]);
    expect(read.lineCount).toBe(5);
  });
});

// Probe 141: an office system's hidden fields, hidden through styles rather than on the run itself.
describe('text a style hides', () => {
  it('leaves out a run whose character style, or a paragraph whose paragraph style, has w:vanish, and not one that turns it off', async () => {
    const styles = '<w:style w:type="character" w:styleId="HiddenChar"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="character" w:styleId="HiddenChar2"><w:basedOn w:val="HiddenChar"/></w:style><w:style w:type="paragraph" w:styleId="OAHidden"><w:rPr><w:vanish/></w:rPr></w:style>';
    const body = p('某区2024年工作方案') + p('一、重点任务') +
      '<w:p><w:r><w:t>（一）加强交通管理。（责任单位：区公安分局、</w:t></w:r><w:r><w:rPr><w:rStyle w:val="HiddenChar2"/></w:rPr><w:t>区应急局、</w:t></w:r><w:r><w:t>区交通局）</w:t></w:r></w:p>' +
      p('配合单位：区消防救援大队', '<w:pStyle w:val="OAHidden"/>') +
      '<w:p><w:r><w:t>（二）加强宣传。（责任单位：区委宣传部</w:t></w:r><w:r><w:rPr><w:rStyle w:val="HiddenChar"/><w:vanish w:val="0"/></w:rPr><w:t>、区融媒体中心</w:t></w:r><w:r><w:t>）</w:t></w:r></w:p>';
    const { matrix } = parseNotice(await readDocx(await docx(body, undefined, styles), 'hidden.docx'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.support])).toEqual([
      ['1.1', ['区公安分局', '区交通局'], []],
      ['1.2', ['区委宣传部', '区融媒体中心'], []],
    ]);
  });
});
