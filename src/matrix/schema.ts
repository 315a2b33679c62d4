import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Matrix } from './types.js';

const require = createRequire(import.meta.url);

let validator: ValidateFunction | undefined;

/** The matrix schema (`schemas/matrix.schema.json`, JSON Schema 2020-12) as parsed JSON. */
export function matrixSchema(): Record<string, unknown> {
  return require('../../schemas/matrix.schema.json') as Record<string, unknown>;
}

/**
 * Validates a value against `schemas/matrix.schema.json` (all errors, not the first). The validator is compiled
 * once per process.
 * @returns the ajv errors, empty when the value is a valid matrix.
 */
export function checkMatrixSchema(value: unknown): ErrorObject[] {
  if (!validator) {
    const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const addFormats = require('ajv-formats') as typeof import('ajv-formats');
    const AjvClass = (Ajv2020 as unknown as { default: typeof import('ajv/dist/2020.js').default }).default;
    const ajv = new AjvClass({ allErrors: true, strict: true, verbose: true });
    (addFormats as unknown as { default: (a: unknown) => void }).default(ajv);
    validator = ajv.compile(matrixSchema());
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** Type guard over {@link checkMatrixSchema}. */
export function isMatrix(value: unknown): value is Matrix {
  return checkMatrixSchema(value).length === 0;
}
