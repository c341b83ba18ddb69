// A table column is never narrower than its widest word: "STT" must not break as "ST/T", nor "91,50%"
// as "91,50/%". The plan's (or the template's) relative widths are kept where every word fits; a
// column too narrow for a word takes the width it lacks from the columns with room to spare, in
// proportion to that room. Measured with the writer's Times metrics, as the lines under the header are.
import type { Line, TableBlock, TableRow } from '../model/document.js';
import { measureLongestLine, type BaseLook } from './measure-text.js';
import { layOutGrid } from './table-grid.js';

export interface ColumnLooks {
  /** Header rows' look (bold). */
  header: BaseLook;
  /** Other rows' look; total and group rows are set bold. */
  body: BaseLook;
}

/** A width no word is measured within: each word then stands on a line of its own. */
const ONE_WORD_PER_LINE = 1;
/** Room for rounding in the renderer (twips), so a word that fits by a hair still fits. */
const SLACK = 30;

function lookOf(row: TableRow, looks: ColumnLooks): BaseLook {
  if (row.header === true) return looks.header;
  return row.total === true || row.group === true ? { ...looks.body, bold: true } : looks.body;
}

export interface ColumnNeeds {
  /** The narrowest width (twips) with none of the column's single-column cells' words broken. */
  minimum: number[];
  /** The width (twips) with every one of those cells' paragraphs on one line. */
  natural: number[];
}

/** What each column needs, measured over its cells that span no other column. */
export function columnNeeds(block: TableBlock, looks: ColumnLooks, cellMarginSide: number): ColumnNeeds {
  const minimum = block.columnWidths.map(() => 0);
  const natural = block.columnWidths.map(() => 0);
  const margins = 2 * cellMarginSide + SLACK;
  for (const { row, slots } of layOutGrid(block)) {
    for (const slot of slots) {
      if (slot.kind !== 'cell' || slot.colSpan !== 1) continue;
      const lines: Line[] = slot.cell.paragraphs;
      const look = lookOf(row, looks);
      const widest = measureLongestLine(lines, look, ONE_WORD_PER_LINE);
      if (widest === 0) continue;
      const c = slot.column;
      minimum[c] = Math.max(minimum[c] ?? 0, Math.ceil(widest + margins));
      natural[c] = Math.max(natural[c] ?? 0, Math.ceil(measureLongestLine(lines, look, Number.MAX_SAFE_INTEGER) + margins));
    }
  }
  return { minimum, natural };
}

/**
 * `widths` (twips, summing to the text width) widened where a word does not fit, the sum kept. The
 * width lacking is taken first from room no cell uses, then from columns whose text wraps anyway,
 * and only then from columns whose text fits on one line, each in proportion to its room.
 */
export function fitColumnWidths(widths: number[], needs: ColumnNeeds): number[] {
  const { minimum, natural } = needs;
  const fitted = widths.map((w, i) => Math.max(w, minimum[i] ?? 0));
  let deficit = fitted.reduce((sum, w) => sum + w, 0) - widths.reduce((sum, w) => sum + w, 0);
  if (deficit === 0) return widths;
  const pools: ((i: number) => number)[] = [
    (i) => (fitted[i] ?? 0) - Math.max(minimum[i] ?? 0, natural[i] ?? 0),
    (i) => ((natural[i] ?? 0) > (widths[i] ?? 0) ? (fitted[i] ?? 0) - (minimum[i] ?? 0) : 0),
    (i) => (fitted[i] ?? 0) - (minimum[i] ?? 0),
  ];
  for (const pool of pools) {
    if (deficit <= 0) break;
    const room = fitted.map((_, i) => Math.max(0, pool(i)));
    const spare = room.reduce((sum, r) => sum + r, 0);
    if (spare === 0) continue;
    const take = Math.min(deficit, spare);
    const taken = room.map((r) => Math.floor((r * take) / spare));
    // Whole twips: the rounding remainder comes from the column with the most room.
    const roomiest = room.indexOf(Math.max(...room));
    taken[roomiest] = (taken[roomiest] ?? 0) + take - taken.reduce((sum, t) => sum + t, 0);
    taken.forEach((t, i) => (fitted[i] = (fitted[i] ?? 0) - t));
    deficit -= take;
  }
  // When the columns' words cannot all fit, the widths stay as written: nothing better to choose.
  return deficit > 0 ? widths : fitted;
}
