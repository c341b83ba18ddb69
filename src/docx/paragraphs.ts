// Building blocks shared by every part: a paragraph in its named style (direct formatting only where
// it differs from the style), runs with their emphasis, and the decree's drawn lines and boxes,
// which are paragraph borders (a .docx has no other line that stays put in Word and LibreOffice alike).
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { Line } from '../model/document.js';
import { measureLine, type BaseLook } from './measure-text.js';
import {
  DEFAULT_STYLE_SHEET,
  resolveSheet,
  type ResolvedLook,
  type ResolvedSheet,
  type StyleAlignment,
  type StyleKey,
  type StyleSheet,
} from './named-styles.js';
import { BOX_PADDING } from './styles.js';
import { halfPoints, twipsFromPt } from './units.js';

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export const ALIGNMENTS: Record<StyleAlignment, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** The style sheet a document is written with, and every style's effective look. */
export interface StyleContext {
  sheet: StyleSheet;
  looks: ResolvedSheet;
}

export function createStyleContext(sheet: StyleSheet = DEFAULT_STYLE_SHEET): StyleContext {
  return { sheet, looks: resolveSheet(sheet) };
}

/** A style's look in the units text measuring takes (half-points). */
export function measureLookOf(look: ResolvedLook): BaseLook {
  return { size: halfPoints(look.size), bold: look.bold, italic: look.italic };
}

/** What a paragraph sets on top of its style, in twips; only what differs. */
export interface DirectFormat {
  alignment?: StyleAlignment;
  before?: number;
  after?: number;
  /** Indents from the column's sides. */
  left?: number;
  right?: number;
}

/**
 * The runs of a line in a paragraph of `look`: a run's own bold/italic are kept (OR-ed with the
 * style's), and written on the run only where the style does not already give them. A TODO left
 * in a draft is highlighted.
 */
export function createRuns(line: Line, look: Pick<ResolvedLook, 'bold' | 'italic'>, extra: { bold?: boolean } = {}): TextRun[] {
  const styleBold = look.bold;
  return line.map((run) => {
    const bold = !styleBold && (run.bold === true || extra.bold === true);
    const italic = !look.italic && run.italic === true;
    const highlight = run.highlight === true;
    return bold || italic || highlight
      ? new TextRun({ text: run.text, ...(bold ? { bold: true } : {}), ...(italic ? { italics: true } : {}), ...(highlight ? { highlight: 'yellow' } : {}) })
      : new TextRun(run.text);
  });
}

export function createParagraph(line: Line, key: StyleKey, ctx: StyleContext, direct: DirectFormat = {}): Paragraph {
  const look = ctx.looks[key];
  const spacing = {
    ...(direct.before === undefined ? {} : { before: direct.before }),
    ...(direct.after === undefined ? {} : { after: direct.after }),
  };
  const indent = {
    ...(direct.left === undefined ? {} : { left: Math.round(direct.left) }),
    ...(direct.right === undefined ? {} : { right: Math.round(direct.right) }),
  };
  return new Paragraph({
    style: ctx.sheet[key].id,
    children: createRuns(line, look),
    ...(direct.alignment === undefined || direct.alignment === look.alignment ? {} : { alignment: ALIGNMENTS[direct.alignment] }),
    ...(Object.keys(spacing).length > 0 ? { spacing } : {}),
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
  });
}

/** Several lines, each its own paragraph, in the same style. */
export function createParagraphs(lines: Line[], key: StyleKey, ctx: StyleContext): Paragraph[] {
  return lines.map((line) => createParagraph(line, key, ctx));
}

/**
 * A solid horizontal line `width` twips long, centred in a column `columnWidth` wide: an empty
 * paragraph in the line style (a bottom border, a tiny height) whose side indents leave `width`.
 */
export function createRule(width: number, columnWidth: number, ctx: StyleContext, after?: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return createParagraph([], 'rule', ctx, { left: side, right: side, ...(after === undefined ? {} : { after }) });
}

/**
 * A line of text in a single-line box (the style's four borders), its side indents shrunk to the
 * text plus a little padding, centred in the column (or at its left edge).
 */
export function createBox(line: Line, key: StyleKey, ctx: StyleContext, columnWidth: number, placement: 'center' | 'left'): Paragraph {
  const inner = Math.min(columnWidth, Math.ceil(measureLine(line, measureLookOf(ctx.looks[key]))) + 2 * BOX_PADDING);
  const free = columnWidth - inner;
  const left = placement === 'center' ? Math.floor(free / 2) : 0;
  return createParagraph(line, key, ctx, { left, right: free - left });
}

/** Twips from a style's spacing in pt (for a paragraph that takes another style's spacing). */
export function spacingTwips(pt: number): number {
  return twipsFromPt(pt);
}
