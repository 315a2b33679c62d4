import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { expandPaths } from '../../src/cli/matrix-paths.js';
import { parseSize, useColor } from '../../src/cli/validate.js';
import { canDropPermissions, withoutOverride } from '../helpers/permissions.js';
import { runCli } from '../helpers/run-cli.js';

const repo = join(import.meta.dirname, '../..');
const fixtures = relative(process.cwd(), join(repo, 'fixtures/matrices'));
const valid = join(fixtures, 'valid/small.yaml');
const invalid = (name: string) => join(fixtures, 'invalid', name);

/** Runs `fengong validate ARGS` in this process; returns its exit code and what it printed. */
const validate = (...args: string[]) => runCli(['validate', ...args]);

beforeEach(() => {
  vi.stubEnv('GITHUB_ACTIONS', undefined);
  vi.stubEnv('FORCE_COLOR', undefined);
  vi.stubEnv('NO_COLOR', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('fengong validate (in process)', () => {
  it('exits 0 on a valid matrix', async () => {
    expect(await validate(valid)).toEqual({ code: 0, stdout: '✔ 1 file, no problems\n', stderr: '' });
  });

  it('exits 1 with the place of each error', async () => {
    const r = await validate(invalid('unknown-key.yaml'), invalid('wrong-value.yaml'), '-r', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((f: { file: string; line: number; column: number; ruleId: string }) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      [invalid('unknown-key.yaml'), 23, 5, 'unknown-key'],
      [invalid('wrong-value.yaml'), 2, 16, 'wrong-value'],
    ]);
  });

  it('goes on after a file that is not YAML, and searches directories', async () => {
    const r = await validate(join(fixtures, 'invalid'), '-r', 'json');
    expect(r.code).toBe(1);
    const files = new Set(JSON.parse(r.stdout).map((f: { file: string }) => f.file));
    expect(files).toContain(invalid('yaml-syntax.yaml'));
    expect(files).toContain(invalid('wrong-value.yaml'));
    expect(files).toContain(invalid('json-syntax.json'));
  });

  it('warnings pass, fail with --strict, and are hidden with --quiet', async () => {
    const file = invalid('unquoted-date.yaml');
    expect((await validate(file)).code).toBe(0);
    expect((await validate(file, '--strict')).code).toBe(1);
    const quiet = await validate(file, '--quiet', '-r', 'json');
    expect([quiet.code, quiet.stdout]).toEqual([0, '[]\n']);
    // stylish says what --quiet left out, rather than "no problems" (probe 18).
    expect((await validate(file, '--quiet', '-r', 'stylish')).stdout).toBe('✔ 1 file, no errors (1 warning or note not shown: --quiet)\n');
  });

  it('chooses the github reporter under GitHub Actions, unless told otherwise', async () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    const r = await validate(invalid('wrong-value.yaml'));
    expect(r.stdout).toBe(`::error file=${invalid('wrong-value.yaml')},line=2,col=16,title=wrong-value::schemaVersion must be 1, not 2: correct the value\n`);
    expect((await validate(invalid('wrong-value.yaml'), '-r', 'json')).stdout.startsWith('[')).toBe(true);
  });

  it('refuses a file over --max-size as a finding', async () => {
    const r = await validate(valid, '--max-size', '1KB', '-r', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ line: 1, column: 1, ruleId: 'file-too-large' });
  });

  it('checks the other files when one path names nothing, and names a notice given for a matrix (exit 2)', async () => {
    const both = await validate(valid, 'no/such.yaml', '-r', 'json');
    expect([both.code, both.stderr]).toEqual([2, 'fengong: no/such.yaml: no such file or directory\n']);
    // (The report names it too: session 12, for CI systems that read the report alone.)
    expect(JSON.parse(both.stdout)).toEqual([{ file: 'no/such.yaml', line: 1, column: 1, severity: 'error', ruleId: 'unreadable-file', message: 'no/such.yaml: no such file or directory' }]);
    const notice = await validate('fixtures/notices/lezhi-2023-61.md');
    expect([notice.code, notice.stdout, notice.stderr]).toEqual([2, '', 'fengong: fixtures/notices/lezhi-2023-61.md: a notice, not a matrix: compile it first (fengong parse fixtures/notices/lezhi-2023-61.md -o matrix.yaml)\n']);
  });

  it('leaves out of a folder the registry that --units names, and names one it does not as a registry (a fresh user\'s CI job had failed on it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-registry-'));
    copyFileSync(join(repo, 'fixtures/notices/lezhi-2023-61.matrix.yaml'), join(dir, 'a.yaml'));
    copyFileSync(join(repo, 'fixtures/units/lezhi.units.yaml'), join(dir, 'units.yaml'));
    const withUnits = await validate(dir, '--units', join(dir, 'units.yaml'), '-r', 'json');
    expect([withUnits.code, JSON.parse(withUnits.stdout)]).toEqual([0, []]);
    const without = await validate(dir, '-r', 'json');
    expect(without.code).toBe(1);
    expect(JSON.parse(without.stdout).map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([[join(dir, 'units.yaml'), 'not-a-matrix']]);
    // Named outright, it is read as the path says.
    expect((await validate(join(dir, 'units.yaml'), '--units', join(dir, 'units.yaml'))).code).toBe(1);
  });

  it('names in one line a path that cannot be looked at (a loop of links), and checks the others (it had been an internal error, exit 70)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-loop-'));
    symlinkSync('loop', join(dir, 'loop'));
    const run = await validate(join(dir, 'loop'), valid, '-r', 'json');
    expect([run.code, run.stderr]).toEqual([2, `fengong: ${join(dir, 'loop')}: cannot read (a loop of symbolic links)\n`]);
    expect(expandPaths([valid], [])).toEqual([valid]);
  });

  it.runIf(canDropPermissions)('names a folder inside a folder it checks that cannot be read (its files had been passed over, exit 0)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-closed-'));
    copyFileSync(valid, join(dir, 'a.yaml'));
    mkdirSync(join(dir, 'closed'));
    copyFileSync(valid, join(dir, 'closed', 'b.yaml'));
    chmodSync(join(dir, 'closed'), 0);
    try {
      const run = withoutOverride(['--lang', 'en', 'validate', dir, '-r', 'json']);
      expect([run.status, run.stderr]).toEqual([2, `fengong: ${join(dir, 'closed')}: cannot read this folder (permission denied): the files in it are not read\n`]);
    } finally {
      chmodSync(join(dir, 'closed'), 0o755);
    }
  });

  it('exits 2 with one line for a missing path, a bad reporter, a bad size', async () => {
    expect(await validate('no/such.yaml')).toEqual({ code: 2, stdout: '', stderr: 'fengong: no/such.yaml: no such file or directory\n' });
    expect(await validate('no/*.yaml')).toEqual({ code: 2, stdout: '', stderr: 'fengong: no/*.yaml: no .yaml, .yml or .json file found\n' });
    const bad = await validate(valid, '-r', 'pretty');
    expect([bad.code, bad.stderr]).toEqual([2, 'fengong: --reporter pretty: unknown reporter; use one of stylish, json, github, junit, sarif\n']);
    expect((await validate(valid, '--max-size', 'lots')).stderr).toBe('fengong: --max-size lots: not a size; write bytes (52428800) or a number with KB, MB or GB\n');
  });

  it.runIf(process.platform === 'linux')('names a file that cannot be read on stderr, checks the others, and prints no ✔ over exit 2', async () => {
    // /proc/self/mem is a file (stat says so) whose read fails with EIO.
    const r = await validate('/proc/self/mem', valid);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fengong: /proc/self/mem: cannot read (EIO)\n');
    expect(r.stdout).toBe('✖ 1 file, no problems; 1 file could not be read\n');
  });

  it('takes defaults from .fengongrc.yaml, and flags override them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-cli-'));
    writeFileSync(join(dir, '.fengongrc.yaml'), 'reporter: json\nstrict: true\n');
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const file = join(repo, 'fixtures/matrices/invalid/unquoted-date.yaml');
    const r = await validate(file);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect((await validate(file, '--no-strict')).code).toBe(0);
    expect((await validate(file, '-r', 'stylish')).stdout).toMatch(/^.*unquoted-date\.yaml\n {2}8:9 {2}warning/);
  });

  it('puts a path it cannot read in a machine\'s report as a file with one error (unreadable-file), beside the line on stderr; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-unread-'));
    const seed = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
    const json = await runCli(['validate', seed, join(dir, 'none.yaml'), '--reporter', 'json']);
    expect([json.code, JSON.parse(json.stdout)]).toEqual([2, [{ file: join(dir, 'none.yaml'), line: 1, column: 1, severity: 'error', ruleId: 'unreadable-file', message: `${join(dir, 'none.yaml')}: no such file or directory` }]]);
    expect(json.stderr).toBe(`fengong: ${join(dir, 'none.yaml')}: no such file or directory\n`);
    const junit = await runCli(['validate', seed, join(dir, 'none.yaml'), '--reporter', 'junit']);
    expect(junit.stdout).toContain(`<testcase name="1:1 unreadable-file" classname="${join(dir, 'none.yaml')}"`);
  });

  it('puts a registry it cannot read in a machine\'s report too, not an empty one (a GitLab job had uploaded an empty junit file); exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-unread-'));
    const seed = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
    const units = join(dir, 'units.yaml');
    const junit = await runCli(['validate', seed, '--units', units, '--reporter', 'junit']);
    expect(junit.code).toBe(2);
    expect(junit.stdout).toContain(`<testcase name="1:1 unreadable-file" classname="${units}"`);
    expect(junit.stderr).toBe(`fengong: ${units}: cannot read the unit registry (no such file)\n`);
    const json = await runCli(['check', 'fixtures/notices/lezhi-2023-61.md', '--units', units, '--reporter', 'json']);
    expect([json.code, JSON.parse(json.stdout)]).toEqual([2, [{ file: units, line: 1, column: 1, severity: 'error', ruleId: 'unreadable-file', message: `${units}: cannot read the unit registry (no such file)` }]]);
    // The stylish reporter keeps the one line on stderr and writes no report.
    const stylish = await runCli(['validate', seed, '--units', units]);
    expect([stylish.code, stylish.stdout]).toEqual([2, '']);
  });

  // A fresh user's GitHub annotation of a registry's duplicate had sat at line 1, as `unreadable-file`.
  it('places a registry\'s mistake where it stands, under its rule, in a machine\'s report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-badreg-'));
    const seed = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
    const twice = join(dir, 'twice.yaml');
    writeFileSync(twice, 'registryVersion: 1\nunits:\n  - name: 县财政局\n  - name: 县科协\n  - name: 县财政局\n');
    const github = await runCli(['validate', seed, '--units', twice, '--reporter', 'github']);
    expect([github.code, github.stdout]).toEqual([2, `::error file=${twice},line=5,col=11,title=bad-registry::${twice}:5:11: unit 县财政局 is listed twice\n`]);
    const misspelt = join(dir, 'misspelt.yaml');
    writeFileSync(misspelt, 'registryVersion: 1\nunits:\n  - name: 县财政局\n    alias: [财政局]\n');
    const json = await runCli(['check', 'fixtures/notices/lezhi-2023-61.md', '--units', misspelt, '--reporter', 'json']);
    expect([json.code, JSON.parse(json.stdout).map((f: { line: number; column: number; ruleId: string }) => [f.line, f.column, f.ruleId])]).toEqual([2, [[4, 5, 'unknown-key']]]);
  });

  it('checks units against a registry with --units, or the registry of .fengongrc.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-units-'));
    writeFileSync(join(dir, 'units.yaml'), 'registryVersion: 1\nunits:\n  - name: 县政府办\n    aliases: [县府办]\n');
    const file = join(repo, 'fixtures/matrices/invalid/unknown-unit.yaml');
    expect((await validate(file)).code).toBe(0);
    const r = await validate(file, '--units', join(dir, 'units.yaml'), '-r', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((f: { line: number; column: number; ruleId: string }) => [f.line, f.column, f.ruleId])).toEqual([[19, 19, 'unknown-unit']]);
    writeFileSync(join(dir, '.fengongrc.yaml'), 'registry: units.yaml\nreporter: json\n');
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    expect(JSON.parse((await validate(file)).stdout)).toHaveLength(1);
    const missing = await validate(file, '--units', join(dir, 'none.yaml'));
    expect([missing.code, missing.stderr]).toEqual([2, `fengong: ${join(dir, 'none.yaml')}: cannot read the unit registry (no such file)\n`]);
  });

  it('has help with examples that run as written', async () => {
    const help = buildProgram().commands.find((c) => c.name() === 'validate')!.helpInformation();
    expect(help).toContain('--reporter');
    const examples = readFileSync(join(repo, 'src/cli/commands/validate.ts'), 'utf8').match(/^ {2}fengong validate .*$/gm)!;
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const line of examples) {
      const args = [...line.replace(/ > .*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]).slice(2);
      const r = await validate(...args);
      expect([0, 1], `${line}: ${r.stderr}`).toContain(r.code);
    }
  });
});

describe('helpers', () => {
  it('useColor: FORCE_COLOR, then NO_COLOR, then the TTY', () => {
    expect(useColor({}, true)).toBe(true);
    expect(useColor({}, false)).toBe(false);
    expect(useColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor({ NO_COLOR: '' }, true)).toBe(true);
    expect(useColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor({ FORCE_COLOR: '0' }, true)).toBe(false);
  });

  it('parseSize reads bytes and units of 1024', () => {
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('512KB')).toBe(524288);
    expect(parseSize('50 MB')).toBe(52428800);
    expect(parseSize('1g')).toBe(1073741824);
    expect(() => parseSize('0')).toThrow(/not a size/);
  });

  it('expandPaths keeps the order given, sorts within a directory, and lists each file once', () => {
    const files = expandPaths([valid, join(fixtures, 'valid')]);
    expect(files).toEqual([valid]);
    const dir = expandPaths([join(fixtures, 'invalid')]);
    expect(dir).toEqual([...dir].sort());
    expect(dir).toContain(invalid('date-format.yaml'));
  });

  // A fresh user's folder of `A.YAML` and `b.Yml` (as Windows tools name them) had passed green, neither file read.
  it('expandPaths finds a folder\'s matrices whatever the case of their endings', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fengong-case-'));
    for (const name of ['A.YAML', 'b.Yml', 'c.Json', 'd.yaml', 'notes.txt']) copyFileSync(valid, join(folder, name));
    expect(expandPaths([folder]).map((f) => relative(folder, f))).toEqual(['A.YAML', 'b.Yml', 'c.Json', 'd.yaml']);
  });
});

// dist/ (tsc, the precompiled validators, the bundle and its code cache) is built once by tests/global-setup.ts;
// building it again here, while other test files run the command, would pull files from under them.
describe('the built command (node bin/fengong.js)', () => {

  it('runs the precompiled validators, built from the schemas as they are', async () => {
    const { schemaSha256 } = await import('../../src/compiled-schema.js');
    const built = createRequire(import.meta.url)(join(repo, 'dist/validators/matrix.cjs')) as { schemaSha256: string };
    expect(built.schemaSha256).toBe(schemaSha256('matrix'));
  });

  it('names the three lines broken in a matrix, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-bin-'));
    const broken = readFileSync(join(repo, 'fixtures/matrices/valid/small.yaml'), 'utf8')
      .replace('date: "2024-03-15"', 'date: "2024-02-30"')
      .replace('    lead: [县教体局]', '    lead: [县教体局, 县教体局]')
      .replace('    deadline: { text: 三季度, due: "2024-09-30" }', '    deadline: { text: 三季度, due: "2024-08-31" }');
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, broken);
    const r = spawnSync(process.execPath, [join(repo, 'bin/fengong.js'), 'validate', path, '-r', 'json'], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).map((f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '8:9 invalid-date',
      '25:18 repeated-unit',
      '48:33 deadline-due',
    ]);
  });

  it('gives the same report on two threads as on one, in file order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-jobs-'));
    const names = readdirSync(join(repo, 'fixtures/matrices/invalid')).filter((n) => n.endsWith('.yaml') && !['file-too-large.yaml', 'unknown-unit.yaml'].includes(n));
    for (let i = 0; i < 90; i++) {
      const source = i % 3 === 0 ? join(repo, 'fixtures/matrices/invalid', names[i % names.length]) : join(repo, 'fixtures/matrices/valid/small.yaml');
      copyFileSync(source, join(dir, `m${String(i).padStart(3, '0')}.yaml`));
    }
    const run = (jobs: string) =>
      spawnSync(process.execPath, [join(repo, 'bin/fengong.js'), 'validate', dir, '-r', 'json', '-j', jobs], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    const one = run('1');
    const two = run('2');
    expect([one.status, two.status, two.stderr]).toEqual([1, 1, '']);
    expect(two.stdout).toBe(one.stdout);
    const files = JSON.parse(two.stdout).map((f: { file: string }) => f.file);
    expect(files).toEqual([...files].sort());
    expect(new Set(files).size).toBe(30);
    // Workers load the registry themselves.
    writeFileSync(join(dir, 'units.json'), JSON.stringify({ registryVersion: 1, units: [{ name: '县政府办' }] }));
    const withUnits = (jobs: string) =>
      spawnSync(process.execPath, [join(repo, 'bin/fengong.js'), 'validate', `${dir}/*.yaml`, '-r', 'json', '-j', jobs, '--units', join(dir, 'units.json')], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    const [u1, u2] = [withUnits('1'), withUnits('2')];
    expect(u2.stdout).toBe(u1.stdout);
    expect(JSON.parse(u2.stdout).filter((f: { ruleId: string }) => f.ruleId === 'unknown-unit').length).toBeGreaterThan(60);
  });
});
