// A units file → one job per unit: its label, its output file (unique, inside the output folder)
// and the problems found before rendering (an entry that is not a map, an unusable `tep`).
import { isAbsolute, join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { assignUniqueStems, checkFileName, defaultStem } from './file-names.js';
import { isPlainObject } from '../validate/json-pointer.js';
import type { BatchJob } from './run-batch.js';
import { mergeUnit, unitName } from './unit-plan.js';
import type { Units } from './units-file.js';

export interface UnitJobsOptions {
  /** The key of the units file in the batch's UnitsTexts. */
  key: string;
  /** Absolute output folder. */
  outDir: string;
  /** How to show a path to the user (relative to the working folder). */
  display(path: string): string;
}

/** Call only when units.fileProblems is empty. */
export function planUnitJobs(units: Units, options: UnitJobsOptions): BatchJob[] {
  const file = units.texts.unitsFile;
  const locate = units.units!.locate;
  const drafts = units.entries.map((entry, index) => {
    const pointer = `/don_vi/${index}`;
    const problems: Diagnostic[] = [...(units.entryProblems.get(index) ?? [])];
    const merged = problems.length === 0 ? mergeUnit(units, index) : undefined;
    const name = unitName(merged);
    let stem = defaultStem(name, index);
    let chosen = false;
    const tep = isPlainObject(entry) ? entry.tep : undefined;
    if (typeof tep === 'string' && !problems.some((p) => p.path.startsWith(`${pointer}/tep`))) {
      const checked = checkFileName(tep);
      if (checked.ok) {
        stem = checked.stem;
        chosen = true;
      } else {
        problems.push({ code: 'PP401', severity: 'error', file, ...locate(`${pointer}/tep`), path: `${pointer}/tep`, args: { name: tep, why: checked.why } });
      }
    }
    return { index, pointer, label: name ?? `don_vi[${index}]`, stem, chosen, problems };
  });

  const unique = assignUniqueStems(drafts);
  return drafts.map((draft, i): BatchJob => {
    const { stem, clashWith } = unique[i]!;
    const target = join(options.outDir, `${stem}.docx`);
    const inside = relative(options.outDir, target);
    if (inside.startsWith('..') || isAbsolute(inside) || inside.includes('/') || inside.includes('\\')) {
      throw new Error(`batch: output name ${stem} escapes ${options.outDir}`);
    }
    const at = { file, ...locate(draft.pointer) };
    const notes: Diagnostic[] =
      clashWith === undefined
        ? []
        : [
            {
              code: 'PP402',
              severity: 'warning',
              ...at,
              ...(draft.chosen ? locate(`${draft.pointer}/tep`) : {}),
              path: draft.chosen ? `${draft.pointer}/tep` : draft.pointer,
              args: { name: `${draft.stem}.docx`, other: drafts[clashWith]!.label, renamed: `${stem}.docx` },
            },
          ];
    return {
      label: draft.label,
      task: draft.problems.length === 0 ? { kind: 'unit', units: options.key, index: draft.index } : undefined,
      target,
      targetLabel: options.display(target),
      at,
      notes,
      problems: draft.problems,
    };
  });
}
