// PP614: page numbers at the top, centred, in Arabic numerals, and not on the first page (Word's
// "Different first page", w:titlePg, or a first-page header without the number).
import type { HeaderFooter, Paragraph } from '../../docx-read/index.js';
import { PAGE_NUMBER } from '../../nd30/index.js';
import type { CheckRule } from './rule.js';

export function hasPageField(part: HeaderFooter | undefined): boolean {
  return part !== undefined && part.fields.some((f) => f.toUpperCase() === 'PAGE');
}

/** The paragraphs of a header or footer that show the page number. */
export function pageNumberParagraphs(part: HeaderFooter | undefined): Paragraph[] {
  if (!part) return [];
  const out: Paragraph[] = [];
  const walk = (blocks: HeaderFooter['blocks']) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        if (b.inlines.some((i) => i.type === 'field' && i.name.toUpperCase() === 'PAGE')) out.push(b);
        for (const i of b.inlines) if (i.type === 'drawing') walk(i.drawing.blocks);
      } else for (const row of b.rows) for (const cell of row.cells) walk(cell.blocks);
    }
  };
  walk(part.blocks);
  return out;
}

export const pageNumberPlace: CheckRule = {
  code: 'PP614',
  name: 'page-number-place',
  severity: 'error',
  clause: PAGE_NUMBER.clause,
  check({ view }, report) {
    const first = view.document.sections[0];
    if (!first) return;
    const sections = view.document.sections;
    const inFooter = sections.some((s) => hasPageField(s.footers.default) || hasPageField(s.footers.first) || hasPageField(s.footers.even));
    if (inFooter) report({ part: 'so_trang', section: 0 }, { why: 'footer' });
    const firstPage = first.titlePage ? [first.headers.first, first.footers.first] : [first.headers.default, first.footers.default];
    if (firstPage.some(hasPageField)) report({ part: 'so_trang', section: 0 }, { why: 'first-page' });
    const offCentre = sections.flatMap((s) => pageNumberParagraphs(s.headers.default)).find((p) => p.format.alignment !== 'center' && !p.format.tabs.some((t) => t.kind === 'center'));
    if (offCentre) report({ part: 'so_trang', section: 0 }, { why: 'not-centred' });
    const format = sections.find((s) => s.pageNumberFormat !== undefined && s.pageNumberFormat !== 'decimal');
    if (format) report({ part: 'so_trang', section: sections.indexOf(format) }, { why: 'format' });
  },
};
