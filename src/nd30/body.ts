// Phụ lục I, Phần II, ô 6: the body's paragraphs, and the practice of every example for its
// structure (shared/ND30.md §3): I. / 1. / 1.1. / a) headings, "- " and "+ " bullets, notes.
import { decree } from './value.js';

const BODY = 'Phụ lục I, Phần II, ô 6 (nội dung)';

/** First line indented 1 cm to 1.27 cm. */
export const BODY_FIRST_LINE_INDENT = decree(10, 'mm', { min: 10, max: 12.7 }, BODY);
/** At least 6 pt between paragraphs. */
export const BODY_SPACING_AFTER = decree(6, 'pt', { min: 6 }, BODY);
/** Line spacing from single to 1.5 lines; parplan writes 1.2 lines, the examples' usual. */
export const BODY_LINE_SPACING = decree(1.2, 'lines', { min: 1, max: 1.5 }, BODY);
/** Single spacing: the header, the closing block, tables. */
export const SINGLE_LINE_SPACING = 1;
/** Times New Roman's single line, as a multiple of its size (its ascent, descent and gap: 1.149 em):
 * how a spacing given in pt ("Exactly 17 pt", "At least 16 pt") is counted in lines. */
export const TIMES_SINGLE_LINE_EM = 1.15;

export interface StructureLook {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Kept on the page of the paragraph after it (a heading never ends a page). */
  readonly keepNext: boolean;
  /** Word's outline level (0 = Heading 1), for the Navigation Pane and a table of contents. */
  readonly outlineLevel?: number;
  readonly clause: string;
}

const PRACTICE = 'practice: every plan in shared/examples';

/** Levels of the body's structure; the numbers and dashes are literal text. */
export const STRUCTURE = {
  /** "I.", "II.": BOLD UPPER CASE (the text is written upper case). */
  heading1: { bold: true, italic: false, keepNext: true, outlineLevel: 0, clause: PRACTICE },
  /** "1.", "2.": bold. */
  heading2: { bold: true, italic: false, keepNext: true, outlineLevel: 1, clause: PRACTICE },
  /** "1.1.": bold italic (bold or bold italic in practice). */
  heading3: { bold: true, italic: true, keepNext: true, outlineLevel: 2, clause: PRACTICE },
  /** "a)", "b)": italic (regular or italic in practice). */
  heading4: { bold: false, italic: true, keepNext: true, outlineLevel: 3, clause: PRACTICE },
  /** Căn cứ, written upright as body text in plans. */
  basis: { bold: false, italic: false, keepNext: false, clause: PRACTICE },
  body: { bold: false, italic: false, keepNext: false, clause: BODY },
  /** "- " bullets and "+ " sub-bullets. */
  bullet: { bold: false, italic: false, keepNext: false, clause: PRACTICE },
  subbullet: { bold: false, italic: false, keepNext: false, clause: PRACTICE },
  /** A note under a table, "(Nội dung chi tiết tại Phụ lục kèm theo)": italic. */
  note: { bold: false, italic: true, keepNext: false, clause: PRACTICE },
  /** An unnumbered label line ("* Phân công trách nhiệm:"), as the plan writes it, kept with what follows. */
  label: { bold: false, italic: false, keepNext: true, clause: PRACTICE },
  /** The closing sentence ending "./.", kept with the signer's block. */
  closing: { bold: false, italic: false, keepNext: true, clause: PRACTICE },
} as const satisfies Record<string, StructureLook>;

export type StructureLevel = keyof typeof STRUCTURE;
