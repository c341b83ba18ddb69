// HTML-like rows laid onto the column grid: spans, cells covered from above, short rows.
import { describe, expect, it } from 'vitest';
import { layOutGrid } from '../../src/docx/table-grid.js';
import type { TableBlock } from '../../src/model/document.js';
import { targetsTable } from '../fixtures/model/sample-model.js';

const cell = (text: string, spans: { colSpan?: number; rowSpan?: number } = {}) => ({ paragraphs: [[{ text }]], ...spans });
const describeSlots = (table: TableBlock): string[][] =>
  layOutGrid(table).map(({ slots }) =>
    slots.map((s) =>
      s.kind === 'cell'
        ? `${s.cell.paragraphs[0]?.[0]?.text ?? ''}@${s.column}x${s.colSpan}/${s.rowSpan}`
        : `${s.kind}@${s.column}${s.kind === 'continue' ? `x${s.colSpan}` : ''}`,
    ),
  );

describe('layOutGrid', () => {
  it('places the targets table’s two-level header', () => {
    if (targetsTable.kind !== 'table') throw new Error('fixture');
    const [row0, row1, row2] = describeSlots(targetsTable);
    expect(row0).toEqual(['STT@0x1/2', 'Chỉ số thành phần@1x1/2', 'Năm 2021@2x2/1', 'Mục tiêu 2022@4x2/1', 'Đơn vị chủ trì@6x1/2']);
    expect(row1).toEqual([
      'continue@0x1',
      'continue@1x1',
      'Chỉ số (%)@2x1/1',
      'Thứ hạng@3x1/1',
      'Chỉ số (%)@4x1/1',
      'Thứ hạng@5x1/1',
      'continue@6x1',
    ]);
    expect(row2).toHaveLength(7);
    expect(row2!.every((s) => !s.startsWith('continue'))).toBe(true);
  });

  it('carries a merged block of several columns down as one continuing cell per row', () => {
    const table: TableBlock = {
      kind: 'table',
      columnWidths: [1, 1, 1],
      rows: [
        { cells: [cell('a', { colSpan: 2, rowSpan: 3 }), cell('b')] },
        { cells: [cell('c')] },
        { cells: [cell('d')] },
        { cells: [cell('e'), cell('f'), cell('g')] },
      ],
    };
    expect(describeSlots(table)).toEqual([
      ['a@0x2/3', 'b@2x1/1'],
      ['continue@0x2', 'c@2x1/1'],
      ['continue@0x2', 'd@2x1/1'],
      ['e@0x1/1', 'f@1x1/1', 'g@2x1/1'],
    ]);
  });

  it('fills a short row with empty cells and clips a rowSpan at the last row', () => {
    const table: TableBlock = {
      kind: 'table',
      columnWidths: [1, 1, 1],
      rows: [{ cells: [cell('a', { rowSpan: 5 }), cell('b')] }, { cells: [] }],
    };
    expect(describeSlots(table)).toEqual([
      ['a@0x1/2', 'b@1x1/1', 'filler@2'],
      ['continue@0x1', 'filler@1', 'filler@2'],
    ]);
  });

  it('refuses a row wider than the grid, or a span into a merged cell', () => {
    const wide: TableBlock = { kind: 'table', columnWidths: [1, 1], rows: [{ cells: [cell('a'), cell('b'), cell('c')] }] };
    expect(() => layOutGrid(wide)).toThrow(/row 1 holds more than the 2 columns/);
    const overlap: TableBlock = {
      kind: 'table',
      columnWidths: [1, 1, 1],
      rows: [{ cells: [cell('a'), cell('b', { rowSpan: 2 }), cell('c')] }, { cells: [cell('d', { colSpan: 2 })] }],
    };
    expect(() => layOutGrid(overlap)).toThrow(/row 2/);
  });
});
