// Rules that read every text of a plan (PP201 dates, PP215 abbreviations, PP216 citations) do, for
// each text, work that depends on the text alone. Plans share most of their text
// (an office's boilerplate, a base plan copied per unit, a plan checked again after a small edit),
// so that work is kept by the text: a thread checking a thousand plans scans each distinct text once
// (issue 12). What a rule does with the results (what was met before, what to report) stays per plan.
// The texts' results are held in one table, each text's in one record with a slot per rule, so that
// a text is looked up (hashed and compared) once for all the rules reading it, and only after a
// rule's quick test: a lookup reads the whole text twice, so a scan as cheap as that (PP219's
// figures) is not kept. At most MAX_TEXTS texts are held, those used most recently (RecentMap):
// memory stays bounded whatever the input.
import { RecentMap } from '../../cache/recent-map.js';

/** One text's results: the text as kept (a copy of its own, see ownCopy), a slot per function made
 * by memoByText. */
export interface TextFacts {
  readonly text: string;
  readonly results: unknown[];
}

const MAX_TEXTS = 20_000;
const FACTS = new RecentMap<string, TextFacts>(MAX_TEXTS);
let slots = 0;

/** The record of a text's results (made empty the first time). A PlanText keeps it once looked up
 * (readingOrder), so that the rules reading the plan's texts look each up once; and only texts that
 * pass a rule's quick test (a "/" for a date) are looked up at all. */
export function factsOf(text: string): TextFacts {
  let facts = FACTS.get(text);
  if (facts === undefined) {
    const own = ownCopy(text);
    facts = { text: own, results: [] };
    FACTS.set(own, facts);
  }
  return facts;
}

/** Where a text's record is kept once looked up: a PlanText. */
export interface HoldsFacts {
  facts?: TextFacts;
}

/** `compute`, a pure function of the text, remembered by the text; its results are shared, never
 * changed by a caller (hence readonly results). `holder` (the PlanText of the text) keeps the
 * text's record for the next rule. */
export function memoByText<T>(compute: (text: string) => T): (text: string, holder?: HoldsFacts) => T {
  const slot = slots++;
  return (text, holder) => {
    const facts = holder === undefined ? factsOf(text) : (holder.facts ??= factsOf(text));
    const results = facts.results;
    if (slot < results.length) {
      const known = results[slot];
      if (known !== undefined) return known as T;
    }
    // On the kept copy: a result that holds a piece of the text holds a piece of the copy.
    const value = compute(facts.text);
    results[slot] = value;
    return value;
  };
}

/**
 * A copy of a string that holds only its own characters. A plan's texts are pieces of the file's
 * text (V8 keeps a slice as a view of the whole string), so keeping one would keep the whole plan:
 * 20,000 kept texts of different plans could hold gigabytes. Concatenating and slicing again makes V8
 * copy the characters into a new string of their own.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/** Empties the table (a test of the bound, or of a cold start). */
export function forgetTexts(): void {
  FACTS.clear();
}

/** The result of most texts: nothing found. One frozen empty list, not one per text. */
export const NONE: readonly never[] = Object.freeze([]);
