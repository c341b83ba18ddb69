// A unit's plan: the base plan deep-merged with the unit's entry. Maps merge key by key; a list, a
// value or null in the entry replaces the base's. Also answers, for any field of the merged plan,
// which of the two files wrote it, so a problem points at the line a clerk has to change.
import { decodePointer } from '../parse/locate.js';
import { isPlainObject } from '../validate/json-pointer.js';

export type Origin = 'unit' | 'base';

export function mergePlan(base: unknown, entry: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(entry)) return entry === undefined ? base : entry;
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value);
  for (const [key, value] of Object.entries(entry)) setOwn(merged, key, Object.hasOwn(base, key) ? mergePlan(base[key], value) : value);
  return merged;
}

/** Plain assignment of "__proto__" would set the prototype instead of a field. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}


function child(node: unknown, segment: string): { found: boolean; value: unknown } {
  if (Array.isArray(node)) {
    const index = Number(segment);
    return Number.isInteger(index) && index >= 0 && index < node.length ? { found: true, value: node[index] } : { found: false, value: undefined };
  }
  if (isPlainObject(node) && Object.hasOwn(node, segment)) return { found: true, value: node[segment] };
  return { found: false, value: undefined };
}

function has(node: unknown, segments: string[]): boolean {
  let current = node;
  for (const segment of segments) {
    const next = child(current, segment);
    if (!next.found) return false;
    current = next.value;
  }
  return true;
}

/**
 * Which file wrote the field at `pointer` of the merged plan. A field that does not exist (a missing
 * required field) belongs to its nearest existing parent: a field both files lack is reported at the
 * unit's entry, since that is where the unit can add it.
 */
export function originOf(entry: unknown, merged: unknown, pointer: string): Origin {
  const segments = decodePointer(pointer);
  let depth = 0;
  let current = merged;
  for (const segment of segments) {
    const next = child(current, segment);
    if (!next.found) break;
    current = next.value;
    depth++;
  }
  return has(entry, segments.slice(0, depth)) ? 'unit' : 'base';
}
