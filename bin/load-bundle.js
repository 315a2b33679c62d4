'use strict';
// Loads the bundled CLI (dist/fengong.cjs) as Node's require() would, but compiled with the V8 code cache that
// `npm run build` wrote beside it (dist/fengong.cjs.v8cache, scripts/code-cache.mjs): the bytecode of the functions
// a parse runs, so that a start does not compile them again (docs/benchmark.md, "Start-up"). Node 20 has no
// compile cache of its own for this (module.enableCompileCache came in Node 22). The cache is only read, never
// written here; V8 checks it against the source and its own version and flags, and rejects one that does not fit
// (a rebuilt bundle, another Node): then the bundle compiles as usual. The packages v8-compile-cache(-lib) do this
// for every require() and write their caches to the temporary folder at run time; one read-only file is enough here.
const { existsSync, readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/**
 * The exports of the CommonJS bundle at `file` (an absolute path), or undefined when there is no such file.
 * @param {string} file
 * @param {{ onScript?: (script: import('node:vm').Script) => void }} [options] onScript receives the compiled
 *   script (the build uses it to write the cache after a run).
 */
function loadBundle(file, options = {}) {
  if (!existsSync(file)) return undefined;
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.v8cache`);
  } catch {
    // no cache: compile as usual
  }
  // The bundle holds no import(): a script compiled here has no module loader for it (scripts/bundle.mjs).
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (options.onScript) options.onScript(script);
  const module = { exports: {}, id: file, filename: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

module.exports = { loadBundle };
