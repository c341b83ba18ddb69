// PP615: a document longer than a page numbers its pages. The length is estimated from the text
// (src/check/estimate-pages.ts), so only a clearly longer document is warned about.
import { PAGE_NUMBER } from '../../nd30/index.js';
import { estimatePages } from '../estimate-pages.js';
import { hasPageField } from './page-number-place.js';
import type { CheckRule } from './rule.js';

export const pageNumbersPresent: CheckRule = {
  code: 'PP615',
  name: 'page-numbers-present',
  severity: 'warning',
  clause: PAGE_NUMBER.clause,
  check({ view }, report) {
    const numbered = view.document.sections.some((s) => [s.headers.default, s.headers.first, s.headers.even, s.footers.default, s.footers.first, s.footers.even].some(hasPageField));
    if (numbered) return;
    const pages = estimatePages(view);
    if (pages >= 1.3) report({ part: 'so_trang', section: 0 }, { pages: Math.ceil(pages) });
  },
};
