// Căn cứ: "Căn cứ Kế hoạch số 240/KH-UBND ngày 30/6/2022 của UBND tỉnh Lào Cai về …;" parsed into
// a structured reference when it follows the usual phrasing, free text (tu_do) otherwise.
import type { Basis, Reference } from '../plan/plan.js';

const KINDS = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Thông tư liên tịch', 'Thông tư',
  'Chỉ thị', 'Kế hoạch', 'Công văn', 'Văn bản', 'Hướng dẫn', 'Thông báo', 'Chương trình', 'Đề án', 'Kết luận', 'Báo cáo', 'Công điện', 'Quy định',
];
const KIND = KINDS.join('|');
const REFERENCE = new RegExp(
  `^(${KIND})\\s+số\\s+(\\d+(?:\\/\\d{4})?)\\/([A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)\\s+ngày\\s+(\\d{1,2}\\/\\d{1,2}\\/\\d{4})\\s+của\\s+(.+?)\\s+về\\s+(.+)$`,
  'u',
);
const SHORT_NAME = new RegExp(`^(?:(?:${KIND})\\s+số\\s+\\S+|sau đây gọi (?:tắt )?là .+)$`, 'u');

export const LEAD_WORDS = /^(Căn cứ|Thực hiện)\s+/;

export function parseReference(text: string): Basis {
  const m = REFERENCE.exec(text.trim());
  if (!m) return { tu_do: text.trim() };
  let subject = m[6]!.trim();
  let short: string | undefined;
  const paren = /\s*\(([^()]+)\)$/.exec(subject);
  if (paren && SHORT_NAME.test(paren[1]!)) {
    short = paren[1]!;
    subject = subject.slice(0, paren.index).trim();
  }
  const so = m[2]!;
  const ref: Reference = {
    loai: m[1]!,
    so: /^[1-9]\d*$/.test(so) ? Number(so) : so,
    ky_hieu: m[3]!,
    ngay: m[4]!,
    co_quan: m[5]!.trim(),
    trich_yeu: subject,
    ...(short ? { ten_goi_tat: short } : {}),
  };
  return ref;
}

export interface BasisData {
  leadWord: string;
  references: Basis[];
  oneParagraph: boolean;
  ending: ';' | '.';
}

/** Consecutive "Căn cứ …" paragraphs (one reference each, or several joined by "; "). */
export function recogniseBasis(texts: string[]): BasisData | undefined {
  if (texts.length === 0) return undefined;
  const lead = LEAD_WORDS.exec(texts[0]!)?.[1] ?? 'Căn cứ';
  const last = texts[texts.length - 1]!.trim();
  const ending: ';' | '.' = last.endsWith('.') ? '.' : ';';
  const strip = (t: string) => t.trim().replace(LEAD_WORDS, '').replace(/[;.,]\s*$/, '');
  if (texts.length === 1) {
    const parts = strip(texts[0]!).split(/;\s+/);
    const refs = parts.map(parseReference);
    if (parts.length > 1 && refs.every((r) => !('tu_do' in r))) return { leadWord: lead, references: refs, oneParagraph: true, ending };
  }
  return { leadWord: lead, references: texts.map((t) => parseReference(strip(t))), oneParagraph: false, ending };
}
