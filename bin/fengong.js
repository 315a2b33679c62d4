#!/usr/bin/env node
// The installed command. `npm run build` writes the CLI twice: dist/cli/ (tsc, one file per module) and
// dist/fengong.js (scripts/bundle.mjs, esbuild: a few files, which start faster); the bundle is used when present.
// `fengong --version` alone is answered here, without loading the CLI (as commander would print it).
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const bundle = new URL('../dist/fengong.js', import.meta.url);
  import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js').then((m) => m.main(args));
}
