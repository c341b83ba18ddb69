// Ô 1–4, 10b and 11, and the draft mark: the borderless two-column header of the first page.
// Row 1 holds the agencies (left) and the Quốc hiệu with its Tiêu ngữ (right), each with its line;
// row 2 holds ô 3 (left) and ô 4 (right), so the number and the date always stand level.
import type { DocumentHeader } from '../model/document.js';
import { createLayoutTable } from './layout-table.js';
import { measureLine, measureLongestLine } from './measure-text.js';
import { createBox, createParagraph, createParagraphs, createRule, measureLookOf, type StyleContext } from './paragraphs.js';
import { HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH, ISSUER_RULE_RATIO, MOTTO_RULE_RATIO } from './styles.js';
import type { Xml } from './xml.js';

function createAgencies(header: DocumentHeader, ctx: StyleContext): Xml {
  const issuerWidth = measureLongestLine(header.issuer, measureLookOf(ctx.looks.issuer), HEADER_LEFT_WIDTH);
  return (
    createParagraphs(header.parentAgency, 'parentAgency', ctx) +
    createParagraphs(header.issuer, 'issuer', ctx) +
    createRule(issuerWidth * ISSUER_RULE_RATIO, HEADER_LEFT_WIDTH, ctx)
  );
}

function createNationalTitle(header: DocumentHeader, ctx: StyleContext): Xml {
  const mottoWidth = measureLine(header.motto, measureLookOf(ctx.looks.motto));
  return (
    createParagraph(header.nationalTitle, 'nationalTitle', ctx) +
    createParagraph(header.motto, 'motto', ctx) +
    createRule(mottoWidth * MOTTO_RULE_RATIO, HEADER_RIGHT_WIDTH, ctx)
  );
}

function createNumberAndMarks(header: DocumentHeader, ctx: StyleContext): Xml {
  let paragraphs = createParagraph(header.number, 'number', ctx);
  if (header.urgency !== undefined) paragraphs += createBox(header.urgency, 'urgency', ctx, HEADER_LEFT_WIDTH, 'center');
  if (header.circulation !== undefined) paragraphs += createParagraph(header.circulation, 'circulation', ctx);
  return paragraphs;
}

/** The draft mark (boxed, at the top left) when there is one, then the header table. */
export function createFirstPageHeader(header: DocumentHeader, textWidth: number, ctx: StyleContext): Xml {
  const draft = header.draft === undefined ? '' : createBox(header.draft, 'draft', ctx, textWidth, 'left');
  const table = createLayoutTable(
    [HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH],
    [
      { cells: [createAgencies(header, ctx), createNationalTitle(header, ctx)] },
      { cells: [createNumberAndMarks(header, ctx), createParagraph(header.placeAndDate, 'placeAndDate', ctx)] },
    ],
  );
  return draft + table;
}
