// The edit page's work, done by the same functions the CLI calls: loadPlanText (parse, schema, rules)
// for the diagnostics, renderPlanToDocx for the document, the validate text report for "Kiểm tra",
// LibreOffice's conversion for the PDF. The server only routes to these; no document logic here either.
// The docx writer and the PDF conversion are loaded when first used: the server's thread checks, the
// render thread (render-worker.ts) renders.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatMessage, type Lang } from '../diagnostics/messages.js';
import { loadPlanText } from '../pipeline/load-plan.js';
import { REPORTERS } from '../cli/report/formats.js';
import { formatSummary } from '../cli/report/summary.js';
import { VERSION } from '../version.js';
import type { EditDiagnostic } from './protocol.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';
import type { StyleSheet } from '../docx/named-styles.js';

/** The config's templates folder, rule levels and reference document's styles (parplan.config.yaml), as render uses them. */
export interface PlanSettings {
  templateDir?: string | undefined;
  levels?: RuleLevels | undefined;
  styleSheet?: StyleSheet | undefined;
}

export function wordDiagnostics(diagnostics: Diagnostic[], lang: Lang): EditDiagnostic[] {
  return sortDiagnostics([...diagnostics]).map((d) => ({
    code: d.code,
    severity: d.severity,
    line: d.line,
    column: d.column,
    path: d.path,
    message: formatMessage(d.code, d.args, lang),
  }));
}

/** What `parplan validate` finds in the text, worded. */
export function checkPlanText(name: string, text: string, lang: Lang, settings: PlanSettings = {}): EditDiagnostic[] {
  return wordDiagnostics(loadPlanText(name, text, settings.levels).diagnostics, lang);
}

export type DocxOutcome = { ok: true; bytes: Uint8Array; diagnostics: EditDiagnostic[] } | { ok: false; diagnostics: EditDiagnostic[] };

/** What `parplan render` would write for the text, or the problems that stop it. */
export async function renderPlanText(name: string, text: string, lang: Lang, settings: PlanSettings = {}): Promise<DocxOutcome> {
  const loaded = loadPlanText(name, text, settings.levels);
  const diagnostics = wordDiagnostics(loaded.diagnostics, lang);
  if (loaded.plan === undefined) return { ok: false, diagnostics };
  const { renderPlanToDocx } = await import('../pipeline/render-plan.js');
  const rendered = await renderPlanToDocx(loaded.plan, name, settings.templateDir, settings.styleSheet);
  if (!rendered.ok) return { ok: false, diagnostics: [...diagnostics, ...wordDiagnostics(rendered.diagnostics, lang)] };
  return { ok: true, bytes: rendered.bytes, diagnostics };
}

/** The report `parplan validate <file>` prints (without colours), with its closing summary line. */
export function reportPlanText(name: string, text: string, lang: Lang, settings: PlanSettings = {}): string {
  const loaded = loadPlanText(name, text, settings.levels);
  const diagnostics = sortDiagnostics([...loaded.diagnostics]);
  const sources = new Map([[name, text]]);
  const report = REPORTERS.text([{ file: name, diagnostics }], { lang, color: new Chalk({ level: 0 }), sources, version: VERSION });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const counts = { files: 1, invalid: hasErrors(diagnostics) ? 1 : 0, errors, warnings: diagnostics.length - errors };
  return [report, formatSummary(counts, false, lang)].filter((part) => part !== '').join('\n\n') + '\n';
}

export type PdfOutcome = { ok: true; bytes: Uint8Array } | { ok: false; detail: string };

/** A .docx → PDF through LibreOffice, in a private temporary folder removed afterwards. */
export async function docxToPdf(soffice: string, docx: Uint8Array, env: Record<string, string | undefined>): Promise<PdfOutcome> {
  const { convertToPdf, pdfPathOf } = await import('../pdf/convert-to-pdf.js');
  const dir = await mkdtemp(join(tmpdir(), 'parplan-edit-to-pdf-'));
  try {
    const docxFile = join(dir, 'ke-hoach.docx');
    await writeFile(docxFile, docx);
    const [result] = await convertToPdf(soffice, [docxFile], { stagingParent: dir, env, timeoutMs: 120_000 });
    if (!result?.pdf) {
      const problem = result?.problem;
      return { ok: false, detail: problem === undefined ? '' : problem.code === 'PP404' ? problem.detail : String(problem.error) };
    }
    return { ok: true, bytes: await readFile(pdfPathOf(docxFile)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
