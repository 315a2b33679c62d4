// A worker thread of `fengong validate` (see validate-pool.ts): takes files from the shared queue, posts the outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import { drainQueue, type QueueTask } from './validate-pool.js';

parentPort?.postMessage(drainQueue(workerData as QueueTask));
