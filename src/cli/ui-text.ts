// Words of the command line itself (not about a plan: those are in diagnostics/messages.ts).
import type { Lang } from '../diagnostics/messages.js';

const TEXT = {
  rendered: { vi: (a: string, b: string) => `Đã tạo ${b} từ ${a}`, en: (a: string, b: string) => `Rendered ${a} → ${b}` },
  failed: { vi: (a: string) => `Không tạo được văn bản từ ${a}`, en: (a: string) => `Could not render ${a}` },
  noFiles: {
    vi: (a: string) => `Không tìm thấy tệp kế hoạch nào (.yaml, .yml) khớp với: ${a}`,
    en: (a: string) => `No plan file (.yaml, .yml) matched: ${a}`,
  },
  summary: {
    vi: (ok: number, bad: number) => `${ok} kế hoạch đã tạo, ${bad} lỗi.`,
    en: (ok: number, bad: number) => `${ok} plan(s) rendered, ${bad} failed.`,
  },
  crash: {
    vi: (m: string) => `Lỗi không mong đợi của parplan: ${m} (chạy lại với --debug để xem chi tiết)`,
    en: (m: string) => `Unexpected parplan error: ${m} (run again with --debug for details)`,
  },
  error: { vi: () => 'lỗi', en: () => 'error' },
  warning: { vi: () => 'cảnh báo', en: () => 'warning' },
  // parplan batch (and render of a units file)
  unitDone: {
    vi: (n: string, target: string, unit: string) => `${n} Đã tạo ${target} (${unit})`,
    en: (n: string, target: string, unit: string) => `${n} Rendered ${target} (${unit})`,
  },
  unitFailed: {
    vi: (n: string, unit: string, why: string) => `${n} Lỗi: ${unit}: ${why}`,
    en: (n: string, unit: string, why: string) => `${n} Failed: ${unit}: ${why}`,
  },
  batchFailures: {
    vi: (n: number) => `Không tạo được ${n} đơn vị:`,
    en: (n: number) => `${n} unit(s) failed:`,
  },
  batchUnitHeader: {
    vi: (unit: string, where: string) => `• ${unit} (${where})`,
    en: (unit: string, where: string) => `• ${unit} (${where})`,
  },
  batchSummary: {
    vi: (total: number, ok: number, bad: number, dir: string) => `${total} đơn vị: ${ok} đã tạo, ${bad} lỗi. Thư mục kết quả: ${dir}`,
    en: (total: number, ok: number, bad: number, dir: string) => `${total} unit(s): ${ok} rendered, ${bad} failed. Output folder: ${dir}`,
  },
  manifestWritten: {
    vi: (json: string, csv: string) => `Danh mục: ${json}, ${csv}`,
    en: (json: string, csv: string) => `Manifest: ${json}, ${csv}`,
  },
  zipWritten: { vi: (zip: string) => `Tệp nén: ${zip}`, en: (zip: string) => `Archive: ${zip}` },
  unitsFileBroken: {
    vi: (file: string) => `Không tạo được đơn vị nào từ ${file}.`,
    en: (file: string) => `No unit could be rendered from ${file}.`,
  },
  notUnitsFile: {
    vi: (file: string) => `${file} không phải danh sách đơn vị (thiếu trường don_vi). Để tạo văn bản từ một kế hoạch, dùng: parplan render ${file}`,
    en: (file: string) => `${file} is not a units file (no don_vi field). To render a plan, use: parplan render ${file}`,
  },
  badPdfTimeout: {
    vi: (value: string) => `--pdf-timeout phải là số giây lớn hơn 0, không phải '${value}'.`,
    en: (value: string) => `--pdf-timeout must be a number of seconds above 0, not '${value}'.`,
  },
  badJobs: {
    vi: (value: string) => `--jobs phải là một số nguyên từ 1 trở lên, không phải '${value}'.`,
    en: (value: string) => `--jobs must be a whole number of 1 or more, not '${value}'.`,
  },
  needSoffice: {
    vi: (hint: string) => `--pdf cần LibreOffice (soffice) để chuyển .docx sang PDF, nhưng không tìm thấy trên máy này. ${hint}`,
    en: (hint: string) => `--pdf needs LibreOffice (soffice) to convert .docx to PDF, and it was not found on this machine. ${hint}`,
  },
  // parplan check (issue 15)
  paragraphAt: { vi: (n: number) => `đoạn ${n}`, en: (n: number) => `paragraph ${n}` },
  sectionAt: { vi: (n: number) => `phần (section) ${n}`, en: (n: number) => `section ${n}` },
} as const;

export type UiText = typeof TEXT;
export function ui<K extends keyof UiText>(lang: Lang, key: K): UiText[K]['vi'] {
  return TEXT[key][lang] as UiText[K]['vi'];
}
