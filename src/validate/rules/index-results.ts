// Where a plan states an index's results and targets (shared/INDEXES.md): the plan-wide index and
// each component, each with last year's result and this year's target side by side.
import type { Plan, Result, Target } from '../../plan/plan.js';

export interface ResultAndTarget {
  /** JSON Pointer of the object holding ket_qua and chi_tieu ("/chi_so" or "/chi_so/thanh_phan/2"). */
  pointer: string;
  result: Result | undefined;
  target: Target | undefined;
  /** The number of ranked units: this level's ket_qua.tong_so, else the whole index's. */
  total: number | undefined;
}

export function resultsAndTargets(plan: Plan): ResultAndTarget[] {
  const index = plan.chi_so;
  if (!index) return [];
  const overall = index.ket_qua?.tong_so;
  return [
    { pointer: '/chi_so', result: index.ket_qua, target: index.chi_tieu, total: overall },
    ...index.thanh_phan.map((c, i) => ({ pointer: `/chi_so/thanh_phan/${i}`, result: c.ket_qua, target: c.chi_tieu, total: c.ket_qua?.tong_so ?? overall })),
  ];
}
