// One value of Nghị định 30/2020/NĐ-CP's layout: what parplan writes, the range it may take, and the
// clause it comes from. Plain data in the decree's own units (pt, mm, ratios, lines), no OOXML units
// and no `docx` import, so the writer (src/docx/styles.ts), the reference-document reader and the
// checker (src/check/) all read the same numbers.

/** pt for type sizes and spacing, mm for lengths on paper, ratio for a line against its text, lines for line spacing. */
export type Nd30Unit = 'pt' | 'mm' | 'ratio' | 'lines';

/**
 * `decree`: the decree states the range (or the single value, then min = max).
 * `practice`: the decree is silent; the range is what the real plans in shared/examples do.
 */
export type Nd30Basis = 'decree' | 'practice';

export interface Nd30Range {
  readonly min: number;
  /** Absent when the decree sets only a lower bound ("at least 6 pt"). */
  readonly max?: number;
}

export interface Nd30Value {
  /** The value parplan writes. */
  readonly value: number;
  readonly unit: Nd30Unit;
  /** Inclusive; a check accepts any value inside it. Absent when neither decree nor practice bounds it. */
  readonly range?: Nd30Range;
  readonly basis: Nd30Basis;
  /** Where it is said, e.g. "Phụ lục I, Phần I, mục II.3" (the decree) or what practice it follows. */
  readonly clause: string;
}

export function decree(value: number, unit: Nd30Unit, range: Nd30Range | undefined, clause: string): Nd30Value {
  return range === undefined ? { value, unit, basis: 'decree', clause } : { value, unit, range, basis: 'decree', clause };
}

export function practice(value: number, unit: Nd30Unit, range: Nd30Range | undefined, clause: string): Nd30Value {
  return range === undefined
    ? { value, unit, basis: 'practice', clause }
    : { value, unit, range, basis: 'practice', clause };
}

/** Whether `actual` lies in the value's range (always true when it has none). */
export function isWithinRange(value: Nd30Value, actual: number): boolean {
  const range = value.range;
  if (range === undefined) return true;
  return actual >= range.min && (range.max === undefined || actual <= range.max);
}
