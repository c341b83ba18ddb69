// Ô 5a: the type ("KẾ HOẠCH") and the subject, centred and bold, with a line under the subject
// 1/3 to 1/2 as long as its longest line.
import type { DocumentTitle } from '../model/document.js';
import { measureLongestLine } from './measure-text.js';
import { balancedWidth } from './balance-lines.js';
import { createParagraph, createRule, measureLookOf, type StyleContext } from './paragraphs.js';
import { SUBJECT_RULE_RATIO, TITLE_SPACING_AFTER } from './styles.js';
import type { Xml } from './xml.js';

export function createTitle(title: DocumentTitle, textWidth: number, ctx: StyleContext): Xml {
  const look = measureLookOf(ctx.looks.subject);
  // Each line of the subject that wraps is set in a narrower, centred column, so its lines balance.
  const columns = title.subject.map((line) => balancedWidth(line, look, textWidth));
  const subjectWidth = Math.max(0, ...title.subject.map((line, i) => measureLongestLine([line], look, columns[i] ?? textWidth)));
  return (
    createParagraph(title.type, 'type', ctx) +
    title.subject
      .map((line, i) => {
        const side = (textWidth - (columns[i] ?? textWidth)) / 2;
        return createParagraph(line, 'subject', ctx, side > 0 ? { left: side, right: side } : {});
      })
      .join('') +
    createRule(subjectWidth * SUBJECT_RULE_RATIO, textWidth, ctx, TITLE_SPACING_AFTER)
  );
}
