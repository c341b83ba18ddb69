// An -o that names a document (ke-hoach.pdf, ket-qua.docx) where a command writes something else:
// render made a folder ke-hoach.pdf with the .docx inside, batch a folder ket-qua.docx of units,
// import and check --fix the same. Each command refuses it with what to write instead; a folder that
// really exists under such a name stays a folder.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/messages.js';
import { ui } from './ui-text.js';

const DOCUMENT_NAME = /\.(docx|pdf|doc|docm|dotx|odt|rtf|txt|html?)$/i;

/** What -o may name besides a folder: a .docx (render, check --fix; `pdfFlag`: the command has
 * --pdf, which a .pdf name is taken to want), a .yaml (import), or nothing (batch). */
export type OutputKind = { writes: 'docx'; pdfFlag: boolean } | { writes: 'yaml' } | { writes: 'folder' };

/** The message refusing `output`, or undefined when it is a name the command can write to. */
export async function outputNameProblem(output: string | undefined, cwd: string, lang: Lang, kind: OutputKind): Promise<string | undefined> {
  if (output === undefined) return undefined;
  const type = DOCUMENT_NAME.exec(output)?.[1]?.toLowerCase();
  if (type === undefined || (kind.writes === 'docx' && type === 'docx')) return undefined;
  if ((await stat(resolve(cwd, output)).catch(() => undefined))?.isDirectory() === true) return undefined;
  const stem = output.replace(DOCUMENT_NAME, '');
  if (kind.writes === 'folder') return ui(lang, 'batchOutputIsFolder')(output, stem);
  if (kind.writes === 'yaml') return ui(lang, 'outputNotYaml')(output, `${stem}.yaml`);
  return ui(lang, 'outputNotDocx')(output, `${stem}.docx`, kind.pdfFlag && type === 'pdf');
}
