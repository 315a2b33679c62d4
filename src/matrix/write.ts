import type { Matrix } from './types.js';

/** Lists written on one line (`lead: [县教体局, 县科协]`), as the format shows them: short, and easy to diff. */
const FLOW = new Set(['lead', 'responsible', 'support', 'recipients', 'path', 'leaders']);

/**
 * Writes a matrix as YAML or JSON, fields in the order of the object (the format's order for a parsed matrix).
 *
 * The YAML is written here rather than through the `yaml` package, whose Document model costs more to load and run
 * than compiling a seed-size notice does (issue "Fast at every size": start-up). It writes only what a matrix holds
 * (mappings, sequences, strings, numbers, booleans, null), in one style: block mappings and sequences, unit lists
 * in flow style, multi-line text as a literal block (`|-`), and every string that a YAML 1.1 or 1.2 reader could
 * take for something else (a date, a number, `yes`, `null`) or that holds a character with a meaning in YAML
 * double-quoted, as JSON writes it (a JSON string is a YAML double-quoted scalar). So dates are `"2023-10-10"` and
 * ids `"2.2.3"`, read as strings by js-yaml and PyYAML too. The tests read every output back with the `yaml`
 * package (1.2 and 1.1) and compare. Ends with a newline.
 */
export function stringifyMatrix(matrix: Matrix, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(matrix, null, 2)}\n`;
  const out: string[] = [];
  writeMapping(matrix as unknown as Record<string, unknown>, 0, out);
  return `${out.join('\n')}\n`;
}

type Value = unknown;

function writeMapping(map: Record<string, Value>, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const head = `${pad}${key}:`;
    if (Array.isArray(value)) {
      if (!value.length) out.push(`${head} []`);
      else if (FLOW.has(key) && value.every((v) => typeof v === 'string')) out.push(`${head} [${value.map((v) => scalar(v, true)).join(', ')}]`);
      else {
        out.push(head);
        writeSequence(value, indent + 2, out);
      }
    } else if (isObject(value)) {
      if (!Object.keys(value).length) out.push(`${head} {}`);
      else {
        out.push(head);
        writeMapping(value, indent + 2, out);
      }
    } else if (typeof value === 'string' && isBlockText(value)) {
      out.push(`${head} |-`);
      const inner = ' '.repeat(indent + 2);
      for (const line of value.split('\n')) out.push(line ? inner + line : '');
    } else out.push(`${head} ${scalar(value, false)}`);
  }
}

function writeSequence(list: Value[], indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of list) {
    if (isObject(item) && Object.keys(item).length) {
      // `- key: value` then the other keys under it, two columns in.
      const start = out.length;
      writeMapping(item, indent + 2, out);
      out[start] = `${pad}- ${out[start].slice(indent + 2)}`;
    } else if (Array.isArray(item) && item.length) {
      out.push(`${pad}-`);
      writeSequence(item, indent + 2, out);
    } else if (typeof item === 'string' && isBlockText(item)) {
      out.push(`${pad}- |-`);
      for (const line of item.split('\n')) out.push(line ? `${pad}  ${line}` : '');
    } else out.push(`${pad}- ${Array.isArray(item) ? '[]' : isObject(item) ? '{}' : scalar(item, false)}`);
  }
}

function isObject(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Multi-line text that a literal block keeps exactly: no tab, no CR, no white space at its ends or lines' starts. */
function isBlockText(s: string): boolean {
  return s.includes('\n') && !/[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]|^\s|\s$|\n[ \n]*$|\n /.test(s);
}

// What a plain scalar may not be or hold: a first character with a meaning in YAML, `: ` or ` #`, control and
// break characters, and any value a YAML 1.1 or 1.2 reader resolves to something else than a string.
const PLAIN_FIRST = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_ANY = /: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\s$/;
const RESOLVES = /^(?:~|null|true|false|y|yes|n|no|on|off|=|<<)$|^[-+]?[.0-9]|^e[-+]?[0-9]/i;
const FLOW_ANY = /[,[\]{}]/;

function scalar(value: Value, flow: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  if (s === '' || PLAIN_FIRST.test(s) || PLAIN_ANY.test(s) || RESOLVES.test(s) || (flow && FLOW_ANY.test(s))) return quote(s);
  return s;
}

/** A double-quoted scalar: JSON's escapes, plus the characters YAML 1.1 readers take for line breaks. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
