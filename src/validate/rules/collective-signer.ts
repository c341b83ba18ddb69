// PP220: a plan of an Ủy ban nhân dân is the collective body's: its head signs "TM. ỦY BAN NHÂN
// DÂN" above "CHỦ TỊCH" (or a deputy "KT. CHỦ TỊCH"). "CHỦ TỊCH" alone signs in the chairman's
// own name, which a UBND plan is not. A warning: the issuer may be another body with a chairman.
import type { RuleDefinition } from './rule.js';

const upper = (s: string) => s.normalize('NFC').toUpperCase().replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim();

export const collectiveSigner: RuleDefinition = {
  code: 'PP220',
  name: 'ky-thay-mat-tap-the',
  severity: 'warning',
  clause: 'NĐ 30/2020, Điều 13 khoản 1 và Phụ lục I, ô 7a: văn bản của tập thể (Ủy ban nhân dân) ký "TM." tập thể',
  check(plan, report) {
    const issuer = upper((Array.isArray(plan.co_quan_ban_hanh.ten) ? plan.co_quan_ban_hanh.ten : [plan.co_quan_ban_hanh.ten]).join(' '));
    if (!/^(ỦY BAN NHÂN DÂN|UBND)\b/u.test(issuer)) return;
    const authority = plan.nguoi_ky.tham_quyen ?? [];
    if (authority.some((a) => a.quyen === 'TM.')) return;
    const title = plan.nguoi_ky.chuc_vu === undefined ? '' : upper(plan.nguoi_ky.chuc_vu);
    const forHead = authority.some((a) => /CHỦ TỊCH/u.test(upper(a.cho)));
    if (/CHỦ TỊCH/u.test(title) || forHead) report(plan.nguoi_ky.tham_quyen ? '/nguoi_ky/tham_quyen' : '/nguoi_ky', { title: plan.nguoi_ky.chuc_vu ?? '' });
  },
};
