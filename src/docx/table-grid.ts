// Lays a model table's HTML-like rows onto the column grid: where each cell starts, how many
// columns and rows it covers, and which grid slots are covered by a rowSpan from above (those
// cells are absent from the model's lower rows). Pure data, no docx: the writer emits explicit
// vMerge "continue" cells from it instead of relying on docx's own rowSpan handling.
import type { TableBlock, TableCell, TableRow } from '../model/document.js';

export type GridSlot =
  | { kind: 'cell'; cell: TableCell; column: number; colSpan: number; rowSpan: number }
  | { kind: 'continue'; column: number; colSpan: number }
  | { kind: 'filler'; column: number };

export interface GridRow {
  row: TableRow;
  slots: GridSlot[];
}

/** @throws when a row holds more columns than the table has: a bug in whatever built the model. */
export function layOutGrid(table: TableBlock): GridRow[] {
  const columns = table.columnWidths.length;
  // For each column, how many more rows a rowSpan from above still covers, and that span's width.
  const coveredRows = new Array<number>(columns).fill(0);
  const coveredSpan = new Array<number>(columns).fill(1);
  return table.rows.map((row, rowIndex) => {
    const slots: GridSlot[] = [];
    let column = 0;
    const skipCovered = (): void => {
      while (column < columns && (coveredRows[column] ?? 0) > 0) {
        const colSpan = coveredSpan[column] ?? 1;
        slots.push({ kind: 'continue', column, colSpan });
        for (let c = column; c < column + colSpan; c++) coveredRows[c] = (coveredRows[c] ?? 1) - 1;
        column += colSpan;
      }
    };
    for (const cell of row.cells) {
      skipCovered();
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, table.rows.length - rowIndex));
      if (column + colSpan > columns) {
        throw new Error(`table row ${rowIndex + 1} holds more than the ${columns} columns its columnWidths give`);
      }
      if (coveredRows.slice(column, column + colSpan).some((rows) => rows > 0)) {
        throw new Error(`table row ${rowIndex + 1}: a cell spans into a cell merged down from above`);
      }
      slots.push({ kind: 'cell', cell, column, colSpan, rowSpan });
      for (let c = column; c < column + colSpan; c++) {
        coveredRows[c] = rowSpan - 1;
        coveredSpan[c] = colSpan;
      }
      column += colSpan;
    }
    skipCovered();
    // A short row is filled with empty cells, as an HTML table shows it, so the grid stays whole.
    while (column < columns) {
      if ((coveredRows[column] ?? 0) > 0) {
        skipCovered();
      } else {
        slots.push({ kind: 'filler', column });
        column += 1;
      }
    }
    return { row, slots };
  });
}
