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
  ending: ';' | '.' | ',';
  /** The lead-in sentence that follows the last reference in the same paragraph ("… như sau:"). */
  leadIn?: string;
  /** The căn cứ set in italics (the lead-in, if any, upright). */
  italic: boolean;
}

export interface BasisLine {
  /** The paragraph's text with partial emphasis as ** and *, footnotes as ^[…]. */
  marked: string;
  /** Every word italic. */
  italic: boolean;
}

/**
 * The căn cứ and the lead-in in one paragraph: "*Thực hiện Thông báo số …;* Ủy ban nhân dân … như sau:"
 * (the căn cứ italic, the sentence upright), or upright both, split after the last reference's
 * subject at a ";" / "." / "," followed by a capital, when the rest is a sentence ending with ":".
 */
export function splitLeadIn(line: BasisLine): { basis: string; leadIn?: string; italic: boolean } {
  const t = line.marked.trim();
  const italicHead = /^\*(?!\*)([^*]+?)([;.,])\*\s+(\S[^]*)$/.exec(t);
  if (italicHead && !line.italic) return { basis: italicHead[1]! + italicHead[2]!, leadIn: italicHead[3]!.trim(), italic: true };
  if (!t.endsWith(':')) return { basis: t, italic: line.italic };
  // Where the sentence starts: a capital after ";" or "." (else ",") past the first issuer, not the next reference.
  const from = Math.max(0, t.indexOf(' của '));
  const candidates = [...t.matchAll(/([;.,])\s+(?=\p{Lu})/gu)].filter((m) => m.index >= from && !NEXT_REFERENCE.test(t.slice(m.index + m[0].length)));
  const m = candidates.find((c) => c[1] !== ',') ?? candidates[0];
  if (!m) return { basis: t, italic: line.italic };
  return { basis: t.slice(0, m.index + 1), leadIn: t.slice(m.index + m[0].length).trim(), italic: line.italic };
}

const NEXT_REFERENCE = new RegExp(`^(?:${KIND})\\s+số\\s`, 'u');

/** Consecutive "Căn cứ …" paragraphs (one reference each, or several joined by "; "), the last one
 * perhaps carrying the lead-in sentence. */
export function recogniseBasis(lines: BasisLine[]): BasisData | undefined {
  if (lines.length === 0) return undefined;
  const last = splitLeadIn(lines[lines.length - 1]!);
  const texts = [...lines.slice(0, -1).map((l) => l.marked.trim()), last.basis];
  const italic = lines.slice(0, -1).every((l) => l.italic) && last.italic;
  const lead = LEAD_WORDS.exec(texts[0]!)?.[1] ?? 'Căn cứ';
  const end = texts[texts.length - 1]!.trim().slice(-1);
  const ending: BasisData['ending'] = end === '.' ? '.' : end === ',' && last.leadIn ? ',' : ';';
  const extra = { ...(last.leadIn ? { leadIn: last.leadIn } : {}), italic };
  const strip = (t: string) => t.trim().replace(LEAD_WORDS, '').replace(/[;.,]\s*$/, '');
  if (texts.length === 1) {
    const parts = strip(texts[0]!).split(/;\s+/);
    const refs = parts.map(parseReference);
    if (parts.length > 1 && refs.every((r) => !('tu_do' in r))) return { leadWord: lead, references: refs, oneParagraph: true, ending, ...extra };
  }
  return { leadWord: lead, references: texts.map((t) => parseReference(strip(t))), oneParagraph: false, ending, ...extra };
}
