import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutlineStack } from '../../src/notice/outline.js';
import { readDottedRowNumber, readTaskIdCell } from '../../src/notice/numbering.js';
import { DUE_MARKERS } from '../../src/sheets/sheet.js';
import type { Matrix } from '../../src/matrix/types.js';
import { runCli } from '../helpers/run-cli.js';
import { parseText } from '../helpers/parse.js';

describe('rows numbered with their whole id (序号 `2.2.1`)', () => {
  it('reads the number and its parent id, and nothing else', () => {
    expect(readDottedRowNumber('2.2.1')).toEqual({ number: 1, parentId: '2.2' });
    expect(readDottedRowNumber(' 3.10 ')).toEqual({ number: 10, parentId: '3' });
    expect(readDottedRowNumber('02.1')).toEqual({ number: 1, parentId: '2' });
    for (const cell of ['12', '2.', '2.2.', '2.x', '一.1', '2.2#1', '']) expect(readDottedRowNumber(cell)).toBeNull();
  });

  it('opens the row under the open item with that id, closing the levels below it', () => {
    const stack = new OutlineStack();
    stack.push('cn', 2, '二、', 1);
    stack.push('pcn', 1, '（一）', 2);
    stack.push('ar', 4, '4.', 3);
    const { state } = stack.pushRow('2.1', 5, '2.1.5', 4);
    expect(state.item.id).toBe('2.1.5');
    expect(stack.open.map((s) => s.item.id)).toEqual(['2', '2.1', '2.1.5']);
    expect(stack.roots[0].children[0].children.map((i) => i.id)).toEqual(['2.1.4', '2.1.5']);
  });

  it('keeps the id as written under the deepest open item that starts it, when its parent is not open', () => {
    const stack = new OutlineStack();
    expect(stack.pushRow('1', 1, '1.1', 1).state.item.id).toBe('1.1');
    expect(stack.pushRow('1', 2, '1.2', 2).state.item.id).toBe('1.2');
    expect(stack.roots.map((i) => i.id)).toEqual(['1.1', '1.2']);
    const other = new OutlineStack();
    other.push('cn', 3, '三、', 1);
    expect(other.pushRow('3.2', 1, '3.2.1', 2).state.item.id).toBe('3.2.1');
    expect(other.roots[0].children.map((i) => i.id)).toEqual(['3.2.1']);
  });

  it('nests rows under category rows in the 序号 column, never category rows under task rows', () => {
    const md = [
      '| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| **一、稳增长** |  |  |  |  |',
      '| 1.1 | 抓好项目建设。 | 县发改局 | 县财政局 | 2024年6月底前 |',
      '| **（二）促消费** |  |  |  |  |',
      '| 1.2.1 | 办好消费季。 | 县商务局 |  | 长期坚持 |',
      '| 1.2.2 | 发放消费券。 | 县商务局 | 县财政局 |  |',
      '| **二、保民生** |  |  |  |  |',
      '| 2.1 | 稳定就业。 | 县人社局 |  |  |',
    ].join('\n');
    const { matrix } = parseText(md, 'markdown');
    const tree = (items: Matrix['outline']): unknown[] => items.map((i) => [i.id, i.title, tree(i.children)]);
    expect(tree(matrix.outline)).toEqual([
      ['1', '稳增长', [['1.1', null, []], ['1.2', '促消费', [['1.2.1', null, []], ['1.2.2', null, []]]]]],
      ['2', '保民生', [['2.1', null, []]]],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['稳增长'], ['县发改局'], '2024年6月底前'],
      ['1.2.1', ['稳增长', '促消费'], ['县商务局'], '长期坚持'],
      ['1.2.2', ['稳增长', '促消费'], ['县商务局'], null],
      ['2.1', ['保民生'], ['县人社局'], null],
    ]);
  });
});

describe('rows numbered with a task id (序号 `2#1`, `#1`: fengong\'s own export)', () => {
  it('reads the item id and k, and nothing else', () => {
    expect(readTaskIdCell('2#1')).toEqual({ itemId: '2', k: 1 });
    expect(readTaskIdCell(' 1.2#3 ')).toEqual({ itemId: '1.2', k: 3 });
    expect(readTaskIdCell('#2')).toEqual({ itemId: null, k: 2 });
    expect(readTaskIdCell('２＃１')).toEqual({ itemId: '2', k: 1 });
    for (const cell of ['2', '2.1', '2#0', '#', '2#', 'a#1', '2#1#2', '2#1-2', '']) expect(readTaskIdCell(cell)).toBeNull();
  });

  it('opens an item by its whole id, and goes back to it for its next task', () => {
    const stack = new OutlineStack();
    stack.push('cn', 1, '一、', 1);
    stack.push('pcn', 2, '（二）', 2);
    const first = stack.openId('1.2', '1.2#1', 3);
    expect(first).toMatchObject({ reused: true });
    expect(first.state.item.id).toBe('1.2');
    const two = stack.openId('2', '2#1', 4);
    expect(two).toMatchObject({ reused: false, repeated: null });
    expect(two.state.item.id).toBe('2');
    expect(stack.roots.map((i) => i.id)).toEqual(['1', '2']);
    expect(stack.openId('2', '2#2', 5)).toMatchObject({ reused: true, state: two.state });
    expect(stack.openId('2.1', '2.1#1', 6).state.item.id).toBe('2.1');
    expect(stack.roots[1].children.map((i) => i.id)).toEqual(['2.1']);
  });
});

describe("re-parsing fengong's own 任务分工表", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fengong-round-trip-'));
  });
  const load = (file: string) => parseYaml(readFileSync(file, 'utf8')) as Matrix;
  /** What a table can carry back: ids, paths, units and deadlines (titles of table rows are null by the format). */
  const carried = (m: Matrix) => m.tasks.map((t) => ({ id: t.id, path: t.path, lead: t.lead, responsible: t.responsible, support: t.support, deadline: t.deadline }));

  for (const format of ['md', 'xlsx', 'docx']) {
    it(`gives back the tasks of the seed notice from ${format}`, async () => {
      const source = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
      const table = join(dir, `lezhi.${format}`);
      expect(await runCli(['export', source, '-o', table])).toMatchObject({ code: 0 });
      const back = join(dir, `lezhi-${format}.yaml`);
      expect(await runCli(['parse', table, '-o', back, '-q'])).toMatchObject({ code: 0 });
      const original = load(source);
      expect(original.tasks).toHaveLength(36);
      expect(carried(load(back))).toEqual(carried(original));
    });
  }

  it('reads deadlines without the due marks the sheets add', async () => {
    const source = 'fixtures/matrices/sheets/county-plan.matrix.yaml';
    const table = join(dir, 'county.md');
    expect(await runCli(['export', source, '-o', table, '--today', '2024-06-10'])).toMatchObject({ code: 0 });
    const text = readFileSync(table, 'utf8');
    for (const mark of Object.values(DUE_MARKERS)) expect(text).toContain(mark);
    const back = join(dir, 'county.yaml');
    expect(await runCli(['parse', table, '-o', back, '-q'])).toMatchObject({ code: 0 });
    const deadlines = (m: Matrix) => m.tasks.map((t) => [t.id, t.deadline]);
    expect(deadlines(load(back))).toEqual(deadlines(load(source)));
  });

  // Tasks `k` of one item (`2#1`, `2#2`) and tasks before the first item (`#1`) come back with their ids; the CSV has no
  // section rows, so they once came back as the next rows of the item above (`1.2#1`, `1.2#2`…: a fresh user's find).
  // Tasks before the first item come first, in document order, wherever the matrix listed them.
  for (const source of ['fixtures/matrices/sheets/county-plan.matrix.yaml', 'fixtures/matrices/valid/small.yaml']) {
    for (const format of ['csv', 'md', 'xlsx', 'docx']) {
      it(`gives back the #k tasks of ${source.split('/').pop()} from ${format}`, async () => {
        const name = source.split('/').pop()!.replace(/\.yaml$/, '');
        const table = join(dir, `${name}.${format}`);
        expect(await runCli(['export', source, '-o', table])).toMatchObject({ code: 0 });
        const back = join(dir, `${name}-${format}.yaml`);
        expect(await runCli(['parse', table, '-o', back, '-q'])).toMatchObject({ code: 0 });
        const original = load(source);
        expect(original.tasks.some((t) => t.id.includes('#'))).toBe(true);
        const units = (m: Matrix) => m.tasks.map((t) => ({ id: t.id, lead: t.lead, responsible: t.responsible, support: t.support, deadline: t.deadline?.text ?? null }));
        const byId = (list: ReturnType<typeof units>) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(byId(units(load(back)))).toEqual(byId(units(original)));
      });
    }
  }
});
