#!/usr/bin/env node
'use strict';
// The installed command, a CommonJS shim (bin/package.json): Node starts a CommonJS entry faster than an ES module.
// `npm run build` writes the CLI twice: dist/cli/ (tsc, one ES module per source file) and dist/fengong.cjs
// (scripts/bundle.mjs, esbuild: one CommonJS file, which starts faster); the bundle is used when present, through
// ./load-bundle.js (with the V8 code cache the build made for it). `fengong --version` alone is answered here,
// without loading the CLI (as commander would print it).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Standard output that cannot be written is one line and exit 2, as for every command (src/cli/main.ts).
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') return;
    // In the words every other command uses (src/errors.ts errnoWords): a full disk is the one a user meets.
    const why = error.code === 'ENOSPC' ? 'no space left on the device' : error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.code;
    process.stderr.write(`fengong: cannot write standard output (${why})\n`);
    process.exitCode = 2;
  });
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { join } = require('node:path');
  const bundle = require('./load-bundle.js').loadBundle(join(__dirname, '..', 'dist', 'fengong.cjs'));
  if (bundle) bundle.main(args);
  else import(require('node:url').pathToFileURL(join(__dirname, '..', 'dist', 'cli', 'main.js')).href).then((m) => m.main(args));
}
