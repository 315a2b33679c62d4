import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;

/**
 * The yaml package (the parser that keeps node positions), loaded on first use: `fengong validate` reads files
 * that pass with js-yaml alone, and loading yaml costs about 90 ms per thread, as much as reading 40 matrices.
 */
export function yamlModule(): typeof import('yaml') {
  return (yaml ??= require('yaml') as typeof import('yaml'));
}
