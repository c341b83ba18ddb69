// Ô 5a: the type ("KẾ HOẠCH") and the subject, centred and bold, with a line under the subject
// 1/3 to 1/2 as long as its longest line.
import { AlignmentType, type Paragraph } from 'docx';
import type { DocumentTitle } from '../model/document.js';
import { measureLongestLine } from './measure-text.js';
import { createParagraph, createParagraphs, createRule } from './paragraphs.js';
import { SIZE_SUBJECT, SIZE_TYPE, SUBJECT_RULE_RATIO, TITLE_SPACING_AFTER, TITLE_SPACING_BEFORE } from './styles.js';

export function createTitle(title: DocumentTitle, textWidth: number): Paragraph[] {
  const subjectLook = { size: SIZE_SUBJECT, bold: true };
  const subjectWidth = measureLongestLine(title.subject, subjectLook, textWidth);
  return [
    createParagraph(title.type, {
      size: SIZE_TYPE,
      bold: true,
      alignment: AlignmentType.CENTER,
      before: TITLE_SPACING_BEFORE,
      keepNext: true,
    }),
    ...createParagraphs(title.subject, { ...subjectLook, alignment: AlignmentType.CENTER, keepNext: true }),
    createRule(subjectWidth * SUBJECT_RULE_RATIO, textWidth, TITLE_SPACING_AFTER),
  ];
}
