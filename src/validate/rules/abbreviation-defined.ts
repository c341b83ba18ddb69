// PP215: an abbreviation is written out in full at its first use, with the abbreviation in
// brackets: "cải cách hành chính (CCHC)"; "PCI (Chỉ số năng lực cạnh tranh cấp tỉnh)" also
// defines it. Checked in reading order (the rendered document's), not the YAML's.
import { readingOrder } from './plan-text.js';
import type { RuleDefinition } from './rule.js';
import { memoByText, NONE } from './by-text.js';

/** Known to every reader of an administrative document; the decree itself abbreviates them (ô 2:
 * "UBND TỈNH LÀO CAI") or they are names of standards. */
export const ACCEPTED_ABBREVIATIONS = new Set(['UBND', 'HĐND', 'TCVN', 'ISO', 'VT']);

/** Number and ký hiệu of a document ("40/KH-UBND", "59/2012/NĐ-CP", or "TODO/KH-UBND" in a plan
 * `parplan init` made): not abbreviations in use. */
const DOCUMENT_NUMBER = /(?:\d+|TODO)(?:\/\d{4})?\/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;
/** The marker `parplan init` leaves for the clerk (PP290 reports those), not an abbreviation. */
const TODO_MARKER = 'TODO';
/** Runs of capitals, digits and hyphens, two characters or more (a shorter one is never an
 * abbreviation, and most are a sentence's first capital); a run is a word when no letter touches it
 * on either side. (A Unicode-aware word regex with lookarounds at every position was most of this
 * rule's time.) */
const LONG_CANDIDATE = /[A-ZĐ\d][A-ZĐ\d-]+/g;
/** Two capitals within one run of LONG_CANDIDATE's characters: what every abbreviation holds. */
const TWO_CAPITALS_IN_A_RUN = /[A-ZĐ][A-ZĐ\d-]*[A-ZĐ]/;
/** At least two capitals (Latin or Đ), which isAbbreviation requires: the quick test first. */
function twoCapitals(word: string): boolean {
  let n = 0;
  for (let i = 0; i < word.length && n < 2; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x110) n++;
  }
  return n >= 2;
}
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
const touchesWord = (text: string, start: number, end: number) =>
  (start > 0 && WORD_CHAR.test(text[start - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!));
const LOWER_CASE = /\p{Ll}/u;
const ROMAN = /^[IVXLCDM]+$/;

/** Two or more capital letters (Latin or Đ), digits allowed, no lower case: "CCHC", "KT-XH". */
export function isAbbreviation(word: string): boolean {
  if (!/^[A-ZĐ\d]+(?:-[A-ZĐ\d]+)*$/u.test(word) || ROMAN.test(word)) return false;
  return (word.match(/[A-ZĐ]/gu)?.length ?? 0) >= 2;
}

/** An abbreviation met in a text, at its offset; `defines`: in brackets, or spelled out in the
 * bracket right after it ("PCI (Chỉ số …)"). */
interface TermUse {
  word: string;
  start: number;
  defines: boolean;
}

/** A text's abbreviations, which depend on the text alone: found once per distinct text (issue 12). */
const termUses = memoByText((text: string): readonly TermUse[] => {
  // All-capital lines are upper case throughout: their words are not abbreviations. A text
  // without two capitals in one run has none either (the quick test).
  if (!TWO_CAPITALS_IN_A_RUN.test(text) || !LOWER_CASE.test(text)) return NONE;
  const masked = text.includes('/') ? text.replace(DOCUMENT_NUMBER, (m) => ' '.repeat(m.length)) : text;
  const brackets = masked.includes('(') ? [...masked.matchAll(/\(([^()]*)\)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: m[1] ?? '' })) : [];
  const found = terms(masked);
  if (found.length === 0) return NONE;
  return found.map(({ word, start }) => {
    const inBrackets = brackets.some((b) => start > b.start && start < b.end);
    // "PCI (Chỉ số năng lực …)": the word right before a bracket that spells it out.
    const next = brackets.find((b) => b.start >= start + word.length && masked.slice(start + word.length, b.start).trim() === '');
    const spelledOutAfter = next !== undefined && LOWER_CASE.test(next.inner);
    return { word, start, defines: inBrackets || spelledOutAfter };
  });
});

export const abbreviationDefined: RuleDefinition = {
  code: 'PP215',
  name: 'viet-tat-truoc-khi-dinh-nghia',
  severity: 'warning',
  // Summarised in shared/ND30.md §3 (the team's notes, not shown to users).
  clause: 'NĐ 30/2020, Phụ lục I, nội dung văn bản: chữ viết tắt phải viết đầy đủ lần đầu, kèm chữ viết tắt trong ngoặc đơn',
  check(plan, report) {
    const known = new Set([...ACCEPTED_ABBREVIATIONS, TODO_MARKER]);
    for (const t of readingOrder(plan)) {
      // A text without two capitals in one run has no abbreviation (the quick test before the text's
      // record is looked up).
      if (!TWO_CAPITALS_IN_A_RUN.test(t.text)) continue;
      const { pointer, kind } = t;
      for (const term of termUses(t.text, t)) {
        if (known.has(term.word)) continue;
        // Headings (the README's promise) are not checked, but a definition in one counts.
        if (kind === 'heading' && !term.defines) continue;
        if (!term.defines) report(pointer, { abbr: term.word }, { offset: term.start });
        known.add(term.word);
      }
    }
  },
};

/** The abbreviations of a text; words in capitals separated by one space are one term ("PAR INDEX"). */
function terms(masked: string): { word: string; start: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  for (const m of masked.matchAll(LONG_CANDIDATE)) {
    const word = m[0].replace(/-+$/, '');
    if (word.length < 2 || !twoCapitals(word) || touchesWord(masked, m.index, m.index + word.length) || !isAbbreviation(word)) continue;
    words.push({ word, start: m.index, end: m.index + word.length });
  }
  const out: { word: string; start: number }[] = [];
  for (const [i, w] of words.entries()) {
    const last = out.at(-1);
    const prev = words[i - 1];
    if (last && prev && masked.slice(prev.end, w.start) === ' ' && !ACCEPTED_ABBREVIATIONS.has(prev.word) && !ACCEPTED_ABBREVIATIONS.has(w.word)) {
      last.word += ` ${w.word}`;
    } else {
      out.push({ word: w.word, start: w.start });
    }
  }
  return out;
}
