// A small valid plan (test/fixtures/base-plan.yaml) with parts replaced, checked like any plan file.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadPlanText, type LoadedPlan } from '../../src/pipeline/load-plan.js';

export const BASE_PLAN_TEXT = readFileSync(new URL('../fixtures/base-plan.yaml', import.meta.url), 'utf8');

type Data = Record<string, unknown>;
const isMap = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Maps merge key by key, anything else replaces; null removes the key. */
export function mergeDeep(base: Data, patch: Data): Data {
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = isMap(value) && isMap(out[key]) ? mergeDeep(out[key] as Data, value) : value;
  }
  return out;
}

export function planText(patch: Data = {}): string {
  return stringify(mergeDeep(parse(BASE_PLAN_TEXT) as Data, patch), { lineWidth: 0 });
}

export function checkPlan(patch: Data = {}): LoadedPlan {
  return loadPlanText('plan.yaml', planText(patch));
}

/** "PP201 /ngay_ban_hanh": what a test compares. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.path}`);
}
