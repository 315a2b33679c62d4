// Writes dist/validators/<name>.cjs: each schema of src/compiled-schema.ts as ajv standalone code, so that
// commands check data without loading ajv's compiler. Run by `npm run build`, after tsc.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SCHEMA_NAMES, compileSchema, schemaSha256 } from '../dist/compiled-schema.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;
const out = new URL('../dist/validators/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of SCHEMA_NAMES) {
  const { ajv, validate } = compileSchema(name, { source: true });
  // The schema's hash goes with its code: the validator is not used once the schema file changes.
  writeFileSync(new URL(`${name}.cjs`, out), `${standaloneCode(ajv, validate)}\nmodule.exports.schemaSha256 = ${JSON.stringify(schemaSha256(name))};\n`);
}
