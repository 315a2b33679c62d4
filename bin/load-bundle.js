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
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
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
  const read = readBundle(file);
  if (!read) return undefined;
  const { source, cachedData } = read;
  // (No V8 flag is set here. Session 14 set `--no-regexp-tier-up` with v8.setFlagsFromString, which Node documents as
  // unsafe after start-up: one run in 130 to 260 then died of a segmentation fault in V8's regular expression
  // interpreter (a fresh user's 3,900 runs; 6 in 800 runs of `validate … --reporter junit` here), with no output.)
  // The bundle holds no import(): a script compiled here has no module loader for it (scripts/bundle.mjs).
  // Its first line is the CommonJS wrapper (as Module.wrap gives it), so the text compiles as read: a function of
  // (exports, require, module, __filename, __dirname).
  const script = new vm.Script(source, { filename: file, cachedData });
  if (options.onScript) options.onScript(script);
  const module = { exports: {}, id: file, filename: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * The bundle's text and its code cache (when there is one not older than the bundle), or undefined when there is no
 * bundle. Both are read through one buffer, the text first: memory a process touches for the first time costs it a
 * page fault for every 4 KB, about 11 µs each on the virtual machines measured (docs/benchmark.md, session 26), and
 * a second buffer for the 560 KB cache was 1.7 ms of every start. The bundle is ASCII (scripts/bundle.mjs escapes
 * every other character): latin1 reads it as it is, a third faster than decoding UTF-8, into a one-byte string.
 * @param {string} file
 * @returns {{ source: string, cachedData: Buffer | undefined } | undefined}
 */
function readBundle(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  let cacheFd = -1;
  try {
    const bundle = fstatSync(fd);
    if (!bundle.isFile()) return undefined;
    let cacheSize = 0;
    try {
      cacheFd = openSync(`${file}.v8cache`, 'r');
      const cache = fstatSync(cacheFd);
      if (cache.isFile() && cache.mtimeMs >= bundle.mtimeMs) cacheSize = cache.size;
    } catch {
      // no cache (or not a file): compile as usual
    }
    const buffer = Buffer.allocUnsafeSlow(Math.max(bundle.size, cacheSize));
    const source = buffer.toString('latin1', 0, readAll(fd, buffer, bundle.size));
    const cachedData = cacheSize > 0 ? buffer.subarray(0, readAll(cacheFd, buffer, cacheSize)) : undefined;
    return { source, cachedData };
  } finally {
    closeSync(fd);
    if (cacheFd >= 0) closeSync(cacheFd);
  }
}

/** Reads up to `size` bytes of `fd` into the start of `buffer`; returns how many were read. */
function readAll(fd, buffer, size) {
  let n = 0;
  for (let got; n < size && (got = readSync(fd, buffer, n, size - n, n)) > 0; ) n += got;
  return n;
}

module.exports = { loadBundle };
