import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/cli/parse.js';
import { interruptedBatch } from '../helpers/interrupt.js';

// The installed command runs dist/fengong.cjs (scripts/bundle.mjs: fengong's code in one CommonJS file, every
// library in dist/vendor/, ES-module-only ones through proxies) compiled with the V8 code cache of
// scripts/code-cache.mjs. Built by tests/global-setup.ts before the suite.
const require = createRequire(import.meta.url);
const bundle = resolve('dist/fengong.cjs');
const fengong = (...args: string[]) => spawnSync(process.execPath, ['bin/fengong.js', ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const dir = mkdtempSync(join(tmpdir(), 'fengong-bundle-'));

describe('the bundled command', () => {
  it('is built, with a code cache that this Node accepts', () => {
    expect(existsSync(bundle)).toBe(true);
    expect(existsSync(`${bundle}.v8cache`)).toBe(true);
    const { loadBundle } = require('../../bin/load-bundle.js') as { loadBundle: (file: string, options: { onScript: (s: { cachedDataRejected?: boolean }) => void }) => { main: unknown } };
    let rejected: boolean | undefined;
    // Loading runs only the bundle's top level: no command.
    const exports = loadBundle(bundle, { onScript: (s) => (rejected = s.cachedDataRejected) });
    expect(typeof exports.main).toBe('function');
    expect(rejected).toBe(false);
  });

  it('is moved into dist/ whole from where it was written (dist/.next/), leaving no file of an older bundle', () => {
    // (The command of a checkout being rebuilt had failed while the old bundle was deleted and the new one written: a
    // fresh user's find. scripts/bundle.mjs writes to dist/.next/, then renames each file into place.)
    expect(existsSync('dist/.next')).toBe(false);
    // Every file of the bundle was written by this build, with the command (dist/fengong.cjs): none of an older build's
    // is left (a chunk's name holds its hash, so a new build's chunks have other names).
    const made = statSync(bundle).mtimeMs;
    const files = readdirSync('dist').filter((f) => /^fengong-chunk-|^(parse|validate)-worker\.js$|^fengong\.cjs/.test(f));
    expect(files.filter((f) => f.startsWith('fengong-chunk-')).length).toBeGreaterThan(5);
    for (const f of files) expect(Math.abs(statSync(join('dist', f)).mtimeMs - made), f).toBeLessThan(120_000);
    // The source map names the sources from dist/, where it is read.
    const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };
    const ours = map.sources.filter((s) => s.includes('src/'));
    expect(ours.length).toBeGreaterThan(50);
    for (const source of ours) expect(existsSync(resolve('dist', source)), source).toBe(true);
  });

  it('uses the code cache only when it is not older than the bundle (V8 checks only the length of the source)', () => {
    const { loadBundle } = require('../../bin/load-bundle.js') as { loadBundle: (file: string, options: { onScript: (s: { cachedDataRejected?: boolean }) => void }) => unknown };
    const copy = join(dir, 'copy');
    mkdirSync(copy, { recursive: true });
    copyFileSync(bundle, join(copy, 'fengong.cjs'));
    copyFileSync(`${bundle}.v8cache`, join(copy, 'fengong.cjs.v8cache'));
    const offered = () => {
      let rejected: boolean | undefined;
      loadBundle(join(copy, 'fengong.cjs'), { onScript: (s) => (rejected = s.cachedDataRejected) });
      return rejected;
    };
    const now = Date.now() / 1000;
    // An edited bundle (newer than its cache): the cache is not offered to V8 at all.
    utimesSync(join(copy, 'fengong.cjs.v8cache'), now - 60, now - 60);
    utimesSync(join(copy, 'fengong.cjs'), now, now);
    expect(offered()).toBe(undefined);
    // Written after the bundle, as the build does: offered and accepted.
    utimesSync(join(copy, 'fengong.cjs.v8cache'), now + 1, now + 1);
    expect(offered()).toBe(false);
  });

  it('is ASCII only, as bin/load-bundle.js reads it (latin1), its Chinese patterns escaped', () => {
    const bytes = readFileSync(bundle);
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    expect(bytes.toString('latin1')).toContain('\\u7275\\u5934');
  });

  it('prints an internal error with its frames mapped back to the sources (names in the bundle are minified)', () => {
    // A bug stands in for one: String.prototype.padStart throws, which the header's date (isoDate) calls.
    const hook = join(dir, 'boom.cjs');
    writeFileSync(hook, "Object.defineProperty(String.prototype, 'padStart', { value() { throw new Error('boom'); } });\n");
    const run = spawnSync(process.execPath, ['-r', hook, 'bin/fengong.js', 'parse', 'fixtures/notices/lezhi-2023-61.md', '-q'], { encoding: 'utf8' });
    expect(run.status).toBe(70);
    expect(run.stderr).toMatch(/^fengong: internal error \(please report it\): Error: boom\n/);
    expect(run.stderr).not.toContain('fengong.cjs');
    const frames = [...run.stderr.matchAll(/^ {4}at (?:async )?(src\/[\w/-]+\.ts):(\d+):(\d+)$/gm)];
    expect(frames.length).toBeGreaterThanOrEqual(4);
    // Each frame is a line of the sources; the first is the call that threw, the last main's.
    const sourceLine = ([, file, line]: RegExpMatchArray) => readFileSync(file, 'utf8').split('\n')[Number(line) - 1];
    expect(sourceLine(frames[0])).toContain('.padStart(');
    expect(frames.map((f) => f[1])).toContain('src/notice/parse-notice.ts');
    expect(frames.at(-1)?.[1]).toBe('src/cli/main.ts');
    for (const frame of frames) expect(sourceLine(frame)?.length).toBeGreaterThanOrEqual(Number(frame[3]));
  });

  it('holds no import() (a script compiled with a code cache has no module loader for one)', () => {
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/\bimport\(/);
  });

  it('shows the progress bar of a batch on a terminal (cli-progress, loaded on demand)', () => {
    // `script` (util-linux) gives the command a pseudo-terminal, so stderr is a TTY.
    const inputs = join(dir, 'batch');
    for (let i = 0; i < 7; i++) {
      mkdirSync(join(inputs, `d${i}`), { recursive: true });
      writeFileSync(join(inputs, `d${i}`, 'notice.txt'), `一、任务\n1.办好第${i + 1}项活动。（县科协牵头，县教体局配合）\n`);
    }
    const command = `${process.execPath} bin/fengong.js parse ${inputs} --out-dir ${join(dir, 'batch-out')}`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\d\/7 notices/);
    expect(run.stdout).not.toMatch(/internal error|Warning/);
    expect(run.stdout).toMatch(/fengong: 7 notices, 7 tasks/);
  });

  it('gives the terminal its cursor and line wrap back when Ctrl-C stops a batch with its progress bar shown', () => {
    // Ctrl-C once the first matrix is written (renamed into place): the run exits 130 between two files.
    const { inputs, hook } = interruptedBatch(dir, 'batch-int');
    const command = `${process.execPath} -r ${hook} bin/fengong.js parse ${inputs} --out-dir ${join(dir, 'batch-int-out')} --jobs 1; echo "exit $?"`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(run.stdout).toContain('\x1b[?25l');
    expect(run.stdout).toMatch(/exit 130/);
    // Shown again after it was hidden, and line wrap on again (cli-progress turns it off).
    expect(run.stdout.lastIndexOf('\x1b[?25h')).toBeGreaterThan(run.stdout.lastIndexOf('\x1b[?25l'));
    expect(run.stdout.lastIndexOf('\x1b[?7h')).toBeGreaterThan(run.stdout.lastIndexOf('\x1b[?7l'));
  });

  it('compiles a Markdown notice with a table (remark-parse and remark-gfm from dist/vendor) as the sources do', async () => {
    const md = join(dir, 'table.md');
    writeFileSync(md, '# 关于印发分工表的通知\n\n| 序号 | 工作任务 | 牵头单位 | 责任单位 |\n| --- | --- | --- | --- |\n| 1 | 办好科普活动。 | 县科协 | 县教体局、县科技局 |\n| 2 | 建好科普基地。 | 县科技局 | 县文旅局 |\n');
    const run = fengong('parse', md, '--format', 'json', '-q');
    expect(run.status, run.stderr).toBe(0);
    const fromSources = await compileFile(md, 'json', 1 << 20);
    expect(run.stdout).toBe(fromSources.output);
    expect(JSON.parse(run.stdout).tasks.map((t: { lead: string[] }) => t.lead)).toEqual([['县科协'], ['县科技局']]);
  });

  it('loads a library only when the command uses it (no dist/vendor file for a .txt notice)', () => {
    // Node's require cache at exit: every dist/vendor file the run loaded, and any precompiled validator loaded as a
    // file of its own (the bundle holds them: none should be).
    const hook = join(dir, 'vendor-log.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write('\\nLOADED ' + Object.keys(require.cache).filter((f) => /[\\/]dist[\\/](?:vendor|validators)[\\/]/.test(f)).map((f) => require('node:path').basename(f)).join(' ') + '\\n'));\n");
    const loaded = (...args: string[]) => {
      const run = spawnSync(process.execPath, ['-r', hook, 'bin/fengong.js', ...args], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBeLessThanOrEqual(1);
      return (/LOADED (.*)/.exec(run.stderr)?.[1] ?? '').split(' ').filter(Boolean).sort();
    };
    const txt = join(dir, 'notice.txt');
    writeFileSync(txt, '一、任务\n1.办好活动。（县科协牵头，县教体局配合）\n');
    expect(loaded('parse', txt, '-q', '-o', join(dir, 'txt.yaml'))).toEqual([]);
    const md = join(dir, 'notice.md');
    writeFileSync(md, '# 通知\n\n一、任务\n\n1\\.办好活动。（县科协牵头，县教体局配合）\n');
    expect(loaded('parse', md, '-q', '-o', join(dir, 'md.yaml'))).toEqual(['decode-named-character-reference.cjs', 'remark-parse.cjs', 'unified.cjs']);
    const validate = loaded('validate', 'fixtures/notices/lezhi-2023-61.matrix.yaml');
    for (const heavy of ['remark-parse.cjs', 'exceljs.cjs', 'docx.cjs', 'jszip.cjs']) expect(validate).not.toContain(heavy);
  });

  it("loads none of Node's modules a .txt notice does not need (node:module and its ES module loader, child_process)", () => {
    // Node's modules loaded after the hook (which Node loads once its own start is done), as the run ends (written
    // with fs: process.stderr on a pipe would load net itself).
    const hook = join(dir, 'builtin-log.cjs');
    writeFileSync(hook, "const before = new Set(process.moduleLoadList); process.on('exit', () => require('node:fs').writeSync(2, '\\nBUILTINS ' + process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(' ') + '\\n'));\n");
    const txt = join(dir, 'builtins.txt');
    writeFileSync(txt, '一、任务\n1.办好活动。（县科协牵头，县教体局配合）\n');
    const run = spawnSync(process.execPath, ['-r', hook, 'bin/fengong.js', 'parse', txt, '-q', '-o', join(dir, 'builtins.yaml')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const builtins = (/BUILTINS (.*)/.exec(run.stderr)?.[1] ?? '').split(' ');
    // (What it needs: the code cache's vm, and crypto for the notice's SHA-256.)
    expect(builtins).toContain('vm');
    expect(builtins).toContain('crypto');
    for (const unneeded of ['module', 'internal/modules/esm/loader', 'child_process', 'net']) expect(builtins).not.toContain(unneeded);
  });

  it('loads CommonJS libraries (exceljs) and ES-module-only ones (chalk, string-width) from dist/vendor', () => {
    const matrix = join(dir, 'm.yaml');
    expect(fengong('parse', 'fixtures/notices/lezhi-2023-61.md', '-q', '-o', matrix).status).toBe(0);
    const xlsx = join(dir, 't.xlsx');
    const tasks = fengong('tasks', matrix, '--unit', '县科协', '--format', 'xlsx', '-o', xlsx);
    expect(tasks.status, tasks.stderr).toBe(0);
    // An xlsx file is a zip archive.
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    // The unit table pads its columns by display width (string-width): 县科协 is 6 columns wide.
    const units = fengong('units', matrix);
    expect(units.status, units.stderr).toBe(0);
    expect(units.stdout).toMatch(/^县科协 +\d+/m);
  });
});
