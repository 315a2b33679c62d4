import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { github } from '../../src/cli/reporters/github.js';
import { reporters, REPORTER_NAMES, isReporterName } from '../../src/cli/reporters/index.js';
import { json } from '../../src/cli/reporters/json.js';
import { junit } from '../../src/cli/reporters/junit.js';
import { sarif } from '../../src/cli/reporters/sarif.js';
import { finding } from '../../src/matrix/finding.js';
import { sampleResults } from './results.js';

const require = createRequire(import.meta.url);
const schemasExt = '/work/shared/schemas-ext';
const dir = mkdtempSync(join(tmpdir(), 'fengong-reporters-'));

describe('reporter registry', () => {
  it('has the five reporters by name', () => {
    expect(REPORTER_NAMES).toEqual(['stylish', 'json', 'github', 'junit', 'sarif']);
    expect(isReporterName('sarif')).toBe(true);
    expect(isReporterName('toString')).toBe(false);
    expect(reporters.json).toBe(json);
  });
});

describe('json reporter', () => {
  it('prints one array of findings', () => {
    const out = JSON.parse(json(sampleResults(), {}));
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({
      file: 'matrices/县/a.yaml',
      line: 9,
      column: 19,
      severity: 'error',
      ruleId: 'lead-and-responsible',
      message: '县教体局 is both lead and responsible in task "2.1": keep it in lead only',
    });
    expect(out[1].severity).toBe('warning');
    expect(json([], {})).toBe('[]\n');
  });
});

describe('github reporter', () => {
  it('prints workflow commands, escaped as the Actions toolkit does', () => {
    expect(github(sampleResults(), {}).split('\n')).toEqual([
      '::error file=matrices/县/a.yaml,line=9,col=19,title=lead-and-responsible::县教体局 is both lead and responsible in task "2.1": keep it in lead only',
      '::warning file=matrices/县/a.yaml,line=12,col=9,title=unquoted-date::2024-03-15 is an unquoted date: write "2024-03-15"',
      '::error file=matrices/县/a.yaml,line=104,col=3,title=wrong-value::<&> 100%25, a:b%0Anext',
      '',
    ]);
    const odd = github([{ file: 'a,b:c%.yaml', messages: sampleResults()[0].messages.slice(0, 1) }], {});
    expect(odd).toMatch(/^::error file=a%2Cb%3Ac%25\.yaml,line=9/);
  });
});

/**
 * Checks a JUnit file against JUnit.xsd with xmllint; throws xmllint's error when the file breaks the schema. xmllint
 * missing is said as such (README, Development: .ci/run installs it), never taken for a report that failed the check.
 */
function checkJunit(path: string): void {
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(schemasExt, 'JUnit.xsd'), path], { stdio: 'pipe' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('xmllint is not installed: install libxml2-utils (Debian), as .ci/run does');
    throw error;
  }
}

describe('junit reporter', () => {
  const options = { now: new Date('2026-01-02T03:04:05.678Z'), hostname: 'ci' };

  it('is valid against JUnit.xsd (xmllint), with warnings as failures only when strict', () => {
    for (const strict of [false, true]) {
      const path = join(dir, `junit-${strict}.xml`);
      writeFileSync(path, junit(sampleResults(), { ...options, strict }));
      // xmllint exits non-zero (and execFileSync throws) when the file breaks the schema.
      checkJunit(path);
    }
  });

  it('writes one suite per file, one failing case per error', () => {
    const xml = junit(sampleResults(), options);
    expect(xml).toContain('<testsuite package="fengong" id="0" name="matrices/县/a.yaml" timestamp="2026-01-02T03:04:05" hostname="ci" tests="2" failures="2" errors="0" time="0">');
    expect(xml).toContain('<testcase name="9:19 lead-and-responsible" classname="matrices/县/a.yaml" time="0">');
    expect(xml).toContain('<failure message="&lt;&amp;&gt; 100%, a:b&#10;next" type="error">');
    expect(xml).toContain('<system-out>matrices/县/a.yaml:12:9: warning: 2024-03-15 is an unquoted date: write "2024-03-15" (unquoted-date)\n</system-out>');
    expect(xml).toContain('<testsuite package="fengong" id="1" name="b.json" timestamp="2026-01-02T03:04:05" hostname="ci" tests="1" failures="0"');
    expect(xml).toContain('<testcase name="valid" classname="b.json" time="0"/>');
    expect(junit(sampleResults(), { ...options, strict: true })).toContain('tests="3" failures="3"');
  });

  it('notices a broken report (the schema check can fail)', () => {
    const path = join(dir, 'broken.xml');
    writeFileSync(path, junit(sampleResults(), options).replace(' hostname="ci"', ''));
    expect(() => checkJunit(path)).toThrow(/fails to validate/);
  });
});

describe('sarif reporter', () => {
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const addFormats = require('ajv-formats').default as (ajv: unknown) => void;
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(schemasExt, 'sarif-schema-2.1.0.json'), 'utf8')));

  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(sarif(sampleResults(), { version: '0.1.0' }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('lists the rules that fired and places each result', () => {
    const log = JSON.parse(sarif(sampleResults(), { version: '0.1.0' }));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['lead-and-responsible', 'unquoted-date', 'wrong-value']);
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.results[1]).toEqual({
      ruleId: 'unquoted-date',
      ruleIndex: 1,
      level: 'warning',
      message: { text: '2024-03-15 is an unquoted date: write "2024-03-15"' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'matrices/%E5%8E%BF/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 9 } } }],
    });
    const abs = JSON.parse(sarif([{ file: '/tmp/x y.yaml', messages: sampleResults()[0].messages }], {}));
    expect(abs.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///tmp/x%20y.yaml' });
  });

  // A fresh user's `矩阵 2025/华溪 县#1%.yaml`: its `#` had been left as is, the link pointing at `华溪 县`.
  it('escapes `#`, `?` and `%` in a relative path, and a first segment\'s `:`', () => {
    const uri = (file: string) => JSON.parse(sarif([{ file, messages: sampleResults()[0].messages }], {})).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri('矩阵 2025/华溪 县#1%.yaml')).toBe('%E7%9F%A9%E9%98%B5%202025/%E5%8D%8E%E6%BA%AA%20%E5%8E%BF%231%25.yaml');
    expect(uri('a?b/c:d.yaml')).toBe('a%3Fb/c%3Ad.yaml');
    expect(new URL(uri('矩阵 2025/华溪 县#1%.yaml'), 'file:///root/').pathname).toBe(new URL('file:///root/%E7%9F%A9%E9%98%B5%202025/%E5%8D%8E%E6%BA%AA%20%E5%8E%BF%231%25.yaml').pathname);
  });
});

// A fresh user's find: infos (`ignored-marker` from check) came out as warnings in every machine's report.
describe('info findings in the machines\' reports', () => {
  const file = 'p.txt';
  const results = () => [{ file, messages: [finding('`林海副市长牵头` names a person or post, not a unit', { line: 2, column: 16 }, 'ignored-marker', 'info', file), finding('2024-03-15 is an unquoted date', { line: 3, column: 9 }, 'unquoted-date', 'warning', file)] }];

  it('keeps their level: json info, github ::notice, sarif note, junit a note that never fails', () => {
    expect(JSON.parse(json(results(), {})).map((f: { severity: string }) => f.severity)).toEqual(['info', 'warning']);
    expect(github(results(), {}).split('\n')[0]).toBe('::notice file=p.txt,line=2,col=16,title=ignored-marker::`林海副市长牵头` names a person or post, not a unit');
    const log = JSON.parse(sarif(results(), { version: '0.1.0' }));
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['note', 'warning']);
    const strict = junit(results(), { strict: true, now: new Date(0), hostname: 'ci' });
    expect(strict).toContain('tests="1" failures="1"');
    expect(strict).toContain('p.txt:2:16: info: `林海副市长牵头` names a person or post, not a unit (ignored-marker)');
  });
});
