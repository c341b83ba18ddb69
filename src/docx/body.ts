// Ô 6: the body's paragraphs and tables, each role in its ND30 look.
import type { Block, ParagraphBlock, ParagraphRole } from '../model/document.js';
import type { StyleKey } from './named-styles.js';
import { createParagraph, spacingTwips, type StyleContext } from './paragraphs.js';
import { createTable } from './table.js';
import type { Xml } from './xml.js';

/** The named style of each role of the body (heading 1–4 carry the outline levels). */
export const ROLE_STYLES: Record<ParagraphRole, StyleKey> = {
  basis: 'basis',
  body: 'normal',
  heading1: 'heading1',
  heading2: 'heading2',
  heading3: 'heading3',
  heading4: 'heading4',
  bullet: 'bullet',
  subbullet: 'subbullet',
  note: 'note',
  label: 'label',
  closing: 'closing',
};

/** `afterTable`: the paragraph follows a table, and keeps the same room from it as from a paragraph. */
export function createBodyParagraph(block: ParagraphBlock, ctx: StyleContext, afterTable = false, keepNext = false): Xml {
  const key = ROLE_STYLES[block.role];
  return createParagraph(block.runs, key, ctx, { ...(afterTable ? { before: spacingTwips(ctx.looks[key].after) } : {}), ...(keepNext ? { keepNext } : {}) });
}

/** The blocks of the body or of an appendix; tables are scaled to `textWidth`. `keepLastWithNext`:
 * the last block, whatever it is, stays on the page of what follows (the body's last paragraph with
 * the Nơi nhận and signer, so the signer never stands alone on a page: issue 10). */
export function createBlocks(blocks: Block[], textWidth: number, ctx: StyleContext, keepLastWithNext = false): Xml[] {
  return blocks.map((block, i) => {
    const last = keepLastWithNext && i === blocks.length - 1;
    const afterTable = blocks[i - 1]?.kind === 'table';
    const key = `${textWidth} ${afterTable ? 1 : 0} ${last ? 1 : 0}`;
    const kept = keptBlocks.get(block);
    if (kept !== undefined && kept.sheet === ctx.sheet && kept.key === key) return kept.xml;
    const notes = ctx.footnotes.length;
    const xml = block.kind === 'paragraph' ? createBodyParagraph(block, ctx, afterTable, last) : createTable(block, textWidth, ctx, last);
    // A block the model froze (markup-to-model keeps them for the plans that share them) cannot
    // change, so its XML is kept with it; not one with a footnote, whose mark's number may differ.
    if (Object.isFrozen(block) && ctx.footnotes.length === notes) keptBlocks.set(block, { sheet: ctx.sheet, key, xml });
    return xml;
  });
}

const keptBlocks = new WeakMap<Block, { sheet: StyleContext['sheet']; key: string; xml: Xml }>();

/**
 * Two tables side by side in the XML are one table to Word, so a tiny empty paragraph is put
 * between any two that would touch (a body ending with a table, then the closing block). The
 * pieces stay apart: the zip deflates runs of them and keeps the runs no plan changed.
 */
export function keepTablesApart(children: Xml[], ctx: StyleContext): Xml[] {
  const isTable = (child: Xml | undefined): boolean => child?.startsWith('<w:tbl>') === true;
  const out: Xml[] = [];
  children.forEach((child, i) => {
    out.push(child);
    if (isTable(child) && isTable(children[i + 1])) out.push(createParagraph([], 'spacer', ctx));
  });
  return out;
}
