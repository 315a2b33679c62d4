// Bundles the CLI with esbuild into dist/ (run by `npm run build`, after tsc):
//
// - dist/fengong.cjs: the command, one CommonJS module (its wrapper function written out) holding all of fengong's own code, the precompiled schema
//   validators (dist/validators/, with the parts of ajv and ajv-formats they use), commander and vfile-message. Node loads one CommonJS file faster than a graph of ES modules (docs/benchmark.md: about 12 ms
//   of the start-up of `fengong parse`). Modules that a command loads with `import()` stay lazy inside it: their
//   code is compiled only when called.
// - dist/vendor/<package>.cjs: every other library, one file each, required only when a command uses it (no remark
//   for a .txt notice, no exceljs or docx for `validate`). A CommonJS library's file exports what requiring the
//   library does; an ES-module-only library (unified, remark-parse, chalk, string-width…) is converted, and
//   fengong's code sees its exports through a small proxy module, so that `import remarkParse from 'remark-parse'`
//   means what it means in Node.
// - dist/parse-worker.js, dist/validate-worker.js and their chunks: the worker threads of the batch modes (ESM,
//   shared chunks), loaded by dist/fengong.cjs and by the tsc output alike.
//
// All files sit in dist/ itself (vendor/ below it), beside validators/, so that paths taken from import.meta.url
// (./validators/, ../schemas/, ./parse-worker.js) hold as after tsc.
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const requireFromRoot = createRequire(join(root, 'package.json'));
/**
 * Where the new bundle is written first (dist/.next/), and moved into dist/ when whole: the command of a checkout
 * being rebuilt (`npm test` rebuilds dist/) keeps working meanwhile. (It had failed for the seconds of a build: old
 * bundles deleted first, `Cannot find module './vendor/js-yaml.cjs'`, exit 70: a fresh user's find.)
 */
const next = join(dist, '.next');
/** The files of a bundle in dist/ (the code cache with them: scripts/code-cache.mjs writes the new one). */
const BUNDLE_FILE = /^fengong[\w-]*\.c?js(\.v8cache|\.map|\.regexps)?$|^(parse|validate)-worker\.js$/;
rmSync(next, { recursive: true, force: true });
// A build that fails leaves no bundle, old or new, and bin/fengong.js then runs the tsc output (never an old bundle).
process.on('uncaughtException', (error) => {
  for (const f of existsSync(dist) ? readdirSync(dist) : []) if (BUNDLE_FILE.test(f)) rmSync(join(dist, f), { recursive: true });
  rmSync(join(dist, 'vendor'), { recursive: true, force: true });
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const define = { FENGONG_VERSION: JSON.stringify(version) };
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

/**
 * Bundled into dist/fengong.cjs: what every start (commander) or every parse (vfile-message; the runtime parts of
 * ajv and ajv-formats that the precompiled validators require) uses.
 */
const INLINE = new Set(['commander', 'vfile-message', 'unist-util-stringify-position', 'ajv', 'ajv-formats']);
/** Left to node_modules: iconv-lite loads its encoding tables on first use; bundled, all would be parsed. */
const NODE_MODULES = new Set(['iconv-lite']);
const BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const vendorFile = (spec) => `./vendor/${spec.replace(/^@/, '').replace(/[/\\]/g, '__').replace(/\.js$/, '')}.cjs`;

/** Whether Node would load `spec` as an ES module when fengong's code imports it ('esm') or requires it ('cjs'). */
function kindOf(spec) {
  try {
    const file = requireFromRoot.resolve(spec);
    if (file.endsWith('.mjs')) return 'esm';
    if (file.endsWith('.cjs')) return 'cjs';
    for (let d = dirname(file); d !== dirname(d); d = dirname(d)) {
      const pj = join(d, 'package.json');
      if (existsSync(pj)) {
        const type = JSON.parse(readFileSync(pj, 'utf8')).type;
        if (type !== undefined || d.endsWith(join('node_modules', packageOf(spec)))) return type === 'module' ? 'esm' : 'cjs';
      }
    }
    return 'cjs';
  } catch (error) {
    // No `require` export: an ES-module-only package.
    if (error.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') return 'esm';
    throw error;
  }
}

/** The names an ES-module library exports (its proxy re-exports them, its vendor file holds them), read once. */
const exportNamesOf = new Map();
const exportNames = (spec) => {
  if (!exportNamesOf.has(spec)) exportNamesOf.set(spec, import(spec).then((m) => Object.keys(m)));
  return exportNamesOf.get(spec);
};

/** The libraries fengong's code imports (found while bundling), each with its kind. */
const vendors = new Map();

/**
 * Routes every import of a library: bundled (INLINE), left to node_modules, or to its file in dist/vendor/ — a
 * CommonJS library directly, an ES module through a proxy that re-exports its names.
 */
function vendorPlugin() {
  return {
    name: 'vendor',
    setup(b) {
      b.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (BUILTIN.has(args.path) || INLINE.has(packageOf(args.path))) return undefined;
        if (NODE_MODULES.has(packageOf(args.path))) return { path: args.path, external: true };
        const kind = vendors.get(args.path) ?? kindOf(args.path);
        vendors.set(args.path, kind);
        if (kind === 'esm') return { path: args.path, namespace: 'esm-proxy' };
        // `await import('cli-progress')`: through a bundled module that requires the file, so that the bundle holds
        // no import() of its own (bin/load-bundle.js compiles it as a script, where import() has no loader).
        return args.kind === 'dynamic-import' ? { path: args.path, namespace: 'cjs-lazy' } : { path: vendorFile(args.path), external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'cjs-lazy' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(vendorFile(args.path))});`, loader: 'js', resolveDir: root }));
      b.onLoad({ filter: /.*/, namespace: 'esm-proxy' }, async (args) => {
        const names = await exportNames(args.path);
        const lines = [`const m = require(${JSON.stringify(vendorFile(args.path))});`];
        for (const name of names) {
          if (name === 'default') lines.push('export default m.default;');
          else if (/^[A-Za-z_$][\w$]*$/.test(name)) lines.push(`export const ${name} = m[${JSON.stringify(name)}];`);
        }
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}

/**
 * commander requires node:child_process at load time, for git-style executable subcommands that fengong does not
 * have; loading it pulls in net, dgram and streams (about 10 ms of every start). Within commander, it is
 * replaced by an object that loads the module on first use.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
      b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
        contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
        loader: 'js',
      }));
    },
  };
}

/**
 * node:module, which fengong's sources import for createRequire (their ES module build loads libraries with it), loads
 * Node's ES module loader and source-map support with it: about 0.8 ms of every start. In the bundle, whose require
 * is already what createRequire gives for the bundle's own file (bin/load-bundle.js), createRequire of the bundle's
 * URL (import.meta.url, defined below) is that require; anything else loads node:module on first use.
 */
function lazyModule() {
  return {
    name: 'lazy-module',
    setup(b) {
      b.onResolve({ filter: /^(node:)?module$/ }, (args) => (/[\\/]src[\\/]/.test(args.importer) ? { path: 'module', namespace: 'lazy-module' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, () => ({
        contents: [
          "let m; const real = () => (m ??= require('node:module'));",
          'module.exports = { createRequire: (url) => (url === __fengongUrl ? require : real().createRequire(url)), get SourceMap() { return real().SourceMap; } };',
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/**
 * The precompiled validators (dist/validators/*.cjs, written by scripts/build-validators.mjs before this script) as
 * part of the bundle: `FENGONG_VALIDATORS` (src/compiled-schema.ts) becomes an object whose functions require them,
 * each a lazily run module of the bundle. Without them (a build that skipped build-validators), it stays undefined.
 */
function validators() {
  const names = ['matrix', 'config', 'units'].filter((n) => existsSync(join(dist, 'validators', `${n}.cjs`)));
  return {
    name: 'validators',
    setup(b) {
      if (!names.length) return;
      b.onResolve({ filter: /^fengong:validators$/ }, () => ({ path: 'validators', namespace: 'fengong-validators' }));
      b.onLoad({ filter: /.*/, namespace: 'fengong-validators' }, () => ({
        contents: `export const FENGONG_VALIDATORS = { ${names.map((n) => `${n}: () => require(${JSON.stringify(`./validators/${n}.cjs`)})`).join(', ')} };`,
        loader: 'js',
        resolveDir: dist,
      }));
    },
  };
}

// 1. The command.
const main = await build({
  ...common,
  entryPoints: { fengong: 'src/cli/main.ts' },
  outdir: 'dist/.next',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  inject: existsSync(join(dist, 'validators', 'matrix.cjs')) ? ['fengong:validators'] : [],
  // import.meta.url of the ES sources: the bundle's own file URL.
  define: { ...define, 'import.meta.url': '__fengongUrl' },
  banner: { js: "const __fengongUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [validators(), vendorPlugin(), lazyChildProcess(), lazyModule()],
  metafile: !!process.env.BUNDLE_META,
  // Smaller to read and to compile at every start (white space and syntax about 5 ms, names about 5 ms more:
  // docs/benchmark.md). The stack of an internal error (exit 70, "please report it") then names minified functions
  // in one long line: src/cli/stack.ts maps its frames back to the sources through dist/fengong.cjs.map, which the
  // bundle does not reference (Node never reads it; only that error path does).
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  sourcemap: 'external',
  sourcesContent: false,
});

// esbuild leaves non-ASCII characters in regular expression literals (the notice stage's Chinese patterns): one such
// character makes the whole 540 KB file a two-byte string, decoded from UTF-8 and scanned as such at every start.
// Escaped (`\u4e00`; valid in strings, regular expressions, template literals, identifiers and comments alike, and
// String.raw is used only for regular expression sources), the bundle is ASCII: read and compiled as one-byte text.
// Each escape makes the text 5 characters longer, so the source map's columns move by as much on their line.
{
  const file = join(next, 'fengong.cjs');
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const mappings = decode(map.mappings);
  lines.forEach((line, i) => {
    if (!/[^\x00-\x7f]/.test(line)) return;
    // shift[k]: how much longer the line is, once escaped, before its k-th character (UTF-16 units, as columns are).
    const shift = new Int32Array(line.length + 1);
    for (let k = 0; k < line.length; k++) shift[k + 1] = shift[k] + (line.charCodeAt(k) > 0x7f ? 5 : 0);
    for (const segment of mappings[i] ?? []) segment[0] += shift[Math.min(segment[0], line.length)];
    lines[i] = line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  });
  // The CommonJS wrapper (what Node's Module.wrap adds) is written into the file, on a line of its own: bin/load-bundle.js
  // compiles the text as it is read, with no second 400 KB string made by joining the wrapper to it at every start,
  // and the lines V8 reports are the file's (the source map moves down one line).
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {\n${lines.join('\n')}\n})`);
  // (Written in dist/.next/, read from dist/: the sources are one folder nearer.)
  writeFileSync(`${file}.map`, JSON.stringify({ ...map, sources: map.sources.map((s) => s.replace(/^\.\.\//, '')), mappings: encode([[], ...mappings]) }));
}

// 2. The worker threads (ES modules, as before; they load their libraries from node_modules or their chunks).
const workerEntries = { 'parse-worker': 'src/cli/parse-worker.ts' };
if (existsSync(join(root, 'src/cli/validate-worker.ts'))) workerEntries['validate-worker'] = 'src/cli/validate-worker.ts';
await build({
  ...common,
  entryPoints: workerEntries,
  outdir: 'dist/.next',
  splitting: true,
  format: 'esm',
  chunkNames: 'fengong-chunk-[hash]',
  // CommonJS packages bundled into ESM call require() for Node's own modules.
  banner: { js: "import { createRequire as __fengongRequire } from 'node:module'; const require = __fengongRequire(import.meta.url);" },
  external: [...NODE_MODULES],
  define,
});

// 3. The libraries, one file each.
mkdirSync(join(next, 'vendor'), { recursive: true });
for (const [spec, kind] of vendors) {
  let contents = `module.exports = require(${JSON.stringify(spec)});`;
  if (kind === 'esm') {
    const names = await exportNames(spec);
    contents = `export * from ${JSON.stringify(spec)};${names.includes('default') ? ` export { default } from ${JSON.stringify(spec)};` : ''}`;
  }
  await build({
    ...common,
    stdin: { contents, resolveDir: root, sourcefile: `vendor:${spec}`, loader: 'js' },
    outfile: join('dist/.next', vendorFile(spec)),
    format: 'cjs',
    external: [...NODE_MODULES],
  });
}
if (process.env.BUNDLE_META) (await import('node:fs')).writeFileSync(process.env.BUNDLE_META, JSON.stringify(main.metafile));

// 4. Into place, each file by a rename: the libraries, the workers' chunks, the workers, the command; then what the old
// bundle had that the new one has not (chunks of other hashes). The code cache of the old bundle goes (an older cache
// is never used: bin/load-bundle.js).
const made = new Set(readdirSync(next));
const old = join(dist, '.vendor-old');
rmSync(old, { recursive: true, force: true });
if (existsSync(join(dist, 'vendor'))) renameSync(join(dist, 'vendor'), old);
renameSync(join(next, 'vendor'), join(dist, 'vendor'));
rmSync(old, { recursive: true, force: true });
const order = (f) => (f.startsWith('fengong-chunk-') ? 0 : f.endsWith('-worker.js') ? 1 : 2);
for (const f of [...made].filter((f) => f !== 'vendor').sort((a, b) => order(a) - order(b))) renameSync(join(next, f), join(dist, f));
for (const f of readdirSync(dist)) if (BUNDLE_FILE.test(f) && !made.has(f)) rmSync(join(dist, f), { recursive: true });
rmSync(next, { recursive: true, force: true });
