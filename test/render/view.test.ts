import { describe, expect, it } from 'vitest';
import { sectionNumber } from '../../src/render/view.js';
import { formatDate, formatNumber, issueDateParts, padNumber, toLetter, toRoman, formatRankRange } from '../../src/render/format-vi.js';

describe('numbering', () => {
  it('numbers sections the way plans do: I., 1., 1.1., a)', () => {
    expect(sectionNumber('I', 4, '')).toBe('IV.');
    expect(sectionNumber('1', 2, 'III.')).toBe('2.');
    expect(sectionNumber('1.1', 3, '2.')).toBe('2.3.');
    expect(sectionNumber('1.1.1', 1, '2.3.')).toBe('2.3.1.');
    expect(sectionNumber('a', 5, '1.')).toBe('đ)');
    expect(sectionNumber('khong', 5, '1.')).toBe('');
  });
  it('uses the Vietnamese letter sequence a, b, c, d, đ, e, g …', () => {
    expect(Array.from({ length: 8 }, (_, i) => toLetter(i + 1)).join('')).toBe('abcdđegh');
    expect(toRoman(9)).toBe('IX');
    expect(toRoman(14)).toBe('XIV');
  });
});

describe('Vietnamese numbers and dates', () => {
  it('writes a decimal comma', () => {
    expect(formatNumber(89.47)).toBe('89,47');
    expect(formatNumber(16)).toBe('16');
  });
  it('pads a number below 10 (ô 3) and follows ND30 zeros in dates', () => {
    expect(padNumber(5)).toBe('05');
    expect(padNumber(60)).toBe('60');
    expect(formatDate('2022-06-30')).toBe('30/6/2022');
    expect(formatDate('2019-01-01')).toBe('01/01/2019');
    expect(formatDate('2020-02-07')).toBe('07/02/2020');
    expect(formatDate('7/3/2020')).toBe('7/3/2020');
    expect(issueDateParts('2022-02-05')).toEqual({ ngay: '05', thang: '02', nam: '2022' });
    expect(issueDateParts('2022-07').ngay).toMatch(/^\u00a0+$/);
  });
  it('writes rank ranges', () => {
    expect(formatRankRange(20, 24)).toBe('20-24');
    expect(formatRankRange(5, undefined)).toBe('5');
  });
});
