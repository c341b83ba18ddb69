// A checked Plan → .docx bytes: view → template markup → document model → writer.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentModel, DocumentProperties } from '../model/document.js';
import type { Plan } from '../plan/plan.js';
import { asList } from '../plan/plan.js';
import { buildView } from '../render/view.js';
import { loadTemplate, DEFAULT_TEMPLATE_DIR, templateFileOf } from '../render/templates.js';
import { markupToModel, MarkupError } from '../render/markup-to-model.js';
import { writeDocx } from '../docx/write-docx.js';
import type { StyleSheet } from '../docx/named-styles.js';
import { reachStage, STAGE } from './stages-reached.js';
import { displayPath } from '../output/display-path.js';

export type ModelResult = { ok: true; model: DocumentModel } | { ok: false; diagnostics: Diagnostic[] };

export function planToModel(plan: Plan, file: string, templateDir: string = DEFAULT_TEMPLATE_DIR): ModelResult {
  let markup: string;
  try {
    // Loading is inside: a templates folder that cannot be read is the folder's problem (PP302).
    markup = loadTemplate(templateDir)(buildView(plan));
  } catch (e) {
    return { ok: false, diagnostics: [templateProblem(e, file)] };
  }
  try {
    return { ok: true, model: markupToModel(markup, documentProperties(plan)) };
  } catch (e) {
    if (!(e instanceof MarkupError)) throw e;
    // A province's edited templates made markup the model cannot hold: the folder's problem, said so.
    const folder = displayPath(templateDir, process.cwd());
    return { ok: false, diagnostics: [{ code: 'PP303', severity: 'error', file, line: 0, column: 0, path: '', args: { folder, why: e.why, name: e.element } }] };
  }
}

/** Index names a plan can be about (shared/INDEXES.md), found in its trích yếu besides chi_so.ten. */
const INDEX_NAMES = ['PAR INDEX', 'SIPAS', 'PCI', 'DDCI', 'PAPI'];

/**
 * Title, subject, author (the issuer), keywords (the index names) and the plan's date, so a file
 * manager's search and Word's File › Info tell the plan. A date with the day left blank ("2022-07")
 * counts from the first of the month. Same plan, same properties: the output stays byte-identical.
 */
export function documentProperties(plan: Plan): DocumentProperties {
  const subject = asList(plan.trich_yeu).join(' ');
  const mentioned = INDEX_NAMES.filter((name) => subject.toUpperCase().includes(name));
  const keywords = [...new Set([...(plan.chi_so === undefined ? [] : [plan.chi_so.ten]), ...mentioned])];
  const day = plan.ngay_ban_hanh.length === 7 ? `${plan.ngay_ban_hanh}-01` : plan.ngay_ban_hanh;
  return {
    title: `${plan.loai_van_ban.ten} ${subject}`,
    subject,
    creator: plan.co_quan_ban_hanh.ten_day_du ?? asList(plan.co_quan_ban_hanh.ten).join(' '),
    keywords: keywords.join(', '),
    created: `${day}T00:00:00Z`,
  };
}

export type RenderResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

/** `styleSheet`: the named styles with a province's reference document applied (--reference-doc). */
export async function renderPlanToDocx(plan: Plan, file: string, templateDir?: string, styleSheet?: StyleSheet): Promise<RenderResult> {
  const model = planToModel(plan, file, templateDir);
  if (!model.ok) return model;
  const bytes = await writeDocx(model.model, styleSheet === undefined ? {} : { styleSheet });
  reachStage(STAGE.rendered);
  return { ok: true, bytes };
}

/** Handlebars strict mode says `"field" not defined in [object Object] - 12:4`: name the field. A
 * parse error says "Parse error on line 3:" and then the line: both are kept. The template is the
 * partial the error came from, else the main template. */
function templateProblem(e: unknown, file: string): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  const template = templateFileOf(e) ?? 'ke-hoach.hbs';
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) {
    return { code: 'PP300', severity: 'error', file, line: 0, column: 0, path: '', args: { template, field: missing[1] ?? '' } };
  }
  const [first = '', second = ''] = message.split('\n');
  const detail = /^Parse error on line \d+:$/.test(first) && second.trim() !== '' ? `${first} ${second.trim()}` : first;
  return { code: 'PP302', severity: 'error', file, line: 0, column: 0, path: '', args: { template, detail } };
}
