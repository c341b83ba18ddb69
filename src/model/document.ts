// The document model: what the templates produced, as plain data.
// It says *what* each piece of text is (its part of the decree's thể thức), never how it
// looks: sizes, fonts, lines and spacing are decided by src/docx/ alone (ND30 rules).
// No import of `docx` here.

/** A run of text with the emphasis the plan or template asked for. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A TODO marker left in a draft: highlighted so that the clerk sees what is still to write. */
  highlight?: boolean;
}

/** One line (or paragraph) of text made of runs. */
export type Line = TextRun[];

/** Ô 1–4, 10b, 11 and the draft mark: the two-column header of the first page. */
export interface DocumentHeader {
  /** Ô 2, cơ quan chủ quản, one entry per line (upper case as written); empty when none. */
  parentAgency: Line[];
  /** Ô 2, cơ quan ban hành, one entry per line; a line is drawn under the last one. */
  issuer: Line[];
  /** Ô 3, e.g. "Số: 60/KH-STNMT" or "Số:      /KH-STNMT" (blanks keep their width). */
  number: Line;
  /** Ô 1, Quốc hiệu. */
  nationalTitle: Line;
  /** Ô 1, Tiêu ngữ; a line as long as the text is drawn under it. */
  motto: Line;
  /** Ô 4, địa danh and date, e.g. "Lào Cai, ngày      tháng 7 năm 2022". */
  placeAndDate: Line;
  /** Ô 10b, urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC), in a box under ô 3. */
  urgency?: Line;
  /** Ô 11, circulation mark (LƯU HÀNH NỘI BỘ …), under ô 3 and 10b. */
  circulation?: Line;
  /** Draft mark ("Dự thảo lần 2"), boxed, above the header. */
  draft?: Line;
}

/** Ô 5a: tên loại and trích yếu. */
export interface DocumentTitle {
  /** "KẾ HOẠCH". */
  type: Line;
  /** The subject; each entry is a line the plan broke explicitly (a long one still wraps). */
  subject: Line[];
}

/** The roles a paragraph of the body can have; the writer maps each to its ND30 look. */
export type ParagraphRole =
  | 'basis' // căn cứ: legal basis paragraph(s)
  | 'body' // ordinary justified paragraph with first-line indent
  | 'heading1' // "I. MỤC ĐÍCH, YÊU CẦU": bold upper case
  | 'heading2' // "1. Mục đích:": bold
  | 'heading3' // "1.1. …": bold italic
  | 'heading4' // "a) …": italic
  | 'bullet' // "- …" (the dash is part of the text)
  | 'subbullet' // "+ …" (the plus is part of the text)
  | 'note' // a note under a table or a "(Nội dung chi tiết tại Phụ lục kèm theo)" line: italic
  | 'closing'; // the closing sentence ending "./."

export interface ParagraphBlock {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Line;
}

export type CellAlign = 'left' | 'center' | 'right' | 'justify';

export interface TableCell {
  /** Paragraphs inside the cell. */
  paragraphs: Line[];
  colSpan?: number;
  rowSpan?: number;
  align?: CellAlign;
}

export interface TableRow {
  cells: TableCell[];
  /** A header row: bold, centred, repeated on each page. */
  header?: boolean;
  /** A total row: bold. */
  total?: boolean;
  /** A group row (e.g. "I. Chỉ số …" spanning the table inside an appendix): bold. */
  group?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Relative column widths (any unit; the writer scales them to the text width). */
  columnWidths: number[];
  /** Rows in order. Merged cells are expressed with colSpan/rowSpan: a cell covered by a
   * rowSpan from above is simply absent from the lower row (as in HTML). */
  rows: TableRow[];
}

export type Block = ParagraphBlock | TableBlock;

/** Ô 9b: Nơi nhận. */
export interface Recipients {
  /** "Nơi nhận:" as the template or plan writes it. */
  label: Line;
  /** One line each, punctuation included ("- Sở Nội vụ;" … "- Lưu: VT, VP."). */
  lines: Line[];
}

/** Ô 7: thẩm quyền, chức vụ, họ tên. */
export interface Signer {
  /** Authority and title lines, upper case, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  titleLines: Line[];
  /** Họ tên, under the room for the signature and seal. */
  name: Line;
}

export interface Appendix {
  /** Landscape page when the table is wide. */
  orientation: 'portrait' | 'landscape';
  /** "Phụ lục I" / "PHỤ LỤC". */
  label: Line;
  /** The appendix's name, bold upper case; one entry per line. */
  title: Line[];
  /** "(Kèm theo Kế hoạch số … ngày … của …)", italic; a short line is drawn under it. */
  attachedTo: Line;
  /** Content: usually a table, with notes. */
  blocks: Block[];
}

/** docProps/core.xml: what Word's File › Info and a file manager's search show. */
export interface DocumentProperties {
  title: string;
  subject: string;
  /** The issuer (cơ quan ban hành). */
  creator: string;
  /** The index names the plan is about, comma separated ("PAR INDEX, SIPAS"); empty when none. */
  keywords?: string;
  /** The plan's date (ngày ban hành) as an ISO time, written as created and modified; a fixed date when absent. */
  created?: string;
}

export interface DocumentModel {
  header: DocumentHeader;
  title: DocumentTitle;
  /** Everything between the trích yếu and the closing block. */
  body: Block[];
  recipients: Recipients;
  signer: Signer;
  /** Optional ô 12 line (drafter's initials and number of copies), under the Lưu line. */
  drafter?: Line;
  appendices: Appendix[];
  /** Document properties for docProps/core.xml. */
  properties: DocumentProperties;
}
