// The body (ô 6), its tables (§4), the closing block (ô 7, 9b, 12) and the appendices.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/docx/write-docx.js';
import { targetsTable } from '../fixtures/model/sample-model.js';
import { readSections } from '../support/docx-sections.js';
import { all, attr, children, numberAttr, parseXml, part, pathOf, readParts, runsOf, textOf, type XmlElement } from '../support/docx-xml.js';
import { formatOf, readFormatted, registerFormatting, twips } from '../support/docx-format.js';
import { renderFixture, type Rendered } from '../support/rendered-fixtures.js';

const TEXT_WIDTH = 9355;
const LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

let sample: Rendered;
let longIssuer: Rendered;
beforeAll(async () => {
  sample = await renderFixture('sample');
  longIssuer = await renderFixture('longIssuer');
});

function paragraph(content: XmlElement[], text: string): XmlElement {
  const found = content.find((el) => el.name === 'w:p' && textOf(el).startsWith(text));
  if (found === undefined) throw new Error(`no paragraph starting "${text}"`);
  return found;
}

function tables(content: XmlElement[]): XmlElement[] {
  return content.filter((el) => el.name === 'w:tbl');
}

function emphasis(p: XmlElement): { bold: boolean; italic: boolean } {
  const runs = runsOf(p);
  return { bold: runs.every((r) => r.bold), italic: runs.every((r) => r.italic) };
}

function cellText(cell: XmlElement): string {
  return children(cell, 'w:p').map(textOf).join('\n');
}

describe('body paragraphs', () => {
  it('are 14 pt, justified, first line indented 1 cm, ≥ 6 pt apart, line spacing single to 1.5', () => {
    const body = sample.sections[0]!.content;
    for (const text of ['Căn cứ Kế hoạch số 240', 'I. MỤC ĐÍCH', '- Cải thiện', '+ 100% số TTHC', 'Trên đây là']) {
      const p = paragraph(body, text);
      expect(formatOf(p).format.alignment, text).toBe('justify');
      const { format } = formatOf(p);
      expect([567, 720]).toContain(twips(format.indent.firstLinePt));
      expect(format.spacing.afterPt + format.spacing.beforePt).toBeGreaterThanOrEqual(6);
      expect(format.spacing.line.rule).toBe('auto');
      expect(format.spacing.line.value).toBeGreaterThanOrEqual(1);
      expect(format.spacing.line.value).toBeLessThanOrEqual(1.5);
      for (const run of runsOf(p)) expect(run.size).toBe(28);
    }
  });

  it('gives each role its look: headings bold / bold italic / italic, notes italic, the rest upright', () => {
    const body = sample.sections[0]!.content;
    const looks: [string, { bold: boolean; italic: boolean }][] = [
      ['Căn cứ Kế hoạch', { bold: false, italic: false }],
      ['I. MỤC ĐÍCH, YÊU CẦU', { bold: true, italic: false }],
      ['1. Mục đích:', { bold: true, italic: false }],
      ['1.1. Mục tiêu', { bold: true, italic: true }],
      ['a) Mục tiêu phấn đấu', { bold: false, italic: true }],
      ['- Nâng cao vai trò', { bold: false, italic: false }],
      ['+ Tỷ lệ số TTHC', { bold: false, italic: false }],
      ['Ghi chú: Thứ hạng', { bold: false, italic: true }],
      ['(Nội dung chi tiết', { bold: false, italic: true }],
      ['Trên đây là Kế hoạch', { bold: false, italic: false }],
    ];
    for (const [text, look] of looks) expect(emphasis(paragraph(body, text)), text).toEqual(look);
    // Headings stay with what follows them.
    expect(formatOf(paragraph(body, 'I. MỤC ĐÍCH')).format.keepNext).toBe(true);
  });

  it('keeps a run’s own bold inside an upright paragraph', () => {
    const p = paragraph(sample.sections[0]!.content, '2. Căn cứ kế hoạch này');
    const runs = runsOf(p);
    expect(runs.map((r) => [r.text, r.bold])).toEqual([
      [expect.stringMatching(/^2\. Căn cứ/), false],
      ['trước ngày 30/11/2022', true],
      ['.', false],
    ]);
  });

  it('puts the blocks in the model’s order', () => {
    const texts = sample.sections[0]!.content.filter((el) => el.name === 'w:p').map(textOf);
    const order = ['KẾ HOẠCH', 'Căn cứ', 'I. MỤC ĐÍCH', '1. Mục đích:', '2. Yêu cầu:', 'II. NHIỆM VỤ', 'III. TỔ CHỨC', 'Trên đây'];
    const positions = order.map((start) => texts.findIndex((t) => t.startsWith(start)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('tables', () => {
  function targets(): XmlElement {
    return tables(sample.sections[0]!.content)[1]!; // after the header table
  }

  it('spans the text width with single borders, 13 pt text, widths scaled from the model', () => {
    const table = targets();
    const grid = all(table, 'w:gridCol').map((c) => numberAttr(c, 'w:w'));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(grid).toHaveLength(7);
    expect(grid[1]! / grid[0]!).toBeCloseTo(5 / 1.4, 1);
    for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(attr(pathOf(table, 'w:tblPr', 'w:tblBorders', side), 'w:val'), side).toBe('single');
    }
    for (const p of all(table, 'w:p')) for (const run of runsOf(p)) expect(run.size).toBe(26);
  });

  it('merges the two-level header: STT, Chỉ số thành phần and Đơn vị chủ trì down, the years across', () => {
    const [row0, row1, firstBody] = children(targets(), 'w:tr');
    const cells0 = children(row0!, 'w:tc');
    expect(cells0.map(cellText)).toEqual(['STT', 'Chỉ số thành phần', 'Năm 2021', 'Mục tiêu 2022', 'Đơn vị chủ trì']);
    const vMerge = (cell: XmlElement): string | undefined => {
      const el = pathOf(cell, 'w:tcPr', 'w:vMerge');
      return el === undefined ? undefined : (attr(el, 'w:val') ?? 'continue');
    };
    const gridSpan = (cell: XmlElement): number => {
      const el = pathOf(cell, 'w:tcPr', 'w:gridSpan');
      return el === undefined ? 1 : numberAttr(el, 'w:val');
    };
    expect(cells0.map(vMerge)).toEqual(['restart', 'restart', undefined, undefined, 'restart']);
    expect(cells0.map(gridSpan)).toEqual([1, 1, 2, 2, 1]);
    const cells1 = children(row1!, 'w:tc');
    expect(cells1.map(vMerge)).toEqual(['continue', 'continue', undefined, undefined, undefined, undefined, 'continue']);
    expect(cells1.map(cellText)).toEqual(['', '', 'Chỉ số (%)', 'Thứ hạng', 'Chỉ số (%)', 'Thứ hạng', '']);
    // Both header rows repeat on each page, are bold and centred; body rows do not repeat.
    for (const row of [row0!, row1!]) {
      expect(pathOf(row, 'w:trPr', 'w:tblHeader')).toBeDefined();
      for (const p of all(row, 'w:p').filter((p) => textOf(p) !== '')) {
        expect(emphasis(p).bold).toBe(true);
        expect(formatOf(p).format.alignment).toBe('center');
      }
    }
    expect(pathOf(firstBody!, 'w:trPr', 'w:tblHeader')).toBeUndefined();
    expect(children(firstBody!, 'w:tc')).toHaveLength(7);
    for (const p of all(firstBody!, 'w:p')) expect(emphasis(p).bold).toBe(false);
  });

  it('sets the total row bold, its label across two columns', () => {
    const rows = children(targets(), 'w:tr');
    const total = rows[rows.length - 1]!;
    const [label] = children(total, 'w:tc');
    expect(cellText(label!)).toBe('Tổng Chỉ số PAR INDEX');
    expect(numberAttr(pathOf(label!, 'w:tcPr', 'w:gridSpan'), 'w:val')).toBe(2);
    for (const p of all(total, 'w:p').filter((p) => textOf(p) !== '')) expect(emphasis(p).bold).toBe(true);
  });

  it('keeps a cell’s width equal to the columns it spans', () => {
    const grid = all(targets(), 'w:gridCol').map((c) => numberAttr(c, 'w:w'));
    const [row0] = children(targets(), 'w:tr');
    const year = children(row0!, 'w:tc')[2]!;
    expect(numberAttr(pathOf(year, 'w:tcPr', 'w:tcW'), 'w:w')).toBe(grid[2]! + grid[3]!);
  });
});

describe('tables that would touch', () => {
  it('are kept apart by a paragraph, so Word does not join them (nor a last table with the closing block)', async () => {
    const model = { ...sample.model, body: [targetsTable, targetsTable], appendices: [] };
    const bytes = await writeDocx(model);
    const xml = part(readParts(bytes), 'word/document.xml');
    const document = parseXml(xml);
    registerFormatting(document, (await readFormatted(bytes)).body);
    const [main] = readSections(xml, document);
    const names = main!.content.map((el) => el.name);
    const tableAt = names.flatMap((name, i) => (name === 'w:tbl' ? [i] : []));
    expect(tableAt).toHaveLength(4); // header, two tables, closing block
    for (let i = 1; i < tableAt.length; i++) expect(tableAt[i]! - tableAt[i - 1]!).toBeGreaterThan(1);
    // The separator is a tiny empty paragraph, not a blank line of body text.
    const separator = main!.content[tableAt[1]! + 1]!;
    expect(textOf(separator)).toBe('');
    expect(formatOf(separator).format.spacing.line.rule).toBe('exact');
  });
});

describe('the closing block', () => {
  function closing(rendered: Rendered): XmlElement[] {
    const all = tables(rendered.sections[0]!.content);
    return children(children(all[all.length - 1]!, 'w:tr')[0]!, 'w:tc');
  }

  it('is a borderless two-column table ending the main section', () => {
    const content = sample.sections[0]!.content;
    const last = content[content.length - 1]!;
    expect(last.name).toBe('w:tbl');
    for (const border of all(pathOf(last, 'w:tblPr', 'w:tblBorders')!, '*').slice(1)) {
      expect(['none', 'nil']).toContain(attr(border, 'w:val'));
    }
    expect(all(last, 'w:gridCol')).toHaveLength(2);
    expect(pathOf(children(last, 'w:tr')[0]!, 'w:trPr', 'w:cantSplit')).toBeDefined();
  });

  it('lists "Nơi nhận:" 12 pt bold italic, then each recipient 11 pt upright, left-aligned, unindented', () => {
    const [left] = closing(sample);
    const [label, ...recipients] = children(left!, 'w:p');
    expect(textOf(label!)).toBe('Nơi nhận:');
    expect(runsOf(label!).map((r) => [r.size, r.bold, r.italic])).toEqual([[24, true, true]]);
    expect(recipients.map(textOf)).toEqual(['- Sở Nội vụ;', '- Lãnh đạo Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.']);
    for (const p of recipients) {
      expect(runsOf(p).map((r) => [r.size, r.bold, r.italic])).toEqual([[22, false, false]]);
      expect(formatOf(p).format.alignment).toBe('left');
      const { indent } = formatOf(p).format;
      expect([indent.leftPt, indent.firstLinePt]).toEqual([0, 0]);
    }
  });

  it('adds the drafter’s line, 11 pt, under the Lưu line when the model has one', () => {
    const [left] = closing(longIssuer);
    const ps = children(left!, 'w:p');
    expect(textOf(ps[ps.length - 1]!)).toBe('TH.(20)');
    expect(runsOf(ps[ps.length - 1]!)[0]!.size).toBe(22);
  });

  it('sets the signer’s title 14 pt bold centred, 4–5 empty lines, then the name 14 pt bold centred', () => {
    const [, right] = closing(sample);
    const ps = children(right!, 'w:p');
    const texts = ps.map(textOf);
    expect(texts[0]).toBe('KT. GIÁM ĐỐC');
    expect(texts[1]).toBe('PHÓ GIÁM ĐỐC');
    expect(texts[texts.length - 1]).toBe('Phạm Bình Minh');
    const gap = texts.slice(2, -1);
    expect(gap.every((t) => t === '')).toBe(true);
    expect(gap.length).toBeGreaterThanOrEqual(4);
    expect(gap.length).toBeLessThanOrEqual(5);
    for (const p of [ps[0]!, ps[1]!, ps[ps.length - 1]!]) {
      expect(runsOf(p).map((r) => [r.size, r.bold])).toEqual([[28, true]]);
      expect(formatOf(p).format.alignment).toBe('center');
    }
    // The empty lines are as tall as the name's, so the room does not shrink.
    for (const p of ps.slice(2, -1)) expect(formatOf(p).markFormat.sizePt).toBe(14);
  });

  it('keeps the closing sentence with the signer’s block', () => {
    const p = paragraph(sample.sections[0]!.content, 'Trên đây là');
    expect(formatOf(p).format.keepNext).toBe(true);
  });
});

describe('appendices', () => {
  it('open with the label and name bold, "(Kèm theo …)" italic, all centred, then a short line', () => {
    const [label, title, attachedTo, rule] = sample.sections[1]!.content;
    expect(textOf(label!)).toBe('Phụ lục I');
    expect(emphasis(label!)).toEqual({ bold: true, italic: false });
    expect(textOf(title!)).toBe('PHÂN CÔNG NHIỆM VỤ CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN PAR INDEX NĂM 2022');
    expect(emphasis(title!)).toEqual({ bold: true, italic: false });
    expect(textOf(attachedTo!)).toMatch(/^\(Kèm theo Kế hoạch số/);
    expect(emphasis(attachedTo!)).toEqual({ bold: false, italic: true });
    for (const p of [label!, title!, attachedTo!]) expect(formatOf(p).format.alignment).toBe('center');
    expect(textOf(rule!)).toBe('');
    const { borders, indent } = formatOf(rule!).format;
    expect(borders.bottom?.style).toBe('single');
    const length = LANDSCAPE_TEXT_WIDTH - twips(indent.leftPt) - twips(indent.rightPt);
    expect(length).toBeGreaterThan(567); // a line one can see
    expect(length).toBeLessThanOrEqual(4 * 567); // and a short one
  });

  it('scale their tables to the landscape text width, with group rows across and a unit merged down', () => {
    const [table] = tables(sample.sections[1]!.content);
    const grid = all(table!, 'w:gridCol').map((c) => numberAttr(c, 'w:w'));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    const rows = children(table!, 'w:tr');
    const group = children(rows[1]!, 'w:tc');
    expect(group).toHaveLength(1);
    expect(numberAttr(pathOf(group[0]!, 'w:tcPr', 'w:gridSpan'), 'w:val')).toBe(5);
    expect(emphasis(children(group[0]!, 'w:p')[0]!).bold).toBe(true);
    const unit = children(rows[2]!, 'w:tc')[2]!;
    expect(cellText(unit)).toBe('Văn phòng Sở');
    expect(attr(pathOf(unit, 'w:tcPr', 'w:vMerge'), 'w:val')).toBe('restart');
    const below = children(rows[3]!, 'w:tc');
    expect(below).toHaveLength(5);
    expect(cellText(below[2]!)).toBe('');
    expect(pathOf(below[2]!, 'w:tcPr', 'w:vMerge')).toBeDefined();
    expect(attr(pathOf(below[2]!, 'w:tcPr', 'w:vMerge'), 'w:val') ?? 'continue').toBe('continue');
    expect(cellText(below[3]!)).toBe('Các phòng, đơn vị thuộc Sở');
  });

  it('scale a portrait appendix’s tables to the portrait text width', () => {
    const [table] = tables(longIssuer.sections[1]!.content);
    const grid = all(table!, 'w:gridCol').map((c) => numberAttr(c, 'w:w'));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  it('leave the cells’ own alignment as the model gives it', () => {
    const [table] = tables(sample.sections[1]!.content);
    const row = children(table!, 'w:tr')[2]!;
    const jc = children(row, 'w:tc').map((c) => formatOf(children(c, 'w:p')[0]!).format.alignment);
    expect(jc).toEqual(['center', 'justify', 'center', 'left', 'center']);
    expect(pathOf(row, 'w:trPr', 'w:tblHeader')).toBeUndefined();
    expect(pathOf(row, 'w:trPr', 'w:cantSplit')).toBeDefined(); // rows are not broken across pages
  });
});
