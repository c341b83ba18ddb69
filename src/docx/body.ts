// Ô 6: the body's paragraphs and tables, each role in its ND30 look.
import { AlignmentType, LineRuleType, Paragraph, Table } from 'docx';
import type { Block, ParagraphBlock } from '../model/document.js';
import { createParagraph } from './paragraphs.js';
import {
  BODY_FIRST_LINE_INDENT,
  BODY_LINE_SPACING,
  BODY_SPACING_AFTER,
  ROLE_EMPHASIS,
  RULE_PARAGRAPH_LINE,
  RULE_PARAGRAPH_SIZE,
  SIZE_BODY,
} from './styles.js';
import { createTable } from './table.js';

/** `afterTable`: the paragraph follows a table, and keeps the same room from it as from a paragraph. */
export function createBodyParagraph(block: ParagraphBlock, afterTable = false): Paragraph {
  const emphasis = ROLE_EMPHASIS[block.role];
  return createParagraph(block.runs, {
    before: afterTable ? BODY_SPACING_AFTER : 0,
    size: SIZE_BODY,
    bold: emphasis.bold,
    italic: emphasis.italic,
    alignment: AlignmentType.JUSTIFIED,
    firstLine: BODY_FIRST_LINE_INDENT,
    after: BODY_SPACING_AFTER,
    line: BODY_LINE_SPACING,
    keepNext: emphasis.keepNext,
  });
}

/** The blocks of the body or of an appendix; tables are scaled to `textWidth`. */
export function createBlocks(blocks: Block[], textWidth: number): (Paragraph | Table)[] {
  return blocks.map((block, i) =>
    block.kind === 'paragraph'
      ? createBodyParagraph(block, blocks[i - 1]?.kind === 'table')
      : createTable(block, textWidth),
  );
}

/**
 * Two tables side by side in the XML are one table to Word, so a tiny empty paragraph is put
 * between any two that would touch (a body ending with a table, then the closing block).
 */
export function keepTablesApart(children: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return children.flatMap((child, i) =>
    child instanceof Table && children[i + 1] instanceof Table
      ? [
          child,
          new Paragraph({
            spacing: { before: 0, after: 0, line: RULE_PARAGRAPH_LINE, lineRule: LineRuleType.EXACT },
            run: { size: RULE_PARAGRAPH_SIZE },
          }),
        ]
      : [child],
  );
}
