import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VFileMessage } from 'vfile-message';
import { FengongError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { finding } from '../matrix/finding.js';
import { validateMatrixFile } from '../matrix/validate.js';
import { noticeNotMatrix } from '../matrix/read.js';
import type { MatrixRulesOptions } from '../matrix/rules.js';

/** A finding as it crosses a thread boundary (a VFileMessage is an Error and loses its fields when cloned). */
export interface PlainFinding {
  reason: string;
  line: number;
  column: number;
  ruleId: string;
  fatal: boolean;
}

/** What checking one file gave: its findings, or the one-line reason it could not be read. */
export type FileOutcome = { file: string; findings: PlainFinding[] } | { file: string; unreadable: string };

/** Options of {@link validateFiles}. */
export interface ValidateFilesOptions {
  maxBytes: number;
  /** Threads to use, the main one included (1: no worker). */
  jobs: number;
  /** A unit registry (units.yaml) to check every unit against; each thread loads it once. */
  registry?: string;
  /** Language of the rules' messages (default English). */
  lang?: Lang;
}

/** Below this many files a worker's start-up (loading the parsers again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

/** Files taken at a time from the shared queue: small enough to balance, large enough to keep contention rare. */
const CHUNK = 8;

/**
 * Checks files with `fengong validate`'s rules, spread over `jobs` threads when there are many. Every thread, the
 * main one included, takes the next chunk of files from one shared counter (`Atomics.add` on a
 * SharedArrayBuffer), so a worker that starts late, or a slow file, does not leave the others idle. Workers run
 * only from the built code (dist/); from the sources every file is checked in this thread.
 * @returns one outcome per file, in the order of `files` whatever the scheduling.
 */
export async function validateFiles(files: readonly string[], options: ValidateFilesOptions): Promise<FileOutcome[]> {
  const workerFile = fileURLToPath(new URL('./validate-worker.js', import.meta.url));
  // (Never more threads than cores: see src/cli/batch-pool.ts.)
  const jobs = Math.max(1, Math.min(options.jobs, availableParallelism(), Math.floor(files.length / (MIN_FILES_FOR_WORKERS / 2))));
  const units = await unitsOf(options.registry);
  if (jobs === 1 || !existsSync(workerFile)) return files.map((file) => checkFile(file, options.maxBytes, units, options.lang));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const task: QueueTask = { files: [...files], maxBytes: options.maxBytes, registry: options.registry, lang: options.lang, next };
  const workers = Array.from(
    { length: jobs - 1 },
    () =>
      new Promise<Array<[number, FileOutcome]>>((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: task });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`validate worker exited with code ${code}`)));
      }),
  );
  const outcomes: FileOutcome[] = new Array(files.length);
  for (const [index, outcome] of [...drainQueue(task, units), ...(await Promise.all(workers)).flat()]) outcomes[index] = outcome;
  return outcomes;
}

/** The work shared by the threads: every file, and the index of the next one nobody has taken yet. */
export interface QueueTask {
  files: string[];
  maxBytes: number;
  registry?: string;
  lang?: Lang;
  next: Int32Array;
}

/** Takes chunks from the shared queue until it is empty; returns each file's outcome with its index. */
export function drainQueue(task: QueueTask, units?: Units): Array<[number, FileOutcome]> {
  const done: Array<[number, FileOutcome]> = [];
  for (let start = Atomics.add(task.next, 0, CHUNK); start < task.files.length; start = Atomics.add(task.next, 0, CHUNK)) {
    for (let i = start; i < Math.min(start + CHUNK, task.files.length); i++) done.push([i, checkFile(task.files[i], task.maxBytes, units, task.lang)]);
  }
  return done;
}

/** Checks one file; a file that cannot be read is an outcome, not a throw. Used by the main thread and workers. */
export function checkFile(file: string, maxBytes: number, units?: Units, lang?: Lang): FileOutcome {
  try {
    const notice = noticeNotMatrix(file);
    if (notice) throw notice;
    const findings = validateMatrixFile(file, { maxBytes, units, lang }).map((m) => ({
      reason: m.reason,
      line: m.line ?? 1,
      column: m.column ?? 1,
      ruleId: m.ruleId ?? '',
      fatal: m.fatal === true,
    }));
    return { file, findings };
  } catch (error) {
    if (error instanceof FengongError) return { file, unreadable: error.text(lang ?? 'en') };
    throw error;
  }
}

/** A unit registry's look-ups the rules use (see MatrixRulesOptions.units). */
type Units = NonNullable<MatrixRulesOptions['units']>;

/**
 * The look-ups of the unit registry at `path` (loaded only when there is one: it brings the yaml package).
 * @throws FengongError when the registry cannot be read or is not valid.
 */
export async function unitsOf(path: string | undefined): Promise<Units | undefined> {
  if (path === undefined) return undefined;
  const { loadRegistry } = await import('../registry/index.js');
  return loadRegistry(path);
}

/** Turns an outcome's findings back into vfile-messages. */
export function toMessages(file: string, findings: readonly PlainFinding[]): VFileMessage[] {
  return findings.map((f) => finding(f.reason, { line: f.line, column: f.column }, f.ruleId, f.fatal ? 'error' : 'warning', file));
}
