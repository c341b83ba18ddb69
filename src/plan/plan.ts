// The Plan: a plan file's data once the schema accepted it, with defaults applied (only here).
// Field names are the YAML's own (Vietnamese, no diacritics), so templates use the names clerks write.

export type Lines = string | string[];

export interface Reference {
  loai: string;
  so: number | string;
  ky_hieu: string;
  ngay: string;
  co_quan: string;
  trich_yeu: string;
  ten_goi_tat?: string;
}
export type Basis = Reference | { tu_do: string };

/** A decimal as the plan may write it: a YAML number, or text with a decimal comma ("89,47"). */
export type Decimal = number | string;
export type DecimalField = 'diem' | 'diem_toi_da' | 'ty_le';

export interface Result {
  nam?: number;
  diem?: number;
  diem_toi_da?: number;
  ty_le?: number;
  xep_hang?: number;
  tong_so?: number;
  /** A sentence printed instead of the template's result sentence. */
  van_ban?: string;
  /** The numbers as the plan wrote them ("14,30"), so they print with their written precision. */
  viet?: Partial<Record<DecimalField, string>>;
}
export type TargetForm = 'tu_tro_len' | 'tren' | 'dat';
export interface Target {
  diem?: number;
  ty_le?: number;
  xep_hang_tu?: number;
  xep_hang_den?: number;
  van_ban?: string;
  /** How the target's number is worded: "Từ 90% trở lên", "Trên 80%", "Đạt 90%". */
  dang?: TargetForm;
  viet?: Partial<Record<DecimalField, string>>;
}

/** Cells of a component's row in the targets table, written as the plan wants them. */
export interface TargetCells {
  ten?: string;
  ket_qua?: string;
  hang?: string;
  chi_tieu?: string;
  hang_muc_tieu?: string;
  chu_tri?: string;
}

export interface Component {
  ten: string;
  tieu_de?: string;
  ket_qua?: Result;
  chi_tieu?: Target;
  chu_tri?: Lines;
  phoi_hop?: Lines;
  nhiem_vu?: Block[];
  o_bang?: TargetCells;
}

export interface Index {
  ten: string;
  /** The index's name in full, used in sentences and in the targets table's rows for another index. */
  ten_day_du?: string;
  nam?: number;
  /** The units a rank counts among, in words ("sở, ban, ngành"), for the result sentence. */
  xep_hang_trong?: string;
  ket_qua?: Result;
  chi_tieu?: Target;
  thanh_phan?: Component[];
}

export type NumberStyle = 'I' | '1' | '1.1' | '1.1.1' | 'a' | '-' | 'khong';

export interface BulletItem {
  y: string;
  y_con?: (string | BulletItem)[];
}

export type CellAlign = 'trai' | 'giua' | 'phai' | 'deu';
export type Cell = string | { o: string; gop_cot?: number; gop_dong?: number; can?: CellAlign };
export type Row = Cell[] | { o: Cell[]; so_thu_tu?: boolean; kieu?: 'tong' | 'nhom' };
export interface Table {
  cot: { rong?: number; can?: CellAlign }[];
  tieu_de?: Cell[][];
  dong: Row[];
  so_thu_tu?: boolean;
  ghi_chu?: string[];
}

export interface TargetTableLabels {
  stt?: string;
  ten?: string;
  nam_truoc?: string;
  muc_tieu?: string;
  ket_qua?: string;
  hang?: string;
  chi_tieu?: string;
  hang_muc_tieu?: string;
  chu_tri?: string;
}
export interface TargetTable {
  chi_so?: string;
  nhan?: TargetTableLabels;
  rong_cot?: number[];
  phan_tram?: boolean;
  tong_so?: boolean;
  dong_them?: { chi_so: string; ten?: string; so_thu_tu?: boolean }[];
  dong_tong?: string | false;
  ghi_chu?: string[];
}

export type Block =
  | string
  | { muc: string; kieu_so?: NumberStyle; noi_dung?: Block[]; doan?: string }
  | { gach_dau_dong: (string | BulletItem)[]; ky_hieu?: string[] }
  | { cong: string[] }
  | { ghi_chu: string }
  | { nhan: string }
  | { bang: Table }
  | { bang_chi_tieu: TargetTable };

export type ComponentLayout = 'muc_tieu_trach_nhiem' | 'chi_tieu_nhiem_vu';
export type ComponentPartName = 'ket_qua' | 'chi_tieu' | 'nhiem_vu' | 'trach_nhiem';
export type ComponentPart = ComponentPartName | { muc: ComponentPartName | ComponentPartName[]; tieu_de?: string | false; kieu_so?: NumberStyle };
export interface ComponentParts {
  muc: ComponentPart[];
}

export interface Section {
  tieu_de: string;
  noi_dung?: Block[];
  thanh_phan?: ComponentLayout | ComponentParts;
  /** Which index's components the section lays out (its ten); the first index by default. */
  chi_so?: string;
  ket?: Block[];
}

export interface Task {
  noi_dung: string;
  chu_tri: Lines;
  phoi_hop?: Lines;
  thoi_han?: string;
  san_pham?: string;
}
export interface TaskGroup {
  nhom: string;
  nhiem_vu: Task[];
}

export interface Appendix {
  so_hieu?: string;
  ten: string;
  huong?: 'ngang' | 'doc';
  nhiem_vu: (Task | TaskGroup)[];
  ghi_chu?: string[];
}

export interface Authority {
  quyen: 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';
  cho: string;
}

export interface PlanInput {
  loai_van_ban?: { ten?: string; viet_tat?: string };
  co_quan_chu_quan?: Lines;
  co_quan_ban_hanh: { ten: Lines; ten_day_du?: string; viet_tat: string; ten_ngan?: string; don_vi_luu?: string };
  so?: number | null;
  ky_hieu?: string;
  dia_danh: string;
  ngay_ban_hanh: string;
  khan?: string;
  luu_hanh?: string;
  du_thao?: string;
  trich_yeu: Lines;
  can_cu?: {
    loi_dan?: string;
    trinh_bay?: 'tung_dong' | 'mot_doan';
    ket_thuc?: ';' | '.' | ',';
    /** The lead-in sentence, printed in the căn cứ's last paragraph after ket_thuc. */
    cau_dan?: string;
    /** The căn cứ in italics (the decree's look for a legal basis; some provinces use it). */
    nghieng?: boolean;
    van_ban: Basis[];
  };
  mo_dau?: string[];
  chi_so?: Index | Index[];
  danh_so?: NumberStyle[];
  /** The bullet character of each nesting level: ["-", "+"] by default. */
  ky_hieu_gach?: string[];
  noi_dung: Section[];
  ket_thuc?: string;
  noi_nhan: { nhan_de?: string; danh_sach: string[]; nguoi_soan?: string };
  nguoi_ky: { tham_quyen?: Authority[]; chuc_vu?: string; ho_ten: string };
  phu_luc?: Appendix[];
}

/** One index of the plan with the JSON Pointer of its YAML node ("/chi_so" or "/chi_so/1"). */
export interface IndexEntry {
  index: Index & { thanh_phan: Component[] };
  pointer: string;
}

/** A plan with every default the decree or the template implies made explicit. */
export interface Plan extends Omit<PlanInput, 'chi_so'> {
  loai_van_ban: { ten: string; viet_tat: string };
  ky_hieu: string;
  so: number | null;
  danh_so: NumberStyle[];
  ky_hieu_gach: string[];
  /** The first (or only) index. */
  chi_so?: Index & { thanh_phan: Component[] };
  /** Every index, in the plan's order. */
  cac_chi_so: IndexEntry[];
  /** The plan's year: chi_so.nam, else the year of ngay_ban_hanh. */
  nam: number;
}

export const DEFAULT_NUMBERING: NumberStyle[] = ['I', '1', '1.1', 'a'];
export const DEFAULT_BULLETS = ['-', '+'];

export function toPlan(input: PlanInput): Plan {
  const loai = { ten: input.loai_van_ban?.ten ?? 'KẾ HOẠCH', viet_tat: input.loai_van_ban?.viet_tat ?? 'KH' };
  const list = input.chi_so === undefined ? [] : Array.isArray(input.chi_so) ? input.chi_so : [input.chi_so];
  const cac_chi_so = list.map((index, i) => ({
    index: readIndex(index),
    pointer: Array.isArray(input.chi_so) ? `/chi_so/${i}` : '/chi_so',
  }));
  const first = cac_chi_so[0]?.index;
  const { chi_so: _raw, ...rest } = input;
  return {
    // chi_so keeps its place among the fields (PP290 reports the first TODO in the file's order).
    ...(first ? { ...input, chi_so: first } : rest),
    cac_chi_so,
    loai_van_ban: loai,
    ky_hieu: input.ky_hieu ?? `${loai.viet_tat}-${input.co_quan_ban_hanh.viet_tat}`,
    so: input.so ?? null,
    danh_so: input.danh_so ?? DEFAULT_NUMBERING,
    ky_hieu_gach: input.ky_hieu_gach ?? DEFAULT_BULLETS,
    nam: first?.nam ?? Number(input.ngay_ban_hanh.slice(0, 4)),
  };
}

/** The index of a section or table by its name (case and spacing ignored), else the first. */
export function findIndex(plan: Plan, name: string | undefined): IndexEntry | undefined {
  if (name === undefined) return plan.cac_chi_so[0];
  const key = normalizeName(name);
  return plan.cac_chi_so.find((e) => normalizeName(e.index.ten) === key);
}

export function normalizeName(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function readIndex(index: Index): Index & { thanh_phan: Component[] } {
  return {
    ...index,
    ...(index.ket_qua ? { ket_qua: readNumbers(index.ket_qua) } : {}),
    ...(index.chi_tieu ? { chi_tieu: readNumbers(index.chi_tieu) } : {}),
    thanh_phan: (index.thanh_phan ?? []).map((c) => ({
      ...c,
      ...(c.ket_qua ? { ket_qua: readNumbers(c.ket_qua) } : {}),
      ...(c.chi_tieu ? { chi_tieu: readNumbers(c.chi_tieu) } : {}),
    })),
  };
}

/** Decimal fields written as text ("89,47", or "14.30" kept by the reader for its zero) become
 * numbers for the rules, with the written form kept for printing. */
function readNumbers<T extends Result | Target>(r: T): T {
  const out: Record<string, unknown> = { ...r };
  const viet: Partial<Record<DecimalField, string>> = {};
  for (const field of ['diem', 'diem_toi_da', 'ty_le'] as const) {
    const value = (r as Record<string, unknown>)[field] as Decimal | undefined;
    if (typeof value === 'string') {
      out[field] = parseDecimal(value);
      viet[field] = value.replace('.', ',');
    }
  }
  if (Object.keys(viet).length > 0) out.viet = viet;
  return out as T;
}

export function parseDecimal(text: string): number {
  return Number(text.replace(',', '.'));
}

export function asList(lines: Lines | undefined): string[] {
  if (lines === undefined) return [];
  return Array.isArray(lines) ? lines : [lines];
}
