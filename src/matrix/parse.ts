import { createRequire } from 'node:module';
import type { Document, YAMLError } from 'yaml';
import type { VFileMessage } from 'vfile-message';
import type { Lang } from '../i18n.js';
import { finding, type Place } from './finding.js';
import { createLocator, placeFinder, type Locator } from './locate.js';
import { yamlModule } from './yaml-module.js';

/** The result of reading a matrix's text: the value (undefined when the text could not be parsed) and findings. */
export interface ParsedMatrix {
  /** The file as named by the caller, used in every finding. */
  file: string;
  /** The parsed value, not yet checked against the schema; undefined when the text is not valid YAML/JSON. */
  value: unknown;
  /** Findings of the parse: `yaml-syntax`, `json-syntax`, `duplicate-key`, `alias-limit`, `unquoted-date`, … */
  messages: VFileMessage[];
  /** Finds a path's place in the original text (1-based line and column). */
  locate: Locator;
}

/** Options of {@link parseMatrixText}. */
export interface ParseMatrixOptions {
  /** The file's name, for findings; `<input>` when not given. */
  file?: string;
  /** Parse as strict JSON (a `.json` file): YAML-only syntax such as trailing commas or comments is an error. */
  json?: boolean;
  /** Most alias expansions allowed before the file is refused as a "billion laughs" (default 100). */
  maxAliasCount?: number;
  /** Language of the findings (default English); the yaml package's own wording of a syntax error stays English. */
  lang?: Lang;
}

/** A plain scalar that YAML 1.1 readers (js-yaml, PyYAML) turn into a timestamp (YAML 1.1 `!!timestamp`). */
const YAML11_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]|$)/;

/**
 * Parses the text of a YAML or JSON matrix, keeping every node's place in `text`. Untrusted input is safe:
 * duplicate keys are findings, alias expansion is capped, `__proto__` and `constructor` keys become plain own
 * properties (the yaml package defines them, never assigns them), a leading BOM is skipped.
 * Never throws for bad text: a syntax error is a `yaml-syntax` (or `json-syntax`) finding at its place.
 */
export function parseMatrixText(text: string, options: ParseMatrixOptions = {}): ParsedMatrix {
  const file = options.file ?? '<input>';
  const zh = options.lang === 'zh';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const messages: VFileMessage[] = [];
  const place = placeFinder(body);
  const failed = (locate: Locator): ParsedMatrix => ({ file, value: undefined, messages, locate });

  if (options.json) {
    const error = jsonError(body);
    if (error) {
      messages.push(finding(zh ? `不是有效的 JSON：${error.reason}；请改正 JSON 语法` : `not valid JSON: ${error.reason}; fix the JSON syntax`, place(error.offset), 'json-syntax', 'error', file));
      return failed(() => place(0));
    }
  }
  const doc = yamlModule().parseDocument(body, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const locate = createLocator(doc, body);
  // Every duplicate key is a finding of its own; of syntax errors only the first, as the rest mostly follow from it.
  const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  // A task whose `- ` went missing repeats the keys of the task above it, `id` first: one finding at its `id`, not
  // one per key, each advising to delete it (a fresh user's: ten findings whose advice would have lost the task).
  let lostDash: { error: YAMLError; keys: number } | null = null;
  const flush = () => {
    if (lostDash && lostDash.keys > 1) {
      messages.push(finding(zh ? `从此行的 id 起，各键重复了上一项任务的键：是否漏掉了这项任务 id 前的“- ”？` : `the keys from this \`id:\` on repeat those of the task above: did the \`- \` before this task's \`id:\` go missing?`, place(lostDash.error.pos[0]), 'duplicate-key', 'error', file));
    } else if (lostDash) messages.push(syntaxFinding(lostDash.error, body, place, file, zh, options.json === true));
    lostDash = null;
  };
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY' && !options.json && /^id[ \t]*:/.test(body.slice(error.pos[0]))) {
      flush();
      lostDash = { error, keys: 1 };
      continue;
    }
    if (error.code === 'DUPLICATE_KEY' && lostDash) {
      lostDash.keys++;
      continue;
    }
    flush();
    if (error === syntax || error.code === 'DUPLICATE_KEY') messages.push(syntaxFinding(error, body, place, file, zh, options.json === true));
  }
  flush();
  for (const warning of doc.warnings) {
    messages.push(finding(`${firstLine(warning.message)}${zh ? '；请改正 YAML' : '; fix the YAML'}`, place(warning.pos[0]), 'yaml-syntax', 'warning', file));
  }
  if (doc.errors.length > 0) return failed(locate);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const reason = zh ? '别名展开过多（“billion laughs”文件？）：请直接写出各值，不要重复使用 *别名' : 'too many aliases (a "billion laughs" file?): write the values out instead of repeating *aliases';
    messages.push(finding(reason, place(firstAliasOffset(doc)), 'alias-limit', 'error', file));
    return failed(locate);
  }
  findUnquotedDates(doc.contents, (scalar, offset) => {
    const reason = zh
      ? `${scalar} 是没有加引号的日期：YAML 1.1 的读取程序（js-yaml、PyYAML）会把它读成时间戳；请写成 "${scalar}"`
      : `${scalar} is an unquoted date: YAML 1.1 readers (js-yaml, PyYAML) turn it into a timestamp; write "${scalar}"`;
    messages.push(finding(reason, place(offset), 'unquoted-date', 'warning', file));
  });
  return { file, value, messages, locate };
}

/**
 * The finding of a syntax error of the yaml package. In a `.json` file (`json`, valid JSON by then) the only one
 * possible is nesting too deep for the reader: said as such, under `json-syntax`, not as bad YAML.
 */
function syntaxFinding(error: YAMLError, text: string, place: (offset: number) => Place, file: string, zh: boolean, json: boolean): VFileMessage {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^:,{}\n]*[^:,{}\s])/.exec(text.slice(error.pos[0]))?.[0] ?? 'a key';
    return finding(zh ? `${key} 在同一映射中出现了两次：请删除其中一个` : `${key} appears twice in the same mapping: remove one of them`, place(error.pos[0]), 'duplicate-key', 'error', file);
  }
  // A key typed with the input method's full-width colon (`lead：[区交通运输局]`), the commonest slip of a hand edit in
  // Chinese: said as such, where it stands (the yaml package had said `Implicit keys need to be on a single line` or
  // `Nested mappings are not allowed in compact mappings`, a fresh user's).
  if (!json) {
    const at = fullWidthColonKey(text, errorOffset(error, text));
    if (at) {
      return finding(
        zh ? `“${at.key}：”用了全角冒号（：），YAML 的键后要用半角冒号（:）：请改为“${at.key}:”` : `\`${at.key}：\` has a full-width colon (：) where YAML needs \`:\` after a key: write \`${at.key}:\``,
        place(at.offset),
        'yaml-syntax',
        'error',
        file,
      );
    }
  }
  // (The yaml package's advice to its own users, `please use YAML.parseAllDocuments()`, is no help to a clerk: a fresh user's.)
  // The commonest slips of a hand edit in the clerk's words, in both languages (the package's own, `Tabs are not allowed
  // as indentation`, had stood in English in a Chinese report: a fresh user's).
  const code = error.code === 'BAD_INDENT' && /Flow sequence|Flow mapping/.test(error.message) ? 'UNCLOSED_FLOW' : error.code;
  const plain = json ? undefined : PLAIN_YAML_ERRORS[code];
  if (plain) {
    // Where to look: the `[` or `{` left open (the package points at the line after it), the key a line's spaces
    // put out of line (the package points at the line's start).
    let at = errorOffset(error, text);
    const open = code === 'UNCLOSED_FLOW' ? lastOpen(text.slice(0, at)) : -1;
    if (open >= 0) at = open;
    else if (code === 'BAD_INDENT') while (text[at] === ' ' || text[at] === '\t') at++;
    return finding(zh ? `不是有效的 YAML：${plain.zh}` : `not valid YAML: ${plain.en}`, place(at), 'yaml-syntax', 'error', file);
  }
  const detail =
    error.code === 'MULTIPLE_DOCS'
      ? zh ? `含有多个 YAML 文档（以 --- 分隔），矩阵只能是一个文档` : 'several YAML documents (parted by ---), where a matrix is one'
      : firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
  const kind = json ? 'JSON' : 'YAML';
  const reason = /call stack/i.test(detail)
    ? zh ? `${kind} 嵌套太深，无法读取；矩阵只嵌套几层，不会有几百层` : `${kind} nested too deeply to read; a matrix nests a few levels, not hundreds`
    : zh ? `不是有效的 ${kind}：${detail}；请改正语法` : `not valid ${kind}: ${detail}; fix the syntax`;
  return finding(reason, place(errorOffset(error, text)), json ? 'json-syntax' : 'yaml-syntax', 'error', file);
}

/** The yaml package's commonest syntax errors of a hand edit, said in a clerk's words (see syntaxFinding). */
const PLAIN_YAML_ERRORS: Record<string, { en: string; zh: string }> = {
  TAB_AS_INDENT: { en: 'a tab indents this line: YAML indents with spaces only; replace the tab with spaces', zh: '此行用了制表符（Tab）缩进：YAML 只能用空格缩进，请把 Tab 换成空格' },
  BAD_INDENT: { en: 'this line is not lined up with the keys around it: give the keys of one mapping the same number of spaces before them (did a `- ` go missing before a task?)', zh: '此行与同一层的键没有对齐：同一层的键前面要有相同数量的空格（是否漏掉了任务前的“- ”？）' },
  UNCLOSED_FLOW: { en: 'a list `[…]` or mapping `{…}` is not closed: add its `]` or `}` at the end of the line', zh: '列表“[…]”或映射“{…}”没有闭合：请在该行末尾补上“]”或“}”' },
  MISSING_CHAR: { en: 'a quote or a bracket is not closed: add its closing `"`, `\'`, `]` or `}`', zh: '引号或括号没有闭合：请补上对应的 "、\'、] 或 }' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a value holds `: ` (a colon and a space), which YAML reads as a key: put the value in quotes', zh: '值中含有“: ”（冒号加空格），YAML 会把它当作键：请给该值加上引号' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key runs over two lines, or a value holds `: `: put the value in quotes, or join the key\'s line', zh: '键跨了两行，或值中含有“: ”：请给该值加上引号，或把键写在一行' },
  BAD_SCALAR_START: { en: 'a value starts with a character YAML keeps for itself (`@`, `` ` ``, `%`, `|`, `>`…): put the value in quotes', zh: '值以 YAML 保留的字符开头（@、`、%、|、> 等）：请给该值加上引号' },
};

/**
 * A key followed by a full-width colon (`  lead：[…]`, `- id：…`) on the error's line or up to three lines above it: the
 * key and the colon's offset, or null.
 */
function fullWidthColonKey(text: string, errorAt: number): { key: string; offset: number } | null {
  let lineStart = text.lastIndexOf('\n', Math.max(0, errorAt - 1)) + 1;
  for (let k = 0; k < 4 && lineStart >= 0; k++) {
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end < 0 ? text.length : end);
    const m = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9_]*)[ \t]*：/.exec(line);
    if (m) return { key: m[2], offset: lineStart + line.indexOf('：', m[1].length) };
    if (lineStart === 0) break;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return null;
}

/**
 * Where to point at for a syntax error. The yaml package puts an error about something left open (a flow sequence
 * or map without its `]` or `}`, a quote without its end) at the end of the text, on the line after the last one (a
 * fresh user's `title: [unclosed` on line 3 was reported at 4:1): the opener left open is what to fix, else the end of
 * the last line that holds anything.
 */
function errorOffset(error: YAMLError, text: string): number {
  const at = error.pos[0];
  const end = text.trimEnd().length;
  if (at < end) return at;
  const open = lastOpen(text);
  return open >= 0 ? open : Math.max(0, end - 1);
}

/** The last `[`, `{` or quote of a YAML text left open at its end, or -1 (comments and quoted text skipped). */
function lastOpen(text: string): number {
  const stack: number[] = [];
  let quote = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote >= 0) {
      if (c === '\\' && text[quote] === '"') i++;
      else if (c === text[quote]) quote = -1;
      continue;
    }
    // (A quote opens a scalar only where one starts: `title: 他说"好"` holds two quotes of its text.)
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = i;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    else if (c === '[' || c === '{') stack.push(i);
    else if ((c === ']' || c === '}') && stack.length) stack.pop();
  }
  return quote >= 0 ? quote : stack.length ? stack[stack.length - 1] : -1;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/**
 * Why and where JSON.parse stops, as an offset: V8's words, and its "… at position N" when it gives one; for an
 * unexpected token it quotes the text around it instead (`Unexpected token 'x', ..."b": x }" is not valid JSON`),
 * and the place is then the first error jsonc-parser (VS Code's JSON scanner, strict mode) finds.
 */
function jsonError(text: string): { reason: string; offset: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
    return { reason, offset: at ? Number(at[1]) : firstJsoncError(text) };
  }
}

function firstJsoncError(text: string): number {
  const { parse } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // jsonc-parser recurses once per level: thousands of `[` left open (a file cut short, or hostile) overflow the
    // stack, where JSON.parse had only said the input ended (a fresh user's: an internal error, exit 70, and a batch's
    // whole report lost). The first error found so far, or the text's end, is the place.
    if (!(error instanceof RangeError)) throw error;
  }
  return errors.length ? errors[0].offset : text.length;
}

function firstAliasOffset(doc: Document): number {
  const { isAlias } = yamlModule();
  let found: number | undefined;
  walk(doc.contents, (node) => {
    if (found === undefined && isAlias(node)) found = node.range?.[0];
  });
  return found ?? 0;
}

function findUnquotedDates(root: unknown, report: (scalar: string, offset: number) => void): void {
  const { isScalar } = yamlModule();
  walk(root, (node) => {
    if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && YAML11_TIMESTAMP.test(node.value)) {
      report(node.value, node.range?.[0] ?? 0);
    }
  });
}

function walk(node: unknown, visit: (node: unknown) => void): void {
  const { isCollection, isPair } = yamlModule();
  visit(node);
  if (isCollection(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        walk(item.key, visit);
        walk(item.value, visit);
      } else walk(item, visit);
    }
  }
}

/**
 * What a parsed file's top level says it is: a matrix (`schemaVersion`, schemas/matrix.schema.json) or a unit registry
 * (`registryVersion`, schemas/units.schema.json); undefined when it is no mapping, or says both or neither. Lets a
 * command that was given one for the other say so in one line.
 */
export function documentKind(value: unknown): 'matrix' | 'registry' | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const matrix = 'schemaVersion' in value;
  const registry = 'registryVersion' in value;
  return matrix === registry ? undefined : matrix ? 'matrix' : 'registry';
}
