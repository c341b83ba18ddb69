// The page (ND30 Phần I.1): A4, margins, Times New Roman everywhere, page numbers in the top
// margin from page 2 of each section; document properties.
import { beforeAll, describe, expect, it } from 'vitest';
import { headerPartsOf } from '../support/docx-sections.js';
import { all, attr, child, contentOf, numberAttr, parseXml, part, pathOf, readParts } from '../support/docx-xml.js';
import { examplePlanFiles, renderPlanFile } from '../support/render-plan.js';
import { renderFixture, type Rendered } from '../support/rendered-fixtures.js';

const A4 = { w: 11906, h: 16838 };
// 20 mm, 20 mm, 30 mm, 15 mm in twips (1 mm = 1440 / 25.4 twips).
const PORTRAIT_MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 };

let sample: Rendered;
let longIssuer: Rendered;
beforeAll(async () => {
  sample = await renderFixture('sample');
  longIssuer = await renderFixture('longIssuer');
});

describe('page setup', () => {
  it('puts the plan on A4 portrait with the decree margins (text width 16.5 cm)', () => {
    const sectPr = sample.sections[0]!.sectPr;
    const size = child(sectPr, 'w:pgSz');
    expect([numberAttr(size, 'w:w'), numberAttr(size, 'w:h'), attr(size, 'w:orient')]).toEqual([A4.w, A4.h, 'portrait']);
    const margins = child(sectPr, 'w:pgMar');
    for (const [side, twips] of Object.entries(PORTRAIT_MARGINS)) expect(numberAttr(margins, `w:${side}`), side).toBe(twips);
    expect(A4.w - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right).toBe(9355); // 16.5 cm
    // The page number sits inside the 20 mm top margin.
    expect(numberAttr(margins, 'w:header')).toBeGreaterThan(0);
    expect(numberAttr(margins, 'w:header')).toBeLessThan(PORTRAIT_MARGINS.top);
  });

  it('gives each appendix a section of its own, landscape as the model asks, numbered from 1', () => {
    expect(sample.sections).toHaveLength(2);
    const appendix = sample.sections[1]!.sectPr;
    const size = child(appendix, 'w:pgSz');
    expect([numberAttr(size, 'w:w'), numberAttr(size, 'w:h'), attr(size, 'w:orient')]).toEqual([A4.h, A4.w, 'landscape']);
    const margins = child(appendix, 'w:pgMar');
    // The margins turn with the sheet: the binding margin (30 mm) at the top.
    expect(numberAttr(margins, 'w:top')).toBe(1701);
    expect(numberAttr(margins, 'w:bottom')).toBeGreaterThanOrEqual(850);
    expect(numberAttr(margins, 'w:left') + numberAttr(margins, 'w:right')).toBeGreaterThanOrEqual(2 * 1134);
    expect(numberAttr(child(appendix, 'w:pgNumType'), 'w:start')).toBe(1);
    expect(attr(child(appendix, 'w:pgNumType'), 'w:fmt') ?? 'decimal').toBe('decimal'); // Arabic numerals

    expect(longIssuer.sections).toHaveLength(3);
    const portraitAppendix = longIssuer.sections[1]!.sectPr;
    expect(attr(child(portraitAppendix, 'w:pgSz'), 'w:orient')).toBe('portrait');
    expect(numberAttr(child(portraitAppendix, 'w:pgNumType'), 'w:start')).toBe(1);
    expect(attr(child(longIssuer.sections[2]!.sectPr, 'w:pgSz'), 'w:orient')).toBe('landscape');
  });

  it('starts each appendix on a new page', () => {
    for (const section of sample.sections.slice(1)) {
      const type = attr(child(section.sectPr, 'w:type'), 'w:val');
      expect(type === undefined || type === 'nextPage').toBe(true);
    }
  });
});

describe('page numbers', () => {
  it('numbers pages in the default header only, centred, 14 pt upright, not on any section’s first page', () => {
    for (const rendered of [sample, longIssuer]) {
      for (const [i, section] of rendered.sections.entries()) {
        expect(child(section.sectPr, 'w:titlePg')).toBeDefined();
        const refs = headerPartsOf(section.sectPr, rendered.parts);
        expect(refs.default).toBeDefined();
        expect(refs.first).toBeDefined();
        const header = parseXml(part(rendered.parts, refs.default!));
        expect(all(header, 'w:instrText').map((i) => contentOf(i).trim())).toEqual(['PAGE']);
        // As Word shows it: the header paragraph's style resolved (docx-read).
        const read = rendered.read.sections[i]!.headers.default!;
        expect(read.part).toBe(refs.default);
        expect(read.fields).toEqual(['PAGE']);
        const paragraph = read.blocks[0]!;
        if (paragraph.kind !== 'paragraph') throw new Error('the header holds a table');
        expect(paragraph.format.alignment).toBe('center');
        for (const format of [paragraph.markFormat, ...paragraph.inlines.flatMap((x) => ('format' in x ? [x.format] : []))]) {
          expect(format.sizePt).toBe(14);
          expect(format.italic).toBe(false);
          expect(format.bold).toBe(false);
        }
        const first = part(rendered.parts, refs.first!);
        expect(first).not.toMatch(/PAGE|w:fldSimple/);
      }
    }
  });

  it('has no footers with page numbers', () => {
    for (const [path, xml] of Object.entries(sample.parts)) {
      if (path.startsWith('word/footer')) expect(xml).not.toMatch(/PAGE/);
    }
  });
});

describe('fonts and styles', () => {
  it('sets Times New Roman for all four scripts, 14 pt, black, in the document defaults', () => {
    const rPr = pathOf(all(sample.styles, 'w:docDefaults')[0]!, 'w:rPrDefault', 'w:rPr')!;
    const fonts = child(rPr, 'w:rFonts');
    for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, `w:${script}`), script).toBe('Times New Roman');
    expect(numberAttr(child(rPr, 'w:sz'), 'w:val')).toBe(28);
    expect(attr(child(rPr, 'w:color'), 'w:val')).toBe('000000');
  });

  it('keeps every style in Times New Roman and black (no coloured headings)', () => {
    const styles = all(sample.styles, 'w:style');
    const normal = styles.find((s) => attr(s, 'w:styleId') === 'Normal')!;
    expect(attr(all(normal, 'w:rFonts')[0], 'w:ascii')).toBe('Times New Roman');
    for (const fonts of all(sample.styles, 'w:rFonts')) {
      for (const [name, value] of Object.entries(fonts.attribs)) {
        if (/^w:(ascii|hAnsi|cs|eastAsia)$/.test(name)) expect(value).toBe('Times New Roman');
      }
      expect(attr(fonts, 'w:asciiTheme')).toBeUndefined();
    }
    for (const color of all(sample.styles, 'w:color')) expect(['000000', 'auto']).toContain(attr(color, 'w:val'));
    // Every paragraph, whatever its style, resolves to Times New Roman and black (as Word would show it).
    for (const block of sample.read.body) {
      if (block.kind !== 'paragraph') continue;
      for (const inline of block.inlines) {
        if (inline.type !== 'text') continue;
        expect(inline.format.fonts.ascii, block.styleId).toBe('Times New Roman');
        expect(['000000', undefined]).toContain(inline.format.color);
      }
    }
  });

  it('names no other font anywhere in the document or its theme', () => {
    const xml = part(sample.parts, 'word/document.xml');
    for (const fonts of all(parseXml(xml), 'w:rFonts')) {
      for (const value of Object.values(fonts.attribs)) expect(value).toBe('Times New Roman');
    }
    const theme = part(sample.parts, 'word/theme/theme1.xml');
    const latin = [...theme.matchAll(/<a:(?:major|minor)Font>\s*<a:latin typeface="([^"]*)"/g)].map((m) => m[1]);
    expect(latin).toEqual(['Times New Roman', 'Times New Roman']);
  });
});

describe('document properties', () => {
  it('writes title, subject and creator from the model, and fixed dates', () => {
    const core = part(sample.parts, 'docProps/core.xml');
    const [props] = parseXml(core);
    const text = (name: string): string => contentOf(child(props!, name)!);
    expect(text('dc:title')).toBe(sample.model.properties.title);
    expect(text('dc:subject')).toBe(sample.model.properties.subject);
    expect(text('dc:creator')).toBe(sample.model.properties.creator);
    expect(text('dcterms:created')).toBe('2020-03-05T00:00:00Z');
    expect(text('dcterms:modified')).toBe('2020-03-05T00:00:00Z');
  });

  it('takes title, subject, author (the issuer), keywords (the index names) and the dates from the plan', async () => {
    const file = examplePlanFiles().find((f) => f.includes('bao-thang'))!;
    const [props] = parseXml(part(readParts((await renderPlanFile(file)).bytes), 'docProps/core.xml'));
    const text = (name: string): string => contentOf(child(props!, name)!);
    expect(text('dc:title')).toMatch(/^KẾ HOẠCH Nâng cao Chỉ số cải cách hành chính \(PAR INDEX\)/);
    expect(text('dc:creator')).toBe('Ủy ban nhân dân huyện Bảo Thắng');
    expect(text('cp:keywords')).toBe('PAR INDEX, SIPAS');
    expect(text('dcterms:created')).toBe('2024-01-26T00:00:00Z');
    expect(text('dcterms:modified')).toBe('2024-01-26T00:00:00Z');
    // A date whose day is left blank for the signer counts from the first of its month.
    const laoCai = examplePlanFiles().find((f) => f.includes('lao-cai'))!;
    const [core] = parseXml(part(readParts((await renderPlanFile(laoCai)).bytes), 'docProps/core.xml'));
    expect(contentOf(child(core!, 'dcterms:created')!)).toBe('2022-07-01T00:00:00Z');
  });
});
