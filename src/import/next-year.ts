// --nam N: next year's draft from last year's plan. Số left blank, ngày as the same month of year N
// with the day blank, the plan's own years moved on ("năm 2022" → "năm 2023" in the trích yếu, the
// plan's text and its appendix; "2021-2025" periods and the căn cứ's dates untouched), the index's year set, and last
// year's results and targets flagged TODO where the clerk must enter the new ones.
import type { Block, BulletItem, Component, Index, PlanInput, Result, Target, Task } from '../plan/plan.js';
import type { ImportedPlan, PlanComment } from './import-docx.js';

const TODO = 'TODO';

/** Last year's figures cleared: each result becomes year N-1's, to enter; each target year N's.
 * The numbers go, a TODO takes their place (PP290 keeps the plan a draft until they are entered):
 * the result and target sentences say TODO, and so do the component's cells of the targets table
 * (o_bang), which the clerk removes once the numbers are in. */
function clearFigures(plan: PlanInput, year: number, comments: PlanComment[]): void {
  const indexes = Array.isArray(plan.chi_so) ? plan.chi_so : [plan.chi_so!];
  const tabled = new Set<string>();
  const walk = (blocks: Block[] | undefined) =>
    blocks?.forEach((b) => {
      if (typeof b !== 'object') return;
      if ('bang_chi_tieu' in b) {
        tabled.add(b.bang_chi_tieu.chi_so ?? indexes[0]!.ten);
        for (const extra of b.bang_chi_tieu.dong_them ?? []) tabled.add(extra.chi_so);
      }
      if ('muc' in b) walk(b.noi_dung);
    });
  for (const s of plan.noi_dung) {
    walk(s.noi_dung);
    walk(s.ket);
  }
  const result = (old: Result | undefined): Result | undefined =>
    old === undefined ? undefined : { nam: year - 1, van_ban: `${TODO}: kết quả năm ${year - 1}` };
  const target = (old: Target | undefined): Target | undefined => (old === undefined ? undefined : { van_ban: `${TODO}: chỉ tiêu năm ${year}` });
  indexes.forEach((index: Index, i) => {
    const at = Array.isArray(plan.chi_so) ? ['chi_so', i] : ['chi_so'];
    index.nam = year;
    const r = result(index.ket_qua);
    const t = target(index.chi_tieu);
    if (r) index.ket_qua = r;
    if (t) index.chi_tieu = t;
    if (r || t) comments.push({ path: [...at, r ? 'ket_qua' : 'chi_tieu'], text: `TODO: nhập kết quả năm ${year - 1} (ket_qua: ty_le hoặc diem, xep_hang, tong_so) và chỉ tiêu năm ${year} (chi_tieu), rồi xóa van_ban` });
    index.thanh_phan?.forEach((c: Component, j) => {
      const cr = result(c.ket_qua);
      const ct = target(c.chi_tieu);
      if (cr) c.ket_qua = cr;
      if (ct) c.chi_tieu = ct;
      if (!cr && !ct) return;
      if (tabled.has(index.ten)) {
        c.o_bang = { ...c.o_bang, ...(cr ? { ket_qua: TODO, hang: TODO } : {}), ...(ct ? { chi_tieu: TODO, hang_muc_tieu: TODO } : {}) };
        comments.push({ path: [...at, 'thanh_phan', j, 'o_bang'], text: 'ô của bảng chỉ tiêu: xóa o_bang sau khi nhập số vào ket_qua, chi_tieu' });
      }
    });
  });
}

export function nextYearDraft(imported: ImportedPlan, year: number): ImportedPlan {
  const plan: PlanInput = structuredClone(imported.plan);
  const comments = [...imported.comments];
  const old = Number(plan.ngay_ban_hanh.slice(0, 4));
  // A sentence giving last year's figures ("Năm 2023, … đạt 84,12%, xếp thứ 5/9 …") is flagged: its
  // year moves on but its numbers are last year's, to be replaced.
  const FIGURES = /\d+,\d+\s*%|\d+(?:,\d+)?\s*\/\s*\d+\s*điểm|xếp (?:thứ|hạng)\s*\d+|\d+(?:,\d+)?\s*điểm/u;
  const PREVIOUS_YEAR = new RegExp(`\\b${old - 1}\\b`);
  const flag = (s: string) => (FIGURES.test(s) && PREVIOUS_YEAR.test(s) && !/^TODO/.test(s) ? `TODO: cập nhật số liệu. ${s}` : s);
  const YEAR_OF_PLAN = new RegExp(`(năm|Năm|NĂM)(\\s+)${old}(?![-–/\\d])`, 'g');
  const YEAR_BEFORE = new RegExp(`(năm|Năm|NĂM)(\\s+)${old - 1}(?![-–/\\d])`, 'g');
  // A deadline written in the text ("báo cáo trước ngày 30/11/2022", "chậm nhất ngày …") is this
  // year's: its date keeps its day and month. Other dates (a cited document's) stay.
  const DEADLINE = new RegExp(`((?:trước|chậm nhất(?: là)?(?: vào)?)\\s+ngày\\s+\\d{1,2}/\\d{1,2}/)${old}(?!\\d)`, 'giu');
  const shift = (s: string) => flag(s).replace(YEAR_OF_PLAN, `$1$2${year}`).replace(YEAR_BEFORE, `$1$2${year - 1}`).replace(DEADLINE, `$1${year}`);
  const shiftItem = (g: string | BulletItem): string | BulletItem =>
    typeof g === 'string' ? shift(g) : { ...g, y: shift(g.y), ...(g.y_con ? { y_con: g.y_con.map(shiftItem) } : {}) };
  const shiftBlocks = (blocks: Block[] | undefined): Block[] | undefined =>
    blocks?.map((b) => {
      if (typeof b === 'string') return shift(b);
      if ('muc' in b) return { ...b, muc: shift(b.muc), ...(b.noi_dung ? { noi_dung: shiftBlocks(b.noi_dung)! } : {}) };
      if ('gach_dau_dong' in b) return { ...b, gach_dau_dong: b.gach_dau_dong.map(shiftItem) };
      if ('cong' in b) return { cong: b.cong.map(shift) };
      if ('ghi_chu' in b) return { ghi_chu: shift(b.ghi_chu) };
      return b;
    });
  plan.so = null;
  plan.ngay_ban_hanh = `${year}-${plan.ngay_ban_hanh.slice(5, 7) || '01'}`;
  plan.trich_yeu = Array.isArray(plan.trich_yeu) ? plan.trich_yeu.map(shift) : shift(plan.trich_yeu);
  if (plan.mo_dau) plan.mo_dau = plan.mo_dau.map(shift);
  plan.noi_dung = plan.noi_dung.map((s) => ({
    ...s,
    tieu_de: shift(s.tieu_de),
    ...(s.noi_dung ? { noi_dung: shiftBlocks(s.noi_dung)! } : {}),
    ...(s.ket ? { ket: shiftBlocks(s.ket)! } : {}),
  }));
  if (plan.ket_thuc) plan.ket_thuc = shift(plan.ket_thuc);
  // The appendix is this year's too: its title ("… NĂM 2020"), its groups, its tasks and their
  // deadlines ("Năm 2020", "Quý I năm 2020", "Trước ngày 15/12/2020": a deadline's date keeps its day
  // and month). An appendix left at last year made each of its deadlines a PP211 warning in the draft.
  if (plan.phu_luc) {
    const DATE_OF_PLAN_YEAR = new RegExp(`\\b(\\d{1,2}/\\d{1,2}/)${old}\\b`, 'g');
    const deadline = (d: string) => shift(d).replace(DATE_OF_PLAN_YEAR, `$1${year}`);
    const shiftTask = (t: Task): Task => ({
      ...t,
      noi_dung: shift(t.noi_dung),
      ...(t.thoi_han !== undefined ? { thoi_han: deadline(t.thoi_han) } : {}),
      ...(t.san_pham !== undefined ? { san_pham: shift(t.san_pham) } : {}),
    });
    plan.phu_luc = plan.phu_luc.map((a) => ({
      ...a,
      ten: shift(a.ten),
      nhiem_vu: a.nhiem_vu.map((row) => ('nhom' in row ? { ...row, nhom: shift(row.nhom), nhiem_vu: row.nhiem_vu.map(shiftTask) } : shiftTask(row))),
      ...(a.ghi_chu ? { ghi_chu: a.ghi_chu.map(shift) } : {}),
    }));
  }
  if (plan.chi_so) clearFigures(plan, year, comments);
  delete plan.du_thao;
  comments.push({ path: ['so'], text: 'chờ văn thư cấp số' });
  comments.push({ path: ['ngay_ban_hanh'], text: `dự thảo năm ${year}: ngày để trống cho người ký` });
  comments.push({ path: ['noi_dung'], text: `TODO: cập nhật kết quả năm ${year - 1} và chỉ tiêu năm ${year} trong nội dung` });
  return { plan, comments };
}
