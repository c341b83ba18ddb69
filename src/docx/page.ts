// Page setup of a section: A4 in either orientation, the decree's margins, and the page number
// centred in the top margin on every page but the section's first (titlePage), counting from 1.
import { Header, NumberFormat, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { StyleContext } from './paragraphs.js';
import {
  A4_HEIGHT,
  A4_WIDTH,
  FOOTER_DISTANCE,
  HEADER_DISTANCE_LANDSCAPE,
  HEADER_DISTANCE_PORTRAIT,
  MARGINS_LANDSCAPE,
  MARGINS_PORTRAIT,
} from './styles.js';

export type Orientation = 'portrait' | 'landscape';

/** Width of the text between the margins of a page in this orientation, in twips. */
export function textWidthOf(orientation: Orientation): number {
  return orientation === 'portrait'
    ? A4_WIDTH - MARGINS_PORTRAIT.left - MARGINS_PORTRAIT.right
    : A4_HEIGHT - MARGINS_LANDSCAPE.left - MARGINS_LANDSCAPE.right;
}

/** The page number in Word's "header" style (centred, the decree's size). */
function createPageNumberHeader(ctx: StyleContext): Header {
  return new Header({
    children: [new Paragraph({ style: ctx.sheet.pageNumber.id, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
}

/** A section's page setup and headers; its children are the caller's. */
export function createPageSetup(orientation: Orientation, ctx: StyleContext): Omit<ISectionOptions, 'children'> {
  const portrait = orientation === 'portrait';
  const margins = portrait ? MARGINS_PORTRAIT : MARGINS_LANDSCAPE;
  return {
    properties: {
      titlePage: true,
      page: {
        size: portrait
          ? { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.PORTRAIT }
          : // docx swaps width and height itself for a landscape page, so give the portrait sizes.
            { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.LANDSCAPE },
        margin: {
          ...margins,
          header: portrait ? HEADER_DISTANCE_PORTRAIT : HEADER_DISTANCE_LANDSCAPE,
          footer: FOOTER_DISTANCE,
          gutter: 0,
        },
        pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
      },
    },
    headers: {
      default: createPageNumberHeader(ctx),
      // The first page of each section shows no number: an empty header of its own.
      first: new Header({ children: [new Paragraph({ style: ctx.sheet.pageNumber.id })] }),
    },
  };
}
