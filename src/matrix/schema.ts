import type { ErrorObject } from 'ajv';
import { schemaJson, schemaValidator } from '../compiled-schema.js';
import type { Matrix } from './types.js';

/** The matrix schema (`schemas/matrix.schema.json`, JSON Schema 2020-12) as parsed JSON. */
export function matrixSchema(): Record<string, unknown> {
  return schemaJson('matrix');
}

/**
 * Validates a value against `schemas/matrix.schema.json` (all errors, not the first; verbose, so each error
 * carries the wrong `data`). The validator is precompiled by `npm run build`, else compiled once per process.
 * @returns the ajv errors, empty when the value is a valid matrix.
 */
export function checkMatrixSchema(value: unknown): ErrorObject[] {
  const validate = schemaValidator('matrix');
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Type guard over {@link checkMatrixSchema}. */
export function isMatrix(value: unknown): value is Matrix {
  return checkMatrixSchema(value).length === 0;
}
