import { spawnSync } from 'node:child_process';

/**
 * Builds dist/ once before the suite, so that the tests of the installed command run the current code. Type
 * errors do not stop the emit (tsc writes dist/ anyway); `npm run typecheck` is where they fail.
 */
export default function setup(): void {
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
}
