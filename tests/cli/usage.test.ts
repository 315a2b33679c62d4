import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, usageLine } from '../../src/cli/main.js';
import { runCli } from '../helpers/run-cli.js';

const seed = 'fixtures/notices/lezhi-2023-61.md';
const matrix = 'fixtures/notices/lezhi-2023-61.matrix.yaml';

describe('usage errors: one line, exit 2', () => {
  it('a file option given twice (the first had been dropped without a word: a fresh user\'s missing registry)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-twice-'));
    const units = await runCli(['units', matrix, '--units', join(dir, 'nope.yaml'), '--units', 'fixtures/units/lezhi.units.yaml']);
    expect([units.code, units.stdout, units.stderr]).toEqual([2, '', 'fengong: --units is given 2 times: give it once (one registry: merge the others into it)\n']);
    const out = await runCli(['tasks', matrix, '--unit', '县科协', '-o', join(dir, 'a.csv'), `-o${join(dir, 'b.csv')}`]);
    expect([out.code, out.stderr]).toEqual([2, 'fengong: -o/--output is given 2 times: give it once (one file to write)\n']);
    const mixed = await runCli(['parse', seed, '--output', join(dir, 'a.yaml'), `--output=${join(dir, 'b.yaml')}`, '--lang', 'zh']);
    expect([mixed.code, mixed.stderr]).toEqual([2, 'fengong: -o/--output 给了 2 次：只能给一次（只能写一个文件）\n']);
    expect(existsSync(join(dir, 'a.yaml')) || existsSync(join(dir, 'b.yaml')) || existsSync(join(dir, 'a.csv'))).toBe(false);
    // Once is fine; a value after `--` is no option.
    expect((await runCli(['tasks', matrix, '--unit', '县科协', '-o', join(dir, 'a.csv')])).code).toBe(0);
  });

  it('an output file named for a format that is not written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fengong-usage-')), 'x.pdf');
    const run = await runCli(['export', matrix, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/x\.pdf: cannot write `\.pdf` files; name the file \.xlsx, \.docx, \.csv, \.md, \.markdown\n$/);
    // parse writes YAML or JSON, report HTML: a matrix or a page under another format's name is refused too.
    const matrixAsSheet = await runCli(['parse', seed, '-o', out.replace(/pdf$/, 'xlsx')]);
    expect(matrixAsSheet.code).toBe(2);
    expect(matrixAsSheet.stderr).toMatch(/x\.xlsx: cannot write `\.xlsx` files; name the file \.yaml, \.json, \.yml\n$/);
    // With --format too: YAML in a file named .xlsx, a workbook named .pdf (a new user's run).
    const withFormat = await runCli(['parse', seed, '-o', out.replace(/pdf$/, 'xlsx'), '--format', 'yaml']);
    expect([withFormat.code, withFormat.stderr]).toEqual([2, `fengong: ${out.replace(/pdf$/, 'xlsx')}: cannot write \`.xlsx\` files; name the file .yaml, .json, .yml\n`]);
    const workbook = await runCli(['tasks', matrix, '--unit', '县科协', '-o', out, '--format', 'xlsx']);
    expect(workbook.code).toBe(2);
    // An ending of no format takes --format (`-o notes.txt --format md`), and without it is told so.
    const notes = await runCli(['tasks', matrix, '--unit', '县科协', '-o', out.replace(/pdf$/, 'txt')]);
    expect(notes.stderr).toMatch(/x\.txt: cannot write `\.txt` files; name the file .*, or give --format\n$/);
    const page = await runCli(['report', matrix, '-o', out]);
    expect(page.code).toBe(2);
    expect(page.stderr).toMatch(/x\.pdf: cannot write `\.pdf` files; name the file \.html, \.htm\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('parse -o takes the format from the file\'s ending unless --format is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-usage-'));
    for (const [name, first] of [['m.json', '{'], ['m.yaml', 'schemaVersion: 1'], ['m.yml', 'schemaVersion: 1'], ['m', 'schemaVersion: 1']] as const) {
      expect((await runCli(['parse', seed, '-q', '-o', join(dir, name)])).code).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8').split('\n')[0]).toBe(first);
    }
    // An ending no format has takes --format; an ending of the other format contradicts it (probe 18: CSV was
    // written into tasks.xlsx, YAML into m.json).
    expect((await runCli(['parse', seed, '-q', '--format', 'json', '-o', join(dir, 'y.txt')])).code).toBe(0);
    expect(readFileSync(join(dir, 'y.txt'), 'utf8').split('\n')[0]).toBe('{');
    const contradiction = await runCli(['parse', seed, '-q', '--format', 'yaml', '-o', join(dir, 'y.json')]);
    expect([contradiction.code, contradiction.stderr]).toEqual([2, `fengong: ${join(dir, 'y.json')}: the file's ending says json but --format says yaml; name the file .yaml or leave --format out\n`]);
    const sheet = await runCli(['tasks', matrix, '--unit', '县科协', '--format', 'csv', '-o', join(dir, 'wrong.xlsx')]);
    expect(sheet.code).toBe(2);
    expect(existsSync(join(dir, 'y.json')) || existsSync(join(dir, 'wrong.xlsx'))).toBe(false);
  });
  it('commander\'s usage errors, one line each', async () => {
    for (const [args, line] of [
      [['parse', '--bogus', seed], "fengong: unknown option '--bogus'; see fengong --help\n"],
      [['parse', '--forma', 'json', seed], "fengong: unknown option '--forma' (did you mean --format?); see fengong --help\n"],
      [['parse'], "fengong: missing required argument 'notice'; see fengong --help\n"],
      [['parse', seed, '--format', 'xml'], "fengong: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are yaml, json; see fengong --help\n"],
    ] as const) {
      const run = await runCli([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(line);
      expect(run.stdout).toBe('');
    }
  });
  it('commander\'s usage errors in Chinese under --lang zh (a clerk\'s terminal)', async () => {
    for (const [args, line] of [
      [['--lang', 'zh', 'parse', '--forma', 'json', seed], 'fengong: 未知选项“--forma”（是否想用 --format？）；参见 fengong --help\n'],
      [['--lang', 'zh', 'parse'], 'fengong: 缺少参数“notice”；参见 fengong --help\n'],
      [['--lang', 'zh', 'parse', seed, '--format', 'xml'], 'fengong: 选项“-f, --format <format>”的取值“xml”无效，可选：yaml, json；参见 fengong --help\n'],
      [['--lang', 'zh', 'tasks', matrix, matrix], 'fengong: 命令“tasks”的参数过多：应为 1 个，实际 2 个；参见 fengong --help\n'],
      [['--lang', 'zh', 'frob'], 'fengong: 未知命令“frob”；参见 fengong --help\n'],
    ] as const) {
      const run = await runCli([...args]);
      expect([run.code, run.stderr]).toEqual([2, line]);
    }
    // A message commander may add later stays as written, in fengong's frame.
    expect(usageLine("error: something new 'x'.", 'zh')).toBe("fengong: something new 'x'；参见 fengong --help\n");
    expect(usageLine('error: unknown option \'--x\'\n(Did you mean one of --xa, --xb?)', 'en')).toBe("fengong: unknown option '--x' (did you mean one of --xa, --xb?); see fengong --help\n");
  });
  it('a language that is not zh or en', async () => {
    const run = await runCli(['--lang', 'fr', 'parse', seed]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/option '--lang <lang>' argument 'fr' is invalid/);
  });
  // A fresh user's finds (session 13): each of these had exited 0, or said something untrue.
  it('an empty -o, --out-dir or --units; --one-workbook named .docx; --soon too large; validate -; a bad maxSize', async () => {
    for (const args of [['parse', seed, '-o', ''], ['export', matrix, '-o', ''], ['tasks', matrix, '--all', '--out-dir', ''], ['parse', seed, '--units', '']]) {
      const run = await runCli(['--lang', 'en', ...args]);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `fengong: ${args[args.length - 2]} "": an empty name names no file\n`]);
    }
    const book = await runCli(['--lang', 'en', 'tasks', matrix, '--all', '--one-workbook', '-o', 'wb.docx']);
    expect([book.code, book.stderr]).toEqual([2, 'fengong: --one-workbook writes xlsx: name the file ….xlsx (-o wb.docx)\n']);
    const soon = await runCli(['--lang', 'en', 'tasks', matrix, '--all', '--soon', '99999999']);
    expect([soon.code, soon.stderr]).toEqual([2, 'fengong: --soon 99999999: at most 99999 days\n']);
    const stdin = await runCli(['--lang', 'en', 'validate', '-']);
    expect([stdin.code, stdin.stderr]).toEqual([2, 'fengong: validate reads matrix files, not standard input: save the matrix to a file (parse -o FILE) and name it\n']);
    const dir = mkdtempSync(join(tmpdir(), 'fengong-rc-'));
    writeFileSync(join(dir, '.fengongrc.yaml'), 'maxSize: lots\n');
    const cfg = spawnSync(process.execPath, [join(process.cwd(), 'bin/fengong.js'), '--lang', 'en', 'validate', join(process.cwd(), matrix)], { cwd: dir, encoding: 'utf8' });
    expect([cfg.status, cfg.stderr]).toEqual([2, `fengong: ${join(dir, '.fengongrc.yaml')}:1:10: maxSize "lots": expected bytes, or a number with KB, MB or GB (512KB, 50MB)\n`]);
  });

  // A second fresh user's finds (session 13).
  it('parse -o naming the notice it reads; --out-dir a symbolic link; a batch that wrote nothing counts no tasks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-usage-'));
    const notice = join(dir, 'self.txt');
    writeFileSync(notice, readFileSync(seed));
    const self = await runCli(['--lang', 'en', 'parse', notice, '-o', notice, '--format', 'yaml']);
    expect([self.code, self.stderr]).toEqual([2, `fengong: ${notice}: is the notice being read; write the matrix to another file\n`]);
    expect(readFileSync(notice, 'utf8')).toBe(readFileSync(seed, 'utf8'));
    symlinkSync(dir, join(dir, 'link'));
    const link = join(dir, 'link');
    for (const args of [['parse', notice, seed, '--out-dir', link], ['tasks', matrix, '--all', '--out-dir', link]]) {
      const run = await runCli(['--lang', 'en', ...args]);
      expect([run.code, run.stderr]).toEqual([2, `fengong: --out-dir ${link}: is a symbolic link, which fengong does not write through: give the folder it points to\n`]);
    }
    // Each notice's folder blocked by a file of that name: nothing written, no task counted.
    mkdirSync(join(dir, 'in', 'x'), { recursive: true });
    mkdirSync(join(dir, 'in', 'y'));
    copyFileSync(seed, join(dir, 'in', 'x', 'a.md'));
    copyFileSync(seed, join(dir, 'in', 'y', 'b.md'));
    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked', 'x'), 'a file');
    writeFileSync(join(dir, 'blocked', 'y'), 'a file');
    const batch = await runCli(['--lang', 'en', 'parse', join(dir, 'in'), '--out-dir', join(dir, 'blocked'), '-q']);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toMatch(/fengong: 2 notices \(2 failed\), 0 tasks, /);
  });

  it('--max-size with a unit, on parse as on validate', async () => {
    const run = await runCli(['parse', seed, '--max-size', '1KB']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lezhi-2023-61\.md: 21030 bytes, over the limit of 1024 \(raise it with --max-size\)\n$/);
    expect((await runCli(['parse', seed, '--max-size', '64KB', '-q'])).code).toBe(0);
  });
  it('a Markdown notice over 4 MB: one line, exit 2, nothing written, whatever --max-size says', async () => {
    // (A 48 MB Markdown notice had run Node out of heap, exit 134 and V8's stack: a fresh user's find. Its syntax tree
    // takes some 300 times the file's size.)
    const dir = mkdtempSync(join(tmpdir(), 'fengong-md-'));
    const big = join(dir, 'big.md');
    const item = '1. 推进数据共享〔牵头单位：市大数据局；配合单位：市财政局〕\n';
    writeFileSync(big, `# 方案\n\n${item.repeat(Math.ceil((4 * 1024 * 1024 + 1) / Buffer.byteLength(item)))}`);
    const out = join(dir, 'big.yaml');
    const run = await runCli(['--lang', 'en', 'parse', big, '-o', out, '--max-size', '100MB']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fengong: .*big\.md: a Markdown notice of \d+ bytes, over the limit of 4194304 for Markdown .*read it as plain text \(\.txt\)\n$/);
    expect(existsSync(out)).toBe(false);
  });
  it('an empty path, in plain words (it had said `fengong: : no such file`)', async () => {
    const run = await runCli(['--lang', 'en', 'parse', '']);
    expect([run.code, run.stderr]).toEqual([2, "fengong: an empty name names no file: give the notice's path\n"]);
  });
  it('an output path that is a folder, in plain words', async () => {
    const run = await runCli(['parse', seed, '-o', tmpdir(), '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fengong: ${tmpdir()}: cannot write: this is a folder (give a file name)\n`);
  });
  it('an output path under a file, or a device, pipe or socket: one line, exit 2, nothing replaced (probe 18)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-usage-'));
    writeFileSync(join(dir, 'afile'), 'keep');
    for (const args of [['parse', seed, '-o', join(dir, 'afile', 'm.yaml')], ['export', matrix, '-o', join(dir, 'afile', 'x.xlsx')], ['report', matrix, '-o', join(dir, 'afile', 'x.html')]]) {
      const run = await runCli(args);
      expect([run.code, run.stderr]).toEqual([2, `fengong: ${args[3]}: cannot write: a part of its folder path is a file, not a folder\n`]);
    }
    expect(readFileSync(join(dir, 'afile'), 'utf8')).toBe('keep');
    if (process.platform !== 'win32') {
      const fifo = join(dir, 'pipe.yaml');
      execFileSync('mkfifo', [fifo]);
      const run = await runCli(['parse', seed, '-o', fifo, '-q']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/pipe\.yaml: cannot write: this is a pipe, a socket or a block device, not a file/);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      // A link to one (`-o /dev/stdout`) is refused too, the link kept (a new user's test: it was replaced by a file).
      const link = join(dir, 'stdout.yaml');
      symlinkSync(fifo, link);
      const linked = await runCli(['parse', seed, '-o', link, '-q']);
      expect([linked.code, linked.stderr]).toEqual([2, `fengong: ${link}: cannot write: this is a pipe, a socket or a block device, not a file (give a file's path, or leave -o out to write to standard output)\n`]);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    }
  });
  it.skipIf(process.platform !== 'linux')('writes -o /dev/stdout (a link to a descriptor) through to standard output redirected to a file, `>>` too, the link kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-usage-'));
    // A link of the test's own, as /dev/stdout is one: replacing /dev/stdout itself would break the machine.
    const link = join(dir, 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    const out = join(dir, 'out.yaml');
    writeFileSync(out, '# kept\n');
    const fd = openSync(out, 'a');
    const run = spawnSync(process.execPath, ['bin/fengong.js', 'parse', seed, '-q', '-o', link], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe(`# kept\n${readFileSync(matrix, 'utf8').replace(/(?<=\n    file: )[^\n]+/, seed)}`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
  it.skipIf(process.platform === 'win32')('writes to a character device as it is: -o /dev/null discards, -o /dev/full says the disk is full (probe 58)', async () => {
    expect(await runCli(['parse', seed, '-q', '-o', '/dev/null'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(await runCli(['export', matrix, '-f', 'csv', '-o', '/dev/null'])).toMatchObject({ code: 0, stderr: '' });
    expect(await runCli(['parse', seed, '-q', '-o', '/dev/full'])).toEqual({ code: 2, stdout: '', stderr: 'fengong: /dev/full: cannot write: the disk is full\n' });
  });
  it('--unit takes a name without the white space around it (`--unit "县科协 "`)', async () => {
    const run = await runCli(['tasks', matrix, '--unit', ' 县科协 ']);
    expect([run.code, run.stdout.startsWith('## 县科协任务清单')]).toEqual([0, true]);
  });
  it('-o - is standard output, for parse and the sheets (a new user\'s CI script had a file named `-`)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-usage-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const parsed = await runCli(['parse', join(cwd, seed), '-q', '-o', '-']);
      expect([parsed.code, parsed.stdout.startsWith('schemaVersion: 1\n')]).toEqual([0, true]);
      const sheet = await runCli(['tasks', join(cwd, matrix), '--unit', '县科协', '-o', '-']);
      expect([sheet.code, sheet.stdout.startsWith('## 县科协任务清单')]).toEqual([0, true]);
      expect(existsSync(join(dir, '-'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('the program a run builds', () => {
  it('adds only the command a run names first, and all seven otherwise (help, options before the command, a typo)', () => {
    const names = (argv: string[]) => buildProgram(argv).commands.map((c) => c.name());
    expect(names(['parse', 'notice.txt'])).toEqual(['parse']);
    expect(names(['validate', '--help'])).toEqual(['validate']);
    const all = ['parse', 'check', 'validate', 'units', 'tasks', 'export', 'report'];
    for (const argv of [[], ['--help'], ['--lang', 'en', 'check', 'x.txt'], ['prase'], ['help', 'parse'], ['constructor'], ['__proto__']]) expect(names(argv), argv.join(' ')).toEqual(all);
  });
});
