// Building blocks shared by every part: a paragraph in its named style (direct formatting only where
// it differs from the style), runs with their emphasis, and the decree's drawn lines and boxes,
// which are paragraph borders (a .docx has no other line that stays put in Word and LibreOffice alike).
import { createFootnoteReference } from './footnotes.js';
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
import { escapeXml, type Xml } from './xml.js';

/** `w:jc` of each alignment. */
export const ALIGNMENTS: Record<StyleAlignment, string> = {
  left: 'left',
  center: 'center',
  right: 'right',
  justify: 'both',
};

/** The style sheet a document is written with, every style's effective look, and the document's
 * footnotes as they are met (Word numbers them in the order of their marks). */
export interface StyleContext {
  sheet: StyleSheet;
  looks: ResolvedSheet;
  /** The `w:footnote` elements written so far; a mark's id is its place here plus one. */
  footnotes: Xml[];
}

export function createStyleContext(sheet: StyleSheet = DEFAULT_STYLE_SHEET): StyleContext {
  return { sheet, looks: resolveSheet(sheet), footnotes: [] };
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
  /** Kept on the page of the next paragraph, where the style does not already keep it. */
  keepNext?: boolean;
}

/** A run of text, with the properties it sets itself. */
export function textRun(text: string, properties: Xml = ''): Xml {
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/**
 * The runs of a line in a paragraph of `look`: a run's own bold/italic are kept (OR-ed with the
 * style's), and written on the run only where the style does not already give them. A TODO left
 * in a draft is highlighted.
 */
export function createRuns(line: Line, look: Pick<ResolvedLook, 'bold' | 'italic'>, ctx: StyleContext, extra: { bold?: boolean } = {}): Xml {
  let out = '';
  for (const run of line) {
    // A footnote ^[…]: its reference mark here, its note at the page foot (footnotes.ts).
    if (run.footnote !== undefined) {
      out += createFootnoteReference(run.footnote, ctx);
      continue;
    }
    const bold = !look.bold && (run.bold === true || extra.bold === true);
    const italic = !look.italic && run.italic === true;
    const highlight = run.highlight === true;
    out += textRun(run.text, (bold ? '<w:b/><w:bCs/>' : '') + (italic ? '<w:i/><w:iCs/>' : '') + (highlight ? '<w:highlight w:val="yellow"/>' : ''));
  }
  return out;
}

/** `w:spacing` with the values given (docx's attribute order: after, before). */
function spacingXml(before: number | undefined, after: number | undefined): Xml {
  if (before === undefined && after === undefined) return '';
  return `<w:spacing${after === undefined ? '' : ` w:after="${after}"`}${before === undefined ? '' : ` w:before="${before}"`}/>`;
}

/** `w:ind` with the side indents given. */
function indentXml(left: number | undefined, right: number | undefined): Xml {
  if (left === undefined && right === undefined) return '';
  return `<w:ind${left === undefined ? '' : ` w:left="${Math.round(left)}"`}${right === undefined ? '' : ` w:right="${Math.round(right)}"`}/>`;
}

/** A paragraph's properties: its style, then what it sets itself, in the schema's order. */
export function paragraphProperties(styleId: string, keepNext: boolean, direct: Pick<DirectFormat, 'before' | 'after' | 'left' | 'right'>, alignment?: StyleAlignment): Xml {
  return (
    `<w:pPr><w:pStyle w:val="${escapeXml(styleId)}"/>${keepNext ? '<w:keepNext/>' : ''}` +
    spacingXml(direct.before, direct.after) +
    indentXml(direct.left, direct.right) +
    `${alignment === undefined ? '' : `<w:jc w:val="${ALIGNMENTS[alignment]}"/>`}</w:pPr>`
  );
}

export function createParagraph(line: Line, key: StyleKey, ctx: StyleContext, direct: DirectFormat = {}): Xml {
  const look = ctx.looks[key];
  const alignment = direct.alignment === undefined || direct.alignment === look.alignment ? undefined : direct.alignment;
  return `<w:p>${paragraphProperties(ctx.sheet[key].id, direct.keepNext === true && !look.keepNext, direct, alignment)}${createRuns(line, look, ctx)}</w:p>`;
}

/** Several lines, each its own paragraph, in the same style. */
export function createParagraphs(lines: Line[], key: StyleKey, ctx: StyleContext): Xml {
  let out = '';
  for (const line of lines) out += createParagraph(line, key, ctx);
  return out;
}

/**
 * A solid horizontal line `width` twips long, centred in a column `columnWidth` wide: an empty
 * paragraph in the line style (a bottom border, a tiny height) whose side indents leave `width`.
 */
export function createRule(width: number, columnWidth: number, ctx: StyleContext, after?: number): Xml {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return createParagraph([], 'rule', ctx, { left: side, right: side, ...(after === undefined ? {} : { after }) });
}

/**
 * A line of text in a single-line box (the style's four borders), its side indents shrunk to the
 * text plus a little padding, centred in the column (or at its left edge).
 */
export function createBox(line: Line, key: StyleKey, ctx: StyleContext, columnWidth: number, placement: 'center' | 'left'): Xml {
  const inner = Math.min(columnWidth, Math.ceil(measureLine(line, measureLookOf(ctx.looks[key]))) + 2 * BOX_PADDING);
  const free = columnWidth - inner;
  const left = placement === 'center' ? Math.floor(free / 2) : 0;
  return createParagraph(line, key, ctx, { left, right: free - left });
}

/** Twips from a style's spacing in pt (for a paragraph that takes another style's spacing). */
export function spacingTwips(pt: number): number {
  return twipsFromPt(pt);
}
