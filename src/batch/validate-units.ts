// `parplan validate` on a units file: every unit's plan checked as `batch` would check it (merged,
// schema, rules, file names), without rendering. Positions point into the units file or the base.
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { planUnitJobs } from './plan-jobs.js';
import { checkUnit } from './unit-plan.js';
import { readUnits } from './units-file.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';

export interface UnitsValidation {
  file: string;
  /** The base plan the units file names, as a path relative to the working folder (if it names one). */
  baseFile: string | undefined;
  /** Problems of the units file as a whole (unreadable, YAML errors, its own fields, the base unreadable). */
  fileDiagnostics: Diagnostic[];
  units: { index: number; label: string; diagnostics: Diagnostic[] }[];
  /** All of the above in one sorted list; a problem in the base, shared by every unit, appears once. */
  diagnostics: Diagnostic[];
  /** file → text of the units file and its base, for code frames. */
  sources: Map<string, string>;
}

/** `file` as the user named it; relative paths are taken from `cwd`. */
export async function validateUnitsFile(file: string, cwd = '.', plansDirs: readonly string[] = [], levels?: RuleLevels): Promise<UnitsValidation> {
  const units = await readUnits(file, cwd, plansDirs);
  const result: UnitsValidation = {
    file,
    baseFile: units.texts.baseFile,
    fileDiagnostics: units.fileProblems,
    units: [],
    diagnostics: [],
    sources: units.sources,
  };
  if (units.fileProblems.length === 0) {
    const jobs = planUnitJobs(units, { key: file, outDir: '/', display: (p) => p });
    result.units = jobs.map((job, index) => ({
      index,
      label: job.label,
      diagnostics: [...job.notes, ...job.problems, ...(job.task === undefined ? [] : checkUnit(units, index, levels).diagnostics)],
    }));
  }
  const seen = new Set<string>();
  const all = [...result.fileDiagnostics, ...result.units.flatMap((u) => u.diagnostics)].filter((d) => {
    const key = JSON.stringify([d.file, d.line, d.column, d.code, d.path, d.args]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  result.diagnostics = sortDiagnostics(all);
  return result;
}
