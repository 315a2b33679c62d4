import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import YAML from 'yaml';

// A batch killed mid-way leaves whole matrices and no temporary files (atomic writes; signals taken between writes).
it('an interrupted batch leaves no half-written file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-interrupt-'));
  const inputs = join(dir, 'in');
  const out = join(dir, 'out');
  mkdirSync(inputs);
  const seed = readFileSync('fixtures/notices/lezhi-2023-61.md', 'utf8');
  for (let i = 0; i < 400; i++) writeFileSync(join(inputs, `n${String(i).padStart(3, '0')}.md`), seed.replace('61号', `${i}号`));
  const child = spawn(process.execPath, ['bin/fengong.js', 'parse', inputs, '--out-dir', out, '--jobs', '1', '-q'], { stdio: 'ignore' });
  // Wait until some matrices are written, then interrupt.
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      let n = 0;
      try {
        n = readdirSync(out).length;
      } catch {
        /* not made yet */
      }
      if (n >= 20) {
        clearInterval(poll);
        resolve();
      }
    }, 20);
  });
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  expect(code).toBe(143);
  const files = readdirSync(out);
  const written = files.filter((f) => f.endsWith('.yaml'));
  expect(written.length).toBeGreaterThanOrEqual(20);
  expect(written.length).toBeLessThan(400);
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  for (const f of written) expect(YAML.parse(readFileSync(join(out, f), 'utf8')).tasks).toHaveLength(36);
}, 120_000);
