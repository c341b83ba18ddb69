// PP203: the ký hiệu of a document with a type name is the type's abbreviation (Phụ lục III), a
// hyphen, and the issuer's abbreviation: "KH-STNMT". A wrong one files the plan under another type.
import type { RuleDefinition } from './rule.js';

/** Nghị định 30/2020, Phụ lục III: abbreviations of the document types. */
export const TYPE_ABBREVIATIONS: Record<string, string> = {
  'NGHỊ QUYẾT': 'NQ',
  'QUYẾT ĐỊNH': 'QĐ',
  'CHỈ THỊ': 'CT',
  'QUY CHẾ': 'QC',
  'QUY ĐỊNH': 'QYĐ',
  'THÔNG CÁO': 'TC',
  'THÔNG BÁO': 'TB',
  'HƯỚNG DẪN': 'HD',
  'CHƯƠNG TRÌNH': 'CTr',
  'KẾ HOẠCH': 'KH',
  'PHƯƠNG ÁN': 'PA',
  'ĐỀ ÁN': 'ĐA',
  'DỰ ÁN': 'DA',
  'BÁO CÁO': 'BC',
  'BIÊN BẢN': 'BB',
  'TỜ TRÌNH': 'TTr',
  'HỢP ĐỒNG': 'HĐ',
  'CÔNG ĐIỆN': 'CĐ',
  'BẢN GHI NHỚ': 'GN',
  'BẢN THỎA THUẬN': 'TTh',
  'GIẤY ỦY QUYỀN': 'UQ',
  'GIẤY MỜI': 'GM',
  'GIẤY GIỚI THIỆU': 'GT',
  'GIẤY NGHỈ PHÉP': 'NP',
  'PHIẾU GỬI': 'PG',
  'PHIẾU CHUYỂN': 'PC',
  'PHIẾU BÁO': 'PB',
};

/** "Kế hoạch", "KẾ HOẠCH", "Thỏa thuận"/"Thoả thuận": one spelling to look up. */
export function typeKey(name: string): string {
  return name.normalize('NFC').toUpperCase().replace(/OẢ/g, 'ỎA').replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim();
}

export const kyHieu: RuleDefinition = {
  code: 'PP203',
  name: 'ky-hieu',
  severity: 'error',
  clause: 'NĐ 30/2020, Phụ lục I, ô 3 (số, ký hiệu) và Phụ lục III (chữ viết tắt tên loại văn bản)',
  check(plan, report) {
    const type = plan.loai_van_ban;
    const expectedType = TYPE_ABBREVIATIONS[typeKey(type.ten)];
    if (expectedType !== undefined && expectedType.toUpperCase() !== type.viet_tat.toUpperCase()) {
      report('/loai_van_ban/viet_tat', { part: 'type', type: type.ten, expected: expectedType, found: type.viet_tat });
    }
    const expected = `${type.viet_tat}-${plan.co_quan_ban_hanh.viet_tat}`;
    if (plan.ky_hieu !== expected) report('/ky_hieu', { part: 'ky_hieu', value: plan.ky_hieu, expected });
  },
};
