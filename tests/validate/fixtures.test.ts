import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMatrixFile } from '../../src/matrix/read.js';
import { MATRIX_RULES } from '../../src/matrix/rules.js';
import { RULE_DESCRIPTIONS } from '../../src/matrix/rule-docs.js';
import { validateMatrixFile, validateParsedMatrix } from '../../src/matrix/validate.js';

const root = join(import.meta.dirname, '../../fixtures/matrices');
const invalidDir = join(root, 'invalid');
const validDir = join(root, 'valid');

interface Case {
  maxBytes?: number;
  knownUnits?: string[];
  findings: Array<{ line: number; column: number; severity: 'error' | 'warning'; ruleId: string }>;
}
// Kept beside this test, not among the fixtures: `fengong validate fixtures/matrices` would read it as a matrix.
const expected = JSON.parse(readFileSync(join(import.meta.dirname, 'invalid-expected.json'), 'utf8')) as Record<string, Case>;
const cases = readdirSync(invalidDir);

function check(path: string, options: { maxBytes?: number; knownUnits?: string[] } = {}) {
  const known = options.knownUnits && new Set(options.knownUnits);
  const messages = validateParsedMatrix(readMatrixFile(path, { maxBytes: options.maxBytes }), {
    units: known ? { knownUnit: (name: string) => known.has(name), resolveUnit: (name: string) => name } : undefined,
  });
  return messages.map((m) => ({
    line: m.line,
    column: m.column,
    severity: m.fatal ? 'error' : 'warning',
    ruleId: m.ruleId,
    file: m.file,
    reason: m.reason,
  }));
}

describe('fixtures/matrices/invalid: one failing matrix per rule, with its exact finding', () => {
  it.each(cases)('%s', (name) => {
    const c = expected[name];
    expect(c, `${name} has no entry in invalid-expected.json`).toBeDefined();
    const found = check(join(invalidDir, name), c);
    expect(found.map(({ line, column, severity, ruleId }) => ({ line, column, severity, ruleId }))).toEqual(c.findings);
    // The fast path (js-yaml first) must come to the same findings.
    const known = c.knownUnits && new Set(c.knownUnits);
    const fast = validateMatrixFile(join(invalidDir, name), { maxBytes: c.maxBytes, units: known ? { knownUnit: (n: string) => known.has(n), resolveUnit: (n: string) => n } : undefined });
    expect(fast.map((m) => [m.line, m.column, m.ruleId, m.reason])).toEqual(found.map((f) => [f.line, f.column, f.ruleId, f.reason]));
    for (const f of found) {
      expect(f.file).toBe(join(invalidDir, name));
      // A message says what to do, after a colon, and names no position of its own.
      expect(f.reason).toMatch(/: \S/);
    }
  });

  it('covers every rule id, and every case is in the folder', () => {
    const covered = new Set(Object.values(expected).filter((c) => typeof c === 'object').flatMap((c) => c.findings.map((f) => f.ruleId)));
    expect([...covered].sort()).toEqual(Object.keys(RULE_DESCRIPTIONS).sort());
    for (const rule of MATRIX_RULES) expect(RULE_DESCRIPTIONS[rule]).toBeDefined();
    for (const name of Object.keys(expected).filter((k) => k !== '$comment')) expect(cases).toContain(name);
  });
});

describe('valid matrices', () => {
  const valid = readdirSync(validDir).map((f) => join(validDir, f));
  const seed = join(root, '../notices/lezhi-2023-61.matrix.yaml');
  if (existsSync(seed)) valid.push(seed);
  it.each(valid)('%s has no finding', (path) => {
    expect(check(path)).toEqual([]);
    expect(validateMatrixFile(path)).toEqual([]);
  });
});

describe('README', () => {
  it('lists every rule id', () => {
    const readme = readFileSync(join(root, '../../README.md'), 'utf8');
    for (const rule of Object.keys(RULE_DESCRIPTIONS)) expect(readme).toContain(`| \`${rule}\` |`);
  });
});
