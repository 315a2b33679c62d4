// A worker thread of `fengong validate` (see validate-pool.ts): takes files from the shared queue, posts the outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import { drainQueue, unitsOf, type QueueTask } from './validate-pool.js';

const task = workerData as QueueTask;
parentPort?.postMessage(drainQueue(task, await unitsOf(task.registry)));
