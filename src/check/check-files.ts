// Checks many .docx files on every core: past a dozen documents the work is shared between this
// thread and worker threads started with workerData { role: 'check-docx' } (threads/share-work.ts).
// Results come back in the order of the files. Reading a document (src/docx-read) is most of a
// check's time.
import { availableParallelism } from 'node:os';
import { shareWork, workerScript } from '../threads/share-work.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileProblem, openRegularFile } from '../parse/read-plan-file.js';
import { checkDocx } from './check-docx.js';
import { needsConversion, readConverted, withSofficeState } from '../convert/read-converted.js';
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

/** `env`: where LibreOffice is looked for (PARPLAN_SOFFICE, PATH) for the documents only it can read. */
export async function checkDocumentFiles(files: readonly DocumentFile[], options: { threads?: number; env?: Record<string, string | undefined> } = {}): Promise<CheckedDocument[]> {
  const checked = await shareWork(files, {
    script: workerScript(import.meta.url),
    workerData: { role: CHECK_DOCX_ROLE },
    threads: options.threads ?? availableParallelism(),
    minItemsForWorkers: MIN_FILES_FOR_WORKERS,
    batch: BATCH,
    // One batch at a time: a dozen documents split evenly between two threads, not 8 against 4.
    inFlight: 1,
    here: checkDocumentFile,
  });
  // A .doc, .odt or .rtf (PP502): checked again from LibreOffice's .docx, all of them in one run.
  const legacy = files.flatMap((f, i) => (needsConversion(checked[i]!.diagnostics) ? [{ ...f, index: i, diagnostics: checked[i]!.diagnostics }] : []));
  if (legacy.length === 0) return checked;
  const again = await readConverted(legacy, (bytes, d) => checkDocx(bytes, { file: d.file }), options.env);
  legacy.forEach((d, n) => {
    const result = again.results[n];
    checked[d.index] = result === undefined ? { diagnostics: withSofficeState(d.diagnostics, again.found), readable: false } : { diagnostics: result.diagnostics, readable: result.readable };
  });
  return checked;
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
