import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmRegExpsFrom } from '../../src/cli/regexp-warmup.js';

// src/cli/regexp-warmup.ts: the patterns a notice's compile runs again and again, compiled to machine code before the
// first notice is read (V8 compiles at once for a text of 1,000 characters or more), from the list the build wrote
// (scripts/code-cache.mjs). Built by tests/global-setup.ts before the suite.
const dir = mkdtempSync(join(tmpdir(), 'fengong-regexps-'));
const bundle = join(dir, 'fengong.cjs');
writeFileSync(bundle, '');
const list = (name: string, text: string, age = 0) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  const t = Date.now() / 1000 + age;
  utimesSync(file, t, t);
  return file;
};

describe('warming the notice stage’s regular expressions', () => {
  it('compiles each [source, flags] pair of the list and passes over what is not one or does not compile', () => {
    const file = list('a.regexps', JSON.stringify([['^[\\s\\u3000]*牵头单位[：:]', ''], ['[（(]', 'g'], ['(', ''], ['a', 'Q'], [1, ''], 'x', null]), 1);
    expect(warmRegExpsFrom(file, bundle)).toBe(2);
  });

  it('does nothing, and throws nothing, without a list, with one that is not JSON or not a list, or with one older than the bundle', () => {
    expect(warmRegExpsFrom(join(dir, 'none.regexps'), bundle)).toBe(0);
    expect(warmRegExpsFrom(list('b.regexps', '[["a", ""]', 1), bundle)).toBe(0);
    expect(warmRegExpsFrom(list('c.regexps', '{"a": ""}', 1), bundle)).toBe(0);
    // (An older list is another build's: the bundle was rebuilt after it.)
    expect(warmRegExpsFrom(list('d.regexps', '[["a", ""]]', -60), bundle)).toBe(0);
    expect(warmRegExpsFrom(list('e.regexps', '[["a", ""]]', 1), bundle)).toBe(1);
  });

  it('has a list from the build: the patterns the fixture compiles ran twice or more, each one that compiles', () => {
    const entries = JSON.parse(readFileSync('dist/fengong.cjs.regexps', 'utf8')) as Array<[string, string]>;
    expect(entries.length).toBeGreaterThan(100);
    for (const [source, flags] of entries) expect(() => new RegExp(source, flags)).not.toThrow();
    // No pattern twice.
    expect(new Set(entries.map((e) => JSON.stringify(e))).size).toBe(entries.length);
  });

  it('makes a compile tier up far fewer patterns than the same sources without the list (V8’s own trace)', () => {
    // dist/cli/main.js (tsc's output) has no list beside it, the bundle has: the same notice, the same patterns.
    const args = ['parse', 'fixtures/notices/lezhi-2023-61.md', '-q', '-o', join(dir, 'out.yaml')];
    const tierUps = (command: string[]) => {
      const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', ...command], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      return run.stdout.split('\n').filter((l) => l.includes('needs tier-up compilation')).length;
    };
    const without = tierUps(['--input-type=module', '-e', `import(${JSON.stringify(resolve('dist/cli/main.js'))}).then((m) => m.main(${JSON.stringify(args)}))`]);
    const withList = tierUps(['bin/fengong.js', ...args]);
    expect(without).toBeGreaterThan(80);
    expect(withList).toBeLessThan(without / 4);
  });
});
