// One task of a batch → the .docx bytes, or the problems that stop it. The same code runs in a
// worker thread (worker.ts) and, for --jobs 1, in the main thread: serial and parallel runs give
// the same bytes because they run the same function on the same input.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StyleSheet } from '../docx/named-styles.js';
import { loadPlanFile } from '../pipeline/load-plan.js';
import { renderPlanToDocx } from '../pipeline/render-plan.js';
import { checkUnit, placeDiagnostic } from './unit-plan.js';
import { openUnits, type Units, type UnitsTexts } from './units-file.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';

/** What every document of a run is made with (plain data: it is sent to the worker threads). */
export interface RenderSettings {
  /** The named styles with a province's reference document applied (--reference-doc); the decree's defaults when absent. */
  styleSheet?: StyleSheet;
  /** A templates folder of one's own (the config's `templates`); parplan's templates/ when absent. */
  templateDir?: string;
  /** The config's rule levels. */
  levels?: RuleLevels;
}

export type BatchTask =
  /** A plan file: `file` as the user named it, `absolute` to read it. */
  | { kind: 'plan'; file: string; absolute: string }
  /** Unit `index` of the units file whose texts are under `units` in the batch's UnitsTexts. */
  | { kind: 'unit'; units: string; index: number };

export type TaskOutcome =
  | { ok: true; bytes: Uint8Array; diagnostics: Diagnostic[]; source?: { file: string; text: string } }
  | { ok: false; diagnostics: Diagnostic[]; source?: { file: string; text: string } };

export type RenderTask = (task: BatchTask) => Promise<TaskOutcome>;

/** A renderer that opens each units file (and so parses its base plan) once, on first use. */
export function createTaskRenderer(unitsTexts: Readonly<Record<string, UnitsTexts>>, settings: RenderSettings = {}): RenderTask {
  const opened = new Map<string, Units>();
  const open = (key: string): Units => {
    let units = opened.get(key);
    if (units === undefined) {
      const texts = unitsTexts[key];
      if (texts === undefined) throw new Error(`batch: no units file ${key}`);
      units = openUnits(texts);
      opened.set(key, units);
    }
    return units;
  };
  return async (task) => (task.kind === 'plan' ? renderPlanTask(task, settings) : renderUnitTask(open(task.units), task.index, settings));
}

async function renderPlanTask(task: Extract<BatchTask, { kind: 'plan' }>, settings: RenderSettings): Promise<TaskOutcome> {
  const loaded = await loadPlanFile(task.absolute, settings.levels);
  const relabel = (d: Diagnostic): Diagnostic => ({ ...d, file: task.file });
  const source = loaded.source === undefined ? {} : { source: { file: task.file, text: loaded.source } };
  if (!loaded.plan) return { ok: false, diagnostics: loaded.diagnostics.map(relabel), ...source };
  const rendered = await renderPlanToDocx(loaded.plan, task.file, settings.templateDir, settings.styleSheet);
  const diagnostics = [...loaded.diagnostics, ...(rendered.ok ? [] : rendered.diagnostics)].map(relabel);
  return rendered.ok ? { ok: true, bytes: rendered.bytes, diagnostics, ...source } : { ok: false, diagnostics, ...source };
}

async function renderUnitTask(units: Units, index: number, settings: RenderSettings): Promise<TaskOutcome> {
  const checked = checkUnit(units, index, settings.levels);
  if (!checked.plan) return { ok: false, diagnostics: checked.diagnostics };
  const rendered = await renderPlanToDocx(checked.plan, units.texts.unitsFile, settings.templateDir, settings.styleSheet);
  if (!rendered.ok) {
    const placed = rendered.diagnostics.map((d) => placeDiagnostic(d, units, index, 'unit'));
    return { ok: false, diagnostics: [...checked.diagnostics, ...placed] };
  }
  return { ok: true, bytes: rendered.bytes, diagnostics: checked.diagnostics };
}
