// The schema check of plans that hold mostly the same values: a batch's units over one base. The
// plan's schema is an object of fields, each with a schema of its own, and nothing that ties one
// field to another (checked below): a plan passes when it has the required fields, no others, and
// each field passes its own. So a unit whose fields are those of a unit that passed, holding the
// same values except in a few, passes when those few pass their fields' schemas; only then is the
// whole check skipped. Anything else (a field added or removed, one that fails, a first unit with
// problems) is checked whole, which gives the problems their usual words and positions (issue 12:
// each unit's ~35 KB of base was checked again, 0.4 ms a unit).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isPlainObject } from './json-pointer.js';
import { sameValue } from '../cache/same-value.js';
import { fieldValid, PLAN_SCHEMA } from './schema.js';

/** The keywords the plan's schema may have at its top for the rule above to hold. */
const FIELD_BY_FIELD = new Set(['$schema', '$id', 'title', 'description', 'type', 'additionalProperties', 'required', 'properties', '$defs']);
export const SCHEMA_IS_FIELD_BY_FIELD =
  Object.keys(PLAN_SCHEMA).every((keyword) => FIELD_BY_FIELD.has(keyword)) && PLAN_SCHEMA.type === 'object' && PLAN_SCHEMA.additionalProperties === false;

export class SchemaMemo {
  /** A plan's data that passed the whole check, with no problem at all. */
  private reference: Record<string, unknown> | undefined;

  /** `whole`: the full check of `data`; run unless `data` passes by the rule above. */
  check(data: unknown, whole: () => Diagnostic[]): Diagnostic[] {
    const reference = this.reference;
    if (reference !== undefined && SCHEMA_IS_FIELD_BY_FIELD && isPlainObject(data) && passesBeside(data, reference)) return [];
    const problems = whole();
    if (reference === undefined && problems.length === 0 && isPlainObject(data)) this.reference = data;
    return problems;
  }
}

/** `data` has the fields of `reference` (which passed), and each that differs passes its own schema. */
function passesBeside(data: Record<string, unknown>, reference: Record<string, unknown>): boolean {
  const keys = Object.keys(data);
  if (keys.length !== Object.keys(reference).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(reference, key)) return false;
    if (!sameValue(data[key], reference[key]) && fieldValid(key, data[key]) !== true) return false;
  }
  return true;
}
