/**
 * A worker thread of `fengong parse` in batch mode (src/cli/batch-pool.ts): receives `{ index, file }` jobs one at
 * a time, compiles each notice and posts back its {@link BatchResult}. The main thread writes and prints.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileForBatch, type BatchResult, type BatchSettings } from './batch-compile.js';
import { setCliLang } from './lang.js';

const settings = workerData as BatchSettings;
// The findings are written in the run's language, which the main thread took from --lang or the locale.
setCliLang(settings.lang);
const port = parentPort!;
port.on('message', (job: { index: number; file: string }) => {
  void compileForBatch(job.index, job.file, settings).then((result: BatchResult) => port.postMessage(result));
});
