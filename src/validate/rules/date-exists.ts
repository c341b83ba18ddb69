// PP201: every date names a real day: no 30/02, no month 13, in the plan's date, its references'
// dates and dates written inside the text ("trước ngày 31/11/2022").
import { datesInText, impossibleDate, parsePlanDate, type DayMonthYear } from './dates.js';
import { readingOrder } from './plan-text.js';
import type { Report, RuleArgs, RuleDefinition } from './rule.js';
import { memoByText, NONE } from './by-text.js';

function checkDate(value: string, date: DayMonthYear | undefined, pointer: string, report: Report, offset?: number): void {
  if (date === undefined) return;
  const why = impossibleDate(date);
  if (why) report(pointer, { value, why, day: date.day ?? '', month: date.month, year: date.year }, offset === undefined ? {} : { offset });
}

/** The dates written in a text that name no real day, with what PP201 says of each: they depend on
 * the text alone, so each distinct text is scanned once (issue 12). */
const impossibleDatesIn = memoByText((text: string): readonly { args: RuleArgs; offset: number }[] => {
  const found: { args: RuleArgs; offset: number }[] = [];
  for (const { value, date, offset } of datesInText(text)) {
    const why = impossibleDate(date);
    if (why) found.push({ args: { value, why, day: date.day ?? '', month: date.month, year: date.year }, offset });
  }
  return found.length === 0 ? NONE : found;
});

export const dateExists: RuleDefinition = {
  code: 'PP201',
  name: 'ngay-co-that',
  severity: 'error',
  // Summarised in shared/ND30.md §3 (the team's notes, not shown to users).
  clause: 'NĐ 30/2020, Phụ lục I, ô 4 (ngày, tháng, năm ban hành) và nội dung văn bản (ngày của văn bản viện dẫn)',
  check(plan, report) {
    checkDate(plan.ngay_ban_hanh, parsePlanDate(plan.ngay_ban_hanh), '/ngay_ban_hanh', report);
    plan.can_cu?.van_ban.forEach((ref, i) => {
      if ('ngay' in ref) checkDate(ref.ngay, parsePlanDate(ref.ngay), `/can_cu/van_ban/${i}/ngay`, report);
    });
    for (const t of readingOrder(plan)) {
      // A date in a text holds a "/": the quick test before the text's record is looked up.
      if (!t.text.includes('/')) continue;
      for (const found of impossibleDatesIn(t.text, t)) report(t.pointer, { ...found.args }, { offset: found.offset });
    }
  },
};
