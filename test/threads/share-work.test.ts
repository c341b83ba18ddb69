// shareWork hands batches to worker threads and to this thread; results must come back in the
// items' order whoever did each, and no thread may start below the threshold. The worker here is a
// real thread running the compiled module's serveWork (npm test builds dist/ first).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shareWork, workersFor } from '../../src/threads/share-work.js';

const compiled = pathToFileURL(path.resolve('dist/threads/share-work.js')).href;

/** A worker that doubles each item after a random pause, answering in the order asked, and says which thread it was. */
function workerFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parplan-share-'));
  const file = path.join(dir, 'worker.mjs');
  writeFileSync(
    file,
    `import { threadId } from 'node:worker_threads';
import { serveWork } from ${JSON.stringify(compiled)};
serveWork(async (items) => {
  await new Promise((r) => setTimeout(r, Math.random() * 4));
  return items.map((n) => ({ value: n * 2, thread: threadId, batch: items.length }));
});
`,
  );
  return file;
}

/** `count` items doubled by this thread (`hereMs` an item) and two workers, `batch` items a message. */
function doubled(count: number, batch: number, hereMs: number) {
  const items = Array.from({ length: count }, (_, i) => i);
  const results = shareWork(items, {
    script: workerFile(),
    workerData: {},
    threads: 3,
    minItemsForWorkers: 10,
    batch,
    inFlight: 2,
    here: async (n) => {
      await new Promise((r) => setTimeout(r, hereMs));
      return { value: n * 2, thread: 0, batch: 0 };
    },
  });
  return { items, results };
}

describe('shareWork', () => {
  it('gives every result in the order of the items, with work done by the workers and by this thread', async () => {
    // Slow enough here that the workers, which take some milliseconds to start, get batches too.
    const { items, results: running } = doubled(200, 3, 2);
    const results = await running;
    expect(results.map((r) => r.value)).toEqual(items.map((n) => n * 2));
    const threads = new Set(results.map((r) => r.thread));
    expect(threads.has(0)).toBe(true);
    expect(threads.size).toBe(3);
  });

  it('starts no thread below the threshold, nor without a script', async () => {
    const options = { script: '/nonexistent/worker.mjs', threads: 4, minItemsForWorkers: 50, batch: 8 };
    expect(workersFor(49, options)).toBe(0);
    expect(workersFor(50, options)).toBe(3);
    expect(workersFor(500, { ...options, script: undefined })).toBe(0);
    // Never more workers than batches to share, beside this thread's.
    expect(workersFor(16, { ...options, minItemsForWorkers: 1 })).toBe(1);
    // A worker on a missing script would fail the call: below the threshold it is never started.
    const results = await shareWork([1, 2, 3], { ...options, workerData: {}, inFlight: 2, here: (n: number) => n + 1 });
    expect(results).toEqual([2, 3, 4]);
  });

  it('hands out smaller batches as the items run out, so that no thread waits long for the others at the end', async () => {
    // Slower here than in the workers: they take most batches, the last ones among them.
    const { items, results: running } = doubled(120, 4, 8);
    const results = await running;
    expect(results.map((r) => r.value)).toEqual(items.map((n) => n * 2));
    const byWorkers = results.map((r, i) => ({ ...r, i })).filter((r) => r.thread !== 0);
    // Full batches while much is left; one item a batch once no more than one is left for each of
    // the batches the threads may hold (3 threads × (2 in flight + 1)): the last eight items.
    expect(byWorkers.filter((r) => r.i < 60).every((r) => r.batch === 4)).toBe(true);
    const tail = byWorkers.filter((r) => r.i >= items.length - 8);
    expect(tail.length).toBeGreaterThan(0);
    expect(tail.every((r) => r.batch === 1)).toBe(true);
  });
});
