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
} as const;

export type UiText = typeof TEXT;
export function ui<K extends keyof UiText>(lang: Lang, key: K): UiText[K]['vi'] {
  return TEXT[key][lang] as UiText[K]['vi'];
}
