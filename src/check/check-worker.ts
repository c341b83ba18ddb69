// A worker thread of `parplan check`: checks the documents it is sent exactly as the main thread
// would (checkDocumentFile) and sends back their diagnostics. It runs inside the package's one bundle
// (dist/batch-worker.mjs loads dist/parplan.cjs), which serves check when started with workerData
// { role: 'check-docx' }. The checker itself is imported only in such a thread: the bundle starts
// without the .docx reader (test/cli/lazy-load.test.ts).
import { workerData } from 'node:worker_threads';
import { serveWork } from '../threads/share-work.js';
import type { CheckedDocument, DocumentFile } from './check-files.js';

export const CHECK_DOCX_ROLE = 'check-docx';

export function isCheckDocxWorker(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === CHECK_DOCX_ROLE;
}

if (isCheckDocxWorker(workerData)) {
  // Messages that arrive while the checker loads wait in the port's queue until the listener is set.
  void import('./check-files.js').then(({ checkDocumentFile }) => {
    serveWork(async (documents: DocumentFile[]) => {
      const results: CheckedDocument[] = [];
      for (const d of documents) results.push(await checkDocumentFile(d));
      return results;
    });
  });
}
