// Phụ lục (ND30 §4): a section of its own, landscape when the model says so, opening with the
// label, the name and "(Kèm theo …)" with a short line under it, then its blocks.
import { AlignmentType, type ISectionOptions } from 'docx';
import type { Appendix } from '../model/document.js';
import { createBlocks, keepTablesApart } from './body.js';
import { measureLongestLine } from './measure-text.js';
import { createPageSetup, textWidthOf } from './page.js';
import { createParagraph, createParagraphs, createRule } from './paragraphs.js';
import {
  APPENDIX_RULE_MAX,
  APPENDIX_RULE_RATIO,
  SIZE_APPENDIX_ATTACHED_TO,
  SIZE_APPENDIX_LABEL,
  SIZE_APPENDIX_TITLE,
  TITLE_SPACING_AFTER,
} from './styles.js';

export function createAppendixSection(appendix: Appendix): ISectionOptions {
  const textWidth = textWidthOf(appendix.orientation);
  const center = AlignmentType.CENTER;
  const attachedLook = { size: SIZE_APPENDIX_ATTACHED_TO, italic: true };
  const attachedWidth = measureLongestLine([appendix.attachedTo], attachedLook, textWidth);
  const ruleWidth = Math.min(attachedWidth * APPENDIX_RULE_RATIO, APPENDIX_RULE_MAX);
  return {
    ...createPageSetup(appendix.orientation),
    children: keepTablesApart([
      createParagraph(appendix.label, { size: SIZE_APPENDIX_LABEL, bold: true, alignment: center, keepNext: true }),
      ...createParagraphs(appendix.title, { size: SIZE_APPENDIX_TITLE, bold: true, alignment: center, keepNext: true }),
      createParagraph(appendix.attachedTo, { ...attachedLook, alignment: center, keepNext: true }),
      createRule(ruleWidth, textWidth, TITLE_SPACING_AFTER),
      ...createBlocks(appendix.blocks, textWidth),
    ]),
  };
}
