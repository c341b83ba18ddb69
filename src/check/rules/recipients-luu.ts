// PP618: the last line of Nơi nhận is "- Lưu: VT, <drafting unit>." (the văn thư's copy and the
// drafting unit's). A warning, as validate's PP208 on a plan.
import { PARTS } from '../../nd30/index.js';
import { cleanText } from '../view.js';
import type { CheckRule } from './rule.js';

const LUU = /^[-–—]?\s*Lưu\s*:\s*VT\b/u;

export const recipientsLuu: CheckRule = {
  code: 'PP618',
  name: 'recipients-luu',
  severity: 'warning',
  clause: PARTS.recipients.size.clause,
  check({ parts }, report) {
    if (!parts.recipientsLabel) return;
    const last = parts.recipients.at(-1) ?? parts.recipientsLabel;
    const text = cleanText(last.text);
    if (!LUU.test(text)) report({ part: 'noi_nhan', entry: last.entry }, { text });
  },
};
