// Page setup of a section: A4 in either orientation, the decree's margins, and the page number
// centred in the top margin on every page but the section's first (titlePage), counting from 1.
import type { StyleContext } from './paragraphs.js';
import { paragraphProperties } from './paragraphs.js';
import { HEADER_NAMESPACES } from './package-parts.js';
import {
  A4_HEIGHT,
  A4_WIDTH,
  FOOTER_DISTANCE,
  HEADER_DISTANCE_LANDSCAPE,
  HEADER_DISTANCE_PORTRAIT,
  MARGINS_LANDSCAPE,
  MARGINS_PORTRAIT,
} from './styles.js';
import { XML_DECLARATION, type Xml } from './xml.js';

export type Orientation = 'portrait' | 'landscape';

/** Width of the text between the margins of a page in this orientation, in twips. */
export function textWidthOf(orientation: Orientation): number {
  return orientation === 'portrait'
    ? A4_WIDTH - MARGINS_PORTRAIT.left - MARGINS_PORTRAIT.right
    : A4_HEIGHT - MARGINS_LANDSCAPE.left - MARGINS_LANDSCAPE.right;
}

/** A section's two header parts: the page number in Word's "header" style (centred, the decree's
 * size) on every page, and an empty header of its own for the section's first page. */
export function createHeaderParts(ctx: StyleContext): { default: Xml; first: Xml } {
  const style = paragraphProperties(ctx.sheet.pageNumber.id, false, {});
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const part = (paragraph: Xml): Xml => `${XML_DECLARATION}<w:hdr ${HEADER_NAMESPACES}>${paragraph}</w:hdr>`;
  return { default: part(`<w:p>${style}${field}</w:p>`), first: part(`<w:p>${style}</w:p>`) };
}

/** A section's `w:sectPr`: its headers (by relationship id), A4 in its orientation, the margins,
 * page numbers from 1, and a first page of its own. */
export function createSectionProperties(orientation: Orientation, headerIds: { default: string; first: string }): Xml {
  const portrait = orientation === 'portrait';
  const margins = portrait ? MARGINS_PORTRAIT : MARGINS_LANDSCAPE;
  const header = portrait ? HEADER_DISTANCE_PORTRAIT : HEADER_DISTANCE_LANDSCAPE;
  const size = portrait ? `w:w="${A4_WIDTH}" w:h="${A4_HEIGHT}" w:orient="portrait"` : `w:w="${A4_HEIGHT}" w:h="${A4_WIDTH}" w:orient="landscape"`;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${headerIds.default}"/><w:headerReference w:type="first" r:id="${headerIds.first}"/>` +
    `<w:pgSz ${size}/>` +
    `<w:pgMar w:top="${margins.top}" w:right="${margins.right}" w:bottom="${margins.bottom}" w:left="${margins.left}" w:header="${header}" w:footer="${FOOTER_DISTANCE}" w:gutter="0"/>` +
    '<w:pgNumType w:start="1" w:fmt="decimal"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}
