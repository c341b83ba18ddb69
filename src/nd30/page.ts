// Phụ lục I, Phần I, mục II: the page: paper, margins, font, page numbers (shared/ND30.md §1).
import { decree, practice } from './value.js';

const PAPER = 'Phụ lục I, Phần I, mục II.1 (khổ giấy)';
const MARGINS = 'Phụ lục I, Phần I, mục II.3 (định lề trang văn bản)';
const FONT = 'Phụ lục I, Phần I, mục II.4 (phông chữ)';
const PAGE_NUMBERS = 'Phụ lục I, Phần I, mục II.7 (số trang văn bản)';

/** A4 portrait; a wide appendix may take a landscape page of its own (mục II.2). */
export const PAPER_SIZE = {
  width: decree(210, 'mm', { min: 210, max: 210 }, PAPER),
  height: decree(297, 'mm', { min: 297, max: 297 }, PAPER),
} as const;

/** Margins of a portrait page; parplan takes the smallest of each range, leaving the text the most room. */
export const MARGINS_PORTRAIT = {
  top: decree(20, 'mm', { min: 20, max: 25 }, MARGINS),
  bottom: decree(20, 'mm', { min: 20, max: 25 }, MARGINS),
  left: decree(30, 'mm', { min: 30, max: 35 }, MARGINS),
  right: decree(15, 'mm', { min: 15, max: 20 }, MARGINS),
} as const;

/**
 * A landscape page is bound by its top edge, so the portrait margins turn with the sheet: the binding
 * margin goes to the top, the outer one to the bottom, top and bottom become left and right (practice).
 */
const LANDSCAPE = 'practice: the portrait margins turned with the sheet (Phụ lục I, Phần I, mục II.3)';
export const MARGINS_LANDSCAPE = {
  top: practice(30, 'mm', { min: 30, max: 35 }, LANDSCAPE),
  bottom: practice(15, 'mm', { min: 15, max: 20 }, LANDSCAPE),
  left: practice(20, 'mm', { min: 20, max: 25 }, LANDSCAPE),
  right: practice(20, 'mm', { min: 20, max: 25 }, LANDSCAPE),
} as const;

/** From the page's edge to the page number (inside the top margin) and to the footer (practice). */
export const HEADER_DISTANCE_PORTRAIT = practice(10, 'mm', { min: 5, max: 15 }, 'practice: the number sits inside the 20 mm top margin');
export const HEADER_DISTANCE_LANDSCAPE = practice(15, 'mm', { min: 5, max: 25 }, 'practice: the number sits inside the 30 mm top margin');
export const FOOTER_DISTANCE = practice(10, 'mm', { min: 5, max: 15 }, 'practice');

/** Times New Roman, Unicode (TCVN 6909:2001), black, everywhere, tables included. */
export const FONT_FAMILY = 'Times New Roman';
export const FONT_CLAUSE = FONT;
export const TEXT_COLOR = '000000';
/** The language the text is marked with (practice: Word's spelling checker then speaks Vietnamese). */
export const LANGUAGE = 'vi-VN';

/** Page numbers: Arabic numerals, 13–14 pt, upright, centred in the top margin, not on the first page. */
export const PAGE_NUMBER = {
  size: decree(14, 'pt', { min: 13, max: 14 }, PAGE_NUMBERS),
  placement: 'top-center',
  onFirstPage: false,
  format: 'decimal',
  clause: PAGE_NUMBERS,
} as const;

/** Each Phụ lục is numbered on its own (practice: its numbering restarts at 1). */
export const APPENDIX_PAGES_RESTART = true;
