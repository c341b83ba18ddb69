// PP613: "Lào Cai, ngày 05 tháng 02 năm 2024": a comma after the place; days below 10 and months 1
// and 2 with a leading 0. A blank day or month, left for the signer, is allowed.
import { PARTS } from '../../nd30/index.js';
import { cleanText } from '../view.js';
import type { CheckRule } from './rule.js';

const FORM = /^(.+?)(,?)\s*ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d{4})\s*\.?$/u;

export function dateProblem(text: string): string | undefined {
  const m = FORM.exec(text);
  if (!m) return 'form';
  const [, , comma, day = '', month = ''] = m;
  if (comma !== ',') return 'comma';
  if (day !== '' && Number(day) < 10 && day.length < 2) return 'leading-zero-day';
  if (month !== '' && Number(month) <= 2 && month.length < 2) return 'leading-zero-month';
  return undefined;
}

export const dateForm: CheckRule = {
  code: 'PP613',
  name: 'date-form',
  severity: 'error',
  clause: PARTS.placeAndDate.size.clause,
  check({ parts }, report) {
    const piece = parts.placeAndDate;
    if (!piece) return;
    const text = cleanText(piece.text);
    const why = dateProblem(text);
    if (why) report({ part: 'dia_danh_ngay', entry: piece.entry }, { text, why });
  },
};
