// Ô 1–4, 10b and 11, and the draft mark: the borderless two-column header of the first page.
// Row 1 holds the agencies (left) and the Quốc hiệu with its Tiêu ngữ (right), each with its line;
// row 2 holds ô 3 (left) and ô 4 (right), so the number and the date always stand level.
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { DocumentHeader } from '../model/document.js';
import { createLayoutTable } from './layout-table.js';
import { measureLine, measureLongestLine } from './measure-text.js';
import { createBox, createParagraph, createParagraphs, createRule } from './paragraphs.js';
import {
  HEADER_DATE_SPACING_BEFORE,
  HEADER_LEFT_WIDTH,
  HEADER_RIGHT_WIDTH,
  ISSUER_RULE_RATIO,
  MARK_SPACING,
  MOTTO_RULE_RATIO,
  SIZE_CIRCULATION,
  SIZE_DRAFT,
  SIZE_ISSUER,
  SIZE_MOTTO,
  SIZE_NATIONAL_TITLE,
  SIZE_NUMBER,
  SIZE_PARENT_AGENCY,
  SIZE_PLACE_AND_DATE,
  SIZE_URGENCY,
} from './styles.js';

const CENTER = AlignmentType.CENTER;

function createAgencies(header: DocumentHeader): Paragraph[] {
  const issuerLook = { size: SIZE_ISSUER, bold: true };
  const issuerWidth = measureLongestLine(header.issuer, issuerLook, HEADER_LEFT_WIDTH);
  return [
    ...createParagraphs(header.parentAgency, { size: SIZE_PARENT_AGENCY, alignment: CENTER }),
    ...createParagraphs(header.issuer, { ...issuerLook, alignment: CENTER }),
    createRule(issuerWidth * ISSUER_RULE_RATIO, HEADER_LEFT_WIDTH),
  ];
}

function createNationalTitle(header: DocumentHeader): Paragraph[] {
  const mottoLook = { size: SIZE_MOTTO, bold: true };
  const mottoWidth = measureLine(header.motto, mottoLook);
  return [
    createParagraph(header.nationalTitle, { size: SIZE_NATIONAL_TITLE, bold: true, alignment: CENTER }),
    createParagraph(header.motto, { ...mottoLook, alignment: CENTER }),
    createRule(mottoWidth * MOTTO_RULE_RATIO, HEADER_RIGHT_WIDTH),
  ];
}

function createNumberAndMarks(header: DocumentHeader): Paragraph[] {
  const paragraphs = [
    createParagraph(header.number, { size: SIZE_NUMBER, alignment: CENTER, before: HEADER_DATE_SPACING_BEFORE }),
  ];
  if (header.urgency !== undefined) {
    const look = { size: SIZE_URGENCY, bold: true, before: MARK_SPACING };
    paragraphs.push(createBox(header.urgency, look, HEADER_LEFT_WIDTH, 'center'));
  }
  if (header.circulation !== undefined) {
    paragraphs.push(
      createParagraph(header.circulation, { size: SIZE_CIRCULATION, bold: true, alignment: CENTER, before: MARK_SPACING }),
    );
  }
  return paragraphs;
}

/** The draft mark (boxed, at the top left) when there is one, then the header table. */
export function createFirstPageHeader(header: DocumentHeader, textWidth: number): (Paragraph | Table)[] {
  const draft =
    header.draft === undefined
      ? []
      : [createBox(header.draft, { size: SIZE_DRAFT, bold: true, after: MARK_SPACING }, textWidth, 'left')];
  const table = createLayoutTable(
    [HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH],
    [
      { cells: [createAgencies(header), createNationalTitle(header)] },
      {
        cells: [
          createNumberAndMarks(header),
          [
            createParagraph(header.placeAndDate, {
              size: SIZE_PLACE_AND_DATE,
              italic: true,
              alignment: CENTER,
              before: HEADER_DATE_SPACING_BEFORE,
            }),
          ],
        ],
      },
    ],
  );
  return [...draft, table];
}
