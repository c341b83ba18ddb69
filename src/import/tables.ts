// A table of the body as the plan's general table (bang): column widths (relative, from the grid)
// and alignment, one to three header rows (w:tblHeader, or a bold first row with the cells merged
// down from it), cells merged across (gridSpan → gop_cot) and down (vMerge → gop_dong), rows
// numbered in their first column (so_thu_tu, unnumbered rows kept as such), bold rows as total
// (kieu: tong) or group rows (kieu: nhom, one cell across the table). Cell text keeps its emphasis
// and footnotes (^[…]).
import type { Alignment, DocxDocument, Table } from '../docx-read/index.js';
import type { Cell, CellAlign, Row, Table as PlanTable } from '../plan/plan.js';
import { cellLines, clean, wrapWhole, type TextLine } from './lines.js';

type DocxCell = Table['rows'][number]['cells'][number];

const ALIGN: Record<Alignment, CellAlign> = { left: 'trai', center: 'giua', right: 'phai', justify: 'deu', distribute: 'deu' };
/** The writer's own alignment of body cells and of header cells (src/nd30 parts: table left, header centred). */
const BODY_DEFAULT: CellAlign = 'trai';
const HEADER_DEFAULT: CellAlign = 'giua';

interface CellInfo {
  cell: DocxCell;
  lines: TextLine[];
  align: CellAlign;
  /** Every word bold. */
  bold: boolean;
}

function info(cell: DocxCell, doc: DocxDocument): CellInfo {
  const lines = cellLines(cell.blocks, doc);
  const first = cell.blocks.find((b) => b.kind === 'paragraph');
  const align = (first?.kind === 'paragraph' ? ALIGN[first.format.alignment] : undefined) ?? BODY_DEFAULT;
  const texts = lines.filter((l) => clean(l.text) !== '');
  return { cell, lines, align, bold: texts.length > 0 && texts.every((l) => l.bold) };
}

/** A cell's paragraphs as one text; emphasis of a whole paragraph written out unless the row's kind gives it. */
function cellText(c: CellInfo, rowIsBold: boolean): string {
  return clean(
    c.lines
      .map((l) => {
        const m = { marked: l.marked.replace(/\n/g, ' '), bold: l.bold && !rowIsBold, italic: l.italic };
        return wrapWhole(m);
      })
      .filter(Boolean)
      .join(' '),
  );
}

const mostCommon = <T>(values: T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
};

export function planTableOf(table: Table, doc: DocxDocument): PlanTable {
  const columns = Math.max(table.grid.length, ...table.rows.map((r) => r.cells.reduce((n, c) => Math.max(n, c.gridColumn + c.gridSpan), 0)));
  const rows = table.rows.map((r) => r.cells.map((c) => info(c, doc)));

  // ── header rows ──
  let headerCount = 0;
  while (headerCount < table.rows.length - 1 && headerCount < 3 && table.rows[headerCount]!.header) headerCount++;
  if (headerCount === 0 && table.rows.length > 1 && rows[0]!.length > 1 && rows[0]!.every((c) => c.bold || clean(c.lines.map((l) => l.text).join('')) === '')) {
    headerCount = Math.min(3, table.rows.length - 1, Math.max(1, ...rows[0]!.map((c) => c.cell.rowSpan)));
  }
  // A header cell merged down past the header rows takes them in (at most three).
  for (let i = 0; i < headerCount; i++) for (const c of rows[i]!) headerCount = Math.min(3, table.rows.length - 1, Math.max(headerCount, i + c.cell.rowSpan));

  const body = rows.slice(headerCount);

  // ── numbered rows: consecutive 1, 2, 3 … in the first column of the body ──
  const firstText = (r: CellInfo[]) => {
    const c = r.find((x) => x.cell.gridColumn === 0);
    return c && c.cell.gridSpan === 1 && c.cell.rowSpan === 1 ? clean(c.lines.map((l) => l.text).join(' ')) : undefined;
  };
  let expected = 1;
  let numbered = true;
  const isNumbered: boolean[] = body.map((r) => {
    const t = firstText(r);
    if (t === String(expected)) {
      expected++;
      return true;
    }
    if (t !== undefined && t !== '' && /^\d+\.?$/.test(t)) numbered = false;
    return false;
  });
  const autoNumber = numbered && expected > 2 && body.every((r, i) => isNumbered[i] || firstText(r) !== undefined || r.some((c) => c.cell.gridColumn === 0));

  // ── column alignment: the usual one of each column's body cells ──
  const cot: PlanTable['cot'] = [];
  const grid = table.grid.length === columns ? table.grid : Array.from({ length: columns }, (_, i) => table.grid[i] ?? 1);
  const total = grid.reduce((s, w) => s + w, 0) || columns;
  const aligns: (CellAlign | undefined)[] = [];
  for (let col = 0; col < columns; col++) {
    const seen = body.flatMap((r) => r.filter((c) => c.cell.gridColumn === col && c.cell.gridSpan === 1 && c.cell.rowSpan !== 0).map((c) => c.align));
    const usual = mostCommon(seen) ?? BODY_DEFAULT;
    aligns.push(usual);
    cot.push({ rong: Math.max(1, Math.round(((grid[col] ?? 0) / total) * 100)), ...(usual !== BODY_DEFAULT ? { can: usual } : {}) });
  }

  // The writer centres a row number unless its column says otherwise.
  if (autoNumber && aligns[0] === BODY_DEFAULT) cot[0] = { ...cot[0]!, can: BODY_DEFAULT };

  const cellOf = (c: CellInfo, rowIsBold: boolean, defaultAlign: CellAlign): Cell => {
    const o = cellText(c, rowIsBold);
    const extra = {
      ...(c.cell.gridSpan > 1 ? { gop_cot: c.cell.gridSpan } : {}),
      ...(c.cell.rowSpan > 1 ? { gop_dong: c.cell.rowSpan } : {}),
      ...(c.align !== defaultAlign ? { can: c.align } : {}),
    };
    return Object.keys(extra).length ? { o, ...extra } : o;
  };

  const tieu_de = rows.slice(0, headerCount).map((r) => r.filter((c) => c.cell.rowSpan !== 0).map((c) => cellOf(c, true, HEADER_DEFAULT)));
  const dong: Row[] = body.map((r, i) => {
    const visible = r.filter((c) => c.cell.rowSpan !== 0);
    const texts = visible.filter((c) => clean(c.lines.map((l) => l.text).join('')) !== '');
    const bold = texts.length > 0 && texts.every((c) => c.bold);
    const group = bold && visible.length === 1 && visible[0]!.cell.gridSpan >= columns - (autoNumber && visible[0]!.cell.gridColumn === 1 ? 1 : 0);
    const kieu = group ? ('nhom' as const) : bold ? ('tong' as const) : undefined;
    const numberedRow = autoNumber && isNumbered[i]!;
    const cells = visible.filter((c) => !(numberedRow && c.cell.gridColumn === 0)).map((c) => cellOf(c, kieu !== undefined, aligns[c.cell.gridColumn] ?? BODY_DEFAULT));
    if (autoNumber && !numberedRow) return { o: cells, so_thu_tu: false, ...(kieu ? { kieu } : {}) };
    return kieu ? { o: cells, kieu } : cells;
  });
  return { cot, ...(tieu_de.length ? { tieu_de } : {}), ...(autoNumber ? { so_thu_tu: true } : {}), dong };
}
