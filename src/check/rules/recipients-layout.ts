// PP617: "Nơi nhận:" with its colon right after the word, then one recipient a line, each starting
// with a dash (practice in every example; the decree shows it so). A warning, as validate's PP209.
import { PARTS } from '../../nd30/index.js';
import { cleanText } from '../view.js';
import type { CheckRule } from './rule.js';

const DASH = /^[-–—]\s*\S/u;

export const recipientsLayout: CheckRule = {
  code: 'PP617',
  name: 'recipients-layout',
  severity: 'warning',
  clause: PARTS.recipients.size.clause,
  check({ parts }, report) {
    const label = parts.recipientsLabel;
    if (!label) return;
    const text = cleanText(label.text);
    if (!/^Nơi nhận:$/u.test(text)) {
      report({ part: 'noi_nhan', entry: label.entry }, { text });
      return;
    }
    const undashed = parts.recipients.find((p) => !DASH.test(cleanText(p.text)));
    if (undashed) report({ part: 'noi_nhan', entry: undashed.entry }, { text: cleanText(undashed.text) });
  },
};
