// PP202: a document named in Căn cứ exists before the plan that relies on it. The same day is
// allowed (a plan may implement a decision signed that morning).
import { dateKey, formatVnDate, impossibleDate, parsePlanDate } from './dates.js';
import type { RuleDefinition } from './rule.js';

export const referenceBeforePlan: RuleDefinition = {
  code: 'PP202',
  name: 'can-cu-truoc-ke-hoach',
  severity: 'error',
  // Summarised in shared/ND30.md §3 (the team's notes, not shown to users).
  clause: 'NĐ 30/2020, Phụ lục I, nội dung văn bản: căn cứ ban hành là văn bản đã có hiệu lực',
  check(plan, report) {
    const planDate = parsePlanDate(plan.ngay_ban_hanh);
    if (!planDate || impossibleDate(planDate)) return;
    plan.can_cu?.van_ban.forEach((ref, i) => {
      if (!('ngay' in ref)) return;
      const date = parsePlanDate(ref.ngay);
      if (!date || impossibleDate(date)) return;
      // A plan dated "2022-07" (day left blank) may cite anything up to the end of July.
      const after = planDate.day === undefined ? dateKey({ ...date, day: undefined }) > dateKey(planDate) : dateKey(date) > dateKey(planDate);
      if (after) {
        report(`/can_cu/van_ban/${i}/ngay`, { reference: `${ref.loai} số ${ref.so}/${ref.ky_hieu}`, date: formatVnDate(date), planDate: formatVnDate(planDate) });
      }
    });
  },
};
