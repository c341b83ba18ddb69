// PP204: a rank is "k/N": N (the number of ranked units) is given, and 1 ≤ k ≤ N (PAR INDEX ranks
// 63 provinces, a province's DDCI ranks its own departments). The schema checks k ≥ 1.
import { resultsAndTargets } from './index-results.js';
import type { RuleDefinition } from './rule.js';

export const rankRange: RuleDefinition = {
  code: 'PP204',
  name: 'thu-hang-trong-tong-so',
  severity: 'error',
  // Summarised in shared/INDEXES.md (the team's notes, not shown to users).
  clause: 'Chỉ số PAR INDEX, SIPAS, PCI, DDCI: thứ hạng viết "k/N", 1 ≤ k ≤ N',
  check(plan, report) {
    for (const { pointer, result, target, total } of resultsAndTargets(plan)) {
      if (result?.xep_hang !== undefined) {
        // N is the result's own tong_so or its index's (a component ranked among the same units).
        if (total === undefined) report(`${pointer}/ket_qua/xep_hang`, { why: 'total', rank: result.xep_hang, totalField: 'ket_qua.tong_so' });
        else if (result.xep_hang > total) report(`${pointer}/ket_qua/xep_hang`, { why: 'range', rank: result.xep_hang, total });
      }
      for (const field of ['xep_hang_tu', 'xep_hang_den'] as const) {
        const rank = target?.[field];
        if (rank === undefined) continue;
        if (total === undefined) report(`${pointer}/chi_tieu/${field}`, { why: 'total', rank, totalField: 'ket_qua.tong_so' });
        else if (rank > total) report(`${pointer}/chi_tieu/${field}`, { why: 'range', rank, total });
      }
    }
  },
};
