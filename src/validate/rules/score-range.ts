// PP205: a score lies within 0..its maximum ("12,98/16 điểm"). The schema checks ≥ 0; the maximum
// is last year's diem_toi_da, for the result and for this year's target alike.
import { resultsAndTargets } from './index-results.js';
import type { RuleDefinition } from './rule.js';

export const scoreRange: RuleDefinition = {
  code: 'PP205',
  name: 'diem-trong-diem-toi-da',
  severity: 'error',
  // Summarised in shared/INDEXES.md (the team's notes, not shown to users).
  clause: 'Chỉ số PAR INDEX, PCI, DDCI: điểm viết "điểm/điểm tối đa", 0 ≤ điểm ≤ điểm tối đa',
  check(plan, report) {
    for (const { pointer, result, target } of resultsAndTargets(plan)) {
      const max = result?.diem_toi_da;
      if (max === undefined) continue;
      // The numbers as the plan wrote them, with a decimal comma ("10,32 lớn hơn 10").
      const shown = (r: { viet?: { diem?: string; diem_toi_da?: string } } | undefined, value: number, field: 'diem' | 'diem_toi_da') => r?.viet?.[field] ?? String(value).replace('.', ',');
      const maxText = shown(result, max, 'diem_toi_da');
      if (result?.diem !== undefined && result.diem > max) report(`${pointer}/ket_qua/diem`, { score: shown(result, result.diem, 'diem'), max: maxText });
      if (target?.diem !== undefined && target.diem > max) report(`${pointer}/chi_tieu/diem`, { score: shown(target, target.diem, 'diem'), max: maxText });
    }
  },
};
