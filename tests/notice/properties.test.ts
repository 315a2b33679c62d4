import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { FengongError } from '../../src/errors.js';
import { checkMatrixSchema } from '../../src/matrix/schema.js';
import { stringifyMatrix } from '../../src/matrix/write.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { decodeNotice } from '../../src/read/decode.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { readText } from '../../src/read/text.js';

const SEED = 20261130;
const seedNotice = readFileSync('fixtures/notices/lezhi-2023-61.md', 'utf8');

/** Parses, or returns null for the one error a notice may legitimately raise (no outline, no table). */
function tryParse(text: string, format: 'text' | 'markdown') {
  try {
    return parseNotice(format === 'markdown' ? readMarkdown(text) : readText(text));
  } catch (error) {
    if (error instanceof FengongError) return null;
    throw error;
  }
}

const pieces = ['一、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '①', '〔', '〕', '【', '】', '（', '）', '(', ')', ']', '牵头单位：', '责任单位：', '配合单位:', '完成时限：', '牵头', '配合', '负责', '、', '，', '；', '。', '\n', '\n\n', '县科协', '各乡镇（街道）', '2024年6月底前', '长期坚持', '\t', '|', '---', '**', '　', '- 3 -', '序号', '乐府发〔2023〕61号', '2023年10月10日'];
const noticeLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(''));

describe('parse never throws, and its matrix always passes the schema', () => {
  it.each(['text', 'markdown'] as const)('on random %s built from notice pieces and random Unicode', (format) => {
    fc.assert(
      fc.property(noticeLike, (text) => {
        const parsed = tryParse(text, format);
        if (parsed) expect(checkMatrixSchema(parsed.matrix)).toEqual([]);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('on very long lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pieces), fc.integer({ min: 1000, max: 20000 }), (piece, n) => {
        const parsed = tryParse(`一、任务\n1.${piece.repeat(n)}`, 'text');
        if (parsed) expect(checkMatrixSchema(parsed.matrix)).toEqual([]);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

describe('mutations of a real notice: no crash, no unit lost without a finding', () => {
  const original = parseNotice(readMarkdown(seedNotice)).matrix;
  const units = (m: typeof original) => new Set(m.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.support].map((u) => `${t.id}:${u}`)));
  const before = units(original);
  const lines = seedNotice.split('\n');
  const mutations: Record<string, fc.Arbitrary<string>> = {
    'a deleted closing bracket': fc.nat().map((k) => {
      const at = [...seedNotice.matchAll(/[〕\]]/g)].map((m) => m.index!);
      const i = at[k % at.length];
      return seedNotice.slice(0, i) + seedNotice.slice(i + 1);
    }),
    'a blank line inside a unit name': fc.nat().map((k) => {
      const at = [...seedNotice.matchAll(/县[^、，；〕\]]{2,}局/g)].map((m) => m.index! + 2);
      const i = at[k % at.length];
      return `${seedNotice.slice(0, i)}\n\n${seedNotice.slice(i)}`;
    }),
    'a swapped numbering style': fc.nat().map((k) => {
      const targets = lines.map((l, i) => (/^\d+\./.test(l) ? i : -1)).filter((i) => i >= 0);
      const i = targets[k % targets.length];
      return lines.map((l, j) => (j === i ? l.replace(/^(\d+)\./, '（$1）') : l)).join('\n');
    }),
    'CRLF line ends': fc.constant(seedNotice.replace(/\n/g, '\r\n')),
    'a truncated file': fc.integer({ min: 1, max: seedNotice.length - 1 }).map((n) => seedNotice.slice(0, n)),
  };
  for (const [name, arb] of Object.entries(mutations)) {
    it(name, () => {
      fc.assert(
        fc.property(arb, (text) => {
          const parsed = tryParse(text, 'markdown');
          if (!parsed) return;
          expect(checkMatrixSchema(parsed.matrix)).toEqual([]);
          const after = units(parsed.matrix);
          const lost = [...before].filter((u) => !after.has(u));
          const findings = parsed.messages.filter((m) => m.fatal !== undefined);
          // A unit may move (a renumbered item) or go with a truncated tail; otherwise its loss has a finding.
          const truncated = text.length < seedNotice.length - 2 && seedNotice.startsWith(text);
          if (lost.length && !truncated && name !== 'a swapped numbering style') expect(findings.length, `lost ${lost.slice(0, 3)}`).toBeGreaterThan(0);
          if (name === 'CRLF line ends') expect(parsed.matrix.tasks).toEqual(original.tasks);
        }),
        { seed: SEED, numRuns: name === 'CRLF line ends' ? 1 : 60 },
      );
    });
  }

  it('a BOM and CRLF in the bytes read like the plain file', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedNotice.replace(/\n/g, '\r\n'))]);
    const { text } = decodeNotice(bytes, 'seed.md');
    expect(parseNotice(readMarkdown(text)).matrix.tasks).toEqual(original.tasks);
  });
});

describe('stability', () => {
  const { matrix } = parseNotice(readMarkdown(seedNotice));
  it('parse → YAML → read → YAML is byte-identical', () => {
    const yaml = stringifyMatrix(matrix, 'yaml');
    expect(stringifyMatrix(YAML.parse(yaml), 'yaml')).toBe(yaml);
  });
  it('parse → JSON → read → JSON is byte-identical', () => {
    const json = stringifyMatrix(matrix, 'json');
    expect(stringifyMatrix(JSON.parse(json), 'json')).toBe(json);
  });
  it('the same bytes parse to the same matrix and findings', () => {
    const again = parseNotice(readMarkdown(seedNotice));
    expect(again.matrix).toEqual(matrix);
    expect(again.messages.map(String)).toEqual(parseNotice(readMarkdown(seedNotice)).messages.map(String));
  });
});

describe('hostile input stays linear', () => {
  // A generous bound (the benchmark measures these properly): 1 MB of each must not take tens of seconds.
  it.each([
    ['〔', '〔'.repeat(350_000)],
    ['（', '（'.repeat(350_000)],
    ['1.1.1.', '1.'.repeat(500_000)],
    ['牵头单位：、、、', `1.任务。牵头单位：${'、'.repeat(350_000)}`],
    // One paragraph of thousands of marker brackets (quadratic before session 12: 2.4 MB took 8 s).
    ['（牵头单位：…）。×30,000', `1.${Array.from({ length: 30_000 }, (_v, i) => `做好第${i}项工作（牵头单位：县科协${i}）。`).join('')}`],
  ])('1 MB of %s', (_name, body) => {
    const start = performance.now();
    const parsed = tryParse(`一、任务\n${body}\n`, 'text');
    expect(performance.now() - start).toBeLessThan(10_000);
    if (parsed) expect(checkMatrixSchema(parsed.matrix)).toEqual([]);
  });
});

describe('a label naming a great many units', () => {
  it('reads 150,000 names in one bracket (their list overflowed the call stack: exit 70, a fresh user\'s find)', () => {
    const names = Array.from({ length: 150_000 }, (_v, i) => `县科协${i}`);
    const parsed = tryParse(`一、任务\n1.办好活动。（牵头单位：${names.join('、')}）\n`, 'text');
    expect(parsed!.matrix.tasks.map((t) => [t.id, t.lead.length, t.lead[0], t.lead[149_999]])).toEqual([['1.1', 150_000, '县科协0', '县科协149999']]);
  });
});
