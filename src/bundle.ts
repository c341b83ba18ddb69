// The one bundle, dist/parplan.cjs (bin/bundle.mjs): the CLI's main(), the library `import 'parplan'`
// resolves to, and the worker threads of batch and validate (dist/batch-worker.mjs loads this same
// file), so the package holds its code once. Each command, and the render, check and import
// pipelines, start only when first used (cli/commands/index.ts, index.ts).
import { workerData } from 'node:worker_threads';
// In a thread of `parplan validate` (workerData { role: 'check-files' }) or of `parplan check`
// ({ role: 'check-docx' }) these modules listen for files.
import { isCheckFilesWorker } from './validate/check-files-worker.js';
export { saveCodeCacheAfterFirstFiles } from './validate/check-files-worker.js';
import { isCheckDocxWorker } from './check/check-worker.js';

export { main } from './cli/main.js';
/** For bin/load-cli.js: the stages this thread ran, to know when to write its code cache again. */
export { stagesReached } from './pipeline/stages-reached.js';
export * from './index.js';

export type WorkerTask = (task: never) => Promise<unknown>;

/** A batch thread's task function (its module reads workerData as it starts); none in validate's or check's threads. */
export async function workerTask(): Promise<WorkerTask | undefined> {
  if (isCheckFilesWorker(workerData) || isCheckDocxWorker(workerData)) return undefined;
  return (await import('./batch/worker.js')).default as WorkerTask;
}

/** parplan edit's render thread (dist/edit-worker.mjs): renders the page's plans off the server's
 * thread. `afterFirst` runs once the first is done (the thread's code cache is written then). */
export async function serveEditRenders(afterFirst: () => void): Promise<void> {
  (await import('./edit/render-worker.js')).serveRenders(afterFirst);
}
