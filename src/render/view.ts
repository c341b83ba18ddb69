// Plan → the context the templates see: numbers assigned, values formatted, optional parts made
// explicit (null), so templates only choose wording and order.
import { hasTodo } from '../validate/rules/todo-left.js';
import type { Basis, Block, Component, NumberStyle, Plan, Result, Target } from '../plan/plan.js';
import { asList } from '../plan/plan.js';
import { BLANK, formatDate, formatNumber, formatRank, formatRankRange, issueDateParts, padNumber, toLetter, toRoman } from './format-vi.js';

/** The markup tag or paragraph class a numbered item becomes. */
export type Role = 'h1' | 'h2' | 'h3' | 'h4' | 'gach' | 'doan';

export interface BlockView {
  loai: 'doan' | 'muc' | 'gach' | 'cong' | 'ghi_chu' | 'bang_chi_tieu';
  text: string | null;
  so: string | null;
  vai: Role | null;
  khoi: BlockView[];
  gach: { text: string; con: string[] }[];
  cong: string[];
  bang: TargetTableView | null;
}

export interface TargetTableView {
  chi_so: string;
  nam: number;
  nam_truoc: number;
  dong: { stt: number; ten: string; ket_qua: string; hang: string; chi_tieu: string; hang_muc_tieu: string; chu_tri: string }[];
  tong: { ket_qua: string; hang: string; chi_tieu: string; hang_muc_tieu: string } | null;
  ghi_chu: string[];
}

export interface ComponentView {
  so: string;
  so_muc_tieu: string;
  so_trach_nhiem: string;
  ten: string;
  tieu_de: string | null;
  chi_tieu: { van_ban: string | null; diem: string | null; ty_le: string | null; hang: string | null };
  ket_qua: { nam: number | null; diem: string | null; diem_toi_da: string | null; ty_le: string | null; hang: string | null };
  chu_tri: string | null;
  phoi_hop: string | null;
  nhiem_vu: BlockView[];
}

const ROLE_OF: Record<NumberStyle, Role> = {
  I: 'h1',
  '1': 'h2',
  '1.1': 'h3',
  '1.1.1': 'h3',
  a: 'h4',
  '-': 'gach',
  khong: 'h2',
};

/** "1.1." from the parent's "1." and the index; "a)" for letters; "" for none. */
export function sectionNumber(style: NumberStyle, index: number, parent: string): string {
  const trimmed = parent.replace(/\.$/, '');
  switch (style) {
    case 'I':
      return `${toRoman(index)}.`;
    case '1':
      return `${index}.`;
    case '1.1':
    case '1.1.1':
      return trimmed ? `${trimmed}.${index}.` : `${index}.`;
    case 'a':
      return `${toLetter(index)})`;
    case '-':
      return '-';
    case 'khong':
      return '';
  }
}

export function buildView(plan: Plan) {
  const styleAt = (depth: number): NumberStyle => plan.danh_so[Math.min(depth, plan.danh_so.length - 1)] ?? '1';
  const blocks = (list: Block[] | undefined, depth: number, parent: string): BlockView[] => {
    let counter = 0;
    return (list ?? []).map((b) => {
      if (typeof b === 'string') return blockView('doan', { text: b });
      if ('muc' in b) {
        counter += 1;
        const style = b.kieu_so ?? styleAt(depth);
        const so = sectionNumber(style, counter, parent);
        const children = blocks(b.noi_dung, depth + 1, so);
        // A numbered item without content is a numbered paragraph ("1. Giao Văn phòng Sở …"), not a heading.
        const vai: Role = children.length === 0 && style !== 'I' && style !== '-' ? 'doan' : ROLE_OF[style];
        return blockView('muc', { text: b.muc, so, vai, khoi: children });
      }
      if ('gach_dau_dong' in b)
        return blockView('gach', { gach: b.gach_dau_dong.map((g) => (typeof g === 'string' ? { text: g, con: [] } : { text: g.y, con: g.y_con ?? [] })) });
      if ('cong' in b) return blockView('cong', { cong: b.cong });
      if ('ghi_chu' in b) return blockView('ghi_chu', { text: b.ghi_chu });
      return blockView('bang_chi_tieu', { bang: targetTable(plan, b.bang_chi_tieu.ghi_chu ?? []) });
    });
  };

  const components = (parent: string): ComponentView[] =>
    (plan.chi_so?.thanh_phan ?? []).map((c, i) => componentView(c, sectionNumber(styleAt(1), i + 1, parent), styleAt(2), blocks));

  const date = issueDateParts(plan.ngay_ban_hanh);
  const basis = plan.can_cu;
  return {
    // A plan with TODO left is a draft: the decree's mark, automatically (issue 13).
    du_thao: plan.du_thao ?? (hasTodo(plan) ? 'Dự thảo' : null),
    co_quan_chu_quan: asList(plan.co_quan_chu_quan),
    co_quan_ban_hanh: asList(plan.co_quan_ban_hanh.ten),
    ten_co_quan: plan.co_quan_ban_hanh.ten_day_du ?? asList(plan.co_quan_ban_hanh.ten).join(' '),
    so: plan.so === null ? BLANK : padNumber(plan.so),
    ky_hieu: plan.ky_hieu,
    khan: plan.khan ?? null,
    luu_hanh: plan.luu_hanh ?? null,
    dia_danh: plan.dia_danh,
    ngay: date.ngay,
    thang: date.thang,
    nam: date.nam,
    ngay_ban_hanh: plan.ngay_ban_hanh.length === 10 ? formatDate(plan.ngay_ban_hanh) : `${BLANK}/${date.thang}/${date.nam}`,
    ten_loai: plan.loai_van_ban.ten,
    trich_yeu: asList(plan.trich_yeu),
    can_cu: basis
      ? {
          loi_dan: basis.loi_dan ?? 'Căn cứ',
          mot_doan: basis.trinh_bay === 'mot_doan',
          ket_thuc: basis.ket_thuc ?? ';',
          van_ban: basis.van_ban.map((v, i) => ({ ...referenceView(v), cuoi: i === basis.van_ban.length - 1 })),
        }
      : null,
    mo_dau: plan.mo_dau ?? [],
    phan: plan.noi_dung.map((s, i) => {
      const so = sectionNumber(styleAt(0), i + 1, '');
      return {
        so,
        tieu_de: s.tieu_de,
        khoi: blocks(s.noi_dung, 1, so),
        kieu_thanh_phan: s.thanh_phan ?? null,
        thanh_phan: s.thanh_phan ? components('') : [],
        ket: blocks(s.ket, 1, so),
      };
    }),
    ket_thuc: plan.ket_thuc ?? null,
    noi_nhan: {
      nhan_de: plan.noi_nhan.nhan_de ?? null,
      dong: plan.noi_nhan.danh_sach.map((text, i) => ({ text, cuoi: i === plan.noi_nhan.danh_sach.length - 1 })),
      nguoi_soan: plan.noi_nhan.nguoi_soan ?? null,
    },
    nguoi_ky: {
      tham_quyen: plan.nguoi_ky.tham_quyen ?? [],
      chuc_vu: plan.nguoi_ky.chuc_vu ?? null,
      ho_ten: plan.nguoi_ky.ho_ten,
    },
    phu_luc: (plan.phu_luc ?? []).map((p) => ({
      so_hieu: p.so_hieu ?? null,
      ten: p.ten,
      ngang: (p.huong ?? 'ngang') === 'ngang',
      dong: p.nhiem_vu.flatMap((row, i) =>
        'nhom' in row
          ? [{ nhom: row.nhom, stt: toRoman(i + 1), nhiem_vu: null }, ...row.nhiem_vu.map((t, j) => ({ nhom: null, stt: String(j + 1), nhiem_vu: taskView(t) }))]
          : [{ nhom: null, stt: String(i + 1), nhiem_vu: taskView(row) }],
      ),
      ghi_chu: p.ghi_chu ?? [],
    })),
  };
}

export type PlanView = ReturnType<typeof buildView>;

function blockView(loai: BlockView['loai'], fields: Partial<BlockView>): BlockView {
  return { loai, text: null, so: null, vai: null, khoi: [], gach: [], cong: [], bang: null, ...fields };
}

function referenceView(v: Basis) {
  if ('tu_do' in v) return { tu_do: v.tu_do, loai: null, so: null, ky_hieu: null, ngay: null, co_quan: null, trich_yeu: null, ten_goi_tat: null };
  return { tu_do: null, ...v, so: String(v.so), ngay: formatDate(v.ngay), ten_goi_tat: v.ten_goi_tat ?? null };
}

function taskView(t: { noi_dung: string; chu_tri: string | string[]; phoi_hop?: string | string[]; thoi_han?: string; san_pham?: string }) {
  return {
    noi_dung: t.noi_dung,
    chu_tri: asList(t.chu_tri).join(', '),
    phoi_hop: asList(t.phoi_hop).join(', '),
    thoi_han: t.thoi_han ?? '',
    san_pham: t.san_pham ?? '',
  };
}

const num = (n: number | undefined) => (n === undefined ? null : formatNumber(n));

function resultView(r: Result | undefined) {
  return {
    nam: r?.nam ?? null,
    diem: num(r?.diem),
    diem_toi_da: num(r?.diem_toi_da),
    ty_le: num(r?.ty_le),
    hang: r?.xep_hang === undefined ? null : formatRank(r.xep_hang, r.tong_so),
  };
}

function targetView(t: Target | undefined) {
  return {
    van_ban: t?.van_ban ?? null,
    diem: num(t?.diem),
    ty_le: num(t?.ty_le),
    hang: t?.xep_hang_tu === undefined ? null : formatRankRange(t.xep_hang_tu, t.xep_hang_den),
  };
}

function componentView(
  c: Component,
  so: string,
  childStyle: NumberStyle,
  blocks: (list: Block[] | undefined, depth: number, parent: string) => BlockView[],
): ComponentView {
  const subNumber = (i: number) => sectionNumber(childStyle, i, so);
  return {
    so,
    so_muc_tieu: subNumber(1),
    so_trach_nhiem: subNumber(2),
    ten: c.ten,
    tieu_de: c.tieu_de ?? null,
    chi_tieu: targetView(c.chi_tieu),
    ket_qua: resultView(c.ket_qua),
    chu_tri: c.chu_tri === undefined ? null : asList(c.chu_tri).join(', '),
    phoi_hop: c.phoi_hop === undefined ? null : asList(c.phoi_hop).join(', '),
    nhiem_vu: blocks(c.nhiem_vu, 3, subNumber(1)),
  };
}

/** "89,47" for an index in %, else "12,98/16" points. */
function scoreCell(r: Result | Target | undefined): string {
  if (!r) return '';
  if (r.ty_le !== undefined) return formatNumber(r.ty_le);
  if (r.diem !== undefined) return 'diem_toi_da' in r && r.diem_toi_da !== undefined ? `${formatNumber(r.diem)}/${formatNumber(r.diem_toi_da)}` : formatNumber(r.diem);
  return '';
}

function targetTable(plan: Plan, notes: string[]): TargetTableView {
  const index = plan.chi_so;
  const year = plan.nam;
  return {
    chi_so: index?.ten ?? '',
    nam: year,
    nam_truoc: index?.ket_qua?.nam ?? year - 1,
    dong: (index?.thanh_phan ?? []).map((c, i) => ({
      stt: i + 1,
      ten: c.ten,
      ket_qua: scoreCell(c.ket_qua),
      hang: formatRank(c.ket_qua?.xep_hang, c.ket_qua?.tong_so),
      chi_tieu: scoreCell(c.chi_tieu),
      hang_muc_tieu: formatRankRange(c.chi_tieu?.xep_hang_tu, c.chi_tieu?.xep_hang_den),
      chu_tri: asList(c.chu_tri).join(', '),
    })),
    tong:
      index?.ket_qua || index?.chi_tieu
        ? {
            ket_qua: scoreCell(index.ket_qua),
            hang: formatRank(index.ket_qua?.xep_hang, index.ket_qua?.tong_so),
            chi_tieu: scoreCell(index.chi_tieu),
            hang_muc_tieu: formatRankRange(index.chi_tieu?.xep_hang_tu, index.chi_tieu?.xep_hang_den),
          }
        : null,
    ghi_chu: notes,
  };
}
