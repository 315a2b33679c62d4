import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { FengongError } from '../../src/errors.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = mkdtempSync(join(tmpdir(), 'fengong-config-'));

function project(name: string, config?: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, '.fengongrc.yaml'), config);
  return dir;
}

describe('loadConfig', () => {
  it('finds .fengongrc.yaml by walking up, and makes the registry path absolute', () => {
    const dir = project('ok', 'registry: units.yaml\nreporter: junit\nstrict: true\nmaxSize: 1024\nlang: zh\n');
    expect(loadConfig(join(dir, 'a/b'))).toEqual({
      registry: join(dir, 'units.yaml'),
      reporter: 'junit',
      strict: true,
      maxSize: 1024,
      lang: 'zh',
      path: join(dir, '.fengongrc.yaml'),
    });
  });

  it('takes maxSize as bytes or with a unit, as --max-size does (a new user\'s probe)', () => {
    expect(loadConfig(project('size-mb', 'maxSize: 10MB\n')).maxSize).toBe(10 * 1024 * 1024);
    expect(loadConfig(project('size-bytes', 'maxSize: 2048\n')).maxSize).toBe(2048);
    expect(() => loadConfig(project('size-bad', 'maxSize: lots\n'))).toThrow(/\.fengongrc\.yaml:1:10: /);
  });

  it('says in one line that a folder or a pipe named .fengongrc.yaml is no configuration file (a fresh user: exit 70, or a wait for ever)', () => {
    const folder = project('folder');
    mkdirSync(join(folder, '.fengongrc.yaml'));
    expect(() => loadConfig(folder)).toThrow(FengongError);
    expect(() => loadConfig(folder)).toThrow(`${join(folder, '.fengongrc.yaml')}: not a file (the configuration is read from a YAML file of that name)`);
    const piped = project('fifo');
    execFileSync('mkfifo', [join(piped, '.fengongrc.yaml')]);
    expect(() => loadConfig(piped)).toThrow(/\.fengongrc\.yaml: not a file/);
  });

  it('names itself when the registry it names cannot be read (a fresh user, who never typed --units, was lost)', () => {
    const dir = project('missing-registry', 'registry: nosuch.yaml\n');
    loadConfig(dir);
    expect(() => loadRegistry(join(dir, 'nosuch.yaml'))).toThrow(`${join(dir, 'nosuch.yaml')}: cannot read the unit registry (no such file), named by registry: in ${join(dir, '.fengongrc.yaml')}`);
    // A registry given with --units is said as before.
    expect(() => loadRegistry(join(root, 'elsewhere.yaml'))).toThrow(/^[^,]*elsewhere\.yaml: cannot read the unit registry \(no such file\)$/);
  });

  it('is empty without a file, or with an empty one', () => {
    expect(loadConfig(join(project('none'), 'a'))).toEqual({});
    expect(loadConfig(project('empty', ''))).toEqual({ path: join(root, 'empty/.fengongrc.yaml') });
  });

  it('names the file, line and problem of a bad configuration', () => {
    const dir = project('bad', 'strict: true\nreporter: pretty\n');
    expect(() => loadConfig(dir)).toThrow(FengongError);
    expect(() => loadConfig(dir)).toThrow(`${join(dir, '.fengongrc.yaml')}:2:11: reporter must be one of "stylish", "json", "github", "junit", "sarif", not "pretty": correct the value (wrong-value)`);
    const unknown = project('unknown', 'repoter: json\n');
    expect(() => loadConfig(unknown)).toThrow(/\.fengongrc\.yaml:1:1: "repoter" is not a key of the configuration: remove it or correct its spelling \(allowed: \$schema, registry, reporter, strict, maxSize, lang\)/);
    const broken = project('broken', 'strict: [\n');
    expect(() => loadConfig(broken)).toThrow(/\.fengongrc\.yaml:\d+:\d+: not valid YAML/);
  });

  it('says what is wrong with a configuration in Chinese too (`--lang zh`: it had stayed English, a fresh user\'s)', () => {
    const zh = (text: string) => {
      try {
        loadConfig(project(`zh-${text.length}-${text.charCodeAt(0)}`, text));
      } catch (error) {
        return (error as FengongError).text('zh');
      }
      return null;
    };
    expect(zh('reporter: xml\n')).toMatch(/\.fengongrc\.yaml:1:11: reporter 应为 "stylish"、"json"、"github"、"junit"、"sarif" 之一，而不是 "xml"：请改正 \(wrong-value\)$/);
    expect(zh('registery: a.yaml\n')).toMatch(/\.fengongrc\.yaml:1:1: "registery" 不是 配置文件 的键：/);
    expect(zh('reporter: [\n')).toMatch(/\.fengongrc\.yaml:\d+:\d+: 不是有效的 YAML：/);
  });
});
