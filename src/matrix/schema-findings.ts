import type { ErrorObject } from 'ajv';
import type { VFileMessage } from 'vfile-message';
import { finding } from './finding.js';
import type { Locator, PathSegment } from './locate.js';
import { matrixSchema } from './schema.js';

/**
 * Turns ajv's errors (all errors mode) into findings at their place in the original text, one per problem:
 * the noise of `oneOf` alternatives (`must be null`, `must match exactly one schema`) is dropped when a more
 * precise error stands at the same path. Rule ids: `missing-key`, `unknown-key`, `wrong-type`, `wrong-value`,
 * `id-grammar`, `date-format`, `invalid-date`, `unit-name`.
 */
export function schemaFindings(errors: readonly ErrorObject[], locate: Locator, file: string): VFileMessage[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const out: VFileMessage[] = [];
  for (const [instancePath, list] of byPath) {
    const path = pointerToPath(instancePath);
    const nullAllowed = list.some(isNullAlternative);
    const precise = list.filter((e) => e.keyword !== 'oneOf' && !isNullAlternative(e));
    const kept = precise.length > 0 ? precise : list;
    const seen = new Set<string>();
    for (const error of kept) {
      const rule = ruleOf(error);
      // One finding per rule and path (a bad date fails both its pattern and its format), but every missing or unknown key.
      const key = `${rule}:${String(error.params.missingProperty ?? error.params.additionalProperty ?? '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (rule === 'unknown-key') {
        const name = String(error.params.additionalProperty);
        out.push(finding(unknownKeyReason(error, name, path), locate([...path, name], 'key'), rule, 'error', file));
      } else {
        out.push(finding(reasonOf(error, rule, path, nullAllowed), locate(path), rule, 'error', file));
      }
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A JSON pointer (`/tasks/0/id`) as path segments; `~1` and `~0` unescaped. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** A path for people: `tasks[3].deadline.due`; `the matrix` for the root. */
export function pathLabel(path: readonly PathSegment[]): string {
  let label = '';
  for (const segment of path) label += typeof segment === 'number' ? `[${segment}]` : `${label ? '.' : ''}${segment}`;
  return label || 'the matrix';
}

function isNullAlternative(error: ErrorObject): boolean {
  return error.keyword === 'type' && error.params.type === 'null' && /\/oneOf\/\d+\/type$/.test(error.schemaPath);
}

function ruleOf(error: ErrorObject): string {
  const def = /^#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
  switch (error.keyword) {
    case 'required':
      return 'missing-key';
    case 'additionalProperties':
      return 'unknown-key';
    case 'type':
      return 'wrong-type';
    case 'format':
      return 'invalid-date';
    case 'pattern':
    case 'minLength':
      if (def === 'id') return 'id-grammar';
      if (def === 'isoDate') return 'date-format';
      if (def === 'unit') return 'unit-name';
      return 'wrong-value';
    default:
      return 'wrong-value';
  }
}

function reasonOf(error: ErrorObject, rule: string, path: readonly PathSegment[], nullAllowed: boolean): string {
  const where = pathLabel(path);
  const value = JSON.stringify(error.data);
  switch (rule) {
    case 'missing-key':
      return `${where} has no key "${String(error.params.missingProperty)}": add it (null or [] when there is nothing to say)`;
    case 'wrong-type': {
      const expected = `${String(error.params.type).replace(/,/g, ' or ')}${nullAllowed ? ' or null' : ''}`;
      return `${where} is ${typeName(error.data)}, expected ${expected}: write it as ${expected === 'string' ? 'a quoted string' : expected}`;
    }
    case 'id-grammar':
      return `${where} ${value} is not a valid id: write dotted numbers (2.2.3, 72), <item id>#k or #k, optionally with a -2, -3… repeat suffix`;
    case 'date-format':
      return `${where} ${value} is not a date of the form YYYY-MM-DD: write it like "2024-12-31"`;
    case 'invalid-date':
      return `${where} ${value} is not a real date: correct the month or the day`;
    case 'unit-name':
      return `${where} ${value} is not a unit name: remove the white space inside it (an empty name is not allowed)`;
    default:
      if (error.keyword === 'const') return `${where} must be ${JSON.stringify(error.params.allowedValue)}, not ${value}: correct the value`;
      return `${where} ${error.message ?? 'is not allowed'}${error.data === undefined ? '' : ` (found ${value})`}: correct the value`;
  }
}

function unknownKeyReason(error: ErrorObject, name: string, path: readonly PathSegment[]): string {
  const allowed = allowedKeys(error.schemaPath);
  const list = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
  return `"${name}" is not a key of ${pathLabel(path)}: remove it or correct its spelling${list}`;
}

/** The property names the schema allows where `additionalProperties` failed (`#/$defs/task/additionalProperties`). */
function allowedKeys(schemaPath: string): string[] {
  let node: unknown = matrixSchema();
  for (const segment of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  const properties = node && typeof node === 'object' ? (node as { properties?: object }).properties : undefined;
  return properties ? Object.keys(properties) : [];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} ${JSON.stringify(value)}`;
}
