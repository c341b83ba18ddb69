// Every formatting value of Nghị định 30/2020/NĐ-CP, Phụ lục I, that the writer uses, in the units
// OOXML counts in. The values themselves, their ranges and clauses are plain data in src/nd30/; this
// file only converts them (sizes in half-points, `w:sz`; lengths in twips, unless the name says
// otherwise) and adds the writer's own mechanics (how a drawn line is made).
import type { ParagraphRole } from '../model/document.js';
import * as nd30 from '../nd30/index.js';
import { halfPoints, twipsFromMm, twipsFromPt } from './units.js';

const size = (part: nd30.PartName): number => halfPoints(nd30.PARTS[part].size.value);
const mm = (value: nd30.Nd30Value): number => twipsFromMm(value.value);
const pt = (value: nd30.Nd30Value): number => twipsFromPt(value.value);
/** Border widths count eighths of a point. */
const eighths = (value: nd30.Nd30Value): number => Math.round(value.value * 8);
/** Auto line spacing counts 240ths of a line. */
const LINE = 240;

// ---- Phần I.1: the page ------------------------------------------------------------------------

/** Paper: A4, 210 × 297 mm. */
export const A4_WIDTH = mm(nd30.PAPER_SIZE.width);
export const A4_HEIGHT = mm(nd30.PAPER_SIZE.height);

/** Margins: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the smallest of each). */
export const MARGINS_PORTRAIT = {
  top: mm(nd30.MARGINS_PORTRAIT.top),
  bottom: mm(nd30.MARGINS_PORTRAIT.bottom),
  left: mm(nd30.MARGINS_PORTRAIT.left),
  right: mm(nd30.MARGINS_PORTRAIT.right),
} as const;

/**
 * A landscape page (a wide appendix) is bound by its top edge, so the portrait margins turn with
 * the sheet: the 30 mm binding margin goes to the top, the 15 mm outer margin to the bottom, and the
 * 20 mm top and bottom margins become left and right (practice; the decree only allows the page).
 */
export const MARGINS_LANDSCAPE = {
  top: mm(nd30.MARGINS_LANDSCAPE.top),
  bottom: mm(nd30.MARGINS_LANDSCAPE.bottom),
  left: mm(nd30.MARGINS_LANDSCAPE.left),
  right: mm(nd30.MARGINS_LANDSCAPE.right),
} as const;

/** Distance from the page's top edge to the page number, inside the top margin. */
export const HEADER_DISTANCE_PORTRAIT = mm(nd30.HEADER_DISTANCE_PORTRAIT);
export const HEADER_DISTANCE_LANDSCAPE = mm(nd30.HEADER_DISTANCE_LANDSCAPE);
export const FOOTER_DISTANCE = mm(nd30.FOOTER_DISTANCE);

/** Font: Times New Roman (Unicode, TCVN 6909:2001), black, everywhere. */
export const FONT_FAMILY = nd30.FONT_FAMILY;
export const TEXT_COLOR = nd30.TEXT_COLOR;
export const LANGUAGE = nd30.LANGUAGE;

/** Page numbers: Arabic, 13–14 pt, upright, centred in the top margin, not on the first page. */
export const SIZE_PAGE_NUMBER = halfPoints(nd30.PAGE_NUMBER.size.value);

// ---- Phần II: the parts of the first page (ô 1–4, 10b, 11) --------------------------------------

/**
 * The borderless two-column header (practice: left ≈ 6–6.5 cm, right ≈ 9.5–10.5 cm of the 16.5 cm
 * text width). Its cells have no side padding, so a column's width is the width its text may take.
 */
export const HEADER_LEFT_WIDTH = mm(nd30.HEADER_LEFT_WIDTH);
export const HEADER_RIGHT_WIDTH = mm(nd30.HEADER_RIGHT_WIDTH);

/** Ô 1: Quốc hiệu, 12–13 pt, upright, bold. */
export const SIZE_NATIONAL_TITLE = size('nationalTitle');
/** Ô 1: Tiêu ngữ, 13–14 pt, upright, bold, a solid line under it as long as the text. */
export const SIZE_MOTTO = size('motto');
export const MOTTO_RULE_RATIO = nd30.MOTTO_RULE.value;
/** Ô 2: cơ quan chủ quản, 12–13 pt, upright, not bold. */
export const SIZE_PARENT_AGENCY = size('parentAgency');
/** Ô 2: cơ quan ban hành, 12–13 pt, bold; a line under it, 1/3 to 1/2 of the text's length. */
export const SIZE_ISSUER = size('issuer');
export const ISSUER_RULE_RATIO = nd30.ISSUER_RULE.value;
/** Ô 3: số, ký hiệu, 13 pt, upright, centred under the issuer. */
export const SIZE_NUMBER = size('number');
/** Ô 4: địa danh, ngày, 13–14 pt, italic, centred under the Tiêu ngữ, level with ô 3. */
export const SIZE_PLACE_AND_DATE = size('placeAndDate');
/** Room between the header's lines and ô 3 / ô 4 (practice: about half a line). */
export const HEADER_DATE_SPACING_BEFORE = pt(nd30.HEADER_DATE_SPACING_BEFORE);
/** Ô 10b: urgency, 13–14 pt, bold, in a single-line box under ô 3. */
export const SIZE_URGENCY = size('urgency');
/** Ô 11: circulation mark, 13–14 pt, bold, under ô 3 and 10b. */
export const SIZE_CIRCULATION = size('circulation');
/** Draft mark (practice, from Thông tư 01/2011): 13–14 pt, bold, boxed, above the header. */
export const SIZE_DRAFT = size('draft');
export const MARK_SPACING = pt(nd30.MARK_SPACING);

// ---- Ô 5a: tên loại and trích yếu --------------------------------------------------------------

/** Tên loại "KẾ HOẠCH": 13–14 pt, upright, bold, centred. */
export const SIZE_TYPE = size('type');
/** Trích yếu: 13–14 pt, bold, centred; a line under it, 1/3 to 1/2 of the (longest) line. */
export const SIZE_SUBJECT = size('subject');
export const SUBJECT_RULE_RATIO = nd30.SUBJECT_RULE.value;
/** Room between the header block and the type, and between the subject's line and the body (practice). */
export const TITLE_SPACING_BEFORE = pt(nd30.TITLE_SPACING_BEFORE);
export const TITLE_SPACING_AFTER = pt(nd30.TITLE_SPACING_AFTER);

// ---- Ô 6: the body ------------------------------------------------------------------------------

/** 13–14 pt, justified, first line indented 1 cm or 1.27 cm. */
export const SIZE_BODY = size('body');
export const BODY_FIRST_LINE_INDENT = mm(nd30.BODY_FIRST_LINE_INDENT);
/** At least 6 pt between paragraphs. */
export const BODY_SPACING_AFTER = pt(nd30.BODY_SPACING_AFTER);
/** Line spacing between single (240) and 1.5 lines (360), in 240ths of a line. */
export const BODY_LINE_SPACING = Math.round(nd30.BODY_LINE_SPACING.value * LINE);
export const SINGLE_LINE_SPACING = nd30.SINGLE_LINE_SPACING * LINE;

/** How each role looks, on top of the body's look (ND30 §3, practice in every example). */
export const ROLE_EMPHASIS: Record<ParagraphRole, { bold: boolean; italic: boolean; keepNext: boolean }> = Object.fromEntries(
  Object.entries(nd30.STRUCTURE).map(([role, look]) => [role, { bold: look.bold, italic: look.italic, keepNext: look.keepNext }]),
) as Record<ParagraphRole, { bold: boolean; italic: boolean; keepNext: boolean }>;

/** Footnotes: see nd30.PARTS.footnote. */
export const SIZE_FOOTNOTE = size('footnote');

// ---- §4: tables and appendices -------------------------------------------------------------------

/** Tables: same font, 12–13 pt; single borders; header rows bold and centred. */
export const SIZE_TABLE = size('table');
export const TABLE_BORDER_SIZE = eighths(nd30.TABLE_BORDER);
export const TABLE_CELL_MARGIN_SIDE = mm(nd30.TABLE_CELL_MARGIN_SIDE);
export const TABLE_CELL_SPACING = pt(nd30.TABLE_CELL_SPACING);

/** Phụ lục: label and name bold, centred; "(Kèm theo …)" italic, centred, a short line below. */
export const SIZE_APPENDIX_LABEL = size('appendixLabel');
export const SIZE_APPENDIX_TITLE = size('appendixTitle');
export const SIZE_APPENDIX_ATTACHED_TO = size('appendixAttachedTo');
export const APPENDIX_RULE_RATIO = nd30.APPENDIX_RULE.value;
export const APPENDIX_RULE_MAX = mm(nd30.APPENDIX_RULE_MAX);

// ---- Ô 7 and 9b: the closing block ---------------------------------------------------------------

/** Borderless two columns: Nơi nhận on the left, the signer on the right (practice). */
export const CLOSING_LEFT_WIDTH = mm(nd30.CLOSING_LEFT_WIDTH);
export const CLOSING_RIGHT_WIDTH = mm(nd30.CLOSING_RIGHT_WIDTH);
export const CLOSING_SPACING_BEFORE = pt(nd30.CLOSING_SPACING_BEFORE);
/** Ô 9b: "Nơi nhận:" 12 pt bold italic; recipients 11 pt upright, one a line. */
export const SIZE_RECIPIENTS_LABEL = size('recipientsLabel');
export const SIZE_RECIPIENTS = size('recipients');
/** Ô 12: drafter's initials and copies, 11 pt upright. */
export const SIZE_DRAFTER = size('drafter');
/** Ô 7a–c: thẩm quyền, chức vụ, họ tên, 13–14 pt, bold, centred. */
export const SIZE_SIGNER = size('signerTitle');
/** Room for the signature and seal between title and name (practice: 4–5 empty lines). */
export const SIGNATURE_GAP_LINES = nd30.SIGNATURE_GAP.value;

// ---- the drawn lines ------------------------------------------------------------------------------

/**
 * A line is the bottom border of an empty paragraph whose side indents centre it in its column.
 * Its thickness (eighths of a point), its distance from the empty paragraph, and that paragraph's
 * own height, kept tiny so the line sits close under the text above.
 */
export const RULE_THICKNESS = eighths(nd30.RULE_THICKNESS);
export const RULE_SPACE_PT = 1;
export const RULE_PARAGRAPH_SIZE = 2;
export const RULE_PARAGRAPH_LINE = twipsFromPt(4);
/** A box (urgency, draft) is the four borders of a paragraph shrunk to its text plus this padding. */
export const BOX_PADDING = twipsFromPt(5);
export const BOX_BORDER_SPACE_PT = 2;

// ---- document properties ---------------------------------------------------------------------------

/** Every zip entry's time, and core.xml's dates when the model has no date of its own, so output is reproducible. */
export const FIXED_TIMESTAMP = '2020-03-05T00:00:00Z';
