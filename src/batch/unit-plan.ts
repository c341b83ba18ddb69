// One unit's plan: its entry merged over the base, then checked exactly like a plan file, with
// every problem moved to the file and line that caused it (the entry in the units file, or the base).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedYaml } from '../parse/read-yaml.js';
import { checkPlanData } from '../pipeline/load-plan.js';
import type { Plan } from '../plan/plan.js';
import type { RuleLevels } from '../diagnostics/rule-levels.js';
import { mergePlan, originOf } from './merge.js';
import { RuleMemo } from '../validate/rule-memo.js';
import { SchemaMemo } from '../validate/schema-memo.js';
import { isPlainObject } from '../validate/json-pointer.js';
import type { Units } from './units-file.js';

export interface UnitPlan {
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
}

/** The entry without `tep`, which names the output file and is no field of the plan. */
export function entryFields(entry: unknown): unknown {
  if (!isPlainObject(entry) || !Object.hasOwn(entry, 'tep')) return entry;
  const { tep: _tep, ...rest } = entry;
  return rest;
}

export function mergeUnit(units: Units, index: number): unknown {
  return mergePlan(units.base?.data, entryFields(units.entries[index]));
}

/** The unit's name as a person reads it ("Sở Tài nguyên và Môi trường"), if the merged plan has one. */
export function unitName(merged: unknown): string | undefined {
  const issuer = isPlainObject(merged) ? merged.co_quan_ban_hanh : undefined;
  if (!isPlainObject(issuer)) return undefined;
  if (typeof issuer.ten_day_du === 'string' && issuer.ten_day_du.trim() !== '') return issuer.ten_day_du.trim();
  const lines = (Array.isArray(issuer.ten) ? issuer.ten : [issuer.ten]).filter((l): l is string => typeof l === 'string');
  const joined = lines.join(' ').trim();
  return joined === '' ? undefined : joined;
}

/** What the schema and the rules found in the first unit checked of a units file, for the units
 * after it (rule-memo.ts, schema-memo.ts). */
const memos = new WeakMap<Units, { rules: RuleMemo; schema: SchemaMemo }>();
function memoOf(units: Units): { rules: RuleMemo; schema: SchemaMemo } {
  let memo = memos.get(units);
  if (memo === undefined) memos.set(units, (memo = { rules: new RuleMemo(), schema: new SchemaMemo() }));
  return memo;
}

/** Checks one unit; call only when units.fileProblems is empty and the entry had no problems of its own. */
export function checkUnit(units: Units, index: number, levels?: RuleLevels): UnitPlan {
  const unitsParsed = units.units!;
  const base = units.base!;
  const entry = entryFields(units.entries[index]);
  const merged = mergePlan(base.data, entry);
  const unitsFile = units.texts.unitsFile;
  const prefix = `/don_vi/${index}`;
  const fromUnit = (pointer: string) => originOf(entry, merged, pointer) === 'unit';
  const locate: ParsedYaml['locate'] = (pointer, ...rest) => (fromUnit(pointer) ? unitsParsed.locate(prefix + pointer, ...rest) : base.locate(pointer, ...rest));
  const sourceOf = (pointer: string) => (fromUnit(pointer) ? units.texts.unitsText : units.texts.baseText);
  const checked = checkPlanData({ data: merged, diagnostics: [], locate }, unitsFile, levels, sourceOf, memoOf(units));
  return { plan: checked.plan, diagnostics: checked.diagnostics.map((d) => placeDiagnostic(d, units, index, fromUnit(d.path) ? 'unit' : 'base')) };
}

/**
 * Gives a diagnostic of the merged plan the file it belongs to, and a path into that file (a field
 * the entry wrote is /don_vi/<i>/… of the units file). One about the whole plan (line 0: a template
 * problem) goes to the entry.
 */
export function placeDiagnostic(d: Diagnostic, units: Units, index: number, origin: 'unit' | 'base'): Diagnostic {
  const prefix = `/don_vi/${index}`;
  if (d.line === 0) return { ...d, file: units.texts.unitsFile, ...units.units!.locate(prefix), path: prefix + d.path };
  return origin === 'unit' ? { ...d, file: units.texts.unitsFile, path: prefix + d.path } : { ...d, file: units.texts.baseFile! };
}
