import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import jsyaml from 'js-yaml';
import { stringifyMatrix } from '../../src/matrix/write.js';
import type { Matrix } from '../../src/matrix/types.js';

// Strings that trip YAML writers: numbers, dates, booleans of YAML 1.1, flow and block indicators, breaks.
const tricky = fc.constantFrom('2023-10-10', '2.1', '72', '0x1F', '1e3', '.5', '-1', 'yes', 'No', 'on', 'OFF', 'y', 'null', '~', 'true',
  '- a', '? b', ': c', 'a: b', 'a #b', '#c', '&a', '*a', '!t', '|', '>', "'q'", '"q"', '%d', '@e', '`f', '[x]', '{y}', 'a,b', '<<', '=',
  ' lead', 'trail ', '多\n行', '行\n\n空', '\t制表', '\u2028', '\u0085', '\ufeff', '（一）', '一、', '①', '县科协', '', 'a\r\nb');
const text = fc.oneof(tricky, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.array(tricky, { maxLength: 4 }).map((a) => a.join('')));
const units = fc.array(text, { maxLength: 4 });
const task = fc.record({
  id: text, marker: fc.option(text), path: fc.array(text, { maxLength: 3 }), title: fc.option(text), text,
  lead: units, responsible: units, support: units,
  deadline: fc.option(fc.record({ text, due: fc.option(text) })),
  source: fc.record({ line: fc.nat(), endLine: fc.nat() }),
});
// Outline items three levels deep at most (a deeper tree adds nothing to what the writer is tested for).
const item = (children: fc.Arbitrary<unknown[]>) => fc.record({ id: text, marker: text, title: fc.option(text), line: fc.nat(), children });
const outlineItem = item(fc.array(item(fc.array(item(fc.constant([])), { maxLength: 2 })), { maxLength: 2 }));
const matrix = fc.record({
  schemaVersion: fc.constant(1),
  document: fc.record({ title: fc.option(text), notice: fc.option(text), docNumber: fc.option(text), issuer: fc.option(text), date: fc.option(text), recipients: units }),
  outline: fc.array(outlineItem, { maxLength: 3 }),
  tasks: fc.array(task, { maxLength: 3 }),
}) as unknown as fc.Arbitrary<Matrix>;

describe('the YAML writer', () => {
  it('writes what YAML 1.2 and 1.1 readers (yaml, js-yaml) read back as the same data', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const out = stringifyMatrix(m, 'yaml');
        const plain = JSON.parse(JSON.stringify(m));
        expect(YAML.parse(out)).toEqual(plain);
        expect(YAML.parse(out, { version: '1.1' })).toEqual(plain);
        expect(jsyaml.load(out)).toEqual(plain);
      }),
      { seed: 20261130, numRuns: 150 },
    );
  });

  it('writes the seed matrix as its hand-checked file shows it', () => {
    const expected = readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8');
    expect(stringifyMatrix(YAML.parse(expected), 'yaml')).toBe(expected);
  });

  it('quotes dates and ids, writes unit lists on one line and multi-line text as a block', () => {
    const out = stringifyMatrix(YAML.parse(readFileSync('fixtures/notices/lezhi-2023-61.matrix.yaml', 'utf8')), 'yaml');
    expect(out).toContain('  date: "2023-10-10"\n');
    expect(out).toContain('  - id: "2.2.3"\n    marker: "3."\n');
    expect(out).toContain('    lead: [县教体局, 县科协]\n');
    expect(out).toContain('    text: |-\n      开展节庆科普提升活动\n      广泛开展');
  });
});
