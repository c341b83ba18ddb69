// The closing note of `parplan validate`, on stderr (stdout holds only the report).
import type { Lang } from '../../diagnostics/messages.js';

export interface Counts {
  files: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export function formatSummary(c: Counts, strict: boolean, lang: Lang): string {
  const valid = c.files - c.invalid;
  if (lang === 'en') {
    const problems = `${c.errors} error(s), ${c.warnings} warning(s)${strict && c.warnings > 0 ? ', warnings fail under --strict' : ''}`;
    return `${c.files} plan file(s) checked: ${valid} valid, ${c.invalid} invalid (${problems}).`;
  }
  const problems = `${c.errors} lỗi, ${c.warnings} cảnh báo${strict && c.warnings > 0 ? '; với --strict, cảnh báo cũng là không đạt' : ''}`;
  return `Đã kiểm tra ${c.files} tệp kế hoạch: ${valid} hợp lệ, ${c.invalid} không hợp lệ (${problems}).`;
}
