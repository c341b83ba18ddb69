// Work shared between this thread and worker threads: `parplan validate`'s plan files and `parplan
// check`'s documents. Past a number of items, worker threads (the package's one worker bundle,
// dist/batch-worker.mjs running dist/parplan.cjs, told their role by workerData) each take batches
// of items as they finish one, while this thread works through batches too. Results come back in
// the order of the items, whichever thread did each.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

export interface ShareOptions<T, R> {
  /** The worker's script (workerScript()); undefined: every item in this thread. */
  script: string | undefined;
  /** What the worker threads are started with (their role, the config's rule levels). */
  workerData: unknown;
  /** Threads in all, this one included. */
  threads: number;
  /** Below this many items no worker is started: starting one costs more than it saves. */
  minItemsForWorkers: number;
  /** Items per message to a worker. */
  batch: number;
  /** Batches a worker holds at once: with two it never waits for its next. */
  inFlight: number;
  /** One item, in this thread, as a worker does it. */
  here(item: T): R | Promise<R>;
}

/** The worker bundle beside the bundled CLI (dist/batch-worker.mjs beside dist/parplan.cjs), or the
 * first of `compiled` found beside `from` (tsc's output). None when running from the TypeScript
 * sources: tests of the sources do all in this thread. */
export function workerScript(from: string, compiled: readonly string[] = []): string | undefined {
  if (from.endsWith('.ts')) return undefined;
  for (const relative of ['./batch-worker.mjs', ...compiled]) {
    const path = fileURLToPath(new URL(relative, from));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** How many worker threads `shareWork` starts for `items` items. */
export function workersFor(items: number, options: Pick<ShareOptions<unknown, unknown>, 'script' | 'threads' | 'minItemsForWorkers' | 'batch'>): number {
  if (options.script === undefined || items < options.minItemsForWorkers) return 0;
  return Math.max(0, Math.min(Math.max(1, options.threads) - 1, Math.ceil(items / options.batch) - 1));
}

export async function shareWork<T, R>(items: readonly T[], options: ShareOptions<T, R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const pool = Array.from({ length: workersFor(items.length, options) }, () => new Worker(options.script!, { workerData: options.workerData }));
  // Batches shrink as the items run out, so that the threads finish together: a thread that finds
  // nothing left waits for the batches the others still hold (with validate's 8 files a batch, two
  // held by the worker, this thread sat idle 20–35 ms at the end of 1,000 files).
  const holding = (pool.length + 1) * (options.inFlight + 1);
  const take = (): [number, T[]] | undefined => {
    if (next >= items.length) return undefined;
    const start = next;
    const size = Math.max(1, Math.min(options.batch, Math.ceil((items.length - next) / holding)));
    next = Math.min(items.length, next + size);
    return [start, items.slice(start, next)];
  };
  // An item done here may take no turn of the event loop (validate reads and checks synchronously):
  // the workers' answers are let in after each, so that they get their next batch at once.
  const yieldToWorkers = () => new Promise<void>((resolve) => setImmediate(resolve));
  const inThisThread = async () => {
    for (let batch = take(); batch; batch = take()) {
      const [start, own] = batch;
      for (const [i, item] of own.entries()) {
        results[start + i] = await options.here(item);
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
      const fill = () => {
        while (starts.length < options.inFlight && next < items.length) send();
        if (starts.length === 0) resolve();
      };
      worker.on('message', (answered: R[]) => {
        const start = starts.shift()!;
        answered.forEach((r, i) => (results[start + i] = r));
        fill();
      });
      worker.on('error', reject);
      worker.once('online', fill);
    });
  try {
    await Promise.all([inThisThread(), ...pool.map(inWorker)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** In a worker thread: answers each batch of items shareWork sends with their results, one batch
 * after the other and in the order they came (shareWork counts on it). `afterEach` runs after each
 * answer (validate's thread writes its code cache after its first). */
export function serveWork<T, R>(handle: (items: T[]) => R[] | Promise<R[]>, afterEach?: () => void): void {
  let queue = Promise.resolve();
  parentPort?.on('message', (items: T[]) => {
    queue = queue.then(async () => {
      parentPort!.postMessage(await handle(items));
      afterEach?.();
    });
  });
}
