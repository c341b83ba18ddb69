// What a cache shares between documents is frozen, so that no document's use of it can change
// another's (markup-to-model's kept readings, the view's kept block lists).

/** Freezes `value` and everything it holds, except the objects `leave` says to leave as they are. */
export function deepFreeze<T>(value: T, leave?: (object: object) => boolean): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || leave?.(value) === true) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child, leave);
  return value;
}
