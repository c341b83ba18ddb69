// PP213: a unit is named once per task: not twice in one list, nor as both lead (chủ trì) and
// support (phối hợp) of the same task.
import type { Lines } from '../../plan/plan.js';
import { sameNameKey } from './same-name.js';
import type { Report, RuleDefinition } from './rule.js';

function checkUnits(pointer: string, lead: Lines | undefined, support: Lines | undefined, report: Report): void {
  const leadKeys = new Set<string>();
  const walk = (field: string, lines: Lines | undefined, cross: Set<string> | undefined) => {
    const list = lines === undefined ? [] : Array.isArray(lines) ? lines : [lines];
    const seen = new Set<string>();
    list.forEach((name, i) => {
      const key = sameNameKey(name);
      const at = () => (Array.isArray(lines) ? `${pointer}/${field}/${i}` : `${pointer}/${field}`);
      if (seen.has(key)) report(at(), { name, where: 'list' });
      else if (cross?.has(key)) report(at(), { name, where: 'both' });
      seen.add(key);
      if (!cross) leadKeys.add(key);
    });
  };
  walk('chu_tri', lead, undefined);
  walk('phoi_hop', support, leadKeys);
}

export const duplicateUnit: RuleDefinition = {
  code: 'PP213',
  name: 'trung-don-vi',
  severity: 'warning',
  clause: 'Phân công nhiệm vụ: mỗi đơn vị một lần, chủ trì hoặc phối hợp (mỗi đơn vị được giao rõ một vai trò)',
  check(plan, report) {
    for (const { index, pointer } of plan.cac_chi_so) index.thanh_phan.forEach((c, i) => checkUnits(`${pointer}/thanh_phan/${i}`, c.chu_tri, c.phoi_hop, report));
    plan.phu_luc?.forEach((appendix, a) => {
      appendix.nhiem_vu.forEach((row, r) => {
        const p = `/phu_luc/${a}/nhiem_vu/${r}`;
        if ('nhom' in row) row.nhiem_vu.forEach((t, i) => checkUnits(`${p}/nhiem_vu/${i}`, t.chu_tri, t.phoi_hop, report));
        else checkUnits(p, row.chu_tri, row.phoi_hop, report);
      });
    });
  },
};
