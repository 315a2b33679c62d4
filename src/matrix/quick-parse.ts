import { load } from 'js-yaml';

/**
 * The fast path of reading a matrix: js-yaml, several times faster than the position-keeping `yaml` package on
 * seed-size matrices (about 2 ms against 15 ms a file, measured on lezhi-2023-61.matrix.yaml), but without
 * positions. It vouches only for text it can read plainly; everything else returns undefined, and the caller
 * reads the text again with {@link parseMatrixText}, which says what is wrong and where:
 *
 * - any anchor or alias (`&a`, `*a`): js-yaml shares aliased nodes, so a "billion laughs" file would be cheap to
 *   load but explode in the schema check; the slow path caps the expansion;
 * - duplicate keys (js-yaml throws), several documents, a syntax error; for `.json`, anything `JSON.parse` refuses;
 * - a value that is not plain data: a Date (an unquoted `2024-03-15`, which must be warned about), a Buffer
 *   (`!!binary`), and the like.
 *
 * @returns the parsed value, or undefined when the slow path must decide.
 */
export function quickParse(text: string, options: { json?: boolean } = {}): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (ANCHOR_OR_ALIAS.test(body)) return undefined;
  let value: unknown;
  try {
    if (options.json) JSON.parse(body);
    value = load(body);
  } catch {
    return undefined;
  }
  return value !== undefined && isPlainData(value) ? value : undefined;
}

// `&name` or `*name` where YAML allows one: after a line start, a space, `[`, `{`, `,` or `-`. A `&` inside text
// that only looks like this sends the file down the slow path, which is merely slower.
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s[\]{},]/m;

function isPlainData(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (Array.isArray(value)) return value.every(isPlainData);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!isPlainData((value as Record<string, unknown>)[key])) return false;
  return true;
}
