import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { shellArg } from '../../src/errors.js';

const seed = 'fixtures/notices/lezhi-2023-61.md';
const tmp = () => mkdtempSync(join(tmpdir(), 'fengong-parse-'));

describe('fengong parse', () => {
  it('writes the seed matrix as YAML to stdout, warnings to stderr, exit 0', async () => {
    const run = await runCli(['parse', seed]);
    expect(run.code).toBe(0);
    const matrix = YAML.parse(run.stdout);
    expect(matrix.tasks).toHaveLength(36);
    expect(run.stdout).toContain('date: "2023-10-10"');
    expect(run.stderr).toMatch(/28:1\s+warning\s+Joined a paragraph cut by a page break.*page-break-join/);
  });

  it('writes JSON with --format json, and a file with -o, atomically', async () => {
    const dir = tmp();
    const out = join(dir, 'm.json');
    const run = await runCli(['parse', seed, '--format', 'json', '-o', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).tasks).toHaveLength(36);
    expect(readdirSync(dir)).toEqual(['m.json']);
  });

  it('reads standard input with -', () => {
    const out = execFileSync(process.execPath, ['bin/fengong.js', 'parse', '-', '--format', 'json'], {
      input: '一、任务\n1.办好活动。（县科协牵头，县教体局配合）\n',
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(JSON.parse(out).tasks.map((t: { id: string; lead: string[] }) => [t.id, t.lead])).toEqual([['1.1', ['县科协']]]);
  });

  it.skipIf(!existsSync('/dev/full'))('fails in one line with exit 2 when standard output cannot be written (a new user\'s probe: exit 0, a cut file)', () => {
    for (const args of [['parse', 'fixtures/notices/lezhi-2023-61.md', '-q'], ['--version'], ['validate', 'fixtures/matrices/valid/small.yaml', '-r', 'junit']]) {
      const full = openSync('/dev/full', 'w');
      const run = spawnSync(process.execPath, ['bin/fengong.js', ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect([run.status, run.stderr.trim().split('\n').length], args.join(' ')).toEqual([2, 1]);
      expect(run.stderr).toMatch(/^fengong: cannot write standard output \((?:no space left on the device|ENOSPC)\)\n$/);
    }
  });

  it('reads standard input holding an HTML or a grid table as Markdown (a new user\'s probe: refused, or no tasks)', () => {
    const run = (input: string) => JSON.parse(execFileSync(process.execPath, ['bin/fengong.js', 'parse', '-', '--format', 'json'], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })).tasks.map((t: { id: string; lead: string[] }) => [t.id, t.lead]);
    expect(run('<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td>1</td><td>办好活动。</td><td>县科协</td></tr></table>\n')).toEqual([['1', ['县科协']]]);
    expect(run('+------+------------+----------+\n| 序号 | 任务       | 牵头单位 |\n+======+============+==========+\n| 1    | 办好活动。 | 县科协   |\n+------+------------+----------+\n')).toEqual([['1', ['县科协']]]);
  });

  it('reads standard input holding a GB18030 CSV as a table, as it reads the file (a second fresh user: refused, exit 2)', () => {
    const gb = execFileSync(process.execPath, ['-e', "process.stdout.write(require('iconv-lite').encode('序号,重点任务,牵头单位,完成时限\\n1,办好活动。,县科协,2024年6月底前\\n', 'gb18030'))"], { cwd: process.cwd() });
    const out = JSON.parse(execFileSync(process.execPath, ['bin/fengong.js', 'parse', '-', '--format', 'json'], { input: gb, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }));
    expect(out.tasks.map((t: { id: string; lead: string[] }) => [t.id, t.lead])).toEqual([['1', ['县科协']]]);
  });

  it('says to write a size and its unit together (`--max-size 10 MB`), not that several notices need --out-dir', async () => {
    const run = await runCli(['parse', 'fixtures/notices/lezhi-2023-61.md', '--max-size', '10', 'MB']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'fengong: --max-size 10 MB: write the size and its unit together, --max-size 10MB\n']);
  });

  it('reads an outline without markers as zero tasks, with a warning, exit 0', async () => {
    const dir = tmp();
    const file = join(dir, 'plain.txt');
    writeFileSync(file, '一、总体要求\n（一）指导思想。坚持。\n');
    const run = await runCli(['parse', file]);
    expect(run.code).toBe(0);
    expect(YAML.parse(run.stdout).tasks).toEqual([]);
    expect(run.stderr).toMatch(/no-markers/);
  });

  it('exits 1 when the matrix was written with an error finding', async () => {
    const dir = tmp();
    const file = join(dir, 'open.txt');
    writeFileSync(file, '一、任务\n1.办好活动。（牵头单位：县科协；责任单位：县教体局\n');
    const run = await runCli(['parse', file]);
    expect(run.code).toBe(1);
    expect(YAML.parse(run.stdout).tasks[0].lead).toEqual(['县科协']);
    expect(run.stderr).toMatch(/2:8\s+error.*unclosed-bracket/);
  });

  describe('bad input: one line, exit 2, nothing written', () => {
    const dir = tmp();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, '这是一段没有编号的文字。\n也没有任务表。\n');
    const pdf = join(dir, 'notice.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    mkdirSync(join(dir, 'folder.txt'));
    it.each([
      ['a missing path', join(dir, 'nope.txt'), /nope\.txt: no such file/],
      ['a directory', join(dir, 'folder.txt'), /a directory/],
      ['a path through a file', join(dir, 'empty.txt', 'notice.txt'), /empty\.txt\/notice\.txt: cannot read \(a part of the path is a file, not a folder\)\n/],
      ['an empty file', empty, /empty\.txt: the file is empty/],
      ['a binary file', binary, /binary\.txt: a binary file/],
      ['a file with neither outline nor table', prose, /prose\.txt: neither a numbered outline/],
      ['an unknown ending', pdf, /notice\.pdf: cannot read `\.pdf` files/],
    ])('%s', async (_what, file, message) => {
      const out = join(dir, 'out.yaml');
      const run = await runCli(['parse', file, '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).not.toContain('out.yaml');
    });
  });

  it('resolves aliases through a unit registry with --units', async () => {
    const dir = tmp();
    const file = join(dir, 'alias.txt');
    writeFileSync(file, '一、任务\n1.办好活动。（乐至县科学技术协会牵头，县教体局配合）\n');
    const run = await runCli(['parse', file, '--units', 'fixtures/units/lezhi.units.yaml', '-q']);
    expect(run.code).toBe(0);
    expect(YAML.parse(run.stdout).tasks[0].lead).toEqual(['县科协']);
    const bad = await runCli(['parse', file, '--units', join(dir, 'none.yaml')]);
    expect(bad.code).toBe(2);
  });

  it('runs as the installed command (bin/fengong.js)', () => {
    const r = spawnSync(process.execPath, ['bin/fengong.js', 'parse', seed, '-q'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(YAML.parse(r.stdout).document.docNumber).toBe('乐府发〔2023〕61号');
    const bad = spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'no/such/notice.md'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('fengong: no/such/notice.md: no such file\n');
  });
});

describe('a notice given where a matrix belongs', () => {
  it.each(['units', 'report'])('%s says to parse it first, in one line', async (command) => {
    const run = await runCli([command, 'fixtures/notices/lezhi-2023-61.md', ...(command === 'report' ? ['-o', join(tmp(), 'r.html')] : [])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('fengong: fixtures/notices/lezhi-2023-61.md: a notice, not a matrix: compile it first (fengong parse fixtures/notices/lezhi-2023-61.md -o matrix.yaml)\n');
  });

  it.each(['tasks', 'export', 'report'])('%s says a missing file with a notice\'s ending is missing, not a notice', async (command) => {
    const args = command === 'tasks' ? ['--unit', '县发改局'] : ['-o', join(tmp(), command === 'report' ? 'r.html' : 'e.xlsx')];
    const run = await runCli([command, 'no/such/notice.txt', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('fengong: no/such/notice.txt: no such file\n');
  });

  it('quotes a path with spaces in the command it suggests, so that it runs as copied', async () => {
    const dir = join(tmp(), '中文 目录');
    mkdirSync(dir, { recursive: true });
    const notice = join(dir, "改 过's.md");
    writeFileSync(notice, readFileSync('fixtures/notices/lezhi-2023-61.md'));
    const run = await runCli(['units', notice]);
    expect(run.stderr).toBe(`fengong: ${notice}: a notice, not a matrix: compile it first (fengong parse '${notice.replace("'", "'\\''")}' -o matrix.yaml)\n`);
  });
});

describe('shellArg', () => {
  it('leaves a plain path (Chinese characters too) as it is and quotes one a shell would split or expand', () => {
    expect(shellArg('fixtures/notices/乐至.md')).toBe('fixtures/notices/乐至.md');
    expect(shellArg('a b.yaml')).toBe("'a b.yaml'");
    expect(shellArg('$HOME/m.yaml')).toBe("'$HOME/m.yaml'");
    expect(shellArg("it's.yaml")).toBe("'it'\\''s.yaml'");
  });
});
