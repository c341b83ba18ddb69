// PP209: the word "Nơi nhận" then a colon, nothing between ("Nơi nhận :" is a common slip).
import type { RuleDefinition } from './rule.js';

export const noiNhanHeading: RuleDefinition = {
  code: 'PP209',
  name: 'chu-noi-nhan',
  severity: 'warning',
  clause: 'NĐ 30/2020, Phụ lục I, ô 9b: chữ "Nơi nhận:" (in nghiêng, đậm, dấu hai chấm)',
  check(plan, report) {
    const heading = plan.noi_nhan.nhan_de;
    if (heading !== undefined && heading !== 'Nơi nhận:') report('/noi_nhan/nhan_de', { value: heading });
  },
};
