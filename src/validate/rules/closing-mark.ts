// PP217: the body closes with "./." (ket_thuc, or the last paragraph when there is no ket_thuc),
// so nothing can be added after it once signed.
import { lastBodyText } from './plan-text.js';
import type { RuleDefinition } from './rule.js';

export const closingMark: RuleDefinition = {
  code: 'PP217',
  name: 'ket-thuc-bang-dau',
  severity: 'warning',
  // Summarised in shared/ND30.md §3 (the team's notes, not shown to users).
  clause: 'NĐ 30/2020, Phụ lục I, nội dung văn bản: nội dung kết thúc bằng dấu "./."',
  check(plan, report) {
    const last = lastBodyText(plan);
    if (last === undefined) return report('/noi_dung');
    if (!last.text.trimEnd().endsWith('./.')) report(last.pointer);
  },
};
