// Phụ lục I, Phần II: how each part of the thể thức is typeset (shared/ND30.md §2; "ô" is the
// decree's box number), plus the parts the decree leaves to practice (tables, the draft mark, the
// appendix title). A part's look: its size with the range it may take, the emphasis, the placement.
import { decree, practice, type Nd30Basis, type Nd30Value } from './value.js';

export type PartAlignment = 'center' | 'left' | 'justify';

export interface PartLook {
  readonly size: Nd30Value;
  readonly bold: boolean;
  readonly italic: boolean;
  /** The decree asks for upper case; the text is written so, the writer never changes case. */
  readonly upperCase: boolean;
  readonly alignment: PartAlignment;
}

interface Emphasis {
  bold?: boolean;
  italic?: boolean;
  upperCase?: boolean;
  alignment?: PartAlignment;
}

function part(basis: Nd30Basis, clause: string, pt: number, min: number, max: number, look: Emphasis): PartLook {
  const size = (basis === 'decree' ? decree : practice)(pt, 'pt', { min, max }, clause);
  return {
    size,
    bold: look.bold ?? false,
    italic: look.italic ?? false,
    upperCase: look.upperCase ?? false,
    alignment: look.alignment ?? 'center',
  };
}

const box = (name: string): string => `Phụ lục I, Phần II, ô ${name}`;
const QUOC_HIEU = box('1 (Quốc hiệu và Tiêu ngữ)');
const AGENCY = box('2 (tên cơ quan, tổ chức ban hành)');
const NUMBER = box('3 (số, ký hiệu)');
const PLACE_DATE = box('4 (địa danh và thời gian ban hành)');
const TITLE = box('5a (tên loại và trích yếu nội dung)');
const BODY = box('6 (nội dung)');
const SIGNER = box('7 (chức vụ, họ tên của người có thẩm quyền)');
const RECIPIENTS = box('9b (nơi nhận)');
const URGENCY = box('10b (mức độ khẩn)');
const CIRCULATION = box('11 (chỉ dẫn về phạm vi lưu hành)');
const DRAFTER = box('12 (ký hiệu người soạn thảo, số lượng bản)');
const APPENDIX = 'practice: the body’s sizes for the appendix (Phụ lục I, Phần II shows its place, not its sizes)';
const DRAFT = 'practice: dấu dự thảo of Thông tư 01/2011/TT-BNV';
const TABLES = 'practice: tables in shared/examples (12–13 pt)';
const FOOTNOTES = 'practice: shared/ND30.md §4 (notes under a table or in footnotes), the size of ô 9b';

/** The parts, keyed by what the writer calls them. Chosen sizes: the body's 14 pt where the range allows. */
export const PARTS = {
  nationalTitle: part('decree', QUOC_HIEU, 13, 12, 13, { bold: true, upperCase: true }),
  motto: part('decree', QUOC_HIEU, 14, 13, 14, { bold: true }),
  parentAgency: part('decree', AGENCY, 13, 12, 13, { upperCase: true }),
  issuer: part('decree', AGENCY, 13, 12, 13, { bold: true, upperCase: true }),
  number: part('decree', NUMBER, 13, 13, 13, {}),
  placeAndDate: part('decree', PLACE_DATE, 14, 13, 14, { italic: true }),
  type: part('decree', TITLE, 14, 13, 14, { bold: true, upperCase: true }),
  subject: part('decree', TITLE, 14, 13, 14, { bold: true }),
  body: part('decree', BODY, 14, 13, 14, { alignment: 'justify' }),
  /** Căn cứ: the decree sets it in italics for a document with a legal basis; plans write it upright. */
  basis: part('decree', BODY, 14, 13, 14, { alignment: 'justify' }),
  signerTitle: part('decree', SIGNER, 14, 13, 14, { bold: true, upperCase: true }),
  signerName: part('decree', SIGNER, 14, 13, 14, { bold: true }),
  recipientsLabel: part('decree', RECIPIENTS, 12, 12, 12, { bold: true, italic: true, alignment: 'left' }),
  recipients: part('decree', RECIPIENTS, 11, 11, 11, { alignment: 'left' }),
  urgency: part('decree', URGENCY, 13, 13, 14, { bold: true, upperCase: true }),
  circulation: part('decree', CIRCULATION, 13, 13, 14, { bold: true, upperCase: true }),
  drafter: part('decree', DRAFTER, 11, 11, 11, { upperCase: true, alignment: 'left' }),
  draft: part('practice', DRAFT, 13, 13, 14, { bold: true, alignment: 'left' }),
  table: part('practice', TABLES, 13, 12, 13, { alignment: 'left' }),
  /** Footnotes ("notes under a table or in footnotes"): the decree gives them no size; 12 pt, the size of
   * the smallest text it sets beside the body (ô 9b's "Nơi nhận:"), single spacing. */
  footnote: part('practice', FOOTNOTES, 12, 12, 12, { alignment: 'justify' }),
  appendixLabel: part('practice', APPENDIX, 14, 13, 14, { bold: true }),
  appendixTitle: part('practice', APPENDIX, 14, 13, 14, { bold: true, upperCase: true }),
  appendixAttachedTo: part('practice', APPENDIX, 14, 13, 14, { italic: true }),
} as const satisfies Record<string, PartLook>;

export type PartName = keyof typeof PARTS;
