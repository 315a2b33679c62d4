import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// src/cli/stdout.ts writes with fs.writeSync(1, …); these tests give it a writeSync that fails as a full
// non-blocking pipe or a full disk does, and look at what reaches process.stdout.
const writes: Array<Buffer | string> = [];
let behaviour: 'eagain-after-4' | 'enospc' | 'epipe' = 'eagain-after-4';
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeSync: (fd: number, bytes: Uint8Array, offset: number, length: number) => {
      if (fd !== 1) return fs.writeSync(fd, bytes, offset, length);
      const error = (code: string) => Object.assign(new Error(code), { code });
      if (behaviour === 'enospc') throw error('ENOSPC');
      if (behaviour === 'epipe') throw error('EPIPE');
      // A pipe that takes 4 bytes, then is full.
      if (writes.length) throw error('EAGAIN');
      writes.push(Buffer.from(bytes.subarray(offset, offset + Math.min(4, length))));
      return Math.min(4, length);
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
  writes.length = 0;
});

describe('standard output (src/cli/stdout.ts)', () => {
  it('writes what fs.writeSync could not (EAGAIN) through process.stdout, and everything after it, in order', async () => {
    behaviour = 'eagain-after-4';
    const streamed: Buffer[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: Uint8Array | string) => {
      streamed.push(Buffer.from(chunk));
      return true;
    }) as never);
    const { standardOutput } = await import('../../src/cli/stdout.js');
    standardOutput.write('牵头单位：县科协\n');
    standardOutput.write('second\n');
    // 4 bytes went by writeSync (牵 and the first byte of 头), the rest of the first write by the stream.
    expect((writes[0] as Buffer).length).toBe(4);
    expect(Buffer.concat([writes[0] as Buffer, streamed[0]]).toString('utf8')).toBe('牵头单位：县科协\n');
    expect(streamed.slice(1).map((b) => b.toString('utf8'))).toEqual(['second\n']);
    expect(writes).toHaveLength(1);
    expect(standardOutput.error()).toBeUndefined();
  });

  it('keeps the first error (ENOSPC) for main to report, and writes nothing after it', async () => {
    behaviour = 'enospc';
    const stream = vi.spyOn(process.stdout, 'write').mockImplementation((() => true) as never);
    const { standardOutput } = await import('../../src/cli/stdout.js');
    standardOutput.write('a');
    standardOutput.write('b');
    expect(standardOutput.error()?.code).toBe('ENOSPC');
    expect(stream).not.toHaveBeenCalled();
    let flushed = false;
    standardOutput.whenFlushed(() => (flushed = true));
    expect(flushed).toBe(true);
  });

  it('keeps EPIPE too (a reader that went away): main exits without a message', async () => {
    behaviour = 'epipe';
    const { standardOutput } = await import('../../src/cli/stdout.js');
    standardOutput.write('a');
    expect(standardOutput.error()?.code).toBe('EPIPE');
  });
});

describe('fengong parse to a pipe', () => {
  it('writes a large matrix whole to a reader that takes it slowly, as -o writes it, and exits 0', async () => {
    // More than a pipe holds (64 KB): the writes wait for the reader, or go on through the stream (EAGAIN).
    const dir = mkdtempSync(join(tmpdir(), 'fengong-stdout-'));
    const items = Array.from({ length: 600 }, (_, i) => `${i + 1}.开展第${i + 1}项专项整治行动，建立健全长效机制。（县市场监管局牵头，县公安局、县商务局配合，2025年12月底前完成）`);
    const notice = join(dir, 'big.txt');
    writeFileSync(notice, `一、重点任务\n${items.join('\n')}\n`);
    execFileSync(process.execPath, ['bin/fengong.js', 'parse', notice, '--format', 'json', '-q', '-o', join(dir, 'big.json')]);
    const expected = readFileSync(join(dir, 'big.json'));
    expect(expected.length).toBeGreaterThan(200_000);
    // The command runs in a process of its own, with the real fs.writeSync.
    const child = spawn(process.execPath, ['bin/fengong.js', 'parse', notice, '--format', 'json', '-q'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 500));
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  });
});

describe('standard error and standard input (a new user\'s probe of session 10)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-stderr-'));
  // 2,000 findings (a date that does not exist in each item): some 300 KB on standard error, more than a pipe holds.
  const notice = join(dir, 'warn.txt');
  writeFileSync(notice, `某县方案\n一、重点任务\n${Array.from({ length: 2000 }, (_, i) => `${i + 1}.开展第${i + 1}项整治。（牵头单位：县市场监管局；完成时限：2025年2月30日前）`).join('\n')}\n`);

  it('writes every finding to a pipe shared with standard output and read slowly, as to a file, before it exits', () => {
    const toFile = spawnSync(process.execPath, ['bin/fengong.js', 'parse', notice, '-o', join(dir, 'a.yaml')], { encoding: 'utf8' });
    expect(toFile.stderr.length).toBeGreaterThan(200_000);
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/fengong.js parse "${notice}" -o "${join(dir, 'b.yaml')}" 2>&1 | (sleep 1; cat)`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.stdout).toBe(toFile.stderr);
  });

  it('goes on with a batch when the reader of standard error goes away, and writes every matrix', () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    for (let i = 0; i < 60; i++) writeFileSync(join(batch, `n${String(i).padStart(2, '0')}.md`), readFileSync('fixtures/notices/lezhi-2023-61.md'));
    const out = join(dir, 'matrices');
    // The command's own exit code (`head` takes two lines of its findings and goes away), then the matrices written.
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/fengong.js parse "${batch}/*.md" --out-dir "${out}" 2>&1 | head -2 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('0');
    expect(readdirSync(out)).toHaveLength(60);
  });

  it.skipIf(!existsSync('/dev/full'))('says only that standard output cannot be written, once, when the findings would follow', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'fixtures/notices/lezhi-2023-61.md'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect([run.status, run.stderr]).toEqual([2, 'fengong: cannot write standard output (no space left on the device)\n']);
    // `--version`, answered by bin/fengong.js alone, in the same words (a fresh user's: it said `(ENOSPC)`).
    const again = openSync('/dev/full', 'w');
    const version = spawnSync(process.execPath, ['bin/fengong.js', '--version'], { stdio: ['ignore', again, 'pipe'], encoding: 'utf8' });
    closeSync(again);
    expect([version.status, version.stderr]).toEqual([2, 'fengong: cannot write standard output (no space left on the device)\n']);
  });

  it('refuses a folder as standard input in one line, exit 2', () => {
    const folder = openSync(dir, 'r');
    const run = spawnSync(process.execPath, ['bin/fengong.js', 'parse', '-'], { stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(folder);
    expect([run.status, run.stderr]).toEqual([2, 'fengong: <stdin>: cannot read (is a directory)\n']);
  });
});


describe('colour and the summary (a new user\'s probe of session 10)', () => {
  it('colours `units` under FORCE_COLOR even through a pipe, as the other reports do, and not under FORCE_COLOR=0', () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['bin/fengong.js', 'units', 'fixtures/notices/lezhi-2023-61.matrix.yaml'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } }).stdout;
    expect(run({ FORCE_COLOR: '1' })).toContain('\u001b[1m');
    expect(run({ FORCE_COLOR: '0' })).not.toContain('\u001b[');
    expect(run({})).not.toContain('\u001b[');
  });

  it('sets the summary of `parse` on a terminal apart from the findings by a blank line, as `check` does', async () => {
    const stderr = process.stderr as { isTTY?: boolean };
    const was = stderr.isTTY;
    stderr.isTTY = true;
    try {
      const { runCli } = await import('../helpers/run-cli.js');
      const run = await runCli(['parse', 'fixtures/notices/lezhi-2023-61.md', '-o', join(mkdtempSync(join(tmpdir(), 'fengong-summary-')), 'm.yaml')]);
      expect(run.stderr.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/in 1 file\n\nSummary /);
    } finally {
      stderr.isTTY = was;
    }
  });
});
