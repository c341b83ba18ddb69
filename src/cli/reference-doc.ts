// --reference-doc / --reference-doc-wins for render and batch: read the province's .docx once, print
// its warnings (values outside the decree), and give the named styles every document is written with.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readReason, type Lang } from '../diagnostics/messages.js';
import type { StyleSheet } from '../docx/named-styles.js';
import type { Io } from './io.js';
import { printDiagnostics } from './report/print.js';
import { ui } from './ui-text.js';

export interface ReferenceDocOptions {
  referenceDoc?: string;
  referenceDocWins?: boolean;
}

/** The config's reference_doc and reference_doc_wins, with the command line's over them. */
export function referenceOf(config: { reference_doc?: string; reference_doc_wins?: boolean }, given: ReferenceDocOptions = {}): ReferenceDocOptions {
  const referenceDoc = given.referenceDoc ?? config.reference_doc;
  const referenceDocWins = given.referenceDocWins ?? config.reference_doc_wins;
  return { ...(referenceDoc !== undefined ? { referenceDoc } : {}), ...(referenceDocWins !== undefined ? { referenceDocWins } : {}) };
}

/** The reference document last read, kept by `render --watch` between its renders: each render reads
 * the file again, and the same bytes give the same styles without a second reading (a .doc is a
 * LibreOffice run of seconds) and without printing its warnings again; a save of it reads it anew. */
export interface ReferenceDocMemory {
  last?: { path: string; wins: boolean; bytes: Uint8Array; sheet: StyleSheet };
}

/** The style sheet (undefined: the decree's defaults), or 'failed' when the file cannot be used (exit 2). */
export async function loadReferenceDoc(options: ReferenceDocOptions, lang: Lang, io: Io, memory?: ReferenceDocMemory): Promise<StyleSheet | undefined | 'failed'> {
  if (options.referenceDoc === undefined) return undefined;
  const path = resolve(io.cwd, options.referenceDoc);
  const wins = options.referenceDocWins === true;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    io.stderr(ui(lang, 'referenceDocUnreadable')(options.referenceDoc, readReason(error.code ?? '', error.message, lang)) + '\n');
    return 'failed';
  }
  const last = memory?.last;
  if (last !== undefined && last.path === path && last.wins === wins && Buffer.from(last.bytes).equals(bytes)) return last.sheet;
  // The .docx reader starts only when a reference document is given.
  const [{ readReferenceDoc }, { readOrConvert }] = await Promise.all([import('../reference-doc/read-reference.js'), import('../convert/read-converted.js')]);
  const file = options.referenceDoc;
  // A province's template kept as .doc (or .odt) is read as LibreOffice converts it.
  const result = await readOrConvert({ file, path }, bytes, (from) => readReferenceDoc(from, { file, wins }), io.env);
  printDiagnostics(io, lang)(result.diagnostics, new Map());
  if (result.sheet === undefined) return 'failed';
  if (memory !== undefined) memory.last = { path, wins, bytes, sheet: result.sheet };
  return result.sheet;
}
