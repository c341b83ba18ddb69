// PP214: each recipient once in Nơi nhận ("UBND tỉnh (b/c)" and "UBND tỉnh" are the same one).
import { sameNameKey } from './same-name.js';
import type { RuleDefinition } from './rule.js';

export const duplicateRecipient: RuleDefinition = {
  code: 'PP214',
  name: 'trung-noi-nhan',
  severity: 'warning',
  clause: 'NĐ 30/2020, Phụ lục I, ô 9b: mỗi nơi nhận một dòng',
  check(plan, report) {
    const seen = new Map<string, number>();
    plan.noi_nhan.danh_sach.forEach((name, i) => {
      const key = sameNameKey(name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else report(`/noi_nhan/danh_sach/${i}`, { name, first: first + 1 });
    });
  },
};
