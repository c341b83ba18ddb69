// PP207: a rank target range "nhóm 20-24" runs from the better rank to the worse one.
import { resultsAndTargets } from './index-results.js';
import type { RuleDefinition } from './rule.js';

export const rankTargetOrder: RuleDefinition = {
  code: 'PP207',
  name: 'khoang-thu-hang',
  severity: 'error',
  // Summarised in shared/INDEXES.md (the team's notes, not shown to users).
  clause: 'Chỉ tiêu thứ hạng dạng khoảng "20-24": xep_hang_tu ≤ xep_hang_den',
  check(plan, report) {
    for (const { pointer, target } of resultsAndTargets(plan)) {
      const from = target?.xep_hang_tu;
      const to = target?.xep_hang_den;
      if (from !== undefined && to !== undefined && from > to) report(`${pointer}/chi_tieu/xep_hang_tu`, { from, to });
    }
  },
};
