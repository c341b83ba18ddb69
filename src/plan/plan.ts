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

export interface Result {
  nam?: number;
  diem?: number;
  diem_toi_da?: number;
  ty_le?: number;
  xep_hang?: number;
  tong_so?: number;
}
export interface Target {
  diem?: number;
  ty_le?: number;
  xep_hang_tu?: number;
  xep_hang_den?: number;
  van_ban?: string;
}

export interface Component {
  ten: string;
  tieu_de?: string;
  ket_qua?: Result;
  chi_tieu?: Target;
  chu_tri?: Lines;
  phoi_hop?: Lines;
  nhiem_vu?: Block[];
}

export type NumberStyle = 'I' | '1' | '1.1' | '1.1.1' | 'a' | '-' | 'khong';

export interface BulletItem {
  y: string;
  y_con?: string[];
}
export type Block =
  | string
  | { muc: string; kieu_so?: NumberStyle; noi_dung?: Block[] }
  | { gach_dau_dong: (string | BulletItem)[] }
  | { cong: string[] }
  | { ghi_chu: string }
  | { bang_chi_tieu: { ghi_chu?: string[] } };

export type ComponentLayout = 'muc_tieu_trach_nhiem' | 'chi_tieu_nhiem_vu';

export interface Section {
  tieu_de: string;
  noi_dung?: Block[];
  thanh_phan?: ComponentLayout;
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
  co_quan_ban_hanh: { ten: Lines; ten_day_du?: string; viet_tat: string };
  so?: number | null;
  ky_hieu?: string;
  dia_danh: string;
  ngay_ban_hanh: string;
  khan?: string;
  luu_hanh?: string;
  du_thao?: string;
  trich_yeu: Lines;
  can_cu?: { loi_dan?: string; trinh_bay?: 'tung_dong' | 'mot_doan'; ket_thuc?: ';' | '.'; van_ban: Basis[] };
  mo_dau?: string[];
  chi_so?: { ten: string; nam?: number; ket_qua?: Result; chi_tieu?: Target; thanh_phan: Component[] };
  danh_so?: NumberStyle[];
  noi_dung: Section[];
  ket_thuc?: string;
  noi_nhan: { nhan_de?: string; danh_sach: string[]; nguoi_soan?: string };
  nguoi_ky: { tham_quyen?: Authority[]; chuc_vu?: string; ho_ten: string };
  phu_luc?: Appendix[];
}

/** A plan with every default the decree or the template implies made explicit. */
export interface Plan extends PlanInput {
  loai_van_ban: { ten: string; viet_tat: string };
  ky_hieu: string;
  so: number | null;
  danh_so: NumberStyle[];
  /** The plan's year: chi_so.nam, else the year of ngay_ban_hanh. */
  nam: number;
}

export const DEFAULT_NUMBERING: NumberStyle[] = ['I', '1', '1.1', 'a'];

export function toPlan(input: PlanInput): Plan {
  const loai = { ten: input.loai_van_ban?.ten ?? 'KẾ HOẠCH', viet_tat: input.loai_van_ban?.viet_tat ?? 'KH' };
  return {
    ...input,
    loai_van_ban: loai,
    ky_hieu: input.ky_hieu ?? `${loai.viet_tat}-${input.co_quan_ban_hanh.viet_tat}`,
    so: input.so ?? null,
    danh_so: input.danh_so ?? DEFAULT_NUMBERING,
    nam: input.chi_so?.nam ?? Number(input.ngay_ban_hanh.slice(0, 4)),
  };
}

export function asList(lines: Lines | undefined): string[] {
  if (lines === undefined) return [];
  return Array.isArray(lines) ? lines : [lines];
}
