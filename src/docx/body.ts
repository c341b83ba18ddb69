// Ô 6: the body's paragraphs and tables, each role in its ND30 look.
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Block, ParagraphBlock } from '../model/document.js';
import { createParagraph } from './paragraphs.js';
import { BODY_FIRST_LINE_INDENT, BODY_LINE_SPACING, BODY_SPACING_AFTER, ROLE_EMPHASIS, SIZE_BODY } from './styles.js';
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
