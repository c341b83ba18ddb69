// PP216: a document is cited in full (type, number and ký hiệu, date, issuer, subject) once, at its
// first mention; later mentions give the type with its number and ký hiệu alone. Căn cứ counts as
// the first mention of the documents it lists.
import { pointerToFieldPath } from '../../diagnostics/diagnostic.js';
import { readingOrder } from './plan-text.js';
import type { RuleDefinition } from './rule.js';
import { memoByText, NONE } from './by-text.js';

/** "240/KH-UBND ngày 30/6/2022": a number and ký hiệu followed by a date is a full citation. */
const FULL_CITATION = /(?<![\p{L}\d/])(\d+(?:\/\d{4})?\/[\p{L}\d]+(?:-[\p{L}\d]+)*)\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/gu;

const citationKey = (numberAndSymbol: string) => numberAndSymbol.normalize('NFC').toUpperCase();

/** A text's full citations (number and ký hiệu, their key, offset): they depend on the text alone, so
 * each distinct text is scanned once (issue 12). */
const fullCitations = memoByText((text: string): readonly { number: string; key: string; offset: number }[] => {
  // A full citation holds "ngày" and a "/" (the quick tests before the regular expression).
  if (!text.includes('ngày') || !text.includes('/')) return NONE;
  const found = [...text.matchAll(FULL_CITATION)].map((m) => ({ number: m[1]!, key: citationKey(m[1]!), offset: m.index }));
  return found.length === 0 ? NONE : found;
});

export const referenceInFullOnce: RuleDefinition = {
  code: 'PP216',
  name: 'vien-dan-day-du-mot-lan',
  severity: 'warning',
  // Summarised in shared/ND30.md §3 (the team's notes, not shown to users).
  clause: 'NĐ 30/2020, Phụ lục I, nội dung văn bản: viện dẫn đầy đủ ở lần đầu, các lần sau ghi tên loại, số, ký hiệu',
  check(plan, report) {
    const first = new Map<string, string>();
    plan.can_cu?.van_ban.forEach((ref, i) => {
      if ('so' in ref) first.set(citationKey(`${ref.so}/${ref.ky_hieu}`), `can_cu.van_ban[${i}]`);
    });
    for (const t of readingOrder(plan)) {
      // A full citation holds "ngày" and a "/" (the quick tests before the text's record is looked up).
      if (!t.text.includes('/') || !t.text.includes('ngày')) continue;
      const pointer = t.pointer;
      for (const { number, key, offset } of fullCitations(t.text, t)) {
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, pointerToFieldPath(pointer));
        else report(pointer, { reference: number, first: earlier }, { offset });
      }
    }
  },
};
