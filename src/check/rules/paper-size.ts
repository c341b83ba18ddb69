// PP601: every section is A4; the first page is portrait (a landscape page only for a wide appendix).
import { PAPER_SIZE } from '../../nd30/index.js';
import { mmOf } from '../units.js';
import type { CheckRule } from './rule.js';

/** Word stores sizes in twips, LibreOffice in 1/100 mm: allow a millimetre of rounding. */
const TOLERANCE_MM = 1;

export const paperSize: CheckRule = {
  code: 'PP601',
  name: 'paper-size',
  severity: 'error',
  clause: PAPER_SIZE.width.clause,
  check({ view }, report) {
    view.document.sections.forEach((s, i) => {
      const width = mmOf(s.pageWidthPt);
      const height = mmOf(s.pageHeightPt);
      const short = Math.min(width, height);
      const long = Math.max(width, height);
      const a4 = Math.abs(short - PAPER_SIZE.width.value) <= TOLERANCE_MM && Math.abs(long - PAPER_SIZE.height.value) <= TOLERANCE_MM;
      const landscapeFirst = i === 0 && width > height;
      if (!a4 || landscapeFirst) report({ part: 'kho_giay', section: i }, { width, height, orientation: width > height ? 'landscape' : 'portrait' });
    });
  },
};
