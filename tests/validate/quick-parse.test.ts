import { describe, expect, it } from 'vitest';
import { quickParse } from '../../src/matrix/quick-parse.js';

describe('quickParse (the fast path vouches only for plain text)', () => {
  it('reads plain YAML and JSON', () => {
    expect(quickParse('a: [1, "x"]\nb: {c: null}\n')).toEqual({ a: [1, 'x'], b: { c: null } });
    expect(quickParse('\ufeff{"a": "2024-01-01"}', { json: true })).toEqual({ a: '2024-01-01' });
  });

  it.each([
    ['an anchor', 'a: &x [1]\nb: *x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an unquoted date', 'date: 2024-03-15\n'],
    ['binary data', 'b: !!binary aGVsbG8=\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: [1\n'],
    ['an empty text', ''],
  ])('leaves %s to the slow path', (_, text) => {
    expect(quickParse(text)).toBeUndefined();
  });

  it('leaves YAML-only syntax in a .json file to the slow path', () => {
    expect(quickParse('{"a": 1,}')).toEqual({ a: 1 });
    expect(quickParse('{"a": 1,}', { json: true })).toBeUndefined();
  });

  it('keeps __proto__ as an own key', () => {
    const value = quickParse('{"__proto__": {"polluted": 1}}') as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});
