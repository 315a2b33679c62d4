import type { ErrorObject } from 'ajv';
import type { VFileMessage } from 'vfile-message';
import { finding } from './finding.js';
import type { Locator, PathSegment } from './locate.js';

/**
 * Turns ajv's errors (all errors mode) into findings at their place in the original text, one per problem:
 * the noise of `oneOf` alternatives (`must be null`, `must match exactly one schema`) is dropped when a more
 * precise error stands at the same path. Rule ids: `missing-key`, `unknown-key`, `wrong-type`, `wrong-value`,
 * `id-grammar`, `date-format`, `invalid-date`, `unit-name`.
 * @param root what the root value is called in messages (`the matrix`, `the configuration`).
 */
export function schemaFindings(errors: readonly ErrorObject[], locate: Locator, file: string, root = 'the matrix'): VFileMessage[] {
  const label = (path: readonly PathSegment[]) => pathLabel(path, root);
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
    let kept = precise.length > 0 ? precise : list;
    // "2024-6-30" fails both the pattern and the format of a date: the pattern says more.
    if (kept.some((e) => e.keyword === 'pattern')) kept = kept.filter((e) => e.keyword !== 'format');
    const seen = new Set<string>();
    for (const error of kept) {
      const rule = ruleOf(error);
      // One finding per rule and path (all missing keys of an object in one), but one per unknown key.
      const key = `${rule}:${String(error.params.additionalProperty ?? '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (rule === 'unknown-key') {
        const name = String(error.params.additionalProperty);
        out.push(finding(unknownKeyReason(error, name, label(path)), locate([...path, name], 'key'), rule, 'error', file));
      } else if (rule === 'missing-key') {
        const keys = kept.filter((e) => e.keyword === 'required').map((e) => `"${String(e.params.missingProperty)}"`);
        const reason = `${label(path)} has no ${keys.join(', ')}: add ${keys.length > 1 ? 'these keys' : 'the key'} (null or [] when there is nothing to say)`;
        out.push(finding(reason, locate(path), rule, 'error', file));
      } else {
        out.push(finding(reasonOf(error, rule, label(path), nullAllowed), locate(path), rule, 'error', file));
      }
    }
  }
  return out;
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

/** A path for people: `tasks[3].deadline.due`; `root` (default `the matrix`) for the root itself. */
export function pathLabel(path: readonly PathSegment[], root = 'the matrix'): string {
  let label = '';
  for (const segment of path) label += typeof segment === 'number' ? `[${segment}]` : `${label ? '.' : ''}${segment}`;
  return label || root;
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

function reasonOf(error: ErrorObject, rule: string, where: string, nullAllowed: boolean): string {
  const value = JSON.stringify(error.data);
  switch (rule) {
    case 'wrong-type': {
      if (error.instancePath === '' && error.data === null) {
        return `${where} is empty: write a mapping with schemaVersion, document, outline and tasks`;
      }
      const expected = `${String(error.params.type).replace(/,/g, ' or ')}${nullAllowed ? ' or null' : ''}`;
      return `${where} is ${typeName(error.data)}, expected ${expected}: correct the value`;
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
      if (error.keyword === 'enum') {
        const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
        return `${where} must be one of ${allowed}, not ${value}: correct the value`;
      }
      if (error.keyword === 'const') return `${where} must be ${JSON.stringify(error.params.allowedValue)}, not ${value}: correct the value`;
      return `${where} ${error.message ?? 'is not allowed'}${error.data === undefined ? '' : ` (found ${value})`}: correct the value`;
  }
}

function unknownKeyReason(error: ErrorObject, name: string, where: string): string {
  const properties = (error.parentSchema as { properties?: object } | undefined)?.properties;
  const allowed = properties ? Object.keys(properties) : [];
  const list = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
  return `"${name}" is not a key of ${where}: remove it or correct its spelling${list}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} ${JSON.stringify(value)}`;
}
