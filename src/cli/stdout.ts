import { writeSync } from 'node:fs';

/**
 * Standard output, written with `fs.writeSync(1, …)` rather than through `process.stdout`: creating that stream loads
 * Node's stream modules (a file or /dev/null: about 3 ms of a start), or `net` as well (a pipe: about 6 ms), for a
 * command that writes one matrix (docs/benchmark.md, "Start-up"). The bytes and their order are the same. When the
 * descriptor is non-blocking (a pipe another process made so) and full, `writeSync` fails with EAGAIN: the rest goes
 * to `process.stdout`, which queues it, and so does everything written after.
 *
 * A write that fails (ENOSPC behind `> matrix.yaml`, /dev/full; EPIPE when the reader went away, `| head`) is kept
 * for {@link stdoutError}, as the stream's `error` event was: the first one, and nothing more is written after it.
 */
let viaStream = false;
let failed: NodeJS.ErrnoException | undefined;

/** Writes `data` (a string is written as UTF-8) to standard output. */
function write(data: string | Uint8Array): void {
  if (failed) return;
  if (viaStream) {
    process.stdout.write(data);
    return;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset, bytes.length - offset);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'EAGAIN') {
      failed = e;
      return;
    }
    viaStream = true;
    process.stdout.on('error', (streamError: NodeJS.ErrnoException) => {
      failed ??= streamError;
    });
    process.stdout.write(bytes.subarray(offset));
  }
}

/** The first error writing standard output met, if any (EPIPE included: the caller decides what it means). */
function error(): NodeJS.ErrnoException | undefined {
  return failed;
}

/**
 * Calls `done` once what was written has left the process: at once, unless part of it was queued on
 * `process.stdout` (a full non-blocking pipe), then when the stream has drained.
 */
function whenFlushed(done: () => void): void {
  if (!viaStream || process.stdout.destroyed) done();
  else process.stdout.write('', () => setImmediate(done));
}

/**
 * Standard output as the commands write it: `standardOutput.write(text)` (an object, so that the tests'
 * tests/helpers/run-cli.ts can capture what a command printed, as it does `process.stderr.write`).
 */
export const standardOutput = { write, error, whenFlushed };
