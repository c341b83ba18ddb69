// What a run may write (issue 9): never one of its own inputs (a plan saved as notes.docx rendered to
// notes.docx, a units file named manifest.json in its output folder), never two outputs at one name
// (two plans called plan.yaml rendered into one folder), and a --zip that is neither.
// Inputs are compared by identity (device and inode, after symlinks), so a different spelling of the
// same file (case on Windows and macOS, a symlinked folder, ./a/../a) is still the same file.
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

export class InputClashError extends Error {
  readonly code = 'EINPUT';
  constructor(readonly target: string) {
    super(`${target} is an input of this run`);
  }
}

export interface InputGuard {
  /** Throws InputClashError when writing `target` would replace an input of the run. */
  check(target: string): Promise<void>;
  isInput(target: string): Promise<boolean>;
}

const identity = (info: { dev: bigint; ino: bigint }) => `${info.dev}:${info.ino}`;

export async function guardInputs(inputs: readonly string[]): Promise<InputGuard> {
  const ids = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input, { bigint: true }).catch(() => undefined);
    // Windows reports ino 0 on some file systems (FAT, network shares): fall back to the path there.
    if (info && info.ino !== 0n) ids.add(identity(info));
    ids.add(`path:${await canonicalPath(input)}`);
  }
  const isInput = async (target: string): Promise<boolean> => {
    // lstat: a symlink at the target is replaced, not written through, so only the link itself counts.
    const info = await lstat(target, { bigint: true }).catch(() => undefined);
    if (info && info.ino !== 0n && ids.has(identity(info))) return true;
    return ids.has(`path:${await canonicalPath(target)}`);
  };
  return {
    isInput,
    async check(target) {
      if (await isInput(target)) throw new InputClashError(target);
    },
  };
}

/** The folder's real path plus the name, folded as the system's usual file systems compare names
 * (NTFS and APFS ignore case; all of them are compared in NFC). */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  return foldName(join(folder, basename(absolute)));
}

export function foldName(path: string): string {
  const nfc = path.normalize('NFC');
  return process.platform === 'win32' || process.platform === 'darwin' ? nfc.toLowerCase() : nfc;
}

/** Gives each wanted path one of its own: the second `x.docx` becomes `x-2.docx` (names compared
 * ignoring case and Unicode form, as batch does for units). Returns the path each gets, and the
 * index of the one that had it first when it was renamed. */
export function uniquePaths(wanted: readonly string[], extension: string): { path: string; clashWith: number | undefined }[] {
  const key = (p: string) => resolve(p).normalize('NFC').toLowerCase();
  const taken = new Map<string, number>();
  return wanted.map((path, i) => {
    const owner = taken.get(key(path));
    if (owner === undefined) {
      taken.set(key(path), i);
      return { path, clashWith: undefined };
    }
    const stem = join(dirname(path), basename(path, extension === '' ? '' : extname(path)));
    let n = 2;
    while (taken.has(key(`${stem}-${n}${extension}`))) n++;
    const renamed = `${stem}-${n}${extension}`;
    taken.set(key(renamed), i);
    return { path: renamed, clashWith: owner };
  });
}
