'use strict';
// Loads the bundled CLI (dist/fengong.cjs) as Node's require() would, but compiled with the V8 code cache that
// `npm run build` wrote beside it (dist/fengong.cjs.v8cache, scripts/code-cache.mjs): the bytecode of the functions
// a parse runs, so that a start does not compile them again (docs/benchmark.md, "Start-up"). Node 20 has no
// compile cache of its own for this (module.enableCompileCache came in Node 22). The cache is only read, never
// written here. V8 rejects a cache made by another version of V8 or with other flags, but of the source it checks
// only the length: so a cache is used only when it is not older than the bundle (written after it, by the build; an
// edited or rebuilt bundle is newer, and npm gives all files of a package the same time). A cache that does not fit
// is not used, and the bundle compiles as usual. The packages v8-compile-cache(-lib) do this for every require()
// and write their caches to the temporary folder at run time; one read-only file is enough here.
const { existsSync, readFileSync, statSync } = require('node:fs');
// This file's module's class is node:module's Module: its createRequire without loading node:module, which loads
// the ES module loader and the source-map support with it (about 0.8 ms of a start); node:module if it ever is not.
const { createRequire } = typeof module.constructor.createRequire === 'function' ? module.constructor : require('node:module');
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
    const cache = `${file}.v8cache`;
    if (statSync(cache).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(cache);
  } catch {
    // no cache (or not a file): compile as usual
  }
  // (No V8 flag is set here. Session 14 set `--no-regexp-tier-up` with v8.setFlagsFromString, which Node documents as
  // unsafe after start-up: one run in 130 to 260 then died of a segmentation fault in V8's regular expression
  // interpreter (a fresh user's 3,900 runs; 6 in 800 runs of `validate … --reporter junit` here), with no output.)
  // The bundle holds no import(): a script compiled here has no module loader for it (scripts/bundle.mjs).
  // The bundle is ASCII (scripts/bundle.mjs escapes every other character): latin1 reads it as it is, a third
  // faster than decoding UTF-8, into a one-byte string. Its first line is the CommonJS wrapper (as Module.wrap gives
  // it), so the text compiles as read: a function of (exports, require, module, __filename, __dirname).
  const script = new vm.Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  if (options.onScript) options.onScript(script);
  const module = { exports: {}, id: file, filename: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

module.exports = { loadBundle };
