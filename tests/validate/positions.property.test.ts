import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseMatrixText } from '../../src/matrix/parse.js';
import { validateParsedMatrix } from '../../src/matrix/validate.js';

// A unit name: CJK, ASCII, an astral character (two UTF-16 units, one column) and full-width brackets, no space.
const unit = fc.stringMatching(/^[县市区局委办科教体（）A-Za-z𠀀😀]{1,6}$/u);

const matrix = fc.array(fc.uniqueArray(unit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((lists) => ({
  schemaVersion: 1,
  document: { title: '某县2024年工作要点', notice: null, docNumber: null, issuer: null, date: '2024-03-15', recipients: [] },
  outline: lists.map((_, i) => ({ id: String(i + 1), marker: `${i + 1}.`, title: null, line: i + 1, children: [] })),
  tasks: lists.map((lead, i) => ({
    id: String(i + 1),
    marker: `${i + 1}.`,
    path: [],
    title: null,
    text: `第${i + 1}项任务。`,
    lead,
    responsible: [],
    support: [],
    deadline: null,
    source: { line: i + 1, endLine: i + 1 },
  })),
}));

/** The 1-based line and code-point column where `needle` first occurs in `text`: the oracle, by plain search. */
function placeOf(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, [...before.slice(before.lastIndexOf('\n') + 1)].length + 1];
}

describe('findings point at the wrong value in the text as written (property)', () => {
  it.each(['yaml-block', 'yaml-flow', 'json'] as const)('%s', (form) => {
    fc.assert(
      fc.property(matrix, fc.nat(), fc.nat(), (m, ti, ui) => {
        const task = m.tasks[ti % m.tasks.length];
        task.lead[ui % task.lead.length] = 987654321 as unknown as string;
        const text =
          form === 'json' ? JSON.stringify(m, null, 2) : stringify(m, form === 'yaml-flow' ? { collectionStyle: 'flow', lineWidth: 60 } : {});
        const findings = validateParsedMatrix(parseMatrixText(text, { json: form === 'json' }));
        // (yaml.stringify writes the date unquoted: an unquoted-date warning, not counted here.)
        expect(findings.filter((f) => f.fatal).map((f) => [f.ruleId, f.line, f.column])).toEqual([['wrong-type', ...placeOf(text, '987654321')]]);
      }),
      { numRuns: 150, seed: 20231010 },
    );
  });
});
