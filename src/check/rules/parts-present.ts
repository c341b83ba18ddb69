// PP621: the parts every Kế hoạch has: Quốc hiệu and Tiêu ngữ, the issuer, số and ký hiệu, place
// and date, tên loại and trích yếu, Nơi nhận and the signer.
import type { DocumentPart } from '../../diagnostics/diagnostic.js';
import { PARTS } from '../../nd30/index.js';
import type { CheckRule } from './rule.js';

export const partsPresent: CheckRule = {
  code: 'PP621',
  name: 'parts-present',
  severity: 'error',
  clause: 'Phụ lục I, Phần II',
  check({ parts }, report) {
    const missing: [boolean, string, DocumentPart, string][] = [
      [!parts.nationalTitle, 'nationalTitle', 'quoc_hieu', PARTS.nationalTitle.size.clause],
      [!parts.motto, 'motto', 'tieu_ngu', PARTS.motto.size.clause],
      [parts.issuer.length === 0, 'issuer', 'co_quan', PARTS.issuer.size.clause],
      [!parts.number, 'number', 'so_ky_hieu', PARTS.number.size.clause],
      [!parts.placeAndDate, 'placeAndDate', 'dia_danh_ngay', PARTS.placeAndDate.size.clause],
      [!parts.type, 'type', 'ten_loai', PARTS.type.size.clause],
      [parts.type !== undefined && parts.subject.length === 0, 'subject', 'trich_yeu', PARTS.subject.size.clause],
      [!parts.recipientsLabel, 'recipientsBlock', 'noi_nhan', PARTS.recipients.size.clause],
      [parts.signerTitle.length === 0, 'signerBlock', 'chu_ky', PARTS.signerTitle.size.clause],
    ];
    for (const [isMissing, element, part, clause] of missing) if (isMissing) report({ part, clause }, { element });
  },
};
