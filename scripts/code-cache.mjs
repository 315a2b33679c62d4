// Writes dist/fengong.cjs.v8cache, the V8 code cache that bin/load-bundle.js compiles the bundle with: the bundle is
// run on fixture notices (a .txt and a .md one, `fengong parse`), and after each run V8's cached data is written,
// holding the bytecode of every function the runs compiled. Each run starts from the cache of the one before, so
// the last holds both. Run by `npm run build`, after scripts/bundle.mjs; with the Node that will run the CLI (V8
// rejects a cache from another version, and the bundle then compiles as usual).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = join(root, 'dist', 'fengong.cjs');
rmSync(`${bundle}.v8cache`, { force: true });
if (!existsSync(bundle)) process.exit(0);

const out = mkdtempSync(join(tmpdir(), 'fengong-code-cache-'));
const runs = [
  ['parse', join(root, 'fixtures/notices/forms/cover-letter-lines.txt'), '-q', '-o', join(out, 'a.yaml')],
  ['parse', join(root, 'fixtures/notices/lezhi-2023-61.md'), '-q', '-o', join(out, 'b.yaml')],
];
// The child loads the bundle as bin/fengong.js does and writes the cache when the command exits.
const child = `
const { writeFileSync } = require('node:fs');
let script;
const bundle = require(${JSON.stringify(join(root, 'bin', 'load-bundle.js'))}).loadBundle(${JSON.stringify(bundle)}, { onScript: (s) => (script = s) });
process.on('exit', () => writeFileSync(${JSON.stringify(`${bundle}.v8cache`)}, script.createCachedData()));
bundle.main(process.argv.slice(1));
`;
try {
  for (const args of runs) {
    const run = spawnSync(process.execPath, ['-e', child, ...args], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`code cache: \`fengong ${args.join(' ')}\` exited ${run.status}: ${run.stderr}`);
  }
} catch (error) {
  // A build without a cache still works: report it and go on.
  rmSync(`${bundle}.v8cache`, { force: true });
  process.stderr.write(`${error.message}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
