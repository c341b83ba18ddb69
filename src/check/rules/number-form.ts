// PP612: "Số: 05/KH-SNV": "Số" and a colon, a number below 10 with its leading 0 (or the blank the
// văn thư fills in), a slash, the ký hiệu's groups joined by hyphens without spaces.
import { PARTS } from '../../nd30/index.js';
import { cleanText } from '../view.js';
import type { CheckRule } from './rule.js';

const FORM = /^Số:\s*(\d*)\s*\/\s*(\S.*)$/u;
const KY_HIEU = /^[\p{Lu}\d]+(?:-[\p{Lu}\d&]+)*$/u;

export function numberProblem(text: string): string | undefined {
  if (!/^Số\s*:/u.test(text)) return 'colon';
  const m = FORM.exec(text);
  if (!m) return 'form';
  const [, number = '', kyHieu = ''] = m;
  if (number !== '' && Number(number) < 10 && number.length < 2) return 'leading-zero';
  if (/\s/.test(kyHieu)) return 'spaces';
  if (!KY_HIEU.test(kyHieu)) return 'form';
  return undefined;
}

export const numberForm: CheckRule = {
  code: 'PP612',
  name: 'number-form',
  severity: 'error',
  clause: PARTS.number.size.clause,
  check({ parts }, report) {
    const piece = parts.number;
    if (!piece) return;
    const text = cleanText(piece.text);
    const why = numberProblem(text);
    if (why) report({ part: 'so_ky_hieu', entry: piece.entry }, { text, why });
  },
};
