#!/usr/bin/env node
'use strict';
// The installed command, a CommonJS shim (bin/package.json): Node starts a CommonJS entry faster than an ES module.
// `npm run build` writes the CLI twice: dist/cli/ (tsc, one file per module) and dist/fengong.js
// (scripts/bundle.mjs, esbuild: a few files, which start faster); the bundle is used when present.
// `fengong --version` alone is answered here, without loading the CLI (as commander would print it).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { existsSync } = require('node:fs');
  const { join } = require('node:path');
  const { pathToFileURL } = require('node:url');
  const bundle = join(__dirname, '..', 'dist', 'fengong.js');
  const entry = existsSync(bundle) ? bundle : join(__dirname, '..', 'dist', 'cli', 'main.js');
  import(pathToFileURL(entry).href).then((m) => m.main(args));
}
