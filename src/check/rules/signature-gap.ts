// PP620: room to sign and seal between the title and the name (practice: 4–5 empty lines; fewer
// than 3 lines' height, counting the name's space before, is warned about).
import { SIGNATURE_GAP, TIMES_SINGLE_LINE_EM } from '../../nd30/index.js';
import { inkRuns } from '../view.js';
import { lineSpacingInLines } from './body-paragraphs.js';
import type { CheckRule } from './rule.js';

const MIN_LINES = 3;

export const signatureGap: CheckRule = {
  code: 'PP620',
  name: 'signature-gap',
  severity: 'warning',
  clause: SIGNATURE_GAP.clause,
  check({ parts }, report) {
    const name = parts.signerName;
    if (!name || parts.signerTitle.length === 0) return;
    const size = inkRuns(name.runs)[0]?.format.sizePt ?? 14;
    const lineHeight = size * TIMES_SINGLE_LINE_EM;
    let room = name.entry.paragraph.format.spacing.beforePt + (parts.signerTitle.at(-1)!.entry.paragraph.format.spacing.afterPt ?? 0);
    for (const entry of parts.signatureGap) {
      const f = entry.paragraph.format;
      room += entry.paragraph.markFormat.sizePt * TIMES_SINGLE_LINE_EM * lineSpacingInLines(entry) + f.spacing.beforePt + f.spacing.afterPt;
    }
    const lines = Math.floor(room / lineHeight + 0.25);
    if (lines < MIN_LINES) report({ part: 'chu_ky', entry: name.entry, severity: 'warning' }, { lines, min: SIGNATURE_GAP.range?.min ?? 4 });
  },
};
