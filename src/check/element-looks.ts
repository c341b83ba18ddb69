// The parts a rule checks, each with its element name (the wording table's), the part word of the
// report and its look from src/nd30 (the writer's own numbers, never a copy).
import type { DocumentPart } from '../diagnostics/diagnostic.js';
import { PARTS, PAGE_NUMBER, type PartLook } from '../nd30/index.js';
import type { Parts } from './find-parts.js';
import type { Entry, Piece } from './view.js';

export interface CheckedElement {
  element: string;
  part: DocumentPart;
  look: PartLook;
  pieces: Piece[];
}

/** Each part of the header, title and closing block, with the pieces that hold it. */
export function headerAndClosing(parts: Parts): CheckedElement[] {
  const one = (p: Piece | undefined) => (p ? [p] : []);
  return [
    { element: 'nationalTitle', part: 'quoc_hieu', look: PARTS.nationalTitle, pieces: one(parts.nationalTitle) },
    { element: 'motto', part: 'tieu_ngu', look: PARTS.motto, pieces: one(parts.motto) },
    { element: 'parentAgency', part: 'co_quan', look: PARTS.parentAgency, pieces: parts.parentAgency },
    { element: 'issuer', part: 'co_quan', look: PARTS.issuer, pieces: parts.issuer },
    { element: 'number', part: 'so_ky_hieu', look: PARTS.number, pieces: one(parts.number) },
    { element: 'placeAndDate', part: 'dia_danh_ngay', look: PARTS.placeAndDate, pieces: one(parts.placeAndDate) },
    { element: 'type', part: 'ten_loai', look: PARTS.type, pieces: one(parts.type) },
    { element: 'subject', part: 'trich_yeu', look: PARTS.subject, pieces: parts.subject },
    { element: 'recipientsLabel', part: 'noi_nhan', look: PARTS.recipientsLabel, pieces: one(parts.recipientsLabel) },
    { element: 'recipients', part: 'noi_nhan', look: PARTS.recipients, pieces: parts.recipients },
    { element: 'signerTitle', part: 'chu_ky', look: PARTS.signerTitle, pieces: parts.signerTitle },
    { element: 'signerName', part: 'chu_ky', look: PARTS.signerName, pieces: parts.signerName ? [parts.signerName] : [] },
  ];
}

export interface CheckedBody {
  element: string;
  part: DocumentPart;
  look: PartLook;
  entries: Entry[];
}

/** The body's paragraphs by part: căn cứ, prose and bullets (nội dung), headings (đề mục). */
export function bodyParts(parts: Parts): CheckedBody[] {
  return [
    { element: 'basis', part: 'can_cu', look: PARTS.basis, entries: parts.basis },
    { element: 'body', part: 'noi_dung', look: PARTS.body, entries: [...parts.body, ...parts.bullets].sort((a, b) => a.number - b.number) },
    { element: 'heading', part: 'de_muc', look: PARTS.body, entries: parts.headings.map((h) => h.entry) },
  ];
}

export const PAGE_NUMBER_LOOK = PAGE_NUMBER;
