import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { FengongError } from '../../src/errors.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readDocx } from '../../src/read/docx.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';
import { PLAN_NUMBERING } from '../helpers/docx.js';

/**
 * A small plan typed in Word: an automatic list (`一、` chinese counting, `1.` decimal under it), a paragraph with
 * soft line breaks, and a 任务分工表 whose 牵头单位 cell is merged over two rows and whose 责任单位 cell holds a
 * line break between two units.
 */
async function planDocx(): Promise<Uint8Array> {
  const cn = (text: string) => new Paragraph({ text, numbering: { reference: 'plan', level: 0 } });
  const ar = (children: TextRun[]) => new Paragraph({ children, numbering: { reference: 'plan', level: 1 } });
  const cell = (...lines: string[]) => new TableCell({ children: [new Paragraph({ children: lines.map((text, i) => new TextRun({ text, break: i ? 1 : 0 })) })] });
  const doc = new Document({
    numbering: PLAN_NUMBERING,
    sections: [
      {
        children: [
          new Paragraph('某县2024年重点工作任务分工方案'),
          new Paragraph(''),
          cn('总体要求'),
          new Paragraph('全面落实各项任务。'),
          cn('重点任务'),
          ar([new TextRun('推进项目建设。'), new TextRun({ text: '牵头单位：县发改局', break: 1 }), new TextRun({ text: '责任单位：县财政局、县住建局', break: 1 })]),
          ar([new TextRun('优化营商环境（县市场监管局牵头，县商务局配合）。')]),
          cn('任务分工'),
          new Table({
            rows: [
              new TableRow({ children: ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'].map((t) => cell(t)) }),
              new TableRow({ children: [cell('1'), cell('建设产业园区'), new TableCell({ rowSpan: 2, children: [new Paragraph('县经信局')] }), cell('县自然资源局', '县住建局'), cell('2024年6月底前')] }),
              new TableRow({ children: [cell('2'), cell('引进重点企业'), cell('县商务局'), cell('2024年12月底前')] }),
            ],
          }),
          cn('保障措施'),
          ar([new TextRun('加强组织领导。')]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const text = (line: number, ...lines: Array<[string, number]>) => lines.map(([t, column]) => ({ text: t, line, column }));

describe('readDocx', () => {
  it('reads paragraphs, soft breaks, Word numbering and a merged table into blocks', async () => {
    const read = await readDocx(await planDocx(), 'plan.docx');
    expect(read.format).toBe('docx');
    expect(read.lineCount).toBe(13);
    expect(read.blocks).toEqual([
      { kind: 'text', lines: text(1, ['某县2024年重点工作任务分工方案', 1]), blankBefore: false },
      { kind: 'text', lines: text(3, ['一、总体要求', 1]), blankBefore: true, list: { level: 0, number: 1, marker: '一、' } },
      { kind: 'text', lines: text(4, ['全面落实各项任务。', 1]), blankBefore: false },
      { kind: 'text', lines: text(5, ['二、重点任务', 1]), blankBefore: false, list: { level: 0, number: 2, marker: '二、' } },
      // The decimal level keeps Word's default tab after its number; the soft breaks make lines of one block.
      { kind: 'text', lines: text(6, ['1.\t推进项目建设。', 1], ['牵头单位：县发改局', 12], ['责任单位：县财政局、县住建局', 22]), blankBefore: false, list: { level: 1, number: 1, marker: '1.\t' } },
      { kind: 'text', lines: text(7, ['2.\t优化营商环境（县市场监管局牵头，县商务局配合）。', 1]), blankBefore: false, list: { level: 1, number: 2, marker: '2.\t' } },
      { kind: 'text', lines: text(8, ['三、任务分工', 1]), blankBefore: false, list: { level: 0, number: 3, marker: '三、' } },
      {
        kind: 'row',
        lines: text(9, ['序号\t重点任务\t牵头单位\t责任单位\t完成时限', 1]),
        cells: [{ text: '序号', line: 9, column: 1 }, { text: '重点任务', line: 9, column: 4 }, { text: '牵头单位', line: 9, column: 9 }, { text: '责任单位', line: 9, column: 14 }, { text: '完成时限', line: 9, column: 19 }],
        blankBefore: false,
        tableStart: true,
        whole: true,
      },
      {
        kind: 'row',
        lines: text(10, ['1\t建设产业园区\t县经信局\t县自然资源局\n县住建局\t2024年6月底前', 1]),
        cells: [{ text: '1', line: 10, column: 1 }, { text: '建设产业园区', line: 10, column: 3 }, { text: '县经信局', line: 10, column: 10 }, { text: '县自然资源局\n县住建局', line: 10, column: 15 }, { text: '2024年6月底前', line: 10, column: 27 }],
        blankBefore: false,
        tableStart: false,
        whole: true,
      },
      {
        kind: 'row',
        lines: text(11, ['2\t引进重点企业\t县经信局\t县商务局\t2024年12月底前', 1]),
        // The merged cell belongs to this row too, placed where its text stands (line 10).
        cells: [{ text: '2', line: 11, column: 1 }, { text: '引进重点企业', line: 11, column: 3 }, { text: '县经信局', line: 10, column: 10, spanned: true }, { text: '县商务局', line: 11, column: 15 }, { text: '2024年12月底前', line: 11, column: 20 }],
        blankBefore: false,
        tableStart: false,
        whole: true,
      },
      { kind: 'text', lines: text(12, ['四、保障措施', 1]), blankBefore: false, list: { level: 0, number: 4, marker: '四、' } },
      // Level 1 starts again under a new level-0 item.
      { kind: 'text', lines: text(13, ['1.\t加强组织领导。', 1]), blankBefore: false, list: { level: 1, number: 1, marker: '1.\t' } },
    ]);
  });

  it('compiles end to end through parseNotice into the tasks written in the document', async () => {
    const read = await readNoticeBytes(await planDocx(), 'plan.docx', 'docx');
    const { matrix } = parseNotice(read);
    expect(matrix.document.title).toBe('某县2024年重点工作任务分工方案');
    expect(matrix.outline.map((o) => [o.id, o.marker, o.line])).toEqual([['1', '一、', 3], ['2', '二、', 5], ['3', '三、', 8], ['4', '四、', 12]]);
    expect(matrix.tasks).toEqual([
      { id: '2.1', marker: '1.', path: ['重点任务'], title: null, text: '推进项目建设。', lead: ['县发改局'], responsible: ['县财政局', '县住建局'], support: [], deadline: null, source: { line: 6, endLine: 6 } },
      { id: '2.2', marker: '2.', path: ['重点任务'], title: null, text: '优化营商环境。', lead: ['县市场监管局'], responsible: [], support: ['县商务局'], deadline: null, source: { line: 7, endLine: 7 } },
      { id: '3.1', marker: '1', path: ['任务分工'], title: null, text: '建设产业园区', lead: ['县经信局'], responsible: ['县自然资源局', '县住建局'], support: [], deadline: { text: '2024年6月底前', due: '2024-06-30' }, source: { line: 10, endLine: 10 } },
      { id: '3.2', marker: '2', path: ['任务分工'], title: null, text: '引进重点企业', lead: ['县经信局'], responsible: ['县商务局'], support: [], deadline: { text: '2024年12月底前', due: '2024-12-31' }, source: { line: 11, endLine: 11 } },
    ]);
  });

  it('keeps a centered notice title apart from the recipients line after it (no wrapped-line join)', async () => {
    const C = AlignmentType.CENTER;
    const R = AlignmentType.RIGHT;
    const paragraphs: Array<[string, (typeof AlignmentType)[keyof typeof AlignmentType]?]> = [
      ['某县人民政府办公室关于印发某县2024年重点工作任务分工方案的通知', C],
      ['各乡镇人民政府，县直各部门：'],
      ['现将方案印发给你们，请认真贯彻落实。'],
      ['某县人民政府办公室', R],
      ['2024年3月1日', R],
      ['某县2024年重点工作任务分工方案', C],
      ['一、优化营商环境（县市场监管局负责）。'],
    ];
    const doc = new Document({ sections: [{ children: paragraphs.map(([text, alignment]) => new Paragraph({ text, alignment })) }] });
    const { matrix } = parseNotice(await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'n.docx'));
    expect(matrix.document).toEqual({
      title: '某县2024年重点工作任务分工方案',
      notice: '某县人民政府办公室关于印发某县2024年重点工作任务分工方案的通知',
      docNumber: null,
      issuer: '某县人民政府办公室',
      date: '2024-03-01',
      recipients: ['各乡镇人民政府', '县直各部门'],
    });
    expect(matrix.tasks.map((t) => [t.id, t.text, t.responsible, t.source.line])).toEqual([['1', '优化营商环境。', ['县市场监管局'], 7]]);
  });

  it('reads a table whose first row is its caption: the caption is the title, the rows are tasks', async () => {
    const cell = (text: string, columnSpan?: number) => new TableCell({ columnSpan, children: [new Paragraph(text)] });
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('某县2024年重点工作任务分工表', 4)] }),
        new TableRow({ children: ['序号', '重点任务', '牵头单位', '完成时限'].map((t) => cell(t)) }),
        new TableRow({ children: ['1', '建设产业园区', '县经信局', '2024年6月底前'].map((t) => cell(t)) }),
      ],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }))), 't.docx');
    expect(read.blocks.map((b) => [b.kind, b.lines[0].line, b.tableStart])).toEqual([['heading', 1, undefined], ['row', 2, true], ['row', 3, false]]);
    const { matrix } = parseNotice(read);
    expect(matrix.document.title).toBe('某县2024年重点工作任务分工表');
    expect(matrix.tasks).toEqual([
      { id: '1', marker: '1', path: [], title: null, text: '建设产业园区', lead: ['县经信局'], responsible: [], support: [], deadline: { text: '2024年6月底前', due: '2024-06-30' }, source: { line: 3, endLine: 3 } },
    ]);
  });

  it('rejects bytes that are not a .docx with an error naming the file', async () => {
    await expect(readDocx(new TextEncoder().encode('not a zip at all'), 'bad.docx')).rejects.toThrow(FengongError);
    await expect(readDocx(new TextEncoder().encode('not a zip at all'), 'bad.docx')).rejects.toThrow(/^bad\.docx: not a Word \.docx file \(/);
  });
});

describe('a part whose zip directory gives it more than 256 MB (a zip bomb)', () => {
  it('is refused before it is unpacked: one line naming the file, the part and its size, exit 2', async () => {
    // 300 MB of one repeated byte packs to about 300 KB.
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', new Uint8Array(300 * 2 ** 20).fill(0x20));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(2 ** 20);
    await expect(readDocx(bytes, 'bomb.docx')).rejects.toThrow('bomb.docx: not read: word/document.xml unpacks to 300 MB, more than any notice holds (at most 256 MB): a damaged or hostile file');
  });
});

describe('a part that unpacks to more text than a string holds', () => {
  // A fresh user's 1.6 MB .docx of 700,000 long paragraphs ended in an internal error (RangeError from jszip).
  it('is one line naming the file and the part, exit 2', async () => {
    const { readPart } = await import('../../src/read/ooxml.js');
    const zip = { file: () => ({ async: () => Promise.reject(new RangeError('Invalid string length')) }) } as unknown as import('jszip');
    await expect(readPart(zip, 'word/document.xml', 'bomb.docx', { en: 'a Word .docx file', zh: 'Word .docx 文件' })).rejects.toThrow('bomb.docx: too large to read (word/document.xml unpacks to more text than fengong can hold)');
  });
});

describe('tracked changes and comments (probe 87)', () => {
  const author = { author: '王伟', date: '2024-03-08T09:12:00Z' };
  const draft = async () => {
    const doc = new Document({
      comments: { children: [{ id: 0, author: '李娜', date: new Date('2024-03-07T10:03:00Z'), children: [new Paragraph('建议统一单位名称。')] }] },
      sections: [
        {
          children: [
            new Paragraph('某县重点任务分工方案'),
            new Paragraph('一、重点任务'),
            new Paragraph('1.推进农村改厕。（县农业农村局负责）'),
            // A whole paragraph deleted, its mark too: line 4 of the file.
            new Paragraph({ run: { deletion: { id: 1, ...author } }, children: [new DeletedTextRun({ id: 2, ...author, text: '2.清理准入壁垒。（县发改局负责）' })] }),
            new Paragraph({ children: [new TextRun('2.治理生活污水。（'), new DeletedTextRun({ id: 3, ...author, text: '县住建局' }), new InsertedTextRun({ id: 4, ...author, text: '县生态环境局' }), new TextRun('负责）')] }),
            // Two paragraphs joined by a deleted paragraph mark: lines 6 and 7, the task on 6.
            new Paragraph({ run: { deletion: { id: 5, ...author } }, children: [new TextRun('3.建设污水管网。（牵头单位：县住建局；')] }),
            new Paragraph('责任单位：县财政局）'),
            new Paragraph('4.开展督查考核。（县委督查室负责）'),
          ],
        },
      ],
    });
    return parseNotice(await readDocx(await Packer.toBuffer(doc), 'draft.docx'));
  };

  it('counts a deleted paragraph as a line of the file, so that the tasks after it keep their own lines', async () => {
    const { matrix } = await draft();
    expect(matrix.tasks.map((t) => [t.id, t.source.line, t.lead, t.responsible])).toEqual([
      ['1.1', 3, [], ['县农业农村局']],
      ['1.2', 5, [], ['县生态环境局']],
      ['1.3', 6, ['县住建局'], ['县财政局']],
      ['1.4', 8, [], ['县委督查室']],
    ]);
  });

  it('says once that the changes were read as accepted and the comments not read (info tracked-changes)', async () => {
    const { messages } = await draft();
    const note = messages.filter((m) => m.ruleId === 'tracked-changes');
    expect(note.map((m) => [m.line, m.column, m.reason])).toEqual([
      [1, 1, 'The document still holds 5 tracked changes and 1 comment: the matrix follows the text with every change accepted, and comments are not read; accept or reject the changes in Word if they are not agreed'],
    ]);
  });
});
