// A worker thread of `parplan validate`: checks the plan files it is sent, exactly as the main thread
// would (loadPlanFile), and sends back their diagnostics, with the source text of those that have any.
// It runs inside the batch worker bundle (dist/batch-worker.mjs), which serves validate when started
// with workerData { role: 'check-files' }: the package ships one worker bundle, not tsc's output.
import { workerData } from 'node:worker_threads';
import { serveWork } from '../threads/share-work.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadPlanBytes } from '../pipeline/load-plan.js';
import { readPlanBytesSync } from '../parse/read-plan-file.js';
import type { CheckedFile } from './check-files.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';

export const CHECK_FILES_ROLE = 'check-files';

export function isCheckFilesWorker(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === CHECK_FILES_ROLE;
}

let saveCache: (() => void) | undefined;

/** dist/batch-worker.mjs hands over its code cache's writer (bin/load-cli.js), called once after the
 * thread's first files, so that the cache holds the functions checking compiled: a thread then starts
 * without compiling the bundle (issue 12). */
export function saveCodeCacheAfterFirstFiles(save: () => void): void {
  saveCache = save;
}

/** One plan file checked, as validate reports it (as loadPlanFile, read without the thread pool), in
 * this thread or a worker. */
export function checkPlanFile(file: string, levels: RuleLevels | undefined): CheckedFile {
  const read = readPlanBytesSync(file);
  if (!read.ok) return { diagnostics: [read.diagnostic], source: undefined };
  const loaded = loadPlanBytes(file, read.bytes, levels);
  return { diagnostics: loaded.diagnostics, source: loaded.source === undefined ? undefined : linesShown(loaded.source, loaded.diagnostics) };
}

/** The source with only the lines a report quotes (those diagnostics point at), the others empty: a
 * report's code frames are the same, and a thousand plans' texts are not copied between threads
 * and kept to the end (issue 12). Undefined when there are no diagnostics. */
export function linesShown(source: string, diagnostics: readonly Diagnostic[]): string | undefined {
  if (diagnostics.length === 0) return undefined;
  // The lines (0-based) to keep, in order; the text is walked once from line break to line break
  // (as split(/\r?\n/): a CR before LF ends the line, a lone CR is kept in it).
  const shown = [...new Set(diagnostics.filter((d) => d.line > 0).map((d) => d.line - 1))].sort((a, b) => a - b);
  let out = '';
  let line = 0;
  let start = 0;
  let next = 0;
  for (let end = source.indexOf('\n'); ; end = source.indexOf('\n', start)) {
    if (line === shown[next]) {
      const stop = end < 0 ? source.length : end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
      out += source.slice(start, stop);
      next += 1;
    }
    if (end < 0) break;
    out += '\n';
    line += 1;
    start = end + 1;
    if (next === shown.length) {
      // No more lines to keep: the rest is its line breaks alone.
      let breaks = 0;
      for (let i = source.indexOf('\n', start); i >= 0; i = source.indexOf('\n', i + 1)) breaks += 1;
      return out + '\n'.repeat(breaks);
    }
  }
  return out;
}

if (isCheckFilesWorker(workerData)) {
  const levels = (workerData as { levels?: RuleLevels }).levels;
  serveWork(
    (files: string[]) => files.map((file) => checkPlanFile(file, levels)),
    () => {
      const save = saveCache;
      saveCache = undefined;
      save?.();
    },
  );
}
