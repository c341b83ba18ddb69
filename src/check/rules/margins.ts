// PP602: margins within the decree's ranges (portrait); a landscape appendix page is checked against
// the portrait margins turned with the sheet, which is practice, so only warned about.
import { MARGINS_LANDSCAPE, MARGINS_PORTRAIT, type Nd30Value } from '../../nd30/index.js';
import { mmOf } from '../units.js';
import type { CheckRule } from './rule.js';

/** Twips and 1/100 mm round a margin by a few hundredths of a millimetre. */
const TOLERANCE_MM = 0.05;

export const margins: CheckRule = {
  code: 'PP602',
  name: 'margins',
  severity: 'error',
  clause: MARGINS_PORTRAIT.left.clause,
  check({ view }, report) {
    view.document.sections.forEach((s, i) => {
      const landscape = s.pageWidthPt > s.pageHeightPt;
      const ranges = landscape ? MARGINS_LANDSCAPE : MARGINS_PORTRAIT;
      const found = { top: s.margins.topPt, bottom: s.margins.bottomPt, left: s.margins.leftPt + s.margins.gutterPt, right: s.margins.rightPt };
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const value = mmOf(found[side]);
        const range = (ranges[side] as Nd30Value).range!;
        if (value < range.min - TOLERANCE_MM || value > (range.max ?? Infinity) + TOLERANCE_MM) {
          report(
            { part: 'le', section: i, clause: ranges[side].clause, ...(landscape ? { severity: 'warning' as const } : {}) },
            { side, value, min: range.min, max: range.max ?? '' },
          );
        }
      }
    });
  },
};
