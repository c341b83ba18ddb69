// Checks many plan files, on every core: YAML parsing dominates (about 4 ms per 35 KB plan), so past
// a few dozen files the work is shared between this thread and worker threads, in batches handed
// out as each finishes. Results come back in the order of the files.
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

/** Below this many files, starting a worker (~100 ms of module loading) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 48;
const BATCH = 16;

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
  const inThisThread = async () => {
    for (let batch = take(); batch; batch = take()) {
      const [start, paths] = batch;
      const checked = await Promise.all(paths.map((path) => checkPlanFile(path, options.levels)));
      checked.forEach((r, i) => (results[start + i] = r));
    }
  };
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let start = 0;
      const send = () => {
        const batch = take();
        if (!batch) return resolve();
        start = batch[0];
        worker.postMessage(batch[1]);
      };
      worker.on('message', (checked: CheckedFile[]) => {
        checked.forEach((r, i) => (results[start + i] = r));
        send();
      });
      worker.on('error', reject);
      worker.once('online', send);
    });
  const pool = Array.from({ length: workers }, () => new Worker(script!, { workerData: { role: CHECK_FILES_ROLE, levels: options.levels } }));
  try {
    await Promise.all([inThisThread(), ...pool.map(inWorker)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
