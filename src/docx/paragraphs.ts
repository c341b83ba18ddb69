// Building blocks shared by every part: runs with their emphasis, a centred paragraph, and the
// decree's drawn lines and boxes, which are paragraph borders (a .docx has no other line that
// stays put in Word and LibreOffice alike).
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Line } from '../model/document.js';
import { measureLine, type BaseLook } from './measure-text.js';
import {
  BOX_BORDER_SPACE_PT,
  BOX_PADDING,
  RULE_PARAGRAPH_LINE,
  RULE_PARAGRAPH_SIZE,
  RULE_SPACE_PT,
  RULE_THICKNESS,
  SINGLE_LINE_SPACING,
  TEXT_COLOR,
} from './styles.js';

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface ParagraphLook extends BaseLook {
  alignment: Alignment;
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line; single when absent. */
  line?: number;
  firstLine?: number;
  keepNext?: boolean;
  /** Indents from the column's sides, in twips. */
  left?: number;
  right?: number;
}

/** The runs of a line: the run's own bold/italic are kept, OR-ed with the part's. */
export function createRuns(line: Line, look: BaseLook): TextRun[] {
  return line.map(
    (run) =>
      new TextRun({
        text: run.text,
        size: look.size,
        ...(run.bold === true || look.bold === true ? { bold: true } : {}),
        ...(run.italic === true || look.italic === true ? { italics: true } : {}),
      }),
  );
}

export function createParagraph(line: Line, look: ParagraphLook): Paragraph {
  const indent = {
    ...(look.left === undefined ? {} : { left: Math.round(look.left) }),
    ...(look.right === undefined ? {} : { right: Math.round(look.right) }),
    ...(look.firstLine === undefined ? {} : { firstLine: look.firstLine }),
  };
  return new Paragraph({
    children: createRuns(line, look),
    alignment: look.alignment,
    spacing: {
      before: look.before ?? 0,
      after: look.after ?? 0,
      line: look.line ?? SINGLE_LINE_SPACING,
      lineRule: LineRuleType.AUTO,
    },
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
    ...(look.keepNext === true ? { keepNext: true } : {}),
    // The paragraph mark takes the size too, so an empty line is as tall as a full one.
    run: { size: look.size },
  });
}

/** Several lines, each its own paragraph, with the same look. */
export function createParagraphs(lines: Line[], look: ParagraphLook): Paragraph[] {
  return lines.map((line) => createParagraph(line, look));
}

/**
 * A solid horizontal line `width` twips long, centred in a column `columnWidth` wide: the bottom
 * border of an empty, tiny paragraph whose side indents leave exactly `width` between them.
 */
export function createRule(width: number, columnWidth: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    spacing: { before: 0, after, line: RULE_PARAGRAPH_LINE, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, space: RULE_SPACE_PT, color: TEXT_COLOR },
    },
    keepNext: true,
    run: { size: RULE_PARAGRAPH_SIZE },
  });
}

/**
 * A line of text in a single-line box: the paragraph's four borders, its side indents shrunk to the
 * text plus a little padding, centred in the column (or at its left edge).
 */
export function createBox(
  line: Line,
  look: BaseLook & { before?: number; after?: number },
  columnWidth: number,
  placement: 'center' | 'left',
): Paragraph {
  const inner = Math.min(columnWidth, Math.ceil(measureLine(line, look)) + 2 * BOX_PADDING);
  const free = columnWidth - inner;
  const left = placement === 'center' ? Math.floor(free / 2) : 0;
  const edge = { style: BorderStyle.SINGLE, size: RULE_THICKNESS, space: BOX_BORDER_SPACE_PT, color: TEXT_COLOR };
  return new Paragraph({
    children: createRuns(line, look),
    alignment: AlignmentType.CENTER,
    spacing: { before: look.before ?? 0, after: look.after ?? 0, line: SINGLE_LINE_SPACING, lineRule: LineRuleType.AUTO },
    indent: { left, right: free - left },
    border: { top: edge, bottom: edge, left: edge, right: edge },
    run: { size: look.size },
  });
}
