// A plan file's bytes, refusing what would hang or exhaust memory: a device or a named pipe
// (reading /dev/zero never ends), a file far larger than any plan.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The largest example plan is about 60 KB; 4 MiB leaves room for any real plan. */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

// O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
const OPEN_FLAGS = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

export async function readPlanBytes(file: string): Promise<ReadResult> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, OPEN_FLAGS);
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, diagnostic: fileProblem(file, 'EISDIR', '') };
    if (!info.isFile()) return { ok: false, diagnostic: fileProblem(file, 'NOTFILE', 'not a regular file') };
    if (info.size > MAX_PLAN_BYTES) {
      return { ok: false, diagnostic: { ...fileProblem(file, '', ''), code: 'PP012', args: { size: info.size, limit: MAX_PLAN_BYTES } } };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { ok: false, diagnostic: fileProblem(file, error.code ?? '', error.message) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function fileProblem(file: string, errno: string, detail: string): Diagnostic {
  return { code: 'PP001', severity: 'error', file, line: 0, column: 0, path: '', args: { errno, detail } };
}
