// PP206: a plan to improve an index aims at least at last year's result. A lower target is
// usually last year's figures copied, or result and target swapped: a warning, as a plan may
// knowingly aim lower after an exceptional year.
import { resultsAndTargets } from './index-results.js';
import type { RuleDefinition } from './rule.js';
import type { Result, Target } from '../../plan/plan.js';

/** The number as the plan wrote it, else with a decimal comma (a Vietnamese message: "86,29%"). */
const written = (r: Result | Target, field: 'diem' | 'ty_le'): string => r.viet?.[field] ?? String(r[field]).replace('.', ',');

export const targetBelowResult: RuleDefinition = {
  code: 'PP206',
  name: 'chi-tieu-thap-hon-ket-qua',
  severity: 'warning',
  // Summarised in shared/INDEXES.md, "Targets" (the team's notes, not shown to users).
  clause: 'Kế hoạch cải thiện chỉ số: chỉ tiêu năm nay không thấp hơn kết quả năm trước',
  check(plan, report) {
    for (const { pointer, result, target } of resultsAndTargets(plan)) {
      if (!result || !target) continue;
      if (result.diem !== undefined && target.diem !== undefined && target.diem < result.diem) {
        report(`${pointer}/chi_tieu/diem`, { what: 'score', target: written(target, 'diem'), result: written(result, 'diem') });
      }
      if (result.ty_le !== undefined && target.ty_le !== undefined && target.ty_le < result.ty_le) {
        report(`${pointer}/chi_tieu/ty_le`, { what: 'percent', target: `${written(target, 'ty_le')}%`, result: `${written(result, 'ty_le')}%` });
      }
      // A rank is better when smaller: the worst rank aimed at must not be worse than last year's.
      const worst = target.xep_hang_den ?? target.xep_hang_tu;
      if (result.xep_hang !== undefined && worst !== undefined && worst > result.xep_hang) {
        const field = target.xep_hang_den !== undefined ? 'xep_hang_den' : 'xep_hang_tu';
        report(`${pointer}/chi_tieu/${field}`, { what: 'rank', target: worst, result: result.xep_hang });
      }
    }
  },
};
