// Plan → the context the templates see: numbers assigned, values formatted, optional parts made
// explicit (null), so templates only choose wording and order.
import { hasTodo } from '../validate/rules/todo-left.js';
import { deepFreeze } from '../cache/deep-freeze.js';
import type {
  Basis,
  Block,
  BulletItem,
  Cell,
  Component,
  ComponentPart,
  ComponentPartName,
  Index,
  NumberStyle,
  Plan,
  Result,
  Table,
  Target,
  TargetTable,
} from '../plan/plan.js';
import { asList, findIndex } from '../plan/plan.js';
import { BLANK, formatDate, formatNumber, formatRank, formatRankRange, issueDateParts, padNumber, toLetter, toRoman } from './format-vi.js';

/** The markup tag or paragraph class a numbered item becomes. */
export type Role = 'h1' | 'h2' | 'h3' | 'h4' | 'gach' | 'doan' | 'nhan';

export interface BulletView {
  ky_hieu: string;
  text: string;
  /** gach for the first level, cong below it. */
  vai: 'gach' | 'cong';
}

export interface BlockView {
  loai: 'doan' | 'muc' | 'gach' | 'cong' | 'ghi_chu' | 'nhan' | 'bang' | 'bang_chi_tieu';
  text: string | null;
  so: string | null;
  vai: Role | null;
  /** A numbered item's text run into its bold number and heading (muc.doan). */
  doan: string | null;
  khoi: BlockView[];
  gach: BulletView[];
  cong: string[];
  bang: TableView | null;
  bang_chi_tieu: TargetTableView | null;
}

export interface CellView {
  text: string;
  gop_cot: number | null;
  gop_dong: number | null;
  can: string | null;
}
export interface TableView {
  cot: { rong: number }[];
  tieu_de: { o: CellView[] }[];
  dong: { o: CellView[]; kieu: 'tong' | 'nhom' | null }[];
  ghi_chu: string[];
}

/** A target cell: its number with the words around it (template chi-tieu-dang), or the plan's own text. */
export interface TargetCellView {
  so: string;
  dang: string | null;
  van_ban: string | null;
}
export interface TargetRowView {
  stt: string;
  ten: string;
  ket_qua: string;
  hang: string;
  chi_tieu: TargetCellView;
  hang_muc_tieu: string;
  chu_tri: string;
}
export interface TargetTableView {
  rong_cot: number[] | null;
  chi_so: string;
  nam: number;
  nam_truoc: number;
  nhan: Record<string, string | null>;
  dong: TargetRowView[];
  tong: (Omit<TargetRowView, 'stt' | 'ten' | 'chu_tri'> & { nhan: string | null }) | null;
  ghi_chu: string[];
}

export interface ComponentPartView {
  so: string | null;
  vai: Role;
  an_tieu_de: boolean;
  tieu_de: string | null;
  /** The part whose default heading the template prints when the plan gives none. */
  mac_dinh: ComponentPartName;
  phan: Partial<Record<ComponentPartName, true>>[];
}

export interface ComponentView {
  so: string;
  so_muc_tieu: string;
  so_trach_nhiem: string;
  ten: string;
  tieu_de: string | null;
  nam: number;
  xep_hang_trong: string | null;
  chi_tieu: { van_ban: string | null; diem: string | null; ty_le: string | null; hang: string | null };
  ket_qua: { nam: number | null; diem: string | null; diem_toi_da: string | null; ty_le: string | null; hang: string | null; van_ban: string | null };
  chu_tri: string | null;
  phoi_hop: string | null;
  nhiem_vu: BlockView[];
  muc: ComponentPartView[];
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

type BlocksOf = (list: Block[] | undefined, depth: number, parent: string) => BlockView[];

export function buildView(plan: Plan) {
  const styleAt = (depth: number): NumberStyle => plan.danh_so[Math.min(depth, plan.danh_so.length - 1)] ?? '1';
  // Lists of blocks that read nothing but themselves and the numbering are shared between plans
  // that share the list (a batch's units and their base): see keptBlockViews.
  const numbering = `${plan.danh_so.join(' ')}\n${plan.ky_hieu_gach.join(' ')}`;
  const blocks: BlocksOf = (list, depth, parent) =>
    list === undefined ? [] : keptBlockViews(list, `${depth}\n${parent}\n${numbering}`, () => buildBlocks(list, depth, parent));
  const buildBlocks: BlocksOf = (list, depth, parent) => {
    let counter = 0;
    // Items of one level look alike: when one numbered item has content, all are headings.
    const siblingsHaveContent = (list ?? []).some((b) => typeof b === 'object' && 'muc' in b && (b.noi_dung?.length ?? 0) > 0);
    return (list ?? []).map((b) => {
      if (typeof b === 'string') return blockView('doan', { text: b });
      if ('muc' in b) {
        counter += 1;
        const style = b.kieu_so ?? styleAt(depth);
        const so = sectionNumber(style, counter, parent);
        const children = blocks(b.noi_dung, depth + 1, so);
        const heading = style === 'I' || style === '-' || (b.doan === undefined && (children.length > 0 || siblingsHaveContent));
        // A numbered item without content is a numbered paragraph ("1. Giao Văn phòng Sở …"), not a heading.
        const vai: Role = heading ? ROLE_OF[style] : 'doan';
        return blockView('muc', { text: b.muc, so: so || null, vai, khoi: children, doan: b.doan ?? null });
      }
      if ('gach_dau_dong' in b) return blockView('gach', { gach: bullets(b.gach_dau_dong, b.ky_hieu ?? plan.ky_hieu_gach) });
      if ('cong' in b) return blockView('cong', { cong: [...b.cong] });
      if ('ghi_chu' in b) return blockView('ghi_chu', { text: b.ghi_chu });
      if ('nhan' in b) return blockView('nhan', { text: b.nhan });
      if ('bang' in b) return blockView('bang', { bang: tableView(b.bang) });
      return blockView('bang_chi_tieu', { bang_chi_tieu: targetTable(plan, b.bang_chi_tieu) });
    });
  };

  const components = (sectionIndex: string | undefined, layout: Plan['noi_dung'][number]['thanh_phan']): ComponentView[] => {
    const entry = findIndex(plan, sectionIndex);
    if (!entry) return [];
    return entry.index.thanh_phan.map((c, i) =>
      componentView(plan, entry.index, c, sectionNumber(styleAt(1), i + 1, ''), styleAt(2), blocks, typeof layout === 'object' ? layout.muc : []),
    );
  };

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
          cau_dan: basis.cau_dan ?? null,
          nghieng: basis.nghieng === true,
          van_ban: basis.van_ban.map((v, i) => ({ ...referenceView(v), cuoi: i === basis.van_ban.length - 1 })),
        }
      : null,
    mo_dau: plan.mo_dau ?? [],
    phan: plan.noi_dung.map((s, i) => {
      const so = sectionNumber(styleAt(0), i + 1, '');
      const layout = s.thanh_phan === undefined ? null : typeof s.thanh_phan === 'string' ? s.thanh_phan : 'cac_muc';
      return {
        so,
        tieu_de: s.tieu_de,
        khoi: blocks(s.noi_dung, 1, so),
        kieu_thanh_phan: layout,
        thanh_phan: s.thanh_phan ? components(s.chi_so, s.thanh_phan) : [],
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

/**
 * The views of a list of blocks, by the list object and what else they depend on (`key`: the depth,
 * the parent's number, the plan's numbering and bullet characters). A batch's units share their
 * base plan's lists by reference (merge, placeholders and toPlan copy only what a unit changes), so
 * each list's views are built once and are the same objects for every unit, which the templates'
 * pure partials render once (pure-partials.ts). A list holding a target table (bang_chi_tieu) is
 * built each time: its view reads the plan's index, which each unit has anew. What is kept is
 * frozen, so that no plan's use of it can change another's (the views copy the plan's own lists,
 * so only the views' objects are frozen, never the plan's).
 */
const keptViews = new WeakMap<readonly Block[], { key: string; views: BlockView[] }>();
const holdsTargetTable = new WeakMap<object, boolean>();

function keptBlockViews(list: Block[], key: string, build: () => BlockView[]): BlockView[] {
  const kept = keptViews.get(list);
  if (kept !== undefined && kept.key === key) return kept.views;
  if (readsPlan(list)) return build();
  const views = deepFreeze(build());
  keptViews.set(list, { key, views });
  return views;
}

/** Whether a list of blocks, at any depth, holds a block whose view reads more of the plan than the block. */
function readsPlan(list: readonly Block[]): boolean {
  let known = holdsTargetTable.get(list);
  if (known === undefined) {
    known = list.some((b) => typeof b === 'object' && ('bang_chi_tieu' in b || ('muc' in b && b.noi_dung !== undefined && readsPlan(b.noi_dung))));
    holdsTargetTable.set(list, known);
  }
  return known;
}

function blockView(loai: BlockView['loai'], fields: Partial<BlockView>): BlockView {
  return { loai, text: null, so: null, vai: null, doan: null, khoi: [], gach: [], cong: [], bang: null, bang_chi_tieu: null, ...fields };
}

/** Nested bullet items → one paragraph each, the character of its level (the last repeats). */
function bullets(items: (string | BulletItem)[], chars: string[], level = 0): BulletView[] {
  const ky_hieu = chars[Math.min(level, chars.length - 1)] ?? '-';
  const vai = level === 0 ? 'gach' : 'cong';
  return items.flatMap((item) =>
    typeof item === 'string'
      ? [{ ky_hieu, text: item, vai }]
      : [{ ky_hieu, text: item.y, vai }, ...bullets(item.y_con ?? [], chars, level + 1)],
  );
}

function cellView(cell: Cell, columnAlign: string | undefined): CellView {
  if (typeof cell === 'string') return { text: cell, gop_cot: null, gop_dong: null, can: columnAlign ?? null };
  return { text: cell.o, gop_cot: cell.gop_cot ?? null, gop_dong: cell.gop_dong ?? null, can: cell.can ?? columnAlign ?? null };
}

/** A body table: column alignment applied to each cell that does not set its own, rows numbered. */
export function tableView(t: Table): TableView {
  const aligns = t.cot.map((c) => c.can);
  let counter = 0;
  const cellsFrom = (cells: Cell[], firstColumn: number, header = false) => {
    let column = firstColumn;
    return cells.map((cell) => {
      // Header cells are centred by the writer unless they say otherwise.
      const view = cellView(cell, header ? undefined : aligns[column]);
      column += view.gop_cot ?? 1;
      return view;
    });
  };
  return {
    cot: t.cot.map((c) => ({ rong: c.rong ?? 1 })),
    tieu_de: (t.tieu_de ?? []).map((row) => ({ o: cellsFrom(row, 0, true) })),
    dong: t.dong.map((row) => {
      const cells = Array.isArray(row) ? row : row.o;
      const numbered = t.so_thu_tu === true && (Array.isArray(row) || row.so_thu_tu !== false);
      const kieu = Array.isArray(row) ? null : (row.kieu ?? null);
      if (!numbered) return { o: cellsFrom(cells, 0), kieu };
      counter += 1;
      return { o: [{ text: String(counter), gop_cot: null, gop_dong: null, can: aligns[0] ?? 'giua' }, ...cellsFrom(cells, 1)], kieu };
    }),
    ghi_chu: [...(t.ghi_chu ?? [])],
  };
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

/** A decimal as the plan wrote it ("14,30"), else formatted the Vietnamese way. */
function decimal(r: Result | Target | undefined, field: 'diem' | 'diem_toi_da' | 'ty_le'): string | null {
  const written = r?.viet?.[field];
  if (written !== undefined) return written;
  const value = (r as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'number' ? formatNumber(value) : null;
}

function resultView(r: Result | undefined) {
  return {
    nam: r?.nam ?? null,
    diem: decimal(r, 'diem'),
    diem_toi_da: decimal(r, 'diem_toi_da'),
    ty_le: decimal(r, 'ty_le'),
    hang: r?.xep_hang === undefined ? null : formatRank(r.xep_hang, r.tong_so),
    van_ban: r?.van_ban ?? null,
  };
}

function targetView(t: Target | undefined) {
  return {
    van_ban: t?.van_ban ?? null,
    diem: decimal(t, 'diem'),
    ty_le: decimal(t, 'ty_le'),
    hang: t?.xep_hang_tu === undefined ? null : formatRankRange(t.xep_hang_tu, t.xep_hang_den),
  };
}

function componentView(
  plan: Plan,
  index: Index,
  c: Component,
  so: string,
  childStyle: NumberStyle,
  blocks: BlocksOf,
  parts: ComponentPart[],
): ComponentView {
  const subNumber = (i: number) => sectionNumber(childStyle, i, so);
  let counter = 0;
  const muc: ComponentPartView[] = parts.map((part) => {
    const names = typeof part === 'string' ? [part] : Array.isArray(part.muc) ? part.muc : [part.muc];
    const hidden = typeof part === 'object' && part.tieu_de === false;
    const style = typeof part === 'object' && part.kieu_so !== undefined ? part.kieu_so : childStyle;
    const numbered = !hidden && style !== 'khong';
    if (numbered) counter += 1;
    return {
      so: numbered ? sectionNumber(style, counter, so) || null : null,
      vai: style === 'khong' ? 'nhan' : ROLE_OF[style],
      an_tieu_de: hidden,
      tieu_de: typeof part === 'object' && typeof part.tieu_de === 'string' ? part.tieu_de : null,
      mac_dinh: names[0] ?? 'nhiem_vu',
      phan: names.map((n) => ({ [n]: true })),
    };
  });
  return {
    so,
    so_muc_tieu: subNumber(1),
    so_trach_nhiem: subNumber(2),
    ten: c.ten,
    tieu_de: c.tieu_de ?? null,
    nam: plan.nam,
    xep_hang_trong: index.xep_hang_trong ?? null,
    chi_tieu: targetView(c.chi_tieu),
    ket_qua: resultView(c.ket_qua),
    chu_tri: c.chu_tri === undefined ? null : asList(c.chu_tri).join(', '),
    phoi_hop: c.phoi_hop === undefined ? null : asList(c.phoi_hop).join(', '),
    nhiem_vu: blocks(c.nhiem_vu, 3, subNumber(1)),
    muc,
  };
}

/** "89,47" (or "89,47%") for an index in %, else "12,98/16" points. */
function scoreCell(r: Result | Target | undefined, percent: boolean): string {
  if (!r) return '';
  const ty_le = decimal(r, 'ty_le');
  if (ty_le !== null) return percent ? `${ty_le}%` : ty_le;
  const diem = decimal(r, 'diem');
  if (diem === null) return '';
  const max = 'diem_toi_da' in r ? decimal(r, 'diem_toi_da') : null;
  return max === null ? diem : `${diem}/${max}`;
}

function targetCell(t: Target | undefined, percent: boolean, own: string | undefined): TargetCellView {
  if (own !== undefined) return { so: '', dang: null, van_ban: own };
  // Words around a percentage name its unit: "Từ 90% trở lên".
  return { so: scoreCell(t, percent || (t?.dang !== undefined && t.ty_le !== undefined)), dang: t?.dang ?? null, van_ban: null };
}

function targetTable(plan: Plan, options: TargetTable): TargetTableView {
  const entry = findIndex(plan, options.chi_so);
  const index = entry?.index;
  const year = index?.nam ?? plan.nam;
  const percent = options.phan_tram === true;
  const withTotal = options.tong_so !== false;
  const rank = (r: Result | undefined) => formatRank(r?.xep_hang, withTotal ? r?.tong_so : undefined);
  const overall = (i: Index | undefined) => ({
    ket_qua: scoreCell(i?.ket_qua, percent),
    hang: rank(i?.ket_qua),
    chi_tieu: targetCell(i?.chi_tieu, percent, undefined),
    hang_muc_tieu: formatRankRange(i?.chi_tieu?.xep_hang_tu, i?.chi_tieu?.xep_hang_den),
  });
  const components = index?.thanh_phan ?? [];
  let counter = 0;
  const rows: TargetRowView[] = components.map((c) => {
    counter += 1;
    const own = c.o_bang ?? {};
    return {
      stt: String(counter),
      ten: own.ten ?? c.ten,
      ket_qua: own.ket_qua ?? scoreCell(c.ket_qua, percent),
      hang: own.hang ?? rank(c.ket_qua),
      chi_tieu: targetCell(c.chi_tieu, percent, own.chi_tieu),
      hang_muc_tieu: own.hang_muc_tieu ?? formatRankRange(c.chi_tieu?.xep_hang_tu, c.chi_tieu?.xep_hang_den),
      chu_tri: own.chu_tri ?? asList(c.chu_tri).join(', '),
    };
  });
  for (const extra of options.dong_them ?? []) {
    const other = findIndex(plan, extra.chi_so)?.index;
    const numbered = extra.so_thu_tu === true;
    if (numbered) counter += 1;
    rows.push({ stt: numbered ? String(counter) : '', ten: extra.ten ?? other?.ten_day_du ?? extra.chi_so, ...overall(other), chu_tri: '' });
  }
  const hasOverall = index?.ket_qua !== undefined || index?.chi_tieu !== undefined;
  return {
    rong_cot: options.rong_cot ?? null,
    chi_so: index?.ten ?? '',
    nam: year,
    nam_truoc: index?.ket_qua?.nam ?? year - 1,
    nhan: {
      stt: null, ten: null, nam_truoc: null, muc_tieu: null, ket_qua: null, hang: null, chi_tieu: null, hang_muc_tieu: null, chu_tri: null,
      ...options.nhan,
    },
    dong: rows,
    tong: options.dong_tong === false || !hasOverall ? null : { nhan: options.dong_tong ?? null, ...overall(index) },
    ghi_chu: options.ghi_chu ?? [],
  };
}
