// PP210: the signer's authority fits the issuer. "TM." signs on behalf of a collective body (an
// Ủy ban nhân dân), and only of the body that issues the plan; "KT." is a deputy ("PHÓ …") signing
// for the head; a deputy never signs in their own name.
import type { RuleDefinition } from './rule.js';

/** Upper case, one spelling of "ỦY" (old "UỶ"), the usual abbreviations spelled out. */
function normalize(s: string): string {
  return s
    .normalize('NFC')
    .toUpperCase()
    .replace(/UỶ/g, 'ỦY')
    .replace(/\bUBND\b/g, 'ỦY BAN NHÂN DÂN')
    .replace(/\bHĐND\b/g, 'HỘI ĐỒNG NHÂN DÂN')
    .replace(/\s+/g, ' ')
    .trim();
}

const COLLECTIVE = /^(ỦY BAN|HỘI ĐỒNG|BAN |THƯỜNG TRỰC|ĐOÀN |ĐẢNG ĐOÀN|TẬP THỂ|HỘI |LIÊN ĐOÀN|LIÊN HIỆP)/u;
const DEPUTY = /^PHÓ /u;

export const signerAuthority: RuleDefinition = {
  code: 'PP210',
  name: 'tham-quyen-ky',
  severity: 'error',
  clause: 'NĐ 30/2020, Điều 13 và Phụ lục I, ô 7a–7b: TM. cho tập thể, KT. cho cấp phó ký thay người đứng đầu',
  check(plan, report) {
    const signer = plan.nguoi_ky;
    const authority = signer.tham_quyen ?? [];
    const issuer = normalize((Array.isArray(plan.co_quan_ban_hanh.ten) ? plan.co_quan_ban_hanh.ten : [plan.co_quan_ban_hanh.ten]).join(' '));
    const title = signer.chuc_vu === undefined ? undefined : normalize(signer.chuc_vu);
    authority.forEach((a, i) => {
      const forWhom = normalize(a.cho);
      const at = `/nguoi_ky/tham_quyen/${i}/cho`;
      if (a.quyen === 'TM.') {
        if (!COLLECTIVE.test(forWhom)) report(at, { why: 'tm-not-collective', value: a.cho });
        else if (!issuer.includes(forWhom)) report(at, { why: 'tm-not-issuer', value: a.cho, issuer });
      }
      if (a.quyen === 'KT.') {
        if (DEPUTY.test(forWhom)) report(at, { why: 'kt-for-deputy', value: a.cho });
        else if (title === undefined || !DEPUTY.test(title)) report(signer.chuc_vu === undefined ? '/nguoi_ky' : '/nguoi_ky/chuc_vu', { why: 'kt-needs-deputy', value: signer.chuc_vu ?? '' });
      }
    });
    // TL., TUQ. and Q. lines may legitimately sit above a deputy's title (a deputy chief of office).
    const signsForSomeone = authority.some((a) => a.quyen !== 'TM.');
    if (!signsForSomeone && title !== undefined && DEPUTY.test(title)) report('/nguoi_ky/chuc_vu', { why: 'deputy-without-kt', value: signer.chuc_vu ?? '' });
  },
};
