import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { VFileMessage } from 'vfile-message';
import type { Lang } from '../i18n.js';
import { byPlace } from '../matrix/finding.js';
import { documentKind, parseMatrixText } from '../matrix/parse.js';
import { schemaFindings } from '../matrix/schema-findings.js';
import { schemaValidator } from '../compiled-schema.js';
import { registryNamedBy } from '../config.js';
import { errnoWords, FengongError } from '../errors.js';
import { createRegistry, type RegistryData, type UnitRegistry } from './registry.js';

/** Registries are lists of names: anything larger than this is not one. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Validates a value against `schemas/units.schema.json` (JSON Schema 2020-12), all errors.
 * @returns the ajv errors, empty when the value is a valid registry.
 */
export function checkRegistrySchema(value: unknown): ErrorObject[] {
  const validate = schemaValidator('units');
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/**
 * Parses the text of a registry file (YAML or JSON) and checks it against the schema.
 * @param file names the source in error messages.
 * @throws FengongError (one line: `file:line:col: not a unit registry: what is wrong (rule)`, then how many more
 * problems there are; line and column 1-based) for bad YAML, a duplicate key or a schema error.
 */
export function parseRegistry(text: string, file: string): UnitRegistry {
  const parsed = parseMatrixText(text, { file });
  const syntax = parsed.messages.filter((m) => m.fatal);
  // (The Chinese line from a Chinese parse: the English words of the syntax error had stood in it, a fresh user's.)
  if (syntax.length > 0) throw new FengongError({ en: notARegistry(syntax, 'en'), zh: notARegistry(parseMatrixText(text, { file, lang: 'zh' }).messages.filter((m) => m.fatal), 'zh') }, placeOf(syntax[0]));
  // A matrix given with --units (`--units plan.yaml`): said so, not as a registry with its keys missing (a fresh user's).
  if (documentKind(parsed.value) === 'matrix') {
    throw new FengongError({ en: `${file}: this is a matrix (schemaVersion), not a unit registry: give --units a registry file (registryVersion: 1 and units)`, zh: `${file}：这是矩阵（schemaVersion），不是单位名录：--units 应指定名录文件（registryVersion: 1 和 units）` });
  }
  const errors = checkRegistrySchema(parsed.value ?? null);
  if (errors.length > 0) {
    const findings = (lang: Lang) => schemaFindings(errors, parsed.locate, file, 'the registry', lang, parsed.value).sort(byPlace);
    const first = findings('en');
    throw new FengongError({ en: notARegistry(first, 'en'), zh: notARegistry(findings('zh'), 'zh') }, placeOf(first[0]));
  }
  return createRegistry(parsed.value as RegistryData, file, (path) => parsed.locate(path, 'value'));
}

/** Where a finding stands, for a report that places the registry's mistake (FengongError.place). */
function placeOf(finding: VFileMessage): { line: number; column: number; ruleId: string } {
  return { line: finding.line ?? 1, column: finding.column ?? 1, ruleId: finding.ruleId ?? 'bad-registry' };
}

/** The first finding as `file:line:col: not a unit registry: …`, and how many more there are. */
function notARegistry(findings: VFileMessage[], lang: Lang): string {
  const first = findings[0];
  const where = `${first.file ?? '<input>'}:${first.line ?? 1}:${first.column ?? 1}`;
  const rule = first.ruleId ? ` (${first.ruleId})` : '';
  const more = findings.length - 1;
  if (lang === 'zh') return `${where}：不是有效的单位名录：${first.reason}${rule}${more ? `（另有 ${more} 处）` : ''}`;
  return `${where}: not a unit registry: ${first.reason}${rule}${more ? ` (and ${more} more)` : ''}`;
}

/**
 * Reads a unit registry file (`units.yaml`, see `schemas/units.schema.json`).
 * @throws FengongError when the file cannot be read, is larger than 5 MiB, is not UTF-8, or is not a valid registry.
 */
export function loadRegistry(path: string): UnitRegistry {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_BYTES) throw new FengongError({ en: `${path}: larger than ${MAX_BYTES} bytes, not a unit registry`, zh: `${path}：超过 ${MAX_BYTES} 字节，不是单位名录` });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof FengongError) throw error;
    const why = errnoWords(error as NodeJS.ErrnoException);
    const by = registryNamedBy(path);
    throw new FengongError({
      en: `${path}: cannot read the unit registry (${why.en})${by ? `, named by registry: in ${by}` : ''}`,
      zh: `${path}：无法读取单位名录（${why.zh}）${by ? `，该路径来自 ${by} 的 registry 设置` : ''}`,
    });
  }
  // A registry saved as GB18030 read as UTF-8 knew no name (probe 18): refused, as a matrix file is.
  if (!isUtf8(bytes)) throw new FengongError({ en: `${path}: not UTF-8 text: save the unit registry as UTF-8`, zh: `${path}：不是 UTF-8 文本：请把单位名录存为 UTF-8 编码` });
  const text = bytes.toString('utf8');
  return parseRegistry(text, path);
}
