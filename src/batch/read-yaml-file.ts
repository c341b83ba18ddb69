// A YAML file's text and parsed data, or the diagnostics that stop it: the first half of
// loadPlanFile, for units files and base plans, which are not plans to check on their own.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodePlanBytes, decodeProblem } from '../parse/decode-text.js';
import { readPlanBytes } from '../parse/read-plan-file.js';

export type ReadText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic; errno: string; detail: string };

export async function readYamlText(file: string): Promise<ReadText> {
  const read = await readPlanBytes(file);
  if (!read.ok) return { ok: false, diagnostic: read.diagnostic, errno: String(read.diagnostic.args.errno ?? ''), detail: String(read.diagnostic.args.detail ?? '') };
  const decoded = decodePlanBytes(read.bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return { ok: false, diagnostic: decodeProblem(file, decoded), errno: '', detail: decoded.problem === 'binary' ? decoded.kind : decoded.problem === 'damaged' ? decoded.byte : decoded.encoding };
}
