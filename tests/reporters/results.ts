import { finding } from '../../src/matrix/finding.js';
import type { FileResult } from '../../src/cli/reporters/index.js';

/** Findings of two files, one clean: CJK text, an astral character, characters that need escaping in every format. */
export function sampleResults(): FileResult[] {
  const a = 'matrices/县/a.yaml';
  return [
    {
      file: a,
      messages: [
        finding('县教体局 is both lead and responsible in task "2.1": keep it in lead only', { line: 9, column: 19 }, 'lead-and-responsible', 'error', a),
        finding('2024-03-15 is an unquoted date: write "2024-03-15"', { line: 12, column: 9 }, 'unquoted-date', 'warning', a),
        finding('<&> 100%, a:b\nnext', { line: 104, column: 3 }, 'wrong-value', 'error', a),
      ],
    },
    { file: 'b.json', messages: [] },
  ];
}
