// PP610: the line as long as the decree says: the Tiêu ngữ's as long as its text, the issuer's and
// the trích yếu's 1/3 to 1/2 of theirs. Measured with the Times metrics, so a tenth is allowed either
// way for what the metrics and a producer's rounding cannot agree on.
import { checkedLines } from './line-present.js';
import type { CheckRule } from './rule.js';

const SLACK = 0.1;

export const lineLength: CheckRule = {
  code: 'PP610',
  name: 'line-length',
  severity: 'error',
  clause: 'Phụ lục I, Phần II, ô 1, 2, 5a',
  check(ctx, report) {
    for (const { element, part, ratio, rule, finding } of checkedLines(ctx)) {
      if (!finding || finding.lengthPt === undefined || finding.textPt <= 0) continue;
      const value = finding.lengthPt / finding.textPt;
      const { min, max = min } = rule.range!;
      if (value < min * (1 - SLACK) || value > max * (1 + SLACK)) {
        report({ part, entry: finding.at.entry, clause: rule.clause }, { element, ratio, value: Math.round(value * 100) / 100, min, max });
      }
    }
  },
};
