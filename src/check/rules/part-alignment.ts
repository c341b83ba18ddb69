// PP607: the header's parts, tên loại, trích yếu and the signer centred (in their column, or at a
// centred tab stop); the body's text justified; Nơi nhận at the left of its column.
import { PARTS } from '../../nd30/index.js';
import { headerAndClosing } from '../element-looks.js';
import type { Entry } from '../view.js';
import { pieceAlignment } from '../view.js';
import type { CheckRule } from './rule.js';

const LEFT = new Set(['left', 'justify', 'distribute']);
const JUSTIFIED = new Set(['justify', 'distribute', 'both']);

export const partAlignment: CheckRule = {
  code: 'PP607',
  name: 'part-alignment',
  severity: 'error',
  clause: 'Phụ lục I, Phần II',
  check({ parts }, report) {
    for (const { element, part, look, pieces } of headerAndClosing(parts)) {
      const wanted = look.alignment;
      const wrong = pieces.find((p) => (wanted === 'left' ? !LEFT.has(pieceAlignment(p)) : pieceAlignment(p) !== wanted));
      if (wrong) report({ part, entry: wrong.entry, clause: look.size.clause }, { element, found: pieceAlignment(wrong), expected: wanted, count: 1 });
    }
    const groups: [string, 'can_cu' | 'noi_dung', Entry[]][] = [
      ['basis', 'can_cu', parts.basis],
      ['body', 'noi_dung', parts.body],
    ];
    for (const [element, part, entries] of groups) {
      // A paragraph of one short line looks the same either way; only a paragraph that wraps shows it.
      const wrong = entries.filter((e) => !JUSTIFIED.has(e.paragraph.format.alignment) && e.paragraph.text.length > 90);
      if (wrong.length > 0) {
        report({ part, entry: wrong[0]!, clause: PARTS.body.size.clause }, { element, found: wrong[0]!.paragraph.format.alignment, expected: 'justify', count: wrong.length });
      }
    }
  },
};
