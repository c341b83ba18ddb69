// --zip: the batch's documents and manifests in one archive (written atomically by the caller). .docx and .pdf
// files are compressed already, so they are stored; the manifests are deflated. Entry times are
// fixed, so the same outputs give the same archive.
import { readFile } from 'node:fs/promises';
import type { Zippable } from 'fflate';

/** 2020-01-01 12:00 local time: zip stores local DOS times, so this reads the same everywhere. */
const ENTRY_TIME = new Date(2020, 0, 1, 12, 0, 0);

export interface ZipEntry {
  /** Name inside the archive, with forward slashes. */
  name: string;
  /** A file to read, or the bytes themselves. */
  from: string | Uint8Array;
}

export async function zipBytes(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  // Loaded for --zip only: its tables cost every render's start ~5 ms (issue 12). In the bundle,
  // esbuild makes this import a call of the bundled module, not a dynamic import.
  const { zipSync } = await import('fflate');
  const files: Zippable = {};
  for (const entry of entries) {
    const bytes = typeof entry.from === 'string' ? new Uint8Array(await readFile(entry.from)) : entry.from;
    const stored = /\.(docx|pdf)$/i.test(entry.name);
    files[entry.name] = [bytes, { level: stored ? 0 : 6, mtime: ENTRY_TIME }];
  }
  return zipSync(files);
}
