// Ô 9b, 12 and 7: the closing block, a borderless two-column table with Nơi nhận (and the drafter's
// line) on the left and the signer on the right, kept on one page.
import { AlignmentType, type Table } from 'docx';
import type { DocumentModel } from '../model/document.js';
import { createLayoutTable } from './layout-table.js';
import { createParagraph, createParagraphs } from './paragraphs.js';
import {
  CLOSING_LEFT_WIDTH,
  CLOSING_RIGHT_WIDTH,
  CLOSING_SPACING_BEFORE,
  SIGNATURE_GAP_LINES,
  SIZE_DRAFTER,
  SIZE_RECIPIENTS,
  SIZE_RECIPIENTS_LABEL,
  SIZE_SIGNER,
} from './styles.js';

export function createClosing(model: Pick<DocumentModel, 'recipients' | 'signer' | 'drafter'>): Table {
  const left = AlignmentType.LEFT;
  const center = AlignmentType.CENTER;
  const recipients = [
    createParagraph(model.recipients.label, {
      size: SIZE_RECIPIENTS_LABEL,
      bold: true,
      italic: true,
      alignment: left,
      before: CLOSING_SPACING_BEFORE,
    }),
    ...createParagraphs(model.recipients.lines, { size: SIZE_RECIPIENTS, alignment: left }),
    ...(model.drafter === undefined ? [] : [createParagraph(model.drafter, { size: SIZE_DRAFTER, alignment: left })]),
  ];
  const signerLook = { size: SIZE_SIGNER, bold: true, alignment: center };
  const [firstTitle = [], ...otherTitles] = model.signer.titleLines;
  const signer = [
    createParagraph(firstTitle, { ...signerLook, before: CLOSING_SPACING_BEFORE }),
    ...createParagraphs(otherTitles, signerLook),
    // The room for the signature and the seal: empty lines as tall as the name's.
    ...createParagraphs(
      Array.from({ length: SIGNATURE_GAP_LINES }, () => []),
      signerLook,
    ),
    createParagraph(model.signer.name, signerLook),
  ];
  return createLayoutTable([CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH], [{ cells: [recipients, signer], cantSplit: true }]);
}
