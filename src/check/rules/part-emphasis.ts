// PP606: bold and italic as the decree gives them: the Quốc hiệu, Tiêu ngữ, issuer, tên loại,
// trích yếu and signer bold and upright; the parent body, số and Nơi nhận's lines not bold; the
// place and date italic; "Nơi nhận:" bold italic. Headings I., II. bold (practice: a warning).
import { STRUCTURE } from '../../nd30/index.js';
import { headerAndClosing } from '../element-looks.js';
import type { Piece } from '../view.js';
import { inkRuns } from '../view.js';
import type { CheckRule } from './rule.js';

export const partEmphasis: CheckRule = {
  code: 'PP606',
  name: 'part-emphasis',
  severity: 'error',
  clause: 'Phụ lục I, Phần II',
  check({ parts }, report) {
    for (const { element, part, look, pieces } of headerAndClosing(parts)) {
      const runsOf = (p: Piece) => inkRuns(p.runs);
      const first = (test: (bold: boolean, italic: boolean) => boolean) => pieces.find((p) => runsOf(p).some((r) => test(r.format.bold, r.format.italic)));
      const clause = look.size.clause;
      const notBold = look.bold ? first((b) => !b) : undefined;
      if (notBold) report({ part, entry: notBold.entry, clause }, { element, found: 'not-bold', expected: 'bold' });
      // The parent body and the recipients' lines: "không in đậm" is the decree's own word.
      const bold = !look.bold && (element === 'parentAgency' || element === 'number' || element === 'recipients') ? first((b) => b) : undefined;
      if (bold) report({ part, entry: bold.entry, clause }, { element, found: 'bold', expected: 'not-bold' });
      const upright = look.italic ? first((_, i) => !i) : undefined;
      if (upright) report({ part, entry: upright.entry, clause }, { element, found: 'upright', expected: 'italic' });
      const italic = !look.italic ? first((_, i) => i) : undefined;
      if (italic) report({ part, entry: italic.entry, clause }, { element, found: 'italic', expected: 'upright' });
    }
    const plain = parts.headings.filter((h) => h.level === 1).find((h) => h.entry.pieces.flatMap((p) => inkRuns(p.runs)).some((r) => !r.format.bold));
    if (plain) report({ part: 'de_muc', entry: plain.entry, clause: STRUCTURE.heading1.clause, severity: 'warning' }, { element: 'heading', found: 'not-bold', expected: 'bold' });
  },
};
