// PP219: a field the plan sets that no part of the document prints is a warning naming the field
// and the layouts that use its index, so nothing a clerk wrote vanishes without a word. A
// component's fields print through the sections that lay out its index (noi_dung[].thanh_phan) and
// through the targets tables built from it (bang_chi_tieu). Figures a plan words itself in
// chi_tieu.van_ban are the checks' data (PP204–PP206) and not reported. The index's own result and
// target print only in a targets table: its total row (unless dong_tong: false) or a row another
// table adds for it (dong_them).
import type { Block, Component, ComponentPartName, IndexEntry, Plan, Result, Target } from '../../plan/plan.js';
import { formatNumber } from '../../render/format-vi.js';
import { findIndex } from '../../plan/plan.js';
import type { RuleDefinition } from './rule.js';

interface Users {
  tables: number;
  /** Targets tables that print the index's own result and target: its total row, or a row added for it. */
  overallRows: number;
  /** Each section laying out the index: its layout name and the parts it prints. */
  layouts: { name: string; parts: Set<ComponentPartName> }[];
}

const PRESET_PARTS: Record<string, ComponentPartName[]> = {
  muc_tieu_trach_nhiem: ['nhiem_vu', 'trach_nhiem'],
  chi_tieu_nhiem_vu: ['chi_tieu', 'nhiem_vu', 'trach_nhiem'],
};

function usersOf(plan: Plan, entry: IndexEntry): Users {
  const users: Users = { tables: 0, overallRows: 0, layouts: [] };
  const countTables = (blocks: Block[] | undefined): void =>
    blocks?.forEach((b) => {
      if (typeof b !== 'object') return;
      if ('bang_chi_tieu' in b) {
        const table = b.bang_chi_tieu;
        if (findIndex(plan, table.chi_so) === entry) {
          users.tables += 1;
          if (table.dong_tong !== false) users.overallRows += 1;
        }
        users.overallRows += (table.dong_them ?? []).filter((row) => findIndex(plan, row.chi_so) === entry).length;
      }
      if ('muc' in b) countTables(b.noi_dung);
    });
  for (const s of plan.noi_dung) {
    countTables(s.noi_dung);
    countTables(s.ket);
    if (s.thanh_phan !== undefined && findIndex(plan, s.chi_so) === entry) {
      if (typeof s.thanh_phan === 'string') users.layouts.push({ name: s.thanh_phan, parts: new Set(PRESET_PARTS[s.thanh_phan]) });
      else {
        const parts = s.thanh_phan.muc.flatMap((p) => (typeof p === 'string' ? [p] : Array.isArray(p.muc) ? p.muc : [p.muc]));
        users.layouts.push({ name: `muc: [${parts.join(', ')}]`, parts: new Set(parts) });
      }
    }
  }
  for (const { index } of plan.cac_chi_so) index.thanh_phan.forEach((c) => countTables(c.nhiem_vu));
  return users;
}

/** Which of a component's fields the index's users print. */
function printed(c: Component, users: Users): Record<string, boolean> {
  const has = (part: ComponentPartName, layout?: string) => users.layouts.some((l) => l.parts.has(part) && (layout === undefined || l.name === layout));
  const builtTarget = (c.chi_tieu?.diem !== undefined || c.chi_tieu?.ty_le !== undefined) && c.chi_tieu?.van_ban === undefined;
  const table = users.tables > 0;
  return {
    ket_qua: table || has('ket_qua') || (builtTarget && users.layouts.some((l) => l.parts.has('chi_tieu') && l.name !== 'muc_tieu_trach_nhiem')),
    'ket_qua.van_ban': has('ket_qua'),
    chi_tieu: table || users.layouts.some((l) => l.parts.has('chi_tieu') && l.name !== 'muc_tieu_trach_nhiem'),
    'chi_tieu.van_ban': users.layouts.some((l) => l.parts.has('chi_tieu') || l.name === 'muc_tieu_trach_nhiem'),
    chu_tri: table || has('trach_nhiem'),
    phoi_hop: has('trach_nhiem'),
    nhiem_vu: has('nhiem_vu'),
    o_bang: table,
  };
}

/** A figure as a text writes it ("84,35", "2022"). One scan of each text, not kept by the text
 * (by-text.ts): looking a text up costs as much as this scan. */
const FIGURE = /\d+(?:[.,]\d+)*/g;

/** Every piece of text the plan writes outside its index data: where a plan states a figure in its own words. */
function ownWords(plan: Plan): Set<string> {
  const numbers = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const n of value.match(FIGURE) ?? []) numbers.add(n);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      // for…in, not Object.entries: no array per object (a Plan's objects are plain, their own keys alone).
      const object = value as Record<string, unknown>;
      for (const key in object) if (key !== 'chi_so' && key !== 'cac_chi_so') walk(object[key]);
    }
  };
  walk(plan);
  return numbers;
}

/** The figures an index's own result or target states: its score or rate as written, its rank. */
function figures(field: 'ket_qua' | 'chi_tieu', value: Result | Target): string[] {
  const written = (field: 'diem' | 'ty_le'): string[] => {
    const w = value.viet?.[field] ?? (value[field] === undefined ? undefined : formatNumber(value[field]));
    return w === undefined ? [] : [w];
  };
  const ranks = field === 'ket_qua' ? [(value as Result).xep_hang] : [(value as Target).xep_hang_den ?? (value as Target).xep_hang_tu];
  return [...written('diem'), ...written('ty_le'), ...ranks.filter((r) => r !== undefined).map(String)];
}

export const fieldNotPrinted: RuleDefinition = {
  code: 'PP219',
  name: 'truong-khong-duoc-in',
  severity: 'warning',
  clause: 'Kế hoạch in đúng những gì tệp kế hoạch ghi: một trường không được bố cục nào in ra là dữ liệu bị bỏ sót',
  check(plan, report) {
    let words: Set<string> | undefined;
    for (const entry of plan.cac_chi_so) {
      const users = usersOf(plan, entry);
      const where = [...(users.tables > 0 ? ['bang_chi_tieu'] : []), ...users.layouts.map((l) => `thanh_phan: ${l.name}`)].join('; ');
      // The index's own result and target print only in a targets table's total row or a row added
      // for it, unless the plan states their figures in its own words (mo_dau: "… đạt 84,35/100 điểm").
      if (users.overallRows === 0) {
        const own: ['ket_qua' | 'chi_tieu', Result | Target | undefined][] = [['ket_qua', entry.index.ket_qua], ['chi_tieu', entry.index.chi_tieu]];
        for (const [field, value] of own) {
          if (value === undefined) continue;
          const stated = figures(field, value);
          if (stated.length > 0 && stated.every((f) => (words ??= ownWords(plan)).has(f))) continue;
          report(`${entry.pointer}/${field}`, { field, index: entry.index.ten, layout: where, overall: 1 }, { which: 'key' });
        }
      }
      entry.index.thanh_phan.forEach((c, i) => {
        const shown = printed(c, users);
        const p = `${entry.pointer}/thanh_phan/${i}`;
        const words = c.chi_tieu?.van_ban !== undefined;
        const set: [string, boolean][] = [
          ['ket_qua', c.ket_qua !== undefined && !words],
          ['ket_qua.van_ban', c.ket_qua?.van_ban !== undefined],
          ['chi_tieu', c.chi_tieu !== undefined && !words && (c.chi_tieu.diem ?? c.chi_tieu.ty_le ?? c.chi_tieu.xep_hang_tu) !== undefined],
          ['chi_tieu.van_ban', words],
          ['chu_tri', c.chu_tri !== undefined],
          ['phoi_hop', c.phoi_hop !== undefined],
          ['nhiem_vu', (c.nhiem_vu?.length ?? 0) > 0],
          ['o_bang', c.o_bang !== undefined],
        ];
        for (const [field, present] of set) {
          if (present && !shown[field]) report(`${p}/${field.replace('.', '/')}`, { field, index: entry.index.ten, layout: where }, { which: 'key' });
        }
      });
    }
  },
};
