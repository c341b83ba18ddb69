// --nam N: next year's draft from last year's plan. Số left blank, ngày as the same month of year N
// with the day blank, the plan's own years moved on ("năm 2022" → "năm 2023" in the trích yếu and the
// plan's text; "2021-2025" periods and the căn cứ's dates untouched), the index's year set, and last
// year's results and targets flagged TODO where the clerk must enter the new ones.
import type { Block, PlanInput } from '../plan/plan.js';
import type { ImportedPlan } from './import-docx.js';

export function nextYearDraft(imported: ImportedPlan, year: number): ImportedPlan {
  const plan: PlanInput = structuredClone(imported.plan);
  const comments = [...imported.comments];
  const old = Number(plan.ngay_ban_hanh.slice(0, 4));
  const shift = (s: string) =>
    s.replace(new RegExp(`(năm|Năm|NĂM)(\\s+)${old}(?![-–/\\d])`, 'g'), `$1$2${year}`).replace(new RegExp(`(năm|Năm|NĂM)(\\s+)${old - 1}(?![-–/\\d])`, 'g'), `$1$2${year - 1}`);
  const shiftBlocks = (blocks: Block[] | undefined): Block[] | undefined =>
    blocks?.map((b) => {
      if (typeof b === 'string') return shift(b);
      if ('muc' in b) return { ...b, muc: shift(b.muc), ...(b.noi_dung ? { noi_dung: shiftBlocks(b.noi_dung)! } : {}) };
      if ('gach_dau_dong' in b) return { gach_dau_dong: b.gach_dau_dong.map((g) => (typeof g === 'string' ? shift(g) : { y: shift(g.y), ...(g.y_con ? { y_con: g.y_con.map(shift) } : {}) })) };
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
  if (plan.chi_so) {
    plan.chi_so.nam = year;
    comments.push({ path: ['chi_so'], text: `TODO: nhập kết quả năm ${year - 1} (ket_qua) và chỉ tiêu năm ${year} (chi_tieu) mới` });
  }
  delete plan.du_thao;
  comments.push({ path: ['so'], text: 'chờ văn thư cấp số' });
  comments.push({ path: ['ngay_ban_hanh'], text: `dự thảo năm ${year}: ngày để trống cho người ký` });
  comments.push({ path: ['noi_dung'], text: `TODO: cập nhật kết quả năm ${year - 1} và chỉ tiêu năm ${year} trong nội dung` });
  return { plan, comments };
}
