// A document only LibreOffice can read (.doc, .odt, .rtf, Word 2003 XML: the .docx reader says PP502)
// is read again from LibreOffice's conversion to .docx, for `parplan check` (and --fix) and for
// --reference-doc, as `parplan import` does: units still send .doc files, and a province's template
// may be one. What is read then is LibreOffice's reading of the file, which the report says (PP513).
// Without LibreOffice, or when it cannot convert the file, PP502 says which of the two it was.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findSoffice, SYSTEM } from '../pdf/find-soffice.js';
import { convertToDocx } from './convert-to-docx.js';

type Env = Record<string, string | undefined>;

/** Whether a reading's problems say that only LibreOffice can read the file. */
export function needsConversion(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.code === 'PP502');
}

/** PP502 with whether LibreOffice was there to try ("yes": it could not convert the file; "no": not installed). */
export function withSofficeState(diagnostics: readonly Diagnostic[], found: boolean): Diagnostic[] {
  return diagnostics.map((d) => (d.code === 'PP502' ? { ...d, args: { ...d.args, soffice: found ? 'yes' : 'no' } } : d));
}

/** The note that a file was read through LibreOffice's conversion (its format as PP502 named it). */
function convertedNote(file: string, before: readonly Diagnostic[]): Diagnostic {
  const format = before.find((d) => d.code === 'PP502')?.args.format ?? 'doc';
  return { code: 'PP513', severity: 'warning', file, line: 0, column: 0, path: '', args: { format } };
}

export interface ToRead {
  /** The file as the user named it (diagnostics). */
  file: string;
  /** Where it is, for LibreOffice. */
  path: string;
  /** The reading of its own bytes, whose PP502 asks for the conversion. */
  diagnostics: readonly Diagnostic[];
}

/**
 * Reads again, from LibreOffice's .docx, each document whose reading said PP502: all of them in ONE
 * soffice run (it starts in seconds). `read` is the reading of a .docx (check, fix, the reference
 * document); its result comes back with PP513 first. A document LibreOffice did not convert gets
 * undefined: its own reading stands, with PP502 saying why (withSofficeState).
 */
export async function readConverted<R extends { diagnostics: Diagnostic[] }>(
  documents: readonly ToRead[],
  read: (bytes: Uint8Array, document: ToRead) => Promise<R>,
  env: Env = process.env,
): Promise<{ found: boolean; results: (R | undefined)[] }> {
  if (documents.length === 0) return { found: false, results: [] };
  const soffice = findSoffice({ ...SYSTEM, env });
  if (soffice === undefined) return { found: false, results: documents.map(() => undefined) };
  const converted = await convertToDocx(soffice, documents.map((d) => d.path), env);
  const results: (R | undefined)[] = [];
  for (const document of documents) {
    const bytes = converted.get(document.path);
    if (bytes === undefined) {
      results.push(undefined);
      continue;
    }
    const result = await read(bytes, document);
    results.push({ ...result, diagnostics: [convertedNote(document.file, document.diagnostics), ...result.diagnostics] });
  }
  return { found: true, results };
}

/**
 * One document read by `read`; when that says only LibreOffice can read it (PP502), read again from
 * LibreOffice's .docx (PP513 first), or, if that cannot be had, its own reading with PP502 saying why.
 */
export async function readOrConvert<R extends { diagnostics: Diagnostic[] }>(
  document: Omit<ToRead, 'diagnostics'>,
  bytes: Uint8Array,
  read: (bytes: Uint8Array) => Promise<R>,
  env: Env = process.env,
): Promise<R> {
  const own = await read(bytes);
  if (!needsConversion(own.diagnostics)) return own;
  const again = await readConverted([{ ...document, diagnostics: own.diagnostics }], read, env);
  return again.results[0] ?? { ...own, diagnostics: withSofficeState(own.diagnostics, again.found) };
}
