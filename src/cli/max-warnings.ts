// --max-warnings N (validate, check), as eslint's: more warnings than N make the run fail (exit 1).
/** undefined when not given; null when not a whole number ≥ 0 (a usage error). */
export function parseMaxWarnings(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}
