// Each rule beyond the schema, failing and passing, on the base plan with one part replaced.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { RULES } from '../../src/validate/check-rules.js';
import { BASE_PLAN_TEXT, checkPlan, summarize } from './plan-fixture.js';

type Data = Record<string, unknown>;
const base = parse(BASE_PLAN_TEXT) as Data;
const index = base.chi_so as { thanh_phan: Data[] } & Data;
/** chi_so with its first component's parts replaced. */
const firstComponent = (patch: Data): Data => ({ chi_so: { thanh_phan: [{ ...index.thanh_phan[0], ...patch }, index.thanh_phan[1]] } });
/** The codes a patch raises; PP219 (a field no layout prints), which most partial patches trip, is
 * tested on its own (see its describe) and left out elsewhere. */
const problems = (patch: Data, keep219 = false) => summarize(checkPlan(patch).diagnostics.filter((d) => keep219 || d.code !== 'PP219'));
const argsOf = (patch: Data) => checkPlan(patch).diagnostics.map((d) => d.args);

describe('rule table', () => {
  it('has one rule per code, PP2xx, each with a level, a clause and a message in both languages', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^PP2\d\d$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.clause.length).toBeGreaterThan(10);
      // Users read it (check, SARIF) and have no shared/ folder.
      expect(rule.clause, rule.code).not.toContain('shared/');
      expect(formatMessage(rule.code, {}, 'vi')).not.toBe(formatMessage(rule.code, {}, 'en'));
    }
  });
});

describe('PP201 dates exist', () => {
  it('rejects 29 February of a common year and month 13; accepts a leap day and a month-only date', () => {
    expect(problems({ ngay_ban_hanh: '2023-02-29', can_cu: null })).toEqual(['PP201 /ngay_ban_hanh']);
    expect(problems({ ngay_ban_hanh: '2024-13' })).toEqual(['PP201 /ngay_ban_hanh']);
    expect(argsOf({ ngay_ban_hanh: '2024-13' })[0]).toMatchObject({ why: 'month' });
    expect(problems({ ngay_ban_hanh: '2024-02-29', can_cu: null })).toEqual([]);
    expect(problems({ ngay_ban_hanh: '2024-07' })).toEqual([]);
  });

  it("checks references' dates in both forms and dates written in the text", () => {
    const ref = (ngay: string) => ({ can_cu: { van_ban: [{ ...(base.can_cu as { van_ban: Data[] }).van_ban[0], ngay }] } });
    expect(problems(ref('30/02/2024'))).toEqual(['PP201 /can_cu/van_ban/0/ngay']);
    expect(problems(ref('2023-04-31'))).toEqual(['PP201 /can_cu/van_ban/0/ngay']);
    expect(problems(ref('29/2/2024'))).toEqual([]);
    expect(problems({ mo_dau: ['Gửi báo cáo trước ngày 31/11/2024.'] })).toEqual(['PP201 /mo_dau/0']);
  });
});

describe('PP202 references dated before the plan', () => {
  const ref = (ngay: string) => ({ can_cu: { van_ban: [{ ...(base.can_cu as { van_ban: Data[] }).van_ban[0], ngay }] } });
  it('rejects a reference issued after the plan, allows the same day', () => {
    expect(problems(ref('2024-03-16'))).toEqual(['PP202 /can_cu/van_ban/0/ngay']);
    expect(problems(ref('15/3/2024'))).toEqual([]);
  });
  it('compares by month when the plan leaves its day blank', () => {
    expect(problems({ ngay_ban_hanh: '2024-03', ...ref('31/3/2024') })).toEqual([]);
    expect(problems({ ngay_ban_hanh: '2024-03', ...ref('1/4/2024') })).toEqual(['PP202 /can_cu/van_ban/0/ngay']);
  });
});

describe('PP203 ký hiệu', () => {
  it("must be the type's abbreviation and the issuer's", () => {
    expect(problems({ ky_hieu: 'KH-UBND' })).toEqual(['PP203 /ky_hieu']);
    expect(argsOf({ ky_hieu: 'KH-UBND' })[0]).toMatchObject({ expected: 'KH-SNV' });
    expect(problems({ ky_hieu: 'KH-SNV' })).toEqual([]);
  });
  it('checks the type abbreviation against Phụ lục III', () => {
    expect(problems({ loai_van_ban: { ten: 'QUYẾT ĐỊNH', viet_tat: 'KH' } })).toEqual(['PP203 /loai_van_ban/viet_tat']);
    expect(problems({ loai_van_ban: { ten: 'Kế hoạch', viet_tat: 'KH' } })).toEqual([]);
  });
});

describe('PP204 ranks within 1..N, N given', () => {
  it('rejects a rank above the total, and a rank without a total', () => {
    expect(problems(firstComponent({ ket_qua: { nam: 2023, xep_hang: 64, tong_so: 63 } }))).toEqual(['PP204 /chi_so/thanh_phan/0/ket_qua/xep_hang']);
    // Without the index's total, its own rank and its rank targets have no N.
    expect(problems({ chi_so: { ket_qua: { tong_so: null } } })).toEqual([
      'PP204 /chi_so/ket_qua/xep_hang',
      'PP204 /chi_so/chi_tieu/xep_hang_tu',
      'PP204 /chi_so/chi_tieu/xep_hang_den',
    ]);
    // 70 of 63 is out of range, and also worse than last year's 24.
    expect(problems(firstComponent({ chi_tieu: { xep_hang_tu: 70 } }))).toEqual([
      'PP204 /chi_so/thanh_phan/0/chi_tieu/xep_hang_tu',
      'PP206 /chi_so/thanh_phan/0/chi_tieu/xep_hang_tu',
    ]);
  });
  it("takes a component target's N from the index when the component has none", () => {
    expect(problems(firstComponent({ ket_qua: { nam: 2023, ty_le: 70 }, chi_tieu: { xep_hang_tu: 30 } }))).toEqual([]);
    expect(problems({ chi_so: { ket_qua: null, chi_tieu: null, thanh_phan: [{ ten: 'A', chi_tieu: { xep_hang_tu: 3 } }] } })).toEqual([
      'PP204 /chi_so/thanh_phan/0/chi_tieu/xep_hang_tu',
    ]);
  });
});

describe('PP205 a score within its maximum', () => {
  it('checks the result and the target against diem_toi_da', () => {
    expect(problems(firstComponent({ ket_qua: { diem: 16.5, diem_toi_da: 16 }, chi_tieu: { xep_hang_tu: 20 } }))).toEqual(['PP205 /chi_so/thanh_phan/0/ket_qua/diem']);
    expect(problems(firstComponent({ chi_tieu: { diem: 17 } }))).toEqual(['PP205 /chi_so/thanh_phan/0/chi_tieu/diem']);
    expect(problems(firstComponent({ chi_tieu: { diem: 16 } }))).toEqual([]);
  });
  it('leaves percentages to the schema (0..100)', () => {
    expect(problems({ chi_so: { chi_tieu: { ty_le: 101 } } })).toEqual(['PP105 /chi_so/chi_tieu/ty_le']);
  });
});

describe('PP206 target below last year (warning)', () => {
  it('warns on a lower score, percentage or a worse rank', () => {
    const d = checkPlan(firstComponent({ chi_tieu: { diem: 12 } })).diagnostics;
    expect(summarize(d)).toEqual(['PP206 /chi_so/thanh_phan/0/chi_tieu/diem']);
    expect(d[0]!.severity).toBe('warning');
    expect(problems({ chi_so: { chi_tieu: { ty_le: 80 } } })).toEqual(['PP206 /chi_so/chi_tieu/ty_le']);
    expect(problems({ chi_so: { chi_tieu: { xep_hang_tu: 15, xep_hang_den: 25 } } })).toEqual(['PP206 /chi_so/chi_tieu/xep_hang_den']);
    expect(problems({ chi_so: { chi_tieu: { xep_hang_tu: 20, xep_hang_den: null } } })).toEqual([]);
  });
});

describe('PP207 rank target range ordered', () => {
  it('rejects xep_hang_tu > xep_hang_den', () => {
    expect(problems(firstComponent({ chi_tieu: { xep_hang_tu: 22, xep_hang_den: 20 } }))).toEqual(['PP207 /chi_so/thanh_phan/0/chi_tieu/xep_hang_tu']);
    expect(problems(firstComponent({ chi_tieu: { xep_hang_tu: 20, xep_hang_den: 20 } }))).toEqual([]);
  });
});

describe('PP208 and PP209 Nơi nhận', () => {
  const recipients = (danh_sach: string[], extra: Data = {}) => ({ noi_nhan: { danh_sach, ...extra } });
  it('warns when the last line is not "Lưu: VT, …", suggesting the fix', () => {
    const d = checkPlan(recipients(['Sở Nội vụ', 'Lưu VT (NDN)'])).diagnostics;
    expect(summarize(d)).toEqual(['PP208 /noi_nhan/danh_sach/1']);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.args).toMatchObject({ fix: 'Lưu: VT, NDN' });
    expect(problems(recipients(['Sở Nội vụ', 'Lưu: VT']))).toEqual(['PP208 /noi_nhan/danh_sach/1']);
    expect(problems(recipients(['Lưu: VT, VP', 'Sở Nội vụ']))).toEqual(['PP208 /noi_nhan/danh_sach/1']);
    expect(problems(recipients(['Sở Nội vụ', 'Lưu: VT, VP (02 bản)']))).toEqual([]);
  });
  it('warns on "Nơi nhận :"', () => {
    expect(problems(recipients(['Lưu: VT, VP'], { nhan_de: 'Nơi nhận :' }))).toEqual(['PP209 /noi_nhan/nhan_de']);
    expect(problems(recipients(['Lưu: VT, VP'], { nhan_de: 'Nơi nhận:' }))).toEqual([]);
  });
});

describe('PP210 signing authority', () => {
  const signer = (nguoi_ky: Data, issuer?: Data) => ({ nguoi_ky: { ho_ten: 'Nguyễn Văn An', ...nguoi_ky }, ...(issuer ? { co_quan_ban_hanh: issuer } : {}) });
  const ubnd = { ten: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẢO THẮNG'], ten_day_du: null, viet_tat: 'UBND' };
  const why = (patch: Data) => argsOf(patch).map((a) => a.why);
  it('TM. goes with the collective body that issues the plan', () => {
    expect(why(signer({ tham_quyen: [{ quyen: 'TM.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'GIÁM ĐỐC' }))).toEqual(['tm-not-collective']);
    expect(why(signer({ tham_quyen: [{ quyen: 'TM.', cho: 'ỦY BAN NHÂN DÂN' }], chuc_vu: 'GIÁM ĐỐC' }))).toEqual(['tm-not-issuer']);
    const ok = signer({ tham_quyen: [{ quyen: 'TM.', cho: 'UBND' }, { quyen: 'KT.', cho: 'CHỦ TỊCH' }], chuc_vu: 'PHÓ CHỦ TỊCH' }, ubnd);
    expect(problems(ok)).toEqual([]);
  });
  it('KT. is a deputy signing for the head; a deputy never signs alone', () => {
    expect(why(signer({ tham_quyen: [{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'GIÁM ĐỐC' }))).toEqual(['kt-needs-deputy']);
    expect(why(signer({ tham_quyen: [{ quyen: 'KT.', cho: 'PHÓ GIÁM ĐỐC' }], chuc_vu: 'PHÓ GIÁM ĐỐC' }))).toEqual(['kt-for-deputy']);
    expect(why(signer({ tham_quyen: null, chuc_vu: 'PHÓ GIÁM ĐỐC' }))).toEqual(['deputy-without-kt']);
    expect(problems(signer({ tham_quyen: null, chuc_vu: 'GIÁM ĐỐC' }))).toEqual([]);
    expect(problems(signer({ tham_quyen: [{ quyen: 'TL.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'PHÓ CHÁNH VĂN PHÒNG' }))).toEqual([]);
  });
});

describe('PP211 deadlines in the plan year or the next (warning)', () => {
  const deadline = (thoi_han: string) => ({ phu_luc: [{ ten: 'PHÂN CÔNG', nhiem_vu: [{ nhom: 'Nhóm', nhiem_vu: [{ noi_dung: 'Việc', chu_tri: 'Văn phòng Sở', thoi_han }] }] }] });
  it('warns on a year outside, at the year', () => {
    const d = checkPlan(deadline('Trước 30/11/2022')).diagnostics;
    expect(summarize(d)).toEqual(['PP211 /phu_luc/0/nhiem_vu/0/nhiem_vu/0/thoi_han']);
    expect(d[0]!.args).toMatchObject({ year: 2022, planYear: 2024 });
    expect(problems(deadline('Quý I/2025'))).toEqual([]);
    expect(problems(deadline('Thường xuyên'))).toEqual([]);
  });
});

describe('PP212-PP214 duplicates', () => {
  it('rejects a component listed twice (case and spacing ignored)', () => {
    expect(problems({ chi_so: { thanh_phan: [{ ten: 'Cải cách tài chính công' }, { ten: 'cải cách  tài chính công' }] } })).toEqual(['PP212 /chi_so/thanh_phan/1/ten']);
  });
  it('warns on a unit twice in a list or as both lead and support', () => {
    expect(problems(firstComponent({ phoi_hop: ['Thanh tra Sở', 'thanh tra sở'] }))).toEqual(['PP213 /chi_so/thanh_phan/0/phoi_hop/1']);
    expect(problems(firstComponent({ phoi_hop: 'Văn phòng Sở' }))).toEqual(['PP213 /chi_so/thanh_phan/0/phoi_hop']);
    expect(argsOf(firstComponent({ phoi_hop: 'Văn phòng Sở' }))[0]).toMatchObject({ where: 'both' });
  });
  it('warns on a recipient twice, notes in brackets ignored', () => {
    expect(problems({ noi_nhan: { danh_sach: ['UBND tỉnh (b/c)', 'UBND tỉnh', 'Lưu: VT, VP'] } })).toEqual(['PP214 /noi_nhan/danh_sach/1']);
  });
});

describe('PP215 abbreviations spelled out first (warning)', () => {
  const intro = (...mo_dau: string[]) => ({ mo_dau });
  it('warns at the first use of an undefined abbreviation, once', () => {
    const d = checkPlan(intro('Công khai TTHC đúng hạn.', 'Rà soát TTHC.')).diagnostics;
    expect(summarize(d)).toEqual(['PP215 /mo_dau/0']);
    expect(d[0]!.args).toEqual({ abbr: 'TTHC' });
  });
  it('accepts "full words (ABBR)" and "ABBR (full words)"', () => {
    expect(problems(intro('Công khai thủ tục hành chính (TTHC).', 'Rà soát TTHC.'))).toEqual([]);
    expect(problems(intro('Cải thiện chỉ số PCI (Chỉ số năng lực cạnh tranh cấp tỉnh).', 'Chỉ số PCI tăng.'))).toEqual([]);
  });
  it('ignores document numbers, Roman numerals, headings and the accepted UBND/HĐND/TCVN/ISO', () => {
    expect(problems(intro('Theo Kế hoạch số 12/KH-SNV ngày 1/3/2024, Quý III, UBND và HĐND huyện, TCVN ISO 9001:2015.'))).toEqual([]);
    expect(problems({ noi_dung: [{ tieu_de: 'NHIỆM VỤ CCHC', noi_dung: ['Nâng cao chất lượng cải cách hành chính (CCHC)./.'] }], ket_thuc: null })).toEqual([]);
  });
  it('leaves the TODO markers of a plan from parplan init to PP290, even in a document number', () => {
    expect(problems(intro('Căn cứ Kế hoạch số TODO/KH-UBND ngày TODO của UBND tỉnh TODO.'))).toEqual(['PP290 /mo_dau/0']);
  });
  it('follows the reading order of the document, not the YAML order', () => {
    // The component (written in chi_so, above) is printed in section II, after section I defines CCHC.
    expect(problems(firstComponent({ chi_tieu: { diem: 13.5, van_ban: 'Chỉ tiêu CCHC: đạt trên 13,5 điểm.' } }))).toEqual([]);
    // Used in section I, spelled out only in the appendix.
    const late = { noi_dung: [{ tieu_de: 'MỤC ĐÍCH', noi_dung: ['Giảm hồ sơ TTHC trễ hạn.'] }], phu_luc: [{ ten: 'PHỤ LỤC', nhiem_vu: [{ noi_dung: 'Rà soát thủ tục hành chính (TTHC)', chu_tri: 'Văn phòng Sở' }] }], ket_thuc: 'Trên đây là Kế hoạch./.' };
    expect(problems(late)).toEqual(['PP215 /noi_dung/0/noi_dung/0']);
  });
});

describe('PP216 a reference cited in full once (warning)', () => {
  it('warns when a căn cứ document is cited in full again in the body', () => {
    const d = checkPlan({ mo_dau: ['Thực hiện Kế hoạch số 40/KH-UBND ngày 10/01/2024 của UBND tỉnh.'] }).diagnostics;
    expect(summarize(d)).toEqual(['PP216 /mo_dau/0']);
    expect(d[0]!.args).toEqual({ reference: '40/KH-UBND', first: 'can_cu.van_ban[0]' });
    expect(problems({ mo_dau: ['Thực hiện Kế hoạch số 40/KH-UBND.'] })).toEqual([]);
  });
  it('warns on the second full citation of any document', () => {
    const twice = 'Chỉ thị số 08/CT-UBND ngày 03/4/2018 của Chủ tịch UBND tỉnh.';
    expect(problems({ mo_dau: [twice, twice] })).toEqual(['PP216 /mo_dau/1']);
  });
});

describe('PP217 the body ends with "./." (warning)', () => {
  it('checks ket_thuc, else the last paragraph of the body', () => {
    expect(problems({ ket_thuc: 'Trên đây là Kế hoạch của Sở.' })).toEqual(['PP217 /ket_thuc']);
    expect(problems({ ket_thuc: null, noi_dung: [{ tieu_de: 'TỔ CHỨC THỰC HIỆN', noi_dung: [{ muc: 'Văn phòng Sở theo dõi./.' }] }] })).toEqual([]);
    expect(problems({ ket_thuc: null, noi_dung: [{ tieu_de: 'TỔ CHỨC THỰC HIỆN', noi_dung: [{ muc: 'Văn phòng Sở theo dõi.' }] }] })).toEqual([
      'PP217 /noi_dung/0/noi_dung/0/muc',
    ]);
  });
});
