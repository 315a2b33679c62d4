import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readDocx } from '../../src/read/docx.js';
import type { OutlineItem } from '../../src/matrix/types.js';

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
});
