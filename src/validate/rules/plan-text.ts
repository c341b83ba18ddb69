// The text of a plan in the order a reader meets it in the rendered document (templates/ke-hoach.hbs),
// each piece with the JSON Pointer of its YAML node. The YAML order differs: chi_so is written near
// the top but printed inside the section that lays out its components.
import type { Block, BulletItem, Cell, Component, Lines, Plan, Task } from '../../plan/plan.js';
import { findIndex } from '../../plan/plan.js';
import type { TextFacts } from './by-text.js';

const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.o);

export type TextKind = 'heading' | 'basis' | 'body' | 'unit' | 'table';

export interface PlanText {
  pointer: string;
  text: string;
  kind: TextKind;
  /** The text's results kept by the text (by-text.ts), once a rule has looked them up. */
  facts?: TextFacts;
}

const cache = new WeakMap<Plan, PlanText[]>();

/** Several rules read the same texts: computed once per plan. */
export function readingOrder(plan: Plan): PlanText[] {
  let texts = cache.get(plan);
  if (texts === undefined) {
    texts = collectTexts(plan);
    cache.set(plan, texts);
  }
  return texts;
}

function collectTexts(plan: Plan): PlanText[] {
  const out: PlanText[] = [];
  const add = (pointer: string, text: string | undefined, kind: TextKind) => {
    if (text !== undefined) out.push({ pointer, text, kind });
  };
  const addLines = (pointer: string, lines: Lines | undefined, kind: TextKind) => {
    if (typeof lines === 'string') add(pointer, lines, kind);
    else lines?.forEach((line, i) => add(`${pointer}/${i}`, line, kind));
  };
  const addBlocks = (pointer: string, blocks: Block[] | undefined) => blocks?.forEach((b, i) => addBlock(`${pointer}/${i}`, b));
  const addBlock = (pointer: string, block: Block) => {
    if (typeof block === 'string') return add(pointer, block, 'body');
    if ('muc' in block) {
      add(`${pointer}/muc`, block.muc, (block.noi_dung?.length ?? 0) > 0 ? 'heading' : 'body');
      add(`${pointer}/doan`, block.doan, 'body');
      return addBlocks(`${pointer}/noi_dung`, block.noi_dung);
    }
    if ('gach_dau_dong' in block) return addBullets(`${pointer}/gach_dau_dong`, block.gach_dau_dong);
    if ('cong' in block) return block.cong.forEach((item, i) => add(`${pointer}/cong/${i}`, item, 'body'));
    if ('ghi_chu' in block) return add(`${pointer}/ghi_chu`, block.ghi_chu, 'body');
    if ('nhan' in block) return add(`${pointer}/nhan`, block.nhan, 'body');
    if ('bang' in block) {
      const t = block.bang;
      t.tieu_de?.forEach((row, r) => row.forEach((cell, c) => add(`${pointer}/bang/tieu_de/${r}/${c}${typeof cell === 'string' ? '' : '/o'}`, cellText(cell), 'heading')));
      t.dong.forEach((row, r) => {
        const cells = Array.isArray(row) ? row : row.o;
        const base = Array.isArray(row) ? `${pointer}/bang/dong/${r}` : `${pointer}/bang/dong/${r}/o`;
        cells.forEach((cell, c) => add(`${base}/${c}${typeof cell === 'string' ? '' : '/o'}`, cellText(cell), 'table'));
      });
      return t.ghi_chu?.forEach((note, i) => add(`${pointer}/bang/ghi_chu/${i}`, note, 'body'));
    }
    // The targets table prints each component's name and lead unit, then the notes.
    const options = block.bang_chi_tieu;
    const entry = findIndex(plan, options.chi_so);
    entry?.index.thanh_phan.forEach((c, i) => {
      add(`${entry.pointer}/thanh_phan/${i}/ten`, c.ten, 'table');
      addLines(`${entry.pointer}/thanh_phan/${i}/chu_tri`, c.chu_tri, 'unit');
    });
    options.dong_them?.forEach((row, i) => add(`${pointer}/bang_chi_tieu/dong_them/${i}/ten`, row.ten, 'table'));
    if (typeof options.dong_tong === 'string') add(`${pointer}/bang_chi_tieu/dong_tong`, options.dong_tong, 'table');
    options.ghi_chu?.forEach((note, i) => add(`${pointer}/bang_chi_tieu/ghi_chu/${i}`, note, 'body'));
  };
  const addBullets = (pointer: string, items: (string | BulletItem)[]): void =>
    items.forEach((item, i) => {
      const p = `${pointer}/${i}`;
      if (typeof item === 'string') return add(p, item, 'body');
      add(`${p}/y`, item.y, 'body');
      if (item.y_con) addBullets(`${p}/y_con`, item.y_con);
    });
  const addComponent = (pointer: string, c: Component) => {
    // The component's own heading is a heading (bold, its words not abbreviations in use).
    if (c.tieu_de !== undefined) add(`${pointer}/tieu_de`, c.tieu_de, 'heading');
    else add(`${pointer}/ten`, c.ten, 'heading');
    add(`${pointer}/ket_qua/van_ban`, c.ket_qua?.van_ban, 'body');
    add(`${pointer}/chi_tieu/van_ban`, c.chi_tieu?.van_ban, 'body');
    addBlocks(`${pointer}/nhiem_vu`, c.nhiem_vu);
    addLines(`${pointer}/chu_tri`, c.chu_tri, 'unit');
    addLines(`${pointer}/phoi_hop`, c.phoi_hop, 'unit');
  };
  const addTask = (pointer: string, t: Task) => {
    add(`${pointer}/noi_dung`, t.noi_dung, 'table');
    addLines(`${pointer}/chu_tri`, t.chu_tri, 'unit');
    addLines(`${pointer}/phoi_hop`, t.phoi_hop, 'unit');
    add(`${pointer}/thoi_han`, t.thoi_han, 'table');
    add(`${pointer}/san_pham`, t.san_pham, 'table');
  };

  addLines('/trich_yeu', plan.trich_yeu, 'body');
  plan.can_cu?.van_ban.forEach((ref, i) => {
    const p = `/can_cu/van_ban/${i}`;
    if ('tu_do' in ref) return add(`${p}/tu_do`, ref.tu_do, 'basis');
    add(`${p}/co_quan`, ref.co_quan, 'basis');
    add(`${p}/trich_yeu`, ref.trich_yeu, 'basis');
  });
  add('/can_cu/cau_dan', plan.can_cu?.cau_dan, 'body');
  plan.mo_dau?.forEach((text, i) => add(`/mo_dau/${i}`, text, 'body'));
  plan.noi_dung.forEach((section, s) => {
    const p = `/noi_dung/${s}`;
    add(`${p}/tieu_de`, section.tieu_de, 'heading');
    addBlocks(`${p}/noi_dung`, section.noi_dung);
    const entry = section.thanh_phan ? findIndex(plan, section.chi_so) : undefined;
    entry?.index.thanh_phan.forEach((c, i) => addComponent(`${entry.pointer}/thanh_phan/${i}`, c));
    addBlocks(`${p}/ket`, section.ket);
  });
  add('/ket_thuc', plan.ket_thuc, 'body');
  plan.phu_luc?.forEach((appendix, a) => {
    const p = `/phu_luc/${a}`;
    add(`${p}/ten`, appendix.ten, 'heading');
    appendix.nhiem_vu.forEach((row, r) => {
      if ('nhom' in row) {
        add(`${p}/nhiem_vu/${r}/nhom`, row.nhom, 'table');
        row.nhiem_vu.forEach((t, i) => addTask(`${p}/nhiem_vu/${r}/nhiem_vu/${i}`, t));
      } else {
        addTask(`${p}/nhiem_vu/${r}`, row);
      }
    });
    appendix.ghi_chu?.forEach((note, i) => add(`${p}/ghi_chu/${i}`, note, 'body'));
  });
  return out;
}

/** The last paragraph of the body (before Nơi nhận): ket_thuc, else the last text of the last section. */
export function lastBodyText(plan: Plan): PlanText | undefined {
  if (plan.ket_thuc !== undefined) return { pointer: '/ket_thuc', text: plan.ket_thuc, kind: 'body' };
  const body = readingOrder(plan).filter((t) => t.pointer.startsWith('/noi_dung/') || t.pointer.startsWith('/chi_so/'));
  return body.at(-1);
}
