// Checks many plan files, on every core: each costs a few milliseconds (read, YAML, schema, rules),
// so past a few dozen files the work is shared between this thread and worker threads, in batches
// handed out as each finishes. Results come back in the order of the files.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CHECK_FILES_ROLE, checkPlanFile } from './check-files-worker.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';

export interface CheckedFile {
  diagnostics: Diagnostic[];
  /** The decoded text's lines that diagnostics point at, the others empty (for code frames);
   * undefined when there are no diagnostics. */
  source: string | undefined;
}

/**
 * Below this many files a worker costs more than it saves: it starts quickly (~65 ms), but it runs
 * its first hundred plans at about half speed while V8 compiles for it, beside this thread on the same
 * cores. Measured through the CLI on the 2-core machine (1,000 different copies of the largest
 * example, the first n; 7 runs each, interleaved, medians; with a worker against one thread):
 * 48 files 623 vs 449 ms, 100: 728 vs 655, 200: 1,130 vs 1,046 and 1,173 vs 1,151, 300: 1,376 vs
 * 1,451, 400: 1,648 vs 1,842 and 1,657 vs 1,634, 600: 1,693 vs 2,212 (issue 12). It was 48.
 */
export const MIN_FILES_FOR_WORKERS = 250;
/** Files per message to a worker; each worker has two batches in flight, so it never waits for the next. */
const BATCH = 8;

/** The compiled worker: beside the bundle (dist/parplan.cjs), the worker bundle dist/batch-worker.mjs,
 * which serves validate under workerData { role: 'check-files' }; or tsc's output (dist/validate/).
 * None when running from the TypeScript sources (tests), which then check in this thread. */
function workerScript(): string | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  for (const relative of ['./batch-worker.mjs', './check-files-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** `levels`: the config's rule levels, applied in every thread. */
export async function checkFiles(files: readonly string[], options: { threads?: number; levels?: RuleLevels } = {}): Promise<CheckedFile[]> {
  const results = new Array<CheckedFile>(files.length);
  const script = workerScript();
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const workers = script && files.length >= MIN_FILES_FOR_WORKERS ? Math.min(threads - 1, Math.ceil(files.length / BATCH) - 1) : 0;
  let next = 0;
  const take = (): [number, string[]] | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return [start, files.slice(start, next) as string[]];
  };
  const pool = workers > 0 ? Array.from({ length: workers }, () => new Worker(script!, { workerData: { role: CHECK_FILES_ROLE, levels: options.levels } })) : [];
  // Files are read and checked synchronously (readPlanBytesSync): this thread lets the workers'
  // messages in after each file, so that they get their next batch at once.
  const yieldToWorkers = () => new Promise<void>((resolve) => setImmediate(resolve));
  const inThisThread = async () => {
    for (let batch = take(); batch; batch = take()) {
      const [start, paths] = batch;
      for (const [i, path] of paths.entries()) {
        results[start + i] = checkPlanFile(path, options.levels);
        if (pool.length > 0) await yieldToWorkers();
      }
    }
  };
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // The starts of the batches in flight, in the order the worker answers them.
      const starts: number[] = [];
      const send = () => {
        const batch = take();
        if (!batch) return;
        starts.push(batch[0]);
        worker.postMessage(batch[1]);
      };
      worker.on('message', (checked: CheckedFile[]) => {
        const start = starts.shift()!;
        checked.forEach((r, i) => (results[start + i] = r));
        send();
        if (starts.length === 0) resolve();
      });
      worker.on('error', reject);
      worker.once('online', () => {
        send();
        send();
        if (starts.length === 0) resolve();
      });
    });
  try {
    await Promise.all([inThisThread(), ...pool.map(inWorker)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
