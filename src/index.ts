// The library: `import { loadPlan, validatePlan, renderPlan } from 'parplan'`. The CLI runs the same
// functions underneath (pipeline/load-plan.ts, pipeline/render-plan.ts); this file only gives them a
// stable shape: problems carry their message already worded, and nothing here throws for a bad plan.
// importDocx (issue 11) and checkDocx (issue 15) are added here by their modules.
// The render, check and import pipelines are imported when first called: a program (or `parplan
// validate`, which shares this bundle) that only checks plans never starts the docx writer or reader.
import type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
import { hasErrors, pointerToFieldPath } from './diagnostics/diagnostic.js';
import { formatMessage, type Lang, type MessageCode } from './diagnostics/messages.js';
import { loadPlanFile, loadPlanText, type LoadedPlan } from './pipeline/load-plan.js';
import type { Plan } from './plan/plan.js';
import type { DocumentPart } from './diagnostics/diagnostic.js';
import { formatFacts } from './diagnostics/messages.js';
import { citedClause } from './diagnostics/citation.js';
import { readFile } from 'node:fs/promises';
import { schemaLine } from './presets/schema-ref.js';

export type { Plan } from './plan/plan.js';
export type { Lang, MessageCode } from './diagnostics/messages.js';
export type { Severity, DocumentPart } from './diagnostics/diagnostic.js';

/** One problem of a plan, as `parplan validate --format json` prints it. */
export interface Problem {
  /** Stable code (PP101, PP290, …): CI configurations key on it. */
  code: MessageCode;
  severity: Severity;
  /** The file as it was named (or `options.file` for text). */
  file: string;
  /** 1-based; 0 when the problem is the file itself. */
  line: number;
  column: number;
  /** JSON Pointer of the field ("" for the whole file). */
  path: string;
  /** The same field as a dotted path: nguoi_ky.ho_ten, noi_dung[0].tieu_de. */
  field: string;
  /** The message in the chosen language (Vietnamese by default). */
  message: string;
  /** The values the message was made from. */
  args: Record<string, string | number>;
}

export interface PlanResult {
  /** No errors (warnings allowed). */
  valid: boolean;
  /** The checked plan when valid; undefined otherwise. */
  plan: Plan | undefined;
  problems: Problem[];
  /** The decoded text of the file (undefined when it could not be read). */
  source: string | undefined;
}

export interface MessageOptions {
  /** Language of the messages: 'vi' (default) or 'en'. */
  lang?: Lang;
}

/** Reads a plan file and checks it exactly as `parplan validate` and `parplan render` do. */
export async function loadPlan(file: string, options: MessageOptions = {}): Promise<PlanResult> {
  return toResult(await loadPlanFile(file), options.lang ?? 'vi');
}

/** Checks a plan given as YAML text (or as data already parsed, e.g. from JSON). */
export function validatePlan(input: string | object, options: MessageOptions & { file?: string } = {}): PlanResult {
  const file = options.file ?? '<plan>';
  // Data is checked through the same parser as text (JSON is YAML), so positions and rules agree.
  const text = typeof input === 'string' ? input : JSON.stringify(input, null, 1);
  return toResult(loadPlanText(file, text), options.lang ?? 'vi');
}

export interface RenderOptions extends MessageOptions {
  /** A templates folder of one's own (a copy of parplan's templates/, edited). */
  templates?: string;
  /** The name problems are reported under when `plan` is text or data. */
  file?: string;
}

export interface RenderResult {
  ok: boolean;
  /** The .docx file's bytes when ok. */
  docx: Uint8Array | undefined;
  /** Errors that stopped the render, or the plan's warnings when it rendered. */
  problems: Problem[];
}

/**
 * A plan → .docx bytes, the bytes `parplan render` writes. `plan` is a file path, YAML text
 * (anything containing a line break), plan data, or the `plan` of a PlanResult.
 */
export async function renderPlan(plan: string | object | PlanResult, options: RenderOptions = {}): Promise<RenderResult> {
  const lang = options.lang ?? 'vi';
  const checked = isPlanResult(plan)
    ? plan
    : typeof plan === 'string' && !/[\r\n]/.test(plan)
      ? await loadPlan(plan, { lang })
      : validatePlan(plan, { lang, ...(options.file !== undefined ? { file: options.file } : {}) });
  if (!checked.valid || checked.plan === undefined) return { ok: false, docx: undefined, problems: checked.problems };
  const file = typeof plan === 'string' && !/[\r\n]/.test(plan) ? plan : (checked.problems[0]?.file ?? options.file ?? '<plan>');
  const { renderPlanToDocx } = await import('./pipeline/render-plan.js');
  const rendered = await renderPlanToDocx(checked.plan, file, options.templates);
  if (!rendered.ok) return { ok: false, docx: undefined, problems: [...checked.problems, ...rendered.diagnostics.map((d) => toProblem(d, lang))] };
  return { ok: true, docx: rendered.bytes, problems: checked.problems };
}

function isPlanResult(value: unknown): value is PlanResult {
  return typeof value === 'object' && value !== null && 'problems' in value && 'valid' in value && Array.isArray((value as PlanResult).problems);
}

function toResult(loaded: LoadedPlan, lang: Lang): PlanResult {
  return {
    valid: !hasErrors(loaded.diagnostics) && loaded.plan !== undefined,
    plan: loaded.plan,
    problems: loaded.diagnostics.map((d) => toProblem(d, lang)),
    source: loaded.source,
  };
}

export function toProblem(d: Diagnostic, lang: Lang = 'vi'): Problem {
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    path: d.path,
    field: pointerToFieldPath(d.path),
    message: formatMessage(d.code, d.args, lang),
    args: d.args,
  };
}

// ── checkDocx (issue 15): is a .docx laid out as Nghị định 30 requires? ──

/** One layout problem of a .docx, as `parplan check --format json` prints it. */
export interface DocumentProblem {
  code: MessageCode;
  severity: Severity;
  file: string;
  /** The part of the document: kho_giay, le, phong_chu, quoc_hieu, tieu_ngu, … (README: Checking received plans). */
  part: DocumentPart | undefined;
  /** The clause of Nghị định 30/2020: "Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)". */
  clause: string | undefined;
  /** The clause as check's text report cites it, in the chosen language: "NĐ 30/2020, Phụ lục I, …", the
   * practice of issued documents where the decree gives no figure, or a plan rule's own citation. */
  citation: string | undefined;
  /** What was found and what is required ("lề trái 25,4 mm" / "30–35 mm"). */
  found: string | undefined;
  expected: string | undefined;
  /** 1-based paragraph in reading order (0: not about one paragraph) and its first words. */
  paragraph: number;
  excerpt: string;
  /** 1-based section (page setup), 0 when not about one. */
  section: number;
  message: string;
  args: Record<string, string | number>;
}

export interface CheckResult {
  /** No errors (warnings allowed). */
  ok: boolean;
  /** False when the bytes are not a readable .docx (the problems say why). */
  readable: boolean;
  problems: DocumentProblem[];
}

/** Checks a .docx (a path, or its bytes) exactly as `parplan check` does. Never throws for a strange
 * document; a file that cannot be opened gives PP001. */
export async function checkDocx(input: string | Uint8Array, options: MessageOptions & { file?: string } = {}): Promise<CheckResult> {
  const lang = options.lang ?? 'vi';
  const file = options.file ?? (typeof input === 'string' ? input : '<docx>');
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    try {
      bytes = await readFile(input);
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      const d: Diagnostic = { code: 'PP001', severity: 'error', file, line: 0, column: 0, path: '', args: { errno: error.code ?? '', detail: error.message } };
      return { ok: false, readable: false, problems: [toDocumentProblem(d, lang)] };
    }
  } else bytes = input;
  const { checkDocx: checkDocxBytes } = await import('./check/check-docx.js');
  const result = await checkDocxBytes(bytes, { file });
  return { ok: !hasErrors(result.diagnostics), readable: result.readable, problems: result.diagnostics.map((d) => toDocumentProblem(d, lang)) };
}

function toDocumentProblem(d: Diagnostic, lang: Lang): DocumentProblem {
  const facts = formatFacts(d.code, d.args, lang);
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    part: d.document?.part,
    clause: d.document?.clause,
    citation: d.document === undefined ? undefined : citedClause(d, lang),
    found: facts?.found,
    expected: facts?.expected,
    paragraph: d.document?.paragraph ?? 0,
    excerpt: d.document?.excerpt ?? '',
    section: d.document?.section ?? 0,
    message: formatMessage(d.code, d.args, lang),
    args: d.args,
  };
}

// ── importDocx (issue 11): a Word plan (.docx) → the text of a plan file ──

export interface ImportOptions {
  /** The document's name, for problems and the plan's header comment. */
  file?: string;
  /** Prepare next year's draft (số and day blank, years moved on, TODO where new figures go). */
  year?: number;
  lang?: Lang;
  /** Where the .yaml will be written, for its schema line (default: beside `file`). */
  planFile?: string;
}

export interface ImportDocxResult {
  /** The document could be read (warnings allowed). */
  ok: boolean;
  /** The plan file's text (schema line first, comments where the importer guessed). */
  yaml: string | undefined;
  /** Reading and recognition problems (PP5xx), then the written plan's own (validatePlan's). */
  problems: Problem[];
}

/** `importDocx(bytes)`: the same reader and recognisers as `parplan import`, never throwing for a strange document. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportDocxResult> {
  const lang = options.lang ?? 'vi';
  const file = options.file ?? 'ke-hoach.docx';
  const [{ importDocx: importDocument }, { nextYearDraft }, { planToYaml }] = await Promise.all([import('./import/import-docx.js'), import('./import/next-year.js'), import('./import/plan-yaml.js')]);
  const result = await importDocument(bytes, { file });
  const problems = result.diagnostics.map((d) => toProblem(d, lang));
  if (!result.imported) return { ok: false, yaml: undefined, problems };
  const imported = options.year !== undefined ? nextYearDraft(result.imported, options.year) : result.imported;
  const planFile = options.planFile ?? file.replace(/\.[^./\\]+$/, '') + '.yaml';
  const yaml = planToYaml(imported, [schemaLine(planFile), `Nhập từ ${file} bằng parplan import.`]);
  const checked = loadPlanText(planFile, yaml);
  return { ok: true, yaml, problems: [...problems, ...checked.diagnostics.map((d) => toProblem(d, lang))] };
}
