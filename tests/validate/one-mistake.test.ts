import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// One mistake by hand gives the findings that name it, not the schema's generic alternatives (no oneOf noise).
it('a wrong due date in a hand-edited matrix gives its two precise findings and nothing else', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'fengong-due-')), 'm.yaml');
  const seed = readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8');
  const at = seed.indexOf('    deadline: null', seed.indexOf('id: "2.2.3"'));
  writeFileSync(file, `${seed.slice(0, at)}    deadline: {text: 2024年6月底前, due: "2024-06-31"}${seed.slice(at + '    deadline: null'.length)}`);
  const run = await runCli(['validate', file, '--reporter', 'json']);
  expect(run.code).toBe(1);
  const line = seed.slice(0, at).split('\n').length;
  expect(JSON.parse(run.stdout).map((f: { line: number; ruleId: string }) => [f.line, f.ruleId])).toEqual([
    [line, 'invalid-date'],
    [line, 'deadline-due'],
  ]);
});
