// Every formatting value of Nghị định 30/2020/NĐ-CP, Phụ lục I, that the writer uses, as a named
// constant beside the clause it implements (shared/ND30.md quotes the clauses). Where the decree
// gives a range, the value chosen is inside it; where it is silent, the comment says "practice".
// Sizes are in half-points (`w:sz`), lengths in twips, unless the name says otherwise.
import type { ParagraphRole } from '../model/document.js';
import { halfPoints, twipsFromCm, twipsFromMm, twipsFromPt } from './units.js';

// ---- Phần I.1: the page ------------------------------------------------------------------------

/** Paper: A4, 210 × 297 mm. */
export const A4_WIDTH = twipsFromMm(210);
export const A4_HEIGHT = twipsFromMm(297);

/** Margins: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the smallest of each). */
export const MARGINS_PORTRAIT = {
  top: twipsFromMm(20),
  bottom: twipsFromMm(20),
  left: twipsFromMm(30),
  right: twipsFromMm(15),
} as const;

/**
 * A landscape page (a wide appendix) is bound by its top edge, so the portrait margins turn with
 * the sheet: the 30 mm binding margin goes to the top, the 15 mm outer margin to the bottom, and the
 * 20 mm top and bottom margins become left and right (practice; the decree only allows the page).
 */
export const MARGINS_LANDSCAPE = {
  top: twipsFromMm(30),
  bottom: twipsFromMm(15),
  left: twipsFromMm(20),
  right: twipsFromMm(20),
} as const;

/** Distance from the page's top edge to the page number, inside the top margin. */
export const HEADER_DISTANCE_PORTRAIT = twipsFromMm(10);
export const HEADER_DISTANCE_LANDSCAPE = twipsFromMm(15);
export const FOOTER_DISTANCE = twipsFromMm(10);

/** Font: Times New Roman (Unicode, TCVN 6909:2001), black, everywhere. */
export const FONT_FAMILY = 'Times New Roman';
export const TEXT_COLOR = '000000';
export const LANGUAGE = 'vi-VN';

/** Page numbers: Arabic, 13–14 pt, upright, centred in the top margin, not on the first page. */
export const SIZE_PAGE_NUMBER = halfPoints(14);

// ---- Phần II: the parts of the first page (ô 1–4, 10b, 11) --------------------------------------

/**
 * The borderless two-column header (practice: left ≈ 6–6.5 cm, right ≈ 9.5–10.5 cm of the 16.5 cm
 * text width). Its cells have no side padding, so a column's width is the width its text may take.
 */
export const HEADER_LEFT_WIDTH = twipsFromCm(6);
export const HEADER_RIGHT_WIDTH = twipsFromCm(10.5);

/** Ô 1: Quốc hiệu, 12–13 pt, upright, bold. */
export const SIZE_NATIONAL_TITLE = halfPoints(13);
/** Ô 1: Tiêu ngữ, 13–14 pt, upright, bold, a solid line under it as long as the text. */
export const SIZE_MOTTO = halfPoints(14);
export const MOTTO_RULE_RATIO = 1;
/** Ô 2: cơ quan chủ quản, 12–13 pt, upright, not bold. */
export const SIZE_PARENT_AGENCY = halfPoints(13);
/** Ô 2: cơ quan ban hành, 12–13 pt, bold; a line under it, 1/3 to 1/2 of the text's length. */
export const SIZE_ISSUER = halfPoints(13);
export const ISSUER_RULE_RATIO = 0.4;
/** Ô 3: số, ký hiệu, 13 pt, upright, centred under the issuer. */
export const SIZE_NUMBER = halfPoints(13);
/** Ô 4: địa danh, ngày, 13–14 pt, italic, centred under the Tiêu ngữ, level with ô 3. */
export const SIZE_PLACE_AND_DATE = halfPoints(14);
/** Room between the header's lines and ô 3 / ô 4 (practice: about half a line). */
export const HEADER_DATE_SPACING_BEFORE = twipsFromPt(6);
/** Ô 10b: urgency, 13–14 pt, bold, in a single-line box under ô 3. */
export const SIZE_URGENCY = halfPoints(13);
/** Ô 11: circulation mark, 13–14 pt, bold, under ô 3 and 10b. */
export const SIZE_CIRCULATION = halfPoints(13);
/** Draft mark (practice, from Thông tư 01/2011): 13–14 pt, bold, boxed, above the header. */
export const SIZE_DRAFT = halfPoints(13);
export const MARK_SPACING = twipsFromPt(6);

// ---- Ô 5a: tên loại and trích yếu --------------------------------------------------------------

/** Tên loại "KẾ HOẠCH": 13–14 pt, upright, bold, centred. */
export const SIZE_TYPE = halfPoints(14);
/** Trích yếu: 13–14 pt, bold, centred; a line under it, 1/3 to 1/2 of the (longest) line. */
export const SIZE_SUBJECT = halfPoints(14);
export const SUBJECT_RULE_RATIO = 0.4;
/** Room between the header block and the type, and between the subject's line and the body (practice). */
export const TITLE_SPACING_BEFORE = twipsFromPt(18);
export const TITLE_SPACING_AFTER = twipsFromPt(12);

// ---- Ô 6: the body ------------------------------------------------------------------------------

/** 13–14 pt, justified, first line indented 1 cm or 1.27 cm. */
export const SIZE_BODY = halfPoints(14);
export const BODY_FIRST_LINE_INDENT = twipsFromCm(1);
/** At least 6 pt between paragraphs. */
export const BODY_SPACING_AFTER = twipsFromPt(6);
/** Line spacing between single (240) and 1.5 lines (360), in 240ths of a line. */
export const BODY_LINE_SPACING = 288;
export const SINGLE_LINE_SPACING = 240;

/** How each role looks, on top of the body's look (ND30 §3, practice in every example). */
export const ROLE_EMPHASIS: Record<ParagraphRole, { bold: boolean; italic: boolean; keepNext: boolean }> = {
  basis: { bold: false, italic: false, keepNext: false }, // upright: plans write it as body text
  body: { bold: false, italic: false, keepNext: false },
  heading1: { bold: true, italic: false, keepNext: true }, // I., II. BOLD UPPER CASE (text is upper case)
  heading2: { bold: true, italic: false, keepNext: true }, // 1., 2. bold
  heading3: { bold: true, italic: true, keepNext: true }, // 1.1. bold italic
  heading4: { bold: false, italic: true, keepNext: true }, // a), b) italic
  bullet: { bold: false, italic: false, keepNext: false }, // "- " is in the text
  subbullet: { bold: false, italic: false, keepNext: false }, // "+ " is in the text
  note: { bold: false, italic: true, keepNext: false },
  closing: { bold: false, italic: false, keepNext: true }, // kept with the signer's block
};

// ---- §4: tables and appendices -------------------------------------------------------------------

/** Tables: same font, 12–13 pt; single borders; header rows bold and centred. */
export const SIZE_TABLE = halfPoints(13);
export const TABLE_BORDER_SIZE = 4; // eighths of a point: a 0.5 pt single line
export const TABLE_CELL_MARGIN_SIDE = twipsFromCm(0.15);
export const TABLE_CELL_SPACING = twipsFromPt(2);

/** Phụ lục: label and name bold, centred; "(Kèm theo …)" italic, centred, a short line below. */
export const SIZE_APPENDIX_LABEL = halfPoints(14);
export const SIZE_APPENDIX_TITLE = halfPoints(14);
export const SIZE_APPENDIX_ATTACHED_TO = halfPoints(14);
export const APPENDIX_RULE_RATIO = 0.4;
export const APPENDIX_RULE_MAX = twipsFromCm(4);

// ---- Ô 7 and 9b: the closing block ---------------------------------------------------------------

/** Borderless two columns: Nơi nhận on the left, the signer on the right (practice). */
export const CLOSING_LEFT_WIDTH = twipsFromCm(7);
export const CLOSING_RIGHT_WIDTH = twipsFromCm(9.5);
export const CLOSING_SPACING_BEFORE = twipsFromPt(6);
/** Ô 9b: "Nơi nhận:" 12 pt bold italic; recipients 11 pt upright, one a line. */
export const SIZE_RECIPIENTS_LABEL = halfPoints(12);
export const SIZE_RECIPIENTS = halfPoints(11);
/** Ô 12: drafter's initials and copies, 11 pt upright. */
export const SIZE_DRAFTER = halfPoints(11);
/** Ô 7a–c: thẩm quyền, chức vụ, họ tên, 13–14 pt, bold, centred. */
export const SIZE_SIGNER = halfPoints(14);
/** Room for the signature and seal between title and name (practice: 4–5 empty lines). */
export const SIGNATURE_GAP_LINES = 5;

// ---- the drawn lines ------------------------------------------------------------------------------

/**
 * A line is the bottom border of an empty paragraph whose side indents centre it in its column.
 * Its thickness (eighths of a point), its distance from the empty paragraph, and that paragraph's
 * own height, kept tiny so the line sits close under the text above.
 */
export const RULE_THICKNESS = 6;
export const RULE_SPACE_PT = 1;
export const RULE_PARAGRAPH_SIZE = 2;
export const RULE_PARAGRAPH_LINE = twipsFromPt(4);
/** A box (urgency, draft) is the four borders of a paragraph shrunk to its text plus this padding. */
export const BOX_PADDING = twipsFromPt(5);
export const BOX_BORDER_SPACE_PT = 2;

// ---- document properties ---------------------------------------------------------------------------

/** Written as created/modified in docProps/core.xml and as every zip entry's time, so output is reproducible. */
export const FIXED_TIMESTAMP = '2020-03-05T00:00:00Z';
