import { writeSync } from 'node:fs';

/**
 * Standard output and standard error, written with `fs.writeSync(fd, …)` rather than through `process.stdout` and
 * `process.stderr`: creating those streams loads Node's stream modules (a file or /dev/null: about 3 ms of a start),
 * or `net` as well (a pipe: about 6 ms), for a command that writes one matrix (docs/benchmark.md, "Start-up"); and
 * a pipe's stream queues what the pipe cannot take at once, which `process.exit` then drops (a new user's probe: 64 KB
 * of 4 MB of findings reached `2>&1 | wc -c`; a reader of standard error that went away crashed a batch). Written
 * here, each write has left the process when it returns. When a descriptor is non-blocking (a pipe another process
 * made so) and full, `writeSync` fails with EAGAIN: the rest goes to the stream, which queues it, and so does
 * everything written there after.
 *
 * A write to standard output that fails (ENOSPC behind `> matrix.yaml`, /dev/full; EPIPE when the reader went away,
 * `| head`) is kept for {@link Channel.error}: the first one, and nothing more is written after it. Standard error
 * that cannot be written is given up silently: there is nowhere left to say so.
 */
interface Channel {
  /** Writes `data` (a string as UTF-8). */
  write(data: string | Uint8Array): void;
  /** The first error writing met, if any (EPIPE included: the caller decides what it means). */
  error(): NodeJS.ErrnoException | undefined;
  /** Calls `done` once what was written has left the process (at once, unless part of it went to the stream). */
  whenFlushed(done: () => void): void;
}

function channel(fd: 1 | 2, stream: () => NodeJS.WriteStream): Channel {
  let viaStream = false;
  let failed: NodeJS.ErrnoException | undefined;
  return {
    write(data) {
      if (failed) return;
      if (viaStream) {
        stream().write(data);
        return;
      }
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      try {
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (e.code !== 'EAGAIN') {
          failed = e;
          return;
        }
        viaStream = true;
        stream().on('error', (streamError: NodeJS.ErrnoException) => {
          failed ??= streamError;
        });
        stream().write(bytes.subarray(offset));
      }
    },
    error: () => failed,
    whenFlushed(done) {
      if (!viaStream || stream().destroyed) done();
      else stream().write('', () => setImmediate(done));
    },
  };
}

/**
 * Standard output as the commands write it: `standardOutput.write(text)` (an object, so that the tests'
 * tests/helpers/run-cli.ts can capture what a command printed).
 */
export const standardOutput: Channel = channel(1, () => process.stdout);

/** Standard error as the commands write it (findings, summaries, one-line errors): see {@link standardOutput}. */
export const standardError: Channel = channel(2, () => process.stderr);
