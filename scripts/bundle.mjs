// Bundles the CLI with esbuild into dist/: fengong.js (the entry bin/fengong.js loads), one file per worker
// thread (parse-worker.js, validate-worker.js) and shared chunks, each command's heavy libraries in chunks of their
// own that load only when the command runs (dynamic imports). All files sit in dist/ itself, beside validators/,
// so that paths taken from import.meta.url (./validators/, ../schemas/, ./parse-worker.js) hold as after tsc.
// Start-up: one file per library instead of hundreds of modules (see docs/benchmark.md). Run by `npm run build`.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
// Old bundles go first: a build that fails leaves none, and bin/fengong.js then runs the tsc output.
for (const f of existsSync(dist) ? readdirSync(dist) : []) if (/^fengong[\w-]*\.js$|^(parse|validate)-worker\.js$/.test(f)) rmSync(new URL(f, dist));

const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const entryPoints = { fengong: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse-worker.ts' };
if (existsSync(new URL('src/cli/validate-worker.ts', root))) entryPoints['validate-worker'] = 'src/cli/validate-worker.ts';

const result = await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'fengong-chunk-[hash]',
  // CommonJS packages bundled into ESM call require() for Node's own modules.
  banner: { js: "import { createRequire as __fengongRequire } from 'node:module'; const require = __fengongRequire(import.meta.url);" },
  // iconv-lite loads its encoding tables on first use; bundled, all of them would be parsed at every start.
  external: ['iconv-lite'],
  define: { FENGONG_VERSION: JSON.stringify(version) },
  plugins: [lazyChildProcess()],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: !!process.env.BUNDLE_META,
});
if (process.env.BUNDLE_META) (await import('node:fs')).writeFileSync(process.env.BUNDLE_META, JSON.stringify(result.metafile));

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
