// The named styles of a plan's .docx (issue 12): every paragraph references one, so a clerk who
// edits in Word finds the decree's look in the style list ("ND30 Nơi nhận", "heading 2"), a pasted
// paragraph takes the body's format, and the Navigation Pane shows the plan's outline. Plain data in
// the decree's units (pt, mm, lines), no `docx` import: doc-styles.ts turns it into styles.xml, the
// reference-document reader replaces values in it, and the writer reads sizes from it to measure text.
import * as nd30 from '../nd30/index.js';

export type StyleAlignment = 'left' | 'center' | 'right' | 'justify';

/** What a style sets itself; what it leaves out comes from the style it is based on, then the defaults. */
export interface StyleLook {
  font?: string;
  /** pt. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  alignment?: StyleAlignment;
  /** Space before and after, pt. */
  before?: number;
  after?: number;
  /** Line spacing in lines (1 = single), or an exact height in pt when `lineExact` is set. */
  line?: number;
  lineExact?: number;
  /** First-line indent, mm (0 = none). */
  firstLine?: number;
  keepNext?: boolean;
  /** Word's outline level, 0 = the plan's "I." sections. */
  outlineLevel?: number;
  /** A drawn line under the paragraph, or a box around it. */
  border?: 'bottom' | 'box';
}

/** The effective look of a style: every property resolved (style → basedOn chain → defaults). */
export type ResolvedLook = Required<Omit<StyleLook, 'outlineLevel' | 'lineExact' | 'border'>> &
  Pick<StyleLook, 'outlineLevel' | 'lineExact' | 'border'>;

export type StyleKey =
  | 'normal'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'basis'
  | 'bullet'
  | 'subbullet'
  | 'note'
  | 'label'
  | 'closing'
  | 'parentAgency'
  | 'issuer'
  | 'number'
  | 'nationalTitle'
  | 'motto'
  | 'placeAndDate'
  | 'urgency'
  | 'circulation'
  | 'draft'
  | 'type'
  | 'subject'
  | 'rule'
  | 'spacer'
  | 'table'
  | 'tableHeader'
  | 'recipientsLabel'
  | 'recipients'
  | 'drafter'
  | 'signerTitle'
  | 'signerName'
  | 'appendixLabel'
  | 'appendixTitle'
  | 'appendixAttachedTo'
  | 'pageNumber';

/** The decree's values a style's look must respect: a reference document outside them is warned about. */
export interface StyleRules {
  size?: nd30.Nd30Value;
  firstLine?: nd30.Nd30Value;
  after?: nd30.Nd30Value;
  line?: nd30.Nd30Value;
}

export interface NamedStyle {
  /** w:styleId. */
  id: string;
  /** The name Word's style list shows; Word's own (lower-case) name for a built-in style. */
  name: string;
  basedOn?: StyleKey;
  /** The style Word gives the paragraph after this one when the clerk presses Enter. */
  next?: StyleKey;
  look: StyleLook;
  rules: StyleRules;
  /** Shown in Word's Quick Styles gallery. */
  quick?: boolean;
}

export type StyleSheet = Readonly<Record<StyleKey, NamedStyle>>;

/** The document defaults under every style: the decree's font and the body's size, single spacing. */
export const DEFAULT_LOOK: ResolvedLook = {
  font: nd30.FONT_FAMILY,
  size: nd30.PARTS.body.size.value,
  bold: false,
  italic: false,
  alignment: 'left',
  before: 0,
  after: 0,
  line: nd30.SINGLE_LINE_SPACING,
  firstLine: 0,
  keepNext: false,
};

const P = nd30.PARTS;
const S = nd30.STRUCTURE;

/** A part of the header, title or closing block: its own size and emphasis, single spacing, no indent. */
function block(id: string, name: string, part: nd30.PartLook, look: StyleLook = {}): NamedStyle {
  return {
    id,
    name,
    basedOn: 'normal',
    look: {
      size: part.size.value,
      bold: part.bold,
      italic: part.italic,
      alignment: part.alignment === 'justify' ? 'justify' : part.alignment,
      before: 0,
      after: 0,
      line: nd30.SINGLE_LINE_SPACING,
      firstLine: 0,
      ...look,
    },
    rules: { size: part.size },
  };
}

/** A level of the body's structure: the body's look plus its emphasis. */
function structure(id: string, name: string, level: nd30.StructureLook, extra: Partial<NamedStyle> = {}): NamedStyle {
  return {
    id,
    name,
    basedOn: 'normal',
    next: 'normal',
    look: {
      bold: level.bold,
      italic: level.italic,
      keepNext: level.keepNext,
      ...(level.outlineLevel === undefined ? {} : { outlineLevel: level.outlineLevel }),
    },
    rules: {},
    ...extra,
  };
}

const pt = nd30.HEADER_DATE_SPACING_BEFORE.value;

export const DEFAULT_STYLE_SHEET: StyleSheet = {
  normal: {
    id: 'Normal',
    name: 'Normal',
    quick: true,
    look: {
      font: nd30.FONT_FAMILY,
      size: P.body.size.value,
      alignment: 'justify',
      before: 0,
      after: nd30.BODY_SPACING_AFTER.value,
      line: nd30.BODY_LINE_SPACING.value,
      firstLine: nd30.BODY_FIRST_LINE_INDENT.value,
    },
    rules: {
      size: P.body.size,
      firstLine: nd30.BODY_FIRST_LINE_INDENT,
      after: nd30.BODY_SPACING_AFTER,
      line: nd30.BODY_LINE_SPACING,
    },
  },
  heading1: structure('Heading1', 'heading 1', S.heading1, { quick: true }),
  heading2: structure('Heading2', 'heading 2', S.heading2, { quick: true }),
  heading3: structure('Heading3', 'heading 3', S.heading3, { quick: true }),
  heading4: structure('Heading4', 'heading 4', S.heading4, { quick: true }),
  basis: structure('ND30CanCu', 'ND30 Căn cứ', S.basis, { next: 'basis', quick: true }),
  bullet: structure('ND30GachDauDong', 'ND30 Gạch đầu dòng (-)', S.bullet, { next: 'bullet', quick: true }),
  subbullet: structure('ND30DauCong', 'ND30 Dấu cộng (+)', S.subbullet, { next: 'subbullet', quick: true }),
  note: structure('ND30GhiChu', 'ND30 Ghi chú', S.note),
  label: structure('ND30Nhan', 'ND30 Nhãn', S.label),
  closing: structure('ND30CauKet', 'ND30 Câu kết', S.closing),

  parentAgency: block('ND30CoQuanChuQuan', 'ND30 Cơ quan chủ quản', P.parentAgency),
  issuer: block('ND30CoQuanBanHanh', 'ND30 Cơ quan ban hành', P.issuer),
  number: block('ND30SoKyHieu', 'ND30 Số, ký hiệu', P.number, { before: pt }),
  nationalTitle: block('ND30QuocHieu', 'ND30 Quốc hiệu', P.nationalTitle),
  motto: block('ND30TieuNgu', 'ND30 Tiêu ngữ', P.motto),
  placeAndDate: block('ND30DiaDanhNgay', 'ND30 Địa danh, ngày', P.placeAndDate, { before: pt }),
  urgency: block('ND30DoKhan', 'ND30 Độ khẩn', P.urgency, { before: nd30.MARK_SPACING.value, border: 'box' }),
  circulation: block('ND30PhamViLuuHanh', 'ND30 Phạm vi lưu hành', P.circulation, { before: nd30.MARK_SPACING.value }),
  draft: block('ND30DuThao', 'ND30 Dự thảo', P.draft, { alignment: 'center', after: nd30.MARK_SPACING.value, border: 'box' }),
  type: block('ND30TenLoai', 'ND30 Tên loại', P.type, { before: nd30.TITLE_SPACING_BEFORE.value, keepNext: true }),
  subject: block('ND30TrichYeu', 'ND30 Trích yếu', P.subject, { keepNext: true }),
  // A drawn line: the bottom border of a tiny empty paragraph whose side indents set its length.
  rule: {
    id: 'ND30DuongKe',
    name: 'ND30 Đường kẻ',
    basedOn: 'normal',
    look: { size: 1, alignment: 'center', before: 0, after: 0, lineExact: 4, firstLine: 0, keepNext: true, border: 'bottom' },
    rules: {},
  },
  // A tiny empty paragraph between two tables that would otherwise touch (Word would join them).
  spacer: {
    id: 'ND30KhoangCach',
    name: 'ND30 Khoảng cách',
    basedOn: 'normal',
    look: { size: 1, before: 0, after: 0, lineExact: 4, firstLine: 0 },
    rules: {},
  },

  table: block('ND30Bang', 'ND30 Bảng', P.table, {
    before: nd30.TABLE_CELL_SPACING.value,
    after: nd30.TABLE_CELL_SPACING.value,
  }),
  tableHeader: {
    id: 'ND30BangTieuDe',
    name: 'ND30 Bảng – dòng tiêu đề',
    basedOn: 'table',
    look: { bold: true, alignment: 'center' },
    rules: { size: P.table.size },
  },

  recipientsLabel: block('ND30NoiNhan', 'ND30 Nơi nhận', P.recipientsLabel, { before: nd30.CLOSING_SPACING_BEFORE.value }),
  recipients: block('ND30NoiNhanDong', 'ND30 Nơi nhận – dòng', P.recipients),
  drafter: block('ND30NguoiSoanThao', 'ND30 Người soạn thảo', P.drafter),
  signerTitle: block('ND30ChucVuNguoiKy', 'ND30 Chức vụ người ký', P.signerTitle),
  signerName: block('ND30HoTenNguoiKy', 'ND30 Họ tên người ký', P.signerName),

  appendixLabel: block('ND30PhuLuc', 'ND30 Phụ lục', P.appendixLabel, { keepNext: true }),
  appendixTitle: block('ND30TenPhuLuc', 'ND30 Tên phụ lục', P.appendixTitle, { keepNext: true }),
  appendixAttachedTo: block('ND30KemTheo', 'ND30 Kèm theo', P.appendixAttachedTo, { keepNext: true }),

  // Word's own style for a page header: the page number, centred in the top margin.
  pageNumber: {
    ...block('Header', 'header', { ...P.body, size: nd30.PAGE_NUMBER.size, alignment: 'center' }),
    rules: { size: nd30.PAGE_NUMBER.size },
  },
};

export const STYLE_KEYS = Object.keys(DEFAULT_STYLE_SHEET) as StyleKey[];

/** A style's effective look, as Word computes it: the style, then the styles it is based on, then the defaults. */
export function resolveLook(sheet: StyleSheet, key: StyleKey): ResolvedLook {
  const chain: StyleLook[] = [];
  const seen = new Set<StyleKey>();
  for (let k: StyleKey | undefined = key; k !== undefined && !seen.has(k); k = sheet[k].basedOn) {
    seen.add(k);
    chain.unshift(sheet[k].look);
  }
  return Object.assign({}, DEFAULT_LOOK, ...chain) as ResolvedLook;
}

/** Every style's effective look, computed once per sheet. */
export type ResolvedSheet = Readonly<Record<StyleKey, ResolvedLook>>;

const resolvedSheets = new WeakMap<StyleSheet, ResolvedSheet>();

export function resolveSheet(sheet: StyleSheet): ResolvedSheet {
  let resolved = resolvedSheets.get(sheet);
  if (resolved === undefined) {
    resolved = Object.fromEntries(STYLE_KEYS.map((key) => [key, resolveLook(sheet, key)])) as Record<StyleKey, ResolvedLook>;
    resolvedSheets.set(sheet, resolved);
  }
  return resolved;
}
