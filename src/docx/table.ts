// Tables of the body and the appendices (ND30 §4): the table styles (13 pt), single borders, header rows bold, centred
// and repeated on each page, total and group rows bold, merged cells, widths scaled to the page.
import type { CellAlign, TableBlock, TableRow as ModelRow } from '../model/document.js';
import { columnNeeds, fitColumnWidths } from './fit-columns.js';
import { cellMarginsXml, gridXml } from './layout-table.js';
import { createRuns, measureLookOf, paragraphProperties, type StyleContext } from './paragraphs.js';
import { TABLE_BORDER_SIZE, TABLE_CELL_MARGIN_SIDE, TEXT_COLOR } from './styles.js';
import { layOutGrid, type GridSlot } from './table-grid.js';
import type { Xml } from './xml.js';

/** Relative widths scaled to whole twips that add up to exactly `textWidth`. */
export function scaleColumnWidths(relative: number[], textWidth: number): number[] {
  const total = relative.reduce((sum, w) => sum + Math.max(0, w), 0);
  const count = relative.length;
  const scaled = relative.map((w) => (total > 0 ? Math.floor((Math.max(0, w) / total) * textWidth) : Math.floor(textWidth / count)));
  const rest = textWidth - scaled.reduce((sum, w) => sum + w, 0);
  if (count > 0) scaled[count - 1] = (scaled[count - 1] ?? 0) + rest;
  return scaled;
}

/** A cell's paragraph: header rows in the header style (bold, centred), others in the table style. */
function createCellParagraph(
  runs: ModelRow['cells'][number]['paragraphs'][number],
  row: ModelRow,
  align: CellAlign | undefined,
  ctx: StyleContext,
  keepNext: boolean,
): Xml {
  const key = row.header === true ? 'tableHeader' : 'table';
  const look = ctx.looks[key];
  const alignment = align === undefined || align === look.alignment ? undefined : align;
  // A group row stays with its first task (no group row alone at a page foot); the last row of a
  // body ending with a table stays with the signer's block.
  const keep = (keepNext || row.group === true) && !look.keepNext;
  return `<w:p>${paragraphProperties(ctx.sheet[key].id, keep, {}, alignment)}${createRuns(runs, look, ctx, { bold: row.total === true || row.group === true })}</w:p>`;
}

function createCell(slot: GridSlot, row: ModelRow, widths: number[], ctx: StyleContext, keepNext: boolean): Xml {
  const colSpan = slot.kind === 'filler' ? 1 : slot.colSpan;
  const width = widths.slice(slot.column, slot.column + colSpan).reduce((sum, w) => sum + w, 0);
  const merge = slot.kind === 'continue' ? 'continue' : slot.kind === 'cell' && slot.rowSpan > 1 ? 'restart' : undefined;
  const properties =
    `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : ''}` +
    `${merge === undefined ? '' : `<w:vMerge w:val="${merge}"/>`}<w:vAlign w:val="center"/></w:tcPr>`;
  if (slot.kind !== 'cell') {
    return `<w:tc>${properties}<w:p>${paragraphProperties(ctx.sheet.table.id, false, { before: 0, after: 0 })}</w:p></w:tc>`;
  }
  const paragraphs = slot.cell.paragraphs.length > 0 ? slot.cell.paragraphs : [[]];
  let out = `<w:tc>${properties}`;
  for (const runs of paragraphs) out += createCellParagraph(runs, row, slot.cell.align, ctx, keepNext);
  return `${out}</w:tc>`;
}

const LINE = `w:val="single" w:color="${TEXT_COLOR}" w:sz="${TABLE_BORDER_SIZE}"`;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((edge) => `<w:${edge} ${LINE}/>`).join('')}</w:tblBorders>`;

export function createTable(block: TableBlock, textWidth: number, ctx: StyleContext, keepLastRowWithNext = false): Xml {
  const looks = { header: measureLookOf(ctx.looks.tableHeader), body: measureLookOf(ctx.looks.table) };
  const widths = fitColumnWidths(scaleColumnWidths(block.columnWidths, textWidth), columnNeeds(block, looks, TABLE_CELL_MARGIN_SIDE));
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/>${BORDERS}<w:tblLayout w:type="fixed"/>` +
    `${cellMarginsXml(0, TABLE_CELL_MARGIN_SIDE, 0)}</w:tblPr>${gridXml(widths)}`;
  const rows = layOutGrid(block);
  rows.forEach(({ row, slots }, i) => {
    // A row is not broken across pages (a row taller than a page still breaks); only the leading
    // header rows repeat on each page (Word ignores the mark further down).
    out += `<w:tr><w:trPr><w:cantSplit/>${row.header === true ? '<w:tblHeader/>' : ''}</w:trPr>`;
    const keep = keepLastRowWithNext && i === rows.length - 1;
    for (const slot of slots) out += createCell(slot, row, widths, ctx, keep);
    out += '</w:tr>';
  });
  return `${out}</w:tbl>`;
}
