// The Times widths the writer measures lines with are a table made ahead of time (bin/times-widths.mjs);
// it must equal what @pdf-lib/standard-fonts' AFM metrics say, face by face, character by character.
import { describe, expect, it } from 'vitest';
import { TIMES_WIDTHS } from '../../src/docx/times-widths.generated.js';
import { measureLine } from '../../src/docx/measure-text.js';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { timesWidths } from '../../bin/times-widths.mjs';

describe('the Times widths table', () => {
  it('equals the AFM metrics of @pdf-lib/standard-fonts (rerun node bin/times-widths.mjs if not)', () => {
    expect(TIMES_WIDTHS).toEqual(timesWidths());
    expect(TIMES_WIDTHS.regular[0]).toContain('A');
    expect(TIMES_WIDTHS.regular[0].length).toBeGreaterThan(200);
  });

  it('measures a Vietnamese letter as its base letter, and a character WinAnsi lacks as an average letter', () => {
    const look = { size: 28 };
    expect(measureLine([{ text: 'ế' }], look)).toBe(measureLine([{ text: 'e' }], look));
    expect(measureLine([{ text: 'Đ' }], { size: 28, bold: true })).toBe(measureLine([{ text: 'D' }], { size: 28, bold: true }));
    expect(measureLine([{ text: '中' }], look)).toBe((500 * 28) / 100);
    // Times-Roman's 'W' is 944/1000 em; at 14 pt that is 944 × 28 / 100 twips.
    expect(measureLine([{ text: 'W' }], look)).toBe((944 * 28) / 100);
  });
});
