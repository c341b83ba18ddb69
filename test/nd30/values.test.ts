import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as nd30 from '../../src/nd30/index.js';
import * as styles from '../../src/docx/styles.js';

type Found = { path: string; value: nd30.Nd30Value };

function isNd30Value(x: unknown): x is nd30.Nd30Value {
  return typeof x === 'object' && x !== null && 'value' in x && 'unit' in x && 'basis' in x && 'clause' in x;
}

/** Every Nd30Value reachable from the module's exports, with the path it was found at. */
function collectValues(node: unknown, path: string, out: Found[]): Found[] {
  if (isNd30Value(node)) out.push({ path, value: node });
  else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) collectValues(child, `${path}.${key}`, out);
  }
  return out;
}

const values = collectValues(nd30, 'nd30', []);

describe('src/nd30: the decree’s values', () => {
  it('finds the values it is meant to hold', () => {
    expect(values.length).toBeGreaterThan(40);
    const paths = values.map((v) => v.path);
    expect(paths).toContain('nd30.MARGINS_PORTRAIT.top');
    expect(paths).toContain('nd30.PARTS.nationalTitle.size');
    expect(paths).toContain('nd30.PAGE_NUMBER.size');
  });

  it.each(values.map((v) => [v.path, v.value] as const))('%s: the chosen value lies in its range', (_path, value) => {
    expect(nd30.isWithinRange(value, value.value)).toBe(true);
    if (value.range !== undefined && value.range.max !== undefined) {
      expect(value.range.min).toBeLessThanOrEqual(value.range.max);
    }
    expect(value.clause.length).toBeGreaterThan(0);
  });

  it('holds the decree’s ranges as shared/ND30.md states them', () => {
    expect(nd30.MARGINS_PORTRAIT.top.range).toEqual({ min: 20, max: 25 });
    expect(nd30.MARGINS_PORTRAIT.bottom.range).toEqual({ min: 20, max: 25 });
    expect(nd30.MARGINS_PORTRAIT.left.range).toEqual({ min: 30, max: 35 });
    expect(nd30.MARGINS_PORTRAIT.right.range).toEqual({ min: 15, max: 20 });
    expect(nd30.PARTS.body.size.range).toEqual({ min: 13, max: 14 });
    expect(nd30.PARTS.nationalTitle.size.range).toEqual({ min: 12, max: 13 });
    expect(nd30.PARTS.motto.size.range).toEqual({ min: 13, max: 14 });
    expect(nd30.PARTS.recipientsLabel).toMatchObject({ bold: true, italic: true });
    expect(nd30.PARTS.recipients.size.range).toEqual({ min: 11, max: 11 });
    expect(nd30.ISSUER_RULE.range).toEqual({ min: 1 / 3, max: 1 / 2 });
    expect(nd30.BODY_FIRST_LINE_INDENT.range).toEqual({ min: 10, max: 12.7 });
    expect(nd30.BODY_SPACING_AFTER.range).toEqual({ min: 6 });
    expect(nd30.BODY_LINE_SPACING.range).toEqual({ min: 1, max: 1.5 });
    expect(nd30.PAGE_NUMBER).toMatchObject({ placement: 'top-center', onFirstPage: false });
  });

  it('tells a value outside the range from one inside', () => {
    expect(nd30.isWithinRange(nd30.PARTS.body.size, 16)).toBe(false);
    expect(nd30.isWithinRange(nd30.PARTS.body.size, 13)).toBe(true);
    expect(nd30.isWithinRange(nd30.BODY_SPACING_AFTER, 60)).toBe(true);
    expect(nd30.isWithinRange(nd30.BODY_SPACING_AFTER, 4)).toBe(false);
  });

  it('imports nothing of docx (plain data, shared by writer and checker)', () => {
    const dir = join(import.meta.dirname, '../../src/nd30');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from '(docx|\.\.\/docx[^']*)'/);
    }
  });
});

describe('src/docx/styles.ts derives its units from src/nd30', () => {
  it('converts pt to half-points, mm to twips, lines to 240ths', () => {
    expect(styles.SIZE_BODY).toBe(nd30.PARTS.body.size.value * 2);
    expect(styles.SIZE_NATIONAL_TITLE).toBe(26);
    expect(styles.MARGINS_PORTRAIT.left).toBe(Math.round((nd30.MARGINS_PORTRAIT.left.value * 1440) / 25.4));
    expect(styles.BODY_FIRST_LINE_INDENT).toBe(567);
    expect(styles.BODY_LINE_SPACING).toBe(288);
    expect(styles.TABLE_BORDER_SIZE).toBe(4);
    expect(styles.RULE_THICKNESS).toBe(6);
    expect(styles.HEADER_LEFT_WIDTH + styles.HEADER_RIGHT_WIDTH).toBe(
      Math.round((nd30.HEADER_LEFT_WIDTH.value * 1440) / 25.4) + Math.round((nd30.HEADER_RIGHT_WIDTH.value * 1440) / 25.4),
    );
  });
});
