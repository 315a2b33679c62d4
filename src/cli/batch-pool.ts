import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileForBatch, type BatchResult, type BatchSettings } from './batch-compile.js';

/** Options of {@link compileInOrder}. */
export interface PoolOptions {
  files: readonly string[];
  /** Worker threads to use; 1 (or a single file) compiles in this thread. */
  jobs: number;
  settings: BatchSettings;
  /** Called once per file, in the order of `files`, whatever order the workers finish in. */
  onResult: (result: BatchResult) => void;
}

/**
 * Compiles every file with `jobs` worker threads, each pulling the next path when it is done with one, and hands
 * the results to `onResult` in input order. A worker runs at most a window of files ahead of the first file not
 * yet handed on, so that a slow notice does not let finished matrices pile up in memory.
 */
export async function compileInOrder(options: PoolOptions): Promise<void> {
  const { files, settings, onResult } = options;
  const pending = new Map<number, BatchResult>();
  let next = 0;
  const deliver = (result: BatchResult) => {
    pending.set(result.index, result);
    while (pending.has(next)) {
      const r = pending.get(next)!;
      pending.delete(next);
      next++;
      onResult(r);
    }
  };
  // No more threads than notices, nor than cores: each is a whole V8 heap, and parsing keeps a core busy (a fresh user's
  // `--jobs 999` on 2 cores made 173 threads: 41 s and 1.5 GB, against 4.5 s and 318 MB with 2).
  const jobs = Math.min(options.jobs, files.length, availableParallelism());
  const url = jobs > 1 ? workerUrl() : undefined;
  if (!url) {
    for (let i = 0; i < files.length; i++) {
      deliver(await compileForBatch(i, files[i], settings));
      // Let the event loop turn between files, so that a signal (Ctrl-C) is taken between two writes.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  await new Promise<void>((resolve) => {
    const window = jobs * 4 + 8;
    const idle: Worker[] = [];
    const live = new Set<Worker>();
    const current = new Map<Worker, number>();
    let dispatched = 0;
    const finish = () => {
      if (next < files.length) return;
      for (const w of live) void w.terminate();
      live.clear();
      resolve();
    };
    const feed = (w: Worker) => {
      if (dispatched < files.length && dispatched < next + window) {
        current.set(w, dispatched);
        w.postMessage({ index: dispatched, file: files[dispatched] });
        dispatched++;
      } else if (dispatched >= files.length) {
        live.delete(w);
        void w.terminate();
      } else {
        idle.push(w);
      }
    };
    const start = () => {
      // A smaller young generation than V8's default (up to 48 MB per thread) keeps a 50 MB batch under 250 MB of
      // memory on 2 cores (bench: 241 MB before, about 20 MB less per worker). 12 MB rather than 16 since session 25:
      // with each worker fed its next notice before the main thread writes (below), 16 MB gave 233–246 MB, 12 MB
      // 214–228 MB, for some 5 % more time (the scavenges of a smaller young generation).
      const w = new Worker(url, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
      live.add(w);
      w.on('message', (result: BatchResult) => {
        current.delete(w);
        // The worker's next notice first, then this one's matrix written: writing it (and its fsync) first had kept
        // the worker waiting, idle for 15 % of a 50 MB batch (a CPU profile of each thread).
        feed(w);
        deliver(result);
        for (let n = idle.length; n > 0; n--) feed(idle.shift()!);
        finish();
      });
      w.on('error', (error: Error) => {
        const index = current.get(w);
        live.delete(w);
        current.delete(w);
        if (index !== undefined) {
          const file = files[index];
          deliver({ index, file, code: 70, tasks: 0, warnings: 0, errors: 0, report: `fengong: ${file}: internal error (please report it): ${error.stack ?? error.message}\n` });
        }
        if (dispatched < files.length) feed(start());
        finish();
      });
      return w;
    };
    for (let i = 0; i < jobs; i++) feed(start());
  });
}

/**
 * The worker's module: beside this one when built (dist/cli/parse-worker.js after tsc, dist/parse-worker.js in
 * the bundle, scripts/bundle.mjs); when
 * running from the sources (tests), the built one in dist/. None found: compile in this thread.
 */
function workerUrl(): URL | undefined {
  const candidates = [new URL('./parse-worker.js', import.meta.url), new URL('../../dist/cli/parse-worker.js', import.meta.url)];
  return candidates.find((u) => existsSync(fileURLToPath(u)));
}
