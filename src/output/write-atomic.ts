// Every output file (.docx, manifests, zip, PDF) is written here: to a temporary file in the target's
// own folder, every byte, flushed to disk, its size checked, and only then renamed over the target.
// A full disk, a kill or a crash therefore never leaves a truncated file under the target's name, and
// an older file stays byte-identical until the new one is whole (issue 9). write-file-atomic 6.0.0 did
// not do this: it issued one write() and never checked how many bytes it wrote.
//
// - The temporary file is opened with O_EXCL (a symlink or file planted at its name is never followed
//   or reused) and named `.<name>.parplan-tmp-<pid>-<n>`, so a later run recognises the leftovers of a
//   process that was killed with SIGKILL (no handler runs then) and removes them (stale-temps.ts).
// - The target itself is never opened: rename() replaces whatever is at the name, a symlink included,
//   so a link planted in the output folder is replaced and its destination is untouched.
// - The name is kept within 255 bytes (the limit of ext4, NTFS and APFS counts bytes or UTF-16 units).
import { closeSync, constants, openSync } from 'node:fs';
import { lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ensureFolder } from './ensure-folder.js';
import { removeStaleTemps, TEMP_MARK, trackTemp } from './stale-temps.js';

/** Thrown when fewer bytes reached the disk than were written (a full disk that does not say so). */
export class ShortWriteError extends Error {
  readonly code = 'ESHORT';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`wrote ${actual} of ${expected} bytes`);
  }
}

const MAX_NAME_BYTES = 255;
let counter = 0;
/** A temporary name beside `target`, unique in this process, at most 255 bytes long. */
export function tempPathFor(target: string, kind = ''): string {
  const suffix = `${TEMP_MARK}${process.pid}-${++counter}${kind}`;
  return join(dirname(target), `.${truncateBytes(basename(target), MAX_NAME_BYTES - 1 - Buffer.byteLength(suffix))}${suffix}`);
}

export function truncateBytes(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(target);
  await ensureFolder(folder);
  await removeStaleTemps(folder);
  // Keep the permissions of the file being replaced (a regular file only: a link is replaced, not read).
  const old = await lstat(target).catch(() => undefined);
  const mode = old?.isFile() ? old.mode & 0o7777 : 0o666;
  const temp = tempPathFor(target);
  const untrack = trackTemp(temp);
  let handle: FileHandle | undefined;
  try {
    // The temporary file is created synchronously: an asynchronous open still waiting in the thread
    // pool when Ctrl-C's handler removes the tracked temporaries would create it after them, and it
    // would be left behind (test/cli/batch-interrupt.test.ts, seen with 8 writes in flight). Then it
    // is opened again without O_CREAT, so once removed it stays removed.
    closeSync(openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), mode));
    handle = await open(temp, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
    await writeAll(handle, bytes);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== bytes.byteLength) throw new ShortWriteError(bytes.byteLength, size);
    await handle.close();
    handle = undefined;
    await rename(temp, target);
    untrack();
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    untrack();
    throw e;
  }
  await syncFolder(folder);
}

/** write() may write fewer bytes than asked (a nearly full disk, a signal): loop until all are written. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** The rename is durable once the folder's entry is on disk (POSIX); Windows cannot open a folder. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, constants.O_RDONLY).catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/**
 * Moves a finished file (made by another program, e.g. LibreOffice's PDF) over `target` atomically:
 * checked by `verify` first, then renamed within the file system; across file systems it is copied
 * through writeFileAtomically. The source is removed either way.
 */
export async function moveFileAtomically(source: string, target: string, bytes: Uint8Array): Promise<void> {
  await ensureFolder(dirname(target));
  const info = await lstat(source);
  if (!info.isFile() || info.size !== bytes.byteLength) throw new ShortWriteError(bytes.byteLength, info.size);
  try {
    await rename(source, target);
    await syncFolder(dirname(target));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await writeFileAtomically(target, bytes);
    await unlink(source).catch(() => undefined);
  }
}
