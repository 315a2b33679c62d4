import { createRequire } from 'node:module';

/** Set by the bundler (scripts/bundle.mjs), whose output does not sit where this file's path finds package.json. */
declare const FENGONG_VERSION: string | undefined;

/** The package version, from package.json. */
export function version(): string {
  if (typeof FENGONG_VERSION === 'string') return FENGONG_VERSION;
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
