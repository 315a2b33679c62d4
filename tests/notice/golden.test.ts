import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { checkMatrixSchema } from '../../src/matrix/schema.js';
import type { Matrix, OutlineItem } from '../../src/matrix/types.js';

// The seed: a real county notice converted from PDF (乐府发〔2023〕61号). Its expected matrix was checked by hand
// against the notice: outline lines against the numbered lines of the .md, units against the team's gold.yaml.
const file = 'fixtures/notices/lezhi-2023-61.md';
const bytes = readFileSync(file);
const expected = YAML.parse(readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8')) as Matrix;
const { matrix, messages } = parseNotice(readMarkdown(bytes.toString('utf8')), {
  source: { file, sha256: createHash('sha256').update(bytes).digest('hex') },
});

const flatten = (items: OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...flatten(i.children)]);

describe('the seed notice, field by field', () => {
  it('reads the header', () => {
    expect(matrix.document).toEqual(expected.document);
  });
  it('has the expected outline, item by item', () => {
    const got = flatten(matrix.outline);
    const want = flatten(expected.outline);
    expect(got.map((i) => i.id)).toEqual(want.map((i) => i.id));
    for (const [k, item] of want.entries()) {
      expect({ id: got[k].id, marker: got[k].marker, title: got[k].title, line: got[k].line }).toEqual({ id: item.id, marker: item.marker, title: item.title, line: item.line });
    }
  });
  it('has all 36 tasks with their units, titles, texts and lines', () => {
    expect(matrix.tasks).toHaveLength(36);
    for (const [k, task] of expected.tasks.entries()) expect(matrix.tasks[k]).toEqual(task);
  });
  it('passes the schema', () => {
    expect(checkMatrixSchema(matrix)).toEqual([]);
  });
  it('reports each repair as a warning with its line, and no error', () => {
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
    const joins = messages.filter((m) => m.ruleId === 'page-break-join').map((m) => m.line);
    // Every blank-line cut in the .md (a sentence, a unit name 县经科⏎⏎信局, a keyword 〔牵⏎⏎头单位).
    expect(joins).toEqual([28, 40, 48, 60, 82, 104, 112, 124, 134, 146]);
    const closers = messages.filter((m) => m.ruleId === 'mismatched-closer').map((m) => m.line);
    expect(closers).toEqual([48, 82, 112, 124]);
  });
  it('joins a unit name and a keyword cut by a page break', () => {
    const t252 = matrix.tasks.find((t) => t.id === '2.5.2')!;
    expect(t252.responsible).toContain('县经科信局');
    expect(matrix.tasks.find((t) => t.id === '3.2.2')!.lead).toEqual(['县科协']);
  });
});
