import type { ErrorObject } from 'ajv';
import type { VFileMessage } from 'vfile-message';
import type { Bilingual, Lang } from '../i18n.js';
import { dueFromText } from './due-date.js';
import { finding } from './finding.js';
import type { Locator, PathSegment } from './locate.js';

/**
 * Turns ajv's errors (all errors mode) into findings at their place in the original text, one per problem:
 * the noise of `oneOf` alternatives (`must be null`, `must match exactly one schema`) is dropped when a more
 * precise error stands at the same path. Rule ids: `missing-key`, `unknown-key`, `wrong-type`, `wrong-value`,
 * `id-grammar`, `date-format`, `invalid-date`, `unit-name`.
 * @param root what the root value is called in messages (`the matrix`, `the configuration`).
 * @param lang language of the messages (default English); ajv's own wording, for rare keywords, stays English.
 * @param value the value checked: when given, a path into a list of tasks, outline items or units also names the
 *   element by its id or name (`tasks[8].lead (task 2.3)`), which a clerk finds in the file faster than an index.
 */
export function schemaFindings(errors: readonly ErrorObject[], locate: Locator, file: string, root = 'the matrix', lang: Lang = 'en', value?: unknown): VFileMessage[] {
  const label = (path: readonly PathSegment[]) => pathLabel(path, lang === 'zh' ? (ROOT_ZH[root] ?? root) : root) + elementName(value, path, lang);
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
        out.push(finding(unknownKeyReason(error, name, label(path))[lang], locate([...path, name], 'key'), rule, 'error', file));
      } else if (rule === 'missing-key') {
        const keys = kept.filter((e) => e.keyword === 'required').map((e) => `"${String(e.params.missingProperty)}"`);
        // A file's version key has one value to write (a second fresh user's registry without it had been told to write
        // `[]` or `null`).
        const version = keys.length === 1 && /^"(?:schemaVersion|registryVersion)"$/.test(keys[0]) ? keys[0].slice(1, -1) : null;
        const reason = version
          ? { en: `${label(path)} has no "${version}": add \`${version}: 1\` as its first line`, zh: `${label(path)} 缺少 "${version}"：请在第一行加上“${version}: 1”` }
          : {
          // (`null` only where the schema allows it: a list with nothing in it is `[]`, a fresh user's find.)
          en: `${label(path)} has no ${keys.join(', ')}: add ${keys.length > 1 ? 'these keys' : 'the key'} (when there is nothing to say, [] for a list, null for a text or a date)`,
          zh: `${label(path)} 缺少 ${keys.join('、')}：请添加${keys.length > 1 ? '这些键' : '该键'}（没有内容时，列表写 []，文字或日期写 null）`,
        };
        out.push(finding(reason[lang], locate(path), rule, 'error', file));
      } else {
        out.push(finding(reasonOf(error, rule, label(path), nullAllowed, root)[lang], locate(path), rule, 'error', file));
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

/** The lists whose elements a finding names, by the key that holds the list: what the element is called, and its field. */
const NAMED_ELEMENTS: Record<string, { en: string; zh: string; field: string }> = {
  tasks: { en: 'task', zh: '任务', field: 'id' },
  outline: { en: 'item', zh: '条目', field: 'id' },
  children: { en: 'item', zh: '条目', field: 'id' },
  units: { en: 'unit', zh: '单位', field: 'name' },
};

/**
 * ` (task 2.3)`: the deepest element along `path` in `value` that is one of {@link NAMED_ELEMENTS}' lists and has a
 * text id or name; empty when there is none (no value given, an id that is no text, or a finding on the id itself).
 */
function elementName(value: unknown, path: readonly PathSegment[], lang: Lang): string {
  let found = '';
  let at = value;
  for (let k = 0; k < path.length && at !== null && typeof at === 'object'; k++) {
    const next: unknown = (at as Record<string | number, unknown>)[path[k]];
    const kind = typeof path[k] === 'number' && k > 0 ? NAMED_ELEMENTS[String(path[k - 1])] : undefined;
    // (Not when the id or name itself is what the finding is about: `units[0].name "县 科协"` shows it already.)
    if (kind && next !== null && typeof next === 'object' && path[k + 1] !== kind.field) {
      const name = (next as Record<string, unknown>)[kind.field];
      if (typeof name === 'string' && name.trim() !== '') found = lang === 'zh' ? `（${kind.zh} ${name}）` : ` (${kind.en} ${name})`;
    }
    at = next;
  }
  return found;
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
      // `unit` of the matrix schema, `name` of the unit registry's (schemas/units.schema.json).
      if (def === 'unit' || def === 'name') return 'unit-name';
      return 'wrong-value';
    default:
      return 'wrong-value';
  }
}

function reasonOf(error: ErrorObject, rule: string, where: string, nullAllowed: boolean, root: string): Bilingual {
  const value = JSON.stringify(error.data);
  switch (rule) {
    case 'wrong-type': {
      const keys = EMPTY_ROOT_KEYS[root];
      if (error.instancePath === '' && error.data === null && keys) {
        return { en: `${where} is empty: write a mapping with ${keys.en}`, zh: `${where}为空：请写出包含 ${keys.zh} 的映射` };
      }
      // A deadline typed as its words alone (`deadline: 长期`, `deadline: 2025年6月底前`: a fresh user's hand edits, told
      // only that a string is not a mapping): the mapping to write instead.
      if (typeof error.data === 'string' && /\/deadline$/.test(error.instancePath)) {
        const text = error.data;
        const due = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : (dueFromText(text) ?? null);
        const mapping = `{ text: ${JSON.stringify(text)}, due: ${due === null ? 'null' : JSON.stringify(due)} }`;
        return { en: `${where} is the text ${value} alone: a deadline is written with its text and its last day, deadline: ${mapping}${due === null ? '' : ' (check the day)'}`, zh: `${where} 只写了文字 ${value}：完成时限应同时写出文字和截止日期，如 deadline: ${mapping}${due === null ? '' : '（请核对日期）'}` };
      }
      const types = String(error.params.type).split(',');
      const expected = `${types.join(' or ')}${nullAllowed ? ' or null' : ''}`;
      const expectedZh = [...types, ...(nullAllowed ? ['null'] : [])].map((t) => TYPE_ZH[t] ?? t).join('或');
      return { en: `${where} is ${typeName(error.data)}, expected ${expected}: correct the value`, zh: `${where} 是${typeNameZh(error.data)}，应为${expectedZh}：请改正` };
    }
    case 'id-grammar':
      return { en: `${where} ${value} is not a valid id: write dotted numbers (2.2.3, 72), <item id>#k or #k, optionally with a -2, -3… repeat suffix`, zh: `${where} ${value} 不是有效的编号：应写点分数字（2.2.3、72）、<条目编号>#k 或 #k，可带 -2、-3… 重复后缀` };
    case 'date-format':
      return { en: `${where} ${value} is not a date of the form YYYY-MM-DD: write it like "2024-12-31"`, zh: `${where} ${value} 不是 YYYY-MM-DD 格式的日期：应写成 "2024-12-31" 这样` };
    case 'invalid-date':
      return { en: `${where} ${value} is not a real date: correct the month or the day`, zh: `${where} ${value} 不是真实存在的日期：请改正月或日` };
    case 'unit-name':
      return { en: `${where} ${value} is not a unit name: remove the white space, control, zero-width or direction-mark characters inside it (an empty name is not allowed)`, zh: `${where} ${value} 不是单位名称：请删除其中的空白、控制字符、零宽字符或文字方向符（名称不能为空）` };
    default: {
      if (error.keyword === 'enum') {
        const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
        return { en: `${where} must be one of ${allowed.join(', ')}, not ${value}: correct the value`, zh: `${where} 应为 ${allowed.join('、')} 之一，而不是 ${value}：请改正` };
      }
      // A list that names one thing twice (`aliases: [县科学技术协会, 县科学技术协会]`): which, rather than ajv's item numbers.
      if (error.keyword === 'uniqueItems' && Array.isArray(error.data)) {
        const twice = JSON.stringify(error.data[Number(error.params.j)]);
        return { en: `${where} lists ${twice} twice: remove one`, zh: `${where} 两次列出 ${twice}：请删除一个` };
      }
      // ajv's words for the commonest hand edits, in the clerk's terms and in both languages.
      if (error.keyword === 'minLength' && error.data === '') return { en: `${where} is empty: write it, or null where the format allows`, zh: `${where} 为空：请填写内容（格式允许时可写 null）` };
      if (error.keyword === 'minimum') return { en: `${where} must be ${String(error.params.limit)} or more, not ${value}: correct the number`, zh: `${where} 应不小于 ${String(error.params.limit)}，而不是 ${value}：请改正数字` };
      if (error.keyword === 'pattern' && /\/sha256$/.test(error.instancePath)) return { en: `${where} ${value} is not a SHA-256: write its 64 lower-case hexadecimal digits, or leave source out`, zh: `${where} ${value} 不是 SHA-256 值：应为 64 位小写十六进制数字，或删去 source` };
      const allowed = JSON.stringify(error.params.allowedValue);
      if (error.keyword === 'const') return { en: `${where} must be ${allowed}, not ${value}: correct the value`, zh: `${where} 应为 ${allowed}，而不是 ${value}：请改正` };
      const en = `${where} ${error.message ?? 'is not allowed'}${error.data === undefined ? '' : ` (found ${value})`}`;
      return { en: `${en}: correct the value`, zh: `${en}：请改正` };
    }
  }
}

function unknownKeyReason(error: ErrorObject, name: string, where: string): Bilingual {
  const properties = (error.parentSchema as { properties?: object } | undefined)?.properties;
  const allowed = properties ? Object.keys(properties) : [];
  return {
    en: `"${name}" is not a key of ${where}: remove it or correct its spelling${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}`,
    zh: `"${name}" 不是 ${where} 的键：请删除或改正拼写${allowed.length > 0 ? `（可用：${allowed.join('、')}）` : ''}`,
  };
}

/** What an empty file of each kind should hold, for its message. */
const EMPTY_ROOT_KEYS: Record<string, Bilingual> = {
  'the matrix': { en: 'schemaVersion, document, outline and tasks', zh: 'schemaVersion、document、outline、tasks' },
  'the registry': { en: 'registryVersion: 1 and units', zh: 'registryVersion: 1 和 units' },
};

const ROOT_ZH: Record<string, string> = { 'the matrix': '矩阵', 'the configuration': '配置文件', 'the registry': '单位名录' };
const TYPE_ZH: Record<string, string> = { string: '字符串', integer: '整数', number: '数字', boolean: '布尔值', array: '列表', object: '映射', null: 'null' };

function typeNameZh(value: unknown): string {
  if (value === null) return ' null';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '映射';
  return `${TYPE_ZH[typeof value] ?? typeof value} ${shown(value)}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} ${shown(value)}`;
}

/** A value as JSON, cut at 40 characters: a whole notice given where a matrix belongs must not fill the screen. */
function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 42 ? `${json.slice(0, 40)}…"` : json;
}
