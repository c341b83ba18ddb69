// word/header*.xml and word/footer*.xml: each part's blocks and the fields in it (PAGE, NUMPAGES);
// a section's set in force, inherited from the section before where a type is not given (as Word does).
import type { HeaderFooter, HeaderFooterSet } from './types.js';

export type HeaderKind = 'default' | 'first' | 'even';

export function inheritSet(
  refs: Partial<Record<HeaderKind, string>>,
  previous: HeaderFooterSet | undefined,
  load: (rId: string) => HeaderFooter | undefined,
): HeaderFooterSet {
  const out: HeaderFooterSet = {};
  for (const kind of ['default', 'first', 'even'] as const) {
    const rId = refs[kind];
    const part = rId !== undefined ? load(rId) : previous?.[kind];
    if (part) out[kind] = part;
  }
  return out;
}
