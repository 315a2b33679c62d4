import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';

/**
 * Word documents as offices save them (probe 46: made with the docx package and patched XML; their content is in
 * /tmp/probe-46/min/README.md of that session, and summed up above each test). Expectations read off by hand.
 */
const parse = async (name: string) => {
  const file = new URL(`fixtures/word/${name}`, import.meta.url);
  const read = await readNoticeBytes(readFileSync(file), name, name.endsWith('.txt') ? 'text' : 'docx');
  return parseNotice(read);
};
const tasks = async (name: string) => (await parse(name)).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support]);

describe('Word layouts that hold tasks', () => {
  it('reads a text box after the paragraph it is anchored in, once (not again from its VML copy)', async () => {
    // （一）加强消防安全治理。（区消防救援大队负责） and a box of 1.开展高层建筑…（区消防救援大队牵头，区住建局配合）,
    // 2.推进电动自行车整治。（牵头单位：区住建局；责任单位：各街道办事处）
    expect(await tasks('textbox-tasks.docx')).toEqual([
      ['1.1', [], ['区消防救援大队'], []],
      ['1.1.1', ['区消防救援大队'], [], ['区住建局']],
      ['1.1.2', ['区住建局'], ['各街道办事处'], []],
    ]);
  });
  it('reads a table of one cell (a frame around 专栏1) as the paragraphs it holds', async () => {
    expect(await tasks('frame-table.docx')).toEqual([
      ['1.1.1', ['区应急管理局'], ['区住建局'], []],
      ['1.1.2', [], ['区应急管理局'], []],
    ]);
  });
  it('goes on in a heading after a soft line break inside its bracket', async () => {
    const { matrix, messages } = await parse('softbreak-in-bracket.docx');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1.1', ['区水务局', '区应急管理局'], ['各镇人民政府', '各街道办事处']]]);
    expect(messages).toEqual([]);
  });
  it('applies 排在第一位的为牵头单位 from a footnote', async () => {
    expect(await tasks('footnote-first-lead.docx')).toEqual([['1', ['市城管局'], ['市生态环境局'], []]]);
  });
});

describe('a table of contents', () => {
  it('in Word (a content control before the title) is neither the title nor the outline', async () => {
    const { matrix, messages } = await parse('toc-before-title.docx');
    expect([matrix.document.title, matrix.outline.map((i) => i.id), matrix.tasks.map((t) => t.id), messages]).toEqual(['某县2024年工作方案', ['1'], ['1.1', '1.1.1'], []]);
  });
  it('copied out of Word (`目录` ⏎ entries ending in a tab and a page number) is no line of the plan', async () => {
    const { matrix, messages } = await parse('toc-after-title.txt');
    expect([matrix.document.title, matrix.tasks.map((t) => [t.id, t.lead])]).toEqual(['某县2024年工作方案', [['1.1', ['县发展改革局']], ['1.1.1', ['县自然资源局']]]]);
    expect(messages).toEqual([]);
  });
});
