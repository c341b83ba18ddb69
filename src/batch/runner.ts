// Where tasks run: a piscina pool of worker threads, or the main thread for a few tasks with
// --jobs 1 (no thread to start) and under the TypeScript sources, where a worker thread cannot load
// worker.ts (tests that need threads run the built CLI). Both run render-task.ts: the same bytes.
import { existsSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BatchTask, RenderSettings, TaskOutcome } from './render-task.js';
import type { UnitsTexts } from './units-file.js';
import type { WorkerData } from './worker.js';
import { createRequire } from 'node:module';

export interface Runner {
  run(task: BatchTask): Promise<TaskOutcome>;
  close(): Promise<void>;
  /** How many tasks run at once. */
  threads: number;
}

/** The worker's file: beside the bundled CLI (dist/batch-worker.mjs, bin/bundle.mjs), or beside this
 * module in tsc's output (dist/batch/worker.js). Undefined under the TypeScript sources. */
export const WORKER_FILE = ['./batch-worker.mjs', './worker.js']
  .map((name) => fileURLToPath(new URL(name, import.meta.url)))
  .find((file) => !import.meta.url.endsWith('.ts') && existsSync(file));

/** Past this many tasks even --jobs 1 uses a (one-thread) pool, for the pool's bounded memory. */
const IN_PROCESS_MAX_TASKS = 8;
const THREAD_OLD_SPACE_MB = 160;

/** What one thread may take at its peak: its bounded old generation plus young space and code. */
const THREAD_BUDGET_MB = THREAD_OLD_SPACE_MB + 64;

/** The threads a batch may start: what was asked, but no more than the cores nor than free memory
 * holds (`--jobs 1000` once started 568 threads and reached 8 GB before writing anything, issue 9). */
export function capThreads(asked: number, cores = availableParallelism(), freeBytes = freemem()): number {
  const byMemory = Math.floor(freeBytes / (THREAD_BUDGET_MB * 1024 * 1024));
  return Math.max(1, Math.min(asked, cores, byMemory));
}

export async function createRunner(asked: number, tasks: number, units: Record<string, UnitsTexts>, settings: RenderSettings = {}): Promise<Runner> {
  const jobs = capThreads(asked);
  if (WORKER_FILE === undefined || (jobs <= 1 && tasks <= IN_PROCESS_MAX_TASKS)) {
    // Imported here, not at the top: with a pool the main thread never loads the render pipeline.
    const { createTaskRenderer } = await import('./render-task.js');
    const render = createTaskRenderer(units, settings);
    return { run: render, close: async () => undefined, threads: 1 };
  }
  // require, not import(): the CLI bundle runs from V8's code cache (bin/load-cli.js), where Node 20
  // loses the callback a dynamic import() of a package needs ("A dynamic import callback was not specified").
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const workerData: WorkerData = { units, settings };
  const pool = new Piscina<BatchTask, TaskOutcome>({
    filename: WORKER_FILE,
    minThreads: Math.max(1, jobs),
    maxThreads: Math.max(1, jobs),
    // Threads live for the whole batch: their parsed base plan and compiled templates are the point.
    idleTimeout: 60_000,
    // A thread holds its next task while it renders one: with one at a time it waited for the main
    // thread to take its result and send the next, which a write in progress there delays; each of
    // two threads waited 840-900 of 4,330 ms so, 460-530 ms with two (1,000 units, --cpu-prof).
    // Tasks still run one after the other (a render never awaits), and hold one more document each.
    concurrentTasksPerWorker: 2,
    workerData,
    // A thread's live data is ~30 MB (the base plan, the compiled templates, one document); left
    // alone, V8 lets garbage pile up to hundreds of MB per thread before collecting. A bounded old
    // generation keeps the whole process flat as the batch grows (test/bench/batch.mjs).
    resourceLimits: { maxOldGenerationSizeMb: THREAD_OLD_SPACE_MB },
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy(), threads: jobs };
}
