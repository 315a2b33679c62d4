import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A batch of twelve one-task notices under `dir/<name>/d0 … d11/notice.txt`, and a `-r` hook that sends the process
 * SIGINT as each file is renamed into place (so as the first matrix is written): a Ctrl-C between two files, the same
 * in every run.
 */
export function interruptedBatch(dir: string, name: string): { inputs: string; hook: string } {
  const inputs = join(dir, name);
  for (let i = 0; i < 12; i++) {
    mkdirSync(join(inputs, `d${i}`), { recursive: true });
    writeFileSync(join(inputs, `d${i}`, 'notice.txt'), `一、任务\n1.办好第${i + 1}项活动。（县科协牵头，县教体局配合）\n`);
  }
  const hook = join(dir, `${name}-interrupt.cjs`);
  writeFileSync(hook, "const fs = require('node:fs'); const rename = fs.renameSync; fs.renameSync = (...args) => { rename(...args); process.kill(process.pid, 'SIGINT'); };\n");
  return { inputs, hook };
}
