// Text widths from the Times AFM metrics, in twips: width/1000 em × size.
import { describe, expect, it } from 'vitest';
import { measureLine, measureLongestLine, measureWrappedLines } from '../../src/docx/measure-text.js';

const runs = (text: string): { text: string }[] => [{ text }];

describe('measureLine', () => {
  it('sums AFM advance widths at the size given in half-points', () => {
    // Times-Bold: A = 722, space = 250; at 14 pt (28 half-points) one em is 280 twips.
    expect(measureLine(runs('A'), { size: 28, bold: true })).toBeCloseTo(722 * 0.28, 6);
    expect(measureLine(runs('A A'), { size: 28, bold: true })).toBeCloseTo((722 * 2 + 250) * 0.28, 6);
    // Times-Roman: A = 722, n = 500; Times-Italic: n = 500, A = 611.
    expect(measureLine(runs('n'), { size: 26 })).toBeCloseTo(500 * 0.26, 6);
    expect(measureLine(runs('A'), { size: 26, italic: true })).toBeCloseTo(611 * 0.26, 6);
  });

  it('measures a Vietnamese letter as its base letter, đ/Đ as d/D', () => {
    const look = { size: 28, bold: true };
    expect(measureLine(runs('Độc lập'), look)).toBeCloseTo(measureLine(runs('Doc lap'), look), 6);
    expect(measureLine(runs('ƯỜNG'), look)).toBeCloseTo(measureLine(runs('UONG'), look), 6);
    expect(measureLine(runs('đ'), look)).toBeCloseTo(measureLine(runs('d'), look), 6);
    // NFD input (base letter plus combining marks) measures the same as precomposed.
    expect(measureLine(runs('Ộ'.normalize('NFD')), look)).toBeCloseTo(measureLine(runs('O'), look), 6);
  });

  it('lets a run’s bold widen the text', () => {
    const plain = measureLine([{ text: 'Hạnh phúc' }], { size: 28 });
    const bold = measureLine([{ text: 'Hạnh phúc', bold: true }], { size: 28 });
    expect(bold).toBeGreaterThan(plain);
    expect(measureLine([{ text: 'Hạnh phúc' }], { size: 28, bold: true })).toBeCloseTo(bold, 6);
  });

  it('keeps runs of blanks at their width', () => {
    const look = { size: 26 };
    expect(measureLine(runs('Số:      /KH'), look) - measureLine(runs('Số: /KH'), look)).toBeCloseTo(5 * 250 * 0.26, 6);
  });
});

describe('measureWrappedLines', () => {
  it('breaks at spaces greedily, like a word processor', () => {
    const look = { size: 28, bold: true };
    const word = measureLine(runs('MÔI'), look);
    const space = 250 * 0.28;
    // Room for two words but not three.
    const widths = measureWrappedLines(runs('MÔI MÔI MÔI'), look, 2 * word + space + 1);
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeCloseTo(2 * word + space, 6);
    expect(widths[1]).toBeCloseTo(word, 6);
  });

  it('leaves a line that fits whole, and a too-long word on a line of its own', () => {
    const look = { size: 26 };
    expect(measureWrappedLines(runs('SỞ TÀI NGUYÊN'), look, 100_000)).toHaveLength(1);
    expect(measureWrappedLines(runs('NGUYÊN NGUYÊN'), look, 10)).toHaveLength(2);
  });

  it('takes the longest line over several model lines', () => {
    const look = { size: 28, bold: true };
    const a = [{ text: 'KẾ HOẠCH' }];
    const b = [{ text: 'Duy trì, cải thiện' }];
    expect(measureLongestLine([a, b], look, 100_000)).toBeCloseTo(measureLine(b, look), 6);
  });
});
