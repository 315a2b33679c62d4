import { readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { schemaValidator } from '../compiled-schema.js';
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
 * @throws FengongError (one line: the file, the path inside it, what is wrong) for bad YAML or a schema error.
 */
export function parseRegistry(text: string, file: string): UnitRegistry {
  let value: unknown;
  try {
    value = parseYaml(text.replace(/^\uFEFF/, ''), { logLevel: 'error', maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new FengongError({ en: `${file}: not a unit registry (${reason})`, zh: `${file}：不是单位名录（${reason}）` });
  }
  const errors = checkRegistrySchema(value);
  if (errors.length > 0) {
    const first = errors[0];
    const where = first.instancePath || '/';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new FengongError({ en: `${file}: not a unit registry: ${where} ${first.message ?? 'is invalid'}${more}`, zh: `${file}：不是有效的单位名录：${where} ${first.message ?? 'is invalid'}${errors.length > 1 ? `（另有 ${errors.length - 1} 处）` : ''}` });
  }
  return createRegistry(value as RegistryData, file);
}

/**
 * Reads a unit registry file (`units.yaml`, see `schemas/units.schema.json`).
 * @throws FengongError when the file cannot be read, is larger than 5 MiB, or is not a valid registry.
 */
export function loadRegistry(path: string): UnitRegistry {
  let text: string;
  try {
    if (statSync(path).size > MAX_BYTES) throw new FengongError({ en: `${path}: larger than ${MAX_BYTES} bytes, not a unit registry`, zh: `${path}：超过 ${MAX_BYTES} 字节，不是单位名录` });
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof FengongError) throw error;
    const why = errnoWords(error as NodeJS.ErrnoException);
    throw new FengongError({ en: `${path}: cannot read the unit registry (${why.en})`, zh: `${path}：无法读取单位名录（${why.zh}）` });
  }
  return parseRegistry(text, path);
}
