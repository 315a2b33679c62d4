import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/fengong.js');
const FIXTURES = resolve('fixtures');

/** Examples that find errors on purpose (exit 1): invalid matrices (fixtures/matrices holds invalid/ too). */
const FINDS_ERRORS = [/validate "fixtures\/matrices\/(invalid|\*\*)/];

/** The example lines of a help text: the indented `fengong …` lines after `Examples:` (a pipe into fengong too). */
function examples(help: string): string[] {
  const start = help.indexOf('\nExamples:\n');
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of help.slice(start + 11).split('\n')) {
    if (!line.startsWith('  ')) break;
    if (/(^|\| )fengong /.test(line.trim())) out.push(line.trim());
  }
  return out;
}

/** Runs a shell line as a user would, in a fresh directory holding fixtures/, with the built fengong on PATH. */
function runAsWritten(line: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-example-'));
  symlinkSync(FIXTURES, join(dir, 'fixtures'));
  mkdirSync(join(dir, '.bin'));
  writeFileSync(join(dir, '.bin', 'fengong'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir, '.bin', 'fengong'), 0o755);
  const env = { ...process.env, PATH: `${join(dir, '.bin')}${delimiter}${process.env.PATH}`, NO_COLOR: '1' };
  const run = spawnSync('sh', ['-c', line], { cwd: dir, env, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe.each(['', 'parse', 'check', 'validate', 'units', 'tasks', 'export', 'report'])('fengong %s --help', (command) => {
  it('lists examples that run as written against the fixtures', () => {
    const help = spawnSync(process.execPath, [BIN, ...(command ? [command] : []), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    const lines = examples(help.stdout);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const run = runAsWritten(line);
      const expected = FINDS_ERRORS.some((re) => re.test(line)) ? 1 : 0;
      // Findings and the batch's summary line may go to stderr (parse); a user error (`fengong: …`) or a usage
      // error (commander's `error: …`) may not.
      expect({ line, status: run.status, refused: /^fengong: (?!\d+ notices?,)|^error: /m.test(run.stderr) }).toEqual({ line, status: expected, refused: false });
    }
  });
});
