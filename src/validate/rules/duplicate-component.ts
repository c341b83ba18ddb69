// PP212: each component of the index appears once: a repeated one gets two rows in the targets
// table and two sections, and another component is then usually missing.
import { sameNameKey } from './same-name.js';
import type { RuleDefinition } from './rule.js';

export const duplicateComponent: RuleDefinition = {
  code: 'PP212',
  name: 'trung-chi-so-thanh-phan',
  severity: 'error',
  // Summarised in shared/INDEXES.md (the team's notes, not shown to users).
  clause: 'Bộ chỉ số (PAR INDEX 8 lĩnh vực, PCI 10, DDCI theo tỉnh): mỗi chỉ số thành phần một lần',
  check(plan, report) {
    for (const { index, pointer } of plan.cac_chi_so) {
      const seen = new Map<string, number>();
      index.thanh_phan.forEach((c, i) => {
        const key = sameNameKey(c.ten);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else report(`${pointer}/thanh_phan/${i}/ten`, { name: c.ten, first: first + 1, firstIndex: first });
      });
    }
  },
};
