// render --final / batch --final: a document that goes out for signature has no TODO left. Before
// anything is written, every plan (and every unit's merged plan of a units file) is checked; each
// blocking warning is printed as an error and the command exits 1, writing nothing.
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

/** The warnings that stop a final document: TODO markers left (PP290). */
export const BLOCKING_FOR_FINAL = new Set<string>(['PP290']);

export function isBlocking(d: Diagnostic): boolean {
  return d.severity === 'warning' && BLOCKING_FOR_FINAL.has(d.code);
}

/** 0 when every file may go out as final; 1 (after printing why) otherwise. */
export async function checkFinal(files: readonly string[], io: Io, lang: Lang): Promise<number> {
  const blocking: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => '');
    if (/^["']?don_vi["']?\s*:/m.test(text) && isUnitsData(parseYaml(text.replace(/^\uFEFF/, ''), file).data)) {
      const units = await validateUnitsFile(file, io.cwd);
      for (const [name, source] of units.sources) sources.set(name, source);
      blocking.push(...units.diagnostics.filter(isBlocking));
    } else {
      const loaded = await loadPlanFile(resolve(io.cwd, file));
      if (loaded.source !== undefined) sources.set(file, loaded.source);
      blocking.push(...loaded.diagnostics.filter(isBlocking).map((d) => ({ ...d, file })));
    }
  }
  if (blocking.length === 0) return 0;
  printDiagnostics(io, lang)(
    blocking.map((d) => ({ ...d, severity: 'error' as const })),
    sources,
  );
  io.stderr(ui(lang, 'finalRefused')(new Set(blocking.map((d) => d.file)).size) + '\n');
  return 1;
}
