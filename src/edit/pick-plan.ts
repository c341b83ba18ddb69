// `parplan edit` without a file: ask which plan of the working folder to edit, or make a new one from
// a preset with the questions `parplan init` asks (src/presets/questions.ts, src/presets/build-plan.ts:
// the same preset code, not the init command).
import { writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { glob } from 'tinyglobby';
import type { Lang } from '../diagnostics/messages.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadPlanText } from '../pipeline/load-plan.js';
import { buildPlanYaml } from '../presets/build-plan.js';
import { listPresets, type Preset } from '../presets/registry.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { describeUnit } from '../presets/unit.js';
import { abbreviationQuestion, normalizeAbbreviation, parseYear, presetQuestion, unitQuestion, yearQuestion } from '../presets/questions.js';
import { ui } from '../cli/ui-text.js';
import { planSchemaBeside, writeEditorSetup } from '../cli/editor-setup.js';

export interface PlanAsker {
  select(config: { message: string; choices: { name: string; value: string; description?: string }[]; pageSize?: number; loop?: boolean }): Promise<string>;
  input(config: { message: string; default?: string; validate: (value: string) => string | true }): Promise<string>;
}

const CREATE = '\u0000create';

/** A preset of the config's folder made a plan with errors: what it made, for the command to show. */
export class PresetPlanError extends Error {
  constructor(
    readonly preset: string,
    readonly planFile: string,
    readonly yaml: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(`preset ${preset} made an invalid plan`);
  }
}

/** A new plan was asked for, and the config's presets folder holds no usable preset. */
export class NoPresetsError extends Error {}

/** The presets to offer: parplan's own, or (`ownFolder`) those of the config's presets folder. */
export interface PresetChoice {
  presets: readonly Preset[];
  ownFolder?: string;
}

/** The chosen or created plan's path (absolute), and a line to tell the clerk when one was created. */
export async function pickPlan(cwd: string, lang: Lang, ask: PlanAsker, today: Date, choice: PresetChoice = { presets: listPresets() }): Promise<{ file: string; note?: string }> {
  const found = (await glob('*.{yaml,yml}', { cwd, onlyFiles: true })).sort();
  const choices = [...found.map((f) => ({ name: f, value: f })), { name: ui(lang, 'editCreateChoice')(), value: CREATE }];
  const picked = found.length === 0 ? CREATE : await ask.select({ message: ui(lang, 'editAskPlan')(), choices, loop: false });
  if (picked !== CREATE) return { file: resolve(cwd, picked) };

  const { presets } = choice;
  if (presets.length === 0) throw new NoPresetsError('no usable preset');
  const presetName = await ask.select(presetQuestion(presets, lang));
  const preset = presets.find((p) => p.name === presetName)!;
  const unit = (await ask.input(unitQuestion(preset.level, lang))).trim();
  const suggested = describeUnit(preset.level, unit).defaultAbbreviation;
  const abbreviation = normalizeAbbreviation(await ask.input(abbreviationQuestion(suggested, lang)));
  const year = parseYear(await ask.input(yearQuestion(today.getFullYear(), lang)))!;
  const name = await ask.input({
    message: ui(lang, 'editAskFileName')(),
    default: `ke-hoach-${year}.yaml`,
    validate: (value) => (/\.ya?ml$/i.test(value.trim()) && !existsSync(resolve(cwd, value.trim())) ? true : ui(lang, 'editFileNameProblem')()),
  });
  const file = resolve(cwd, name.trim());
  // As init: outside parplan's own folder the schema line names a copy beside the plan.
  const schemaFile = planSchemaBeside(file);
  const yaml = buildPlanYaml({ preset, unit, abbreviation, year }, { planFile: file, today, ...(schemaFile ? { schemaFile } : {}) });
  const checked = loadPlanText(basename(file), yaml);
  if (hasErrors(checked.diagnostics)) {
    // parplan's own presets make valid plans (a test inits each): one that does not is our bug.
    if (choice.ownFolder === undefined) throw new Error(`preset ${preset.name} made an invalid plan: ${checked.diagnostics.map((d) => d.code).join(', ')}`);
    throw new PresetPlanError(preset.name, basename(file), yaml, checked.diagnostics.filter((d) => d.severity === 'error'));
  }
  // 'wx': never overwrite a file that appeared since the question.
  await writeFile(file, yaml, { flag: 'wx' });
  if (schemaFile) await writeEditorSetup(dirname(file));
  return { file, note: ui(lang, 'editCreated')(name.trim(), preset.name) };
}
