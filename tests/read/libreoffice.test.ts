import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';

/**
 * .docx files written by another producer than the `docx` package: LibreOffice, from the sources beside them
 * (`soffice --headless --convert-to 'docx:MS Word 2007 XML' lo-numbering.fodt`, likewise `lo-table.html`).
 * LibreOffice writes Chinese counting as `taiwaneseCountingThousand` and every merge as Word does.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const lines = (read: Awaited<ReturnType<typeof readDocx>>) => read.blocks.map((b) => [b.kind, b.lines.map((l) => `${l.text}@${l.line}`)]);

describe('readDocx on LibreOffice output', () => {
  it('recovers a four-level list: 一、 （一） 1. ①, restarting under each parent', async () => {
    expect(lines(await readDocx(fixture('lo-numbering.docx'), 'lo-numbering.docx'))).toEqual([
      ['text', ['某县方案@1']],
      ['text', ['一、总体要求@2']],
      ['text', ['（一）指导思想@3']],
      ['text', ['（二）工作目标@4']],
      ['text', ['1.目标一@5']],
      ['text', ['2.目标二@6']],
      ['text', ['①细项@7']],
      ['text', ['二、重点任务@8']],
      ['text', ['（一）推进建设@9']],
    ]);
  });

  it('reads a centered title, line breaks, and a table with a two-row header and a cell merged down', async () => {
    const read = await readDocx(fixture('lo-table.docx'), 'lo-table.docx');
    expect(lines(read).slice(0, 6)).toEqual([
      ['heading', ['某县2024年重点工作任务分工方案@1']],
      ['text', ['1.\t总体要求@2']],
      ['text', ['全面落实各项任务。@3']],
      ['text', ['2.\t重点任务 @4']],
      ['text', ['1.\t推进项目建设。@5', '牵头单位：县发改局@5', '责任单位：县财政局、县住建局 @5']],
      ['text', ['2.\t优化营商环境（县市场监管局牵头，县商务局配合）。@6']],
    ]);
    expect(read.blocks.slice(6).map((b) => [b.tableStart, b.cells!.map((c) => `${c.text}@${c.line}`)])).toEqual([
      [true, ['序号@7', '重点任务@7', '牵头单位@8', '配合单位@8', '完成时限@7']],
      [false, ['1@9', '建设产业园区@9', '县经信局@9', '县自然资源局\n县住建局@9', '2024年6月底前@9']],
      [false, ['2@10', '引进重点企业@10', '县经信局@9', '县商务局@10', '2024年12月底前@10']],
    ]);
    // A document cannot end in a table: Word and LibreOffice put an empty paragraph after it, line 11.
    expect(read.lineCount).toBe(11);
  });
});
