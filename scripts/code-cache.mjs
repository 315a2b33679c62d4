// Writes dist/fengong.cjs.v8cache, the V8 code cache that bin/load-bundle.js compiles the bundle with: the bundle is
// run on fixture notices (a .txt and a .md one, `fengong parse`), and after each run V8's cached data is written,
// holding the bytecode of every function the runs compiled. Each run starts from the cache of the one before, so
// the last holds both. Run by `npm run build`, after scripts/bundle.mjs; with the Node that will run the CLI (V8
// rejects a cache from another version, and the bundle then compiles as usual).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
}

// dist/fengong.cjs.regexps: the regular expressions the same compiles run twice or more on two-byte text shorter than
// V8's 1,000 characters, which src/cli/regexp-warmup.ts compiles to machine code before a notice is read. Recorded
// in runs of their own (RegExp.prototype.exec replaced by a counting one, which every regular expression built-in
// then calls): the code cache above is made by runs of the bundle as it is. A pattern whose warm-up run on the
// long text itself takes long (a leading `[^…]*` backtracking over it) is left out.
const regexps = `${bundle}.regexps`;
rmSync(regexps, { force: true });
const recorder = `
const { appendFileSync } = require('node:fs');
const counts = new Map();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (text) {
  const s = String(text);
  let wide = false;
  for (let i = 0; i < s.length && s.length < 1000 && !wide; i++) wide = s.charCodeAt(i) > 0xff;
  if (wide) {
    const key = JSON.stringify([this.source, this.flags]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return exec.call(this, text);
};
process.on('exit', () => appendFileSync(${JSON.stringify(join(out, 'regexps.jsonl'))}, [...counts].map(([k, n]) => JSON.stringify([k, n])).join('\\n') + '\\n'));
require(${JSON.stringify(join(root, 'bin', 'load-bundle.js'))}).loadBundle(${JSON.stringify(bundle)}).main(process.argv.slice(1));
`;
try {
  for (const args of runs) {
    const run = spawnSync(process.execPath, ['-e', recorder, ...args], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`regular expressions: \`fengong ${args.join(' ')}\` exited ${run.status}: ${run.stderr}`);
  }
  const counts = new Map();
  for (const line of readFileSync(join(out, 'regexps.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, n] = JSON.parse(line);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  const long = '\uffff'.repeat(1000);
  const list = [];
  for (const [key, n] of counts) {
    if (n < 2) continue;
    const [source, flags] = JSON.parse(key);
    const re = new RegExp(source, flags);
    re.test(long); // compiled
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      re.lastIndex = 0;
      const t = performance.now();
      re.test(long); // run only
      fastest = Math.min(fastest, performance.now() - t);
    }
    if (fastest < 0.2) list.push([source, flags]);
  }
  writeFileSync(regexps, JSON.stringify(list));
} catch (error) {
  rmSync(regexps, { force: true });
  process.stderr.write(`${error.message}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
