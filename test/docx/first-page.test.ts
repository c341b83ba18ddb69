// The first page (ND30 Phần II, ô 1–5a): the borderless two-column header, its marks, the title,
// and the drawn lines, whose lengths come from the paragraph indents around them.
import { beforeAll, describe, expect, it } from 'vitest';
import { measureLine, measureLongestLine } from '../../src/docx/measure-text.js';
import { all, attr, children, numberAttr, pathOf, runsOf, textOf, type XmlElement } from '../support/docx-xml.js';
import { formatOf, twips } from '../support/docx-format.js';
import { renderFixture, type Rendered } from '../support/rendered-fixtures.js';

const TEXT_WIDTH = 9355;

let sample: Rendered;
let longIssuer: Rendered;
beforeAll(async () => {
  sample = await renderFixture('sample');
  longIssuer = await renderFixture('longIssuer');
});

function headerTable(rendered: Rendered): XmlElement {
  const table = rendered.sections[0]!.content.find((el) => el.name === 'w:tbl');
  if (table === undefined) throw new Error('no header table');
  return table;
}

function cellsOf(row: XmlElement): XmlElement[] {
  return children(row, 'w:tc');
}

function cellWidth(cell: XmlElement): number {
  return numberAttr(pathOf(cell, 'w:tcPr', 'w:tcW'), 'w:w');
}

function paragraphs(cell: XmlElement): XmlElement[] {
  return children(cell, 'w:p');
}

/** A drawn line: an empty paragraph with a bottom border; its length is what its indents leave. */
function ruleLength(p: XmlElement, columnWidth: number): { length: number; left: number; right: number } {
  expect(textOf(p)).toBe('');
  const { format } = formatOf(p);
  expect(format.borders.bottom?.style).toBe('single');
  const left = twips(format.indent.leftPt);
  const right = twips(format.indent.rightPt);
  return { length: columnWidth - left - right, left, right };
}

function expectRuns(p: XmlElement, look: { size: number; bold: boolean; italic: boolean }): void {
  const runs = runsOf(p);
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) expect({ size: run.size, bold: run.bold, italic: run.italic }, run.text).toEqual(look);
}

describe('the header table', () => {
  it('is borderless, two columns of about 6 cm and 10.5 cm across the text width', () => {
    const table = headerTable(sample);
    for (const border of all(pathOf(table, 'w:tblPr', 'w:tblBorders')!, '*').slice(1)) {
      expect(['none', 'nil']).toContain(attr(border, 'w:val'));
    }
    const grid = all(table, 'w:gridCol').map((c) => numberAttr(c, 'w:w'));
    expect(grid).toHaveLength(2);
    expect(grid[0]! / 567).toBeCloseTo(6, 0);
    expect(grid[1]! / 567).toBeCloseTo(10.5, 0);
    expect(grid[0]! + grid[1]!).toBe(TEXT_WIDTH);
  });

  it('sets ô 2 left: parent agency 13 pt upright, issuer 13 pt bold, then the issuer’s line', () => {
    const [left] = cellsOf(children(headerTable(sample), 'w:tr')[0]!);
    const [parent, issuer1, issuer2, rule] = paragraphs(left!);
    expect(textOf(parent!)).toBe('UBND TỈNH LÀO CAI');
    expectRuns(parent!, { size: 26, bold: false, italic: false });
    expect([textOf(issuer1!), textOf(issuer2!)]).toEqual(['SỞ TÀI NGUYÊN VÀ', 'MÔI TRƯỜNG']);
    for (const p of [parent!, issuer1!, issuer2!]) expect(formatOf(p).format.alignment).toBe('center');
    expectRuns(issuer1!, { size: 26, bold: true, italic: false });
    expectRuns(issuer2!, { size: 26, bold: true, italic: false });
    const { length, left: l, right: r } = ruleLength(rule!, cellWidth(left!));
    const text = measureLongestLine(sample.model.header.issuer, { size: 26, bold: true }, cellWidth(left!));
    expect(length / text).toBeGreaterThanOrEqual(1 / 3);
    expect(length / text).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(l - r)).toBeLessThanOrEqual(1);
  });

  it('sets ô 1 right: Quốc hiệu 13 pt bold, Tiêu ngữ 14 pt bold, a line exactly as long as the Tiêu ngữ', () => {
    const [, right] = cellsOf(children(headerTable(sample), 'w:tr')[0]!);
    const [title, motto, rule] = paragraphs(right!);
    expect(textOf(title!)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expectRuns(title!, { size: 26, bold: true, italic: false });
    expect(textOf(motto!)).toBe('Độc lập - Tự do - Hạnh phúc');
    expectRuns(motto!, { size: 28, bold: true, italic: false });
    const { length, left, right: r } = ruleLength(rule!, cellWidth(right!));
    const text = measureLine(sample.model.header.motto, { size: 28, bold: true });
    expect(length / text).toBeGreaterThan(0.9);
    expect(length / text).toBeLessThan(1.1);
    expect(Math.abs(left - r)).toBeLessThanOrEqual(1);
  });

  it('puts ô 3 and ô 4 in one row, so the number (13 pt) and the date (14 pt italic) stand level', () => {
    const [number, date] = cellsOf(children(headerTable(sample), 'w:tr')[1]!).map((c) => paragraphs(c)[0]!);
    expect(textOf(number!)).toBe('Số:      /KH-STNMT'); // the blanks keep their width
    expectRuns(number!, { size: 26, bold: false, italic: false });
    expect(textOf(date!)).toBe('Lào Cai, ngày      tháng 7 năm 2022');
    expectRuns(date!, { size: 28, bold: false, italic: true });
    for (const p of [number!, date!]) expect(formatOf(p).format.alignment).toBe('center');
    expect(formatOf(number!).format.spacing.beforePt).toBe(formatOf(date!).format.spacing.beforePt);
  });

  it('draws the issuer’s line 1/3–1/2 of a long, wrapping issuer name', () => {
    const [left] = cellsOf(children(headerTable(longIssuer), 'w:tr')[0]!);
    const ps = paragraphs(left!);
    expect(ps.map(textOf).slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ CỬA KHẨU']);
    const { length } = ruleLength(ps[3]!, cellWidth(left!));
    // The name wraps inside the 6 cm column: the line follows the longest line as set, not the whole name.
    const whole = measureLine(longIssuer.model.header.issuer[0]!, { size: 26, bold: true });
    const longest = measureLongestLine(longIssuer.model.header.issuer, { size: 26, bold: true }, cellWidth(left!));
    expect(longest).toBeLessThan(whole);
    expect(length / longest).toBeGreaterThanOrEqual(1 / 3);
    expect(length / longest).toBeLessThanOrEqual(1 / 2);
  });
});

describe('marks', () => {
  it('boxes the urgency (bold) under the number, shrunk to its text, then the circulation mark in bold', () => {
    const [left] = cellsOf(children(headerTable(longIssuer), 'w:tr')[1]!);
    const [number, urgency, circulation] = paragraphs(left!);
    expect(textOf(number!)).toBe('Số: 05/KH-BQL');
    expect(textOf(urgency!)).toBe('HỎA TỐC');
    expectRuns(urgency!, { size: 26, bold: true, italic: false });
    const { borders, indent } = formatOf(urgency!).format;
    for (const side of ['top', 'bottom', 'left', 'right'] as const) expect(borders[side]?.style, side).toBe('single');
    const inner = cellWidth(left!) - twips(indent.leftPt) - twips(indent.rightPt);
    const text = measureLine(longIssuer.model.header.urgency!, { size: 26, bold: true });
    expect(inner).toBeGreaterThan(text);
    expect(inner).toBeLessThan(text + 567); // a box around the word, not across the column
    expect(Math.abs(twips(indent.leftPt) - twips(indent.rightPt))).toBeLessThanOrEqual(1);
    expect(textOf(circulation!)).toBe('LƯU HÀNH NỘI BỘ');
    expectRuns(circulation!, { size: 26, bold: true, italic: false });
  });

  it('boxes the draft mark in bold above the header, and writes no mark the model lacks', () => {
    const first = longIssuer.sections[0]!.content[0]!;
    expect(first.name).toBe('w:p');
    expect(textOf(first)).toBe('Dự thảo lần 2');
    expectRuns(first, { size: 26, bold: true, italic: false });
    const { borders, indent } = formatOf(first).format;
    expect(borders.top?.style).toBe('single');
    expect(TEXT_WIDTH - twips(indent.leftPt) - twips(indent.rightPt)).toBeLessThan(TEXT_WIDTH / 3);

    expect(sample.sections[0]!.content[0]!.name).toBe('w:tbl');
    const sampleLeft = cellsOf(children(headerTable(sample), 'w:tr')[1]!)[0]!;
    expect(paragraphs(sampleLeft)).toHaveLength(1);
  });
});

describe('the title (ô 5a)', () => {
  function titleParagraphs(rendered: Rendered): XmlElement[] {
    const content = rendered.sections[0]!.content;
    const start = content.findIndex((el) => el.name === 'w:p' && textOf(el) === 'KẾ HOẠCH');
    return content.slice(start, start + 4);
  }

  it('sets the type and the subject lines 14 pt bold, centred', () => {
    const [type, line1, line2] = titleParagraphs(sample);
    expect([type, line1, line2].map((p) => textOf(p!))).toEqual([
      'KẾ HOẠCH',
      'Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính',
      'cấp tỉnh (PAR INDEX) năm 2022',
    ]);
    for (const p of [type!, line1!, line2!]) {
      expectRuns(p, { size: 28, bold: true, italic: false });
      expect(formatOf(p).format.alignment).toBe('center');
    }
  });

  it('draws a centred line 1/3–1/2 of the longest subject line under it', () => {
    const rule = titleParagraphs(sample)[3]!;
    const { length, left, right } = ruleLength(rule, TEXT_WIDTH);
    const longest = measureLongestLine(sample.model.title.subject, { size: 28, bold: true }, TEXT_WIDTH);
    expect(longest).toBeCloseTo(measureLine(sample.model.title.subject[0]!, { size: 28, bold: true }), 5);
    expect(length / longest).toBeGreaterThanOrEqual(1 / 3);
    expect(length / longest).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
  });
});
