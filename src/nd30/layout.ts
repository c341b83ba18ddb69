// Where the decree only shows a layout (Phụ lục I, Phần II, the "ô" diagram) and practice fixes the
// numbers: the widths of the two borderless blocks and the room around the parts (shared/ND30.md §2).
import { practice } from './value.js';

const HEADER = 'practice: the two-column header of shared/examples (left ≈ 6–6.5 cm, right ≈ 9.5–10.5 cm)';
const CLOSING = 'practice: the closing block of shared/examples';

/** The first page's header: ô 2–3 on the left, ô 1 and 4 on the right, of the 165 mm text width. */
export const HEADER_LEFT_WIDTH = practice(60, 'mm', { min: 60, max: 65 }, HEADER);
export const HEADER_RIGHT_WIDTH = practice(105, 'mm', { min: 95, max: 105 }, HEADER);
/** Room between the header's lines and ô 3 / ô 4 (about half a line), and above a mark. */
export const HEADER_DATE_SPACING_BEFORE = practice(6, 'pt', undefined, HEADER);
export const MARK_SPACING = practice(6, 'pt', undefined, HEADER);

/** Room between the header block and tên loại, and between the trích yếu's line and the body. */
export const TITLE_SPACING_BEFORE = practice(18, 'pt', undefined, 'practice: shared/examples');
export const TITLE_SPACING_AFTER = practice(12, 'pt', undefined, 'practice: shared/examples');

/** The closing block: Nơi nhận (ô 9b) on the left, the signer (ô 7) on the right. */
export const CLOSING_LEFT_WIDTH = practice(70, 'mm', undefined, CLOSING);
export const CLOSING_RIGHT_WIDTH = practice(95, 'mm', undefined, CLOSING);
export const CLOSING_SPACING_BEFORE = practice(6, 'pt', undefined, CLOSING);
/** Room for the signature and seal between the title and the name: 4–5 empty lines. */
export const SIGNATURE_GAP = practice(5, 'lines', { min: 4, max: 5 }, CLOSING);

/** Tables: single 0.5 pt borders, a little room in the cells (practice). */
export const TABLE_BORDER = practice(0.5, 'pt', undefined, 'practice: tables in shared/examples');
export const TABLE_CELL_MARGIN_SIDE = practice(1.5, 'mm', undefined, 'practice: tables in shared/examples');
export const TABLE_CELL_SPACING = practice(2, 'pt', undefined, 'practice: tables in shared/examples');
