import { Document, isScalar, isSeq, visit, Scalar } from 'yaml';
import type { Matrix } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Lists written on one line (`lead: [县教体局, 县科协]`), as the format shows them: short, and easy to diff. */
const FLOW = new Set(['lead', 'responsible', 'support', 'recipients', 'path', 'leaders']);

/**
 * Writes a matrix as YAML or JSON, fields in the format's order. In YAML, date strings are double-quoted
 * (`"2023-10-10"`) so that YAML 1.1 readers (js-yaml, PyYAML) read them as strings too; ids that look like
 * numbers (`"2.1"`, `"72"`) are quoted by the writer; unit lists and paths are written on one line. Ends with a
 * newline.
 */
export function stringifyMatrix(matrix: Matrix, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(matrix, null, 2)}\n`;
  const doc = new Document(matrix);
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && FLOW.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && DATE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
