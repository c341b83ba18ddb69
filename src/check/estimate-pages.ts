// How many pages the body fills, roughly: each paragraph's wrapped lines (Times metrics) times its
// line height, plus its spacing; a table row as tall as its tallest cell. Enough to tell a one-page
// document from a longer one without laying it out.
import { measureWrappedLines } from '../docx/measure-text.js';
import { TIMES_SINGLE_LINE_EM } from '../nd30/index.js';
import type { DocumentView, Entry } from './view.js';
import { inkRuns } from './view.js';

/** Times New Roman's line height as a multiple of its size (ascent + descent + gap). */
const LINE_HEIGHT = TIMES_SINGLE_LINE_EM;

function entryHeight(entry: Entry): number {
  const f = entry.paragraph.format;
  const runs = entry.pieces.flatMap((p) => inkRuns(p.runs));
  const size = runs[0]?.format.sizePt ?? entry.paragraph.markFormat.sizePt;
  const width = Math.max(20, entry.column.widthPt - f.indent.leftPt - f.indent.rightPt) * 20;
  const text = entry.paragraph.text.replace(/\s+/g, ' ');
  const lines = text.trim() === '' ? 1 : measureWrappedLines([{ text }], { size: Math.round(size * 2) }, width).length;
  const line = f.spacing.line.rule === 'auto' ? size * LINE_HEIGHT * f.spacing.line.value : Math.max(f.spacing.line.value, f.spacing.line.rule === 'atLeast' ? size * LINE_HEIGHT : 0);
  return lines * line + f.spacing.beforePt + f.spacing.afterPt;
}

export function estimatePages(view: DocumentView): number {
  const section = view.document.sections[0];
  if (!section) return 0;
  const pageText = section.pageHeightPt - section.margins.topPt - section.margins.bottomPt;
  let total = 0;
  const inTables = new Set<number>();
  for (const rows of view.tables) {
    for (const row of rows) {
      let tallest = 0;
      for (const cell of row) {
        let h = 0;
        for (const e of cell) {
          inTables.add(e.number);
          h += entryHeight(e);
        }
        tallest = Math.max(tallest, h);
      }
      total += tallest;
    }
  }
  for (const entry of view.entries) if (entry.column.kind === 'body' && !inTables.has(entry.number)) total += entryHeight(entry);
  return pageText > 0 ? total / pageText : 0;
}
