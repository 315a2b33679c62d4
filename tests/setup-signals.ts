import { afterAll } from 'vitest';

// A command run in this process (tests/helpers/run-cli.ts, or writeFileAtomic called directly) installs the CLI's
// SIGINT and SIGTERM handlers (src/cli/io.ts), which say `fengong: interrupted: …` and exit 130 or 143. Vitest ends a
// test file's worker with SIGTERM: the handlers it did not have before are taken off after the file's tests, so the
// worker ends as it would (the line had stood in CI's log once per test file).
const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
afterAll(() => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.removeListener(signal, listener);
  }
});
