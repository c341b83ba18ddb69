// The targets table as the plan's index data, when its shape fits: two header rows (STT | name |
// last year: result, rank | target year: result, rank | lead unit), one row per component, rows of
// another index (unnumbered, e.g. SIPAS under PAR INDEX → dong_them), a total row ("Chỉ số … chung"
// or the plan's own label → dong_tong). Labels that differ from the template's are kept (nhan), results
// with "%" (phan_tram), targets in words ("Từ 90% trở lên", "Trên 80%", "Đạt 90%" → dang), numbers
// with the precision written ("91,50").
import type { DocxDocument, Table } from '../docx-read/index.js';
import type { Component, Index, Result, Target, TargetForm, TargetTable, TargetTableLabels } from '../plan/plan.js';
import { cellLines, clean } from './lines.js';

type Cell = Table['rows'][number]['cells'][number];

const plain = (c: Cell | undefined, doc: DocxDocument) => (c ? clean(cellLines(c.blocks, doc).map((l) => l.text).join(' ')) : '');
const marked = (c: Cell | undefined, doc: DocxDocument) => (c ? clean(cellLines(c.blocks, doc).map((l) => l.marked.replace(/\n/g, ' ')).join(' ')) : '');

/** "91,50" keeps its written precision (the plan format's decimal-comma text); "90" is a number. */
const decimal = (s: string): number => (/,/.test(s) ? (s as unknown as number) : Number(s));
const NUMBER = '(\\d+(?:,\\d+)?)';

function score(s: string, percent: boolean): Partial<Result> | undefined {
  if (s === '') return {};
  const pct = new RegExp(`^${NUMBER}${percent ? '\\s*%' : ''}$`).exec(s);
  if (pct) return { ty_le: decimal(pct[1]!) };
  const m = new RegExp(`^${NUMBER}\\/${NUMBER}$`).exec(s);
  if (m) return { diem: decimal(m[1]!), diem_toi_da: decimal(m[2]!) };
  return undefined;
}

const FORMS: [RegExp, TargetForm][] = [
  [/^Từ (.+) trở lên$/, 'tu_tro_len'],
  [/^Trên (.+)$/, 'tren'],
  [/^Đạt (.+)$/, 'dat'],
];

function target(s: string, percent: boolean): Partial<Target> | undefined {
  if (s === '') return {};
  for (const [re, dang] of FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const pct = new RegExp(`^${NUMBER}\\s*%$`).exec(m[1]!);
    if (pct) return { ty_le: decimal(pct[1]!), dang };
    const n = new RegExp(`^${NUMBER}$`).exec(m[1]!);
    if (n && !percent) return { diem: decimal(n[1]!), dang };
    return undefined;
  }
  const r = score(s, percent);
  return r && !('diem_toi_da' in r) ? (r as Partial<Target>) : undefined;
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

/** The template's column widths (templates/partials/bang-chi-tieu.hbs), out of 120. */
const TEMPLATE_WIDTHS = [9, 37, 12, 11, 12, 11, 28];

/** Index names a plan of this family uses, to name the table's index when the total row does not. */
const KNOWN = ['PAR INDEX', 'SIPAS', 'PAPI', 'PCI', 'DDCI', 'ICT INDEX', 'DTI'];

export interface TargetsData {
  /** The table's index first, then the indexes of its extra rows. */
  indexes: Index[];
  table: TargetTable;
  /** The index's name was guessed from the document's text. */
  guessedName: boolean;
}

export function recogniseTargets(table: Table, doc: DocxDocument, context: { text: string; year: number }): TargetsData | undefined {
  const [r0, r1] = table.rows;
  if (!r0 || !r1 || table.grid.length !== 7) return undefined;
  const head = r0.cells.filter((c) => c.rowSpan !== 0);
  const sub = r1.cells.filter((c) => c.rowSpan !== 0);
  if (head.map((c) => c.gridSpan).join() !== '1,1,2,2,1' || sub.length !== 4 || head.some((c, i) => (i === 2 || i === 3 ? c.rowSpan !== 1 : c.rowSpan !== 2))) return undefined;
  const labels = [...head, ...sub].map((c) => marked(c, doc));
  if (!/^STT$/i.test(plain(head[0], doc)) && !/^TT$/i.test(plain(head[0], doc))) return undefined;
  const year = Number(/năm (\d{4})/i.exec(plain(head[3], doc))?.[1] ?? context.year);
  const prevYear = Number(/năm (\d{4})/i.exec(plain(head[2], doc))?.[1] ?? year - 1);

  const body = table.rows.slice(2).map((r) => r.cells.filter((c) => c.rowSpan !== 0));
  const resultCells = body.flatMap((cells) => (cells.length === 7 ? [plain(cells[2], doc)] : cells.length === 6 ? [plain(cells[1], doc)] : []));
  const filled = resultCells.filter(Boolean);
  const percent = filled.length > 0 && filled.every((s) => /%$/.test(s));

  const main: Index = { ten: '', nam: year, thanh_phan: [] };
  const extras: Index[] = [];
  const options: TargetTable = {};
  let totalLabel: string | undefined;
  for (const cells of body) {
    const total = cells.length === 6 && cells[0]!.gridSpan === 2;
    if (!total && (cells.length !== 7 || cells.some((c) => c.gridSpan !== 1))) return undefined;
    const values = (total ? cells.slice(1, 5) : cells.slice(2, 6)).map((c) => plain(c, doc));
    const [r1v, r2v, t1v, t2v] = [score(values[0]!, percent), rank(values[1]!), target(values[2]!, percent), range(values[3]!)];
    if (!r1v || !r2v || !t1v || !t2v) return undefined;
    const ket_qua: Result = { ...r1v, ...r2v };
    const chi_tieu: Target = { ...t1v, ...t2v };
    const figures = (i: { ket_qua?: Result; chi_tieu?: Target }) => {
      if (Object.keys(ket_qua).length) i.ket_qua = ket_qua;
      if (Object.keys(chi_tieu).length) i.chi_tieu = chi_tieu;
    };
    if (total) {
      if (plain(cells[5], doc) !== '') return undefined;
      const label = marked(cells[0], doc);
      const own = /^Chỉ số (.+) chung$/.exec(label);
      if (own) main.ten = own[1]!;
      else totalLabel = label;
      figures(main);
      continue;
    }
    const stt = plain(cells[0], doc);
    const name = marked(cells[1], doc);
    if (stt === '' && plain(cells[6], doc) === '') {
      // Another index's row: its short name from "(SIPAS)" at the end of its full name.
      const short = /\(([^()]+)\)$/.exec(plain(cells[1], doc))?.[1] ?? plain(cells[1], doc);
      const other: Index = { ten: short, ten_day_du: name };
      figures(other);
      extras.push(other);
      continue;
    }
    if (!/^\d+$/.test(stt)) return undefined;
    const c: Component = { ten: name };
    figures(c);
    const lead = marked(cells[6], doc);
    if (lead) c.chu_tri = lead;
    main.thanh_phan!.push(c);
  }
  if ((main.thanh_phan ?? []).length === 0) return undefined;
  // Ranks printed without their "/N": N from the header's remark ("xếp hạng trên 63 tỉnh, thành phố"),
  // kept on each index (the plan's rule: a rank's total comes from the result or its index).
  const all = [main, ...extras];
  const ranks = [...all.flatMap((i) => [i.ket_qua]), ...(main.thanh_phan ?? []).map((c) => c.ket_qua)].filter((r) => r?.xep_hang !== undefined);
  const ranked = ranks.length > 0 || all.some((i) => i.chi_tieu?.xep_hang_tu !== undefined) || (main.thanh_phan ?? []).some((c) => c.chi_tieu?.xep_hang_tu !== undefined);
  if (ranked && !ranks.some((r) => r!.tong_so !== undefined)) {
    const n = /trên (\d+)/i.exec(labels.map((l) => l.replace(/\^\[[^\]]*\]/g, '')).join(' '))?.[1];
    if (!n) return undefined;
    for (const i of all) i.ket_qua = { ...i.ket_qua, tong_so: Number(n) };
    options.tong_so = false;
  }
  const guessedName = main.ten === '';
  if (guessedName) main.ten = KNOWN.find((k) => context.text.includes(k) && !extras.some((e) => e.ten === k)) ?? 'Chỉ số';
  if (prevYear !== year - 1) main.ket_qua = { ...main.ket_qua, nam: prevYear };

  // Labels the plan wrote itself (the template's defaults left out).
  const defaults: (keyof TargetTableLabels)[] = ['stt', 'ten', 'nam_truoc', 'muc_tieu', 'chu_tri', 'ket_qua', 'hang', 'chi_tieu', 'hang_muc_tieu'];
  const usual: Record<keyof TargetTableLabels, string> = {
    stt: 'STT', ten: 'Chỉ số thành phần', nam_truoc: `Năm ${prevYear}`, muc_tieu: `Mục tiêu năm ${year}`, chu_tri: 'Đơn vị chủ trì',
    ket_qua: 'Chỉ số (%)', hang: 'Thứ hạng', chi_tieu: 'Chỉ số (%)', hang_muc_tieu: 'Thứ hạng',
  };
  const nhan: TargetTableLabels = {};
  defaults.forEach((k, i) => {
    if (labels[i] !== usual[k]) nhan[k] = labels[i]!;
  });
  if (Object.keys(nhan).length) options.nhan = nhan;
  const widths = table.grid.map((w) => Math.round((w / table.grid.reduce((s, x) => s + x, 0)) * 100));
  if (widths.some((w, i) => Math.abs(w - (TEMPLATE_WIDTHS[i]! / 120) * 100) > 1)) options.rong_cot = widths;
  if (percent) options.phan_tram = true;
  if (extras.length) options.dong_them = extras.map((e) => ({ chi_so: e.ten }));
  if (totalLabel !== undefined) options.dong_tong = totalLabel;
  return { indexes: [main, ...extras], table: options, guessedName };
}
