import { Document, isScalar, visit, Scalar } from 'yaml';
import type { Matrix } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Writes a matrix as YAML or JSON, fields in the format's order. In YAML, date strings are double-quoted
 * (`"2023-10-10"`) so that YAML 1.1 readers (js-yaml, PyYAML) read them as strings too; ids that look like
 * numbers (`"2.1"`, `"72"`) are quoted by the writer. Ends with a newline.
 */
export function stringifyMatrix(matrix: Matrix, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(matrix, null, 2)}\n`;
  const doc = new Document(matrix);
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && DATE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
