import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import { readMarkdown } from '../../src/read/markdown.js';

// readMarkdown takes block structure from remark and text from the source lines; micromark's inline constructs
// are switched off (src/read/markdown.ts), so these check that escapes, code spans and emphasis neither change
// the blocks nor get lost from the text.
const blocks = (md: string, gfm = false) =>
  readMarkdown(md, gfm ? remarkGfm : undefined).blocks.map((b) => [b.kind, ...(b.cells ? b.cells.map((c) => c.text) : b.lines.map((l) => l.text))]);

describe('readMarkdown', () => {
  it('keeps an escaped marker as the text of a paragraph, not a list or a heading', () => {
    expect(blocks('1\\.办好活动。\n\n\\# 不是标题\n\n# 是标题\n')).toEqual([
      ['text', '1.办好活动。'],
      ['text', '# 不是标题'],
      ['heading', '是标题'],
    ]);
  });

  it('splits a table row at every pipe but an escaped one, code span or not (GFM)', () => {
    const md = '| 序号 | 工作任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 办好`a|b`活动 a\\|b | 县科协 |\n';
    expect(blocks(md, true)).toEqual([
      ['row', '序号', '工作任务', '牵头单位'],
      ['row', '1', '办好`a', 'b`活动 a|b', '县科协'],
    ]);
  });

  it('leaves emphasis for the notice stage, gives a link its text and an image nothing, decodes references', () => {
    expect(blocks('**（一）加强领导。**[县科协](http://x) &amp; 县科技局![图](a.png)\n')).toEqual([['text', '**（一）加强领导。**县科协 & 县科技局']]);
  });

  it("reads pandoc's attribute spans as their text: a Word bookmark's anchor no longer hides a heading's number (probe 17)", () => {
    expect(blocks('## []{#_Toc167302211 .anchor}二、乙类任务\n\n## 三、丙类任务 {#sec-3 .unnumbered}\n\n1\\. [加强]{.underline}领导。（[]{#_Hlk1}牵头单位：市科协）\n')).toEqual([
      ['heading', '二、乙类任务'],
      ['heading', '三、丙类任务'],
      ['text', '1. 加强领导。（牵头单位：市科协）'],
    ]);
    expect(blocks('| 序号 | 牵头单位 |\n| --- | --- |\n| 1 | []{#_Toc2 .anchor}市科协 |\n', true)[1]).toEqual(['row', '1', '市科协']);
    // Brackets and braces that are no attributes stay as written.
    expect(blocks('1.办好[一]{二}活动。\n')).toEqual([['text', '1.办好[一]{二}活动。']]);
  });

  it('breaks a line at <br> and drops a hard break (a trailing backslash), keeping the columns of the source', () => {
    const read = readMarkdown('牵头单位：县农业农村局<br>责任单位：县卫健局<br />\n完成时限：2024年\\\n', undefined);
    expect(read.blocks.map((b) => b.lines.map((l) => [l.line, l.column, l.text]))).toEqual([
      [[1, 1, '牵头单位：县农业农村局'], [1, 16, '责任单位：县卫健局'], [2, 1, '完成时限：2024年']],
    ]);
  });

  it('reads one paragraph per block, its lines with their numbers', () => {
    const read = readMarkdown('一、任务\n\n1\\.办好活动，\n县科协负责。\n', undefined);
    expect(read.blocks.map((b) => b.lines.map((l) => [l.line, l.text]))).toEqual([[[1, '一、任务']], [[3, '1.办好活动，'], [4, '县科协负责。']]]);
  });
});
