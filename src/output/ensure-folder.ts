// Creates an output folder one level at a time. Node's mkdir({ recursive: true }) loops forever on a
// path whose parent exists but refuses children with ENOENT (`-o /proc/1/x`, issue 9): here each
// missing level is made once, and the first level that cannot be made ends it with that error.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** An error creating (or finding) an output folder, naming the folder that failed. */
export class FolderError extends Error {
  constructor(
    readonly code: string,
    readonly folder: string,
    message: string,
  ) {
    super(message);
  }
}

/** Folders known to exist in this process: a batch writes hundreds of files into one. */
const made = new Set<string>();

export async function ensureFolder(folder: string): Promise<void> {
  const absolute = resolve(folder);
  if (made.has(absolute)) return;
  await makeLevel(absolute, 0);
  made.add(absolute);
}

async function makeLevel(folder: string, depth: number): Promise<void> {
  const info = await stat(folder).catch((e: NodeJS.ErrnoException) => e);
  if (!(info instanceof Error)) {
    if (info.isDirectory()) return;
    throw new FolderError('ENOTDIR', folder, `${folder} is not a folder`);
  }
  if (info.code !== 'ENOENT') throw new FolderError(info.code ?? 'EIO', folder, info.message);
  const parent = dirname(folder);
  // The root always exists; a path deeper than any file system allows is refused, not recursed into.
  if (parent === folder || depth > 256) throw new FolderError('ENOENT', folder, `cannot create ${folder}`);
  await makeLevel(parent, depth + 1);
  try {
    await mkdir(folder);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code === 'EEXIST' && (await stat(folder).catch(() => undefined))?.isDirectory()) return;
    throw new FolderError(error.code ?? 'EIO', folder, error.message);
  }
}

/** For tests: forget the folders seen, as a new process would. */
export function forgetFolders(): void {
  made.clear();
}
