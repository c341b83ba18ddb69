// An -o that names a document (ke-hoach.pdf, ket-qua.docx) where a folder is wanted: render made a
// folder ke-hoach.pdf with the .docx inside, batch a folder ket-qua.docx of units. Both commands
// refuse it and say what to write; a folder that really exists under such a name stays a folder.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

const DOCUMENT_NAME = /\.(docx|pdf|doc|docm|dotx|odt|rtf|txt|html?)$/i;

/** The document type `output` ends in (lower case, without the dot), if it is no existing folder. */
export async function documentTypeOf(output: string, cwd: string): Promise<string | undefined> {
  const type = DOCUMENT_NAME.exec(output)?.[1]?.toLowerCase();
  if (type === undefined) return undefined;
  const folder = (await stat(resolve(cwd, output)).catch(() => undefined))?.isDirectory() === true;
  return folder ? undefined : type;
}

/** `output` with its document type taken off: the folder or .docx name to suggest. */
export function withoutType(output: string): string {
  return output.replace(DOCUMENT_NAME, '');
}
