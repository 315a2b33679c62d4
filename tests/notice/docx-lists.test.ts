import { readFileSync } from 'node:fs';
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readDocx } from '../../src/read/docx.js';
import type { OutlineItem } from '../../src/matrix/types.js';
import { PLAN_NUMBERING } from '../helpers/docx.js';

const flat = (items: OutlineItem[]): string[] => items.flatMap((i) => [`${i.id} ${i.marker}`, ...flat(i.children)]);

describe('Word automatic lists', () => {
  it('nest by their list level, even where the numbers look alike (1. under 1.)', async () => {
    const read = await readDocx(readFileSync('tests/read/fixtures/lo-table.docx'), 'lo-table.docx');
    const { matrix } = parseNotice(read);
    // lo-table.html: an outer list 1. 总体要求 / 2. 重点任务, and under 2. an inner list 1. 推进项目建设 / 2. 优化营商环境.
    expect(flat(matrix.outline).slice(0, 4)).toEqual(['1 1.', '2 2.', '2.1 1.', '2.2 2.']);
    expect(matrix.tasks.slice(0, 2).map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['2.1', ['县发改局'], ['县财政局', '县住建局'], []],
      ['2.2', ['县市场监管局'], [], ['县商务局']],
    ]);
  });

  it('nest like typed numbers when each style is a list of its own, all at level 0', async () => {
    // A common way of numbering in Word: 一、 (一) and 1. each a separate list, none with levels below 0.
    const list = (reference: string, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
      reference,
      levels: [{ level: 0, format, text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }],
    });
    const item = (reference: string, text: string) => new Paragraph({ text, numbering: { reference, level: 0 } });
    const doc = new Document({
      numbering: { config: [list('cn', LevelFormat.CHINESE_COUNTING, '%1、'), list('pcn', LevelFormat.CHINESE_COUNTING, '（%1）'), list('ar', LevelFormat.DECIMAL, '%1.')] },
      sections: [
        {
          children: [
            new Paragraph('XX县2024年粮食安全工作方案'),
            item('cn', '确保粮食安全'),
            item('pcn', '稳定播种面积。（牵头单位：县农业农村局）'),
            item('pcn', '加强农田建设'),
            item('ar', '新建高标准农田。（牵头单位：县农业农村局）'),
            item('ar', '加强质量监管。（牵头单位：县自然资源局）'),
            item('cn', '巩固脱贫成果'),
          ],
        },
      ],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'lists.docx');
    const { matrix, messages } = parseNotice(read);
    expect(flat(matrix.outline)).toEqual(['1 一、', '1.1 （一）', '1.2 （二）', '1.2.1 1.', '1.2.2 2.', '2 二、']);
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['县农业农村局']],
      ['1.2.1', ['县农业农村局']],
      ['1.2.2', ['县自然资源局']],
    ]);
    expect(messages).toEqual([]);
  });
});

describe('typed numbers beside automatic ones', () => {
  it('continue the automatic level of their form whose next number they are (probe 31: `3．` after an automatic `1.` `2.`)', async () => {
    const doc = new Document({
      numbering: PLAN_NUMBERING,
      sections: [
        {
          children: [
            new Paragraph('XX县2024年重点工作方案'),
            new Paragraph({ text: '重点任务', numbering: { reference: 'plan', level: 0 } }),
            new Paragraph({ text: '推进甲。（牵头单位：县发改局）', numbering: { reference: 'plan', level: 1 } }),
            new Paragraph({ text: '推进乙。（牵头单位：县财政局）', numbering: { reference: 'plan', level: 1 } }),
            new Paragraph('3．推进丙。（牵头单位：县住建局）'),
          ],
        },
      ],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'typed.docx');
    const { matrix } = parseNotice(read);
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['县发改局']],
      ['1.2', ['县财政局']],
      ['1.3', ['县住建局']],
    ]);
  });
});

describe('Markdown ordered lists', () => {
  it('number items by their place in the list (1. 1. 1. renders 1 2 3) and nest lists inside items (pandoc)', async () => {
    const { parseText } = await import('../helpers/parse.js');
    const md = ['# XX县河湖管护工作要点', '', '1. 强化河湖管护', '', '    1. 落实巡河制度。（牵头单位：县河长办）', '', '    1. 开展清四乱。（牵头单位：县水利局）', '', '1. 加强污染防治', '', '    1. 整治排污口。（牵头单位：县生态环境局）'].join('\n');
    const { matrix, messages } = parseText(md, 'markdown');
    expect(flat(matrix.outline)).toEqual(['1 1.', '1.1 1.', '1.2 1.', '2 1.', '2.1 1.']);
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['县河长办']],
      ['1.2', ['县水利局']],
      ['2.1', ['县生态环境局']],
    ]);
    expect(messages).toEqual([]);
  });
});

describe('a block of labels under a Word list\'s sub-item', () => {
  // Probe 84: the next `（2）` of a list has its number's style only from the numbering definitions; the block of `（1）`
  // was taken for the end of a run and went to the item above it (one task of both blocks, a deadline lost).
  it('stays with its sub-item when the next sibling is numbered by the list too', async () => {
    const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: lvl, format, text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING });
    const item = (lvl: number, text: string) => new Paragraph({ text, numbering: { reference: 'plan', level: lvl } });
    const doc = new Document({
      numbering: { config: [{ reference: 'plan', levels: [level(0, LevelFormat.CHINESE_COUNTING, '%1、'), level(1, LevelFormat.CHINESE_COUNTING, '（%2）'), level(2, LevelFormat.DECIMAL, '%3．'), level(3, LevelFormat.DECIMAL, '（%4）')] }] },
      sections: [
        {
          children: [
            new Paragraph('宁波市海洋经济高质量发展实施方案'),
            item(0, '重点任务'),
            item(1, '做强海洋制造业'),
            item(2, '发展海洋生物医药。'),
            item(3, '支持企业研发海洋药物。'),
            item(3, '建设海洋生物产业园。'),
            new Paragraph('牵头单位：市发改委'),
            new Paragraph('责任单位：市科技局'),
            item(2, '发展海洋高端装备。'),
            item(3, '支持船舶修造企业转型。'),
            new Paragraph('牵头单位：市经信局'),
            new Paragraph('责任单位：市交通局'),
            new Paragraph('完成时限：持续推进'),
            item(3, '发展海工装备。'),
            new Paragraph('牵头单位：市经信局'),
            new Paragraph('责任单位：市科技局'),
            new Paragraph('完成时限：2026年12月底前'),
          ],
        },
      ],
    });
    const read = await readDocx(await Packer.toBuffer(doc), 'plan.docx');
    expect(parseNotice(read).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1.1', ['市发改委'], ['市科技局'], null],
      ['1.1.2.1', ['市经信局'], ['市交通局'], '持续推进'],
      ['1.1.2.2', ['市经信局'], ['市科技局'], '2026年12月底前'],
    ]);
  });
});
