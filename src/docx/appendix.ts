// Phụ lục (ND30 §4): a section of its own, landscape when the model says so, opening with the
// label, the name and "(Kèm theo …)" with a short line under it, then its blocks.
import type { ISectionOptions } from 'docx';
import type { Appendix } from '../model/document.js';
import { createBlocks, keepTablesApart } from './body.js';
import { measureLongestLine } from './measure-text.js';
import { createPageSetup, textWidthOf } from './page.js';
import { createParagraph, createParagraphs, createRule, measureLookOf, type StyleContext } from './paragraphs.js';
import { APPENDIX_RULE_MAX, APPENDIX_RULE_RATIO, TITLE_SPACING_AFTER } from './styles.js';

export function createAppendixSection(appendix: Appendix, ctx: StyleContext): ISectionOptions {
  const textWidth = textWidthOf(appendix.orientation);
  const attachedWidth = measureLongestLine([appendix.attachedTo], measureLookOf(ctx.looks.appendixAttachedTo), textWidth);
  const ruleWidth = Math.min(attachedWidth * APPENDIX_RULE_RATIO, APPENDIX_RULE_MAX);
  return {
    ...createPageSetup(appendix.orientation, ctx),
    children: keepTablesApart([
      createParagraph(appendix.label, 'appendixLabel', ctx),
      ...createParagraphs(appendix.title, 'appendixTitle', ctx),
      createParagraph(appendix.attachedTo, 'appendixAttachedTo', ctx),
      createRule(ruleWidth, textWidth, ctx, TITLE_SPACING_AFTER),
      ...createBlocks(appendix.blocks, textWidth, ctx),
    ], ctx),
  };
}
