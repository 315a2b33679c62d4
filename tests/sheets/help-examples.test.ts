import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const home = process.cwd();

beforeAll(() => {
  // The examples name files under fixtures/ and write beside them: run them in a fresh directory.
  const dir = mkdtempSync(join(tmpdir(), 'fengong-help-'));
  symlinkSync(resolve('fixtures'), join(dir, 'fixtures'));
  process.chdir(dir);
});

afterAll(() => process.chdir(home));

describe.each(['units', 'tasks', 'export'])('fengong %s --help', (command) => {
  it('shows examples that run as written', async () => {
    const help = await runCli([command, '--help']);
    expect(help.code).toBe(0);
    const examples = help.stdout
      .split('\n')
      .filter((line) => line.startsWith(`  fengong ${command} `))
      .map((line) => line.trim().replace(/ > \S+$/, ''));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      const run = await runCli(example.split(/ +/).slice(1));
      expect({ example, code: run.code, stderr: run.stderr }).toEqual({ example, code: 0, stderr: '' });
    }
  });
});
