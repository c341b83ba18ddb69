// Leftovers of a killed run. A process stopped with SIGKILL (or a power cut) runs no handler, so its
// temporary files stay. Each is named `.<name>.parplan-tmp-<pid>-<n>` (a file) or
// `.parplan-pdf.parplan-tmp-<pid>-<n>-pdf` (LibreOffice's staging folder): the next parplan that
// writes into the folder removes those whose process no longer runs. A live process's are kept: two
// parplan runs may write into one folder at once.
import { rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { onExit } from 'signal-exit';

export const TEMP_MARK = '.parplan-tmp-';
const TEMP_NAME = /^\..*\.parplan-tmp-(\d+)-\d+(?:-pdf)?$/;

/** Temporary files and folders of this process not yet renamed or removed: removed if the process is
 * stopped (Ctrl-C, SIGTERM), and never taken for leftovers. Each may have its own way to be removed
 * (LibreOffice's staging folder: end soffice first, then remove what it wrote). */
const active = new Map<string, (() => void) | undefined>();
let exitHandler: (() => void) | undefined;

/** Registers a temporary path to remove if the process exits first; returns its release. `remove`
 * replaces the plain removal, for a path another process may still be writing into. */
export function trackTemp(path: string, remove?: () => void): () => void {
  exitHandler ??= onExit(() => {
    // One failure must not keep the others (or the process's own exit) from running: the handler runs
    // while the process dies, and whatever is left the next run removes.
    for (const [p, own] of active) {
      try {
        if (own) own();
        else rmSync(p, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
      } catch {
        // Left for the next run (removeStaleTemps).
      }
    }
  });
  active.set(path, remove);
  return () => void active.delete(path);
}

/** Folders already swept by this process. */
const swept = new Set<string>();

/** The pid that left `name`, if it is one of parplan's temporary names. */
export function tempOwner(name: string): number | undefined {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1]) : undefined;
}

export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files and folders of dead parplan processes in `folder` (once per process). */
export async function removeStaleTemps(folder: string): Promise<string[]> {
  const absolute = resolve(folder);
  if (swept.has(absolute)) return [];
  swept.add(absolute);
  const names = await readdir(absolute).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === undefined) continue;
    const path = join(absolute, name);
    // Our own pid: a process before us with the same pid (pids restart in containers), unless in use now.
    if (pid === process.pid ? active.has(path) : isProcessAlive(pid)) continue;
    await rm(path, { recursive: true, force: true }).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}

/** For tests: sweep again, as a new process would. */
export function forgetSweeps(): void {
  swept.clear();
}
