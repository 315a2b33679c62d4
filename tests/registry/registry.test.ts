import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FengongError } from '../../src/errors.js';
import { createRegistry, loadRegistry, normalizeUnitName, parseRegistry } from '../../src/registry/index.js';
import { loadMatrix } from '../../src/matrix/read.js';

const LEZHI_UNITS = 'fixtures/units/lezhi.units.yaml';

describe('the example registry of 乐至县', () => {
  const registry = loadRegistry(LEZHI_UNITS);

  it('passes its schema and knows its name', () => {
    expect(registry.name).toBe('乐至县');
    expect(registry.units).toContain('县科协');
  });

  it('resolves aliases to canonical names and leaves unknown names as written', () => {
    expect(registry.resolveUnit('县科学技术协会')).toBe('县科协');
    expect(registry.resolveUnit('乐至县科学技术协会')).toBe('县科协');
    expect(registry.resolveUnit('县科协')).toBe('县科协');
    expect(registry.resolveUnit('县气象台')).toBe('县气象台');
  });

  it('looks names up as the matrix writes them: no spaces, full-width parentheses', () => {
    expect(registry.resolveUnit('各乡镇(街道)人民政府(办事处)')).toBe('各乡镇（街道）人民政府（办事处）');
    expect(registry.resolveUnit('县科学 技术协会')).toBe('县科协');
  });

  it('knows canonical names, aliases, collectives and members, and nothing else', () => {
    expect(registry.knownUnit('县科协')).toBe(true);
    expect(registry.knownUnit('县科学技术协会')).toBe(true);
    expect(registry.knownUnit('各成员单位')).toBe(true);
    expect(registry.knownUnit('天池街道办事处')).toBe(true);
    expect(registry.knownUnit('县气象台')).toBe(false);
  });

  it('gives the members of a collective through any of its names', () => {
    expect(registry.membersOf('各成员单位')).toEqual(registry.membersOf('县全民科学素质工作成员单位'));
    expect(registry.membersOf('各乡镇（街道）人民政府（办事处）')).toEqual([
      '天池街道办事处',
      '南塔街道办事处',
      '童家镇人民政府',
      '石佛镇人民政府',
      '回澜镇人民政府',
    ]);
    expect(registry.membersOf('县科协')).toBeNull();
  });
});

describe('createRegistry', () => {
  it('resolves members through aliases and expands nested collectives in order, without repeats', () => {
    const registry = createRegistry({
      registryVersion: 1,
      units: [
        { name: '县科协', aliases: ['县科学技术协会'] },
        { name: '各镇', members: ['甲镇', '乙镇'] },
        { name: '各成员单位', members: ['县科学技术协会', '各镇', '甲镇', '县教体局'] },
      ],
    });
    expect(registry.membersOf('各成员单位')).toEqual(['县科协', '甲镇', '乙镇', '县教体局']);
    expect(registry.units).toEqual(['县科协', '各镇', '各成员单位', '甲镇', '乙镇', '县教体局']);
  });

  it('refuses one name for two units, a unit listed twice, and collectives that contain each other', () => {
    const twoOwners = { registryVersion: 1 as const, units: [{ name: 'A' }, { name: 'B', aliases: ['A'] }] };
    expect(() => createRegistry(twoOwners, 'u.yaml')).toThrow('u.yaml: alias A of B is already the name of unit A: a name stands for one unit');
    const aliasTwice = { registryVersion: 1 as const, units: [{ name: 'A', aliases: ['X'] }, { name: 'B', aliases: ['X'] }] };
    expect(() => createRegistry(aliasTwice, 'u.yaml')).toThrow('alias X of B is already an alias of A: a name stands for one unit');
    expect(() => createRegistry({ registryVersion: 1, units: [{ name: 'A' }, { name: 'A' }] })).toThrow('listed twice');
    const cycle = { registryVersion: 1 as const, units: [{ name: '甲', members: ['乙'] }, { name: '乙', members: ['甲'] }] };
    expect(() => createRegistry(cycle, 'u.yaml')).toThrow('u.yaml: collectives contain each other: 甲 → 乙 → 甲');
  });
});

describe('parseRegistry and loadRegistry', () => {
  it('names the file, the line and column, and what is wrong in one line, as the matrix and configuration checks do', () => {
    const bad = (text: string) => () => parseRegistry(text, 'units.yaml');
    expect(bad("units: []")).toThrow(/^units\.yaml:1:1: not a unit registry: the registry has no "registryVersion": add `registryVersion: 1` as its first line \(missing-key\)$/);
    expect(bad('registryVersion: 1\nunits:\n  - name: 县 科协')).toThrow('units.yaml:3:11: not a unit registry: units[0].name "县 科协" is not a unit name: remove the white space, control, zero-width or direction-mark characters inside it (an empty name is not allowed) (unit-name)');
    expect(bad('registryVersion: 1\nunits:\n  - name: A\n    member: [B]')).toThrow(
      'units.yaml:4:5: not a unit registry: "member" is not a key of units[0] (unit A): remove it or correct its spelling (allowed: name, aliases, members, note) (unknown-key)',
    );
    // A name listed twice says which, not ajv's item numbers (a fresh user's).
    expect(bad('registryVersion: 1\nunits:\n  - name: 县科协\n    aliases: [县科学技术协会, 县科学技术协会]')).toThrow(
      'units.yaml:4:14: not a unit registry: units[0].aliases (unit 县科协) lists "县科学技术协会" twice: remove one (wrong-value)',
    );
    // Every problem is counted; the first by place is named.
    expect(bad('registryVersion: 2\nunits: [a, b]')).toThrow(/^units\.yaml:1:18: not a unit registry: registryVersion must be 1, not 2: correct the value \(wrong-value\) \(and 2 more\)$/);
    expect(bad('registryVersion: 1\nunits: [\n')).toThrow(/^units\.yaml:\d+:\d+: not a unit registry: .+\(yaml-syntax\)$/);
    expect(bad('registryVersion: 1\nregistryVersion: 1\nunits: []')).toThrow(/^units\.yaml:2:1: not a unit registry: .*\(duplicate-key\)$/);
    expect(bad('')).toThrow('units.yaml:1:1: not a unit registry: the registry is empty: write a mapping with registryVersion: 1 and units (wrong-type)');
    try {
      bad('registryVersion: 2\nunits: [}')();
    } catch (error) {
      expect(error).toBeInstanceOf(FengongError);
      expect((error as Error).message).not.toContain('\n');
      expect((error as FengongError).text('zh')).toMatch(/^units\.yaml:\d+:\d+：不是有效的单位名录：/);
    }
  });

  it('names the line of a unit listed twice, an alias taken, a cycle of collectives; refuses a registry not in UTF-8 (probe 18)', () => {
    const bad = (text: string) => () => parseRegistry(text, 'units.yaml');
    expect(bad('registryVersion: 1\nunits:\n  - name: 县科协\n  - name: 县科协\n')).toThrow(/^units\.yaml:4:11: unit 县科协 is listed twice$/);
    expect(bad('registryVersion: 1\nunits:\n  - name: 县科协\n  - name: 县教体局\n    aliases: [县科协]\n')).toThrow(/^units\.yaml:5:15: alias 县科协 of 县教体局 is already the name of unit 县科协 \(line 3\): a name stands for one unit$/);
    expect(bad('registryVersion: 1\nunits:\n  - name: 甲组\n    members: [乙组]\n  - name: 乙组\n    members: [甲组]\n')).toThrow(/^units\.yaml:4:14: collectives contain each other: 甲组 → 乙组 → 甲组$/);
    const dir = mkdtempSync(join(tmpdir(), 'fengong-registry-'));
    const gb = join(dir, 'units.yaml');
    writeFileSync(gb, Buffer.from([...Buffer.from('registryVersion: 1\nunits:\n  - name: '), 0xcf, 0xd8, 0xbf, 0xc6, 0xd0, 0xad, 0x0a]));
    expect(() => loadRegistry(gb)).toThrow(`${gb}: not UTF-8 text: save the unit registry as UTF-8`);
  });

  it('reads a registry with a BOM, and refuses a missing file with a FengongError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-registry-'));
    const file = join(dir, 'units.yaml');
    writeFileSync(file, '\uFEFFregistryVersion: 1\nunits:\n  - { name: 县科协, aliases: [县科学技术协会] }\n');
    expect(loadRegistry(file).resolveUnit('县科学技术协会')).toBe('县科协');
    expect(() => loadRegistry(join(dir, 'missing.yaml'))).toThrow(FengongError);
    expect(() => loadRegistry(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: cannot read the unit registry \(no such file\)$/);
  });
});

describe('normalizeUnitName', () => {
  it('removes white space and makes ASCII parentheses full-width', () => {
    expect(normalizeUnitName(' 各镇(街道)\n人民政府 ')).toBe('各镇（街道）人民政府');
  });
});

describe('a registry and a matrix given for each other (a fresh user\'s)', () => {
  it('says which file is which, in one line, not as a file with its keys missing', () => {
    expect(() => loadMatrix('fixtures/units/lezhi.units.yaml')).toThrow('fixtures/units/lezhi.units.yaml: this is a unit registry (registryVersion), not a matrix: give it with --units, and the matrix (fengong parse -o FILE) here');
    expect(() => parseRegistry('schemaVersion: 1\ndocument: {}\noutline: []\ntasks: []\n', 'plan.yaml')).toThrow('plan.yaml: this is a matrix (schemaVersion), not a unit registry: give --units a registry file (registryVersion: 1 and units)');
  });
});

// A fresh user's: the Chinese line of a registry's YAML mistake had held the English words of the syntax error.
describe('a registry\'s syntax error in Chinese', () => {
  it('says it in Chinese words throughout', async () => {
    const { parseRegistry } = await import('../../src/registry/load.js');
    let zh = '';
    try {
      parseRegistry('registryVersion: 1\nunits:\n  - name: [县财政局\n', 'units.yaml');
    } catch (error) {
      zh = (error as import('../../src/errors.js').FengongError).text('zh');
    }
    expect(zh).toMatch(/^units\.yaml:3:11：不是有效的单位名录：不是有效的 YAML：/);
    expect(zh).not.toMatch(/not valid|a list|mapping/);
  });
});
