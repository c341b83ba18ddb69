// A plan file's bytes, refusing what would hang or exhaust memory: a device or a named pipe
// (reading /dev/zero never ends, opening a FIFO waits for a writer), a file far larger than any plan.
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The largest example plan is about 60 KB; 4 MiB leaves room for any real plan. */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

// O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
const OPEN_FLAGS = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Opens `file` only if it is a regular file (issue 9): stat first, so a FIFO, a device or a socket is
 * never opened at all (opening a FIFO waits for a writer, reading a device may never end, and some
 * devices act when opened), then open without blocking and check that the same file was opened.
 * Shared by everything that reads a user's file (plans, units files, base plans, import's .docx).
 */
export async function openRegularFile(file: string): Promise<{ ok: true; handle: FileHandle; size: number } | { ok: false; errno: string; detail: string }> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { ok: false, errno: error.code ?? '', detail: error.message };
  }
  if (info.isDirectory()) return { ok: false, errno: 'EISDIR', detail: '' };
  if (!info.isFile()) return { ok: false, errno: 'NOTFILE', detail: 'not a regular file' };
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, OPEN_FLAGS);
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
      await handle.close();
      return { ok: false, errno: 'NOTFILE', detail: 'the file changed while it was opened' };
    }
    return { ok: true, handle, size: opened.size };
  } catch (e) {
    await handle?.close().catch(() => undefined);
    const error = e as NodeJS.ErrnoException;
    return { ok: false, errno: error.code ?? '', detail: error.message };
  }
}

export async function readPlanBytes(file: string): Promise<ReadResult> {
  const opened = await openRegularFile(file);
  if (!opened.ok) return { ok: false, diagnostic: fileProblem(file, opened.errno, opened.detail) };
  const { handle } = opened;
  try {
    if (opened.size > MAX_PLAN_BYTES) {
      return { ok: false, diagnostic: { ...fileProblem(file, '', ''), code: 'PP012', args: { size: opened.size, limit: MAX_PLAN_BYTES } } };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { ok: false, diagnostic: fileProblem(file, error.code ?? '', error.message) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * readPlanBytes without the thread pool, for `validate`'s threads, which read a thousand plans one
 * after the other (each asynchronous call is a round trip through libuv's pool: ~0.25 ms of a plan's
 * ~2 ms, issue 12). The same steps and the same results: stat first, open without blocking, the
 * same file, the size bound.
 */
export function readPlanBytesSync(file: string): ReadResult {
  let info;
  try {
    info = statSync(file);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { ok: false, diagnostic: fileProblem(file, error.code ?? '', error.message) };
  }
  if (info.isDirectory()) return { ok: false, diagnostic: fileProblem(file, 'EISDIR', '') };
  if (!info.isFile()) return { ok: false, diagnostic: fileProblem(file, 'NOTFILE', 'not a regular file') };
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) return { ok: false, diagnostic: fileProblem(file, 'NOTFILE', 'the file changed while it was opened') };
    if (opened.size > MAX_PLAN_BYTES) return { ok: false, diagnostic: { ...fileProblem(file, '', ''), code: 'PP012', args: { size: opened.size, limit: MAX_PLAN_BYTES } } };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { ok: false, diagnostic: fileProblem(file, error.code ?? '', error.message) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // As readPlanBytes: a failed close changes nothing read.
      }
    }
  }
}

export function fileProblem(file: string, errno: string, detail: string): Diagnostic {
  return { code: 'PP001', severity: 'error', file, line: 0, column: 0, path: '', args: { errno, detail } };
}
