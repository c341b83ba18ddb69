// A table column is never narrower than its widest word ("STT" must not break as "ST/T"), and the
// width it lacks comes first from room no cell uses, then from columns whose text wraps anyway.
import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from '../../src/docx/fit-columns.js';
import { measureLine } from '../../src/docx/measure-text.js';
import { TABLE_CELL_MARGIN_SIDE } from '../../src/docx/styles.js';
import { all, attr, children, numberAttr, parseXml, part, pathOf, readParts, runsOf } from '../support/docx-xml.js';
import { readFormatted, registerFormatting } from '../support/docx-format.js';
import { examplePlanFiles, renderPlanFile } from '../support/render-plan.js';
import path from 'node:path';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('fitColumnWidths', () => {
  it('keeps the widths when every word fits', () => {
    expect(fitColumnWidths([1000, 4000, 2000], { minimum: [600, 1500, 900], natural: [900, 6000, 1800] })).toEqual([1000, 4000, 2000]);
  });

  it('widens a column too narrow for its word, taking first from room no cell uses', () => {
    // Column 2 needs 1200 on one line but has 3000: 1800 unused; column 1's text wraps anyway.
    const fitted = fitColumnWidths([600, 4000, 3000], { minimum: [900, 1500, 800], natural: [900, 9000, 1200] });
    expect(fitted[0]).toBe(900);
    expect(fitted[1]).toBe(4000);
    expect(fitted[2]).toBe(2700);
    expect(sum(fitted)).toBe(7600);
  });

  it('then from columns whose text wraps anyway, never from one whose text fits on one line', () => {
    const fitted = fitColumnWidths([600, 4000, 1300], { minimum: [900, 1500, 800], natural: [900, 9000, 1300] });
    expect(fitted).toEqual([900, 3700, 1300]);
  });

  it('keeps the widths when the words cannot all fit', () => {
    expect(fitColumnWidths([600, 700], { minimum: [900, 800], natural: [900, 800] })).toEqual([600, 700]);
  });
});

describe('the example plans’ tables', () => {
  for (const file of examplePlanFiles()) {
    it(`${path.basename(file, '.yaml')}: no single-column cell has a word wider than its column`, async () => {
      const { bytes } = await renderPlanFile(file);
      const document = parseXml(part(readParts(bytes), 'word/document.xml'));
      registerFormatting(document, (await readFormatted(bytes)).body);
      for (const table of all(document, 'w:tbl')) {
        const grid = all(table, 'w:gridCol').map((c) => numberAttr(c, 'w:w'));
        for (const row of all(table, 'w:tr')) {
          let column = 0;
          for (const cell of children(row, 'w:tc')) {
            const span = Number(attr(pathOf(cell, 'w:tcPr', 'w:gridSpan'), 'w:val') ?? '1');
            if (span === 1) {
              const room = grid[column]! - 2 * TABLE_CELL_MARGIN_SIDE;
              for (const p of all(cell, 'w:p')) {
                for (const run of runsOf(p)) {
                  for (const word of run.text.split(/\s+/).filter(Boolean)) {
                    const width = measureLine([{ text: word, bold: run.bold, italic: run.italic }], { size: run.size ?? 26 });
                    expect(width, `"${word}" in a column of ${grid[column]} twips`).toBeLessThanOrEqual(room);
                  }
                }
              }
            }
            column += span;
          }
        }
      }
    });
  }
});
