// A worker thread of `parplan validate`: checks the plan files it is sent, exactly as the main thread
// would (loadPlanFile), and sends back their diagnostics, with the source text of those that have any.
import { parentPort } from 'node:worker_threads';
import { loadPlanFile } from '../pipeline/load-plan.js';
import type { CheckedFile } from './check-files.js';

parentPort?.on('message', (files: string[]) => {
  void Promise.all(
    files.map(async (file): Promise<CheckedFile> => {
      const loaded = await loadPlanFile(file);
      return { diagnostics: loaded.diagnostics, source: loaded.diagnostics.length > 0 ? loaded.source : undefined };
    }),
  ).then((results) => parentPort!.postMessage(results));
});
