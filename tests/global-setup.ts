import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds dist/ once before the suite (tsc, then the esbuild bundle), so that the tests of the installed command run
 * the current code. Type errors do not stop the emit (tsc writes dist/ anyway); `npm run typecheck` is where they
 * fail. A bundle that fails to build is removed, and bin/fengong.js falls back to the tsc output.
 *
 * The tests' scratch folders (`mkdtempSync(join(tmpdir(), …))`, and what the commands they run write there) go into one
 * folder of this run, which the returned teardown removes: a run had left some 90 folders in /tmp each time. `TMPDIR`
 * is what `os.tmpdir()` reads, in the test workers and in the commands they spawn alike.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'fengong-tests-'));
  process.env.TMPDIR = scratch;
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
  spawnSync(process.execPath, ['scripts/build-validators.mjs'], { stdio: 'ignore' });
  // bin/fengong.js runs the bundle when there is one: rebuild it too, or the binary's tests would run an old one.
  spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'ignore' });
  spawnSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'ignore' });
  return () => rmSync(scratch, { recursive: true, force: true });
}
