// The borderless tables that place the header's and the closing block's two columns side by side.
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';

export interface LayoutRow {
  /** The paragraphs of each column, left to right. */
  cells: Paragraph[][];
  /** Keep the row on one page (the signer's block). */
  cantSplit?: boolean;
}

/** A borderless, fixed-width table whose cells have no padding, so a column's width is its text's. */
export function createLayoutTable(widths: number[], rows: LayoutRow[]): Table {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (row) =>
        new TableRow({
          ...(row.cantSplit === true ? { cantSplit: true } : {}),
          children: row.cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                // A cell must hold a paragraph; an empty column gets an empty one.
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
