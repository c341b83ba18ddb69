// w:sectPr: page size, orientation, margins, titlePg, the section break kind, page numbering and
// header/footer references (resolved by the caller, inherited from the section before when absent).
import { twips } from './properties.js';
import type { PageMargins } from './types.js';
import { attr, child, children, numAttr, onOff, type XmlElement } from './xml.js';

export interface SectionProps {
  pageWidthPt: number;
  pageHeightPt: number;
  orientation: 'portrait' | 'landscape';
  orientAttribute?: string;
  margins: PageMargins;
  titlePage: boolean;
  breakType: string;
  pageNumberStart?: number;
  pageNumberFormat?: string;
  columns: number;
  headerRefs: Partial<Record<'default' | 'first' | 'even', string>>;
  footerRefs: Partial<Record<'default' | 'first' | 'even', string>>;
}

const tw = (el: XmlElement | undefined, name: string, fallback: number) => twips(numAttr(el, name) ?? fallback);

/** A w:sectPr (or none: Word's defaults, Letter portrait with 1" margins). */
export function readSection(sectPr: XmlElement | undefined): SectionProps {
  const pgSz = child(sectPr, 'w:pgSz');
  const pgMar = child(sectPr, 'w:pgMar');
  const pageWidthPt = tw(pgSz, 'w:w', 12240);
  const pageHeightPt = tw(pgSz, 'w:h', 15840);
  const orient = attr(pgSz, 'w:orient');
  const refs = (name: string) => {
    const out: Partial<Record<'default' | 'first' | 'even', string>> = {};
    for (const r of children(sectPr, name)) {
      const type = attr(r, 'w:type') ?? 'default';
      const id = attr(r, 'r:id');
      if (id && (type === 'default' || type === 'first' || type === 'even')) out[type] = id;
    }
    return out;
  };
  const pgNum = child(sectPr, 'w:pgNumType');
  const start = numAttr(pgNum, 'w:start');
  const fmt = attr(pgNum, 'w:fmt');
  return {
    pageWidthPt,
    pageHeightPt,
    orientation: pageWidthPt > pageHeightPt ? 'landscape' : 'portrait',
    ...(orient !== undefined ? { orientAttribute: orient } : {}),
    margins: {
      topPt: tw(pgMar, 'w:top', 1440),
      rightPt: tw(pgMar, 'w:right', 1440),
      bottomPt: tw(pgMar, 'w:bottom', 1440),
      leftPt: tw(pgMar, 'w:left', 1440),
      headerPt: tw(pgMar, 'w:header', 720),
      footerPt: tw(pgMar, 'w:footer', 720),
      gutterPt: tw(pgMar, 'w:gutter', 0),
    },
    titlePage: onOff(child(sectPr, 'w:titlePg')) ?? false,
    breakType: attr(child(sectPr, 'w:type'), 'w:val') ?? 'nextPage',
    ...(start !== undefined ? { pageNumberStart: start } : {}),
    ...(fmt !== undefined ? { pageNumberFormat: fmt } : {}),
    columns: numAttr(child(sectPr, 'w:cols'), 'w:num') ?? 1,
    headerRefs: refs('w:headerReference'),
    footerRefs: refs('w:footerReference'),
  };
}
