// Rules that read every text of a plan (PP201 dates, PP215 abbreviations, PP216 citations, PP219's
// figures) do, for each text, work that depends on the text alone. Plans share most of their text
// (an office's boilerplate, a base plan copied per unit, a plan checked again after a small edit),
// so that work is kept by the text: a thread checking a thousand plans scans each distinct text once
// (issue 12). What a rule does with the results (what was met before, what to report) stays per plan.
// A memo holds at most `max` texts, then starts again: memory stays bounded whatever the input.

/** `compute`, a pure function of the text, remembered by the text; its results are shared, never
 * changed by a caller (hence readonly results). */
export function memoByText<T>(compute: (text: string) => T, max = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (memo.size >= max) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** The result of most texts: nothing found. One frozen empty list, not one per text. */
export const NONE: readonly never[] = Object.freeze([]);
