// PP211: a task's deadline in the appendix falls in the plan's year or the next. A year outside
// is mostly last year's plan copied; a warning, as a plan may plan further ahead.
import type { RuleDefinition } from './rule.js';

export const deadlineYear: RuleDefinition = {
  code: 'PP211',
  name: 'thoi-han-trong-nam',
  severity: 'warning',
  // Summarised in shared/INDEXES.md (the team's notes, not shown to users).
  clause: 'Kế hoạch năm: thời hạn các nhiệm vụ trong năm kế hoạch (hoặc năm sau) — chỉ số PAR INDEX, DDCI chấm theo năm',
  check(plan, report) {
    plan.phu_luc?.forEach((appendix, a) => {
      appendix.nhiem_vu.forEach((row, r) => {
        const tasks = 'nhom' in row ? row.nhiem_vu.map((t, i) => ({ t, p: `/phu_luc/${a}/nhiem_vu/${r}/nhiem_vu/${i}` })) : [{ t: row, p: `/phu_luc/${a}/nhiem_vu/${r}` }];
        for (const { t, p } of tasks) {
          if (t.thoi_han === undefined) continue;
          for (const m of t.thoi_han.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)) {
            const year = Number(m[0]);
            if (year !== plan.nam && year !== plan.nam + 1) {
              report(`${p}/thoi_han`, { value: t.thoi_han, year, planYear: plan.nam }, { offset: m.index });
              break;
            }
          }
        }
      });
    });
  },
};
