import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkMatrixSchema, isMatrix } from '../../src/matrix/schema.js';
import type { Matrix } from '../../src/matrix/types.js';

const valid = parse(readFileSync(join(import.meta.dirname, '../../fixtures/matrices/valid/small.yaml'), 'utf8')) as Matrix;
const copy = (): Matrix => structuredClone(valid);

describe('schemas/matrix.schema.json (issue 2)', () => {
  it('accepts the valid fixture', () => {
    expect(checkMatrixSchema(valid)).toEqual([]);
    expect(isMatrix(valid)).toBe(true);
  });

  it('rejects a task without id', () => {
    const m = copy();
    delete (m.tasks[0] as Partial<Matrix['tasks'][0]>).id;
    expect(checkMatrixSchema(m)).toContainEqual(expect.objectContaining({ instancePath: '/tasks/0', keyword: 'required', params: { missingProperty: 'id' } }));
  });

  it.each(['1.', '01', '1..2', '#0', '2#', '1-1', 'a', ''])('rejects the id %j, outside the grammar', (id) => {
    const m = copy();
    m.tasks[0].id = id;
    expect(checkMatrixSchema(m)).toContainEqual(expect.objectContaining({ instancePath: '/tasks/0/id', keyword: 'pattern' }));
  });

  it.each(['2.2.3', '72', '3#1', '#1', '2.2.12-2', '0', '1.2#3-10'])('accepts the id %j', (id) => {
    const m = copy();
    m.tasks[0].id = id;
    expect(checkMatrixSchema(m)).toEqual([]);
  });

  it.each(['县公安\u200b局', '县公安\u200d局', '县\u2060公安局', '县 公安局', '县公安局\u3000'])('rejects the unit name %j: white space or a zero-width character (a fresh user: U+200B passed and split one unit in two)', (name) => {
    const m = copy();
    m.tasks[0].lead = [name];
    expect(checkMatrixSchema(m)).toContainEqual(expect.objectContaining({ instancePath: '/tasks/0/lead/0', keyword: 'pattern' }));
  });

  it('rejects a unit that is not a string', () => {
    const m = copy() as unknown as { tasks: Array<{ lead: unknown[] }> };
    m.tasks[0].lead = [42];
    expect(checkMatrixSchema(m)).toContainEqual(expect.objectContaining({ instancePath: '/tasks/0/lead/0', keyword: 'type' }));
  });

  it('rejects an unknown key, at any level', () => {
    const m = copy() as unknown as Record<string, unknown> & { document: Record<string, unknown> };
    m.extra = 1;
    m.document.owner = 'x';
    const errors = checkMatrixSchema(m).filter((e) => e.keyword === 'additionalProperties');
    expect(errors.map((e) => [e.instancePath, e.params.additionalProperty])).toEqual([
      ['', 'extra'],
      ['/document', 'owner'],
    ]);
  });
});
