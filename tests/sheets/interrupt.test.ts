import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interruptedBatch } from '../helpers/interrupt.js';

/** A matrix whose 2,000 tasks each have a unit of their own: `tasks --all` writes 2,000 sheets. */
function manyUnits(n: number): string {
  const tasks = Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    marker: `${i + 1}.`,
    path: [],
    title: null,
    text: `办好第${i + 1}项活动。`,
    lead: [`县第${i + 1}局`],
    responsible: [],
    support: [],
    deadline: null,
    source: { line: i + 1, endLine: i + 1 },
  }));
  const outline = tasks.map((t) => ({ id: t.id, marker: t.marker, title: null, line: t.source.line, children: [] }));
  return JSON.stringify({ schemaVersion: 1, document: { title: '某县方案', notice: null, docNumber: null, issuer: null, date: null, recipients: [] }, outline, tasks });
}

describe('tasks --all --out-dir and Ctrl-C', () => {
  it('stops between two sheets on SIGINT: exit 130, fewer sheets than units, each whole, no temporary file left (probe 18)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-interrupt-'));
    const matrix = join(dir, 'm.json');
    writeFileSync(matrix, manyUnits(2000));
    const out = join(dir, 'sheets');
    const child = spawn(process.execPath, ['bin/fengong.js', 'tasks', matrix, '--all', '--out-dir', out, '--format', 'csv'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Wait for the first sheet, then interrupt.
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => setTimeout(r, 25));
      if (readdirSync(dir).includes('sheets') && readdirSync(out).some((f) => f.endsWith('.csv'))) break;
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const written = readdirSync(out);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(2000);
    for (const f of written) expect(readFileSync(join(out, f), 'utf8')).toMatch(/办好第\d+项活动。/);
  }, 60_000);
});

describe('an interrupted batch says so', () => {
  it('prints one line with the count of files written, which are the files in the folder, and exits 130', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-interrupt-'));
    // Ctrl-C as the first matrix is renamed into place (a fresh user's: 198 of 600 written, and nothing printed).
    const { inputs, hook } = interruptedBatch(dir, 'notices');
    const out = join(dir, 'out');
    for (const [lang, words] of [
      ['en', /^fengong: interrupted: (\d+) files? written, each whole; the rest not written\n$/],
      ['zh', /^fengong: 已中断：已写入 (\d+) 个文件，每个都完整；其余未写入\n$/],
    ] as const) {
      rmSync(out, { recursive: true, force: true });
      const run = spawnSync(process.execPath, ['-r', hook, 'bin/fengong.js', '--lang', lang, 'parse', inputs, '--out-dir', out, '--jobs', '1', '-q'], { encoding: 'utf8' });
      expect(run.status).toBe(130);
      const written = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.yaml'));
      expect(written.length).toBeLessThan(12);
      expect(run.stderr).toMatch(words);
      expect(Number(words.exec(run.stderr)![1])).toBe(written.length);
    }
  });

  it('says `0 files written` when interrupted before the first sheet (it had ended in silence, exit 130)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-interrupt-'));
    // Ctrl-C as the matrix is read: before any sheet is rendered.
    const hook = join(dir, 'early.cjs');
    writeFileSync(hook, "const fs = require('node:fs'); const read = fs.readFileSync; let sent = false; fs.readFileSync = function (p, ...rest) { const r = read.call(this, p, ...rest); if (!sent && String(p).endsWith('.matrix.yaml')) { sent = true; process.kill(process.pid, 'SIGINT'); } return r; };\n");
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, ['-r', hook, 'bin/fengong.js', 'tasks', 'fixtures/notices/lezhi-2023-61.matrix.yaml', '--all', '--out-dir', out], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([130, 'fengong: interrupted: 0 files written, each whole; the rest not written\n']);
  });
});
