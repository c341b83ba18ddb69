// render --final / batch --final: a document that goes out for signature has no TODO left, nor any
// warning the config lists under `blocking`. Before anything is written, every plan (and every unit's
// merged plan of a units file) is checked; each blocking warning is printed as an error and the
// command exits 1, writing nothing.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../diagnostics/messages.js';
import { validateUnitsFile } from '../batch/validate-units.js';
import { isUnitsData } from '../batch/units-file.js';
import { parseYaml } from '../parse/read-yaml.js';
import { loadPlanFile } from '../pipeline/load-plan.js';
import type { Io } from './io.js';
import { printDiagnostics } from './report/print.js';
import { ui } from './ui-text.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';

/** The warnings that always stop a final document: TODO markers left (PP290). */
export const BLOCKING_FOR_FINAL: readonly string[] = ['PP290'];

export interface FinalOptions {
  /** The config's rule levels (a rule turned off blocks nothing). */
  levels?: RuleLevels | undefined;
  /** The config's `blocking`: more warnings that stop a final document. */
  blocking?: readonly string[] | undefined;
}

/** Whether a diagnostic stops --final (and is shown by batch -q): a TODO left, or a warning the config marks as blocking. */
export function blockingPredicate(blocking: readonly string[] = []): (d: Diagnostic) => boolean {
  const codes = new Set([...BLOCKING_FOR_FINAL, ...blocking]);
  return (d) => d.severity === 'warning' && codes.has(d.code);
}

/** 0 when every file may go out as final; 1 (after printing why) otherwise. */
export async function checkFinal(files: readonly string[], io: Io, lang: Lang, options: FinalOptions = {}): Promise<number> {
  const isBlocking = blockingPredicate(options.blocking);
  const blocking: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => '');
    if (/^["']?don_vi["']?\s*:/m.test(text) && isUnitsData(parseYaml(text.replace(/^\uFEFF/, ''), file).data)) {
      const units = await validateUnitsFile(file, io.cwd, [], options.levels);
      for (const [name, source] of units.sources) sources.set(name, source);
      blocking.push(...units.diagnostics.filter(isBlocking));
    } else {
      const loaded = await loadPlanFile(resolve(io.cwd, file), options.levels);
      if (loaded.source !== undefined) sources.set(file, loaded.source);
      blocking.push(...loaded.diagnostics.filter(isBlocking).map((d) => ({ ...d, file })));
    }
  }
  if (blocking.length === 0) return 0;
  printDiagnostics(io, lang)(
    blocking.map((d) => ({ ...d, severity: 'error' as const })),
    sources,
  );
  io.stderr(ui(lang, 'finalRefused')(new Set(blocking.map((d) => d.file)).size, blocking.every((d) => d.code === 'PP290')) + '\n');
  return 1;
}
