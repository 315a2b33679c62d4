import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { commonFolder, outputPaths } from '../../src/cli/batch-inputs.js';
import { formatSummary, showProgress } from '../../src/cli/parse-batch.js';
import { canDropPermissions, withoutOverride } from '../helpers/permissions.js';
import { runCli } from '../helpers/run-cli.js';

// The messages below are the English ones, whatever the locale of the machine running the tests.
process.env.LC_ALL = 'en_US.UTF-8';

const SUMMARY = /^fengong: (\d+) notices?(?: \((\d+) failed\))?, (\d+) tasks?, (\d+) warnings?, (\d+) errors? in \d+\.\d s$/m;

/** A small notice with `n` tasks, each with its lead unit, so that every file's matrix is told apart. */
function notice(n: number, tag: string): string {
  const items = Array.from({ length: n }, (_, i) => `${i + 1}.办好${tag}第${i + 1}项活动。（县科协牵头，县教体局配合）`);
  return `一、任务\n${items.join('\n')}\n`;
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-batch-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

function binary(args: string[]) {
  const run = spawnSync(process.execPath, ['bin/fengong.js', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('fengong parse, batch mode', () => {
  it('writes one matrix per notice and reports in input order, whatever the workers finish first', () => {
    // The first notice is the largest, so with two workers it finishes after the small ones.
    const files: Record<string, string> = { 'n00.txt': notice(400, 'first') };
    for (let i = 1; i < 8; i++) files[`n0${i}.txt`] = notice(i, `n${i}`).replace('1.办好', '1.办好活动（牵头单位：县科协；责任单位：县教体局\n2.再办');
    const dir = folder(files);
    const out = join(dir, 'out');
    const run = binary(['parse', join(dir, '*.txt'), '--out-dir', out, '--jobs', '2', '--format', 'json']);
    expect(run.code).toBe(1);
    const named = [...run.stderr.matchAll(/n0(\d)\.txt/g)].map((m) => Number(m[1]));
    expect(named).toEqual([...new Set(named)].sort());
    expect(new Set(named)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    expect(readdirSync(out).sort()).toEqual(Object.keys(files).map((f) => f.replace('.txt', '.json')));
    expect(JSON.parse(readFileSync(join(out, 'n00.json'), 'utf8')).tasks).toHaveLength(400);
    expect(run.stdout).toBe('');
  });

  it('gives the same files and report with one job and with two', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`d${i}/notice.txt`] = notice(i + 1, `d${i}`);
    const dir = folder(files);
    const one = binary(['parse', dir, '--out-dir', join(dir, '..', `${dir.split('/').pop()}-1`), '--jobs', '1']);
    const two = binary(['parse', dir, '--out-dir', join(dir, '..', `${dir.split('/').pop()}-2`), '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stderr.replace(/in \d+\.\d s/, '')).toBe(one.stderr.replace(/in \d+\.\d s/, ''));
    for (let i = 0; i < 6; i++) {
      const a = readFileSync(join(`${dir}-1`, `d${i}`, 'notice.yaml'), 'utf8');
      expect(readFileSync(join(`${dir}-2`, `d${i}`, 'notice.yaml'), 'utf8')).toBe(a);
      expect(YAML.parse(a).tasks).toHaveLength(i + 1);
    }
  });

  it('reports a failing notice on one line and compiles the others; exit 2', async () => {
    const dir = folder({
      'a.txt': notice(2, 'a'),
      'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
      'c.txt': notice(3, 'c'),
    });
    const out = join(dir, 'out');
    const run = await runCli(['parse', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt'), '--out-dir', out, '--jobs', '1']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`fengong: ${join(dir, 'b.txt')}: a binary file, not a text notice (it holds NUL bytes)`);
    expect(readdirSync(out).sort()).toEqual(['a.yaml', 'c.yaml']);
    const m = SUMMARY.exec(run.stderr)!;
    expect(m.slice(1, 6)).toEqual(['3', '1', '5', '0', '0']);
  });

  it('leaves no empty output folder behind when every notice fails, and keeps one that was there (a fresh user\'s find)', async () => {
    const dir = folder({ 'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), 'd/e.txt': Buffer.from([0x00, 0x01]) });
    const out = join(dir, 'new', 'out');
    const run = await runCli(['parse', join(dir, 'b.txt'), join(dir, 'd', 'e.txt'), '--out-dir', out, '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'new'))).toBe(false);
    // A folder the user had made stays, empty or not.
    mkdirSync(join(dir, 'mine'));
    expect((await runCli(['parse', join(dir, 'b.txt'), join(dir, 'd', 'e.txt'), '--out-dir', join(dir, 'mine'), '--jobs', '1'])).code).toBe(2);
    expect(existsSync(join(dir, 'mine'))).toBe(true);
  });

  it('names the documents of a folder or glob it does not read (.pdf, .doc…) instead of passing over them; exit code unchanged', async () => {
    const dir = folder({
      'a.txt': notice(2, 'a'),
      'scans/b.pdf': '%PDF-1.4\n',
      'scans/c.PDF': '%PDF-1.4\n',
      'old/d.doc': 'x',
      'photo.jpg': 'x',
    });
    const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '--jobs', '1']);
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`fengong: ${dir}: skipped 3 documents of a kind fengong does not read (2 .pdf, 1 .doc); save them as .docx or .txt to parse them`);
    expect(SUMMARY.exec(run.stderr)!.slice(1, 4)).toEqual(['1', undefined, '2']);
    const glob = await runCli(['parse', `${dir}/scans/*`, join(dir, 'a.txt'), '--out-dir', join(dir, 'out2'), '--jobs', '1']);
    expect(glob.stderr).toContain(`fengong: ${dir}/scans/*: skipped 2 documents of a kind fengong does not read (2 .pdf)`);
    expect(glob.code).toBe(2); // the glob matched no notice
    // A pattern that matches no notice at all: what is wrong, and no summary of nothing (a fresh user's find).
    const none = await runCli(['--lang', 'en', 'parse', `${dir}/nomatch/*.txt`, '--out-dir', join(dir, 'out4')]);
    expect([none.code, none.stderr]).toEqual([2, `fengong: ${dir}/nomatch/*.txt: no notice matches this pattern\n`]);
    const quiet = await runCli(['parse', dir, '--out-dir', join(dir, 'out3'), '--jobs', '1', '-q']);
    expect(quiet.stderr).toBe('');
  });

  it('does not follow links inside a folder: one to the folder above would take in all around it (a fresh user\'s find)', async () => {
    const outside = folder({ 'other.txt': notice(1, 'x') });
    const dir = folder({ 'a.txt': notice(2, 'a') });
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(outside, join(dir, 'away'));
    const run = await runCli(['parse', dir, '--out-dir', join(outside, 'out'), '--jobs', '1']);
    expect([run.code, SUMMARY.exec(run.stderr)!.slice(1, 4)]).toEqual([0, ['1', undefined, '2']]);
    expect(readdirSync(join(outside, 'out'))).toEqual(['a.yaml']);
  });

  it('refuses an --out-dir that is a file, and -o with --out-dir, in one line (probe 18)', async () => {
    const dir = folder({ 'a.txt': notice(1, 'a'), 'q1.yaml': 'x' });
    const file = await runCli(['parse', join(dir, 'a.txt'), '--out-dir', join(dir, 'q1.yaml')]);
    expect([file.code, file.stderr]).toEqual([2, `fengong: --out-dir ${join(dir, 'q1.yaml')}: is a file, not a folder\n`]);
    const both = await runCli(['parse', join(dir, 'a.txt'), '--out-dir', join(dir, 'out'), '-o', join(dir, 'x.yaml')]);
    expect([both.code, both.stderr]).toEqual([2, 'fengong: -o FILE and --out-dir DIR: give one of them\n']);
    // A file where a notice's subfolder of the output must go: that notice fails in words, the others are written.
    const nested = folder({ 'x/a.txt': notice(1, 'a'), 'y/b.txt': notice(1, 'b') });
    const out = join(nested, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'x'), 'a file');
    const run = await runCli(['parse', join(nested, 'x', 'a.txt'), join(nested, 'y', 'b.txt'), '--out-dir', out, '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fengong: ${join(out, 'x', 'a.yaml')}: cannot write: a part of its folder path is a file, not a folder\n`);
    expect(existsSync(join(out, 'y', 'b.yaml'))).toBe(true);
  });

  // Node's own recursive mkdir never returned under /proc (a folder that takes no new folders): the batch spun at full
  // CPU (a fresh user's find). It is one line, before any notice is compiled, and exit 2 (it had been one line per
  // notice: an archive office's 369 lines); the sheets' --out-dir as well.
  it.runIf(existsSync('/proc/self'))('names an --out-dir it cannot create under a folder that takes none, and ends', async () => {
    const dir = folder({ 'a.txt': notice(1, 'a'), 'b.txt': notice(1, 'b') });
    const run = await runCli(['parse', dir, '--out-dir', '/proc/fengong-out', '--jobs', '1', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('fengong: /proc/fengong-out: cannot create the output directory: the folder above it takes no new folders\n');
    // Before the line of the documents skipped (a fresh user's: it came after it), and without -q too.
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4\n');
    const loud = await runCli(['--lang', 'en', 'parse', dir, '--out-dir', '/proc/fengong-out', '--jobs', '1']);
    expect([loud.code, loud.stderr]).toEqual([2, 'fengong: /proc/fengong-out: cannot create the output directory: the folder above it takes no new folders\n']);
    const sheets = await runCli(['tasks', 'fixtures/notices/lezhi-2023-61.matrix.yaml', '--all', '--out-dir', '/proc/fengong-out']);
    expect([sheets.code, sheets.stderr]).toEqual([2, 'fengong: /proc/fengong-out: cannot create the output directory: the folder above it takes no new folders\n']);
  }, 20_000);

  it('sums tasks, warnings and errors in the summary line', async () => {
    const dir = folder({
      'ok.txt': notice(2, 'ok'),
      'open.txt': '一、任务\n1.办好活动。（牵头单位：县科协；责任单位：县教体局\n',
      'plain.txt': '一、总体要求\n（一）指导思想。坚持。\n',
    });
    const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '--jobs', '1']);
    expect(run.code).toBe(1);
    const m = SUMMARY.exec(run.stderr)!;
    expect(m[1]).toBe('3');
    expect(m[2]).toBeUndefined();
    expect(m[3]).toBe('3');
    expect(Number(m[5])).toBe(1);
    expect(Number(m[4])).toBeGreaterThanOrEqual(1);
    expect(run.stderr).toMatch(/unclosed-bracket/);
    expect(run.stderr).toMatch(/no-markers/);
    expect(run.stderr.trimEnd().split('\n').pop()).toMatch(SUMMARY);
  });

  it('counts no info as a warning (a fresh user: `0 warnings, 1 info` above `1 warning` in the summary)', async () => {
    // A leaders-only item: one info (ignored-marker), no warning.
    const dir = folder({ 'a.txt': '一、任务\n1.办好活动。（县科协牵头，县教体局配合）\n2.统筹推进。（牵头领导：副县长李四）\n' });
    const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '--jobs', '1']);
    expect(run.stderr).toMatch(/1 problem \(0 errors, 0 warnings, 1 info\)/);
    expect(SUMMARY.exec(run.stderr)!.slice(1, 6)).toEqual(['1', undefined, '1', '0', '0']);
  });

  it('prints the summary with --quiet only when a notice failed or has errors', async () => {
    const dir = folder({ 'ok.txt': notice(1, 'ok'), 'ok2.txt': notice(2, 'ok2'), 'open.txt': '一、任务\n1.办好活动。（牵头单位：县科协\n' });
    const ok = [join(dir, 'ok.txt'), join(dir, 'ok2.txt')];
    const quiet = await runCli(['parse', ...ok, '--out-dir', join(dir, 'q0'), '-j', '1', '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const errors = await runCli(['parse', ...ok, join(dir, 'open.txt'), '--out-dir', join(dir, 'q1'), '-j', '1', '-q']);
    expect(errors.code).toBe(1);
    expect(errors.stderr.trimEnd().split('\n').pop()).toMatch(SUMMARY);
  });

  it('exits with the highest code of its notices: 0, 1, 2', async () => {
    const dir = folder({ 'ok.txt': notice(1, 'ok'), 'ok2.txt': notice(2, 'ok2'), 'open.txt': '一、任务\n1.办好活动。（牵头单位：县科协\n' });
    const ok = [join(dir, 'ok.txt'), join(dir, 'ok2.txt')];
    expect((await runCli(['parse', ...ok, '--out-dir', join(dir, 'o0'), '-j', '1'])).code).toBe(0);
    expect((await runCli(['parse', ...ok, join(dir, 'open.txt'), '--out-dir', join(dir, 'o1'), '-j', '1'])).code).toBe(1);
    const missing = await runCli(['parse', ...ok, join(dir, 'open.txt'), join(dir, 'nope.txt'), '--out-dir', join(dir, 'o2'), '-j', '1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`fengong: ${join(dir, 'nope.txt')}: no such file\n`);
    const empty = await runCli(['parse', join(dir, '*.docx'), ...ok, '--out-dir', join(dir, 'o3'), '-j', '1']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('*.docx: no notice matches this pattern');
    expect(readdirSync(join(dir, 'o3')).sort()).toEqual(['ok.yaml', 'ok2.yaml']);
  });

  it('refuses several notices without --out-dir, -o with several, and a bad --jobs: one line, exit 2', async () => {
    const dir = folder({ 'a.txt': notice(1, 'a'), 'b.txt': notice(1, 'b') });
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    for (const [args, message] of [
      [[a, b], /several notices need --out-dir DIR/],
      [[join(dir, '*.txt')], /several notices need --out-dir DIR/],
      // A pattern that matches nothing says so, with or without --out-dir.
      [[join(dir, '*.docx')], /\*\.docx: no notice matches this pattern\n$/],
      [[a, b, '-o', join(dir, 'x.yaml')], /with several notices use --out-dir/],
      [[a, b, '--out-dir', join(dir, 'o'), '--jobs', '0'], /--jobs 0: expected a whole number/],
      [[a, '-', '--out-dir', join(dir, 'o')], /standard input/],
    ] as const) {
      const run = await runCli(['parse', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it('writes each matrix at its path relative to the common folder, without collisions', async () => {
    const dir = folder({ 'x/a/notice.txt': notice(1, 'a'), 'x/b/notice.txt': notice(2, 'b'), 'x/b/deep/c.md': notice(3, 'c'), 'x/b/deep/c.txt': notice(4, 'c') });
    const out = join(dir, 'out');
    const run = await runCli(['parse', join(dir, 'x/**/*'), '--out-dir', out, '--format', 'json', '-j', '1', '-q']);
    expect(run.code).toBe(0);
    const tasks = (p: string) => JSON.parse(readFileSync(join(out, p), 'utf8')).tasks.length;
    expect([tasks('a/notice.json'), tasks('b/notice.json'), tasks('b/deep/c.md.json'), tasks('b/deep/c.txt.json')]).toEqual([1, 2, 3, 4]);
    expect(readdirSync(out).sort()).toEqual(['a', 'b']);
    expect(readdirSync(join(out, 'b', 'deep')).sort()).toEqual(['c.md.json', 'c.txt.json']);
  });

  it('mirrors the tree under the folder or the pattern given, whatever notices it holds (a fresh user\'s: a lone notice deep in the folder had gone to the top of --out-dir)', async () => {
    const dir = folder({ 'arch/2024/三月/a.txt': notice(1, 'a') });
    const first = await runCli(['parse', join(dir, 'arch'), '--out-dir', join(dir, 'o1'), '-j', '1', '-q']);
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, 'o1', '2024', '三月', 'a.yaml'))).toBe(true);
    // A second notice at the top of the folder moves nothing.
    writeFileSync(join(dir, 'arch', 'b.txt'), notice(2, 'b'));
    expect((await runCli(['parse', join(dir, 'arch'), '--out-dir', join(dir, 'o2'), '-j', '1', '-q'])).code).toBe(0);
    expect(readdirSync(join(dir, 'o2')).sort()).toEqual(['2024', 'b.yaml']);
    expect(existsSync(join(dir, 'o2', '2024', '三月', 'a.yaml'))).toBe(true);
    // A pattern: under its folders before the first wildcard.
    expect((await runCli(['parse', `${join(dir, 'arch')}/**/a.txt`, '--out-dir', join(dir, 'o3'), '-j', '1', '-q'])).code).toBe(0);
    expect(existsSync(join(dir, 'o3', '2024', '三月', 'a.yaml'))).toBe(true);
  });

  it('names output paths by the common folder (unit)', () => {
    expect(commonFolder(['/a/b/c', '/a/b/d', '/a/b'])).toBe('/a/b');
    expect(commonFolder(['/a', '/b'])).toBe('/');
    expect(outputPaths(['/r/a/n.txt', '/r/b/n.txt'], 'out', 'yaml')).toEqual(['out/a/n.yaml', 'out/b/n.yaml']);
    expect(outputPaths(['/r/a/b/n.txt'], 'out', 'yaml', ['/r'])).toEqual(['out/a/b/n.yaml']);
  });

  it('gives no two notices one output path: 方案.docx beside 方案.docx.txt and 方案.txt (an archive office: one matrix had silently replaced another)', async () => {
    expect(outputPaths(['/r/方案.docx', '/r/方案.docx.txt', '/r/方案.txt'], 'out', 'yaml')).toEqual(['out/方案.docx.yaml', 'out/方案.docx-2.yaml', 'out/方案.txt.yaml']);
    const dir = folder({ 'a.md': notice(1, 'md'), 'a.txt': notice(2, 'txt'), 'a.txt.md': notice(3, 'txtmd') });
    const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '--jobs', '1']);
    expect(run.code).toBe(0);
    const written = readdirSync(join(dir, 'out')).sort();
    expect(written).toHaveLength(3);
    const sources = written.map((f) => YAML.parse(readFileSync(join(dir, 'out', f), 'utf8')).document.source.file.split('/').pop()).sort();
    expect(sources).toEqual(['a.md', 'a.txt', 'a.txt.md']);
  });

  it('shows no progress bar when stderr is not a terminal, with --quiet, or for a handful of files', async () => {
    expect(showProgress({ isTTY: false, files: 100, quiet: false })).toBe(false);
    expect(showProgress({ isTTY: true, files: 100, quiet: true })).toBe(false);
    expect(showProgress({ isTTY: true, files: 5, quiet: false })).toBe(false);
    expect(showProgress({ isTTY: true, files: 6, quiet: false })).toBe(true);
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`p${i}.txt`] = notice(1, `p${i}`);
    const dir = folder(files);
    const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '-j', '1']);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/[░█]|\/8 notices|\u001b\[/);
  });

  it('shows a progress bar on a terminal', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`p${i}.txt`] = notice(1, `p${i}`);
    const dir = folder(files);
    const stderr = process.stderr as { isTTY?: boolean };
    const was = stderr.isTTY;
    stderr.isTTY = true;
    try {
      const run = await runCli(['parse', dir, '--out-dir', join(dir, 'out'), '-j', '1']);
      expect(run.code).toBe(0);
      // cli-progress took the terminal (hid the cursor), then cleared its bar before the summary.
      expect(run.stderr).toContain('\u001b[?25l');
      expect(run.stderr).toMatch(/\u001b\[0Jfengong: 8 notices, 8 tasks, 0 warnings, 0 errors in \d+\.\d s\n$/);
    } finally {
      stderr.isTTY = was;
    }
  });

  it('writes findings, failures and the summary in Chinese under a Chinese locale, from the worker threads too', () => {
    const dir = folder({ 'a.txt': notice(1, 'a'), 'b.txt': Buffer.from([0x00, 0x01, 0x02]), 'c.txt': '一、任务\n1.办好活动。（牵头单位：县科协\n' });
    const run = spawnSync(process.execPath, ['bin/fengong.js', 'parse', dir, '--out-dir', join(dir, 'out'), '--jobs', '2'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'zh_CN.UTF-8' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`fengong: ${join(dir, 'b.txt')}：是二进制文件`);
    expect(run.stderr).toMatch(/未闭合|unclosed-bracket/);
    expect(run.stderr).toMatch(/^fengong: 3 个公文（1 个失败），2 项任务，\d+ 个警告，1 个错误，用时 \d+\.\d 秒$/m);
  });

  it('formats the summary with plurals', () => {
    expect(formatSummary({ files: 1, failed: 0, tasks: 1, warnings: 0, errors: 1, ms: 1234 })).toBe('fengong: 1 notice, 1 task, 0 warnings, 1 error in 1.2 s');
  });
});

describe('paths a batch cannot read or write (session 16: an archive office\'s tester)', () => {
  it.runIf(canDropPermissions)('names a folder it cannot read, and exits 2 (its notices had gone in silence, exit 0)', () => {
    const dir = folder({ 'open/a.txt': notice(1, 'a'), 'closed/b.txt': notice(1, 'b') });
    chmodSync(join(dir, 'closed'), 0);
    try {
      const run = withoutOverride(['--lang', 'en', 'parse', dir, '--out-dir', join(dir, 'out')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`fengong: ${join(dir, 'closed')}: cannot read this folder (permission denied): the notices in it are not parsed\n`);
      expect(SUMMARY.exec(run.stderr)!.slice(1, 4)).toEqual(['1', undefined, '1']);
    } finally {
      chmodSync(join(dir, 'closed'), 0o755);
    }
  });

  it('says in one line that a path cannot be looked at (a loop of links), and parses the others', async () => {
    const dir = folder({ 'a.txt': notice(2, 'a') });
    symlinkSync('loop', join(dir, 'loop'));
    const run = await runCli(['--lang', 'en', 'parse', join(dir, 'loop'), join(dir, 'a.txt'), '--out-dir', join(dir, 'out'), '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fengong: ${join(dir, 'loop')}: cannot read (a loop of symbolic links)\n`);
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.yaml']);
  });

  it('refuses in one line an --out-dir written with a slash after a link, or through a file', async () => {
    const dir = folder({ 'a.txt': notice(1, 'a'), 'afile': 'x' });
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'linkout'));
    const link = await runCli(['--lang', 'en', 'parse', join(dir, 'a.txt'), join(dir, 'a.txt'), '--out-dir', `${join(dir, 'linkout')}/`]);
    expect([link.code, link.stderr]).toEqual([2, `fengong: --out-dir ${join(dir, 'linkout')}: is a symbolic link, which fengong does not write through: give the folder it points to\n`]);
    const through = await runCli(['--lang', 'en', 'parse', join(dir, 'a.txt'), '--out-dir', join(dir, 'afile', 'sub')]);
    expect([through.code, through.stderr]).toEqual([2, `fengong: --out-dir ${join(dir, 'afile', 'sub')}: cannot be used (a part of the path is a file, not a folder)\n`]);
  });

  it('matches a folder named with round brackets as written, follows no link in a glob, and passes over Word\'s lock files', async () => {
    const dir = folder({ '新建文件夹 (2)/a.txt': notice(1, 'a'), 'docs/b.txt': notice(1, 'b'), 'docs/~$分工方案.docx': 'lock' });
    symlinkSync('..', join(dir, 'docs', 'up'));
    const paren = await runCli(['--lang', 'en', 'parse', `${dir}/新建文件夹 (2)/*.txt`, '--out-dir', join(dir, 'o1'), '--jobs', '1']);
    expect([paren.code, readdirSync(join(dir, 'o1'))]).toEqual([0, ['a.yaml']]);
    // `**` through `up -> ..` had parsed every notice again under up/.
    const glob = await runCli(['--lang', 'en', 'parse', `${dir}/docs/**/*.{txt,docx}`, '--out-dir', join(dir, 'o2'), '--jobs', '1']);
    expect([glob.code, readdirSync(join(dir, 'o2'))]).toEqual([0, ['b.yaml']]);
    const lock = await runCli(['--lang', 'en', 'parse', join(dir, 'docs'), '--out-dir', join(dir, 'o3'), '--jobs', '1', '-q']);
    expect([lock.code, lock.stderr, readdirSync(join(dir, 'o3'))]).toEqual([0, '', ['b.yaml']]);
  });
});

describe('folders of the output that may not be written (an archive office\'s tester)', () => {
  it.runIf(canDropPermissions)('names each such folder once, so that the stale matrices show', () => {
    const dir = folder({ 'in/a/1.txt': notice(1, 'a1'), 'in/a/2.txt': notice(1, 'a2'), 'in/b/1.txt': notice(1, 'b1'), 'in/b/2.txt': notice(1, 'b2'), 'in/c/1.txt': notice(1, 'c1') });
    for (const sub of ['a', 'b', 'c']) mkdirSync(join(dir, 'out', sub), { recursive: true });
    chmodSync(join(dir, 'out', 'a'), 0o555);
    chmodSync(join(dir, 'out', 'b'), 0o555);
    try {
      const run = withoutOverride(['--lang', 'en', 'parse', join(dir, 'in'), '--out-dir', join(dir, 'out'), '--jobs', '1']);
      expect(run.status).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines.slice(0, 3)).toEqual([
        `fengong: ${join(dir, 'out', 'a', '1.yaml')}: cannot write: permission denied`,
        `fengong: ${join(dir, 'out', 'b', '1.yaml')}: cannot write: permission denied`,
        'fengong: 2 more matrices not written, for the reasons above',
      ]);
      expect(readdirSync(join(dir, 'out', 'c'))).toEqual(['1.yaml']);
    } finally {
      chmodSync(join(dir, 'out', 'a'), 0o755);
      chmodSync(join(dir, 'out', 'b'), 0o755);
    }
  });
});
