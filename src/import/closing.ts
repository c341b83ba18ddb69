// The closing block: Nơi nhận (each line, "Lưu: VT, …") and the signer (thẩm quyền TM./KT./Q./TL./
// TUQ., chức vụ, họ tên), whether they sit in a two-column table or follow each other (tab-separated).
import type { Authority } from '../plan/plan.js';
import { clean } from './lines.js';

export interface ClosingData {
  label?: string;
  recipients: string[];
  authority: Authority[];
  title?: string;
  name?: string;
  guesses: string[];
}

const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.\s*(.+)$/;
const RECIPIENTS = /^Nơi\s*nhận\s*:?/i;
const SIGNATURE_NOTE = /^\((?:đã ký|ký|chữ ký|ký tên|ký, đóng dấu|ký, ghi rõ họ tên)[^)]*\)$|^\[.*\]$/i;

export function isRecipientsLabel(text: string): boolean {
  return RECIPIENTS.test(clean(text));
}

/** `left`: the recipients column, `right`: the signer column, each a list of lines. */
export function recogniseClosing(left: string[], right: string[]): ClosingData {
  const c: ClosingData = { recipients: [], authority: [], guesses: [] };
  for (const raw of left) {
    const t = clean(raw);
    if (!t) continue;
    if (c.label === undefined && RECIPIENTS.test(t)) {
      c.label = t;
      continue;
    }
    c.recipients.push(t.replace(/^[-–•+]\s*/, '').replace(/[;.,]\s*$/, '').trim());
  }
  const lines = right.map(clean).filter((t) => t && !SIGNATURE_NOTE.test(t));
  const upper = (t: string) => t === t.toUpperCase() && /[A-ZĐÀ-Ỹ]/.test(t);
  const titles: string[] = [];
  for (const t of lines) {
    const a = AUTHORITY.exec(t);
    if (a && upper(t)) c.authority.push({ quyen: `${a[1]}.` as Authority['quyen'], cho: a[2]!.trim() });
    else if (upper(t)) titles.push(t);
    else c.name = t;
  }
  if (titles.length) c.title = titles.join(' ');
  if (!c.name && titles.length > 1) {
    c.name = titles.pop()!;
    c.title = titles.join(' ');
    c.guesses.push('name');
  }
  return c;
}
