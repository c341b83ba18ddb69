// Issue 12: the decree's look lives in named styles. Every paragraph references one; the heading
// styles carry the outline levels, so Word's Navigation Pane shows the plan's section tree; a
// paragraph with nothing but pStyle=Normal (what pasting plain text gives) takes the body's format.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STYLE_SHEET, STYLE_KEYS } from '../../src/docx/named-styles.js';
import type { Paragraph } from '../../src/docx-read/index.js';
import { readFormatted } from '../support/docx-format.js';
import { all, attr, child, parseXml, part, pathOf } from '../support/docx-xml.js';
import { describeWithTools } from '../support/external-tools.js';
import { convertToPdf } from '../support/libreoffice.js';
import { examplePlanFiles, renderPlanFile } from '../support/render-plan.js';
import { renderFixture, type Rendered } from '../support/rendered-fixtures.js';

const run = promisify(execFile);

let sample: Rendered;
beforeAll(async () => {
  sample = await renderFixture('sample');
});

function readParagraphs(blocks: Rendered['read']['body']): Paragraph[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => readParagraphs(c.blocks)))));
}

/** The depth of the plan's own numbering at the start of a heading: I. → 0, 1. → 1, 1.1. → 2, a) → 3. */
function numberingDepth(text: string): number | undefined {
  if (/^[IVXLC]+\.\s/.test(text)) return 0;
  if (/^\d+\.\d+\.\s/.test(text)) return 2;
  if (/^\d+\.\s/.test(text)) return 1;
  if (/^[a-zđ]\)\s/.test(text)) return 3;
  return undefined;
}

describe('styles.xml', () => {
  it('defines the named styles under names a clerk recognises, Word’s own where one exists', () => {
    const styles = all(sample.styles, 'w:style');
    const names = new Map(styles.map((s) => [attr(s, 'w:styleId'), attr(child(s, 'w:name'), 'w:val')]));
    expect(names.get('Normal')).toBe('Normal');
    for (let level = 1; level <= 4; level++) expect(names.get(`Heading${level}`)).toBe(`heading ${level}`);
    expect(names.get('Header')).toBe('header');
    for (const name of ['ND30 Nơi nhận', 'ND30 Nơi nhận – dòng', 'ND30 Tên loại', 'ND30 Trích yếu', 'ND30 Căn cứ', 'ND30 Quốc hiệu', 'ND30 Tiêu ngữ', 'ND30 Chức vụ người ký', 'ND30 Họ tên người ký', 'ND30 Bảng', 'ND30 Tên phụ lục', 'ND30 Ghi chú']) {
      expect([...names.values()]).toContain(name);
    }
    for (const key of STYLE_KEYS) expect(names.has(DEFAULT_STYLE_SHEET[key].id), key).toBe(true);
  });

  it('gives heading 1–4 the outline levels 0–3, based on Normal, followed by Normal', () => {
    for (let level = 1; level <= 4; level++) {
      const style = all(sample.styles, 'w:style').find((s) => attr(s, 'w:styleId') === `Heading${level}`)!;
      expect(Number(attr(pathOf(style, 'w:pPr', 'w:outlineLvl'), 'w:val'))).toBe(level - 1);
      expect(attr(child(style, 'w:basedOn'), 'w:val')).toBe('Normal');
      expect(attr(child(style, 'w:next'), 'w:val')).toBe('Normal');
    }
  });

  it('makes Normal the body: 14 pt Times New Roman, justified, 1 cm first line, 6 pt after, 1.2 lines', () => {
    expect(sample.read.defaults.run.sizePt).toBe(14);
    expect(sample.read.defaults.run.fonts.ascii).toBe('Times New Roman');
    expect(sample.read.defaults.paragraph).toMatchObject({
      alignment: 'justify',
      indent: { firstLinePt: 28.35 },
      spacing: { afterPt: 6, line: { rule: 'auto', value: 1.2 } },
    });
  });
});

describe('paragraphs reference their style; direct formatting only where they differ', () => {
  it('gives every paragraph of the document a style that styles.xml defines', () => {
    const ids = new Set(all(sample.styles, 'w:style').map((s) => attr(s, 'w:styleId')));
    const document = parseXml(part(sample.parts, 'word/document.xml'));
    // docx ends each section with an empty paragraph holding w:sectPr (Normal by default): the only exception.
    for (const p of all(document, 'w:p').filter((p) => pathOf(p, 'w:pPr', 'w:sectPr') === undefined)) {
      const style = attr(pathOf(p, 'w:pPr', 'w:pStyle'), 'w:val');
      expect(style, all(p, 'w:t').length > 0 ? 'a paragraph with text' : 'an empty paragraph').toBeDefined();
      expect(ids.has(style)).toBe(true);
    }
  });

  it('writes no size, font or alignment on a body paragraph, and no size on any run', () => {
    const xml = part(sample.parts, 'word/document.xml');
    expect(xml).not.toMatch(/<w:sz /);
    expect(xml).not.toMatch(/<w:rFonts /);
    const document = parseXml(xml);
    const body = all(document, 'w:p').filter((p) => attr(pathOf(p, 'w:pPr', 'w:pStyle'), 'w:val') === 'Normal');
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      const pPr = child(p, 'w:pPr')!;
      expect(pPr.children.filter((c) => c.type === 'tag').map((c) => (c as { name: string }).name)).toEqual(['w:pStyle']);
    }
  });
});

describe('the Navigation Pane outline equals the plan’s section tree', () => {
  for (const file of examplePlanFiles()) {
    it(path.basename(file), async () => {
      const { bytes } = await renderPlanFile(file);
      const read = await readFormatted(bytes);
      const paragraphs = readParagraphs(read.body);
      const outline = paragraphs.filter((p) => p.format.outlineLevel !== undefined);
      expect(outline.length).toBeGreaterThan(3);
      for (const p of outline) expect(p.format.outlineLevel, p.text).toBe(numberingDepth(p.text));
      // Every numbered heading of the body's tree is in the outline (body text and tables are not).
      const headings = paragraphs.filter((p) => /^Heading\d$/.test(p.styleId ?? ''));
      expect(outline).toEqual(headings);
      for (const level of [0, 1]) expect(outline.some((p) => p.format.outlineLevel === level)).toBe(true);
    });
  }
});

describeWithTools(['soffice', 'pdftotext'], 'a pasted paragraph takes the body’s format', (tools) => {
  it('renders a paragraph with only pStyle=Normal justified, 14 pt, its first line indented 1 cm (LibreOffice)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parplan-paste-'));
    const entries = unzipSync(sample.bytes);
    const words = 'Đoạn văn dán vào từ tài liệu khác không mang định dạng riêng nào cả';
    const pasted = `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t>PASTEDSTART ${`${words} `.repeat(4)}PASTEDEND</w:t></w:r></w:p>`;
    const xml = new TextDecoder().decode(entries['word/document.xml']);
    // After the trích yếu's line: the first body paragraph's place.
    const at = xml.indexOf('<w:p><w:pPr><w:pStyle w:val="ND30CanCu"/>');
    expect(at).toBeGreaterThan(0);
    entries['word/document.xml'] = strToU8(xml.slice(0, at) + pasted + xml.slice(at));
    const docx = path.join(dir, 'pasted.docx');
    writeFileSync(docx, zipSync(entries));
    const pdf = await convertToPdf(tools.soffice, docx, dir);
    const { stdout } = await run(tools.pdftotext, ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const boxes = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!,
    }));
    const start = boxes.findIndex((b) => b.text === 'PASTEDSTART');
    const end = boxes.findIndex((b) => b.text === 'PASTEDEND');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const paragraph = boxes.slice(start, end + 1);
    const lines = [...new Set(paragraph.map((b) => Math.round(b.y0)))];
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const leftMargin = (30 / 25.4) * 72;
    const rightEdge = 595.3 - (15 / 25.4) * 72;
    // First line indented 1 cm, the others at the margin; full lines end at the right margin (justified).
    expect(paragraph[0]!.x0 - leftMargin).toBeCloseTo((10 / 25.4) * 72, 0);
    const lineStarts = lines.map((y) => paragraph.find((b) => Math.round(b.y0) === y)!);
    const lineEnds = lines.map((y) => paragraph.filter((b) => Math.round(b.y0) === y).at(-1)!);
    expect(Math.abs(lineStarts[1]!.x0 - leftMargin)).toBeLessThan(1);
    for (const last of lineEnds.slice(0, -1)) expect(Math.abs(last.x1 - rightEdge)).toBeLessThan(1.5);
    // 14 pt type on 1.2 lines: the baseline-to-baseline distance is about 14 × 1.15 × 1.2 pt.
    const pitch = (lines[lines.length - 1]! - lines[0]!) / (lines.length - 1);
    expect(pitch).toBeGreaterThan(17);
    expect(pitch).toBeLessThan(21.5);
    expect(paragraph[1]!.y1 - paragraph[1]!.y0).toBeCloseTo(boxes.find((b) => b.text === 'Căn')!.y1 - boxes.find((b) => b.text === 'Căn')!.y0, 1);
  }, 120_000);
});
