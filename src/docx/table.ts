// Tables of the body and the appendices (ND30 §4): the table styles (13 pt), single borders, header rows bold, centred
// and repeated on each page, total and group rows bold, merged cells, widths scaled to the page.
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { CellAlign, TableBlock, TableRow as ModelRow } from '../model/document.js';
import { columnNeeds, fitColumnWidths } from './fit-columns.js';
import { ALIGNMENTS, createRuns, measureLookOf, type Alignment, type StyleContext } from './paragraphs.js';
import { TABLE_BORDER_SIZE, TABLE_CELL_MARGIN_SIDE, TEXT_COLOR } from './styles.js';
import { layOutGrid, type GridSlot } from './table-grid.js';


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
): Paragraph {
  const key = row.header === true ? 'tableHeader' : 'table';
  const look = ctx.looks[key];
  const alignment: Alignment | undefined = align === undefined || align === look.alignment ? undefined : ALIGNMENTS[align];
  return new Paragraph({
    style: ctx.sheet[key].id,
    children: createRuns(runs, look, { bold: row.total === true || row.group === true }),
    ...(alignment === undefined ? {} : { alignment }),
    // A group row stays with its first task (no group row alone at a page foot); the last row of a
    // body ending with a table stays with the signer's block.
    ...((keepNext || row.group === true) && !look.keepNext ? { keepNext: true } : {}),
  });
}

function createCell(slot: GridSlot, row: ModelRow, widths: number[], ctx: StyleContext, keepNext: boolean): TableCell {
  const colSpan = slot.kind === 'filler' ? 1 : slot.colSpan;
  const width = widths.slice(slot.column, slot.column + colSpan).reduce((sum, w) => sum + w, 0);
  const common = {
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
  };
  if (slot.kind !== 'cell') {
    const empty = new Paragraph({ style: ctx.sheet.table.id, spacing: { before: 0, after: 0 } });
    return new TableCell({
      ...common,
      ...(slot.kind === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
      children: [empty],
    });
  }
  const paragraphs = slot.cell.paragraphs.length > 0 ? slot.cell.paragraphs : [[]];
  return new TableCell({
    ...common,
    ...(slot.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    children: paragraphs.map((runs) => createCellParagraph(runs, row, slot.cell.align, ctx, keepNext)),
  });
}

export function createTable(block: TableBlock, textWidth: number, ctx: StyleContext, keepLastRowWithNext = false): Table {
  const looks = { header: measureLookOf(ctx.looks.tableHeader), body: measureLookOf(ctx.looks.table) };
  const widths = fitColumnWidths(scaleColumnWidths(block.columnWidths, textWidth), columnNeeds(block, looks, TABLE_CELL_MARGIN_SIDE));
  const line = { style: BorderStyle.SINGLE, size: TABLE_BORDER_SIZE, color: TEXT_COLOR };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: TABLE_CELL_MARGIN_SIDE, right: TABLE_CELL_MARGIN_SIDE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: layOutGrid(block).map(
      ({ row, slots }, i, all) =>
        new TableRow({
          // Only the leading header rows repeat on each page; Word ignores the mark further down.
          ...(row.header === true ? { tableHeader: true } : {}),
          // A row is not broken across pages (a row taller than a page still breaks).
          cantSplit: true,
          children: slots.map((slot) => createCell(slot, row, widths, ctx, keepLastRowWithNext && i === all.length - 1)),
        }),
    ),
  });
}
