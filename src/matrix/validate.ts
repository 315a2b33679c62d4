import type { VFileMessage } from 'vfile-message';
import { byPlace } from './finding.js';
import type { ParsedMatrix } from './parse.js';
import { checkMatrixRules, type MatrixRulesOptions } from './rules.js';
import { checkMatrixSchema } from './schema.js';
import { schemaFindings } from './schema-findings.js';

/** Options of {@link validateParsedMatrix}: those of the semantic rules (a unit registry's lookup). */
export type ValidateMatrixOptions = Omit<MatrixRulesOptions, 'file'>;

/**
 * Every finding about one parsed matrix: the parse's own (syntax, duplicate keys, unquoted dates), the schema's,
 * and the semantic rules'. A file that could not be parsed gets its parse findings only.
 * @returns the findings sorted by line and column (1-based, in the original text).
 */
export function validateParsedMatrix(parsed: ParsedMatrix, options: ValidateMatrixOptions = {}): VFileMessage[] {
  if (parsed.value === undefined) return parsed.messages;
  const errors = checkMatrixSchema(parsed.value);
  const messages = [
    ...parsed.messages,
    ...(errors.length > 0 ? schemaFindings(errors, parsed.locate, parsed.file) : []),
    ...checkMatrixRules(parsed.value, parsed.locate, { ...options, file: parsed.file }),
  ];
  return messages.sort(byPlace);
}
