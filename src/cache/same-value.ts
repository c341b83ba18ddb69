// Whether two pieces of parsed plan data are the same data: what the batch's checks compare a unit's
// fields with, to give it what an earlier unit's check found (validate/rule-memo.ts, schema-memo.ts).

/**
 * The same data: numbers, texts, booleans and null equal; lists item by item; objects with the same
 * fields in the same order (a rule that walks a list of fields reports in their order), field by
 * field, with the same prototype. Anything else (NaN, a Date, a class's object) is the same only as
 * itself (a check then runs again).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  // The same prototype too: `'toString' in value` differs between a plain and a null-prototype object.
  if (Array.isArray(b) || !isPlain(a) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!;
    if (key !== keysB[i] || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
