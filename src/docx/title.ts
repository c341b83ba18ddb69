// Ô 5a: the type ("KẾ HOẠCH") and the subject, centred and bold, with a line under the subject
// 1/3 to 1/2 as long as its longest line.
import type { Paragraph } from 'docx';
import type { DocumentTitle } from '../model/document.js';
import { measureLongestLine } from './measure-text.js';
import { createParagraph, createParagraphs, createRule, measureLookOf, type StyleContext } from './paragraphs.js';
import { SUBJECT_RULE_RATIO, TITLE_SPACING_AFTER } from './styles.js';

export function createTitle(title: DocumentTitle, textWidth: number, ctx: StyleContext): Paragraph[] {
  const subjectWidth = measureLongestLine(title.subject, measureLookOf(ctx.looks.subject), textWidth);
  return [
    createParagraph(title.type, 'type', ctx),
    ...createParagraphs(title.subject, 'subject', ctx),
    createRule(subjectWidth * SUBJECT_RULE_RATIO, textWidth, ctx, TITLE_SPACING_AFTER),
  ];
}
