// Checks many .docx files on every core: past a dozen documents the work is shared between this
// thread and worker threads (the package's one worker bundle, dist/batch-worker.mjs running
// dist/parplan.cjs, started with workerData { role: 'check-docx' }), in batches handed out as each finishes. Results come back in
// the order of the files. Reading a document (src/docx-read) is most of a check's time.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileProblem, openRegularFile } from '../parse/read-plan-file.js';
import { checkDocx } from './check-docx.js';
import { CHECK_DOCX_ROLE } from './check-worker.js';

export interface CheckedDocument {
  diagnostics: Diagnostic[];
  /** False when the file could not be read, or not as a .docx. */
  readable: boolean;
}

/** One document to check: its name as the user gave it, and where it is. */
export interface DocumentFile {
  file: string;
  path: string;
}

/** Below this many documents, starting a worker (loading the bundle, ~150 ms) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 12;
const BATCH = 4;

/** The worker bundle beside dist/parplan.cjs; none when running from the TypeScript sources (tests
 * of the sources check in this thread). */
function workerScript(): string | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  const path = fileURLToPath(new URL('./batch-worker.mjs', import.meta.url));
  return existsSync(path) ? path : undefined;
}

export async function checkDocumentFiles(files: readonly DocumentFile[], options: { threads?: number } = {}): Promise<CheckedDocument[]> {
  const results = new Array<CheckedDocument>(files.length);
  const script = workerScript();
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const workers = script && files.length >= MIN_FILES_FOR_WORKERS ? Math.min(threads - 1, Math.ceil(files.length / BATCH) - 1) : 0;
  let next = 0;
  const take = (): [number, DocumentFile[]] | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return [start, files.slice(start, next)];
  };
  const inThisThread = async () => {
    for (let batch = take(); batch; batch = take()) {
      const [start, documents] = batch;
      for (const [i, d] of documents.entries()) results[start + i] = await checkDocumentFile(d);
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
      worker.on('message', (checked: CheckedDocument[]) => {
        checked.forEach((r, i) => (results[start + i] = r));
        send();
      });
      worker.on('error', reject);
      worker.once('online', send);
    });
  const pool = Array.from({ length: workers }, () => new Worker(script!, { workerData: { role: CHECK_DOCX_ROLE } }));
  try {
    await Promise.all([inThisThread(), ...pool.map(inWorker)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** Reads and checks one document, as `parplan check` does in whichever thread. */
export async function checkDocumentFile({ file, path }: DocumentFile): Promise<CheckedDocument> {
  // Only a regular file is opened: a FIFO named as a .docx would wait for a writer forever (issue 9).
  const opened = await openRegularFile(path);
  if (!opened.ok) return { diagnostics: [fileProblem(file, opened.errno, opened.detail)], readable: false };
  let bytes: Uint8Array;
  try {
    bytes = await opened.handle.readFile();
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { diagnostics: [fileProblem(file, error.code ?? '', error.message)], readable: false };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
  const result = await checkDocx(bytes, { file });
  return { diagnostics: result.diagnostics, readable: result.readable };
}
