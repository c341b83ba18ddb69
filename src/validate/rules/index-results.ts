// Where a plan states an index's results and targets (shared/INDEXES.md): each index's overall
// result and target, and each component's, side by side. A plan may hold several indexes.
import type { Plan, Result, Target } from '../../plan/plan.js';

export interface ResultAndTarget {
  /** JSON Pointer of the object holding ket_qua and chi_tieu ("/chi_so", "/chi_so/1/thanh_phan/2"). */
  pointer: string;
  result: Result | undefined;
  target: Target | undefined;
  /** The number of ranked units: this level's ket_qua.tong_so, else its index's (README, PP204). */
  total: number | undefined;
}

export function resultsAndTargets(plan: Plan): ResultAndTarget[] {
  return plan.cac_chi_so.flatMap(({ index, pointer }) => {
    const overall = index.ket_qua?.tong_so;
    return [
      { pointer, result: index.ket_qua, target: index.chi_tieu, total: overall },
      ...index.thanh_phan.map((c, i) => ({ pointer: `${pointer}/thanh_phan/${i}`, result: c.ket_qua, target: c.chi_tieu, total: c.ket_qua?.tong_so ?? overall })),
    ];
  });
}
