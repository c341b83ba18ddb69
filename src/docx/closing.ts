// Ô 9b, 12 and 7: the closing block, a borderless two-column table with Nơi nhận (and the drafter's
// line) on the left and the signer on the right, kept on one page.
import type { DocumentModel } from '../model/document.js';
import { createLayoutTable } from './layout-table.js';
import { createParagraph, createParagraphs, spacingTwips, type StyleContext } from './paragraphs.js';
import { CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH, SIGNATURE_GAP_LINES } from './styles.js';
import type { Xml } from './xml.js';

export function createClosing(model: Pick<DocumentModel, 'recipients' | 'signer' | 'drafter'>, ctx: StyleContext): Xml {
  const recipients =
    createParagraph(model.recipients.label, 'recipientsLabel', ctx) +
    createParagraphs(model.recipients.lines, 'recipients', ctx) +
    (model.drafter === undefined ? '' : createParagraph(model.drafter, 'drafter', ctx));
  const [firstTitle = [], ...otherTitles] = model.signer.titleLines;
  const signer =
    // The signer's first line stands level with "Nơi nhận:".
    createParagraph(firstTitle, 'signerTitle', ctx, { before: spacingTwips(ctx.looks.recipientsLabel.before) }) +
    createParagraphs(otherTitles, 'signerTitle', ctx) +
    // The room for the signature and the seal: empty lines as tall as the name's.
    createParagraphs(
      Array.from({ length: SIGNATURE_GAP_LINES }, () => []),
      'signerName',
      ctx,
    ) +
    createParagraph(model.signer.name, 'signerName', ctx);
  return createLayoutTable([CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH], [{ cells: [recipients, signer], cantSplit: true }]);
}
