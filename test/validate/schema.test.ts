// Schema problems in plain words, at the right node, one line each.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { loadPlanText } from '../../src/pipeline/load-plan.js';
import { checkPlan, planText, summarize } from './plan-fixture.js';

const messages = (text: string, lang: 'vi' | 'en' = 'vi') => loadPlanText('p.yaml', text).diagnostics.map((d) => formatMessage(d.code, d.args, lang));

describe('schema diagnostics', () => {
  it('names a missing field in Vietnamese (English with en) and points at the map that lacks it', () => {
    const text = planText({ nguoi_ky: { ho_ten: null } });
    const [d] = loadPlanText('p.yaml', text).diagnostics;
    expect(d).toMatchObject({ code: 'PP100', path: '/nguoi_ky/ho_ten' });
    expect(text.split('\n')[d!.line - 1]).toMatch(/^ {2}tham_quyen:/);
    // What the field is (the schema's description) and a line that gives it (issue 13, item 6).
    expect(messages(text)).toEqual(["Thiếu trường bắt buộc 'nguoi_ky.ho_ten': Họ tên người ký (không ghi học hàm, học vị). Ví dụ: ho_ten: Phạm Bình Minh"]);
    expect(messages(text, 'en')).toEqual([`Missing required field 'nguoi_ky.ho_ten' (the schema says: "Họ tên người ký (không ghi học hàm, học vị)"). For example: ho_ten: Phạm Bình Minh`]);
  });

  it('suggests the field a typo meant, and does not also report that field missing', () => {
    const text = planText({ nguoi_ky: { ho_ten: null, 'họ-tên': 'Nguyễn Văn An' } });
    expect(summarize(loadPlanText('p.yaml', text).diagnostics)).toEqual(['PP101 /nguoi_ky/họ-tên']);
    expect(messages(text)).toEqual(["Trường không hợp lệ 'họ-tên'; có phải là 'ho_ten'?"]);
  });

  it('suggests among the fields of the nested map, not the top level', () => {
    const text = planText({ noi_dung: [{ tieu_de: 'A', noi_dung: [{ muc: 'B', kieu_sp: 'a' }] }] });
    expect(messages(text)).toEqual(["Trường không hợp lệ 'kieu_sp'; có phải là 'kieu_so'?"]);
  });

  it('reports a failed anyOf once, against the branch the data is closest to', () => {
    const d = checkPlan({ noi_dung: [{ tieu_de: 'A', noi_dung: [{ gach_dau_dong: ['ý', { y: 'ý', y_con: 'không phải danh sách' }] }] }] }).diagnostics;
    expect(summarize(d)).toEqual(['PP102 /noi_dung/0/noi_dung/0/gach_dau_dong/1/y_con']);
    expect(formatMessage(d[0]!.code, d[0]!.args, 'vi')).toBe("Trường 'noi_dung[0].noi_dung[0].gach_dau_dong[1].y_con' phải là một danh sách, nhưng đang là văn bản (chuỗi).");
  });

  it('reports every problem of a file, in document order after sorting', () => {
    const d = checkPlan({ so: 'mười', dia_danh: 5, noi_nhan: { danh_sach: [] } }).diagnostics;
    expect(summarize(d).sort()).toEqual(['PP102 /dia_danh', 'PP102 /so', 'PP106 /noi_nhan/danh_sach']);
  });

  it('describes a pattern by its examples, wherever the pattern sits', () => {
    const text = planText({ can_cu: { van_ban: [{ loai: 'Kế hoạch', so: 1, ky_hieu: 'kh-ubnd', ngay: '1-1-2024', co_quan: 'UBND', trich_yeu: 'x' }] } });
    expect(messages(text)).toEqual([
      `Giá trị của 'can_cu.van_ban[0].ky_hieu' không đúng dạng "KH-UBND", "NQ-CP", "UBND-KTTH".`,
      `Giá trị của 'can_cu.van_ban[0].ngay' không đúng dạng "2022-06-30", "7/3/2020".`,
    ]);
  });
});
