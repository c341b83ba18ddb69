// PP611: a line typed as underscores ("________") is a line to the eye, but the decree asks for a
// solid one and underscores break when the font or the size changes: a warning.
import { checkedLines } from './line-present.js';
import type { CheckRule } from './rule.js';

export const lineUnderscores: CheckRule = {
  code: 'PP611',
  name: 'line-underscores',
  severity: 'warning',
  clause: 'Phụ lục I, Phần II, ô 1, 2, 5a',
  check(ctx, report) {
    for (const { element, part, rule, finding } of checkedLines(ctx)) {
      if (finding?.kind === 'underscores') report({ part, entry: finding.at.entry, clause: rule.clause }, { element, text: finding.typed ?? '___' });
    }
  },
};
