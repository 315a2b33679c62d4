import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

/** Every module `from` loads at start-up: static imports, followed through relative paths (lazy `import()` not). */
function staticImports(from: string, seen = new Set<string>(), packages = new Set<string>()): { files: Set<string>; packages: Set<string> } {
  if (seen.has(from)) return { files: seen, packages };
  seen.add(from);
  const text = readFileSync(from, 'utf8');
  for (const m of text.matchAll(/^import\s+(?!type\b)[^'";]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) staticImports(resolve(dirname(from), spec.replace(/\.js$/, '.ts')), seen, packages);
    else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return { files: seen, packages };
}

describe('fengong validate loads only what it uses (issue 7)', () => {
  it('no remark, spreadsheet or Word library, and not the yaml package until a file fails', () => {
    const { packages } = staticImports(join(src, 'cli/validate.ts'));
    for (const heavy of ['unified', 'remark-parse', 'remark-gfm', 'exceljs', 'docx', 'mammoth', 'jszip', 'yaml', 'ajv']) {
      expect(packages, heavy).not.toContain(heavy);
    }
    expect(packages).toContain('js-yaml');
  });

  it('the command module itself imports nothing but commander types', () => {
    const { packages, files } = staticImports(join(src, 'cli/commands/validate.ts'));
    expect([...packages]).toEqual([]);
    expect(files.size).toBe(1);
  });
});
