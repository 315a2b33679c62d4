import { describe, expect, it } from 'vitest';
import { checkMatrixSchema } from '../../src/matrix/schema.js';
import type { Matrix, Task } from '../../src/matrix/types.js';
import { applyRegistry, createRegistry, taskUnits } from '../../src/registry/index.js';
import { COUNTY, readMatrix } from '../sheets/fixtures.js';

const registry = createRegistry({
  registryVersion: 1,
  units: [
    { name: '县科协', aliases: ['县科学技术协会'] },
    { name: '各乡镇（街道）人民政府（办事处）', members: ['甲街道办事处', '乙镇人民政府'] },
    { name: '各成员单位', members: ['县科协', '县教体局', '县财政局'] },
  ],
});

function task(lead: string[], responsible: string[], support: string[] = []): Task {
  return { id: '1', marker: '一、', path: [], title: null, text: '', lead, responsible, support, deadline: null, source: { line: 1, endLine: 1 } };
}

describe('taskUnits', () => {
  // The repeats across roles go too: 县科协 lead and responsible had stayed in both, and the matrix `parse --units`
  // wrote failed `validate` (lead-and-responsible: a fresh user's find). A unit keeps its first role.
  it('resolves aliases and drops the repeats they make within a role and across roles', () => {
    const units = taskUnits(task(['县科协'], ['县科学技术协会', '县科协', '团县委'], ['团县委', '县科协']), registry);
    expect(units.lead).toEqual([{ unit: '县科协', via: null }]);
    expect(units.responsible).toEqual([{ unit: '团县委', via: null }]);
    expect(units.support).toEqual([]);
  });

  it('without expand keeps collectives; with expand gives members, marked with the collective', () => {
    const t = task([], ['各乡镇（街道）人民政府（办事处）']);
    expect(taskUnits(t, registry).responsible).toEqual([{ unit: '各乡镇（街道）人民政府（办事处）', via: null }]);
    expect(taskUnits(t, registry, { expand: true }).responsible).toEqual([
      { unit: '甲街道办事处', via: '各乡镇（街道）人民政府（办事处）' },
      { unit: '乙镇人民政府', via: '各乡镇（街道）人民政府（办事处）' },
    ]);
  });

  it('does not add a member again through a collective when the task names it in any role', () => {
    const units = taskUnits(task(['县科学技术协会'], ['各成员单位'], ['各成员单位']), registry, { expand: true });
    expect(units.lead).toEqual([{ unit: '县科协', via: null }]);
    expect(units.responsible).toEqual([
      { unit: '县教体局', via: '各成员单位' },
      { unit: '县财政局', via: '各成员单位' },
    ]);
    expect(units.support).toEqual([]);
  });

  it('uses names as written without a registry', () => {
    expect(taskUnits(task(['县科学技术协会'], []), null, { expand: true }).lead).toEqual([{ unit: '县科学技术协会', via: null }]);
  });
});

describe('applyRegistry', () => {
  const matrix = readMatrix(COUNTY);
  const before = structuredClone(matrix);

  it('returns a new valid matrix with canonical names, leaving its input alone', () => {
    const resolved = applyRegistry(matrix, registry);
    expect(matrix).toEqual(before);
    expect(checkMatrixSchema(resolved)).toEqual([]);
    expect(resolved.tasks[1].responsible).toEqual(['县科协', '团县委']);
    expect(resolved.tasks[0].responsible).toEqual(['县财政局', '各乡镇（街道）人民政府（办事处）']);
    expect(resolved.outline).toEqual(matrix.outline);
    expect(resolved.tasks.map((t) => t.source)).toEqual(matrix.tasks.map((t) => t.source));
  });

  it('with expand replaces every collective by its members', () => {
    const expanded: Matrix = applyRegistry(matrix, registry, { expand: true });
    expect(checkMatrixSchema(expanded)).toEqual([]);
    expect(expanded.tasks[0].responsible).toEqual(['县财政局', '甲街道办事处', '乙镇人民政府']);
    // 2#1: 县委组织部 leads, 各成员单位 responsible, 县科协 supports: 县科协 stays support only.
    expect(expanded.tasks[3].responsible).toEqual(['县教体局', '县财政局']);
    expect(expanded.tasks[3].support).toEqual(['县科协']);
    expect(expanded.document.recipients).toEqual(matrix.document.recipients);
  });
});

describe('a unit\'s task sheet with a registry (a fresh user\'s)', () => {
  it('lists each other unit once, in the first of its roles, as the 任务分工表 does, when a name and its alias stand in two', async () => {
    const { unitSheet } = await import('../../src/sheets/unit-tasks.js');
    const matrix = { schemaVersion: 1, document: { title: '某县方案', notice: null, docNumber: null, issuer: null, date: null, recipients: [], source: { file: 'a.txt', sha256: '0'.repeat(64) } }, outline: [], tasks: [task(['县科协'], ['团县委'], ['县科学技术协会', '县教体局', '县财政局'])] } as unknown as Matrix;
    const sheet = unitSheet(matrix, '县财政局', { registry });
    const row = sheet.rows.find((r) => r.kind === 'task');
    // 单位, 职责, 序号, 重点任务, 牵头单位, 责任单位, 配合单位, …
    expect(row?.kind === 'task' ? row.cells.slice(0, 7) : null).toEqual(['县财政局', '配合', '1', '', '县科协', '团县委', '县教体局']);
  });
});
