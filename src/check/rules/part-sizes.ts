// PP605: each part in the size the decree gives it (src/nd30 PARTS): the header parts, tên loại and
// trích yếu, the body (căn cứ, text, headings), Nơi nhận and its lines, the signer. One report per part:
// its first paragraph out of range and how many are.
import { isWithinRange } from '../../nd30/index.js';
import { bodyParts, headerAndClosing } from '../element-looks.js';
import type { Entry } from '../view.js';
import { inkRuns } from '../view.js';
import type { CheckRule } from './rule.js';

export const partSizes: CheckRule = {
  code: 'PP605',
  name: 'part-sizes',
  severity: 'error',
  clause: 'Phụ lục I, Phần II',
  check({ parts }, report) {
    for (const { element, part, look, pieces } of headerAndClosing(parts)) {
      const wrong = pieces.flatMap((p) => inkRuns(p.runs).map((r) => ({ entry: p.entry, size: r.format.sizePt }))).filter((r) => !isWithinRange(look.size, r.size));
      if (wrong.length === 0) continue;
      const count = new Set(wrong.map((w) => w.entry.number)).size;
      const range = look.size.range!;
      report({ part, entry: wrong[0]!.entry, clause: look.size.clause }, { element, value: wrong[0]!.size, min: range.min, max: range.max ?? '', count });
    }
    for (const { element, part, look, entries } of bodyParts(parts)) {
      const wrong: { entry: Entry; size: number }[] = [];
      for (const entry of entries) {
        const run = entry.pieces.flatMap((p) => inkRuns(p.runs)).find((r) => !isWithinRange(look.size, r.format.sizePt));
        if (run) wrong.push({ entry, size: run.format.sizePt });
      }
      if (wrong.length === 0) continue;
      const range = look.size.range!;
      report({ part, entry: wrong[0]!.entry, clause: look.size.clause }, { element, value: wrong[0]!.size, min: range.min, max: range.max ?? '', count: wrong.length });
    }
  },
};
