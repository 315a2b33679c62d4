/**
 * Every rule id `fengong validate` reports, with a one-line description (for SARIF's rule list and the README).
 * Ids are kebab-case and stable: tools filter on them.
 */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  // Reading the file (src/matrix/read.ts, parse.ts)
  'file-too-large': 'The file is larger than the size limit (--max-size, maxSize; default 50 MB).',
  encoding: 'The file is not UTF-8 text.',
  'yaml-syntax': 'The text is not valid YAML.',
  'json-syntax': 'A .json file is not valid JSON.',
  'duplicate-key': 'A key appears twice in one mapping.',
  'alias-limit': 'Too many YAML alias expansions (a "billion laughs" file).',
  'unquoted-date': 'A date written as a plain YAML scalar, which YAML 1.1 readers turn into a timestamp (warning).',
  // The schema (schemas/matrix.schema.json, src/matrix/schema-findings.ts)
  'not-a-matrix': 'The file is a unit registry (registryVersion), not a matrix: give it with --units.',
  'missing-key': 'A key the format requires is missing.',
  'unknown-key': 'A key the format does not have.',
  'wrong-type': 'A value of the wrong type (a number where a string is expected, …).',
  'wrong-value': 'A value the schema does not allow (schemaVersion other than 1, a line below 1, …).',
  'id-grammar': 'An id outside the grammar 2.2.3 · 3#1 · #1 · 2.2.12-2.',
  'date-format': 'A date not written YYYY-MM-DD.',
  'invalid-date': 'A YYYY-MM-DD date that does not exist (2023-02-29).',
  'unit-name': 'A unit name that is empty or holds white space, a control, a zero-width or a direction-mark character.',
  // The format's rules (src/matrix/rules.ts)
  'duplicate-id': 'An id used twice among the outline items, or among the tasks.',
  'unknown-item': 'A task id that names no outline item.',
  'no-unit': 'A task with no lead, responsible or support unit.',
  'repeated-unit': 'A unit listed twice in one task (with `--units`, also under two names the registry makes one: a warning).',
  'lead-and-responsible': 'A unit that is both lead and responsible in one task.',
  'unit-is-time': 'A unit name that is a time (2024年12月底, 持续推进): a deadline read into a unit list.',
  'joined-units': 'A unit name with a list separator (，、；) outside its brackets, or that reads as two names joined by 和 or 与 (县医保局和县市场监管局): two units typed as one.',
  'deadline-due': 'deadline.due disagrees with the date deadline.text names.',
  'unknown-unit': 'A unit that is not in the unit registry (with --units).',
};

/**
 * The ids a run reports beside the findings of a file's check (src/cli/validate.ts): a path it could not read, a folder's
 * documents of a kind it does not read, a mistake in the `--units` registry. For SARIF's rule list.
 */
export const RUN_RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'unreadable-file': 'A path that could not be read: no such file, a directory, no permission, a notice given for a matrix.',
  'skipped-documents': 'A folder or pattern held documents of a kind fengong does not read (.pdf, .doc): not checked.',
  'bad-registry': 'The --units registry names a unit twice, gives one name to two units, or has collectives that contain each other.',
};
