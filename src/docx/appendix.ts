// Phụ lục (ND30 §4): a section of its own, landscape when the model says so, opening with the
// label, the name and "(Kèm theo …)" with a short line under it, then its blocks.
import type { Appendix } from '../model/document.js';
import { createBlocks, keepTablesApart } from './body.js';
import { measureLongestLine } from './measure-text.js';
import { textWidthOf } from './page.js';
import { createParagraph, createParagraphs, createRule, measureLookOf, type StyleContext } from './paragraphs.js';
import { APPENDIX_RULE_MAX, APPENDIX_RULE_RATIO, TITLE_SPACING_AFTER } from './styles.js';
import type { Xml } from './xml.js';

/** The appendix's content, in pieces; its page setup is the section's (write-docx.ts). */
export function createAppendixContent(appendix: Appendix, ctx: StyleContext): Xml[] {
  const textWidth = textWidthOf(appendix.orientation);
  const attachedWidth = measureLongestLine([appendix.attachedTo], measureLookOf(ctx.looks.appendixAttachedTo), textWidth);
  const ruleWidth = Math.min(attachedWidth * APPENDIX_RULE_RATIO, APPENDIX_RULE_MAX);
  return keepTablesApart(
    [
      createParagraph(appendix.label, 'appendixLabel', ctx) +
        createParagraphs(appendix.title, 'appendixTitle', ctx) +
        createParagraph(appendix.attachedTo, 'appendixAttachedTo', ctx) +
        createRule(ruleWidth, textWidth, ctx, TITLE_SPACING_AFTER),
      ...createBlocks(appendix.blocks, textWidth, ctx),
    ],
    ctx,
  );
}
