import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FengongError } from '../../src/errors.js';
import { parseMatrixText } from '../../src/matrix/parse.js';
import { loadMatrix, readMatrixFile } from '../../src/matrix/read.js';
import { checkMatrixRules } from '../../src/matrix/rules.js';
import { validateParsedMatrix } from '../../src/matrix/validate.js';

const fixtures = join(import.meta.dirname, '../../fixtures/matrices');
const dir = mkdtempSync(join(tmpdir(), 'fengong-read-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadMatrix', () => {
  it('returns a valid matrix', () => {
    const m = loadMatrix(join(fixtures, 'valid/small.yaml'));
    expect(m.tasks.map((t) => t.id)).toEqual(['1.1', '1.2#1', '1.2#2', '#1', '2']);
  });

  it('throws one line file:line:col: reason (rule) for an invalid matrix', () => {
    const path = join(fixtures, 'invalid/wrong-value.yaml');
    expect(() => loadMatrix(path)).toThrow(FengongError);
    expect(() => loadMatrix(path)).toThrow(`${path}:2:16: schemaVersion must be 1, not 2: correct the value (wrong-value)`);
  });

  it('says how many more problems there are', () => {
    const path = write('two.json', '{"schemaVersion": 1, "document": {}, "outline": [], "tasks": [], "x": 1}');
    expect(() => loadMatrix(path)).toThrow(/^.*two\.json:1:34: document has no .* \(missing-key\) \(and 1 more; run fengong validate .*\)$/);
  });

  it('throws for syntax errors, missing files and files over the limit', () => {
    expect(() => loadMatrix(join(fixtures, 'invalid/yaml-syntax.yaml'))).toThrow(/yaml-syntax\.yaml:18:11: not valid YAML/);
    expect(() => loadMatrix(join(dir, 'missing.yaml'))).toThrow(`${join(dir, 'missing.yaml')}: no such file`);
    expect(() => loadMatrix(dir)).toThrow(/cannot read \(is a directory\)/);
    expect(() => loadMatrix(join(fixtures, 'valid/small.yaml'), { maxBytes: 10 })).toThrow(/:1:1: file is \d+ bytes, over the limit of 10/);
  });

  it('points at what was left open, not past the last line (a fresh user\'s `[unclosed` at 4:1 of 3 lines)', () => {
    const at = (name: string, text: string) => {
      try {
        loadMatrix(write(name, text));
      } catch (error) {
        return /:(\d+:\d+): not valid YAML/.exec((error as Error).message)?.[1];
      }
      return 'no error';
    };
    expect(at('flow.yaml', 'schemaVersion: 1\ndocument:\n  title: [unclosed\n')).toBe('3:10');
    expect(at('map.yaml', 'schemaVersion: 1\ndocument: {title: x\n\n')).toBe('2:11');
    // A quote inside a plain scalar opens nothing; the one that starts a scalar does.
    expect(at('quote.yaml', 'schemaVersion: 1\ndocument:\n  title: 他说"好"\n  notice: "未完\n')).toBe('4:11');
  });

  it('says in its own words that a file holds several YAML documents (the yaml package\'s advice to its users had leaked)', () => {
    expect(() => loadMatrix(write('multi.yaml', 'schemaVersion: 1\n---\nschemaVersion: 1\n'))).toThrow(/multi\.yaml:2:1: not valid YAML: several YAML documents \(parted by ---\), where a matrix is one; fix the syntax/);
  });

  it('ignores warnings and the semantic rules', () => {
    expect(loadMatrix(join(fixtures, 'invalid/unquoted-date.yaml')).document.date).toBe('2024-03-15');
    expect(loadMatrix(join(fixtures, 'invalid/no-unit.yaml')).tasks).toHaveLength(1);
  });
});

describe('untrusted input', () => {
  // A fresh user's: 8,000 `[` and nothing else had overflowed jsonc-parser's stack, an internal error and exit 70.
  it('reports JSON left open thousands of levels deep as a syntax finding, not a crash', () => {
    const findings = validateParsedMatrix(parseMatrixText('['.repeat(8000), { json: true }));
    expect(findings.map((m) => [m.ruleId, m.line, m.column])).toEqual([['json-syntax', 1, 8001]]);
  });

  it('keeps __proto__ and constructor keys as plain data, reported as unknown keys', () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const parsed = parseMatrixText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    const rules = validateParsedMatrix(parsed).filter((m) => m.ruleId === 'unknown-key');
    expect(rules.map((m) => [m.line, m.column])).toEqual([
      [1, 2],
      [1, 35],
    ]);
  });

  it('stops a billion-laughs file fast', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const parsed = parseMatrixText(levels.join('\n'));
    expect(parsed.messages.map((m) => m.ruleId)).toEqual(['alias-limit']);
    expect(parsed.value).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('rejects duplicate keys, in JSON too', () => {
    const parsed = parseMatrixText('{\n  "a": 1,\n  "a": 2\n}', { json: true });
    expect(parsed.messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual([
      ['duplicate-key', 3, 3, '"a" appears twice in the same mapping: remove one of them'],
    ]);
  });

  it('skips a BOM and counts columns in characters, not UTF-16 units', () => {
    const parsed = parseMatrixText('\ufeffa: "𠀀𠀀"\nb: [1, x]\n');
    expect(parsed.locate(['b', 1])).toEqual({ line: 2, column: 8, offset: 17 });
    const astral = parseMatrixText('k: ["𠀀𠀀", 2]');
    expect(astral.locate(['k', 1]).column).toBe(11);
  });

  it('reads a file that is not UTF-8 as an encoding finding', () => {
    const path = write('latin1.yaml', 'a: \xe9');
    writeFileSync(path, Buffer.from([0x61, 0x3a, 0x20, 0xe9]));
    expect(readMatrixFile(path).messages.map((m) => m.ruleId)).toEqual(['encoding']);
  });
});

describe('checkMatrixRules', () => {
  const parsed = readMatrixFile(join(fixtures, 'valid/small.yaml'));

  it('finds nothing in the valid fixture, and checks units only with a registry', () => {
    expect(checkMatrixRules(parsed.value, parsed.locate)).toEqual([]);
    const known = new Set(['县教体局', '县科协', '团县委', '县融媒体中心', '县级各部门（单位）', '县发改局', '县财政局']);
    const found = checkMatrixRules(parsed.value, parsed.locate, { units: { knownUnit: (n) => known.has(n), resolveUnit: (n) => n } });
    expect(found.map((m) => [m.ruleId, m.reason])).toEqual([]);
    known.delete('县财政局');
    const missing = checkMatrixRules(parsed.value, parsed.locate, { units: { knownUnit: (n) => known.has(n), resolveUnit: (n) => n }, file: 'x.yaml' });
    expect(missing.map((m) => [m.ruleId, m.file, m.line, m.column])).toEqual([['unknown-unit', 'x.yaml', 66, 25]]);
  });

  // A fresh user's matrix named 县住房和城乡建设局 lead and 县住建局 support, one unit in the registry, and validated clean.
  it('with a registry, warns of one unit under two names in a task, in one role or two', () => {
    const tasks = [
      { id: '1', lead: ['县住房和城乡建设局'], responsible: ['县财政局'], support: ['县住建局'], deadline: null },
      { id: '2', lead: [], responsible: ['各镇人民政府', '县财政局', '各乡镇人民政府'], support: [], deadline: null },
      { id: '3', lead: ['县住建局'], responsible: [], support: [], deadline: null },
    ];
    const aliases: Record<string, string> = { 县住房和城乡建设局: '县住建局', 各镇人民政府: '各乡镇人民政府' };
    const units = { knownUnit: () => true, resolveUnit: (n: string) => aliases[n] ?? n };
    const found = checkMatrixRules({ tasks, outline: [{ id: '1' }, { id: '2' }, { id: '3' }] }, () => ({ line: 1, column: 1 }), { units });
    expect(found.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([
      ['repeated-unit', false, '县住建局 and 县住房和城乡建设局 are one unit in the registry (县住建局), both in lead and support of task "1": keep one entry'],
      ['repeated-unit', false, '各乡镇人民政府 and 各镇人民政府 are one unit in the registry (各乡镇人民政府), both in responsible of task "2": keep one entry'],
    ]);
    expect(checkMatrixRules({ tasks, outline: [{ id: '1' }, { id: '2' }, { id: '3' }] }, () => ({ line: 1, column: 1 }))).toEqual([]);
  });

  it('does not repeat a missing outline as an unknown item per task', () => {
    const tasks = [{ id: '1', lead: ['甲'], responsible: [], support: [], deadline: null }];
    expect(checkMatrixRules({ tasks }, () => ({ line: 1, column: 1 }))).toEqual([]);
    expect(checkMatrixRules({ tasks, outline: [] }, () => ({ line: 1, column: 1 })).map((m) => m.ruleId)).toEqual(['unknown-item']);
  });

  it('runs on values of the wrong shape without throwing', () => {
    for (const value of [null, 1, 'x', [], { tasks: 'x' }, { tasks: [null, { id: 3, lead: 'x' }], outline: [{ children: 5 }] }]) {
      expect(() => checkMatrixRules(value, () => ({ line: 1, column: 1 }))).not.toThrow();
    }
  });

  it('reports a due that a recurring deadline should not have, and a missing due', () => {
    const base = { document: { title: '某县2024年要点', date: null }, outline: [{ id: '1', children: [] }] };
    const task = (deadline: unknown) => ({ id: '1', lead: ['甲'], responsible: [], support: [], deadline });
    const value = { ...base, tasks: [task({ text: '长期坚持', due: '2024-12-31' }), task({ text: '6月底前', due: null }), task({ text: '按要求', due: '2024-01-01' })] };
    const found = checkMatrixRules(value, () => ({ line: 1, column: 1 }));
    expect(found.map((m) => m.ruleId)).toEqual(['deadline-due', 'duplicate-id', 'deadline-due', 'duplicate-id']);
    expect(found.filter((m) => m.ruleId === 'deadline-due').map((m) => m.reason)).toEqual([
      'deadline "长期坚持" names no day (recurring or open wording, or no year in the plan\'s title or date), but due is "2024-12-31": write due: null',
      'deadline "6月底前" ends on 2024-06-30, but due is null: write due: "2024-06-30"',
    ]);
  });
});

describe('messages for odd files', () => {
  it('an empty file, and one nested too deeply to read', () => {
    const empty = validateParsedMatrix(parseMatrixText('# nothing\n'));
    expect(empty.map((m) => [m.line, m.column, m.ruleId, m.reason])).toEqual([
      [1, 1, 'wrong-type', 'the matrix is empty: write a mapping with schemaVersion, document, outline and tasks'],
    ]);
    const deep = parseMatrixText(`${'['.repeat(20000)}${']'.repeat(20000)}`);
    expect(deep.messages.map((m) => [m.ruleId, m.reason])).toEqual([['yaml-syntax', 'YAML nested too deeply to read; a matrix nests a few levels, not hundreds']]);
    // The same text in a .json file is valid JSON: too deep, not bad YAML (a fresh user's 100,000 levels).
    const deepJson = parseMatrixText(`${'['.repeat(20000)}${']'.repeat(20000)}`, { json: true, file: 'deep.json' });
    expect(deepJson.messages.map((m) => [m.ruleId, m.reason])).toEqual([['json-syntax', 'JSON nested too deeply to read; a matrix nests a few levels, not hundreds']]);
  });
});

describe('a key typed with the input method\'s full-width colon (a fresh user\'s commonest slip)', () => {
  const seed = readFileSync(join(import.meta.dirname, '../../fixtures/notices/lezhi-2023-61.matrix.yaml'), 'utf8');

  it('is said as such, at the colon, in both languages', () => {
    const text = seed.replace('    lead: [县科协]', '    lead：[县科协]');
    const line = text.split('\n').findIndex((l) => l.startsWith('    lead：')) + 1;
    const en = parseMatrixText(text, { file: 'm.yaml' }).messages.filter((m) => m.fatal);
    expect(en.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual([['yaml-syntax', line, 9, '`lead：` has a full-width colon (：) where YAML needs `:` after a key: write `lead:`']]);
    const zh = parseMatrixText(text, { file: 'm.yaml', lang: 'zh' }).messages.filter((m) => m.fatal);
    expect(zh[0].reason).toBe('“lead：”用了全角冒号（：），YAML 的键后要用半角冒号（:）：请改为“lead:”');
  });

  it('leaves a full-width colon inside a value alone (`title: 关于：…`)', () => {
    const text = seed.replace(/^  title: .*$/m, '  title: 方案：乐至县');
    expect(parseMatrixText(text, { file: 'm.yaml' }).messages.filter((m) => m.fatal)).toEqual([]);
  });
});

// A fresh user's hand edits (session 23): two units typed as one with a Chinese keyboard's comma, and Word's cell-end
// mark (U+0007) or a terminal's escape left in a name, had validated clean and given sheets to units that do not exist.
describe('units a hand edit broke', () => {
  const at = () => ({ line: 1, column: 1 });
  const rules = (...names: string[]) => checkMatrixRules({ outline: [{ id: '1' }], tasks: [{ id: '1', lead: [], responsible: names, support: [], deadline: null }] }, at).map((m) => [m.ruleId, m.fatal]);

  it('warns of a list separator outside a name\'s brackets, not of a collective of levels nor of one inside brackets', () => {
    expect(rules('县经济信息化局，县发展改革局')).toEqual([['joined-units', false]]);
    expect(rules('县司法局、县公安局')).toEqual([['joined-units', false]]);
    expect(rules('县司法局;县公安局')).toEqual([['joined-units', false]]);
    expect(rules('各市、州、县人民政府', '各县（市、区）人民政府', '县财政局（县国资中心）')).toEqual([]);
  });

  // A fresh user's (session 26): two names joined by 和 or 与, which matrix-format.md does not split lists on.
  it('warns of a name that reads as two joined by 和 or 与, never of a body whose own name holds 和', () => {
    expect(rules('县医保局和县市场监管局')).toEqual([['joined-units', false]]);
    expect(rules('县供销社与县农商行')).toEqual([['joined-units', false]]);
    expect(rules('县财政局和各乡镇人民政府')).toEqual([['joined-units', false]]);
    expect(rules('县委宣传部和中共县委网信办')).toEqual([['joined-units', false]]);
    expect(rules('县住房和城乡建设局', '县工业和信息化局', '县文化和旅游局', '县林业和草原局', '县人力资源和社会保障局', '县发展和改革委员会', '县教育和体育局', '县自然资源和规划局')).toEqual([]);
    // (A body's name before 和, but no unit's after it.)
    expect(rules('县政府和社会资本合作中心', '县财政局和县', '各乡镇党委和政府')).toEqual([]);
    // 和 inside brackets is the bracket's.
    expect(rules('县综合执法局（县城管局和县市场监管局）')).toEqual([]);
    // One finding, not two, for a name that holds a separator too.
    expect(rules('县财政局，县医保局和县审计局')).toEqual([['joined-units', false]]);
  });

  it('refuses a control character in a name (unit-name)', () => {
    const text = readFileSync(join(fixtures, 'valid/small.yaml'), 'utf8').replace('县科协', '"县科协\\u0007"');
    const findings = validateParsedMatrix(parseMatrixText(text, { file: 'x.yaml' })).map((m) => m.ruleId);
    expect(findings).toEqual(['unit-name']);
  });
});

// A fresh user's hand edits of a deadline had been told only `is a string "长期", expected object or null`, and an
// empty text `must NOT have fewer than 1 characters` (ajv's words, in both languages).
describe('messages for a deadline edited by hand', () => {
  const findings = (line: string, lang: 'en' | 'zh' = 'en') => {
    const text = readFileSync(join(fixtures, 'valid/small.yaml'), 'utf8').replace('deadline: { text: 2024年12月底前, due: "2024-12-31" }', line);
    return validateParsedMatrix(parseMatrixText(text, { lang }), { lang }).map((m) => [m.ruleId, m.reason]);
  };

  it('gives the mapping to write for a deadline written as its words alone', () => {
    expect(findings('deadline: 长期')).toEqual([['wrong-type', 'tasks[0].deadline (task 1.1) is the text "长期" alone: a deadline is written with its text and its last day, deadline: { text: "长期", due: null }']]);
    expect(findings('deadline: 2025年6月底前', 'zh')).toEqual([['wrong-type', 'tasks[0].deadline（任务 1.1） 只写了文字 "2025年6月底前"：完成时限应同时写出文字和截止日期，如 deadline: { text: "2025年6月底前", due: "2025-06-30" }（请核对日期）']]);
  });

  it('says an empty text is empty', () => {
    expect(findings('deadline: { text: "", due: null }')).toEqual([['wrong-value', 'tasks[0].deadline.text (task 1.1) is empty: write it, or null where the format allows']]);
  });
});

// A fresh user's hand edits: the yaml package's words (`Tabs are not allowed as indentation`) had stood in English in a
// Chinese report, an indentation error at column 1 of a key at column 4, and a task whose `- ` went missing had given
// ten duplicate-key errors, each advising to delete a key.
describe('YAML slips of a hand edit, in the clerk\'s words', () => {
  const reasons = (text: string, lang: 'en' | 'zh' = 'en') => parseMatrixText(text, { lang }).messages.map((m) => [m.ruleId, m.line, m.column, m.reason]);

  it('says a tab that indents, in Chinese too', () => {
    expect(reasons('schemaVersion: 1\ndocument:\n\ttitle: x\n', 'zh')).toEqual([['yaml-syntax', 3, 1, '不是有效的 YAML：此行用了制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成空格']]);
  });

  it('says a value with `: ` in it wants quotes, and a key out of line where the key stands', () => {
    expect(reasons('schemaVersion: 1\ntitle: 保障用工需求: 招聘会\n')[0].slice(0, 3)).toEqual(['yaml-syntax', 2, 8]);
    expect(reasons('schemaVersion: 1\ntitle: 保障用工需求: 招聘会\n')[0][3]).toMatch(/put the value in quotes/);
    expect(reasons('document:\n  title: x\n   notice: y\n')[0].slice(0, 3)).toEqual(['yaml-syntax', 2, 10]);
    expect(reasons('schemaVersion: 1\ndocument:\n    title: x\n  notice: y\n')[0].slice(0, 3)).toEqual(['yaml-syntax', 4, 3]);
  });

  it('says once that a task\'s `- ` went missing, at its `id`', () => {
    const text = readFileSync(join(fixtures, 'valid/small.yaml'), 'utf8').replace('  - id: "1.2#1"', '    id: "1.2#1"');
    const line = text.split('\n').findIndex((l) => l === '    id: "1.2#1"') + 1;
    expect(reasons(text)).toEqual([['duplicate-key', line, 5, 'the keys from this `id:` on repeat those of the task above: did the `- ` before this task\'s `id:` go missing?']]);
  });
});

// A fresh user's UTF-8 matrix with one character pasted from a GBK file had been told at 1:1 to save it as UTF-8.
describe('a byte that is no UTF-8', () => {
  it('is placed where it stands', () => {
    const text = readFileSync(join(fixtures, 'valid/small.yaml'), 'utf8').replace('responsible: [县科协, 团县委]', 'responsible: [县科协, 团县委, XX]');
    const path = write('gbk-char.yaml', '');
    writeFileSync(path, Buffer.concat([Buffer.from(text.slice(0, text.indexOf('XX'))), Buffer.from([0xcf, 0xd8]), Buffer.from(text.slice(text.indexOf('XX') + 2))]));
    const line = text.slice(0, text.indexOf('XX')).split('\n').length;
    expect(readMatrixFile(path).messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['encoding', line, 29]]);
  });
});
