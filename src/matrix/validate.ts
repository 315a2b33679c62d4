import type { VFileMessage } from 'vfile-message';
import { byPlace, finding } from './finding.js';
import { documentKind, parseMatrixText, type ParsedMatrix } from './parse.js';
import { quickParse } from './quick-parse.js';
import { readMatrixText, type ReadMatrixOptions } from './read.js';
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
  // A unit registry among the matrices (`units.yaml` kept beside them) is named as what it is, in one finding, not
  // as a matrix with every key wrong (a fresh user's CI job: four errors on it).
  if (documentKind(parsed.value) === 'registry') {
    const reason = options.lang === 'zh' ? '这是单位名录（registryVersion），不是矩阵：请用 --units 指定它，或把它移出矩阵所在的文件夹' : 'this is a unit registry (registryVersion), not a matrix: give it with --units, or keep it out of the matrices';
    return [...parsed.messages, finding(reason, { line: 1, column: 1 }, 'not-a-matrix', 'error', parsed.file)].sort(byPlace);
  }
  const errors = checkMatrixSchema(parsed.value);
  const messages = [
    ...parsed.messages,
    ...(errors.length > 0 ? schemaFindings(errors, parsed.locate, parsed.file, 'the matrix', options.lang, parsed.value) : []),
    ...checkMatrixRules(parsed.value, parsed.locate, { ...options, file: parsed.file }),
  ];
  return messages.sort(byPlace);
}

/**
 * Every finding about one matrix file, the way `fengong validate` checks it: a fast parse first (js-yaml, see
 * {@link quickParse}); when that value passes the schema and every rule, the file is clean and done. Otherwise,
 * and whenever the fast parser cannot vouch for the text, the file is read again with positions and every
 * finding is placed. So only failing files pay for positions.
 * @returns the findings sorted by place, empty for a clean file.
 * @throws FengongError when the path cannot be read at all.
 */
export function validateMatrixFile(path: string, options: ValidateMatrixOptions & ReadMatrixOptions = {}): VFileMessage[] {
  const read = readMatrixText(path, options);
  if (!('text' in read)) return read.messages;
  const quick = quickParse(read.text, read);
  if (quick !== undefined && checkMatrixSchema(quick).length === 0 && checkMatrixRules(quick, noPlace, options).length === 0) return [];
  return validateParsedMatrix(parseMatrixText(read.text, { file: read.file, json: read.json, lang: options.lang }), options);
}

// The fast path only asks whether there is a finding; where it is does not matter.
const noPlace = () => ({ line: 1, column: 1 });
