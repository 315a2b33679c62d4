import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const readme = readFileSync('README.md', 'utf8');

/** The output the README shows under `$ COMMAND` in a code block, up to the block's end. */
function shown(command: string): string {
  const start = readme.indexOf(`$ ${command}\n`);
  expect(start, `README shows ${command}`).toBeGreaterThan(0);
  const body = readme.slice(start + command.length + 3);
  return body.slice(0, body.indexOf('```'));
}

describe('README', () => {
  it.each([
    ['fengong --lang zh check tests/check/fixtures/draft.txt'],
    ['fengong --lang en check tests/check/fixtures/draft.txt'],
  ])('shows the real output of %s', async (command) => {
    const run = await runCli(command.split(' ').slice(1));
    expect(run.stdout).toBe(shown(command));
  });
});
