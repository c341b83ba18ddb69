// PP608: the Quốc hiệu, the bodies' names and the tên loại are written in upper case (Word's
// "All caps" counts: the reader sees it as the run's caps).
import { headerAndClosing } from '../element-looks.js';
import { isUpper } from '../find-parts.js';
import { cleanText, inkRuns } from '../view.js';
import type { CheckRule } from './rule.js';

const UPPER = new Set(['nationalTitle', 'parentAgency', 'issuer', 'type']);

export const upperCase: CheckRule = {
  code: 'PP608',
  name: 'upper-case',
  severity: 'error',
  clause: 'Phụ lục I, Phần II',
  check({ parts }, report) {
    for (const { element, part, look, pieces } of headerAndClosing(parts)) {
      if (!UPPER.has(element)) continue;
      const wrong = pieces.find((p) => {
        const runs = inkRuns(p.runs);
        return runs.length > 0 && !runs.every((r) => r.format.caps) && !isUpper(cleanText(p.text));
      });
      if (wrong) report({ part, entry: wrong.entry, clause: look.size.clause }, { element, text: cleanText(wrong.text) });
    }
  },
};
