// Checks many plan files, on every core: each costs a few milliseconds (read, YAML, schema, rules),
// so past a few hundred files the work is shared between this thread and worker threads
// (threads/share-work.ts). Results come back in the order of the files.
import { availableParallelism } from 'node:os';
import { shareWork, workerScript } from '../threads/share-work.js';
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

/** `levels`: the config's rule levels, applied in every thread. */
export function checkFiles(files: readonly string[], options: { threads?: number; levels?: RuleLevels } = {}): Promise<CheckedFile[]> {
  return shareWork(files, {
    // The worker bundle, which serves validate under workerData { role: 'check-files' }; or tsc's output (dist/validate/).
    script: workerScript(import.meta.url, ['./check-files-worker.js']),
    workerData: { role: CHECK_FILES_ROLE, levels: options.levels },
    threads: options.threads ?? availableParallelism(),
    minItemsForWorkers: MIN_FILES_FOR_WORKERS,
    batch: BATCH,
    inFlight: 2,
    // Read and checked synchronously (readPlanBytesSync), as in a worker.
    here: (file) => checkPlanFile(file, options.levels),
  });
}
