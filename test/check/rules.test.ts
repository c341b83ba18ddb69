// The layout rules' small pieces: the forms of số/ký hiệu and of the date, upper case, text widths.
import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../src/check/rules/date-form.js';
import { numberProblem } from '../../src/check/rules/number-form.js';
import { isUnderscoreLine, isUpper } from '../../src/check/find-parts.js';
import { CHECK_RULES } from '../../src/check/rules/index.js';
import { MESSAGES, DOCUMENT_FACTS } from '../../src/diagnostics/messages.js';

describe('số, ký hiệu (PP612)', () => {
  it.each([
    ['Số: 45/KH-SNV', undefined],
    ['Số: 05/KH-UBND', undefined],
    ['Số:       /KH-STNMT', undefined], // blank number, left for the văn thư
    ['Số 45/KH-SNV', 'colon'],
    ['Số: 5/KH-SNV', 'leading-zero'],
    ['Số: 45/KH - SNV', 'spaces'],
    ['Số: 45-KH-SNV', 'form'],
  ])('%s → %s', (text, why) => expect(numberProblem(text)).toBe(why));
});

describe('địa danh, ngày (PP613)', () => {
  it.each([
    ['Lào Cai, ngày 05 tháng 02 năm 2022', undefined],
    ['Lào Cai, ngày 15 tháng 12 năm 2022', undefined],
    ['Lào Cai, ngày      tháng 7 năm 2022', undefined],
    ['Lào Cai ngày 05 tháng 3 năm 2022', 'comma'],
    ['Lào Cai, ngày 5 tháng 3 năm 2022', 'leading-zero-day'],
    ['Lào Cai, ngày 15 tháng 2 năm 2022', 'leading-zero-month'],
    ['Lào Cai, 05/3/2022', 'form'],
  ])('%s → %s', (text, why) => expect(dateProblem(text)).toBe(why));
});

describe('recognising', () => {
  it('upper case in Vietnamese, underscores as a line', () => {
    expect(isUpper('SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG')).toBe(true);
    expect(isUpper('Sở Tài nguyên')).toBe(false);
    expect(isUnderscoreLine('__________')).toBe(true);
    expect(isUnderscoreLine('Số: 45')).toBe(false);
  });
});

describe('the rule table', () => {
  it('has one rule per code, each with its wording, its found/expected and a clause', () => {
    const codes = CHECK_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of CHECK_RULES) {
      expect(MESSAGES[rule.code]).toBeDefined();
      expect(DOCUMENT_FACTS[rule.code]).toBeDefined();
      expect(rule.clause).not.toBe('');
      expect(rule.code).toMatch(/^PP6\d\d$/);
    }
  });
});

describe('README', () => {
  it("lists every layout rule with its level in 'Checking received plans'", async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Checking received plans'), readme.indexOf('## Templates'));
    for (const rule of CHECK_RULES) expect(section).toMatch(new RegExp(`\\| ${rule.code} \\| ${rule.severity} \\|`));
  });
});
