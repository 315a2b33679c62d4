import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const cache = new Map<string, ValidateFunction>();

/**
 * The schemas fengong checks data against, by name: `schemas/<name>.schema.json`. `npm run build` compiles each
 * into `dist/validators/<name>.cjs` (ajv standalone code, see scripts/build-validators.mjs) so that a command
 * starts without loading or running ajv's compiler; from the sources (tests), they are compiled on first use.
 */
export const SCHEMA_NAMES = ['matrix', 'config', 'units'] as const;

/** One of {@link SCHEMA_NAMES}. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** A schema file as parsed JSON (`schemas/<name>.schema.json`, JSON Schema 2020-12). */
export function schemaJson(name: SchemaName): Record<string, unknown> {
  return require(`../schemas/${name}.schema.json`) as Record<string, unknown>;
}

/**
 * The SHA-256 (hex) of a schema file's bytes: a precompiled validator records the one it was built from, and is
 * used only while the schema file still has it (a schema edited after `npm run build` is compiled afresh).
 */
export function schemaSha256(name: SchemaName): string {
  return createHash('sha256').update(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url))).digest('hex');
}

/**
 * The validator of a schema, once per process: the precompiled module when the build made one from the schema
 * as it is now, else compiled now with {@link compileSchema}. Errors are ajv's, in all-errors and verbose mode (each carries `data`).
 */
export function schemaValidator(name: SchemaName): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    validate = precompiled(name) ?? (compileSchema(name).validate as ValidateFunction);
    cache.set(name, validate);
  }
  return validate;
}

/**
 * Compiles a schema with ajv (draft 2020-12, ajv-formats, all errors, strict, verbose).
 * @param options.source keep the generated code, for `standaloneCode` (build time only).
 * @returns the validator and the ajv instance that compiled it.
 */
export function compileSchema(name: SchemaName, options: { source?: boolean } = {}): { ajv: unknown; validate: ValidateFunction } {
  const Ajv2020 = (require('ajv/dist/2020.js') as { default: typeof import('ajv/dist/2020.js').default }).default;
  const addFormats = (require('ajv-formats') as { default: (ajv: unknown) => void }).default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, code: { source: options.source ?? false } });
  addFormats(ajv);
  return { ajv, validate: ajv.compile(schemaJson(name)) };
}

/**
 * Set by the bundler (scripts/bundle.mjs): the precompiled validators inside the bundle, each loaded on first call,
 * so that they start with the bundle's code cache instead of as files of their own.
 */
declare const FENGONG_VALIDATORS: Record<SchemaName, () => unknown> | undefined;

function precompiled(name: SchemaName): ValidateFunction | undefined {
  try {
    const load = typeof FENGONG_VALIDATORS === 'object' ? FENGONG_VALIDATORS[name] : () => require(`./validators/${name}.cjs`);
    const mod = load() as ValidateFunction & { schemaSha256?: string };
    return mod.schemaSha256 === schemaSha256(name) ? mod : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}
