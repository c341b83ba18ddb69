// The targets table (STT | Chỉ số thành phần | Năm N-1: Chỉ số (%), Thứ hạng | Mục tiêu năm N: …
// | Đơn vị chủ trì, a total row "Chỉ số … chung") as the plan's index data, when its shape fits.
import type { DocxDocument, Table } from '../docx-read/index.js';
import type { Component, PlanInput, Result, Target } from '../plan/plan.js';
import { cellLines, clean } from './lines.js';

type Index = NonNullable<PlanInput['chi_so']>;

const cellText = (c: Table['rows'][number]['cells'][number], doc: DocxDocument) => clean(cellLines(c.blocks, doc).map((l) => l.text).join(' '));
const number = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));
const isNumber = (s: string) => /^\d+(?:[.,]\d+)?$/.test(s);

function score(s: string, kind: 'result' | 'target'): Partial<Result & Target> | undefined {
  if (s === '') return {};
  if (isNumber(s)) return { ty_le: number(s) };
  const m = /^(\d+(?:,\d+)?)\/(\d+(?:,\d+)?)$/.exec(s);
  if (m && kind === 'result') return { diem: number(m[1]!), diem_toi_da: number(m[2]!) };
  return undefined;
}

function rank(s: string): Partial<Result> | undefined {
  if (s === '') return {};
  const m = /^(\d+)(?:\/(\d+))?$/.exec(s);
  return m ? { xep_hang: Number(m[1]), ...(m[2] ? { tong_so: Number(m[2]) } : {}) } : undefined;
}

function range(s: string): Partial<Target> | undefined {
  if (s === '') return {};
  const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(s);
  return m ? { xep_hang_tu: Number(m[1]), ...(m[2] ? { xep_hang_den: Number(m[2]) } : {}) } : undefined;
}

export function recogniseTargets(table: Table, doc: DocxDocument): Index | undefined {
  const head = table.rows[0]?.cells.map((c) => cellText(c, doc)) ?? [];
  if (head.length < 5 || !/^STT$/i.test(head[0]!) || !/Chỉ số thành phần/i.test(head[1]!)) return undefined;
  const prevYear = /Năm (\d{4})/.exec(head[2]!)?.[1];
  const year = /Mục tiêu năm (\d{4})/i.exec(head[3]!)?.[1];
  if (!prevYear || !year) return undefined;
  const index: Index = { ten: '', nam: Number(year), thanh_phan: [] };
  for (const row of table.rows.slice(2)) {
    const cells = row.cells.map((c) => cellText(c, doc));
    const total = /^Chỉ số (.+) chung$/.exec(cells[0]!);
    const values = total ? cells.slice(1) : cells.slice(2);
    if (!total && cells.length !== 7) return undefined;
    const [r1, r2, t1, t2] = [score(values[0] ?? '', 'result'), rank(values[1] ?? ''), score(values[2] ?? '', 'target'), range(values[3] ?? '')];
    if (!r1 || !r2 || !t1 || !t2) return undefined;
    const ket_qua: Result = { ...r1, ...r2 };
    const chi_tieu: Target = { ...t1, ...t2 };
    if (total) {
      index.ten = total[1]!;
      if (Object.keys(ket_qua).length) index.ket_qua = ket_qua;
      if (Object.keys(chi_tieu).length) index.chi_tieu = chi_tieu;
      continue;
    }
    const c: Component = { ten: cells[1]! };
    if (Object.keys(ket_qua).length) c.ket_qua = ket_qua;
    if (Object.keys(chi_tieu).length) c.chi_tieu = chi_tieu;
    if (cells[6]) c.chu_tri = cells[6];
    index.thanh_phan.push(c);
  }
  if (Number(prevYear) !== Number(year) - 1) index.ket_qua = { ...index.ket_qua, nam: Number(prevYear) };
  return index.ten ? index : undefined;
}
